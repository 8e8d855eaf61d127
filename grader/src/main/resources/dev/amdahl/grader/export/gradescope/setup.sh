#!/usr/bin/env bash
# Gradescope runs this once, as root, when it builds the autograder's image. Written by amdahl export-gradescope.
#
# It makes sure there is a JDK 21 or later (installing openjdk-21-jdk-headless only if there is none), creates the
# unprivileged user the students' code runs as, installs the sandbox runner at /opt/amdahl, and locks the bundle
# (the course's tests, hidden ones included) away from that user.
set -euo pipefail

SOURCE=/autograder/source
SANDBOX_USER=amdahl-sandbox

# The feature version of the javac found at $1 (0 when it is not a working javac).
javac_version() {
  "$1" -version 2>&1 | sed -n 's/^javac \([0-9][0-9]*\).*/\1/p' | head -n 1 | grep . || echo 0
}

find_jdk() {
  local candidate
  for candidate in "$(command -v javac || true)" /usr/lib/jvm/*/bin/javac; do
    if [ -n "$candidate" ] && [ -x "$candidate" ] && [ "$(javac_version "$candidate")" -ge 21 ]; then
      dirname "$(readlink -f "$candidate")"
      return 0
    fi
  done
  return 1
}

if ! JDK_BIN=$(find_jdk); then
  echo "setup.sh: no JDK 21 or later here; installing openjdk-21-jdk-headless"
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends openjdk-21-jdk-headless
  JDK_BIN=$(find_jdk) || { echo "setup.sh: openjdk-21-jdk-headless did not give a JDK 21" >&2; exit 1; }
fi
echo "setup.sh: Java for grading: $JDK_BIN/java"

for tool in setpriv prlimit; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends util-linux
    break
  fi
done

if ! id -u "$SANDBOX_USER" >/dev/null 2>&1; then
  useradd --system --user-group --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$SANDBOX_USER"
fi

install -d -o root -g root -m 0755 /opt/amdahl
install -o root -g root -m 0644 "$SOURCE/amdahl-sandbox-runner.jar" /opt/amdahl/amdahl-sandbox-runner.jar
ln -sfn "$JDK_BIN/java" /opt/amdahl/java

# The students' code runs as $SANDBOX_USER: it must not read the course's tests, hidden ones included.
chown -R root:root "$SOURCE"
chmod -R go-rwx "$SOURCE"
chmod 0700 "$SOURCE"
chmod 0700 "$SOURCE/run_autograder" "$SOURCE/setup.sh"

/opt/amdahl/java -jar "$SOURCE/amdahl.jar" --version
echo "setup.sh: ready"
