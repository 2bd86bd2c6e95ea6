"""The top bar's words first in the `[nav]` line: a reader change tried on the training-only real pages first.

The reader's `[nav]` line keeps eight navigation words, the sidebar's first. On a page with both a sidebar and a top
bar the top bar's words (breadcrumbs, the open table's name: `topnav.py` showed sqlite-web names its table only there)
are cut. The change lists the top bar first. Only pages where the reader finds both change; the adapter is run 4's.

    python bench/real_ui/navorder.py scan | answer | report     # → navorder/changed.json, navorder/<set>/, navorder/gate.json

Result (2026-12-01, this 2-core AMD EPYC, llama.cpp, page names, grounded): 33 of the 238 pages change (django-admin-
soft-dashboard 14, django-admin-kubi 9, piccolo-admin 5, django-daisy 3, two others); on them table / column F1 0.558 /
0.479 → 0.529 / 0.467, pooled over the 238 −0.004 / −0.002. soft-dashboard loses (0.483 → 0.411 tables), piccolo-admin
and kubi gain a little in columns. The gate written before scoring (+0.02 / +0.01 pooled) failed: not landed.
"""
import sys
from functools import partial
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import topnav  # noqa: E402  (the variants of chapter 06a's page_regions, the scan, the answers and the report)

page_regions = partial(topnav.page_regions, again=False, bar_first=True)  # chapter 06a's regions, the top bar's first


if __name__ == "__main__":
    topnav.main(sys.argv[1] if len(sys.argv) > 1 else "scan", page_regions, HERE / "navorder", "navorder")
