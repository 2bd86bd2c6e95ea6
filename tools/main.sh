#!/usr/bin/env bash
# The main job: screenshot → SQL schema on the CPU. A real OCR engine reads the bundled screenshot, the rules backend
# turns its layout into DDL, the SQLite sandbox validates it; prints the schema and writes outputs/infer/*.sql and an
# ER diagram. (The embedded model backend replaces the rules once its adapter is trained: see chapter 06.)
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh
.venv/bin/ghost-architect infer "${1:-examples/screenshot.png}" --backend "${BACKEND:-rules}"
