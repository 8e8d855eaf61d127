# The sandbox that grades one exercise of one submission.
#
# The base only has to be a JDK 21 (javac included). With a registry, the default works. Without one, build
# a base offline (scripts/build-offline-base-image.sh) and pass it: --build-arg BASE_IMAGE=amdahl/base:trixie-jdk21
# (the grader does this itself with --base-image or AMDAHL_BASE_IMAGE).
#
# The grader builds this image itself and tags it with a hash of this file, the runner jar and the base
# image's name, so a changed input never runs on a stale image. There are no RUN steps: building needs no
# network and no shell in the base.
ARG BASE_IMAGE=eclipse-temurin:21-jdk
FROM ${BASE_IMAGE}

# The runner: compiles the staged exercise and runs its tests (see sandbox-runner/).
COPY amdahl-sandbox-runner.jar /opt/amdahl/amdahl-sandbox-runner.jar

# Never root. The grader copies the staged exercise into /work, owned by this user.
USER 65534:65534
WORKDIR /work
CMD ["java", "-cp", "/opt/amdahl/amdahl-sandbox-runner.jar", "dev.amdahl.runner.SandboxRunner", "/work/exercise", "/work/build", "/work/out"]
