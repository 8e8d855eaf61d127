#!/usr/bin/env bash
# Runs a set of tests for the "testing" exercise against the given program and against each planted variant of
# it, and prints which variants the tests catch. A development aid for instructors (the real grading happens in
# the grader's sandbox); see planted-bugs/README.md.
#
#   planted-bugs/check-variants.sh [TEST_DIR] [--coverage]
#
#   TEST_DIR    the tests' source folder (default: solutions/testing/src/test/java), e.g.
#               samples/submissions/testing-incomplete/exercises/testing/src/test/java
#   --coverage  also measure the tests' JaCoCo line and branch coverage of the program (jacoco-maven-plugin)
#
# Environment: MVN_ARGS, extra arguments for ./mvnw (e.g. "-o -Dmaven.repo.local=$HOME/m2"); EXERCISE (default
# testing); SKIP_INSTALL=1 skips installing grading-api into the local repository first.
#
# How: one Maven reactor under target/check-variants/ with a module for the program and one per variant. The
# program's module compiles the tests once and runs them; every variant's module compiles only the variant's
# main sources and runs the very same compiled test classes against them. A failed test or an error counts as
# "caught". Exit code 0 when every module built, 1 when something did not build (see build.log).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
exercise="${EXERCISE:-testing}"
tests="solutions/$exercise/src/test/java"
coverage=false
for arg in "$@"; do
    case "$arg" in
        --coverage) coverage=true ;;
        -h|--help) sed -n '2,20p' "${BASH_SOURCE[0]}"; exit 0 ;;
        *) tests="$arg" ;;
    esac
done
tests="$(cd "$tests" 2>/dev/null && pwd)" || { echo "no such test folder: $tests" >&2; exit 2; }
program="$repo/exercises/$exercise"
variants="$repo/planted-bugs/$exercise"
work="$repo/target/check-variants"
read -r -a mvn_args <<< "${MVN_ARGS:-}"

if [[ "${SKIP_INSTALL:-0}" != 1 ]]; then
    (cd "$repo" && ./mvnw -B -ntp -q "${mvn_args[@]}" -pl grading-api -am install -DskipTests) \
        || { echo "could not install grading-api" >&2; exit 1; }
fi

rm -rf "$work"
mkdir -p "$work"

# module NAME MAIN_SOURCES: a module whose main sources are MAIN_SOURCES. The program's module ("program")
# compiles and runs the tests; the others run the program module's compiled tests.
module() {
    local name="$1" sources="$2" build
    if [[ "$name" == program ]]; then
        build="<testSourceDirectory>$tests</testSourceDirectory>
    <testResources><testResource><directory>$program/src/test/resources</directory></testResource></testResources>"
        if $coverage; then
            build="$build
    <plugins><plugin>
      <groupId>org.jacoco</groupId><artifactId>jacoco-maven-plugin</artifactId><version>0.8.15</version>
      <executions>
        <execution><id>agent</id><goals><goal>prepare-agent</goal></goals></execution>
        <execution><id>report</id><phase>test</phase><goals><goal>report</goal></goals></execution>
      </executions>
    </plugin></plugins>"
        fi
    else
        build="<plugins><plugin>
      <groupId>org.apache.maven.plugins</groupId><artifactId>maven-surefire-plugin</artifactId>
      <configuration><testClassesDirectory>$work/program/target/test-classes</testClassesDirectory></configuration>
    </plugin></plugins>"
    fi
    mkdir -p "$work/$name"
    cat > "$work/$name/pom.xml" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <parent>
    <groupId>dev.amdahl.exercises</groupId>
    <artifactId>amdahl-exercises</artifactId>
    <version>0.1.0-SNAPSHOT</version>
    <relativePath>$repo/exercises/pom.xml</relativePath>
  </parent>
  <artifactId>check-$name</artifactId>
  <properties>
    <amdahl.exercises.skipTests>false</amdahl.exercises.skipTests>
    <maven.test.failure.ignore>true</maven.test.failure.ignore>
  </properties>
  <build>
    <sourceDirectory>$sources</sourceDirectory>
    $build
  </build>
</project>
EOF
    echo "    <module>$name</module>" >> "$work/modules.xml"
}

module program "$program/src/main/java"
ids=()
for dir in "$variants"/*/; do
    id="$(basename "$dir")"
    ids+=("$id")
    # A variant holds only the files it changes: write the whole changed program, as the grader does.
    mkdir -p "$work/$id/src"
    cp -r "$program/src/main/java" "$work/$id/src/"
    cp -r "$dir/src/main/java/." "$work/$id/src/java/"
    module "$id" "$work/$id/src/java"
done
cat > "$work/pom.xml" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>dev.amdahl.check</groupId>
  <artifactId>check-variants</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <modules>
$(cat "$work/modules.xml")
  </modules>
</project>
EOF

echo "Running the tests in ${tests#"$repo"/} against the program and ${#ids[@]} variants (log: ${work#"$repo"/}/build.log)"
status=0
(cd "$repo" && ./mvnw -B -ntp "${mvn_args[@]}" -f "$work/pom.xml" test) > "$work/build.log" 2>&1 || status=$?

# counts NAME: "tests failed" summed over the module's surefire reports ("0 0" without reports: no tests ran).
counts() {
    local reports="$work/$1/target/surefire-reports" total=0 failed=0 file t f e
    for file in "$reports"/TEST-*.xml; do
        [[ -e "$file" ]] || continue
        t="$(grep -o -m1 '<testsuite [^>]*' "$file" | grep -o ' tests="[0-9]*"' | grep -o '[0-9]*')"
        f="$(grep -o -m1 '<testsuite [^>]*' "$file" | grep -o ' failures="[0-9]*"' | grep -o '[0-9]*')"
        e="$(grep -o -m1 '<testsuite [^>]*' "$file" | grep -o ' errors="[0-9]*"' | grep -o '[0-9]*')"
        total=$((total + t))
        failed=$((failed + f + e))
    done
    echo "$total $failed"
}

# property FILE KEY
property() {
    sed -n "s/^$2[[:space:]]*=[[:space:]]*//p" "$1" | head -1
}

built() {
    [[ -d "$work/$1/target/classes" ]] && { [[ "$1" != program ]] || [[ -d "$work/$1/target/test-classes" ]]; }
}

printf '\n%-24s %-24s %-10s %6s %7s  %s\n' variant kind equivalent tests failed result
read -r total failed < <(counts program)
if ! built program; then
    result="DID NOT BUILD (see build.log)"
elif ((total == 0)); then
    result="no tests"
elif ((failed > 0)); then
    result="FAILS: the tests must pass against the program"
else
    result="passes"
fi
printf '%-24s %-24s %-10s %6s %7s  %s\n' "(program)" - - "$total" "$failed" "$result"
program_failed=$failed
caught=0
bugs=0
equivalent_failed=0
for id in "${ids[@]}"; do
    kind="$(property "$variants/$id/variant.properties" kind)"
    equivalent="$(property "$variants/$id/variant.properties" equivalent)"
    read -r total failed < <(counts "$id")
    if ! built "$id"; then
        result="DID NOT BUILD (see build.log)"
        status=1
    elif [[ "$equivalent" == true ]]; then
        if ((failed > 0)); then
            result="FAILED (an equivalent refactoring: the suite tests code, not behaviour)"
            equivalent_failed=1
        else
            result="passed (as it should)"
        fi
    else
        bugs=$((bugs + 1))
        if ((failed > 0)); then
            result="caught"
            caught=$((caught + 1))
        else
            result="missed"
        fi
    fi
    printf '%-24s %-24s %-10s %6s %7s  %s\n' "$id" "$kind" "$equivalent" "$total" "$failed" "$result"
done
echo
echo "caught $caught of $bugs planted bugs; equivalent refactoring $( ((equivalent_failed)) && echo failed || echo passed)"
((program_failed == 0)) || echo "the tests fail against the program: the grader gives them nothing"

if $coverage; then
    csv="$work/program/target/site/jacoco/jacoco.csv"
    if [[ -f "$csv" ]]; then
        awk -F, 'NR > 1 { bm += $6; bc += $7; lm += $8; lc += $9 }
                 END { printf "coverage of the program: lines %d / %d = %.1f %%, branches %d / %d = %.1f %%\n",
                       lc, lc + lm, lc + lm ? 100 * lc / (lc + lm) : 0, bc, bc + bm, bc + bm ? 100 * bc / (bc + bm) : 0 }' "$csv"
    else
        echo "coverage of the program: no report (no tests ran, or see build.log)"
    fi
fi
if ((status != 0)) && grep -q 'BUILD FAILURE' "$work/build.log"; then
    echo "Maven reported a failure; the end of build.log:"
    tail -20 "$work/build.log"
    exit 1
fi
exit 0
