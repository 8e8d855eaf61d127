#!/usr/bin/env bash
# How many times faster the reference solutions' parallel, cache-friendly and vectorizable versions run than
# their sequential or naive ones, against the goals of issues 6 and 7: see bench/README.md. Usage: bash bench/speedup.sh [ROUNDS [NAME]]   (default 3 rounds of every comparison)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
amdahl_find_jdk >/dev/null
./mvnw -B -ntp -q -DskipTests -DskipITs package -pl bench -am
# Nothing else should run meanwhile: the numbers are this machine's, with whatever else it is doing.
jvm_options=()
# JMH 1.37 reads fields through sun.misc.Unsafe, which JDK 24 and newer warn about unless allowed.
if [ "$(amdahl_jdk_major "$JAVA_HOME")" -ge 24 ]; then jvm_options+=(--sun-misc-unsafe-memory-access=allow); fi
"$JAVA_HOME/bin/java" "${jvm_options[@]}" -cp bench/target/amdahl-bench.jar dev.amdahl.bench.speedup.SpeedupBench "${1:-3}" ${2:+"$2"}
