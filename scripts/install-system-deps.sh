#!/usr/bin/env bash
# System packages the tests need: LibreOffice Calc (re-save and PDF), xmllint (OOXML schemas),
# openpyxl (fixtures from another writer), pdftotext, fonts that carry Vietnamese (Liberation
# Serif has Times New Roman's metrics), Chromium (browser tests). Installs only what is missing;
# safe to run again. Runs as root, or through sudo when there is one.
set -euo pipefail

# package -> a file it installs, to tell whether it is there without asking dpkg about each name
declare -A PROBE=(
  [libreoffice-calc-nogui]=/usr/bin/soffice
  [libxml2-utils]=/usr/bin/xmllint
  [python3-openpyxl]=/usr/lib/python3/dist-packages/openpyxl
  [poppler-utils]=/usr/bin/pdftotext
  [fonts-liberation]=/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf
  [fonts-dejavu-core]=/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
  [fonts-crosextra-carlito]=/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf
  [chromium]=/usr/bin/chromium
)
ORDER=(libreoffice-calc-nogui libxml2-utils python3-openpyxl poppler-utils fonts-liberation fonts-dejavu-core fonts-crosextra-carlito chromium)

missing=()
for pkg in "${ORDER[@]}"; do
  if [ -e "${PROBE[$pkg]}" ]; then
    echo "install-system-deps: $pkg present (${PROBE[$pkg]})"
  else
    missing+=("$pkg")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-system-deps: nothing to install"
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  SUDO=()
elif command -v sudo >/dev/null 2>&1; then
  SUDO=(sudo)
else
  echo "install-system-deps: missing ${missing[*]}, and not root without sudo" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
echo "install-system-deps: apt-get update"
"${SUDO[@]}" apt-get update -qq
echo "install-system-deps: apt-get install ${missing[*]}"
"${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"

for pkg in "${missing[@]}"; do
  if [ ! -e "${PROBE[$pkg]}" ]; then
    echo "install-system-deps: $pkg installed but ${PROBE[$pkg]} is still missing" >&2
    exit 1
  fi
done
if command -v fc-cache >/dev/null 2>&1; then fc-cache -f >/dev/null; fi
echo "install-system-deps: done"
