"""Trinity training speed: unsloth against plain transformers + PEFT + bitsandbytes, side by side in one run.

One identical Trinity run per row: random-initialised Gemma-3 text model from the published config (full 262k
vocabulary), nf4 + double quantisation, rsLoRA r=64 alpha=32 dropout 0.1 on q/k/v/o/gate/up/down, with DoRA
(the Trinity recipe) and without (plain LoRA: unsloth's fast path), ctx 2048 filled to the last token, batch 1,
gradient checkpointing, paged 8-bit AdamW, bf16 — all through our `TrinityTrainer`, only `backend` differs.
Each run is a fresh Python process (unsloth patches transformers when imported).

    python bench/train_speed/train_speed.py --models 1b 4b --out bench/train_speed    # on a CUDA machine with unsloth installed

Tokens/s counts the input tokens of the timed steps (after `--warmup` steps); peak memory is PyTorch's peak
allocated/reserved; MFU = model FLOPs / (time x peak bf16 dense FLOP/s), with the usual 6 x N per token (N = the
linear layers incl. the tied 262k output head) plus causal attention 6 x L x ctx x heads x head_dim. LoRA training
skips the frozen weights' gradients, so the FLOPs really done are nearer 4N: the MFU shown is the conventional one.
"""
import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

PATHS = {  # issue 22's three ways to train the same step
    "ours": {"backend": "hf", "loss_impl": "auto", "lean_dora": True, "offload": True},  # chapter 02a's switches
    "plain": {"backend": "hf", "loss_impl": "plain", "lean_dora": False, "offload": False},  # transformers + PEFT as they come
    "unsloth": {"backend": "unsloth"},  # its own loss and checkpointing (our switches do not apply)
}
PEAK_BF16 = {"H100": 989e12, "H200": 989e12, "A100": 312e12, "A10G": 125e12, "L4": 121e12, "T4": 65e12}


def one(spec: dict) -> dict:
    "Run one configuration in this process and return its measurements."
    if spec["backend"] == "unsloth": import unsloth  # noqa: F401  (first, so that it can patch transformers)
    import torch
    from transformers import TrainerCallback
    from ghost_architect.memory import count_params, load_model_config, text_config
    from ghost_architect.fixtures import train_tokenizer
    from ghost_architect.trinity import LoraSettings, TrinityTrainer, load_config

    class Clock(TrainerCallback):
        def __init__(self): self.t = []
        def on_step_end(self, args, state, control, **kw):
            (torch.cuda.synchronize() if torch.cuda.is_available() else None); self.t.append((state.global_step, time.perf_counter(), state.num_input_tokens_seen))

    work = Path(spec["work"])
    import shutil; shutil.rmtree(work / f"run-{spec['name']}", ignore_errors=True)  # a rerun must not resume the last one
    tok = train_tokenizer([Path(spec["text"]).read_text()])
    cfg = load_config(model=spec["model_dir"], quantization="nf4-dq", backend=spec["backend"], max_seq_length=spec["ctx"],
                      optimizer="paged_adamw_8bit", lora=LoraSettings(r=64, alpha=32, dropout=0.1, use_dora=spec["dora"], use_rslora=True),
                      train_file=spec["data"], eval_file=None, max_steps=spec["steps"], batch_size=1, grad_accum=1,
                      learning_rate=1e-4, lr_scheduler="constant", warmup_ratio=0.0, save_steps=10**6, logging_steps=1,
                      gradient_checkpointing=True, output_dir=str(work / f"run-{spec['name']}"),
                      offload_activations=spec.get("offload", False), loss_impl=spec.get("loss_impl", "auto"),
                      lean_dora=spec.get("lean_dora", True))
    if torch.cuda.is_available():
        if spec.get("cap_gib"):  # emulate a smaller GPU: PyTorch may use this much of this one
            torch.cuda.set_per_process_memory_fraction(spec["cap_gib"] * 2**30 / torch.cuda.mem_get_info()[1])
        torch.cuda.reset_peak_memory_stats()
    clock = Clock()
    t0 = time.time()
    tt = TrinityTrainer(cfg, tokenizer=tok, callbacks=[clock])
    tt.train()
    w = spec["warmup"]
    (s0, t_0, n0), (s1, t_1, n1) = clock.t[w - 1], clock.t[-1]
    tps = (n1 - n0) / (t_1 - t_0)
    mc = text_config(load_model_config(spec["config"]))
    pc = count_params(load_model_config(spec["config"]))
    n_lin = pc.text_linear + mc["vocab_size"] * mc["hidden_size"]
    flops_tok = 6 * n_lin + 6 * mc["num_hidden_layers"] * spec["ctx"] * mc["num_attention_heads"] * mc["head_dim"]
    cuda = torch.cuda.is_available()
    gpu = torch.cuda.get_device_name(0) if cuda else "cpu"
    peak = next((v for k, v in PEAK_BF16.items() if k in gpu), None)
    losses = [r["loss"] for r in tt.metrics.rows if r.get("loss") is not None]
    return {"name": spec["name"], "path": spec.get("path"), "backend": tt.backend, "model": spec["config"], "dora": spec["dora"], "ctx": spec["ctx"],
            "cap_gib": spec.get("cap_gib"), "loss_impl": cfg.loss_impl, "lean_dora": cfg.lean_dora, "offload": cfg.offload_activations,
            "timed_steps": s1 - s0, "tokens_per_s": round(tps, 1), "s_per_step": round((t_1 - t_0) / (s1 - s0), 3),
            "peak_allocated_gib": round(torch.cuda.max_memory_allocated() / 2**30, 2) if cuda else None,
            "peak_reserved_gib": round(torch.cuda.max_memory_reserved() / 2**30, 2) if cuda else None,
            "mfu": round(flops_tok * tps / peak, 4) if peak else None, "flops_per_token": flops_tok,
            "first_loss": losses[0] if losses else None, "last_loss": losses[-1] if losses else None,
            "wall_s": round(time.time() - t0, 1), "gpu": gpu}


def make_model(config: str, path: Path):
    "A random-initialised Gemma3ForCausalLM (bf16) from the published config, saved once for every backend."
    import torch
    from transformers import AutoConfig, Gemma3ForCausalLM
    from ghost_architect.memory import load_model_config, text_config
    if (path / "config.json").exists(): return
    d = text_config(load_model_config(config))
    d = {k: v for k, v in d.items() if k not in ("architectures",)}
    torch.manual_seed(0)
    with torch.device("cuda"):
        m = Gemma3ForCausalLM(AutoConfig.for_model(**{**d, "model_type": "gemma3_text"})).to(torch.bfloat16)
    m.save_pretrained(path); del m; torch.cuda.empty_cache()


def make_data(root: Path, work: Path, ctx: int) -> tuple[Path, Path]:
    "Phase-1 records from the bundled sample, each long enough to fill `ctx` tokens (the trainer truncates)."
    recs = json.loads((root / "examples/data_sample/dataset.json").read_text())
    text = "\n".join(r["instruction"] + r["input"] + r["output"] for r in recs)
    long = [{"instruction": r["instruction"], "input": r["input"], "output": "\n".join([x["output"] for x in recs] * 4)} for r in recs]
    (work / "data.json").write_text(json.dumps(long * 2)); (work / "text.txt").write_text(text)
    return work / "data.json", work / "text.txt"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--models", nargs="+", default=["1b", "4b"])
    ap.add_argument("--backends", nargs="+", default=["hf", "unsloth"])
    ap.add_argument("--variants", nargs="+", default=["dora", "lora"])
    ap.add_argument("--ctx", type=int, default=2048)
    ap.add_argument("--steps", type=int, default=14)
    ap.add_argument("--warmup", type=int, default=4)
    ap.add_argument("--budget-s", type=float, default=480, help="start no new run after this many seconds")
    ap.add_argument("--work", default="/tmp/train_speed")
    ap.add_argument("--out", default="bench/train_speed")
    ap.add_argument("--name", default="train_speed.json", help="results file name in --out")
    ap.add_argument("--cap-gib", type=float, default=None, help="cap PyTorch's GPU memory (14.5: a T4, 21.5: an A10G)")
    ap.add_argument("--offload", action="store_true", help="offload_activations: true for the hf backend (chapter 02a)")
    ap.add_argument("--paths", nargs="+", choices=list(PATHS), help="issue 22's paths instead of --backends: ours, plain, unsloth")
    ap.add_argument("--dora-cost", help="also write issue 22's format ({gpu, model, ctx, rows: [{path, dora, tok_s, peak_reserved_gib, cap_gib}]}) to this file in --out")
    ap.add_argument("--one", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.one:
        print("RESULT " + json.dumps(one(json.loads(a.one))), flush=True); return
    root, work, out = Path(__file__).resolve().parents[2], Path(a.work), Path(a.out)
    work.mkdir(parents=True, exist_ok=True); out.mkdir(parents=True, exist_ok=True)
    data, text = make_data(root, work, a.ctx)
    t_start, rows = time.time(), []
    ways = a.paths or a.backends  # a path (ours, plain, unsloth) or a bare backend (hf, unsloth)
    order = [(v, m, b) for v in a.variants for m in a.models for b in ways]  # the Trinity recipe first
    for variant, model, way in order:
        path = PATHS.get(way) if a.paths else None
        backend = path["backend"] if path else way
        if time.time() - t_start > a.budget_s:
            rows.append({"name": f"{model}-{variant}-{backend}", "error": "not run: out of time in this call"}); continue
        mdir = work / f"gemma-3-{model}"
        make_model(model, mdir)
        spec = {"name": f"{model}-{variant}-{backend}", "backend": backend, "dora": variant == "dora", "config": model,
                "model_dir": str(mdir), "ctx": a.ctx, "steps": a.steps, "warmup": a.warmup, "data": str(data), "text": str(text),
                "work": str(work), "cap_gib": a.cap_gib, "offload": a.offload and backend == "hf"}
        if path: spec.update({k: v for k, v in path.items() if k != "backend"}, path=way, name=f"{model}-{variant}-{way}")
        try:
            p = subprocess.run([sys.executable, __file__, "--one", json.dumps(spec)], capture_output=True, text=True,
                               env={**os.environ, "PYTHONUNBUFFERED": "1"}, timeout=max(60, a.budget_s + 90 - (time.time() - t_start)))
        except subprocess.TimeoutExpired as e:
            p = subprocess.CompletedProcess(e.cmd, -9, (e.stdout or b"").decode(errors="replace") if isinstance(e.stdout, bytes) else (e.stdout or ""), "timed out")
        res = next((json.loads(l[7:]) for l in p.stdout.splitlines() if l.startswith("RESULT ")), None)
        if res is None:
            err = (p.stderr or p.stdout).strip().splitlines()
            res = {"name": spec["name"], "error": " | ".join(err[-4:])[-600:]}
            with (out / "train_speed_errors.log").open("a") as f: f.write(f"=== {spec['name']}\n{p.stdout[-5000:]}\n---\n{p.stderr[-20000:]}\n")
        rows.append(res)
        print(json.dumps(res), flush=True)
        (out / a.name).write_text(json.dumps({"rows": rows, "versions": versions()}, indent=2))
        if a.dora_cost: (out / a.dora_cost).write_text(json.dumps(dora_cost(rows, a), indent=2))


def dora_cost(rows: list[dict], a) -> dict:
    "Issue 22's summary of the rows that ran."
    ok = [r for r in rows if "error" not in r]
    return {"gpu": ok[0]["gpu"] if ok else None, "model": ",".join(a.models), "ctx": a.ctx, "steps": a.steps, "warmup": a.warmup,
            "command": "python bench/train_speed/train_speed.py " + " ".join(sys.argv[1:]), "versions": versions(),
            "rows": [{"path": r.get("path") or r.get("backend"), "dora": r["dora"], "tok_s": r["tokens_per_s"], "mfu": r.get("mfu"),
                      "peak_reserved_gib": r["peak_reserved_gib"], "cap_gib": r["cap_gib"]} for r in ok]
                    + [{"path": r["name"], "error": r["error"]} for r in rows if "error" in r]}


def versions() -> dict:
    from importlib.metadata import version, PackageNotFoundError
    v = {}
    for p in ("torch", "transformers", "peft", "trl", "bitsandbytes", "unsloth", "unsloth_zoo", "cut_cross_entropy", "liger_kernel"):
        try: v[p] = version(p)
        except PackageNotFoundError: v[p] = None
    return v


if __name__ == "__main__":
    main()
