#!/usr/bin/env bash
# How fast Amdahl grades a class: see bench/README.md. Usage: bash bench/batch.sh [ROUNDS [COPIES]]
#
# In each round, one after the other (never two at once), on the same submission (a student copy of the course
# with the reference solution of latency in place of the skeleton):
#   naive     `mvn -o -q test` on the submission in a plain Maven + JDK 21 container (--network none)
#   grade     `./amdahl grade <submission> -e latency`: one submission, JVM start and course compile included
#   batch w1  `./amdahl batch` of COPIES copies with --workers 1; per submission: the median gap between
#             consecutive results in the gradebook, so neither the JVM's start nor the course compile counts
#   batch w2  the same batch with --workers 2 (a fresh --out each time)
# and prints the medians over ROUNDS (default 3, COPIES default 8), the ratios and their goals. Every run is
# checked (mvn's exit code and its tests ran and passed; Amdahl's score is full marks) and a run that did not
# grade correctly counts as failed, never as fast. The whole-course rows (on by default, BENCH_WHOLE_COURSE=0
# leaves them out): naive and grade on every exercise whose reference is code (the reference solution of each), the
# grade with the grader's step timings on, so that each exercise's whole time less its tests' own durations gives
# the per-exercise overhead. Timings on a shared machine are noisy: read the min-max spread.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
amdahl_find_jdk >/dev/null
amdahl_ensure_docker
export AMDAHL_BASE_IMAGE="${AMDAHL_BASE_IMAGE:-$AMDAHL_OFFLINE_BASE}"
amdahl_ensure_base_image
./mvnw -B -ntp -q -o -DskipTests -DskipITs package -pl grader -am
rounds="${1:-3}"
copies="${2:-8}"
exercise=latency
whole_course="${BENCH_WHOLE_COURSE:-1}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# A private copy of the grader, run as ./amdahl runs it: a rebuild by someone else mid-run cannot change it.
cp grader/target/amdahl.jar "$work/amdahl.jar"
amdahl() { "$JAVA_HOME/bin/java" -jar "$work/amdahl.jar" "$@"; }
amdahl_with_phases() {
  "$JAVA_HOME/bin/java" -Djava.util.logging.config.file=bench/phases-logging.properties -jar "$work/amdahl.jar" "$@"
}
times="$work/times"
: >"$times"

# The Maven that ./mvnw downloaded, mounted read-only in the naive container.
maven_version=$(sed -n 's|^distributionUrl=.*/apache-maven-\([^/]*\)-bin\.zip|\1|p' .mvn/wrapper/maven-wrapper.properties)
maven_home=$(ls -d "${MAVEN_USER_HOME:-$HOME/.m2}/wrapper/dists/apache-maven-$maven_version"/*/ 2>/dev/null | head -1)
if [ -z "$maven_home" ] || [ ! -x "$maven_home/bin/mvn" ]; then
  echo "No Maven $maven_version under ~/.m2/wrapper/dists: run ./mvnw -v once (online) to download it." >&2
  exit 1
fi
seed_repository="$HOME/.m2/repository"

# A student copy of the course (what StudentCopy hands out: grading-api, exercises, a root pom with only those
# two modules and the exercises' tests switched on) with the reference solution of each exercise in $@.
make_submission() {
  local target="$1"; shift
  mkdir -p "$target"
  tar -C . --exclude=target -cf - grading-api exercises | tar -C "$target" -xf -
  python3 - pom.xml "$target/pom.xml" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
for module in ("solutions", "sandbox-runner", "grader", "bench"):
    text, found = re.subn(r"\s*<module>%s</module>" % module, "", text)
    assert found == 1, f"the root pom.xml has no <module>{module}</module>"
text, found = re.subn(r"<amdahl.exercises.skipTests>true<", "<amdahl.exercises.skipTests>false<", text)
assert found == 1, "the root pom.xml has no <amdahl.exercises.skipTests>true"
open(sys.argv[2], "w").write(text)
PY
  local ex
  for ex in "$@"; do
    rm -rf "$target/exercises/$ex/src/main/java"
    cp -r "solutions/$ex/src/main/java" "$target/exercises/$ex/src/main/java"
  done
}

# The whole-course row: every exercise whose reference is code (in testing the students write tests instead).
all_exercises=()
for module in solutions/*/src/main/java; do all_exercises+=("$(basename "$(dirname "$(dirname "$(dirname "$module")")")")"); done
course_modules=$(printf 'exercises/%s,' "${all_exercises[@]}")
course_options=(); for ex in "${all_exercises[@]}"; do course_options+=(-e "$ex"); done
make_submission "$work/submission" "$exercise"
[ "$whole_course" = 1 ] && make_submission "$work/course-submission" "${all_exercises[@]}"
mkdir -p "$work/class"
for i in $(seq -w "$copies"); do cp -r "$work/submission" "$work/class/student$i"; done

# The naive grader's local repository: what the build needs, resolved once from ~/.m2/repository (mounted
# read-only as a file:// mirror, no network) into a writable folder, outside the timing. Without the resolver's
# _remote.repositories notes the artifacts count as installed locally, so -o finds them.
amdahl_say "Preparing the naive path's local Maven repository (once, not timed)"
mkdir -p "$work/repository"
cat >"$work/settings.xml" <<'XML'
<settings>
  <mirrors><mirror><id>seed</id><mirrorOf>*</mirrorOf><url>file:///seed</url></mirror></mirrors>
</settings>
XML
naive_run() { # naive_run <submission> <extra docker args...> -- <mvn args...>
  local submission="$1"; shift
  local docker_args=()
  while [ "$1" != -- ]; do docker_args+=("$1"); shift; done; shift
  # --init: a process the tests orphan is reaped, as in Amdahl's sandbox (processes' tests check for leftovers).
  # No Checkstyle: the students' copy (StudentCopy) has no Checkstyle plugin; this copy is made from the course's.
  docker run --rm --init --network none --user "$(id -u):$(id -g)" -e HOME=/tmp \
    -v "$maven_home":/opt/maven:ro -v "$work/repository":/repository -v "$submission":/submission \
    -w /submission "${docker_args[@]}" "$AMDAHL_BASE_IMAGE" \
    /opt/maven/bin/mvn -B -q -Dmaven.repo.local=/repository -Dcheckstyle.skip=true "$@"
}
cp -r "$work/submission" "$work/warm-up"
warm_modules=(-pl "exercises/$exercise" -am)
[ "$whole_course" = 1 ] && { rm -rf "$work/warm-up"; cp -r "$work/course-submission" "$work/warm-up"
                              warm_modules=(-pl "${course_modules%,}" -am); }
naive_run "$work/warm-up" -v "$seed_repository":/seed:ro -v "$work/settings.xml":/settings.xml:ro -- \
  -s /settings.xml test "${warm_modules[@]}" -Dmaven.test.failure.ignore=true >"$work/warm-up.log" 2>&1 \
  || { echo "Could not prepare the naive path's repository:" >&2; tail -30 "$work/warm-up.log" >&2; exit 1; }
find "$work/repository" -name _remote.repositories -delete
rm -rf "$work/warm-up"

batch_available=1
if ! amdahl batch --help 2>/dev/null | grep -q -- --workers; then
  batch_available=0
  echo "This build has no 'amdahl batch': only the naive path and 'amdahl grade' are timed."
fi

cat >"$work/check.py" <<'PY'
"""Did a run grade correctly? Prints one word of detail, exits 1 if not."""
import glob, json, os, sqlite3, statistics, sys
from datetime import datetime
from xml.etree import ElementTree

def naive(submission, *exercises):
    total = 0
    for ex in exercises:
        reports = glob.glob(os.path.join(submission, "exercises", ex, "target", "surefire-reports", "TEST-*.xml"))
        suites = [ElementTree.parse(r).getroot() for r in reports]
        tests = sum(int(s.get("tests", 0)) for s in suites)
        bad = sum(int(s.get("failures", 0)) + int(s.get("errors", 0)) for s in suites)
        if tests == 0 or bad:
            sys.exit(f"{ex}: {tests} tests ran, {bad} failed")
        total += tests
    print(f"{total}-tests-passed")

def grade(report):
    r = json.load(open(report))
    if not (r["complete"] and r["maxScore"] > 0 and r["score"] == r["maxScore"]):
        sys.exit(f'score {r["score"]:g}/{r["maxScore"]:g}, complete={r["complete"]}')
    print(f'{r["score"]:g}/{r["maxScore"]:g}')

def batch(gradebook, copies):
    db = sqlite3.connect(f"file:{gradebook}?mode=ro", uri=True)
    rows = db.execute("SELECT student, state, score, possible, recorded_at FROM results WHERE current = 1"
                      " ORDER BY recorded_at").fetchall()
    wrong = [r for r in rows if r[1] != "GRADED" or r[3] <= 0 or r[2] != r[3]]
    if len(rows) != int(copies) or wrong:
        sys.exit(f"{len(rows)} of {copies} graded; not full marks: {wrong[:3]}")
    when = [datetime.fromisoformat(r[4].replace("Z", "+00:00")[:26] + "+00:00") for r in rows]
    gaps = [(b - a).total_seconds() for a, b in zip(when, when[1:])]
    print(f"{rows[0][2]:g}/{rows[0][3]:g}x{len(rows)}", f"{statistics.median(gaps):.3f}" if gaps else "nan")

try:
    {"naive": naive, "grade": grade, "batch": batch}[sys.argv[1]](*sys.argv[2:])
except (OSError, ValueError, KeyError, sqlite3.Error, ElementTree.ParseError) as e:
    sys.exit(f"{type(e).__name__}: {e}")
PY

# timed <kind> <round> <command...>: runs the command, appends "kind round seconds" to $times, 0 on success.
timed() {
  local kind="$1" round="$2"; shift 2
  local start=$EPOCHREALTIME status=0
  "$@" >"$work/$kind-$round.log" 2>&1 || status=$?
  local end=$EPOCHREALTIME
  awk -v s="$start" -v e="$end" -v k="$kind" -v r="$round" 'BEGIN { printf "%s %s %.3f", k, r, e - s }' >>"$times"
  return "$status"
}
# verdict <check args...>: ends the line in $times with "ok <detail>" or "FAILED <why>".
verdict() {
  local detail
  if detail=$(python3 "$work/check.py" "$@" 2>&1); then echo " ok $detail" >>"$times"
  else detail="${detail//$'\n'/ }"; echo " FAILED ${detail% }" >>"$times"; fi
  tail -1 "$times"
}

# failed_run <kind> <round> <status>: ends the line in $times with the exit code and the log's last line.
failed_run() {
  local last; last=$(grep -v '^\s*$' "$work/$1-$2.log" | tail -1 | cut -c1-100)
  echo " FAILED exit $3: $last" >>"$times"
  tail -1 "$times"
}

naive_round() { # naive_round <kind> <round> <submission> <exercises...>
  local kind="$1" round="$2" source="$3"; shift 3
  local copy="$work/$kind-$round" modules=() status=0
  cp -r "$source" "$copy"
  modules=(-pl "exercises/$exercise" -am); [ "$kind" = naive-course ] && modules=(-pl "${course_modules%,}" -am)
  # Only the exercises' tests, as a grader would run: grading-api's own tests are not the student's.
  timed "$kind" "$round" naive_run "$copy" -- -o test "${modules[@]}" -Damdahl.exercises.skipTests=false \
    -Dtest='dev.amdahl.exercises.**' -Dsurefire.failIfNoSpecifiedTests=false || status=$?
  if [ "$status" = 0 ]; then verdict naive "$copy" "$@"; else failed_run "$kind" "$round" "$status"; fi
  rm -rf "$copy"
}
grade_round() { # grade_round <kind> <round> <submission> [amdahl grade options...]
  local kind="$1" round="$2" submission="$3" status=0; shift 3
  # The step timings go to the log (stderr): each exercise's whole time, for the per-exercise overhead.
  timed "$kind" "$round" amdahl_with_phases grade "$submission" --course . --json "$work/$kind-$round.json" "$@" \
    || status=$?
  if [ "$status" = 0 ]; then verdict grade "$work/$kind-$round.json"; else failed_run "$kind" "$round" "$status"; fi
}
batch_round() { # batch_round <workers> <round>
  local workers="$1" round="$2" out="$work/out-w$1-$2" status=0
  timed "batch$workers" "$round" amdahl batch "$work/class" --out "$out" --course . -e "$exercise" \
    --workers "$workers" --progress none --no-similarity || status=$?
  if [ "$status" = 0 ]; then verdict batch "$out/gradebook.sqlite" "$copies"
  else failed_run "batch$workers" "$round" "$status"; fi
  rm -rf "$out"
}

amdahl_say "Timing $rounds rounds (the machine is shared: other work shows up as spread)"
bench_start=$(date +%s)
for round in $(seq "$rounds"); do
  naive_round naive "$round" "$work/submission" "$exercise"
  grade_round grade "$round" "$work/submission" -e "$exercise"
  if [ "$batch_available" = 1 ]; then
    batch_round 1 "$round"
    batch_round 2 "$round"
  fi
  if [ "$whole_course" = 1 ]; then
    naive_round naive-course "$round" "$work/course-submission" "${all_exercises[@]}"
    grade_round grade-course "$round" "$work/course-submission" "${course_options[@]}"
    # Each exercise alone, for the per-exercise overhead: in the whole course's grade they share the machine.
    for ex in "${all_exercises[@]}"; do
      grade_round "alone-$ex" "$round" "$work/course-submission" -e "$ex" >/dev/null
    done
  fi
done

echo
python3 - "$times" "$copies" "$exercise" "$work" "${all_exercises[@]}" <<'PY'
import json, os, re, statistics, sys
work = sys.argv[4]
course = sys.argv[5:]
lines = [l.split(maxsplit=4) for l in open(sys.argv[1]) if l.strip()]
copies, exercise = int(sys.argv[2]), sys.argv[3]
runs = {}
for kind, rnd, seconds, status, *detail in lines:
    runs.setdefault(kind, []).append((float(seconds), status == "ok", (detail or [""])[0]))
def good(kind): return [r for r in runs.get(kind, []) if r[1]]
def median(kind, pick=lambda r: r[0]):
    values = [pick(r) for r in good(kind)]
    return statistics.median(values) if values else None
def spread(kind, pick=lambda r: r[0]):
    values = [pick(r) for r in good(kind)]
    return f"{min(values):.1f}-{max(values):.1f}" if values else "-"
def row(label, kind, pick=lambda r: r[0], per=1):
    m = median(kind, pick)
    ok = f"{len(good(kind))}/{len(runs.get(kind, []))}"
    if m is None:
        print(f"  {label:<58} {'no valid run':>10}   {'':>11}  {ok}")
    else:
        lo, hi = (float(x) / per for x in spread(kind, pick).split("-"))
        print(f"  {label:<58} {m / per:>9.2f}s  ({lo:.1f}-{hi:.1f})  {ok}")
    return None if m is None else m / per
gap = lambda r: float(r[2].split()[1])
print(f"Medians (min-max) of each side, in seconds; last column: runs that graded correctly / runs")
naive = row(f"naive: mvn -o test in a Maven + JDK container ({exercise})", "naive")
grade = row(f"amdahl grade -e {exercise} (one submission, whole command)", "grade")
in_batch = row(f"amdahl batch, 1 worker: per submission (steady state)", "batch1", gap) if "batch1" in runs else None
w1 = row(f"amdahl batch of {copies}, 1 worker: per submission (wall / {copies})", "batch1", per=copies) \
    if "batch1" in runs else None
w2 = row(f"amdahl batch of {copies}, 2 workers: per submission (wall / {copies})", "batch2", per=copies) \
    if "batch2" in runs else None
if "naive-course" in runs:
    naive_course = row(f"whole course ({len(course)} exercises): naive mvn -o test", "naive-course")
    grade_course = row(f"whole course ({len(course)} exercises): amdahl grade", "grade-course")
print("\nRatios, each taken within a round (median and min-max over the rounds), against the goals")
def per_round(top, bottom, pick_top=lambda r: r[0], pick_bottom=lambda r: r[0], scale=1):
    ratios = [pick_top(t) / pick_bottom(b) * scale for t, b in zip(runs.get(top, []), runs.get(bottom, []))
              if t[1] and b[1] and pick_bottom(b) > 0]
    return (statistics.median(ratios), min(ratios), max(ratios)) if ratios else None
def goal(label, value, target, higher, unit):
    sign = "≥" if higher else "≤"
    if value is None:
        print(f"  {label:<58} {'-':>8}{unit}   {'':<13} goal {sign} {target}{unit}: not measured"); return
    m, lo, hi = value
    met = m >= target if higher else m <= target
    print(f"  {label:<58} {m:>8.2f}{unit}   ({lo:.2f}-{hi:.2f})  goal {sign} {target}{unit}: "
          f"{'met' if met else 'NOT MET'}")
goal("naive / amdahl grade", per_round("naive", "grade"), 8, True, "×")
goal("naive / amdahl in batch (steady state, 1 worker)", per_round("naive", "batch1", pick_bottom=gap), 8, True, "×")
w2_rounds = [r[0] / copies for r in good("batch2")]
goal("seconds per submission, 2 workers (wall / copies)",
     (statistics.median(w2_rounds), min(w2_rounds), max(w2_rounds)) if w2_rounds else None, 5, False, " s")
goal("throughput with 2 workers / with 1", per_round("batch1", "batch2"), 1.6, True, "×")
if "naive-course" in runs:
    goal("whole course: naive / amdahl grade", per_round("naive-course", "grade-course"), 2, True, "×")

# Per-exercise overhead: each exercise's whole time in the grader (its step "exercise-total": staging, the sandbox,
# the wait for the style check) less its tests' own durations (the JSON result), over the exercises and rounds, each
# exercise graded alone ("alone-<exercise>" rows; the whole course's grade has them side by side).
overheads, per_exercise = [], {}
alone = [k for k in runs if k.startswith("alone-")]
for kinds in (alone, ["grade"]):
  for kind in kinds:
    for i, (seconds, ok, _) in enumerate(runs.get(kind, [])):
        log, result = os.path.join(work, f"{kind}-{i + 1}.log"), os.path.join(work, f"{kind}-{i + 1}.json")
        if not ok or not os.path.exists(log) or not os.path.exists(result):
            continue
        totals = {m.group(1): float(m.group(2)) for m in
                  re.finditer(r"phase (\S+) exercise-total ([\d.]+) ms", open(log).read())}
        for e in json.load(open(result))["exercises"]:
            if e["exercise"] in totals:
                tests = sum((t.get("durationMillis") or 0) for t in e["tests"])
                overheads.append((totals[e["exercise"]] - tests) / 1000)
                per_exercise.setdefault(e["exercise"], []).append((totals[e["exercise"]] / 1000, tests / 1000))
  if overheads:
      break  # each exercise graded alone when there are such rows, else the single exercise's
goal("per-exercise overhead: its whole time - its tests' own",
     (statistics.median(overheads), min(overheads), max(overheads)) if overheads else None, 1.0, False, " s")
if per_exercise:
    print("    per exercise, median over the rounds: whole / the tests' own / overhead (s): " + ", ".join(
        f"{ex} {statistics.median(w for w, _ in v):.1f} / {statistics.median(t for _, t in v):.1f} / "
        f"{statistics.median(w - t for w, t in v):.1f}" for ex, v in sorted(per_exercise.items())))
failed = [f"{k} round {i + 1}: {r[2]}" for k, rs in runs.items() for i, r in enumerate(rs) if not r[1]]
if failed:
    print("\nRuns that did not grade correctly (left out of the medians):")
    for f in failed: print("  " + f)
PY
echo "bench finished in $(( $(date +%s) - bench_start )) s (preparation not counted)"
