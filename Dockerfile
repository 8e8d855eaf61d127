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

# The runner's own runtime, linked (jlink) from exactly the modules it needs: the JDK's base, logging for JUnit, and
# javac. No other module (management, attach, instrumentation, scripting, JShell, java.beans, naming,
# jdk.unsupported) exists in it, whatever a check may have missed: the same set that --limit-modules would leave,
# but with class-data sharing on, which --limit-modules turns off. Its own base archive comes with it.
#
# The tests' memory stays private: the runner's JVM starts from amdahl-java, a copy of this runtime's java launcher
# (beside it, so it finds the same runtime) that is executable but not readable by the sandbox's user. The kernel
# makes a process started from such a file non-dumpable: its /proc/<pid>/mem, environ and pagemap belong to root,
# which the sandbox never is. The runner checks this before it loads any submitted class, and refuses to run without
# it. The ordinary java stays as it is, so the programs the tests start (and ask about, with ProcessHandle.info())
# are ordinary.
RUN jdk="$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")" \
 && "$jdk/bin/jlink" --add-modules java.base,java.logging,java.compiler,jdk.compiler --output /opt/amdahl/jdk \
      --generate-cds-archive --no-header-files --no-man-pages \
 && cp /opt/amdahl/jdk/bin/java /opt/amdahl/jdk/bin/amdahl-java && chmod 0711 /opt/amdahl/jdk/bin/amdahl-java \
 && ln -s /opt/amdahl/jdk/bin/amdahl-java /usr/local/bin/amdahl-java \
 && ln -s "$jdk" /opt/amdahl/compiler-jdk

# The forked compiler runs on the whole JDK (compiler-jdk): with --release 21, javac offers the APIs of the modules
# its JDK has, and code that uses one the runner's runtime lacks must still compile, to be refused with its reason by
# the forbidden-API check. It runs javac with annotation processing off, so no submitted code runs in it.

# The runner: compiles the staged exercise and runs its tests (see sandbox-runner/).
COPY amdahl-sandbox-runner.jar /opt/amdahl/amdahl-sandbox-runner.jar

# A training run fills a class-data-sharing archive with what every run loads (javac, JUnit, ArchUnit, JaCoCo, Jackson,
# the runner): each runner JVM and forked compiler then maps those classes instead of loading and verifying them,
# which is most of a cold JVM's start. It holds classes of this runtime and of the runner's jar, never a submission's;
# read-only like the rest of the image. The runner's JVM must use the same flags that matter here (the serial GC).
# The forked compiler gets an archive of its own, trained on its own JDK.
RUN /opt/amdahl/jdk/bin/java -XX:+UseSerialGC -XX:ArchiveClassesAtExit=/opt/amdahl/amdahl-runner.jsa -Xlog:cds=error \
      -cp /opt/amdahl/amdahl-sandbox-runner.jar dev.amdahl.runner.CdsTraining \
 && /opt/amdahl/compiler-jdk/bin/java -XX:+UseSerialGC -XX:ArchiveClassesAtExit=/opt/amdahl/amdahl-compiler.jsa \
      -Xlog:cds=error -cp /opt/amdahl/amdahl-sandbox-runner.jar dev.amdahl.runner.CdsTraining compiler \
 && chmod 0644 /opt/amdahl/amdahl-runner.jsa /opt/amdahl/amdahl-compiler.jsa

# Never root. The grader copies the staged exercise into /work, owned by this user.
USER 65534:65534
WORKDIR /work
