#!/usr/bin/env bash
# Where an exercise's grading time goes: see bench/README.md. Usage: bash bench/breakdown.sh [ROUNDS [EXERCISE...]]
#
# Grades the reference solution (every exercise whose reference is code, or the EXERCISEs named) ROUNDS times
# (default 3) with `amdahl grade`, one exercise per command (so each has the machine to itself), with the grader's step timings on (logger dev.amdahl.grader.phases, see
# bench/phases-logging.properties), and prints the median of each step over the exercises and rounds: the
# container's creation, copying the input in, its start, the runner JVM's start (until it connects), the compile and
# forbidden-API check, test discovery and structure rules, the tests, the container's end and removal, the host's
# style check; then each exercise's whole time against its tests' own durations (from the JSON result), and the
# difference: the overhead. AMDAHL_JAR picks another grader jar (to measure a build before a change, say).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
amdahl_find_jdk >/dev/null
amdahl_ensure_docker
export AMDAHL_BASE_IMAGE="${AMDAHL_BASE_IMAGE:-$AMDAHL_OFFLINE_BASE}"
amdahl_ensure_base_image
rounds="${1:-3}"
shift || true
if [ -z "${AMDAHL_JAR:-}" ]; then
  ./mvnw -B -ntp -q -o -DskipTests -DskipITs package -pl grader -am
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "${AMDAHL_JAR:-grader/target/amdahl.jar}" "$work/amdahl.jar"

exercises=("$@")
if [ ${#exercises[@]} -eq 0 ]; then
  for module in solutions/*/src/main/java; do exercises+=("$(basename "$(dirname "$(dirname "$(dirname "$module")")")")"); done
fi
mkdir -p "$work/submission/exercises"
for ex in "${exercises[@]}"; do
  mkdir -p "$work/submission/exercises/$ex/src/main"
  cp -r "solutions/$ex/src/main/java" "$work/submission/exercises/$ex/src/main/java"
done

# One grading first, untimed: it builds the sandbox image if this jar's is not there yet.
"$JAVA_HOME/bin/java" -jar "$work/amdahl.jar" grade "$work/submission" -e "${exercises[0]}" >/dev/null 2>&1 || true
# One exercise per command, so that each is graded alone (a whole course's are graded side by side).
for round in $(seq "$rounds"); do
  for ex in "${exercises[@]}"; do
    "$JAVA_HOME/bin/java" -Djava.util.logging.config.file=bench/phases-logging.properties -jar "$work/amdahl.jar" \
      grade "$work/submission" -e "$ex" --json "$work/result-$round-$ex.json" >"$work/out-$round-$ex.txt" \
      2>"$work/phases-$round-$ex.txt" || true
  done
done

python3 - "$work" "$rounds" "${exercises[@]}" <<'PY'
import json, os, re, statistics, sys
work, rounds, names = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
rows = []  # one dict per exercise and round
for r, name in ((r, n) for r in range(1, rounds + 1) for n in names):
    if not os.path.exists(f"{work}/result-{r}-{name}.json"):
        print(f"round {r}, {name}: no result (see {work}/out-{r}-{name}.txt)")
        continue
    per = {}
    for line in open(f"{work}/phases-{r}-{name}.txt"):
        m = re.search(r"phase (\S+) (\S+) ([\d.]+) ms", line)
        if m:
            per.setdefault(m.group(1), {})[m.group(2)] = float(m.group(3))
            current = m.group(1)
            continue
        m = re.search(r"event (\S+) at ([\d.]+) ms", line)
        if m:
            per.setdefault("_events", []).append((m.group(1), float(m.group(2))))
    # events come in exercise order, between that exercise's "stage" and "sandbox-run" lines: match them by position
    result = json.load(open(f"{work}/result-{r}-{name}.json"))
    events = per.pop("_events", [])
    blocks, block = [], {}
    for name, at in events:
        if name == "connected" and block:
            blocks.append(block)
            block = {}
        block[name] = at
    if block:
        blocks.append(block)
    graded = [e for e in result["exercises"] if e["verdict"] != "NOT_SUBMITTED"]
    for exercise, ev in zip(graded, blocks):
        p = per.get(exercise["exercise"], {})
        tests = sum((t.get("durationMillis") or 0) for t in exercise["tests"])
        before_jvm = sum(p.get(k, 0) for k in ("container-create", "copy-in", "attach", "container-start"))
        row = {
            "exercise": exercise["exercise"],
            "container create": p.get("container-create"),
            "copy the input in": p.get("copy-in"),
            "attach to its output": p.get("attach"),
            "container start": p.get("container-start"),
            "runner JVM start (until it connects)": ev.get("connected", 0) - before_jvm,
            "compile + forbidden-API check": ev.get("Compiled", 0) - ev.get("connected", 0),
            "structure rules + test discovery": ev.get("Planned", 0) - ev.get("Compiled", 0),
            "the tests (JUnit, start to end)": ev.get("Finished", 0) - ev.get("Planned", 0),
            "  of which the tests' own durations": tests,
            "runner done -> container exited": p.get("done-to-exited"),
            "container removal": p.get("container-remove"),
            "style check, waited for after the sandbox": p.get("style-after-sandbox", p.get("style")),
            "staging the submission": p.get("stage"),
            "the exercise, whole (grader's view)": p.get("exercise-total"),
        }
        row["overhead: whole minus the tests' own durations"] = (p.get("exercise-total") or 0) - tests
        rows.append(row)

if not rows:
    sys.exit("no exercise was graded: see " + work)
keys = [k for k in rows[0] if k != "exercise"]
print(f"{len(rows)} exercise gradings ({rounds} rounds of {', '.join(sorted({r['exercise'] for r in rows}))}); "
      "milliseconds, median (min-max)")
for k in keys:
    values = [r[k] for r in rows if r.get(k) is not None]
    if values:
        print(f"  {k:<52} {statistics.median(values):8.0f}  ({min(values):.0f}-{max(values):.0f})")
print("per exercise, median over the rounds: whole / tests' own / overhead (ms)")
for ex in sorted({r["exercise"] for r in rows}):
    mine = [r for r in rows if r["exercise"] == ex]
    med = lambda k: statistics.median(r[k] for r in mine)
    print(f"  {ex:<14} {med('the exercise, whole (grader' + chr(39) + 's view)'):8.0f} "
          f"{med('  of which the tests' + chr(39) + ' own durations'):8.0f} "
          f"{med('overhead: whole minus the tests' + chr(39) + ' own durations'):8.0f}")
PY
