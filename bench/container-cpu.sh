#!/usr/bin/env bash
# How much CPU a grading costs, and where: grades the reference solution of each exercise (one `amdahl grade -e`
# per exercise) ROUNDS times (default 3) and prints the median CPU seconds its sandbox containers used (read from
# their cgroups while they run), how many containers it took, the whole machine's busy CPU seconds and the wall
# time. With two cores, CPU is what bounds a batch and CI: a grading that keeps both cores busy for 5 s costs
# another grading 5 s, whatever its own wall time says.
#
#   bash bench/container-cpu.sh [ROUNDS [EXERCISE...]]
#   AMDAHL_JARS="/tmp/before.jar grader/target/amdahl.jar" bash bench/container-cpu.sh 3 testing latency
#
# AMDAHL_JARS compares builds side by side: each round grades each exercise with each jar in turn.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
amdahl_find_jdk
amdahl_ensure_docker
amdahl_ensure_base_image

rounds="${1:-3}"
shift || true
exercises=("$@")
if [ ${#exercises[@]} -eq 0 ]; then
  exercises=(processes pipes threadpools mapreduce latency vectorization testing)
fi
if [ -z "${AMDAHL_JARS:-}" ]; then
  ./mvnw -q -B -ntp -DskipTests -Dcheckstyle.skip package -pl grader -am
  AMDAHL_JARS="grader/target/amdahl.jar"
fi
read -r -a jars <<< "$AMDAHL_JARS"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

watch_containers() { # polls every docker container's cgroup; prints one line of totals when told to stop
  exec python3 - "$1" <<'EOF'  # exec: the job's pid is python's, which writes the totals on SIGTERM
import glob, os, signal, sys, time
stop = []
signal.signal(signal.SIGTERM, lambda *a: stop.append(1))
def busy():
    with open('/proc/stat') as f:
        v = list(map(int, f.readline().split()[1:]))
    return (v[0] + v[1] + v[2] + v[5] + v[6]) / os.sysconf('SC_CLK_TCK')
def usage():
    seen = {}
    for f in glob.glob('/sys/fs/cgroup/cpuacct/docker/*/cpuacct.usage'):  # cgroup v1
        try: seen[f.split('/')[-2]] = int(open(f).read()) / 1e9
        except OSError: pass
    for f in glob.glob('/sys/fs/cgroup/system.slice/docker-*.scope/cpu.stat'):  # cgroup v2
        try:
            for line in open(f):
                if line.startswith('usage_usec'):
                    seen[f.split('/')[-2]] = int(line.split()[1]) / 1e6
        except OSError: pass
    return seen
before = set(usage())  # containers that were there before: not this grading's
start, last = busy(), {}
while not stop:
    for key, value in usage().items():
        if key not in before:
            last[key] = value
    time.sleep(0.05)
with open(sys.argv[1], 'w') as f:
    f.write("%.2f %d %.2f\n" % (sum(last.values()), len(last), busy() - start))
EOF
}

# Each jar's sandbox image is built on its first grading (a container that trains the class archives): not measured.
for jar in "${jars[@]}"; do
  "$JAVA_HOME/bin/java" -jar "$jar" grade solutions -e latency --course . > /dev/null 2>&1 || true
done

for round in $(seq 1 "$rounds"); do
  for exercise in "${exercises[@]}"; do
    for j in "${!jars[@]}"; do
      watch_containers "$out/watch" & watcher=$!
      sleep 0.3
      began=$(date +%s.%N)
      "$JAVA_HOME/bin/java" -jar "${jars[$j]}" grade solutions -e "$exercise" --course . > "$out/grade.log" 2>&1 \
        || { echo "grading $exercise with ${jars[$j]} failed:"; tail -20 "$out/grade.log"; exit 1; }
      ended=$(date +%s.%N)
      kill "$watcher"; wait "$watcher" || true
      grep -q "^Score: .* / " "$out/grade.log" || { echo "no score for $exercise:"; tail -5 "$out/grade.log"; exit 1; }
      if ! grep -qE "^Score: ([0-9.]+) / \1$" "$out/grade.log"; then
        echo "the reference of $exercise lost points with ${jars[$j]}:"; grep "^Score" "$out/grade.log"; exit 1
      fi
      echo "$exercise $j $(cat "$out/watch") $(echo "$ended - $began" | bc)" >> "$out/rows"
    done
  done
  echo "round $round of $rounds done"
done

python3 - "$out/rows" "${jars[@]}" <<'EOF'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1])]
jars = sys.argv[2:]
print("\nMedians over the rounds: CPU seconds of the grading's containers (how many), the machine's busy CPU "
      "seconds, wall seconds")
print("%-14s %-40s %18s %10s %8s" % ("exercise", "jar", "containers' CPU", "machine", "wall"))
for exercise in dict.fromkeys(r[0] for r in rows):
    medians = []
    for j, jar in enumerate(jars):
        mine = [r for r in rows if r[0] == exercise and r[1] == str(j)]
        cpu = statistics.median(float(r[2]) for r in mine)
        count = statistics.median(int(r[3]) for r in mine)
        machine = statistics.median(float(r[4]) for r in mine)
        wall = statistics.median(float(r[5]) for r in mine)
        medians.append(cpu)
        print("%-14s %-40s %12.1f (%3d) %10.1f %8.1f" % (exercise, jar[-40:], cpu, count, machine, wall))
    if len(jars) > 1 and medians[0] > 0:
        print("%-14s %-40s %17.2f×" % ("", "containers' CPU, last jar / first", medians[-1] / medians[0]))
EOF
