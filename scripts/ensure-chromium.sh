#!/usr/bin/env bash
# Installs Debian's Chromium for the browser tests when it is missing (Playwright cannot download one here):
# `chromium`, the full browser (the size budget, Lighthouse and perf measure in it), and
# `chromium-headless-shell`, the same engine without the browser around it, which Playwright runs the
# browser tests in (as Playwright's own headless default does) for about a sixth less of their time.
set -euo pipefail
if [ -n "${CHROMIUM_PATH:-}" ]; then
  exit 0
fi
missing=()
[ -x /usr/lib/chromium/chromium ] || command -v chromium >/dev/null 2>&1 || missing+=(chromium)
[ -x /usr/lib/chromium/chromium-headless-shell ] || missing+=(chromium-headless-shell)
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
echo "Installing ${missing[*]} from Debian for the browser tests..."
$SUDO apt-get update -qq
if ! $SUDO apt-get install -y -qq "${missing[@]}"; then
  # Without the headless shell the browser tests run in the full browser (playwright.config.ts).
  $SUDO apt-get install -y -qq chromium
fi
