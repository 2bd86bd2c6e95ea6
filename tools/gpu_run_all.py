"""Run every chapter top to bottom on a CUDA GPU, its `gpu` cells on, as a Colab user would meet it on a T4 or an A10G.

    python3 tools/gpu_run_all.py --emulation T4   --out bench/colab/run_all_t4.json
    python3 tools/gpu_run_all.py --emulation A10G --out bench/colab/run_all_a10g.json  nbs/04_*.ipynb nbs/09_*.ipynb

Each chapter runs in its own process (a memory cap holds per process) under `memory.emulate_gpu`: T4 = 14.5 GiB and no
bf16 (the fp16 paths run), no flash attention; A10G = 21.5 GiB, bf16. Cells flagged `slow` stay off (they need
llama.cpp's CPU build and the 270M GGUF, covered by CI); everything else runs, `gpu` cells included. Where a chapter
loads a hub model (`google/gemma-3-4b-it` …) and no weights can be had, `--random-hub DIR` points HF_HOME at a cache
that `tools/random_hub.py` filled with random-initialised weights of the shipped configs: the code path is the user's,
the numbers are not a trained model's. Writes `{"gpu", "emulation", "chapters": [{"notebook", "ok", "seconds",
"peak_reserved_gib", "error"}]}` after every chapter (atomically), so a cut run keeps what finished.
"""
import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _child(nb: str, emulation: str) -> dict:
    "Run one notebook in this process under the emulation; return its row."
    import torch
    sys.path.insert(0, str(ROOT))
    from ghost_architect.memory import emulate_gpu
    if torch.cuda.is_available(): print("emulating:", emulate_gpu(emulation), flush=True)
    from nbdev.test import test_nb
    import io, contextlib
    err = io.StringIO()
    t0 = time.time()
    with contextlib.redirect_stderr(err):
        ok, _ = test_nb(Path(nb).resolve(), skip_flags=["slow"], force_flags=["gpu"], showerr=True)
    peak = torch.cuda.max_memory_reserved() / 2**30 if torch.cuda.is_available() else 0.0
    tb = err.getvalue().strip()
    last = [l for l in tb.splitlines() if l.strip() and not l.startswith(" ")]
    return {"notebook": Path(nb).name, "ok": bool(ok), "seconds": round(time.time() - t0, 1),
            "peak_reserved_gib": round(peak, 2), "error": None if ok else (last[-1][:500] if last else "failed")} | (
            {} if ok else {"traceback_tail": tb[-3000:]})


def _gpu_name() -> str:
    try: return subprocess.run(["nvidia-smi", "--query-gpu=name", "--format=csv,noheader"], capture_output=True, text=True,
                               timeout=30).stdout.strip().splitlines()[0]
    except Exception: return "none"


def _write(path: Path, obj: dict):
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(json.dumps(obj, indent=1))
    tmp.replace(path)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("notebooks", nargs="*", help="chapters to run (default: every nbs/*.ipynb in order)")
    ap.add_argument("--emulation", choices=["T4", "A10G"], default="T4")
    ap.add_argument("--out", default="bench/colab/run_all.json")
    ap.add_argument("--timeout", type=int, default=900, help="seconds a chapter may take")
    ap.add_argument("--random-hub", default=None, help="HF_HOME filled by tools/random_hub.py (offline random weights)")
    ap.add_argument("--smoke", action="store_true", help="GHOST_ARCHITECT_SMOKE=1: the GPU cells run a few real steps, not a whole run")
    ap.add_argument("--seed-data", default=None, help="a dataset folder copied to nbs/data first (where Chromium cannot render one)")
    ap.add_argument("--child", default=None, help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.child:
        print("ROW " + json.dumps(_child(a.child, a.emulation)), flush=True)
        return
    nbs = a.notebooks or sorted(str(p) for p in (ROOT / "nbs").glob("*.ipynb"))
    out = Path(a.out); out.parent.mkdir(parents=True, exist_ok=True)
    res = {"gpu": _gpu_name(), "emulation": a.emulation, "smoke": a.smoke, "random_weights": bool(a.random_hub),
           "command": "python3 tools/gpu_run_all.py " + " ".join(sys.argv[1:]), "chapters": []}
    env = {**os.environ, "PYTHONUNBUFFERED": "1", "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    if a.random_hub: env |= {"HF_HOME": str(Path(a.random_hub).resolve()), "HF_HUB_OFFLINE": "1"}
    if a.smoke: env["GHOST_ARCHITECT_SMOKE"] = "1"
    if a.seed_data and not (ROOT / "nbs/data/dataset.json").exists():
        import shutil
        shutil.copytree(a.seed_data, ROOT / "nbs/data", dirs_exist_ok=True)
    for nb in nbs:
        t0 = time.time()
        try:
            p = subprocess.run([sys.executable, __file__, "--child", nb, "--emulation", a.emulation], capture_output=True,
                               text=True, timeout=a.timeout, env=env, cwd=ROOT)
            rows = [l[4:] for l in p.stdout.splitlines() if l.startswith("ROW ")]
            row = json.loads(rows[-1]) if rows else {"notebook": Path(nb).name, "ok": False, "seconds": round(time.time() - t0, 1),
                                                    "peak_reserved_gib": None, "error": (p.stderr.strip().splitlines() or ["no output"])[-1][:500]}
        except subprocess.TimeoutExpired:
            row = {"notebook": Path(nb).name, "ok": False, "seconds": a.timeout, "peak_reserved_gib": None, "error": f"timed out after {a.timeout} s"}
        res["chapters"].append(row)
        _write(out, res)
        print(f"{row['notebook']:40s} {'ok' if row['ok'] else 'FAILED':6s} {row['seconds']:7.1f} s  "
              f"{row['peak_reserved_gib'] if row['peak_reserved_gib'] is not None else '—'} GiB  {row['error'] or ''}", flush=True)
    n = sum(r["ok"] for r in res["chapters"])
    print(f"{n} passed, {len(res['chapters']) - n} failed  ({res['gpu']}, {a.emulation} emulation) → {out}")


if __name__ == "__main__": main()
