"""Measure the GPU memory of real Trinity training steps, to calibrate ghost_architect.memory.

For each model (random weights from the published Gemma-3 configs shipped in ghost_architect/configs: the
memory of random weights equals that of real ones) this script saves a bf16 checkpoint, loads it back the
way our trainers do (transformers + bitsandbytes nf4 with double quantisation, bf16 compute), enables
gradient checkpointing, and for each configuration point attaches a PEFT adapter (rsLoRA, alpha 32,
dropout 0.1 on q/k/v/o/gate/up/down; DoRA on or off), runs a few training steps (forward, backward, paged
8-bit AdamW) and records peak allocated and reserved memory. Each point is one JSON line.

    python bench/memory/calibrate.py --models 1b,4b,12b --kinds text,vision --out bench/memory/h100.jsonl
    python bench/memory/calibrate.py --dry   # tiny configs on the CPU, no bitsandbytes: checks the script

Run on the GPU machine with `bench/memory/run_device.sh`; results are committed under bench/memory/.
"""
from __future__ import annotations

import argparse
import gc
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

import torch

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from ghost_architect.memory import DESIGN_LADDER, TARGETS, load_model_config  # noqa: E402

# (ctx, r, dora, gradient checkpointing): the design's ladder, then single-factor variants that show what each
# step saves, and two points without gradient checkpointing
LADDER_POINTS = [(p.ctx, p.r, p.dora, True) for p in DESIGN_LADDER]
POINTS = LADDER_POINTS + [(4096, 64, False, True), (4096, 32, True, True), (4096, 16, False, True), (1024, 64, True, True),
                          (2048, 16, False, False), (1024, 64, True, False)]


def gib(n: float) -> float: return round(n / 2**30, 4)


def build_checkpoint(name: str, kind: str, tmp: Path, device: str, tiny: bool) -> tuple[Path, dict]:
    "Save a random-weight bf16 checkpoint of `name` (text: the language model only) and return its folder."
    from transformers import AutoConfig, Gemma3ForCausalLM, Gemma3ForConditionalGeneration
    d = load_model_config(name)
    if tiny:  # a few layers and a small vocabulary, same structure
        t = d.get("text_config", d)
        t.update(num_hidden_layers=2, hidden_size=64, intermediate_size=128, num_attention_heads=2,
                 num_key_value_heads=1, head_dim=32, vocab_size=1024 if kind == "text" else 262208)
        if "vision_config" in d: d["vision_config"].update(num_hidden_layers=1, hidden_size=32, intermediate_size=64,
                                                           num_attention_heads=2, image_size=224, patch_size=14)
        if "mm_tokens_per_image" in d: d["mm_tokens_per_image"] = 16
    if kind == "text" and "text_config" in d:  # train the language model alone, as phase 1 does
        d = {**d["text_config"], "architectures": ["Gemma3ForCausalLM"]}
    cfg = AutoConfig.for_model(**d)
    cls = Gemma3ForConditionalGeneration if kind == "vision" else Gemma3ForCausalLM
    torch.manual_seed(0)
    prev = torch.get_default_dtype()
    torch.set_default_dtype(torch.bfloat16)
    try:
        with torch.device(device): model = cls(cfg)
    finally: torch.set_default_dtype(prev)
    out = tmp / f"{name}-{kind}"
    model.save_pretrained(out, safe_serialization=True)
    n_params = sum(p.numel() for p in model.parameters())
    del model; gc.collect()
    if device == "cuda": torch.cuda.empty_cache()
    return out, {"params": n_params}


def load_quantized(path: Path, kind: str, device: str):
    "Load the checkpoint as our trainers do: nf4 + double quantisation, bf16 compute (plain bf16 on CPU)."
    from transformers import BitsAndBytesConfig, Gemma3ForCausalLM, Gemma3ForConditionalGeneration
    cls = Gemma3ForConditionalGeneration if kind == "vision" else Gemma3ForCausalLM
    kw = dict(dtype=torch.bfloat16, attn_implementation="sdpa")
    if device == "cuda":
        kw.update(device_map={"": 0}, quantization_config=BitsAndBytesConfig(
            load_in_4bit=True, bnb_4bit_quant_type="nf4", bnb_4bit_use_double_quant=True,
            bnb_4bit_compute_dtype=torch.bfloat16))
    model = cls.from_pretrained(path, **kw)
    model.config.use_cache = False
    model.enable_input_require_grads()
    return model


def batch(model, kind: str, ctx: int, device: str) -> dict:
    "One random training example of `ctx` tokens (for vision: one 896px image, its tokens inside the context)."
    cfg = model.config
    vocab = (cfg.text_config if kind == "vision" else cfg).vocab_size
    ids = torch.randint(10, min(vocab, 255999) - 1, (1, ctx), device=device)
    out = {"input_ids": ids, "labels": ids.clone(), "attention_mask": torch.ones_like(ids)}
    if kind == "vision":
        n, start = cfg.mm_tokens_per_image, 8
        ids[0, start - 1], ids[0, start + n] = cfg.boi_token_index, cfg.eoi_token_index
        ids[0, start:start + n] = cfg.image_token_index
        out["labels"] = torch.where(ids == cfg.image_token_index, -100, ids)
        out["token_type_ids"] = (ids == cfg.image_token_index).long()
        size = cfg.vision_config.image_size
        out["pixel_values"] = torch.randn(1, 3, size, size, device=device, dtype=torch.bfloat16)
    return out


def targets(kind: str, vision_trainable: bool) -> str:
    "PEFT target_modules regex: the language model's projections, and the vision tower's when it trains."
    lm = r".*language_model.*\.(" if kind == "vision" else r".*\.("
    lm += "|".join(TARGETS) + r")$"
    return lm if not vision_trainable else rf"({lm})|(.*vision_tower.*\.(q_proj|k_proj|v_proj|out_proj|fc1|fc2)$)"


# the switches of chapter 02a (ghost_architect.lean): loss implementation, lean DoRA, offloaded checkpoints
TECHNIQUES = {"plain": ("plain", False, False), "chunked": ("chunked", False, False), "cce": ("cce", False, False),
              "liger": ("liger", False, False), "leandora": ("plain", True, False), "offload": ("plain", False, True),
              "lean": ("cce", True, False), "all": ("cce", True, True), "all-chunked": ("chunked", True, True)}


def measure(model, kind: str, ctx: int, r: int, dora: bool, grad_ckpt: bool, vision_trainable: bool, steps: int,
            device: str, technique: str = "plain") -> dict:
    from peft import LoraConfig, get_peft_model
    from ghost_architect.lean import lean_loss, lean_setup
    loss_impl, lean_dora, offload = TECHNIQUES[technique]
    rec = {"ctx": ctx, "r": r, "dora": dora, "grad_ckpt": grad_ckpt, "vision_trainable": vision_trainable,
           "technique": technique, "loss_impl": loss_impl, "lean_dora": lean_dora, "offload": offload}
    if grad_ckpt: model.gradient_checkpointing_enable(gradient_checkpointing_kwargs={"use_reentrant": False})
    else: model.gradient_checkpointing_disable()
    cuda = device == "cuda"
    if cuda:
        gc.collect(); torch.cuda.empty_cache(); torch.cuda.reset_peak_memory_stats()
        rec["base_allocated_gib"] = gib(torch.cuda.memory_allocated())
    peft_model = opt = None
    try:
        cfg = LoraConfig(r=r, lora_alpha=32, lora_dropout=0.1, use_dora=dora, use_rslora=True, bias="none",
                         target_modules=targets(kind, vision_trainable), task_type="CAUSAL_LM")
        peft_model = get_peft_model(model, cfg)
        peft_model.train()  # training mode: checkpointing and dropout are active only then
        rec.update(lean_setup(peft_model, lean_dora and dora, offload and grad_ckpt))
        trainable = [p for p in peft_model.parameters() if p.requires_grad]
        rec["trainable_params"] = sum(p.numel() for p in trainable)
        rec["trainable_dtype"] = str(trainable[0].dtype)
        if cuda:
            import bitsandbytes as bnb
            opt = bnb.optim.PagedAdamW8bit(trainable, lr=1e-4)
            rec["with_adapter_allocated_gib"] = gib(torch.cuda.memory_allocated())
        else: opt = torch.optim.AdamW(trainable, lr=1e-4)
        times, losses = [], []
        for _ in range(steps):
            b = batch(model, kind, ctx, device)
            if cuda: torch.cuda.synchronize()
            t0 = time.perf_counter()
            with torch.autocast(device_type=device, dtype=torch.bfloat16):
                loss = peft_model(**b).loss if loss_impl == "plain" else lean_loss(peft_model, b, loss_impl)
            loss.backward()
            opt.step(); opt.zero_grad(set_to_none=True)
            if cuda: torch.cuda.synchronize()
            times.append(time.perf_counter() - t0); losses.append(float(loss.detach()))
        rec.update(step_s=[round(t, 3) for t in times], loss=[round(x, 3) for x in losses],
                   tokens_per_s=round(ctx / min(times), 1), oom=False)
    except Exception as e:  # an OOM is a result; any other failure is recorded and the next point runs
        rec.update(oom=isinstance(e, torch.OutOfMemoryError), error=f"{type(e).__name__}: {str(e).splitlines()[0][:200] if str(e) else ''}")
    finally:
        if cuda:
            rec["peak_allocated_gib"] = gib(torch.cuda.max_memory_allocated())
            rec["peak_reserved_gib"] = gib(torch.cuda.max_memory_reserved())
        del opt
        if peft_model is not None: model = peft_model.unload()  # back to the bare base model
        del peft_model
        gc.collect()
        if cuda: torch.cuda.empty_cache()
    return rec


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--models", default="1b,4b,12b")
    ap.add_argument("--kinds", default="text,vision")
    ap.add_argument("--points", default="all", help="'all', or e.g. 4096:64:1,2048:32:0 (ctx:r:dora)")
    ap.add_argument("--vision-trainable", default="both", choices=["both", "yes", "no"])
    ap.add_argument("--caps", default="", help="after the uncapped points, rerun the ladder with PyTorch capped at "
                    "these GiB (e.g. 14.5,21.5 to emulate a T4 and an A10G)")
    ap.add_argument("--cap-points", default="ladder", help="points for the capped runs: ladder, all, or a list")
    ap.add_argument("--steps", type=int, default=3)
    ap.add_argument("--out", default="calibration.jsonl")
    ap.add_argument("--dry", action="store_true", help="tiny configs on the CPU, to check the script")
    ap.add_argument("--techniques", default="plain", help=f"comma-separated, from {', '.join(TECHNIQUES)}")
    ap.add_argument("--cap-techniques", default=None, help="techniques for the capped runs (default: --techniques)")
    args = ap.parse_args()
    device = "cpu" if args.dry else "cuda"
    def parse(spec):  # "all", "ladder", "none" and ctx:r:dora[:gc] items, comma-separated
        named = {"all": POINTS, "ladder": LADDER_POINTS, "none": []}
        return [pt for item in spec.split(",") for pt in named.get(item) or
                [tuple(int(x) for x in item.split(":")) + (1,) * (4 - len(item.split(":")))]]
    points, cap_points = parse(args.points), parse(args.cap_points)
    caps = [float(c) for c in args.caps.split(",") if c]
    if args.dry: points = [(64, r, bool(d), g) for _, r, d, g in points[:3]] + [(64, 16, False, False)]
    env = {"torch": torch.__version__}
    for mod in ("transformers", "peft", "bitsandbytes", "cut_cross_entropy", "liger_kernel"):
        try: env[mod] = __import__(mod).__version__
        except Exception: env[mod] = getattr(sys.modules.get(mod), "__version__", None)
    if device == "cuda":
        env["gpu"] = torch.cuda.get_device_name(0)
        env["gpu_total_gib"] = gib(torch.cuda.mem_get_info()[1])
    print(json.dumps(env), flush=True)
    tmp = Path(tempfile.mkdtemp(prefix="ga-mem-"))
    out = open(args.out, "a")
    try:
        for name in args.models.split(","):
            for kind in args.kinds.split(","):
                full = f"gemma-3-{name}"
                if kind == "vision" and "vision_config" not in load_model_config(full): continue
                t0 = time.time()
                ckpt, info = build_checkpoint(full, kind, tmp, device, args.dry)
                model = load_quantized(ckpt, kind, device)
                load = {"model": full, "kind": kind, "params": info["params"], "load_s": round(time.time() - t0, 1)}
                if device == "cuda": load["weights_allocated_gib"] = gib(torch.cuda.memory_allocated())
                vts = {"both": [False, True], "yes": [True], "no": [False]}[args.vision_trainable] if kind == "vision" else [False]
                techs = args.techniques.split(",")
                runs = [(None, points, techs)] + [(c, cap_points, (args.cap_techniques or args.techniques).split(","))
                                                   for c in caps if device == "cuda"]
                for cap, pts, techs in runs:
                    if device == "cuda":  # the cap counts the weights already loaded, as on the smaller GPU
                        torch.cuda.set_per_process_memory_fraction((cap * 2**30 if cap else torch.cuda.mem_get_info()[1])
                                                                   / torch.cuda.mem_get_info()[1])
                    for vt in vts:
                        for (ctx, r, dora, gc_on), tech in [(p, t) for p in pts for t in techs]:
                            if device == "cpu" and tech in ("cce", "liger", "lean", "all"): continue  # Triton kernels
                            rec = {**load, **env, "cap_gib": cap,
                                   **measure(model, kind, ctx, r, bool(dora), bool(gc_on), vt, args.steps, device, tech)}
                            out.write(json.dumps(rec) + "\n"); out.flush()
                            print(f"{full:12} {kind:6} cap={cap or '-':>4} vt={int(vt)} ctx={ctx:5} r={r:2} dora={int(dora)} "
                                  f"gc={int(gc_on)} {tech:11} peak={rec.get('peak_allocated_gib', '-')}/{rec.get('peak_reserved_gib', '-')} GiB "
                                  f"tok/s={rec.get('tokens_per_s', '-')} oom={rec['oom']}", flush=True)
                del model; gc.collect()
                if device == "cuda": torch.cuda.empty_cache()
                shutil.rmtree(ckpt, ignore_errors=True)
    finally:
        out.close()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
