#!/usr/bin/env bash
# Install the Debian packages the local WordPress harness needs (packaging/wordpress/provision.py).
# Idempotent: installs only what is missing and runs apt-get update only then. Run as root or with sudo.
# WordPress pulls apache2 + mod_php as dependencies; nothing starts them (provision.py uses php -S).
set -euo pipefail

wanted=(
  wordpress mariadb-server php-cli
  php-mysql  # WordPress's database driver (mysqli)
  php-gd     # image sizes and rotation on upload
  php-xml php-mbstring php-curl php-zip php-intl
)

missing=()
for pkg in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null; then
  echo "install-deps: not a Debian/Ubuntu system; install the equivalents of: ${missing[*]}" >&2
  exit 1
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null; then sudo="sudo"; else
    echo "install-deps: run as root (or install sudo) to install: ${missing[*]}" >&2
    exit 1
  fi
fi
echo "install-deps: installing ${#missing[@]} packages: ${missing[*]}" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
