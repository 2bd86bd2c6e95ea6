"""Where a model's answers lose on real pages: the true tables it finds, misses with a name the page shows, or misses
with a name no page text holds; and, in the tables it finds, the true columns it misses and the columns it adds.

Reads scored answers (`evaluate.py`'s results.jsonl), the labels, and the text each page gave the model (training
records: `make_data_v2.py`'s output). A name is "on the page" when `infer.page_names` allows it, i.e. the grammar
could have written it. Defaults: the bundled adapter (run 4) on the 238 training-only real pages (bench/real_train/data
and sets A-D), none of which it trained on. Never point this at the validation set's answers to shape a change.

    python bench/real_ui/errors.py                     # writes errors.json, errors.md, errors.png here
"""
from __future__ import annotations

import argparse
import functools
import gzip
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

from ghost_architect.evaluate import read_rows
from ghost_architect.infer import GENERIC_COLUMNS, form_blocks, page_names, table_headers, _snake
from ghost_architect.schema import align_tables, normalize_name, parse_sql

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "embedded"))
from seeds import SETS  # noqa: E402  (set -> (its pages, run 4's answers to them): the one list of the 238 pages)

RUNS = list(SETS.values())
TEXTS = HERE.parent / "real_train" / "records_real_v4.json.gz"


@functools.cache
def page_texts(path: Path = TEXTS) -> dict[str, str]:
    "Page id -> the text the model read (training records), read once."
    return {r["id"]: r["text"] for r in json.loads(gzip.open(path).read())}


def use_texts(text: dict[str, str]):
    "Answer every page from `text` (page id -> reader v2's text) instead of reading its screenshot: `infer.read_text` replaced. An adapter trained on another reader, or a page missing from `text`, is an error, not a silent re-read."
    from ghost_architect import infer
    def read(image, reader="v1"):
        if reader != "v2": raise SystemExit(f"the cached texts are reader v2's; this adapter was trained on reader {reader}")
        return text[Path(image).stem]
    infer.read_text = read


def page_errors(truth: str,  # the label's DDL
                answer: str,  # the model's DDL (as scored)
                text: str,  # the layout text the model read
               ) -> Counter:
    "Counts for one page: true tables found / missed (name on the page or not); in found tables, true columns found and "
    "missed (in a header or form label, elsewhere in the text, nowhere) and columns added (generic, in a header, other)."
    t = parse_sql(truth)
    try: p = parse_sql(answer)
    except Exception: p = parse_sql("")  # an answer that does not parse finds nothing
    names, cols = page_names(text)
    on_page = {normalize_name(n) for n in names}
    in_text = {normalize_name(c) for c in cols}
    shown = {normalize_name(_snake(c)) for h, _ in table_headers(text) for c in h} | {normalize_name(_snake(c)) for b in form_blocks(text) for c in b}
    generic = {normalize_name(g) for g in GENERIC_COLUMNS}
    found = {v: k for k, v in align_tables(p, t).items()}  # true table -> the answer's table aligned to it
    c = Counter(pages=1, true_tables=len(t.tables), answer_tables=len(p.tables), extra_tables=len(p.tables) - len(found))
    for tt in t.tables:
        tc = {normalize_name(x.name, tt.name) for x in tt.columns}
        c["true_columns"] += len(tc)
        if tt.name not in found:
            c["missed_table_on_page" if normalize_name(tt.name) in on_page else "missed_table_not_on_page"] += 1
            c["columns_of_missed_tables"] += len(tc)
            continue
        c["found_tables"] += 1
        pt = next(x for x in p.tables if x.name == found[tt.name])
        pc = {normalize_name(x.name, pt.name) for x in pt.columns}
        c["found_columns"] += len(tc & pc)
        for m in tc - pc: c["missed_column_shown" if m in shown else "missed_column_in_text" if m in in_text else "missed_column_nowhere"] += 1
        for e in pc - tc: c["added_column_generic" if e in generic else "added_column_shown" if e in shown else "added_column_other"] += 1
    return c


def collect(runs=RUNS, texts: Path = TEXTS) -> dict[str, Counter]:
    "Summed counts per source (and `all`) over the answered pages of `runs`: [(data folder, run folder)]."
    text = page_texts(texts)
    out = defaultdict(Counter)
    for data, run in runs:
        for r in read_rows(run / "results.jsonl"):
            truth = json.loads((data / "labels" / f"{r['id']}.json").read_text())["ddl"]
            c = page_errors(truth, r["sql"], text[r["id"]])
            out[r["domain"]] += c; out["all"] += c
    return dict(out)


def shares(c: Counter) -> dict:
    "The counts as shares: of the true tables, of the true columns, of the found tables' columns."
    t, col = c["true_tables"] or 1, c["true_columns"] or 1
    return {"pages": c["pages"], "true_tables_per_page": round(c["true_tables"] / c["pages"], 2),
            "answer_tables_per_page": round(c["answer_tables"] / c["pages"], 2),
            "tables": {k: round(c[k] / t, 3) for k in ("found_tables", "missed_table_on_page", "missed_table_not_on_page")},
            "extra_tables_per_page": round(c["extra_tables"] / c["pages"], 2),
            "columns_of_missed_tables": round(c["columns_of_missed_tables"] / col, 3),
            "counts": dict(sorted(c.items()))}


def plot(res: dict, path: Path):
    import matplotlib; matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    names = sorted((k for k in res if k != "all"), key=lambda k: res[k]["tables"]["found_tables"]) + ["all"]
    parts = [("found_tables", "found", "#2a9d8f"), ("missed_table_on_page", "missed, name on the page", "#e9c46a"),
             ("missed_table_not_on_page", "missed, name not on the page", "#e76f51")]
    fig, ax = plt.subplots(figsize=(9, 0.38 * len(names) + 1.4))
    left = [0.0] * len(names)
    for key, label, colour in parts:
        vals = [res[n]["tables"][key] for n in names]
        ax.barh(names, vals, left=left, color=colour, label=label)
        left = [a + b for a, b in zip(left, vals)]
    ax.set_xlim(0, 1); ax.set_xlabel("share of the label's tables"); ax.invert_yaxis()
    ax.set_title("Run 4 on 238 training-only real pages: which of the label's tables it writes")
    fig.legend(loc="lower center", ncol=3, frameon=False, fontsize=8)
    fig.tight_layout(rect=(0, 0.05, 1, 1)); fig.savefig(path, dpi=110); plt.close(fig)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(HERE), help="where errors.json, errors.md and errors.png go")
    a = ap.parse_args()
    out = Path(a.out)
    res = {k: shares(v) for k, v in sorted(collect().items())}
    (out / "errors.json").write_text(json.dumps(res, indent=1) + "\n")
    rows = ["| source | pages | label tables / page | answer tables / page | found | missed, name on page | missed, name not on page | extra tables / page |",
            "|---|---|---|---|---|---|---|---|"]
    for k, v in res.items():
        t = v["tables"]
        rows.append(f"| {k} | {v['pages']} | {v['true_tables_per_page']} | {v['answer_tables_per_page']} | {t['found_tables']:.2f} | "
                    f"{t['missed_table_on_page']:.2f} | {t['missed_table_not_on_page']:.2f} | {v['extra_tables_per_page']} |")
    c = res["all"]["counts"]
    cols = (f"In the tables it found: {c['found_columns']} true columns found; missed {c['missed_column_shown']} shown in a header "
            f"or form label, {c['missed_column_in_text']} elsewhere in the text, {c['missed_column_nowhere']} nowhere in it; added "
            f"{c['added_column_generic']} generic ({', '.join(sorted(GENERIC_COLUMNS))[:60]}…), {c['added_column_shown']} shown, "
            f"{c['added_column_other']} other. The missed tables hold {res['all']['columns_of_missed_tables']:.0%} of the true columns.")
    (out / "errors.md").write_text("Run 4 (bundled), llama.cpp, page names, grounded; 238 training-only real pages. `python bench/real_ui/errors.py`.\n\n"
                                   + "\n".join(rows) + "\n\n" + cols + "\n")
    plot(res, out / "errors.png")
    print((out / "errors.md").read_text())


if __name__ == "__main__":
    main()
