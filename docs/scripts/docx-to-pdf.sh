#!/bin/sh
# Converts Word documents written by cchc to PDF with LibreOffice, and the first page of each to a PNG, to look at
# a document without Word. Needs LibreOffice Writer and poppler-utils (Debian, Ubuntu:
# apt-get install -y libreoffice-writer poppler-utils). Not run by the build.
#
#   docs/scripts/docx-to-pdf.sh OUT_DIR FILE.docx...
set -eu
if [ "$#" -lt 2 ]; then
  echo "usage: $0 OUT_DIR FILE.docx..." >&2
  exit 2
fi
out=$1
shift
mkdir -p "$out"
soffice --headless --convert-to pdf --outdir "$out" "$@"
for docx in "$@"; do
  stem=$(basename "$docx" .docx)
  pdftoppm -png -r 80 -f 1 -l 1 -singlefile "$out/$stem.pdf" "$out/$stem-page-1"
  echo "$out/$stem.pdf"
done
