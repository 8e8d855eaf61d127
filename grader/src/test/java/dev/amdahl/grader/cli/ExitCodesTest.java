package dev.amdahl.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Why a command stopped decides its exit code, in one mapping. */
class ExitCodesTest {

    @Test
    void eachKindOfFailureHasItsExitCode() {
        assertThat(ExitCodes.MAPPER.getExitCode(new CommandFailure.Usage("x"))).isEqualTo(ExitCodes.USAGE);
        assertThat(ExitCodes.MAPPER.getExitCode(new CommandFailure.InvalidInput("x")))
                .isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(ExitCodes.MAPPER.getExitCode(new CommandFailure.SandboxUnavailable("x")))
                .isEqualTo(ExitCodes.SANDBOX_UNAVAILABLE);
        assertThat(ExitCodes.MAPPER.getExitCode(new CommandFailure.CheckFailed("x", List.of())))
                .isEqualTo(ExitCodes.CHECK_FAILED);
        assertThat(ExitCodes.MAPPER.getExitCode(new CommandFailure.Internal("x"))).isEqualTo(ExitCodes.INTERNAL_ERROR);
    }

    @Test
    void anythingUnexpectedIsOurFault() {
        assertThat(ExitCodes.MAPPER.getExitCode(new IllegalStateException("bug"))).isEqualTo(ExitCodes.INTERNAL_ERROR);
    }
}
