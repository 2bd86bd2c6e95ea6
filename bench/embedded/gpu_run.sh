#!/bin/bash
# Runs 2 and 3 of the embedded model on the device tool's GPU machine (the GGUF travels in parts, see bench/train_speed/README.md).
# Run 3 = run 2 + a tokenizer saved by transformers 5.24 (.tok/tok.tar.xz; the image's 5.17 misreads the GGUF's).
# Writes into $OUT: nan_probe.json (PROBE=1), train.log, metrics.csv, recipe.json, adapter_model.safetensors, adapter_config.json.
set -uo pipefail
mkdir -p /tmp/g /tmp/site
for d in .g1 .g2 .g3 .g4 .g5; do [ -d $d ] && cp $d/part* /tmp/g/; done
G=/tmp/g/gemma-3-270m-q4_k_m.gguf
[ -f $G ] || cat /tmp/g/part0 /tmp/g/part1 /tmp/g/part2 /tmp/g/part3 /tmp/g/part4 > $G
echo "a5fd3b62230aa5ec60212297dc9d20eaa70578ac519e00d93a17e44c087a6818  $G" | sha256sum -c - || exit 3
[ -d /tmp/site/trl ] || { tar -xJf .devsite/site.tar.xz -C /tmp/site --strip-components=1 && pip install -q --no-deps --target /tmp/site .devwhl/*.whl; }
export PYTHONPATH=/tmp/site:$PWD HF_HUB_OFFLINE=1 PYTHONUNBUFFERED=1
TOK=; [ -f .tok/tok.tar.xz ] && tar -xJf .tok/tok.tar.xz -C /tmp && TOK="--tokenizer /tmp/tok270m"
nvidia-smi --query-gpu=name,memory.total --format=csv,noheader
[ "${PROBE:-0}" = 1 ] && timeout 150 python bench/embedded/nan_probe.py --records bench/embedded/records.json.gz --gguf $G --out $OUT/nan_probe.json 2>&1 | grep -v -i warn | tail -6
timeout 400 python bench/embedded/train_270m.py --records bench/embedded/records.json.gz --gguf $G --steps 300 --batch 16 --out /tmp/emb $TOK > $OUT/train.log 2>&1
echo "train rc=$?"; grep -E "^(after|saved)|Error|error" $OUT/train.log | tail -5
cp /tmp/emb/run/metrics.csv /tmp/emb/recipe.json $OUT/ 2>/dev/null
A=/tmp/emb/adapter; [ -f $A/adapter_model.safetensors ] || A=$(ls -d /tmp/emb/run/checkpoint-* 2>/dev/null | sort -t- -k2 -n | tail -1)
echo "adapter from $A"; cp $A/adapter_model.safetensors $A/adapter_config.json $OUT/ 2>/dev/null
ls -la $OUT
