# The sandbox that grades one exercise of one submission.
#
# The base only has to be a JDK 21 (javac included) with a POSIX shell. With a registry, the default works.
# Without one, build a base offline (scripts/build-offline-base-image.sh) and pass it:
# --build-arg BASE_IMAGE=amdahl/base:trixie-jdk21 (the grader does this itself with --base-image or AMDAHL_BASE_IMAGE).
#
# The grader builds this image itself (with --network none) and tags it with a hash of this file, the runner jar
# and the base image's name, so a changed input never runs on a stale image.
ARG BASE_IMAGE=eclipse-temurin:21-jdk
FROM ${BASE_IMAGE}

# The tests' memory stays private: the runner's JVM starts from amdahl-java, a copy of the java launcher (beside
# it, so it finds the same JDK) that is executable but not readable by the sandbox's user. The kernel makes a process
# started from such a file non-dumpable: its /proc/<pid>/mem, environ and pagemap belong to root, which the sandbox
# never is. The runner checks this before it loads any submitted class, and refuses to run without it. The ordinary
# java stays as it is, so the programs the tests start (and ask about, with ProcessHandle.info()) are ordinary.
RUN java="$(readlink -f "$(command -v java)")" \
 && cp "$java" "$(dirname "$java")/amdahl-java" && chmod 0711 "$(dirname "$java")/amdahl-java" \
 && ln -s "$(dirname "$java")/amdahl-java" /usr/local/bin/amdahl-java

# The runner: compiles the staged exercise and runs its tests (see sandbox-runner/).
COPY amdahl-sandbox-runner.jar /opt/amdahl/amdahl-sandbox-runner.jar

# Never root. The grader copies the staged exercise into /work, owned by this user.
USER 65534:65534
WORKDIR /work
