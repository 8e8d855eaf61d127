#!/usr/bin/env bash
# The README's main job: grade the bundled sample submissions in the Docker sandbox.
# Sets up what it needs (JDK 21+, Docker, the sandbox base image), builds the grader, grades each sample,
# and leaves one JSON result per sample in grading-results/.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

amdahl_find_jdk
amdahl_ensure_docker || { echo "Grading needs a Docker engine." >&2; exit 3; }
amdahl_ensure_base_image

amdahl_say "Building the grader (./mvnw package, tests skipped)"
./mvnw -B -ntp -q -DskipTests package -pl grader -am

mkdir -p grading-results
grade() {
  local name="$1"; shift
  amdahl_say "amdahl grade $*"
  ./amdahl grade "$@" --json "grading-results/$name.json"
}
grade reference             solutions
grade skeleton              exercises
grade kills-only-the-parent samples/submissions/kills-only-the-parent -e processes
grade works-but-messy       samples/submissions/works-but-messy -e processes --format markdown,sarif \
  --out grading-results/works-but-messy
grade waits-forever         samples/submissions/waits-forever -e processes --timeout 20s
grade pipes-deadlock        samples/submissions/pipes-reads-one-stream-at-a-time -e pipes
grade testing-incomplete    samples/submissions/testing-incomplete -e testing
grade testing-asserts-nothing samples/submissions/testing-asserts-nothing -e testing
grade testing-empty         samples/submissions/testing-empty -e testing
# Speedup: each timed against the reference (about a minute each). Exit 1 here means the speedup is undecided
# (INCONCLUSIVE, for a human): too noisy, which a busy machine can cause, or, as speedup-precomputed's always is,
# faster than parallelism can make it; it is reported, not hidden.
grade_timed() {
  local name="$1"; shift
  amdahl_say "amdahl grade $* --timing"
  ./amdahl grade "$@" --timing --json "grading-results/$name.json" || {
    status=$?
    [ "$status" = 1 ] || exit "$status"
    echo "NOTE: $name's speedup could not be decided (see grading-results/$name.json): it needs a human."
  }
}
grade_timed speedup-good        samples/submissions/speedup-good -e threadpools
grade_timed speedup-sequential  samples/submissions/speedup-sequential -e threadpools
grade_timed speedup-contention  samples/submissions/speedup-contention -e threadpools
grade_timed speedup-memoising   samples/submissions/speedup-memoising -e threadpools
grade_timed speedup-precomputed samples/submissions/speedup-precomputed -e threadpools
# A whole class at once: the sample class (34 latency submissions as a Canvas download, honest, buggy, broken,
# hostile and duplicated), graded by amdahl batch into a gradebook, CSVs for Canvas and Moodle and a class report.
amdahl_say "java samples/class/BuildClass.java: the sample class, as a Canvas download"
rm -rf grading-results/class-download
"$JAVA_HOME/bin/java" samples/class/BuildClass.java --course . --out grading-results/class-download
amdahl_say "amdahl batch grading-results/class-download --out grading-results/class -e latency"
./amdahl batch grading-results/class-download --out grading-results/class -e latency --timeout 30s --progress lines
amdahl_say "Done: JSON results are in grading-results/; the class's gradebook, CSVs and class report in grading-results/class/"
