"""Execute notebooks in place so that their committed outputs (tables, plots) are fresh.

Cells flagged with one of settings.ini's `tst_flags` (e.g. `#| gpu`) are skipped unless named with
`--flags`, and keep the outputs they had: those come from the GPU machine. Usage:

    python tools/run_nbs.py nbs/00a_schema.ipynb [more.ipynb ...] [--flags gpu]
"""
import argparse
import os
import re
import sys
from pathlib import Path

from execnb.nbio import read_nb, write_nb
from execnb.shell import CaptureShell
from fastcore.xtras import working_directory
from nbdev.config import get_config
from nbdev.process import NBProcessor
from nbdev.frontmatter import FrontmatterProc


NOISE = re.compile(r"^\{'(loss|train_runtime|eval_loss)'.*\}$")


def _quiet(o):
    "Drop what readers need not see: stderr (progress bars, library warnings) and the Trainer's per-step log dicts."
    if o.get("output_type") != "stream": return o
    if o.get("name") == "stderr": return None
    text = o["text"] if isinstance(o["text"], str) else "".join(o["text"])
    kept = "".join(l for l in text.splitlines(keepends=True) if not NOISE.match(l.strip()))
    if not kept.strip(): return None
    o["text"] = kept
    return o


def run(path: Path, run_flags: set[str]) -> bool:
    "Execute `path` in place; return True on success."
    skip = set(get_config().tst_flags.split()) - run_flags
    nb = read_nb(path)
    parsed = NBProcessor(path, procs=FrontmatterProc, process=True).nb  # gives each cell its directives_

    def no_eval(cell):
        if cell.cell_type != "code": return True
        direc = getattr(parsed.cells[cell.idx_], "directives_", {}) or {}
        return bool(skip & direc.keys()) or "nbdev_export(" in cell.source

    shell = CaptureShell(path, mpl_format="png")  # retina doubles every committed image
    os.environ["IN_TEST"] = "1"
    with working_directory(path.parent):
        shell.run_all(nb, exc_stop=True, preproc=no_eval)
    for cell in nb.cells:  # execution counts churn diffs; nbdev_clean drops them too
        if cell.cell_type == "code":
            cell.execution_count = None
            cell.outputs = [o for o in map(_quiet, cell.outputs) if o is not None]
    write_nb(nb, path)
    return True


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("notebooks", nargs="+", type=Path)
    ap.add_argument("--flags", default="", help="comma-separated tst_flags to run as well (e.g. gpu)")
    args = ap.parse_args()
    flags = {f for f in args.flags.split(",") if f}
    failed = []
    for p in args.notebooks:
        print(f"running {p}", flush=True)
        try: run(p.resolve(), flags)
        except Exception as e:
            print(f"  failed: {type(e).__name__}: {e}", file=sys.stderr)
            failed.append(p)
    sys.exit(1 if failed else 0)
