"""How fast does `ghost-architect data build` render? 300 synthetic examples, 1 and 2 worker processes,
each into a fresh folder, on this machine. Writes bench/data/speed.json.

    python bench/data/speed.py [--n 300]
"""
import argparse
import json
import os
import platform
import shutil
import tempfile
import time
from pathlib import Path

from ghost_architect.data import build_synthetic

ap = argparse.ArgumentParser()
ap.add_argument("--n", type=int, default=300)
ap.add_argument("--out", default=str(Path(__file__).with_name("speed.json")))
args = ap.parse_args()
res = {"machine": f"{platform.machine()}, {os.cpu_count()} cores, {platform.python_version()}", "n": args.n, "runs": []}
for workers in (1, 2):
    d = Path(tempfile.mkdtemp())
    t0 = time.time()
    exs = build_synthetic(d, n=args.n, workers=workers, progress=False)
    dt = time.time() - t0
    size = sum(p.stat().st_size for p in (d / "images").glob("*.png"))
    res["runs"].append({"workers": workers, "seconds": round(dt, 1), "examples": len(exs),
                        "examples_per_s": round(len(exs) / dt, 2), "images_mb": round(size / 1e6, 1)})
    print(res["runs"][-1], flush=True)
    shutil.rmtree(d)
Path(args.out).write_text(json.dumps(res, indent=2) + "\n")
