#!/usr/bin/env bash
# Install, with apt-get, those of the given Debian packages that are not installed yet (nothing to do: no
# apt-get update, no network). As root, or through sudo. Usage: scripts/apt-install-missing.sh LABEL PKG...
set -euo pipefail
label=$1
shift

missing=()
for pkg in "$@"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null; then
  echo "$label: not a Debian/Ubuntu system; install the equivalents of: ${missing[*]}" >&2
  exit 0  # what needs them says so clearly when they are missing
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null; then sudo="sudo"; else
    echo "$label: run as root (or install sudo) to install: ${missing[*]}" >&2
    exit 1
  fi
fi
echo "$label: installing ${#missing[@]} packages: ${missing[*]}" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
