#!/usr/bin/env bash
# Install the Debian packages the local WordPress harness needs (tools/wordpress-dev/provision.py).
# Idempotent: installs only what is missing and runs apt-get update only then. Run as root or with sudo.
# WordPress pulls apache2 + mod_php as dependencies; nothing starts them (provision.py uses php -S).
set -euo pipefail

wanted=(
  wordpress mariadb-server php-cli
  php-mysql  # WordPress's database driver (mysqli)
  php-gd     # image sizes and rotation on upload
  php-xml php-mbstring php-curl php-zip php-intl
  wordpress-theme-twentytwentyone  # public pages need a theme (provision.py links and activates it)
)

exec "$(dirname "$0")/../../scripts/apt-install-missing.sh" install-deps "${wanted[@]}"
