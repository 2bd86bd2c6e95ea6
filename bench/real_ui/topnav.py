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
sys.path.insert(0, str(HERE.parent / "embedded"))
from seeds import SETS, rows  # noqa: E402  (set -> (its pages, run 4's answers to them): the one list of the 238 pages)


def page_regions(boxes, page_w,
                 again: bool = True,  # no sidebar on the whole page: take the top bar off and look again (this file's change)
                 bar_first: bool = False,  # the top bar's region before the sidebar's (navorder.py's change)
                ):
    "Chapter 06a's `page_regions` (`again=False`: the same regions), with the variants tried here."
    from ghost_architect.reader import Region, content_regions, nav_column, text_lines, top_bar
    side, bar, rest = [], [], list(boxes)
    c = nav_column(rest, page_w)
    if c is not None:
        side = [Region("nav", text_lines([b for b in rest if b.x1 <= c]))]; rest = [b for b in rest if b.x1 > c]
    y = top_bar(rest)
    if y is not None:
        bar = [Region("nav", text_lines([b for b in rest if b.y1 <= y]))]; rest = [b for b in rest if b.y1 > y]
        if again and c is None and (c := nav_column(rest, page_w)) is not None:  # a sidebar that starts below the top bar
            side = [Region("nav", text_lines([b for b in rest if b.x1 <= c]))]; rest = [b for b in rest if b.x1 > c]
    return content_regions(text_lines(rest)) + (bar + side if bar_first else side + bar)


def _navs(regions) -> list:
    return [[(b.x0, b.y0, b.x1, b.y1) for b in r.boxes] for r in regions if r.kind == "nav"]


def changes(image, variant=page_regions) -> bool:
    "Does `variant` give this page other navigation regions (or another order) than chapter 06a's reader? Detection only."
    from ghost_architect import reader
    img = reader.load_page(image); boxes = reader.tighten(img, reader.detect_boxes(img, 0.75, threads=2)); w = img.shape[1]
    return _navs(reader.page_regions(boxes, w)) != _navs(variant(boxes, w))


def scan(variant=page_regions) -> dict[str, list[str]]:
    "Per set, the ids of the pages whose navigation `variant` changes."
    out = {}
    for s, (data, _) in SETS.items():
        ids = [r["id"] for r in csv.DictReader(open(data / "pages.csv"))]
        out[s] = [i for i in ids if changes(data / "images" / f"{i}.png", variant)]
        print(s, len(out[s]), "of", len(ids), out[s], flush=True)
    return out


def subset(data: Path, ids: list[str], dest: Path) -> Path:
    "A dataset folder of `ids` only (images and labels linked), for evaluate.py."
    (dest / "images").mkdir(parents=True, exist_ok=True); (dest / "labels").mkdir(exist_ok=True)
    rows_ = list(csv.DictReader(open(data / "pages.csv")))
    with open(dest / "pages.csv", "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows_[0])); w.writeheader()
        w.writerows(r for r in rows_ if r["id"] in ids)
    for i in ids:
        for sub, ext in (("images", "png"), ("labels", "json")):
            p = dest / sub / f"{i}.{ext}"
            if not p.exists(): os.symlink(data / sub / f"{i}.{ext}", p)
    return dest


def answer(changed: dict[str, list[str]], scratch: Path, out: Path, label: str, variant=page_regions):
    "The changed pages answered by the bundled adapter through chapter 06a's reader with `variant` → out/<set>/runs/<label>."
    from ghost_architect import reader
    reader.page_regions = variant
    sys.path.insert(0, str(HERE)); import evaluate
    for s, ids in changed.items():
        if not ids: continue
        sub = subset(SETS[s][0], ids, scratch / s)
        evaluate.main(["--data", str(sub), "--group", "train", "--out", str(out / s),
                       "--backends", f"{label}={ROOT / 'ghost_architect/models/embedded-270m'}"])


def report(changed: dict[str, list[str]], out: Path, label: str) -> dict:
    "Changed pages: run 4 against the change, per source and pooled; and the pooled effect over every training-only page."
    per, n_all, d_all = {}, 0, {"tables_f1": 0.0, "columns_f1": 0.0}
    for s, (_, run4) in SETS.items():
        old = rows(run4); n_all += len(old)
        if not changed.get(s): continue
        new = rows(out / s / "runs" / label)
        for i in changed[s]:
            src = old[i]["domain"]
            for k in d_all:
                per.setdefault(src, {"n": 0, "run4": {k: [] for k in d_all}, label: {k: [] for k in d_all}})
                per[src]["run4"][k].append(old[i][k]); per[src][label][k].append(new[i][k]); d_all[k] += new[i][k] - old[i][k]
            per[src]["n"] += 1
    mean = lambda xs: round(st.mean(xs), 3)
    res = {"pages": n_all, "changed": sum(v["n"] for v in per.values()),
           "sources": {s: {"n": v["n"], **{f"{run} {k}": mean(v[run][k]) for run in ("run4", label) for k in d_all}}
                       for s, v in per.items()},
           "pooled change over every page": {k: round(v / n_all, 4) for k, v in d_all.items()}}
    allc = [(s, v) for s, v in per.items()]
    res["changed pages"] = {f"{run} {k}": mean([x for _, v in allc for x in v[run][k]]) for run in ("run4", label) for k in d_all} if allc else {}
    return res


def main(cmd: str, variant=page_regions, out: Path = HERE / "topnav", label: str = "topnav"):
    "scan, answer or report one variant of the reader (navorder.py runs its own through here)."
    out.mkdir(exist_ok=True)
    changed = out / "changed.json"
    if cmd == "scan": changed.write_text(json.dumps(scan(variant), indent=1))
    elif cmd == "answer": answer(json.loads(changed.read_text()), Path(os.environ.get("SCRATCH", f"/tmp/{label}")), out, label, variant)
    elif cmd == "report":
        r = report(json.loads(changed.read_text()), out, label)
        (out / "gate.json").write_text(json.dumps(r, indent=1)); print(json.dumps(r, indent=1))
    else: raise SystemExit(f"unknown command {cmd!r}: scan, answer or report")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "scan")
