#!/usr/bin/env bash
# Renders images/icon.svg to images/icon.png (128×128) with headless Chromium,
# so the icon is regenerated from its source rather than drawn by hand.
set -euo pipefail
cd "$(dirname "$0")/../.."
tmp=$(mktemp -d)
printf '<html><body style="margin:0;background:transparent">%s</body></html>' "$(cat images/icon.svg)" > "$tmp/icon.html"
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --default-background-color=00000000 \
  --window-size=128,128 --screenshot="$tmp/icon.png" "file://$tmp/icon.html" >/dev/null 2>&1
cp "$tmp/icon.png" images/icon.png
rm -rf "$tmp"
echo "images/icon.png: $(stat -c %s images/icon.png) bytes"
