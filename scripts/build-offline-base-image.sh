#!/usr/bin/env bash
# Builds a JDK 21 base image without any image registry: debootstrap a minimal Debian trixie with
# openjdk-21-jdk-headless from Debian's package mirror, then `docker import` it.
# Use it on machines that cannot pull eclipse-temurin:21-jdk; pass the result to the grader with
#   AMDAHL_BASE_IMAGE=amdahl/base:trixie-jdk21  (or --base-image).
# Skips all work when the image already exists. Needs root, debootstrap and a running Docker engine.
set -euo pipefail

image="${1:-amdahl/base:trixie-jdk21}"
mirror="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"

if docker image inspect "$image" >/dev/null 2>&1; then
  echo "base image $image exists; nothing to do"
  exit 0
fi
command -v debootstrap >/dev/null || { echo "debootstrap is missing: apt-get install -y debootstrap" >&2; exit 1; }
[ "$(id -u)" = 0 ] || { echo "debootstrap needs root" >&2; exit 1; }

rootfs="$(mktemp -d /tmp/amdahl-rootfs.XXXXXX)"
trap 'rm -rf "$rootfs"' EXIT

echo "debootstrap trixie (minbase + openjdk-21-jdk-headless) into $rootfs ..."
debootstrap --variant=minbase --include=openjdk-21-jdk-headless trixie "$rootfs" "$mirror" >"$rootfs.log" 2>&1 \
  || { tail -30 "$rootfs.log" >&2; rm -f "$rootfs.log"; exit 1; }
rm -f "$rootfs.log"

# Shrink: package caches and docs are of no use in a sandbox.
rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/* \
       "$rootfs"/usr/share/doc/* "$rootfs"/usr/share/man/* "$rootfs"/usr/share/locale/*

# Resolve inside the new root: its alternatives links are absolute and would point into the host.
java_home="$(dirname "$(dirname "$(chroot "$rootfs" readlink -f /usr/bin/javac)")")"
tar -C "$rootfs" -c . | docker import \
  --change "ENV JAVA_HOME=$java_home" \
  --change "ENV LANG=C.UTF-8" \
  --change 'CMD ["/bin/bash"]' \
  - "$image" >/dev/null
echo "built base image $image (JAVA_HOME=$java_home)"
