#!/usr/bin/env bash
# Install the Debian/Ubuntu packages the app and its tests need (Qt's system libraries, Xvfb, validators,
# dictionaries, exiftool). Idempotent: installs only what is missing. Usage: scripts/setup-system.sh [runtime|test]
set -euo pipefail

runtime=(
  libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0 libxkbcommon0
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-shape0 libxcb-xkb1
  libxkbcommon-x11-0 libxcb-randr0 libxcb-xfixes0 libxcb-sync1 libxcb-shm0 libxcb-render0 libx11-xcb1
  libnss3 libasound2 libxcomposite1 libxdamage1 libxrandr2 libxtst6 libxkbfile1 libxshmfence1 libgbm1 libdrm2
  libxi6 fonts-dejavu-core libenchant-2-2 hunspell-en-us hunspell-en-gb hunspell-ru python3-venv
)
# chromium: headless screenshots of the published page (tests/published/); ghostwriter and libxext6 (its
# shared-memory frames, tests/benchmarks/x_frames.py): the start-up race
test_only=(xvfb xauth libxext6 x11-utils imagemagick desktop-file-utils appstream libimage-exiftool-perl chromium
  ghostwriter)

wanted=("${runtime[@]}")
[ "${1:-test}" = "test" ] && wanted+=("${test_only[@]}")

exec "$(dirname "$0")/apt-install-missing.sh" setup "${wanted[@]}"
