#!/usr/bin/env bash
# Install the Debian packages the test suite uses, only those missing. Needs root (or sudo).
set -euo pipefail

declare -A wanted=(
  [chromium]=/usr/bin/chromium           # browser tests (Playwright drives the distribution's Chromium)
  [fonts-liberation2]=/usr/share/fonts/truetype/liberation2
  [fonts-noto-core]=/usr/share/fonts/truetype/noto
  [poppler-utils]=/usr/bin/pdftotext     # PDF benchmarks and checks
  [libreoffice-writer-nogui]=/usr/bin/libreoffice  # DOCX -> PDF
  [tesseract-ocr]=/usr/bin/tesseract     # OCR of scanned PDFs
  [tesseract-ocr-vie]=/usr/share/tesseract-ocr/5/tessdata/vie.traineddata
  [gettext]=/usr/bin/msgfmt              # translation catalogue checks
)
missing=()
for pkg in "${!wanted[@]}"; do
  [ -e "${wanted[$pkg]}" ] || dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "system packages: all present"
  exit 0
fi
echo "system packages: installing ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
