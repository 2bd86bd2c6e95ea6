"""Are run 4's losses on real pages variance? Four draws of its recipe (seeds.py) voted table by table, and the best
draw chosen per page with the label in hand (an oracle no user has).

A table is kept when at least two of the four answers write it (names compared normalised); it keeps the columns at
least half of the answers that wrote it hold, in the order of the answer that holds most of them. Answers are the
committed, grounded ones (llama.cpp, page names) on the 238 training-only real pages; no model runs.

    python bench/embedded/vote.py        # prints and writes bench/embedded/vote.json

Result (2026-11-30, this 2-core AMD EPYC): the draws score 0.437-0.456 table F1 and 0.310-0.330 column F1 pooled; the
vote 0.459 / 0.334; the best of four per page 0.520 / 0.386. Voting removes what the draws disagree on and gains
nothing, and even picking the best draw per page with the label in hand leaves the pooled scores near 0.5 / 0.4: the
draws fail on the same pages in the same way, so more draws, a soup or an ensemble of this recipe cannot reach #19's
targets.
"""
import copy
import json
import statistics as st
from collections import Counter
from pathlib import Path

from seeds import DRAWS, ROOT, SETS, collect
from ghost_architect.schema import Schema, compare, normalize_name, parse_sql


def schema(sql: str) -> Schema:
    "An answer's schema; nothing when it is empty or does not parse."
    try: return parse_sql(sql) if sql.strip() else Schema()
    except Exception: return Schema()


def vote(answers: list[Schema], least: int = 2) -> Schema:
    "Tables written by at least `least` answers, each with the columns at least half of those answers hold."
    key = lambda t: normalize_name(t.name)
    count = Counter(k for a in answers for k in {key(t) for t in a.tables})
    out = []
    for k in (k for k, n in count.items() if n >= least):
        ts = [t for a in answers for t in a.tables if key(t) == k]
        cols = Counter(c for t in ts for c in {normalize_name(x.name, t.name) for x in t.columns})
        best = copy.deepcopy(max(ts, key=lambda t: sum(cols[normalize_name(x.name, t.name)] for x in t.columns)))
        best.columns = [x for x in best.columns if 2 * cols[normalize_name(x.name, best.name)] >= len(ts)]
        names = {normalize_name(x.name) for x in best.columns}
        best.primary_key = tuple(c for c in best.primary_key if normalize_name(c) in names)
        best.foreign_keys = [fk for fk in best.foreign_keys if all(normalize_name(c) in names for c in fk.columns)]
        if best.columns: out.append(best)
    return Schema(out)


def main():
    got, res = collect(), {d: [] for d in DRAWS + ["vote", "best of four (oracle)"]}
    for s, (data, _) in SETS.items():
        for pid in got["run 4"][s]:
            truth = parse_sql(json.loads((data / "labels" / f"{pid}.json").read_text())["ddl"])
            for d in DRAWS: res[d].append((got[d][s][pid]["tables_f1"], got[d][s][pid]["columns_f1"]))
            sc = compare(vote([schema(got[d][s][pid]["sql"]) for d in DRAWS]), truth)
            res["vote"].append((sc.tables.f1, sc.columns.f1))
            res["best of four (oracle)"].append(max(res[d][-1] for d in DRAWS))
    out = {k: {"n": len(v), "tables": round(st.mean(a for a, _ in v), 3), "columns": round(st.mean(b for _, b in v), 3)}
           for k, v in res.items()}
    (ROOT / "bench/embedded/vote.json").write_text(json.dumps(out, indent=1) + "\n")
    for k, v in out.items(): print(f"{k:24s} {v['n']} pages  table F1 {v['tables']:.3f}  column F1 {v['columns']:.3f}")


if __name__ == "__main__":
    main()
