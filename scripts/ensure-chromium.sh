#!/usr/bin/env bash
# Installs Debian's Chromium for the browser tests, once. Idempotent: exits at once when
# /usr/bin/chromium is already there. Needs root (or sudo) and Debian's package registry.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "ensure-chromium: /usr/bin/chromium is missing and we are not root; install it with: apt-get install -y chromium" >&2
    exit 1
  fi
fi
echo "ensure-chromium: installing Debian's chromium (about a minute)…" >&2
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
/usr/bin/chromium --version >&2
