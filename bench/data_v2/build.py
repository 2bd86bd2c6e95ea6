"""Render generator-v2 pages (ghost_architect.pages) into a dataset folder: images/, labels/, dataset*.json.

    python bench/data_v2/build.py --out /work/tmp/pages300 -n 300

Resumable: pages whose image and label are already there are skipped. No OCR here (another step does that).
"""
import argparse
import json
import os
import platform
import sys
import time
from pathlib import Path


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True, help="dataset folder (created)")
    ap.add_argument("-n", type=int, default=300, help="pages to render (seeds start..start+n-1)")
    ap.add_argument("--start", type=int, default=0)
    ap.add_argument("--workers", type=int, default=2, help="Chromium processes, 1 or 2")
    ap.add_argument("--max-height", type=int, default=2400, help="screenshots stop at this many pixels")
    a = ap.parse_args(argv)
    if a.n < 1 or a.start < 0 or a.workers not in (1, 2) or a.max_height < 300:
        print("error: need -n >= 1, --start >= 0, --workers 1 or 2, --max-height >= 300", file=sys.stderr); return 2
    out = Path(a.out)
    if out.exists() and not out.is_dir():
        print(f"error: {out} exists and is not a folder", file=sys.stderr); return 2
    try: os.nice(10)
    except OSError: pass
    from ghost_architect.data import write_datasets
    from ghost_architect.pages import build_pages, load_pages
    t0 = time.time()
    exs = build_pages(out, n=a.n, start=a.start, workers=a.workers, max_height=a.max_height)
    secs = time.time() - t0
    counts = write_datasets(load_pages(out), out)
    report = {"pages": len(exs), "seconds": round(secs, 1), "workers": a.workers, "machine": f"{platform.node()} · {os.cpu_count()} CPU cores",
              "splits": counts, "cut": sum(e.style.get("cut", False) for e in exs), "overflow_x": sum(e.style.get("overflow_x", False) for e in exs)}
    (out / "build_report.json").write_text(json.dumps(report, indent=1))
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
