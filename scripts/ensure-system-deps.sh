#!/usr/bin/env bash
# Installs what the tests need from Debian when it is missing: Chromium (driven by playwright-core, no browser
# download), a CJK font so Chinese labels are not drawn as boxes, and xmllint (libxml2-utils), which checks our
# GPX export against the official GPX 1.1 schema in a unit test.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
fc-list :lang=zh 2>/dev/null | grep -q . || need+=(fonts-wqy-microhei)
command -v xmllint >/dev/null 2>&1 || need+=(libxml2-utils)
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}"
fi
