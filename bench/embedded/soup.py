"""A weighted sum of LoRA adapters of the same base, as one adapter: ΔW = Σ wᵢ·ΔWᵢ, exactly.

Each adapter's update is Bᵢ·Aᵢ·(alphaᵢ/rᵢ). Stacking the A matrices along the rank and the B matrices (each scaled by
wᵢ·alphaᵢ/rᵢ) beside each other gives one adapter of rank Σrᵢ with alpha = rank, whose update is the weighted sum. No
training, no approximation; the result goes through `package_adapter.py` like a trained adapter.

    python bench/embedded/soup.py ghost_architect/models/embedded-270m /tmp/emb15a/adapter --weights 0.5 0.5 --out /tmp/soup
"""
import argparse
import hashlib
import json
from pathlib import Path

import torch
from safetensors.torch import load_file, save_file


def soup(folders: list[Path], weights: list[float]) -> tuple[dict, dict]:
    "The stacked tensors and the adapter config of Σ wᵢ·ΔWᵢ; refuses adapters of other targets or bases."
    cfgs = [json.loads((f / "adapter_config.json").read_text()) for f in folders]
    ws = [load_file(f / "adapter_model.safetensors") for f in folders]
    keys = sorted(ws[0])
    for f, c, w in zip(folders, cfgs, ws):
        if sorted(w) != keys or sorted(c["target_modules"]) != sorted(cfgs[0]["target_modules"]):
            raise SystemExit(f"{f}: not the same LoRA layout as {folders[0]} (targets or tensors differ)")
    out = {}
    for k in keys:
        if ".lora_A." in k: out[k] = torch.cat([w[k].float() for w in ws], 0)
        elif ".lora_B." in k:
            out[k] = torch.cat([w[k].float() * wt * c["lora_alpha"] / c["r"] for w, c, wt in zip(ws, cfgs, weights)], 1)
        else: raise SystemExit(f"{k}: not a LoRA A/B tensor; only plain LoRA adapters can be summed")
    r = sum(c["r"] for c in cfgs)
    cfg = dict(cfgs[0], r=r, lora_alpha=r, rank_pattern={}, alpha_pattern={})
    return out, cfg


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("adapters", nargs="+", help="PEFT LoRA adapter folders (adapter_model.safetensors, adapter_config.json)")
    ap.add_argument("--weights", nargs="+", type=float, required=True)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    if len(a.weights) != len(a.adapters): raise SystemExit("give one weight per adapter")
    folders = [Path(p) for p in a.adapters]
    for f in folders:
        if not (f / "adapter_model.safetensors").is_file(): raise SystemExit(f"{f}: no adapter_model.safetensors there")
    tensors, cfg = soup(folders, a.weights)
    out = Path(a.out); out.mkdir(parents=True, exist_ok=True)
    save_file({k: v.contiguous() for k, v in tensors.items()}, out / "adapter_model.safetensors")
    (out / "adapter_config.json").write_text(json.dumps(cfg, indent=1))
    parts = [{"adapter": str(f), "weight": w,
              "sha256": hashlib.sha256((f / "adapter_model.safetensors").read_bytes()).hexdigest(),
              "recipe": json.loads((f / "recipe.json").read_text()) if (f / "recipe.json").is_file() else None}
             for f, w in zip(folders, a.weights)]
    (out / "recipe.json").write_text(json.dumps({"soup": parts, "r": cfg["r"], "command": "python bench/embedded/soup.py "
        + " ".join(a.adapters) + " --weights " + " ".join(map(str, a.weights)) + f" --out {a.out}"}, indent=1))
    print({"r": cfg["r"], "tensors": len(tensors), "out": str(out)})


if __name__ == "__main__": main()
