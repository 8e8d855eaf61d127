#!/usr/bin/env python3
"""Who burns the machine's CPU while something runs (CI, a batch): sandbox containers against the host's processes.

Usage: python3 bench/cpu-by-owner.py OUT.jsonl [LOG]   (stop it with SIGTERM; it writes a last line then)

Every 30 s it appends one JSON line of totals since it started: the machine's busy CPU seconds (/proc/stat), the CPU
seconds of every Docker container it saw (cgroup v1 cpuacct or v2 cpu.stat, polled every 0.5 s, so a container that
lives less than that is missed), how many containers, and the host's processes' CPU seconds grouped by what they are
(test JVMs of surefire/failsafe, the amdahl command, Maven, dockerd, ...; polled every 2 s). With LOG (e.g. CI's
output) it also records how many lines LOG had, to line the figures up with what was running.
"""
import glob
import json
import os
import signal
import sys
import time

HZ = os.sysconf('SC_CLK_TCK')
out = open(sys.argv[1], 'a')
log = sys.argv[2] if len(sys.argv) > 2 else None
containers = {}  # cgroup file -> CPU seconds
processes = {}   # pid -> (label or None, CPU seconds when first seen if it was running at the start, last CPU seconds)


def machine_busy():
    values = list(map(int, open('/proc/stat').readline().split()[1:]))
    return (sum(values) - values[3] - values[4]) / HZ


def poll_containers():
    for f in glob.glob('/sys/fs/cgroup/cpuacct/docker/*/cpuacct.usage'):
        try:
            containers[f] = int(open(f).read()) / 1e9
        except (OSError, ValueError):
            pass
    for f in glob.glob('/sys/fs/cgroup/system.slice/docker-*.scope/cpu.stat'):
        try:
            for line in open(f):
                if line.startswith('usage_usec'):
                    containers[f] = int(line.split()[1]) / 1e6
        except OSError:
            pass


def label(pid):
    try:
        cgroup = open(f'/proc/{pid}/cgroup').read()
        if 'docker-' in cgroup or ':/docker/' in cgroup:
            return None  # a container's: counted by its cgroup
        command = open(f'/proc/{pid}/cmdline', 'rb').read().split(b'\0')
    except OSError:
        return None
    text = b' '.join(command).decode(errors='replace')
    if 'surefire' in text:
        return 'test JVM (surefire/failsafe)'
    if 'amdahl.jar' in text or 'dev.amdahl.grader.cli' in text:
        return 'amdahl command'
    if 'plexus-classworlds' in text:
        return 'maven'
    name = os.path.basename(command[0].decode(errors='replace'))
    if name in ('dockerd', 'containerd', 'containerd-shim-runc-v2', 'runc', 'docker-init'):
        return 'docker engine'
    return 'java, other' if name == 'java' else 'other: ' + (name or 'kernel')


def poll_processes(at_start=False):
    for entry in os.listdir('/proc'):
        if not entry.isdigit():
            continue
        pid = int(entry)
        try:
            fields = open(f'/proc/{pid}/stat').read().rsplit(')', 1)[1].split()
            cpu = (int(fields[11]) + int(fields[12])) / HZ
        except (OSError, IndexError):
            continue
        if pid not in processes:
            processes[pid] = (label(pid), cpu if at_start else 0.0, cpu)
        elif processes[pid][0] is not None:
            processes[pid] = (processes[pid][0], processes[pid][1], cpu)


poll_processes(at_start=True)
start, started = machine_busy(), time.time()


def write(*stop):
    host = {}
    for name, first, last in processes.values():
        if name:
            host[name] = host.get(name, 0) + last - first
    record = {'seconds': round(time.time() - started), 'machine busy': round(machine_busy() - start, 1),
              'containers': round(sum(containers.values()), 1), 'container count': len(containers),
              'host': {k: round(v, 1) for k, v in sorted(host.items(), key=lambda kv: -kv[1]) if v >= 0.5}}
    if log:
        try:
            record['log lines'] = sum(1 for _ in open(log))
        except OSError:
            pass
    out.write(json.dumps(record) + '\n')
    out.flush()
    if stop:
        sys.exit(0)


signal.signal(signal.SIGTERM, write)
tick = 0
while True:
    poll_containers()
    if tick % 4 == 0:
        poll_processes()
    if tick % 60 == 59:
        write()
    tick += 1
    time.sleep(0.5)
