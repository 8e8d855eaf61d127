#!/usr/bin/env bash
# The README's test command: sets up what the tests need (JDK 21+, Docker, the sandbox base image), then runs
# every test with the Maven wrapper: unit tests, the Docker integration tests and the end-to-end gradings.
# Without a Docker engine the Docker tests are skipped with a message, unless AMDAHL_DOCKER_REQUIRED=true.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

amdahl_find_jdk
required="${AMDAHL_DOCKER_REQUIRED:-false}"
if amdahl_ensure_docker; then
  amdahl_ensure_base_image
  echo "Docker tests run on the base image $AMDAHL_BASE_IMAGE"
elif [ "$required" = true ]; then
  echo "AMDAHL_DOCKER_REQUIRED=true but there is no Docker engine: failing." >&2
  exit 1
else
  echo "No Docker engine: the Docker tests will be SKIPPED (set AMDAHL_DOCKER_REQUIRED=true to fail instead)."
fi

amdahl_ensure_chromium || [ "$required" != true ] || { echo "AMDAHL_DOCKER_REQUIRED=true and no chromium: failing." >&2; exit 1; }

# The exec plugin is bound to no phase, so the build never fetches it; TemplateExportIT runs the students' timing
# command ("exec:exec") offline in an exported template, so it must be in the local repository first.
./mvnw -B -ntp -q -N exec:help > /dev/null

amdahl_say "Running the tests: ./mvnw verify"
./mvnw -B -ntp verify -Damdahl.docker.required="$required" "$@"
