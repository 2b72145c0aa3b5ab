#!/usr/bin/env bash
# Create .venv beside the repository and install the app into it. Usage: scripts/setup-venv.sh [EXTRAS]
# One progress line per step on stderr; pip's own output goes to .venv/setup.log, whose end is shown on failure.
set -euo pipefail
cd "$(dirname "$0")/.."
extras="${1:-}"
python=${PYTHON:-python3}
step() { echo "setup: $*" >&2; }

if [ ! -x .venv/bin/python ]; then
  step "creating the Python environment .venv"
  if ! "$python" -m venv .venv; then
    echo "setup: '$python -m venv' failed; on Debian or Ubuntu install python3-venv (scripts/setup-system.sh does)" >&2
    exit 1
  fi
fi
stamp=".venv/.installed${extras:+-$extras}"
log=".venv/setup.log"
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  : >"$log"
  pip_step() {
    step "$1"
    shift
    if ! .venv/bin/python -m pip --disable-pip-version-check "$@" >>"$log" 2>&1; then
      echo "setup: pip failed; the end of $log:" >&2
      tail -n 25 "$log" >&2
      exit 1
    fi
  }
  pip_step "updating pip" install --upgrade pip
  pip_step "installing Editorial Workstation${extras:+ with [$extras]} and its Python packages (a few minutes the first time; log: $log)" \
    install -e ".${extras:+[$extras]}"
  touch "$stamp"
  step "Python packages ready"
fi
