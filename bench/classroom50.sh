#!/usr/bin/env bash
# What one submission costs on Classroom 50, the part that is ours: exports EXERCISE (default latency) as a Classroom
# 50 assignment, unpacks its bundle as Classroom 50's runner does, and runs its autograder.py in a checkout of the
# exported template holding the reference solution, ROUNDS + 1 times (default 3 + 1); beside each, in the same
# round, `amdahl grade -e EXERCISE` on the same checkout. Prints the first run (it downloads the grader into the
# runner's temporary folder) and the medians of the others, side by side. The sandbox image is built before the
# first round, as on a runner whose image exists; on GitHub each run builds it (runners start empty): one more
# grading, after the image's tag is removed, times that here, from the base image already on this machine.
#
#   bash bench/classroom50.sh [ROUNDS [EXERCISE]]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
amdahl_find_jdk
amdahl_ensure_docker
amdahl_ensure_base_image

rounds="${1:-3}"
exercise="${2:-latency}"
./mvnw -q -B -ntp -DskipTests -Dcheckstyle.skip package -pl grader -am
jar="$PWD/grader/target/amdahl.jar"
java_bin="$JAVA_HOME/bin/java"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$java_bin" -jar "$jar" export-classroom50 --out "$work/export" --classroom bench --assignment "bench-$exercise" \
    -e "$exercise" --grader-url "file://$work/export/amdahl.jar" > /dev/null
mkdir -p "$work/runner/classroom50-runtime"
tar -xzf "$work/export/preview/bench-$exercise.tar.gz" -C "$work/runner/classroom50-runtime"
bundle="$work/runner/classroom50-runtime/bench-$exercise"
checkout="$work/checkout"
cp -r "$work/export/template" "$checkout"
cp -r "solutions/$exercise/src/main/java/." "$checkout/exercises/$exercise/src/main/java/"

# The sandbox image, built anew from the local base (what a fresh runner does on every run, after pulling the
# base): its tag is removed first, then one grading builds it and grades.
image=$("$java_bin" -jar "$jar" grade "$checkout" --course . -e "$exercise" 2>&1 | grep -o 'amdahl/sandbox:[0-9a-f]*' \
    | head -1)
docker rmi "$image" > /dev/null
start=$(date +%s.%N)
"$java_bin" -jar "$jar" grade "$checkout" --course . -e "$exercise" > /dev/null 2>&1
image_build=$(python3 -c "print(f'{$(date +%s.%N) - $start:.1f}')")

seconds() { local s; s=$(date +%s.%N); "$@" > /dev/null 2>&1; python3 -c "print(f'{$(date +%s.%N) - $s:.2f}')"; }
autograde() {
  (cd "$checkout" && env CLASSROOM=bench ASSIGNMENT="bench-$exercise" SUBMISSION_TAG=submit/bench-0000000 \
      COMMIT_URL=https://example.org/c RELEASE_URL=https://example.org/r USERNAME=bench \
      RUNNER_TEMP="$work/runner" python3 "$bundle/autograder.py")
}
direct() { "$java_bin" -jar "$jar" grade "$checkout" --course . -e "$exercise"; }

first=$(seconds autograde)
grep -q '"score"' "$checkout/result.json" || { echo "the autograder wrote no result.json" >&2; exit 1; }
auto=(); plain=()
for _ in $(seq "$rounds"); do
  auto+=("$(seconds autograde)")
  plain+=("$(seconds direct)")
done
python3 - "$exercise" "$image_build" "$first" "${auto[*]}" "${plain[*]}" "$checkout/result.json" <<'PY'
import json, statistics, sys
exercise, image, first, auto, plain, result = sys.argv[1:]
auto = [float(x) for x in auto.split()]; plain = [float(x) for x in plain.split()]
score = json.load(open(result))
print(f"Classroom 50 autograder, {exercise}, reference solution ({score['score']} / {score['max-score']}), seconds:")
print(f"  amdahl grade -e {exercise}, building the sandbox image first {float(image):9.1f}")
print(f"  first run (downloads the grader)                           {float(first):7.1f}")
print(f"  later runs: autograder.py, median of {len(auto)}                     {statistics.median(auto):7.1f}"
      f"   ({min(auto):.1f}-{max(auto):.1f})")
print(f"  same rounds: amdahl grade -e {exercise}, median              {statistics.median(plain):7.1f}"
      f"   ({min(plain):.1f}-{max(plain):.1f})")
print(f"  autograder / amdahl grade                                  "
      f"{statistics.median([a / p for a, p in zip(auto, plain)]):6.2f}x")
PY
