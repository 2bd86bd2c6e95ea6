"""Phase 2 on a GPU: both paths end to end on a random-initialised Gemma-3-4B vision model (published config, full
262k vocabulary, SigLIP at 896 px, 256 image tokens) under memory caps that leave a T4's and an A10G's usable memory
(`memory.GPUS`: 14.5 and 21.5 GiB), and a small model overfitting a handful of screenshots (the vision path learns).

    python bench/vision/gpu_paths.py --out $OUT          # on a CUDA machine (transformers + PEFT + bitsandbytes)

Each path runs in its own process (the cap is per process): `path_config("t4"|"a10g")`, batch and accumulation from
`fit_batch`, the hf backend (bitsandbytes nf4-dq), a few optimizer steps on the bundled sample screenshots — as they
are ("data") and with answers repeated until they fill the path's context ("filled", the worst case).
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def make_data(work: Path, fill_to: int | None) -> Path:
    src = ROOT / "examples/data_sample"
    recs = json.loads((src / "dataset_vision.json").read_text())
    if not (work / "images").exists(): shutil.copytree(src / "images", work / "images")  # images stay inside the dataset's folder
    for r in recs:
        if fill_to: r["messages"][1]["content"] = "\n".join([r["messages"][1]["content"]] * 40)  # cut by the collator at ctx
    f = work / f"data-{fill_to or 'real'}.json"
    f.write_text(json.dumps(recs * 4))
    return f


def make_vision_model(work: Path, config: str = "gemma-3-4b") -> Path:
    """A random-initialised Gemma-3 vision model (bf16, published config), built once on the GPU, its image-token ids matched to
    a processor whose tokenizer is trained on the sample's text; the processor is saved with it, the text in work/text.txt."""
    import torch
    from transformers import AutoConfig, Gemma3ForConditionalGeneration
    from ghost_architect.memory import load_model_config
    from ghost_architect.core import IMAGE_TOKENS
    from ghost_architect.fixtures import tiny_processor
    recs = json.loads((ROOT / "examples/data_sample/dataset_vision.json").read_text())
    text = "\n".join(r["messages"][0]["content"][1]["text"] + r["messages"][1]["content"] for r in recs)
    (work / "text.txt").write_text(text)
    mdir = work / config
    if not (mdir / "config.json").exists():
        d0 = load_model_config(config)  # the processor makes the images the model's SigLIP expects (896 px, 256 tokens for the 4B)
        proc = tiny_processor([text], image_size=d0["vision_config"]["image_size"], image_seq_length=d0["mm_tokens_per_image"])
        ids = {k: proc.tokenizer.convert_tokens_to_ids(v) for k, v in IMAGE_TOKENS.items()}
        d = load_model_config(config)
        d = {**d, "boi_token_index": ids["boi_token"], "eoi_token_index": ids["eoi_token"], "image_token_index": ids["image_token"]}
        torch.manual_seed(0)
        with torch.device("cuda"):
            m = Gemma3ForConditionalGeneration(AutoConfig.for_model(**d)).to(torch.bfloat16)
        m.save_pretrained(mdir); del m; torch.cuda.empty_cache()
        proc.save_pretrained(mdir)  # the CLI and unsloth's FastVisionModel load the processor from the model folder
    return mdir


def run_path(spec: dict) -> dict:
    import torch
    from transformers import TrainerCallback
    from ghost_architect.fixtures import tiny_processor
    from ghost_architect.vision import VisionTrainer, fit_batch, path_config
    from ghost_architect.dora_guard import apply_dora_guard
    total = torch.cuda.get_device_properties(0).total_memory
    torch.cuda.set_per_process_memory_fraction(spec["cap_gib"] * 2**30 / total)

    class Clock(TrainerCallback):
        def __init__(self): self.t = []
        def on_step_end(self, args, state, control, **kw):
            torch.cuda.synchronize(); self.t.append((time.perf_counter(), state.num_input_tokens_seen))

    proc = tiny_processor([Path(spec["text"]).read_text()], image_size=896, image_seq_length=256)
    cfg = path_config(spec["path"], model=spec["model_dir"], backend=spec.get("backend", "hf"), train_file=spec["data"], eval_file=None,
                      output_dir=spec["work"] + "/run-" + spec["name"], max_steps=spec["steps"], save_steps=10**6, logging_steps=1)
    cfg = fit_batch(cfg, spec["gpu"], model="gemma-3-4b")
    guard = apply_dora_guard()
    clock = Clock()
    torch.cuda.reset_peak_memory_stats()
    t = VisionTrainer(cfg, processor=proc, callbacks=[clock])
    try: t.train()
    except Exception as e:  # say which tensors broke mixed precision
        from collections import Counter
        m = t.model
        dt = Counter((str(p.dtype), p.requires_grad) for p in m.parameters()) if m is not None else {}
        bad = [(n, str(p.dtype), str(p.grad.dtype) if p.grad is not None else None) for n, p in m.named_parameters()
               if p.requires_grad and p.dtype != torch.float32][:6] if m is not None else []
        raise RuntimeError(f"{type(e).__name__}: {e} | dtypes {dict((f'{k[0]}/{k[1]}', v) for k, v in dt.items())} | non-fp32 trainable {bad}") from e
    (a0, n0), (a1, n1) = clock.t[spec["warmup"] - 1], clock.t[-1]
    losses = [r["loss"] for r in t.metrics.rows if r.get("loss") is not None]
    return {"name": spec["name"], "ok": True, "gpu_cap_gib": spec["cap_gib"], "batch": cfg.batch_size, "grad_accum": cfg.grad_accum,
            "ctx": cfg.max_seq_length, "precision": cfg.precision, "dora": cfg.lora.use_dora, "vision_layers": cfg.finetune_vision_layers,
            "tokens_per_s": round((n1 - n0) / (a1 - a0), 1), "tokens_per_step": (n1 - n0) / max(1, len(clock.t) - spec["warmup"]),
            "peak_allocated_gib": round(torch.cuda.max_memory_allocated() / 2**30, 2),
            "peak_reserved_gib": round(torch.cuda.max_memory_reserved() / 2**30, 2), "first_loss": losses[0], "last_loss": losses[-1],
            "backend": t.backend if hasattr(t, "backend") else cfg.backend, "dora_guard": guard, "rung": t.recovery.rung, "oom_history": [h["error"][:200] for h in t.recovery.history]}


def overfit(work: Path, steps: int, backend: str = "hf") -> dict:
    "A small random Gemma-3 vision model learns four screenshots by heart (A10G configuration: DoRA, vision layers trained)."
    import torch
    from ghost_architect.trinity import score_answers
    from ghost_architect.fixtures import tiny_gemma3_vision, tiny_processor
    from ghost_architect.vision import VisionTrainer, load_vision_model, path_config, predict_vision, vision_examples
    src = ROOT / "examples/data_sample"
    recs = json.loads((src / "dataset_vision.json").read_text())[:4]
    if not (work / "images").exists(): shutil.copytree(src / "images", work / "images")
    (work / "four.json").write_text(json.dumps(recs))
    exs = vision_examples(work / "four.json")
    proc = tiny_processor([e.question + e.answer for e in exs], image_size=224, image_seq_length=16, vocab_size=1024)
    mdir = tiny_gemma3_vision(work / "small", proc, image_size=224, hidden_size=256, intermediate_size=1024, num_hidden_layers=4,
                              num_attention_heads=4, num_key_value_heads=2, head_dim=64)
    cfg = path_config("a10g", model=str(mdir), quantization="none", backend=backend, train_file=str(work / "four.json"), eval_file=None,
                      output_dir=str(work / "overfit"), max_steps=steps, batch_size=4, grad_accum=1, learning_rate=3e-3,
                      lr_scheduler="constant", warmup_ratio=0.0, save_steps=10**6, gradient_checkpointing=False, optimizer="adamw_torch")
    model, _, _ = load_vision_model(cfg, processor=proc)  # the adapter starts as a no-op: this is the base model's answer
    before = predict_vision(model, proc, exs, max_new_tokens=300)
    del model
    t = VisionTrainer(cfg, processor=proc)
    t.train()
    after = predict_vision(t.model, proc, exs, max_new_tokens=300)
    refs = [e.answer for e in exs]
    losses = [r["loss"] for r in t.metrics.rows if r.get("loss") is not None]
    return {"steps": steps, "losses": losses, "before": score_answers(before, refs), "after": score_answers(after, refs),
            "exact_after": sum(a.strip() == r.strip() for a, r in zip(after, refs)), "n": len(exs),
            "sample_before": before[0][:300], "sample_after": after[0][:300], "reference": refs[0][:300]}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="bench/vision")
    ap.add_argument("--work", default="/tmp/vision_paths")
    ap.add_argument("--steps", type=int, default=5)
    ap.add_argument("--overfit-steps", type=int, default=200)
    ap.add_argument("--paths", nargs="+", default=["t4", "a10g"])
    ap.add_argument("--tag", default="")
    ap.add_argument("--backend", default="hf", choices=["hf", "unsloth"], help="the training backend of the 4B path runs")
    ap.add_argument("--fills", nargs="+", default=["data", "filled"], help="data: the sample answers; filled: answers filling the context")
    ap.add_argument("--one", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.one:
        print("RESULT " + json.dumps(run_path(json.loads(a.one))), flush=True); return
    import torch
    work, out = Path(a.work), Path(a.out); work.mkdir(parents=True, exist_ok=True); out.mkdir(parents=True, exist_ok=True)
    res = {"gpu": torch.cuda.get_device_name(0), "runs": []}
    res_file = out / f"gpu_paths{a.tag}.json"
    if a.overfit_steps:
        res["overfit"] = overfit(work, a.overfit_steps)
        print(json.dumps({k: v for k, v in res["overfit"].items() if k != "losses"}), flush=True)
        res_file.write_text(json.dumps(res, indent=2))
    if not set(a.paths) & {"t4", "a10g"}: return  # the overfit run only
    mdir = make_vision_model(work)
    t0 = time.time()
    for path, gpu, cap in [p for p in (("t4", "T4", 14.5), ("a10g", "A10G", 21.5)) if p[0] in a.paths]:
        for fill in [f == "filled" for f in a.fills]:
            name = f"{path}-{'filled' if fill else 'data'}" + ("" if a.backend == "hf" else f"-{a.backend}")
            spec = {"name": name, "path": path, "gpu": gpu, "cap_gib": cap, "model_dir": str(mdir), "work": str(work),
                    "data": str(make_data(work, 4096 if fill else None)), "text": str(work / "text.txt"), "steps": a.steps, "warmup": 2,
                    "backend": a.backend}
            try:
                p = subprocess.run([sys.executable, __file__, "--one", json.dumps(spec)], capture_output=True, text=True,
                                   env={**os.environ, "PYTHONUNBUFFERED": "1"}, timeout=max(60, 480 - (time.time() - t0)))
                r = next((json.loads(l[7:]) for l in p.stdout.splitlines() if l.startswith("RESULT ")), None)
                err = None if r else " | ".join((p.stderr or p.stdout).strip().splitlines()[-3:])[-500:]
                if not r:
                    with (out / "gpu_paths_errors.log").open("a") as f: f.write(f"=== {name}\n{p.stderr[-15000:]}\n")
            except subprocess.TimeoutExpired:
                r, err = None, "timed out"
            r = r or {"name": name, "ok": False, "gpu_cap_gib": cap, "error": err}
            res["runs"].append(r); print(json.dumps(r), flush=True)
            res_file.write_text(json.dumps(res, indent=2))


if __name__ == "__main__":
    main()
