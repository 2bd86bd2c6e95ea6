"""FSDP + QLoRA over the whole run's life, on 2 GPUs: checkpoints, a validation set, stop, resume, out-of-memory.

    python bench/multi_gpu/resume_check.py --out $OUT/resume      # on a machine with 2 CUDA GPUs

Random Gemma-3-1B text (published config), nf4-dq, DoRA + rsLoRA r16, ctx 1024, global batch 4, through the CLI
(`ghost-architect train text --gpus 2 --strategy fsdp_qlora`):

- reference: 5 steps in one go;
- stop and resume: 3 steps (checkpoints every 2 and at the end, an eval file, `validate_samples` set: the checkpoint
  validation by generation must step aside under FSDP instead of hanging), then the same command with max_steps 5 must
  resume from checkpoint-3, train steps 4 and 5 only, with the reference's losses, and save the whole adapter;
- out of memory: TrinityTrainer under `accelerate launch` (this script, `--inner-oom`) with a callback that raises
  CUDA's OutOfMemoryError on every process after step 3; the emergency checkpoint must carry the gathered adapter,
  and the run must step down the ladder, resume from it and finish.

A run that outlives `--timeout` gets SIGABRT first (PYTHONFAULTHANDLER: every process prints where it stood), then SIGKILL.
Writes resume_check.json and the logs.
"""
import argparse
import csv
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench" / "train_speed"))


def config_yaml(path: Path, mdir: Path, data: Path, run: Path, steps: int) -> Path:
    path.write_text(f"model: {mdir}\nquantization: nf4-dq\nbackend: hf\nmax_seq_length: 1024\nbatch_size: 1\ngrad_accum: 2\n"
                    f"max_steps: {steps}\nsave_steps: 2\nlearning_rate: 0.0001\nlr_scheduler: constant\nwarmup_ratio: 0.0\n"
                    f"lora: {{r: 16, alpha: 32, dropout: 0.0, use_dora: true, use_rslora: true}}\n"
                    f"train_file: {data}\neval_file: {data}\nvalidate_samples: 2\nvalidate_max_tokens: 16\neval_steps: 2\noutput_dir: {run}\n")
    return path


def run_logged(cmd: list[str], log: Path, timeout: float):
    "Run `cmd` in its own session, output to `log`; past `timeout`: SIGABRT (tracebacks), then SIGKILL. Returns rc or 'timeout'."
    env = {**os.environ, "PYTHONFAULTHANDLER": "1"}
    with open(log, "w") as f:
        p = subprocess.Popen(cmd, stdout=f, stderr=subprocess.STDOUT, env=env, start_new_session=True)
        try: return p.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            for sig, wait in ((signal.SIGABRT, 10), (signal.SIGKILL, 10)):
                try: os.killpg(p.pid, sig)
                except ProcessLookupError: break
                try: p.wait(timeout=wait); break
                except subprocess.TimeoutExpired: pass
            return "timeout"


def losses(run: Path) -> dict[int, float]:
    rows = list(csv.DictReader(open(run / "metrics.csv"))) if (run / "metrics.csv").exists() else []
    return {int(float(r["step"])): float(r["loss"]) for r in rows if r.get("loss") and r.get("step")}


def summary(run: Path, log: Path, rc, t0: float, **kw) -> dict:
    from ghost_architect.trinity import adapter_tensor_count
    text = log.read_text(errors="replace")
    return {**kw, "rc": rc, "wall_s": round(time.time() - t0, 1), "checkpoints": sorted(p.name for p in run.glob("checkpoint-*")),
            "checkpoint_adapter_tensors": {p.name: adapter_tensor_count(p) for p in sorted(run.glob("checkpoint-*"))},
            "resumed": "Continuing training from checkpoint" in text or "resuming from" in text.lower(),
            "validation_skipped_warning": "checkpoint validation by generation is off under FSDP" in text,
            "run_json": json.loads((run / "run.json").read_text()) if (run / "run.json").exists() else None,
            "losses": losses(run), "adapter_tensors": adapter_tensor_count(run / "adapter")}


def oom_after(step: int):
    "A TrainerCallback raising CUDA's out-of-memory error on every process once step `step` is done (a real OOM's path)."
    import torch
    from transformers import TrainerCallback

    class OOMAfter(TrainerCallback):
        fired = False
        def on_step_end(self, args, state, control, **kw):
            if state.global_step == step and not self.fired:
                self.fired = True
                raise torch.OutOfMemoryError(f"CUDA out of memory (injected by resume_check.py after step {step})")
    return OOMAfter()


def inner_oom(cfg_path: str):
    "Under accelerate launch: train with an injected OOM after step 3; the ladder's next rung is ctx 512."
    import dataclasses
    from ghost_architect.trinity import TrinityTrainer, load_config
    cfg = load_config(cfg_path)
    top = cfg.point()
    TrinityTrainer(cfg, callbacks=[oom_after(3)], ladder=(top, dataclasses.replace(top, ctx=512))).train()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--work", default="/tmp/resume")
    ap.add_argument("--out", default="bench/multi_gpu")
    ap.add_argument("--timeout", type=float, default=240)
    ap.add_argument("--inner-oom", default=None, help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.inner_oom: return inner_oom(a.inner_oom)
    from train_speed import make_data, make_model
    from ghost_architect.fixtures import train_tokenizer
    from ghost_architect.distributed import free_port, write_accelerate_config
    work, out = Path(a.work), Path(a.out); work.mkdir(parents=True, exist_ok=True); out.mkdir(parents=True, exist_ok=True)
    data, text = make_data(ROOT, work, 1024)
    mdir = work / "gemma-3-1b"; make_model("1b", mdir)
    train_tokenizer([text.read_text()]).save_pretrained(mdir)
    res = {"runs": []}
    cli = [sys.executable, "-m", "ghost_architect.cli", "train", "text", "--gpus", "2", "--strategy", "fsdp_qlora", "--config"]
    for name, run, steps in (("reference", work / "ref", 5), ("stop", work / "run", 3), ("resume", work / "run", 5)):
        log, t0 = out / f"resume_check_{name}.log", time.time()
        rc = run_logged(cli + [str(config_yaml(work / f"{name}.yaml", mdir, data, run, steps))], log, a.timeout)
        res["runs"].append(summary(run, log, rc, t0, name=name, max_steps=steps))
        print(json.dumps(res["runs"][-1]), flush=True)
        (out / "resume_check.json").write_text(json.dumps(res, indent=2))
    acc = write_accelerate_config(work / "fsdp.yaml", "fsdp_qlora", 2, "bf16")
    run, log, t0 = work / "oom", out / "resume_check_oom.log", time.time()
    rc = run_logged([sys.executable, "-m", "accelerate.commands.launch", "--config_file", str(acc), "--num_processes", "2",
                     "--main_process_port", str(free_port()), __file__, "--inner-oom",
                     str(config_yaml(work / "oom.yaml", mdir, data, run, 5))], log, a.timeout)
    res["runs"].append(summary(run, log, rc, t0, name="oom", max_steps=5,
                               saved_after_oom="saved checkpoint-3 after out-of-memory" in log.read_text(errors="replace")))
    print(json.dumps(res["runs"][-1]), flush=True)
    ref, stop, resume = (r["losses"] for r in res["runs"][:3])
    res["checks"] = {
        "stop_saved_checkpoint_3": "checkpoint-3" in res["runs"][1]["checkpoints"],
        "resume_trained_only_4_and_5": sorted(set(resume) - set(stop)) == [4, 5],
        "resume_losses_vs_reference": {s: [resume.get(s), ref.get(s)] for s in (4, 5)},
        "oom_checkpoint_3_has_adapter": res["runs"][3]["checkpoint_adapter_tensors"].get("checkpoint-3", 0) > 0,
        "oom_run_finished": res["runs"][3]["rc"] == 0 and (res["runs"][3]["run_json"] or {}).get("global_step") == 5}
    (out / "resume_check.json").write_text(json.dumps(res, indent=2))
    print(json.dumps(res["checks"]), flush=True)


if __name__ == "__main__":
    main()
