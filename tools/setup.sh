#!/usr/bin/env bash
# Set up a fresh Linux machine (Python 3.10+) for Ghost Architect: a virtual environment in .venv with the
# CPU build of PyTorch and the package with its `dev` extra, at the versions CI tests (tools/constraints.txt).
# Safe to run again: what is already there is kept.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
. .venv/bin/activate
python -m pip install -q --upgrade pip setuptools wheel
if ! python -c "import torch" 2>/dev/null; then
  # CPU PyTorch: from the local wheel cache where the machine has one, else from PyTorch's CPU index
  # (PyPI's default Linux wheel is a multi-GB CUDA build).
  if ls /opt/wheels/torch-2.13.0+cpu-* >/dev/null 2>&1; then pip install -q torch==2.13.0
  else pip install -q torch==2.13.0 --index-url https://download.pytorch.org/whl/cpu; fi
fi
# llama-cpp-python builds llama.cpp from source (a few minutes; pip keeps the wheel in its cache for the next run).
# GGML_NATIVE=OFF: a portable build, not one tuned to (and only runnable on) this CPU.
export CMAKE_ARGS="${CMAKE_ARGS:--DGGML_NATIVE=OFF}"
pip install -q -c tools/constraints.txt -e ".[dev]"
echo "set-up done: $(python -c 'import ghost_architect, torch; print("ghost_architect", ghost_architect.__version__, "· torch", torch.__version__)')"
