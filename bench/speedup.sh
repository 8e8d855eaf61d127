#!/usr/bin/env bash
# How much faster the reference solutions run in parallel than sequentially, against issue 6's goals: see
# bench/README.md. Usage: bash bench/speedup.sh [ROUNDS]   (default 3; about 45 s per round)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
amdahl_find_jdk >/dev/null
./mvnw -B -ntp -q -DskipTests -DskipITs package -pl bench -am
# Nothing else should run meanwhile: the numbers are this machine's, with whatever else it is doing.
"$JAVA_HOME/bin/java" -cp bench/target/amdahl-bench.jar dev.amdahl.bench.speedup.SpeedupBench "${1:-3}"
