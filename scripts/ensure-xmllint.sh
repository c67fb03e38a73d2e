#!/usr/bin/env bash
# Installs Debian's xmllint (libxml2-utils) and gettext (msgfmt) for the interoperability tests
# (XLIFF exports validated against the OASIS schemas, PO exports checked by msgfmt), once.
# Idempotent: exits at once when both are there. Needs root (or sudo) and Debian's package registry.
set -euo pipefail
if command -v xmllint >/dev/null 2>&1 && command -v msgfmt >/dev/null 2>&1; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "ensure-xmllint: xmllint or msgfmt is missing and we are not root; install them with: apt-get install -y libxml2-utils gettext" >&2
    exit 1
  fi
fi
echo "ensure-xmllint: installing Debian's libxml2-utils and gettext…" >&2
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends libxml2-utils gettext >/dev/null
xmllint --version 2>&1 | head -1 >&2
