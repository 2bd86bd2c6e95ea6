"""One answer per content region, merged: an inference change tried on the training-only real pages first.

The bundled adapter writes 1.9 tables a page where the training-only labels hold 3.1, and a later stop only added
wrong tables (`stop_bias.py`). Here a page whose text holds two or more content regions (`[table]`, `[form]`,
`[cards]` blocks) is answered once per region: the sub-prompt is the lines before the first region, the nearest
`[title]` above the region, the region and the `[nav]` line; the answers' tables are merged (one table per name, a
repeated table's new columns appended) and grounded on the whole text, as the backend does. Variant `whole`: the
whole-page answer first, then the region answers' tables it lacks. A page with fewer than two regions keeps run 4's
answer. Texts are those run 4 read (`records_real_v4`); llama.cpp, page names; the adapter is the bundled one.

    python bench/real_ui/regions.py            # → regions/answers.jsonl (resumable), regions/gate.json

Result (2026-12-01, this 2-core AMD EPYC): 162 of the 238 pages hold two or more regions. Pooled table / column F1:
run 4 0.456 / 0.330, per region 0.417 / 0.283, whole page plus the regions' new tables 0.442 / 0.304 (set D, the
dashboards, 0.432 / 0.345 → 0.274 / 0.183 per region). The gate written before scoring (+0.02 / +0.01) failed: not landed.
"""
import json
import re
import statistics as st
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "regions"
sys.path[:0] = [str(HERE), str(HERE.parent / "embedded")]
from errors import page_texts  # noqa: E402  (page id -> the text run 4 read: records_real_v4)
from seeds import SETS, rows  # noqa: E402  (set -> (its pages, run 4's answers to them): the one list of the 238 pages)
MARK = re.compile(r"^\[(table|form|cards)\] ")


def split_regions(text: str) -> tuple[list[str], list[str]]:
    "The page's sub-prompts, one per content region (none when it holds fewer than two), and the lines of context."
    lines = text.splitlines()
    nav = [ln for ln in lines if ln.startswith("[nav] ")]
    body = [ln for ln in lines if not ln.startswith("[nav] ")]
    starts = [i for i, ln in enumerate(body) if MARK.match(ln)]
    if len(starts) < 2: return [], body
    head = body[:starts[0]]
    out = []
    for k, s in enumerate(starts):
        e = s + 1
        while e < len(body) and body[e].startswith("  "): e += 1  # the region's continuation lines
        title = next((body[j] for j in range(s - 1, -1, -1) if body[j].startswith("[title] ")), None)
        ctx = head + ([title] if title and title not in head else [])
        out.append("\n".join(ctx + body[s:e] + nav))
    return out, body


def merge(sqls: list[str]) -> str:
    "The answers' tables, one per (normalised) name, in order; a repeated table gains the columns it lacked."
    from ghost_architect.schema import Schema, normalize_name, parse_sql, to_sql
    tables = {}
    for sql in sqls:
        try: s = parse_sql(sql) if sql.strip() else Schema()
        except Exception: continue
        for t in s.tables:
            k = normalize_name(t.name)
            if k not in tables: tables[k] = t; continue
            have = {normalize_name(c.name) for c in tables[k].columns}
            tables[k].columns += [c for c in t.columns if normalize_name(c.name) not in have]
    return to_sql(Schema(list(tables.values()))) if tables else ""


def main():
    from ghost_architect.evaluate import eval_items, score_row
    from ghost_architect.infer import EmbeddedBackend, ground_prediction, make_prediction
    texts = page_texts()
    b = EmbeddedBackend(runtime="llama.cpp", ground=True)
    OUT.mkdir(exist_ok=True)
    ans = OUT / "answers.jsonl"
    done = {json.loads(l)["id"] for l in open(ans)} if ans.exists() else set()
    gen = lambda t: b.answer(t)["text"]
    with ans.open("a") as f:
        for s, (data, run4) in SETS.items():
            old = rows(run4)
            for it in eval_items(data, split=None):
                if it.id in done or it.id not in old: continue
                subs, _ = split_regions(texts[it.id])
                row = {"id": it.id, "set": s, "domain": it.domain, "n_regions": len(subs),
                       "run4": {k: old[it.id][k] for k in ("tables_f1", "columns_f1")}}
                if subs:
                    parts = [gen(t) for t in subs]
                    for v, sqls in (("regions", parts), ("whole", [old[it.id]["sql"]] + parts)):
                        p = ground_prediction(make_prediction(merge(sqls), "regions", {}, 0, texts[it.id]), texts[it.id])
                        r = score_row(it, p)
                        row[v] = {"tables_f1": r["tables_f1"], "columns_f1": r["columns_f1"], "valid": r["valid"], "sql": p.sql}
                f.write(json.dumps(row) + "\n"); f.flush()
                print(it.id, row["n_regions"], row["run4"], {v: (row[v]["tables_f1"], row[v]["columns_f1"]) for v in ("regions", "whole") if v in row}, flush=True)
    report()


def report():
    answers = [json.loads(l) for l in open(OUT / "answers.jsonl")]
    out = {"pages": len(answers), "multi-region pages": sum(r["n_regions"] >= 2 for r in answers)}
    for v in ("run4", "regions", "whole"):
        get = lambda r, k: (r[v] if v in r else r["run4"])[k]
        out[v] = {"pooled": {k: round(st.mean(get(r, k) for r in answers), 4) for k in ("tables_f1", "columns_f1")},
                  "sets": {s: {k: round(st.mean(get(r, k) for r in answers if r["set"] == s), 4) for k in ("tables_f1", "columns_f1")}
                           for s in SETS if any(r["set"] == s for r in answers)}}  # a set not yet answered is left out
    (OUT / "gate.json").write_text(json.dumps(out, indent=1)); print(json.dumps(out, indent=1))


if __name__ == "__main__":
    report() if sys.argv[1:] == ["report"] else main()
