"""The CUDA paths of chapters 00 and 02 on a real GPU: GPUMemoryMonitor's numbers, and TrinityTrainer on the
`hf` backend (bitsandbytes nf4 + double quantisation, DoRA + rsLoRA, paged 8-bit AdamW, bf16) with a tiny
random Gemma-3, a loss that must fall, a checkpoint and a resume. Writes gpu_smoke.json to --out.

    python bench/trinity/gpu_smoke.py --out $OUT
"""
import argparse
import json
import time
from dataclasses import replace
from pathlib import Path

import torch

from ghost_architect.memory import GPUMemoryMonitor
from ghost_architect.fixtures import tiny_gemma3, train_tokenizer
from ghost_architect.trinity import LoraSettings, TrinityTrainer, load_config, to_prompt_completion

ap = argparse.ArgumentParser(); ap.add_argument("--out", default="."); args = ap.parse_args()
out = Path(args.out); res = {"gpu": torch.cuda.get_device_name(0), "torch": torch.__version__}
import transformers, peft, trl, bitsandbytes
res["versions"] = {m.__name__: m.__version__ for m in (transformers, peft, trl, bitsandbytes)}

with GPUMemoryMonitor() as mon:
    x = torch.empty(2**28, dtype=torch.uint8, device="cuda")
res["monitor"] = mon.records[-1]
assert mon.active and mon.records[-1]["peak_allocated_gib"] >= 0.25
del x

root = Path(__file__).resolve().parents[2]
records = json.loads((root / "examples/data_sample/dataset.json").read_text())
tok = train_tokenizer([p["prompt"] + p["completion"] for p in to_prompt_completion(records)])
work = Path("/tmp/gpu_smoke"); work.mkdir(exist_ok=True)
mdir = tiny_gemma3(work / "tiny", vocab_size=len(tok))
one = [min(records, key=lambda r: len(r["input"]) + len(r["output"]))] * 64
(work / "one.json").write_text(json.dumps(one))
cfg = load_config(model=str(mdir), quantization="nf4-dq", backend="hf", max_seq_length=512, optimizer="paged_adamw_8bit",
                  lora=LoraSettings(r=16), train_file=str(work / "one.json"), eval_file=None, max_steps=40, batch_size=2,
                  grad_accum=1, learning_rate=2e-2, lr_scheduler="constant", warmup_ratio=0.0, save_steps=20,
                  output_dir=str(work / "run"))
t0 = time.time()
tt = TrinityTrainer(cfg, tokenizer=tok); tt.train()
losses = [r["loss"] for r in tt.metrics.rows if r.get("loss") is not None]
lin4 = sum(type(m).__name__ == "Linear4bit" for m in tt.model.modules())
res["train"] = {"backend": tt.backend, "linear4bit_layers": lin4, "first_loss": losses[0], "last_loss": losses[-1],
                "steps": tt.trainer.state.global_step, "seconds": round(time.time() - t0, 1),
                "peak_allocated_gib": tt.monitor.peak_gib, "dtype": str(next(p for p in tt.model.parameters() if p.requires_grad).dtype)}
assert tt.backend == "hf" and lin4 > 0 and losses[-1] < 0.5 * losses[0], res["train"]
# resume: 40 more steps from the checkpoint at 40
tt2 = TrinityTrainer(replace(cfg, max_steps=60), tokenizer=tok); tt2.train()
res["resume"] = {"steps": tt2.trainer.state.global_step}
assert tt2.trainer.state.global_step == 60
(out / "gpu_smoke.json").write_text(json.dumps(res, indent=2))
print(json.dumps(res, indent=2))
