package dev.amdahl.grader.style;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NestingDepthTest {

    @Test
    void countsBracketsOfCodeOnly() {
        assertThat(NestingDepth.of("class A { void m() { int[] x = {(1)}; } }")).isEqualTo(4);
        assertThat(NestingDepth.of("class A { String s = \"((((\\\"((\"; char c = '('; }")).isEqualTo(1);
        assertThat(NestingDepth.of("class A { // ((((\n /* {{{{ */ String t = \"\"\"\n ((( \"\"\"; }")).isEqualTo(1);
        assertThat(NestingDepth.of("(".repeat(30_000))).isEqualTo(30_000);
    }
}
