#!/usr/bin/env bash
# The test command of the README, and all of CI (.ci/run runs exactly this), from a clean clone:
#   set-up → notebooks and package in sync → nbdev_test → docs site build → every page checked in Chromium.
# Ends with one line `N passed, N failed` counting notebooks, pages and checks.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)

# Debian packages: Chromium for the docs check; a C++ toolchain and CMake to build llama-cpp-python (chapter 05)
need=""
command -v chromium >/dev/null || need="$need chromium fonts-dejavu-core"
command -v cmake >/dev/null || need="$need cmake"
command -v g++ >/dev/null || need="$need g++ make"
if [ -n "$need" ]; then
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $need >/dev/null
fi
bash tools/setup.sh
. .venv/bin/activate
export MPLBACKEND=Agg PYTHONWARNINGS=ignore::DeprecationWarning NO_MKDOCS_2_WARNING=1

passed=0; failed=0; failures=()
ok()   { passed=$((passed + 1)); echo "  ok: $1"; }
fail() { failed=$((failed + 1)); failures+=("$1"); echo "  FAILED: $1"; }

echo "== 1. notebooks and package in sync (nbdev_export, nbdev_clean)"
nbdev_export && nbdev_clean
if [ -z "$(git status --porcelain -- nbs ghost_architect)" ]; then ok "sync"
else fail "sync: notebooks, package or cleaning differ from the commit"; git status --short -- nbs ghost_architect; git diff --stat -- nbs ghost_architect | tail -5; fi

echo "== 2. nbdev_test (cells flagged with tst_flags:$(grep ^tst_flags settings.ini | cut -d= -f2) are skipped on CPU)"
nbs=$(ls nbs/*.ipynb | wc -l)
log=$(mktemp)
if nbdev_test --n_workers 2 2>&1 | tee "$log"; then passed=$((passed + nbs)); echo "  ok: $nbs notebooks"
else
  bad=$(sed -n '/Tests Failed On The Following Notebooks/,$p' "$log" | grep -c '\.ipynb' || true)
  [ "$bad" -gt 0 ] || bad=$nbs
  passed=$((passed + nbs - bad)); failed=$((failed + bad)); failures+=("nbdev_test: $bad notebook(s)")
fi
if [ -d tests ]; then
  echo "== 2b. pytest"
  if python -m pytest -q tests; then ok "pytest"; else fail "pytest"; fi
fi

echo "== 3. docs site (nbdev processing → mkdocs-material + mkdocs-jupyter) and README"
dlog=$(mktemp)
if python tools/build_docs.py >"$dlog" 2>&1; then ok "docs build"; grep -E "WARNING|ERROR" "$dlog" || true
else fail "docs build"; tail -40 "$dlog"; fi
if [ -z "$(git status --porcelain -- README.md index_files)" ]; then ok "README.md matches nbs/index.ipynb"
else fail "README.md is stale: run python tools/build_docs.py and commit it"; fi

echo "== 4. every page in headless Chromium from 127.0.0.1"
out=$(python tools/check_site.py site 2>&1) || true
echo "$out"
pp=$(echo "$out" | sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed$/\1/p'); pf=$(echo "$out" | sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed$/\2/p')
if [ -n "$pp" ]; then passed=$((passed + pp)); failed=$((failed + pf)); [ "$pf" = 0 ] || failures+=("docs pages: $pf")
else fail "site check did not run"; fi

echo "== done in $(( $(date +%s) - start )) s"
for f in "${failures[@]+"${failures[@]}"}"; do echo "  failed: $f"; done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
