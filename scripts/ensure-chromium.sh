#!/usr/bin/env bash
# Installs Debian's Chromium for the browser tests when it is missing (Playwright cannot download one here).
set -euo pipefail
if [ -n "${CHROMIUM_PATH:-}" ] || [ -x /usr/lib/chromium/chromium ] || command -v chromium >/dev/null 2>&1; then
  exit 0
fi
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
echo "Installing Chromium from Debian for the browser tests..."
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq chromium
