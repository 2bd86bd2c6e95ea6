"""1 GPU vs N GPUs at the same global batch, through the CLI (`ghost-architect train text --gpus N`).

    python bench/multi_gpu/scaling.py --model 4b --strategy ddp --gpus 1 2 --out bench/multi_gpu
    python bench/multi_gpu/scaling.py --model 12b --strategy fsdp_qlora --gpus 1 2 --out bench/multi_gpu
    python bench/multi_gpu/scaling.py --trainer vision --model 4b --strategy ddp --gpus 1 2 --out bench/multi_gpu

Random-initialised Gemma-3 text model from the published config; nf4-dq + DoRA + rsLoRA r64, ctx 2048 filled,
global batch 8 (per-GPU batch 1, accumulation 8 / N). Writes scaling_<model>_<strategy>.json (tokens/s, peak memory
per GPU from the metrics, the loss at every step) for the docs' multi-GPU section.
`--trainer vision`: the same through `ghost-architect train vision --path a10g` (DoRA, vision layers trained) on a
random Gemma-3 vision model (SigLIP at 896 px) and the bundled screenshots, answers filling the context
(scaling_vision_<model>_<strategy>.json).
Results and what went wrong on the way: bench/multi_gpu/README.md.
"""
import argparse
import csv
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench" / "train_speed")); sys.path.insert(0, str(ROOT / "bench" / "vision"))
from train_speed import make_data, make_model  # the same random models and filled records as the speed benchmark


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default="4b")
    ap.add_argument("--trainer", default="text", choices=["text", "vision"])
    ap.add_argument("--ctx", type=int, default=2048)
    ap.add_argument("--strategy", default="ddp", choices=["ddp", "fsdp_qlora"])
    ap.add_argument("--gpus", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--steps", type=int, default=12)
    ap.add_argument("--adapter", default="dora", choices=["dora", "lora"], help="DoRA + rsLoRA (Trinity) or LoRA + rsLoRA")
    ap.add_argument("--global-batch", type=int, default=8)
    ap.add_argument("--work", default="/tmp/scaling")
    ap.add_argument("--timeout", type=float, default=3600, help="seconds per run; a run cut short keeps its log and metrics")
    ap.add_argument("--out", default="bench/multi_gpu")
    a = ap.parse_args()
    from ghost_architect.fixtures import train_tokenizer
    from ghost_architect.trinity import adapter_tensor_count
    work, out = Path(a.work), Path(a.out); work.mkdir(parents=True, exist_ok=True); out.mkdir(parents=True, exist_ok=True)
    if a.trainer == "text":
        data, text = make_data(ROOT, work, a.ctx)
        mdir = work / f"gemma-3-{a.model}"; make_model(a.model, mdir)
        train_tokenizer([text.read_text()]).save_pretrained(mdir)
    else:
        import gpu_paths
        mdir, data = gpu_paths.make_vision_model(work, f"gemma-3-{a.model}"), gpu_paths.make_data(work, a.ctx)
    import torch, transformers, peft
    tag = ("vision_" if a.trainer == "vision" else "") + f"{a.model}_{a.strategy}" + ("_lora" if a.adapter == "lora" else "")
    res = {"trainer": a.trainer, "model": a.model, "strategy": a.strategy, "adapter": a.adapter, "global_batch": a.global_batch,
           "ctx": a.ctx, "runs": [],
           "device": f"{torch.cuda.device_count()} x {torch.cuda.get_device_name(0)}",
           "versions": {"torch": torch.__version__, "transformers": transformers.__version__, "peft": peft.__version__}}
    for n in a.gpus:
        run = work / f"run-{tag}-{n}"
        cfg = work / f"{tag}-{n}.yaml"
        cfg.write_text(f"model: {mdir}\nquantization: nf4-dq\nbackend: hf\nmax_seq_length: {a.ctx}\nbatch_size: 1\n"
                       f"grad_accum: {a.global_batch // n}\nmax_steps: {a.steps}\nsave_steps: 1000000\nlearning_rate: 0.0001\n"
                       f"lr_scheduler: constant\nwarmup_ratio: 0.0\nlora: {{r: 64, alpha: 32, dropout: 0.0, use_dora: {str(a.adapter == 'dora').lower()}, use_rslora: true}}\n"
                       f"train_file: {data}\neval_file: null\noutput_dir: {run}\n")
        t0 = time.time()
        env = {**os.environ, "CUDA_VISIBLE_DEVICES": ",".join(map(str, range(n)))}  # N GPUs means these N, no DataParallel over the rest
        what = ["train", "text"] if a.trainer == "text" else ["train", "vision", "--path", "a10g"]
        log = out / f"scaling_{tag}_{n}.log"
        with open(log, "w") as f:  # streamed, so a run cut short still leaves its log
            p = subprocess.Popen([sys.executable, "-m", "ghost_architect.cli", *what, "--config", str(cfg), "--gpus", str(n),
                                  "--strategy", a.strategy], stdout=f, stderr=subprocess.STDOUT, env=env, start_new_session=True)
            try: rc = p.wait(timeout=a.timeout)
            except subprocess.TimeoutExpired:
                os.killpg(p.pid, signal.SIGKILL); rc = p.wait(); f.write(f"\n--- killed after {a.timeout} s\n")
        rows = list(csv.DictReader(open(run / "metrics.csv"))) if (run / "metrics.csv").exists() else []
        if rows: shutil.copy(run / "metrics.csv", out / f"scaling_{tag}_{n}_metrics.csv")
        losses = [float(r["loss"]) for r in rows if r["loss"]]
        tps = [float(r["tokens_per_s"]) for r in rows if r["tokens_per_s"]]
        t = [float(r["time"]) for r in rows if r["loss"]]
        step_s = sorted(b - a for a, b in zip(t[2:], t[3:]))[len(t[3:]) // 2] if len(t) > 4 else None  # median, after warm-up
        seqs = float(rows[-1]["epoch"]) * len(json.loads(Path(data).read_text())) / a.steps if rows else None  # what a step really saw
        res["runs"].append({"gpus": n, "ok": rc == 0, "timed_out": rc == -signal.SIGKILL, "wall_s": round(time.time() - t0, 1), "losses": losses,
                            "tokens_per_s": tps[-1] if tps else None, "step_s": step_s, "sequences_per_step": seqs,
                            "tokens_per_s_from_steps": seqs * a.ctx / step_s if seqs and step_s else None,  # every record fills ctx
                            "peak_allocated_gib": max((float(r["peak_allocated_gib"]) for r in rows if r["peak_allocated_gib"]), default=None),
                            "adapter_bytes": sum(f.stat().st_size for f in (run / "adapter").glob("adapter_model.*")) if (run / "adapter").exists() else None,
                            "adapter_tensors": adapter_tensor_count(run / "adapter") if (run / "adapter" / "adapter_model.safetensors").exists() else None,
                            "error": None if rc == 0 else log.read_text()[-1500:]})
        print(json.dumps({k: v for k, v in res["runs"][-1].items() if k != "losses"}), flush=True)
        (out / f"scaling_{tag}.json").write_text(json.dumps(res, indent=2))


if __name__ == "__main__":
    main()
