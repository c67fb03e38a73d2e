#!/usr/bin/env bash
# Installs Debian's LibreOffice Writer (without the GUI) for the ODT interoperability tests, which
# check that LibreOffice opens our exports (soffice --headless --convert-to pdf/txt), once.
# Idempotent: exits at once when soffice is already there. Needs root (or sudo) and Debian's
# package registry; a minute or two.
set -euo pipefail
if command -v soffice >/dev/null 2>&1; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "ensure-libreoffice: soffice is missing and we are not root; install it with: apt-get install -y --no-install-recommends libreoffice-writer-nogui" >&2
    exit 1
  fi
fi
echo "ensure-libreoffice: installing Debian's libreoffice-writer-nogui (a minute or two)…" >&2
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends libreoffice-writer-nogui >/dev/null
soffice --version >&2
