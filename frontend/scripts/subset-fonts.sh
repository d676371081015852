#!/bin/sh
# Makes the Latin subsets of the Fira Sans weights the app uses (src/styles/fonts/, committed): a quarter of the full
# fonts' size, for German and the other Latin-script languages of residents' names. fonts.css names the full fonts as
# the fallback for any other character. Only the layout features text needs are kept (kerning, ligatures, locale forms,
# fractions, and tabular figures, which the stylesheet uses) and no hinting: modern browsers render text without it,
# and both together halve the files again (15 KB a weight). Run after an update of @kern-ux/native; needs Debian's python3-fonttools and
# python3-brotli. The range must match the unicode-range in src/styles/fonts.css.
set -e
cd "$(dirname "$0")/.."
RANGE="U+0000-017F,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+2000-206F,U+2074,U+20AC,U+2122,U+2190-2193,U+2212,U+2215,U+FEFF,U+FFFD"
for weight in Regular Medium SemiBold; do
  /usr/bin/python3 -m fontTools.subset "node_modules/@kern-ux/native/dist/fonts/fira-sans/FiraSans-$weight.woff2" \
    --unicodes="$RANGE" --layout-features+=tnum --no-hinting --flavor=woff2 \
    --output-file="src/styles/fonts/FiraSans-$weight-latin.woff2"
done
