#!/usr/bin/env bash
# How stable the timing lane's verdicts are: grades the speedup-good, speedup-sequential and speedup-contention
# samples ROUNDS times each (interleaved: good, sequential, contention, good, ...) with `amdahl grade --timing`,
# and prints per sample every verdict and score, the median speedup ratio (student's speedup over the
# reference's) and its coefficient of variation across rounds, and in how many rounds the contention sample
# scored below the good one. See bench/README.md. Usage: bash bench/grade-speedup.sh [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
amdahl_find_jdk >/dev/null
amdahl_ensure_docker
amdahl_ensure_base_image
./mvnw -B -ntp -q -DskipTests -DskipITs package -pl grader -am
rounds="${1:-10}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
samples=(good sequential contention)
start=$(date +%s)
for round in $(seq "$rounds"); do
  for sample in "${samples[@]}"; do
    ./amdahl grade "samples/submissions/speedup-$sample" --course . -e threadpools --timing \
      --json "$out/$sample-$round.json" >"$out/$sample-$round.log" 2>&1 || true
    printf 'round %2d  %-10s %s\n' "$round" "$sample" "$(python3 - "$out/$sample-$round.json" <<'PY'
import json, sys
try:
    s = json.load(open(sys.argv[1]))["exercises"][0]["speedups"][0]
    m = s.get("measurement") or {}
    print(f'{s["status"]:<14} {s["score"]:.2f} / {s["maxScore"]:g}   ratio {m.get("ratio", float("nan")):.3f}'
          f'   spread {m.get("spread", float("nan")):.3f}')
except Exception as e:
    print(f"no result ({e})")
PY
)"
  done
done
echo
python3 - "$out" "$rounds" <<'PY'
import json, os, statistics, sys
folder, rounds = sys.argv[1], int(sys.argv[2])
def speedup(sample, r):
    try:
        return json.load(open(os.path.join(folder, f"{sample}-{r}.json")))["exercises"][0]["speedups"][0]
    except Exception:
        return None
print(f'{"sample":<12} {"verdicts":<34} {"scores (min-max)":<18} {"median ratio":>12} {"CV of ratio":>12}')
for sample in ("good", "sequential", "contention"):
    results = [speedup(sample, r) for r in range(1, rounds + 1)]
    verdicts = {}
    for s in results:
        key = s["status"] if s else "NO_RESULT"
        verdicts[key] = verdicts.get(key, 0) + 1
    ratios = [s["measurement"]["ratio"] for s in results if s and s.get("measurement")]
    scores = [s["score"] for s in results if s]
    cv = statistics.pstdev(ratios) / statistics.mean(ratios) if len(ratios) > 1 else float("nan")
    text = ", ".join(f"{k} {v}/{rounds}" for k, v in sorted(verdicts.items()))
    print(f'{sample:<12} {text:<34} {min(scores):.2f}-{max(scores):.2f}{"":<9} '
          f'{statistics.median(ratios) if ratios else float("nan"):>12.3f} {100 * cv:>11.1f}%')
below = sum(1 for r in range(1, rounds + 1)
            if speedup("good", r) and speedup("contention", r)
            and speedup("contention", r)["measurement"]["ratio"] < speedup("good", r)["measurement"]["ratio"])
print(f"\ncontention's ratio below good's in {below} of {rounds} rounds")
PY
echo "bench finished in $(( $(date +%s) - start )) s"
