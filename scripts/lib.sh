# Shared set-up for the README's two commands and CI. Source it; it defines functions only.
#   amdahl_find_jdk           sets JAVA_HOME to a JDK 21+ (the given one, else the newest under /usr/lib/jvm)
#   amdahl_ensure_docker      makes a Docker engine answer: as root, installs docker.io and starts dockerd if needed
#   amdahl_ensure_base_image  sets AMDAHL_BASE_IMAGE to a JDK 21 image present on the engine (pulls, else builds offline)
#   amdahl_stop_docker        stops the dockerd that amdahl_ensure_docker started, if it did

AMDAHL_DOCKERD_PID_FILE="${AMDAHL_DOCKERD_PID_FILE:-/tmp/amdahl-dockerd.pid}"
AMDAHL_OFFLINE_BASE="amdahl/base:trixie-jdk21"
AMDAHL_DEFAULT_BASE="eclipse-temurin:21-jdk"

amdahl_say() { printf '\n==> %s\n' "$*"; }

# Major version of the JDK in $1, or nothing.
amdahl_jdk_major() {
  local home="$1" version
  [ -x "$home/bin/javac" ] || return 0
  if [ -f "$home/release" ]; then
    version=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release")
  fi
  if [ -z "${version:-}" ]; then
    version=$("$home/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1)
  fi
  echo "${version:-}"
}

amdahl_find_jdk() {
  local candidate major best="" best_major=0
  if [ -n "${JAVA_HOME:-}" ]; then
    major=$(amdahl_jdk_major "$JAVA_HOME")
    if [ "${major:-0}" -ge 21 ]; then export JAVA_HOME; return 0; fi
    echo "JAVA_HOME=$JAVA_HOME is Java ${major:-unknown}; looking for a JDK 21 or newer instead." >&2
  fi
  for candidate in /usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home \
                   "$(dirname "$(dirname "$(readlink -f "$(command -v javac 2>/dev/null || echo /nonexistent)")")")"; do
    [ -d "$candidate" ] || continue
    major=$(amdahl_jdk_major "$candidate")
    if [ "${major:-0}" -ge 21 ] && [ "$major" -gt "$best_major" ]; then best="$candidate"; best_major="$major"; fi
  done
  if [ -z "$best" ]; then
    echo "No JDK 21 or newer found. Install one (e.g. Temurin 21) and set JAVA_HOME to it." >&2
    return 1
  fi
  export JAVA_HOME="$best"
  echo "Using the JDK $best_major at $JAVA_HOME"
}

amdahl_docker_answers() { docker info >/dev/null 2>&1; }

amdahl_ensure_docker() {
  if amdahl_docker_answers; then return 0; fi
  if [ "$(id -u)" != 0 ]; then
    echo "No Docker engine answers, and only root may install or start one here. Start Docker (or set DOCKER_HOST)." >&2
    return 1
  fi
  if ! command -v dockerd >/dev/null 2>&1 || ! command -v debootstrap >/dev/null 2>&1; then
    if ! command -v apt-get >/dev/null 2>&1; then
      echo "No Docker engine here and no apt-get to install one: install Docker, then run this again." >&2
      return 1
    fi
    amdahl_say "Installing Docker and debootstrap from Debian's packages"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker.io debootstrap >/dev/null
  fi
  amdahl_say "Starting dockerd (no bridge network: containers get --network none anyway)"
  nohup dockerd --bridge=none --iptables=false --ip-forward=false >/tmp/amdahl-dockerd.log 2>&1 &
  echo $! >"$AMDAHL_DOCKERD_PID_FILE"
  local waited=0
  until amdahl_docker_answers; do
    sleep 1; waited=$((waited + 1))
    if [ "$waited" -ge 60 ]; then
      echo "dockerd did not answer within 60 s; its log:" >&2; tail -20 /tmp/amdahl-dockerd.log >&2
      return 1
    fi
  done
  echo "dockerd is up (pid $(cat "$AMDAHL_DOCKERD_PID_FILE"))"
}

# Headless Chromium renders the class report in its end-to-end test. Installed from Debian's packages when
# missing and we are root; otherwise that test is skipped (or fails where Docker is required, as in CI).
amdahl_ensure_chromium() {
  if command -v chromium >/dev/null 2>&1; then return 0; fi
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "No chromium here: the class report's rendering test will not run. Install chromium to run it." >&2
    return 1
  fi
  amdahl_say "Installing chromium from Debian's packages (renders the class report in a test)"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null 2>&1 || {
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  }
}

amdahl_stop_docker() {
  [ -f "$AMDAHL_DOCKERD_PID_FILE" ] || return 0
  local pid; pid=$(cat "$AMDAHL_DOCKERD_PID_FILE")
  rm -f "$AMDAHL_DOCKERD_PID_FILE"
  if kill "$pid" 2>/dev/null; then
    amdahl_say "Stopping the dockerd started for this run (pid $pid)"
    for _ in $(seq 30); do kill -0 "$pid" 2>/dev/null || return 0; sleep 1; done
    kill -9 "$pid" 2>/dev/null || true
  fi
}

amdahl_ensure_base_image() {
  local root; root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  if [ -n "${AMDAHL_BASE_IMAGE:-}" ] && docker image inspect "$AMDAHL_BASE_IMAGE" >/dev/null 2>&1; then
    return 0
  fi
  if [ -z "${AMDAHL_BASE_IMAGE:-}" ] || [ "$AMDAHL_BASE_IMAGE" = "$AMDAHL_DEFAULT_BASE" ]; then
    if docker image inspect "$AMDAHL_DEFAULT_BASE" >/dev/null 2>&1 \
       || timeout 300 docker pull -q "$AMDAHL_DEFAULT_BASE" >/dev/null 2>&1; then
      export AMDAHL_BASE_IMAGE="$AMDAHL_DEFAULT_BASE"
      return 0
    fi
    echo "Cannot pull $AMDAHL_DEFAULT_BASE (no registry?): building the offline base $AMDAHL_OFFLINE_BASE instead."
    export AMDAHL_BASE_IMAGE="$AMDAHL_OFFLINE_BASE"
  fi
  if [ "$AMDAHL_BASE_IMAGE" = "$AMDAHL_OFFLINE_BASE" ]; then
    docker image inspect "$AMDAHL_OFFLINE_BASE" >/dev/null 2>&1 && return 0
    amdahl_say "Building the offline base image $AMDAHL_OFFLINE_BASE (about a minute, once)"
    if ! command -v debootstrap >/dev/null 2>&1 && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null
    fi
    bash "$root/scripts/build-offline-base-image.sh" "$AMDAHL_OFFLINE_BASE"
  else
    echo "The base image $AMDAHL_BASE_IMAGE (AMDAHL_BASE_IMAGE) is not on this Docker engine." >&2
    return 1
  fi
}
