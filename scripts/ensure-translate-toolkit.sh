#!/usr/bin/env bash
# Installs Debian's translate-toolkit for the XLIFF interoperability tests (po2xliff, xliff2po),
# once. Idempotent: exits at once when po2xliff is already there. Needs root (or sudo) and
# Debian's package registry; about 30 seconds.
set -euo pipefail
if command -v po2xliff >/dev/null 2>&1 && command -v xliff2po >/dev/null 2>&1; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "ensure-translate-toolkit: po2xliff is missing and we are not root; install it with: apt-get install -y translate-toolkit" >&2
    exit 1
  fi
fi
echo "ensure-translate-toolkit: installing Debian's translate-toolkit (about 30 seconds)…" >&2
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends translate-toolkit >/dev/null
po2xliff --version >&2
