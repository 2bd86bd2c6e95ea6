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
import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import topnav  # noqa: E402  (its sets, subset and report; its OUT is redirected below)

OUT = HERE / "navorder"


def page_regions(boxes, page_w):
    "Chapter 06a's `page_regions` with the top bar's region before the sidebar's."
    from ghost_architect.reader import Region, content_regions, nav_column, text_lines, top_bar
    side, bar, rest = [], [], list(boxes)
    c = nav_column(rest, page_w)
    if c is not None:
        side = [Region("nav", text_lines([b for b in rest if b.x1 <= c]))]; rest = [b for b in rest if b.x1 > c]
    y = top_bar(rest)
    if y is not None:
        bar = [Region("nav", text_lines([b for b in rest if b.y1 <= y]))]; rest = [b for b in rest if b.y1 > y]
    return content_regions(text_lines(rest)) + bar + side


def both(image) -> bool:
    "Does the reader find a sidebar and a top bar on this page (detection only)?"
    from ghost_architect.reader import detect_boxes, load_page, nav_column, tighten, top_bar
    img = load_page(image); boxes = tighten(img, detect_boxes(img, 0.75, threads=2))
    c = nav_column(boxes, img.shape[1])
    return c is not None and top_bar([b for b in boxes if b.x1 > c]) is not None


if __name__ == "__main__":
    import csv
    cmd = sys.argv[1] if len(sys.argv) > 1 else "scan"
    topnav.OUT, topnav.LABEL = OUT, "navorder"; OUT.mkdir(exist_ok=True)
    if cmd == "scan":
        ch = {}
        for s, d in topnav.SETS.items():
            rows = [r for r in csv.DictReader(open(d / "pages.csv"))]
            ch[s] = [r["id"] for r in rows if both(d / "images" / f"{r['id']}.png")]
            print(s, len(ch[s]), "of", len(rows), flush=True)
        (OUT / "changed.json").write_text(json.dumps(ch, indent=1))
    elif cmd == "answer":
        topnav.page_regions = page_regions  # topnav.answer patches the reader with its module's page_regions
        topnav.answer(json.loads((OUT / "changed.json").read_text()), Path(os.environ.get("SCRATCH", "/tmp/navorder")))
    elif cmd == "report":
        r = topnav.report(json.loads((OUT / "changed.json").read_text()))
        (OUT / "gate.json").write_text(json.dumps(r, indent=1)); print(json.dumps(r, indent=1))
