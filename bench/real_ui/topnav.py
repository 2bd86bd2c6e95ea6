"""A sidebar under a top bar: a reader change tried on the training-only real pages first.

Chapter 06a's `page_regions` looks for the left navigation column on the whole page, then for the top bar. When the
sidebar starts below a full-width top bar (sqlite-web), a top-bar box straddles the sidebar's gutter, so no column is
found and the sidebar's items are joined into the content's lines (`aircraft` beside a table row). The change: when no
column is found on the whole page, take the top bar off and look again. Pages where a column is found at once are read
as before. The adapter is the bundled one (run 4), unchanged; only its input text changes.

    python bench/real_ui/topnav.py scan                     # detection only: which pages' navigation changes → topnav/changed.json
    python bench/real_ui/topnav.py answer                   # those pages answered with the new reader → topnav/<set>/runs/topnav
    python bench/real_ui/topnav.py report                   # against run 4's answers on the same pages → topnav/gate.json

A page whose navigation decision does not change gets the same text, hence run 4's answer (bench/real_ui/panels.py
showed this machine's llama.cpp answers an unchanged text as run 4 did), so only the changed pages are answered.
The answers' key names chapter 06a's reader file, which the patch leaves unchanged: the folders under topnav/ (and
navorder/) hold the patched reader's answers and must be answered again, not resumed, by anything else.

Result (2026-12-01, this 2-core AMD EPYC, llama.cpp, page names, grounded): 11 of the 238 training-only pages change
(sqlite-web 10, fullcalendar 1); on them table / column F1 0.603 / 0.428 → 0.327 / 0.206 (pooled over the 238:
−0.013 / −0.010). sqlite-web names the open table only in its top bar, which the `[nav]` line's eight-item cap now cuts
behind the sidebar's items. The gate (no loss on the changed pages) failed: not landed, chapter 06a unchanged.
"""
import csv
import json
import os
import statistics as st
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
OUT = HERE / "topnav"
LABEL = "topnav"  # the answers' run name (navorder.py reuses this file with its own)
RT = ROOT / "bench/real_train"
SETS = {"dev": RT / "data", "A": RT / "data_a", "B": RT / "data_b", "C": RT / "data_c", "D": RT / "data_d"}
RUN4 = {"dev": RT / "dev/runs/ground", "A": RT / "select/a/runs/run4", "B": RT / "select/b/runs/run4",
        "C": RT / "select/c/runs/run4", "D": RT / "select/d/runs/run4"}


def page_regions(boxes, page_w):
    "Chapter 06a's `page_regions`, with a second look for the sidebar once the top bar is off."
    from ghost_architect.reader import Region, content_regions, nav_column, text_lines, top_bar
    nav, rest = [], list(boxes)
    c = nav_column(rest, page_w)
    if c is not None:
        nav.append(Region("nav", text_lines([b for b in rest if b.x1 <= c]))); rest = [b for b in rest if b.x1 > c]
    y = top_bar(rest)
    if y is not None:
        nav.append(Region("nav", text_lines([b for b in rest if b.y1 <= y]))); rest = [b for b in rest if b.y1 > y]
        if c is None and (c := nav_column(rest, page_w)) is not None:  # a sidebar that starts below the top bar
            nav.insert(0, Region("nav", text_lines([b for b in rest if b.x1 <= c]))); rest = [b for b in rest if b.x1 > c]
    return content_regions(text_lines(rest)) + nav


def patch_reader():
    from ghost_architect import reader
    reader.page_regions = page_regions


def decisions(image) -> tuple:
    "The navigation (column x, top bar y) found by the current reader and by the change: detection only."
    from ghost_architect.reader import detect_boxes, load_page, nav_column, tighten, top_bar
    img = load_page(image); boxes = tighten(img, detect_boxes(img, 0.75, threads=2)); w = img.shape[1]
    c = nav_column(boxes, w); rest = [b for b in boxes if b.x1 > c] if c is not None else boxes
    y = top_bar(rest)
    c2 = c if c is not None or y is None else nav_column([b for b in rest if b.y1 > y], w)
    return c, c2


def scan(folders: dict[str, Path], group: str = "train") -> dict[str, list[str]]:
    "Per set, the ids of the pages whose sidebar the change finds (and the current reader does not)."
    out = {}
    for s, d in folders.items():
        rows = [r for r in csv.DictReader(open(d / "pages.csv")) if group in ("all", r.get("group", group))]
        out[s] = [r["id"] for r in rows if (lambda c: c[0] != c[1])(decisions(d / "images" / f"{r['id']}.png"))]
        print(s, len(out[s]), "of", len(rows), out[s], flush=True)
    return out


def subset(data: Path, ids: list[str], dest: Path) -> Path:
    "A dataset folder of `ids` only (images and labels linked), for evaluate.py."
    (dest / "images").mkdir(parents=True, exist_ok=True); (dest / "labels").mkdir(exist_ok=True)
    rows = list(csv.DictReader(open(data / "pages.csv")))
    with open(dest / "pages.csv", "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0])); w.writeheader()
        w.writerows(r for r in rows if r["id"] in ids)
    for i in ids:
        for sub, ext in (("images", "png"), ("labels", "json")):
            p = dest / sub / f"{i}.{ext}"
            if not p.exists(): os.symlink(data / sub / f"{i}.{ext}", p)
    return dest


def answer(changed: dict[str, list[str]], scratch: Path):
    patch_reader()
    sys.path.insert(0, str(HERE)); import evaluate
    for s, ids in changed.items():
        if not ids: continue
        sub = subset(SETS[s], ids, scratch / s)
        evaluate.main(["--data", str(sub), "--group", "train", "--out", str(OUT / s),
                       "--backends", f"{LABEL}={ROOT / 'ghost_architect/models/embedded-270m'}"])


def rows(path: Path) -> dict[str, dict]:
    return {r["id"]: r for r in map(json.loads, open(path / "results.jsonl"))}


def report(changed: dict[str, list[str]]) -> dict:
    "Changed pages: run 4 against the change, per source and pooled; and the pooled effect over every training-only page."
    per, n_all, d_all = {}, 0, {"tables_f1": 0.0, "columns_f1": 0.0}
    for s in SETS:
        old = rows(RUN4[s]); n_all += len(old)
        if not changed.get(s): continue
        new = rows(OUT / s / "runs" / LABEL)
        for i in changed[s]:
            src = old[i]["domain"]
            for k in d_all:
                per.setdefault(src, {"n": 0, "run4": {k: [] for k in d_all}, LABEL: {k: [] for k in d_all}})
                per[src]["run4"][k].append(old[i][k]); per[src][LABEL][k].append(new[i][k]); d_all[k] += new[i][k] - old[i][k]
            per[src]["n"] += 1
    mean = lambda xs: round(st.mean(xs), 3)
    out = {"pages": n_all, "changed": sum(v["n"] for v in per.values()),
           "sources": {s: {"n": v["n"], **{f"{run} {k}": mean(v[run][k]) for run in ("run4", LABEL) for k in d_all}}
                       for s, v in per.items()},
           "pooled change over every page": {k: round(v / n_all, 4) for k, v in d_all.items()}}
    allc = [(s, v) for s, v in per.items()]
    out["changed pages"] = {f"{run} {k}": mean([x for _, v in allc for x in v[run][k]]) for run in ("run4", LABEL) for k in d_all} if allc else {}
    return out


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else "scan"
    OUT.mkdir(exist_ok=True)
    if cmd == "scan":
        ch = scan(SETS)
        (OUT / "changed.json").write_text(json.dumps(ch, indent=1))
    elif cmd == "answer":
        answer(json.loads((OUT / "changed.json").read_text()), Path(os.environ.get("SCRATCH", "/tmp/topnav")))
    elif cmd == "report":
        r = report(json.loads((OUT / "changed.json").read_text()))
        (OUT / "gate.json").write_text(json.dumps(r, indent=1)); print(json.dumps(r, indent=1))
