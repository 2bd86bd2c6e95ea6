"""How far decoding under the page's names (chapter 06 `page_names`) lets a perfect model go on the real-UI pages.

    . .venv/bin/activate && python bench/real_ui/ceiling.py            # ~3 minutes on 2 cores (OCR of every page)
    python bench/real_ui/ceiling.py --data bench/real_train/data --group train --out bench/real_train/dev/ceiling.md

For each page the oracle answer is the true schema as the names grammar can write it: every true table, named by
its own name when the page's text allows it, else by the allowed name nearest to it (difflib ratio of the normalised
names), with only those true columns whose names the page allows. It is scored by `schema.compare`, as every answer
is. The page's text is the reader's (`reader.read_screenshot_v2`), as the model gets it. Writes a Markdown table
per source (default: ceiling.md beside this file).
"""
import argparse
import csv
import difflib
import statistics
from collections import defaultdict
from pathlib import Path

from evaluate import machine  # bench/real_ui/evaluate.py, beside this script
from ghost_architect.core import write_atomic
from ghost_architect.evaluate import eval_items
from ghost_architect.infer import page_names
from ghost_architect.reader import read_screenshot_v2
from ghost_architect.schema import Schema, Table, compare, normalize_name, parse_sql

HERE = Path(__file__).resolve().parent


def oracle(ddl: str, text: str) -> Schema:
    "The true schema of `ddl`, as far as the names the page's `text` allows can write it."
    tables, columns = page_names(text)
    near = lambda name: max(sorted(tables), key=lambda n: difflib.SequenceMatcher(None, normalize_name(n), normalize_name(name)).ratio())
    return Schema([Table(t.name if t.name.lower() in tables else near(t.name), [c for c in t.columns if c.name.lower() in columns])
                   for t in parse_sql(ddl).tables])


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(HERE / "data"))
    ap.add_argument("--group", default="validation", help="the pages.csv group to score (validation, train or all)")
    ap.add_argument("--out", default=str(HERE / "ceiling.md"))
    a = ap.parse_args()
    data = Path(a.data).resolve()
    shown = data.relative_to(HERE.parents[1]) if data.is_relative_to(HERE.parents[1]) else data
    group = {r["id"]: r["group"] for r in csv.DictReader((data / "pages.csv").open())}
    per = defaultdict(list)
    for item in eval_items(data, split=None):  # the pages as bench/real_ui/evaluate.py picks them
        if a.group != "all" and group.get(item.id) != a.group: continue
        s = compare(oracle(item.truth, read_screenshot_v2(item.image)), item.truth)
        per[item.domain].append((s.tables.f1, s.columns.f1))
    rows = sorted(per.items()) + [("overall", [x for v in per.values() for x in v])]
    md = [f"Machine: {machine()}. "
          f"{len(rows[-1][1])} pages of {shown}, group {a.group}. Oracle answers under the page's names (`ceiling.py`).", "",
          "| source | n | table F1 | column F1 |", "|---|---|---|---|"]
    md += [f"| {d} | {len(v)} | {statistics.mean(x[0] for x in v):.2f} | {statistics.mean(x[1] for x in v):.2f} |" for d, v in rows]
    write_atomic(Path(a.out), ("\n".join(md) + "\n").encode())
    print("\n".join(md))


if __name__ == "__main__":
    main()
