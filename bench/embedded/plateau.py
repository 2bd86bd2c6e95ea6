"""Runs 4 and 8–11 side by side: the held-out synthetic prompts (scored in PyTorch by train_270m.py) against the real
pages of the development set (bench/real_train, llama.cpp, page names), every answer grounded as the embedded backend
grounds it by default (chapter 06 `ground_schema`; runs scored before grounding existed are grounded here, from their
committed answers and the reader's text of each page). Writes plateau.json and plateau.png beside this script.

    . .venv/bin/activate && python bench/embedded/plateau.py              # ~4 minutes on 2 cores (the reader reads every page)
    python bench/embedded/plateau.py --text DIR                           # DIR/<id>.txt: the reader's text, cached
"""
import argparse
import json
import statistics
from pathlib import Path

from ghost_architect.core import write_atomic
from ghost_architect.evaluate import read_rows
from ghost_architect.infer import ground_schema
from ghost_architect.schema import compare, parse_sql

HERE = Path(__file__).resolve().parent
DEV = HERE.parents[1] / "bench/real_train"
RUNS = {"4": ("ground", "gpu_run4"), "8a": ("run8a", "gpu_run8a"), "8b": ("run8b", "gpu_run8b"), "9a": ("run9a", "gpu_run9a"),
        "9b": ("run9b", "gpu_run9b"), "10a": ("run10a", "gpu_run10a"), "10b": ("run10b", "gpu_run10b"), "10c": ("run10c", "gpu_run10c"),
        "11a": ("run11a", "gpu_run11a"), "11b": ("run11b", "gpu_run11b"), "11c": ("run11c", "gpu_run11c")}


def page_text(pid: str, cache: Path | None) -> str:
    "The reader's text of a development page: from the cache when given, else read now."
    if cache is not None: return (cache / f"{pid}.txt").read_text()
    from ghost_architect.reader import read_screenshot_v2
    return read_screenshot_v2(DEV / "data/images" / f"{pid}.png")


def dev_scores(run: str, texts: dict) -> tuple[float, float]:
    "Mean table and column F1 of a development run, its answers grounded when they were not."
    summary = json.loads((DEV / "dev/runs" / run / "summary.json").read_text())
    grounded, t, c = summary["answer_key"].get("ground", False), [], []
    for r in read_rows(DEV / "dev/runs" / run / "results.jsonl"):
        truth = json.loads((DEV / "data/labels" / f"{r['id']}.json").read_text())["ddl"]
        try: pred = parse_sql(r["sql"])
        except ValueError: t.append(0.0); c.append(0.0); continue  # an invalid answer scores nothing, as in the run
        if not grounded: pred = ground_schema(pred, texts[r["id"]])[0]
        s = compare(pred, truth); t.append(s.tables.f1); c.append(s.columns.f1)
    return statistics.mean(t), statistics.mean(c)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--text", help="a folder of the reader's text per page (<id>.txt); default: read the pages now")
    a = ap.parse_args()
    cache = Path(a.text) if a.text else None
    ids = [r["id"] for r in read_rows(DEV / "dev/runs/ground/results.jsonl")]
    texts = {i: page_text(i, cache) for i in ids}
    rows = []
    for name, (run, gpu) in RUNS.items():
        recipe = json.loads((HERE / gpu / "recipe.json").read_text())
        after = recipe["after"]
        table, column = dev_scores(run, texts)
        rows.append({"run": name, "r": recipe["config"]["r"],
                     "synthetic_table_f1": after["table_f1"], "synthetic_column_f1": after["column_f1"],
                     "dev_table_f1": table, "dev_column_f1": column})
        print(f"run {name:4s} synthetic {after['table_f1']:.3f} / {after['column_f1']:.3f}   development {table:.3f} / {column:.3f}")
    write_atomic(HERE / "plateau.json", json.dumps({"machine": "this project's 2-core CPU (llama.cpp answers were scored "
                 "when each run was made); synthetic figures from each run's recipe (one H200, PyTorch)", "runs": rows}, indent=1).encode())
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    fig, axes = plt.subplots(1, 2, figsize=(10, 3.6), sharey=True)
    x = range(len(rows))
    for ax, facet in zip(axes, ("table", "column")):
        ax.plot(x, [r[f"synthetic_{facet}_f1"] for r in rows], "o-", label="synthetic test prompts (48)")
        ax.plot(x, [r[f"dev_{facet}_f1"] for r in rows], "s-", label="real pages, development set (115)")
        ax.set_xticks(list(x), [r["run"] for r in rows]); ax.set_title(f"{facet} F1"); ax.set_xlabel("run"); ax.grid(alpha=.3)
        ax.set_ylim(0.3, 1.0)
    axes[0].legend(loc="lower left", fontsize=8)
    fig.suptitle("Eleven adapters: the generator's pages are learnt, real pages stay on one plateau", fontsize=10)
    fig.tight_layout(); fig.savefig(HERE / "plateau.png", dpi=110)


if __name__ == "__main__":
    main()
