#!/usr/bin/env bash
# Re-vendor the CSS frameworks used by the synthetic UI renderer (ghost_architect/assets/css) from npm.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack bootstrap@5.3.9 bulma@1.0.4 @picocss/pico@2.1.1 --silent >/dev/null && for f in *.tgz; do mkdir "${f%.tgz}" && tar xzf "$f" -C "${f%.tgz}"; done)
cp "$tmp"/bootstrap-5.3.9/package/dist/css/bootstrap.min.css ghost_architect/assets/css/
cp "$tmp"/bulma-1.0.4/package/css/bulma.min.css ghost_architect/assets/css/
cp "$tmp"/picocss-pico-2.1.1/package/css/pico.min.css ghost_architect/assets/css/
