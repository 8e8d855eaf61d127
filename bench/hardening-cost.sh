#!/usr/bin/env bash
# What the sandbox's hardening costs: see bench/README.md. Usage: bash bench/hardening-cost.sh [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
amdahl_find_jdk >/dev/null
amdahl_ensure_docker
amdahl_ensure_base_image
./mvnw -B -ntp -q -DskipTests package -pl bench -am
"$JAVA_HOME/bin/java" -jar bench/target/amdahl-bench.jar "${1:-5}" .
