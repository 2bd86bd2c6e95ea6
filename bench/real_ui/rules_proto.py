"""Two grounding rules tried over the bundled adapter's committed answers on the 238 training-only real pages (not landed).

Each rule is applied after the landed grounding (`infer.ground_schema`) to run 4's answers; an answer the rule would
make invalid stays as it was. Scored against the labels like `evaluate.py` (table and column F1, mean over pages),
pooled and per set. No model runs: the answers and the pages' texts are committed (`seeds.SETS`, `records_real_v4`).
- `key_tables`: every `x_id` column with no table `xs` and no key gets the table `xs(id, name)` and a foreign key.
- `heading_tables`: a `[table]` header under a `[title]` heading, none of whose cells the answer shows, becomes a
  table named after the heading (when the page's names allow it), with the header cells as columns.

    python bench/real_ui/rules_proto.py          # writes rules_proto.json here
"""
from __future__ import annotations

import json
import re
import statistics as st
from collections import defaultdict
from copy import deepcopy
from pathlib import Path

from ghost_architect.evaluate import read_rows
from ghost_architect.infer import _NOT_COLUMNS, _header, _label_like, _shown_as, _snake, page_names, value_type
from ghost_architect.schema import Column, ForeignKey, Table, _singular, compare, normalize_name, parse_sql, plural, to_sql, validate_sql

import errors as E

HERE = Path(__file__).resolve().parent


def key_tables(s, text: str):
    "A table for every key column whose table the answer lacks."
    s = deepcopy(s); have = {normalize_name(t.name) for t in s.tables}
    for t in list(s.tables):
        for c in list(t.columns):
            if not c.name.endswith("_id") or c.name in t.primary_key or any(c.name in fk.columns for fk in t.foreign_keys): continue
            x = c.name[:-3].lower()
            if normalize_name(x) in have or normalize_name(x) == normalize_name(t.name): continue
            ref = plural(_singular(x)); have.add(normalize_name(ref))
            s.tables.insert(0, Table(ref, [Column("id", "INTEGER", nullable=False), Column("name", "TEXT")], ("id",)))
            t.foreign_keys.append(ForeignKey((c.name,), ref, ("id",)))
    return s


def _heading_blocks(text: str):
    "(heading, header cells, first row) of each `[table]` whose header line sits right under a short `[title]` line."
    lines, out = text.splitlines(), []
    for i, ln in enumerate(lines):
        if not ln.startswith("[table] ") or not _header(head := ln[8:].split(" | ")): continue
        m = re.fullmatch(r"\[title\] ([A-Za-z][A-Za-z ]{2,40})", lines[i - 1].strip()) if i else None
        if m: out.append((m.group(1).strip(), head, lines[i + 1].strip().split(" | ") if i + 1 < len(lines) and lines[i + 1].startswith("  ") else []))
    return out


def heading_tables(s, text: str):
    "A table for each headed header block none of whose cells the answer shows."
    s = deepcopy(s); have = {normalize_name(t.name) for t in s.tables}
    names, _ = page_names(text)
    for title, head, row in _heading_blocks(text):
        cols = [(k, _snake(c)) for k, c in enumerate(head) if _label_like(c) and _snake(c) not in _NOT_COLUMNS]
        if len(cols) < 2 or any(_shown_as(n, t) for t in s.tables for _, n in cols): continue
        words = _snake(title).split("_")
        name = "_".join(words[:-1] + [plural(_singular(words[-1]))])
        if len(words) > 3 or normalize_name(name) in have or name not in names: continue
        have.add(normalize_name(name))
        s.tables.append(Table(name, [Column("id", "INTEGER", nullable=False)] +
                              [Column(n, value_type(row[k]) if len(row) == len(head) else "TEXT") for k, n in cols], ("id",)))
    return s


def score(rule) -> dict:
    "Mean table and column F1 per set and pooled, with `rule` applied to each committed answer (None: as committed)."
    text = E.page_texts()
    got, added = defaultdict(list), [0, 0]  # tables the rule added; of them, with a name of the label's
    for name, (data, run) in E.SETS.items():
        for r in read_rows(run / "results.jsonl"):
            truth, answer = parse_sql(json.loads((data / "labels" / f"{r['id']}.json").read_text())["ddl"]), parse_sql(r["sql"])
            if rule and answer.tables and validate_sql(to_sql(new := rule(answer, text[r["id"]]))).ok:
                extra = {normalize_name(t.name) for t in new.tables} - {normalize_name(t.name) for t in answer.tables}
                added[0] += len(extra); added[1] += len(extra & {normalize_name(t.name) for t in truth.tables})
                answer = new
            sc = compare(answer, truth)
            for k in (name, "pooled"): got[k].append((sc.tables.f1, sc.columns.f1))
    out = {k: {"n": len(v), "tables": round(st.mean(a for a, _ in v), 3), "columns": round(st.mean(b for _, b in v), 3)} for k, v in got.items()}
    return out | ({"added_tables": {"n": added[0], "named_as_a_label_table": added[1]}} if rule else {})


def main():
    res = {"as committed": score(None), "key_tables": score(key_tables), "heading_tables": score(heading_tables)}
    (HERE / "rules_proto.json").write_text(json.dumps(res, indent=1) + "\n")
    for k in res["as committed"]:
        print(f"{k:7s}", "   ".join(f"{r}: {v[k]['tables']:.3f} / {v[k]['columns']:.3f}" for r, v in res.items()))
    for r in ("key_tables", "heading_tables"): print(r, "added", res[r]["added_tables"])


if __name__ == "__main__":
    main()
