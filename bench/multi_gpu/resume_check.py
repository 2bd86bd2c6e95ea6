"""FSDP + QLoRA over the whole run's life, on 2 GPUs: checkpoints, a validation set, stop, resume.

    python bench/multi_gpu/resume_check.py --out $OUT/resume      # on a machine with 2 CUDA GPUs

Random Gemma-3-1B text (published config), nf4-dq, DoRA + rsLoRA r16, ctx 1024, global batch 4. First run: 3 steps,
checkpoint every 2, an eval file and `validate_samples` set (the checkpoint validation by generation must step aside
under FSDP instead of hanging). Second run: the same command with max_steps 5 must resume from checkpoint-2 and save
the whole adapter. Writes resume_check.json and both logs.
"""
import argparse
import csv
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench" / "train_speed"))
from train_speed import make_data, make_model


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--work", default="/tmp/resume")
    ap.add_argument("--out", default="bench/multi_gpu")
    ap.add_argument("--timeout", type=float, default=240)
    a = ap.parse_args()
    from ghost_architect.fixtures import train_tokenizer
    from ghost_architect.trinity import adapter_tensor_count
    work, out = Path(a.work), Path(a.out); work.mkdir(parents=True, exist_ok=True); out.mkdir(parents=True, exist_ok=True)
    data, text = make_data(ROOT, work, 1024)
    mdir = work / "gemma-3-1b"; make_model("1b", mdir)
    train_tokenizer([text.read_text()]).save_pretrained(mdir)
    run = work / "run"
    res = {"runs": []}
    for steps in (3, 5):
        cfg = work / f"resume-{steps}.yaml"
        cfg.write_text(f"model: {mdir}\nquantization: nf4-dq\nbackend: hf\nmax_seq_length: 1024\nbatch_size: 1\ngrad_accum: 2\n"
                       f"max_steps: {steps}\nsave_steps: 2\nlearning_rate: 0.0001\nlr_scheduler: constant\nwarmup_ratio: 0.0\n"
                       f"lora: {{r: 16, alpha: 32, dropout: 0.0, use_dora: true, use_rslora: true}}\n"
                       f"train_file: {data}\neval_file: {data}\nvalidate_samples: 2\nvalidate_max_tokens: 16\neval_steps: 2\noutput_dir: {run}\n")
        log = out / f"resume_check_{steps}.log"
        t0 = time.time()
        with open(log, "w") as f:
            try: rc = subprocess.run([sys.executable, "-m", "ghost_architect.cli", "train", "text", "--config", str(cfg), "--gpus", "2",
                                      "--strategy", "fsdp_qlora"], stdout=f, stderr=subprocess.STDOUT, timeout=a.timeout).returncode
            except subprocess.TimeoutExpired: rc = "timeout"
        text_log = log.read_text()
        rows = list(csv.DictReader(open(run / "metrics.csv"))) if (run / "metrics.csv").exists() else []
        res["runs"].append({"max_steps": steps, "rc": rc, "wall_s": round(time.time() - t0, 1),
                            "checkpoints": sorted(p.name for p in run.glob("checkpoint-*")),
                            "resumed": "Continuing training from checkpoint" in text_log or "resuming from" in text_log.lower(),
                            "validation_skipped_warning": "checkpoint validation by generation is off under FSDP" in text_log,
                            "run_json": json.loads((run / "run.json").read_text()) if (run / "run.json").exists() else None,
                            "metrics_steps": [r.get("step") for r in rows if r.get("loss")],
                            "adapter_tensors": adapter_tensor_count(run / "adapter") if (run / "adapter" / "adapter_model.safetensors").exists() else None})
        print(json.dumps(res["runs"][-1]), flush=True)
        (out / "resume_check.json").write_text(json.dumps(res, indent=2))


if __name__ == "__main__":
    main()
