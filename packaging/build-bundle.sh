#!/usr/bin/env bash
# Build the one-folder bundle dist/editor-app/ (run it as dist/editor-app/editor-app). Installs PyInstaller into
# the venv when it is missing. Usage: packaging/build-bundle.sh [DIST_DIR [WORK_DIR]]
# Environment: PYTHON (default .venv/bin/python), EDITOR_APP_UNTRIMMED=1 to keep every Qt plugin and translation.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
python=${PYTHON:-$root/.venv/bin/python}
dist=${1:-$root/dist}
work=${2:-$root/build/pyinstaller}
if ! "$python" -c "import PyInstaller" 2>/dev/null; then
  "$python" -m pip install -q "pyinstaller>=6.10"
fi
cd "$root"
PYTHONPATH="$root${PYTHONPATH:+:$PYTHONPATH}" "$python" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$dist" --workpath "$work" packaging/pyinstaller/editor-app.spec
du -sh "$dist/editor-app"
