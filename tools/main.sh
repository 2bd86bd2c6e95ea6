#!/usr/bin/env bash
# The main job on its embedded default: read a model's answer (examples/model_answer.md), pull out the DDL,
# validate it in the SQLite sandbox and report. Once the embedded CPU model lands, this becomes
# `ghost-architect infer` on a bundled screenshot.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh
.venv/bin/ghost-architect check-sql --extract --show "${1:-examples/model_answer.md}"
