"""A candidate adapter against run 4 on the training-only real pages it did not train on: pooled, per set and per source.

The 238 training-only pages (bench/real_train/data and sets A-D) were answered by run 4 (the bundled adapter) with the
bundled pipeline (llama.cpp, page names, grounded); a candidate's answers to the same pages, made the same way
(`bench/real_ui/evaluate.py --data bench/real_train/<set> --group train --backends LABEL=FOLDER --out OUT/<set>`), are
compared page for page. Sources the candidate trained on, or whose skin it saw, are left out with `--exclude`.

    python bench/embedded/gate.py --runs OUT --label r17a --exclude django-daisy django-semantic-admin django-admin-kubi \
        --json bench/embedded/gate_run17.json
"""
import argparse
import json
import statistics as st
from collections import defaultdict
from pathlib import Path


from seeds import SETS as RUN4, rows  # set -> (its pages, run 4's answers to them); a run's rows by page id

FACETS = ("tables", "columns")


def mean_f1(rows: list[dict]) -> dict:
    "Mean table and column F1 and the share of valid answers of some scored rows."
    return {"n": len(rows), "valid": round(st.mean(bool(r["valid"]) for r in rows), 3),
            **{f: round(st.mean(r[f + "_f1"] for r in rows), 3) for f in FACETS}}


def compare(runs: Path, label: str, exclude: set[str]) -> dict:
    "run 4 and the candidate, pooled, per set and per source, over the pages of sources not in `exclude`."
    pairs = defaultdict(list)  # group -> [(run 4 row, candidate row)]
    for s, (data, run4) in RUN4.items():
        base = {i: r for i, r in rows(run4).items() if r["domain"] not in exclude}
        if not base: continue  # every source of this set left out: the candidate need not have answered it
        cand = rows(runs / data.name / "runs" / label)
        for pid, r in base.items():
            if pid not in cand: raise SystemExit(f"{label} has no answer for {pid} ({data.name}): score it first")
            for g in ("pooled", f"set {s}", f"source {r['domain']}"): pairs[g].append((r, cand[pid]))
    return {g: {"run 4": mean_f1([a for a, _ in v]), label: mean_f1([b for _, b in v])} for g, v in pairs.items()}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", required=True, help="the candidate's evaluate.py outputs: RUNS/<data dir>/runs/<label>/results.jsonl")
    ap.add_argument("--label", required=True)
    ap.add_argument("--exclude", nargs="*", default=[], help="sources (pages.csv `source`, results' `domain`) left out")
    ap.add_argument("--json", help="write the comparison here")
    a = ap.parse_args()
    res = compare(Path(a.runs), a.label, set(a.exclude))
    print(f"{'group':36s} {'n':>4s}  run 4 (table / column)   {a.label} (table / column)   delta")
    for g, v in res.items():
        b, c = v["run 4"], v[a.label]
        print(f"{g:36s} {b['n']:4d}  {b['tables']:.3f} / {b['columns']:.3f}          {c['tables']:.3f} / {c['columns']:.3f}"
              f"          {c['tables'] - b['tables']:+.3f} / {c['columns'] - b['columns']:+.3f}")
    if a.json: Path(a.json).write_text(json.dumps({"label": a.label, "excluded": sorted(a.exclude), "groups": res}, indent=1) + "\n")


if __name__ == "__main__":
    main()
