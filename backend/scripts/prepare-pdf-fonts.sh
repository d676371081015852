#!/bin/sh
# Prepares the DejaVu Sans fonts the concept's PDF embeds (src/main/resources/fonts/, committed): removes their glyph
# substitution table (GSUB). PDFBox applies a font's substitutions to every string it draws, which took a quarter of the
# processor time of a large concept's PDF; for the Latin script they only made ligatures of ff, fi, fl, ffi and ffl,
# which the text layer then has to map back to letters. Every glyph stays. The Bitstream Vera licence allows the
# change (the fonts' names do not contain "Bitstream" or "Vera"). Run after replacing the fonts with a new DejaVu
# release; needs Debian's python3-fonttools. Running it again changes nothing.
set -e
cd "$(dirname "$0")/../src/main/resources/fonts"
for font in DejaVuSans.ttf DejaVuSans-Bold.ttf DejaVuSans-Oblique.ttf; do
  /usr/bin/python3 - "$font" <<'PY'
import sys
from fontTools.ttLib import TTFont
font = TTFont(sys.argv[1])
if "GSUB" in font:
    del font["GSUB"]
    font.save(sys.argv[1])
PY
done
