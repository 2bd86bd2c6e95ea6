#!/usr/bin/env bash
# Chapter 02a's techniques on random-weight Gemma-3-12B (device tool, one GPU): uncapped, and under a T4's (14.5 GiB)
# and an A10G's (21.5 GiB) memory. Packages missing from the image travel in .devsite/ and .devwhl/ (liger-kernel).
# Usage: bash bench/memory/run_lean.sh text|vision   → $OUT/h100_12b_lean_<kind>.jsonl
set -uo pipefail
KIND=${1:-text}
mkdir -p /tmp/site
[ -d /tmp/site/trl ] || { tar -xJf .devsite/site.tar.xz -C /tmp/site --strip-components=1 && pip install -q --no-deps --target /tmp/site .devwhl/*.whl 2>&1 | grep -v WARN; }
export PYTHONPATH=/tmp/site:$PWD PYTHONUNBUFFERED=1 TOKENIZERS_PARALLELISM=false
if [ "$KIND" = text ]; then
  timeout 560 python3 bench/memory/calibrate.py --models 12b --kinds text --steps 3 --points 4096:64:1 \
    --techniques plain,chunked,cce,liger,leandora,offload,lean,all --caps 14.5,21.5 --cap-points 4096:64:1 \
    --cap-techniques plain,lean,all,all-chunked --out $OUT/h100_12b_lean_text.jsonl 2>&1 | grep -v -i warn | tail -40
else
  timeout 560 python3 bench/memory/calibrate.py --models 12b --kinds vision --vision-trainable yes --steps 3 --points 4096:64:1 \
    --techniques plain,lean,all --caps 14.5,21.5 --cap-points 4096:64:1,2048:64:1 --cap-techniques plain,lean,all \
    --out $OUT/h100_12b_lean_vision.jsonl 2>&1 | grep -v -i warn | tail -40
fi
