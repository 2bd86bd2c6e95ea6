#!/usr/bin/env bash
# Vendor the assets of generator v2 (ghost_architect/pages.py) from npm into ghost_architect/assets/css/.
# Re-run after changing Tailwind classes in nbs/01b_pages.ipynb: tailwind.min.css is compiled from the classes that
# ghost_architect/pages.py spells out (Tailwind's content scan), so it holds only what the generator uses.
set -euo pipefail
cd "$(dirname "$0")/../.."
dst=ghost_architect/assets/css
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack beercss@3.13.1 bootstrap-icons@1.13.2 @fontsource/inter@5.3.0 @fontsource/roboto@5.3.0 --silent >/dev/null \
  && for f in *.tgz; do mkdir "${f%.tgz}" && tar xzf "$f" -C "${f%.tgz}"; done)
cp "$tmp"/beercss-3.13.1/package/dist/cdn/beer.min.css "$dst"/beer.min.css                        # MIT
cp "$tmp"/beercss-3.13.1/package/dist/cdn/material-symbols-outlined.woff2 "$dst"/                 # Apache-2.0 (Google)
cp "$tmp"/bootstrap-icons-1.13.2/package/font/bootstrap-icons.min.css "$dst"/                     # MIT
cp "$tmp"/bootstrap-icons-1.13.2/package/font/fonts/bootstrap-icons.woff2 "$dst"/                 # MIT
for w in 400 600; do cp "$tmp"/fontsource-inter-5.3.0/package/files/inter-latin-$w-normal.woff2 "$dst"/; done    # OFL-1.1
for w in 400 500; do cp "$tmp"/fontsource-roboto-5.3.0/package/files/roboto-latin-$w-normal.woff2 "$dst"/; done  # OFL-1.1
# Tailwind v3: compile the classes the generator uses (no preflight changes; the default theme)
(cd "$tmp" && npm init -y >/dev/null && npm install --silent --no-audit --no-fund tailwindcss@3.4.19 >/dev/null)
cat > "$tmp"/tw.config.js <<JS
module.exports = { content: ["$PWD/ghost_architect/pages.py"], darkMode: "class", theme: { extend: {} } };
JS
printf '@tailwind base;\n@tailwind components;\n@tailwind utilities;\n' > "$tmp"/in.css
"$tmp"/node_modules/.bin/tailwindcss -c "$tmp"/tw.config.js -i "$tmp"/in.css -o "$dst"/tailwind.min.css --minify 2>/dev/null
printf '/*! tailwindcss v3.4.19 | MIT License | https://tailwindcss.com */\n' | cat - "$dst"/tailwind.min.css > "$tmp"/tw.css && mv "$tmp"/tw.css "$dst"/tailwind.min.css
ls -la "$dst"
