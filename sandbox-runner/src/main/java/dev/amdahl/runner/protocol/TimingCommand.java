package dev.amdahl.runner.protocol;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;

/**
 * What the grader asks of a runner that times a speedup case ({@code --timing}), one JSON line each on the runner's
 * standard input. The runner answers each in order with a {@link RunnerEvent} (see there).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "command")
@JsonSubTypes({
    @JsonSubTypes.Type(value = TimingCommand.Run.class, name = "run"),
    @JsonSubTypes.Type(value = TimingCommand.Check.class, name = "check"),
    @JsonSubTypes.Type(value = TimingCommand.Quit.class, name = "quit"),
})
public sealed interface TimingCommand {

    String SEQUENTIAL = "sequential";
    String PARALLEL = "parallel";

    /**
     * Make the input of {@code size} and {@code seed} (untimed), then time one call of a side and the fingerprint of
     * its output.
     *
     * @param side    {@link #SEQUENTIAL} or {@link #PARALLEL}
     * @param threads for the parallel side, the threads it is given
     */
    record Run(String side, int size, long seed, int threads) implements TimingCommand {
        public Run {
            if (!SEQUENTIAL.equals(side) && !PARALLEL.equals(side)) {
                throw new IllegalArgumentException("side must be " + SEQUENTIAL + " or " + PARALLEL);
            }
            if (size <= 0 || threads <= 0) {
                throw new IllegalArgumentException("size and threads must be positive");
            }
        }
    }

    /**
     * Whether {@code actual} is a right answer for the input of {@code size} and {@code seed}, given
     * {@code expected}.
     */
    record Check(int size, long seed, String expected, String actual) implements TimingCommand {
    }

    /** Answer {@link RunnerEvent.Finished} and end. */
    record Quit() implements TimingCommand {
    }

    ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true);

    /** One line of JSON, without the line break. */
    static String encode(TimingCommand command) {
        try {
            return MAPPER.writeValueAsString(command);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode " + command, e);
        }
    }

    /** The command on {@code line}, or empty when the line is not one. */
    static Optional<TimingCommand> decode(String line) {
        try {
            return Optional.ofNullable(MAPPER.readValue(line, TimingCommand.class));
        } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
