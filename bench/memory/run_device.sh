#!/usr/bin/env bash
# Run the memory calibration on the GPU machine (device tool). bitsandbytes is not in that image: its wheel
# travels in .whl/ (see the device README). Arguments go to calibrate.py. Results land in $OUT.
set -euo pipefail
python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target /tmp/site .whl/*.whl
export PYTHONPATH=/tmp/site:$PWD PYTHONUNBUFFERED=1 TOKENIZERS_PARALLELISM=false
python3 -c "import torch, transformers, peft, bitsandbytes as b; print('torch', torch.__version__, 'transformers', transformers.__version__, 'peft', peft.__version__, 'bnb', b.__version__, torch.cuda.get_device_name(0))"
nvidia-smi --query-gpu=name,memory.total,memory.used,driver_version --format=csv
python3 bench/memory/calibrate.py "$@"
