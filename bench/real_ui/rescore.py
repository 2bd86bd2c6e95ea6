"""Judge a finished run's stored answers again with today's `infer.make_prediction` (the reference repair of chapter 06)
and score them against the labels: what the repair changes, without running the model again.

    python bench/real_ui/rescore.py embedded-v2        # reads runs/embedded-v2/results.jsonl → runs/embedded-v2/rescored.json
"""
import json, statistics, sys
from pathlib import Path

from ghost_architect.evaluate import eval_items, score_row
from ghost_architect.infer import make_prediction

HERE = Path(__file__).resolve().parent


def main(run: str):
    rows = {r["id"]: r for r in map(json.loads, (HERE / "runs" / run / "results.jsonl").read_text().splitlines())}
    items = {i.id: i for i in eval_items(HERE / "data", split=None)}
    out, repaired = [], 0
    for id_, r in sorted(rows.items()):
        p = make_prediction(r["sql"], run, {"total": r["seconds"]})
        repaired += bool(p.repairs)
        out.append({**score_row(items[id_], p), "repairs": p.repairs})
    mean = lambda k, xs: round(statistics.mean(x[k] for x in xs), 3)
    by = {}
    for r in out: by.setdefault(r["domain"], []).append(r)
    res = {"run": run, "n": len(out), "repaired": repaired,
           "before": {k: mean(k, rows.values()) for k in ("valid", "tables_f1", "columns_f1")},
           "after": {k: mean(k, out) for k in ("valid", "tables_f1", "columns_f1")},
           "per_source_after": {d: {"n": len(v), **{k: mean(k, v) for k in ("valid", "tables_f1", "columns_f1")}} for d, v in sorted(by.items())}}
    (HERE / "runs" / run / "rescored.json").write_text(json.dumps(res, indent=1))
    print(json.dumps({k: res[k] for k in ("n", "repaired", "before", "after")}))


if __name__ == "__main__": main(*sys.argv[1:])
