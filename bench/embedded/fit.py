"""The fit test: adapters trained WITH the 238 training-only real pages, scored on those same pages.

Runs 5-19 asked whether real pages in the mix help on pages the model has not seen; none did beyond the seed noise.
This asks the question under it: can the 270M, reading the text the reader gives it, learn these pages' labels at all?
Two adapters were trained with run 4's recipe plus the 238 pages (`records_real_v4`: bench/real_train/data and sets A-D):
fitA (each page 4 times, 350 steps) and fitB (8 times, 500 steps). Each answers those pages here as run 4 did
(llama.cpp, page names, grounded), from the texts run 4 read (`records_real_v4`, so only generation and grounding run),
and is compared with run 4, which never trained on them. A score on pages one trained on is not a quality claim: it
is a ceiling for what this model and these labels allow.

Result (2026-12-01, this 2-core AMD EPYC; bench/embedded/README.md, run 20): on the development set fitA 0.665 / 0.512
and fitB 0.664 / 0.506 against run 4's 0.632 / 0.489 and a page-names ceiling of 0.89 / 0.81, because 217 of the 238
labels use words the DDL grammar forbids (BOOL, bare DECIMAL, UNSIGNED): under the grammar a model taught them derails.
With the labels in the grammar's words (`train_270m.py --grammar-labels`) gfit scores 0.702 / 0.589 there; gseln
(+ page names, sets C and D held out) passes its gate on C + D (0.345 / 0.264 against 0.268 / 0.187) and scores
0.62 / 0.47 on the validation set against run 4's 0.638 / 0.477: not bundled.

    bash bench/colab/device_session.sh setuptrain ... (bench/embedded/README.md, run 20)
    python bench/embedded/package_adapter.py /tmp/fitA/adapter --recipe /tmp/fitA/recipe.json --out FOLDER_A   # here
    python bench/embedded/fit.py fitA=FOLDER_A fitB=FOLDER_B [--sets data]   # answers into bench/embedded/fit/<set>/runs/<label>
    python bench/embedded/gate.py --runs bench/embedded/fit --label gseln --exclude SOURCES_IT_TRAINED_ON --json bench/embedded/fit/gate_gseln.json
    python bench/embedded/fit.py --report fitA fitB               # → fit/fit.json: tables a page, found / missed
    python bench/embedded/fit.py --plot                           # → fit/fit.png
"""
import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SETS = ("data", "data_a", "data_b", "data_c", "data_d")
OUT = HERE / "fit"


def page_texts() -> dict[str, str]:
    "Page id -> the text run 4 read (`records_real_v4`): `bench/real_ui/errors.py`'s, loaded once."
    sys.path.insert(0, str(ROOT / "bench/real_ui"))
    from errors import page_texts
    return page_texts()


def use_cached_texts():
    "Every page is read as run 4 read it: its text from `records_real_v4` (no OCR), through `errors.use_texts`."
    text = page_texts()  # puts bench/real_ui on the path
    from errors import use_texts
    use_texts(text)


def answer(specs: list[str], sets=SETS):
    "Each LABEL=FOLDER answers the pages of `sets` into OUT/<set>/runs/LABEL (resumable)."
    use_cached_texts()
    sys.path.insert(0, str(ROOT / "bench/real_ui")); import evaluate
    for s in sets:
        evaluate.main(["--data", str(ROOT / "bench/real_train" / s), "--group", "train", "--out", str(OUT / s), "--backends", *specs])


def report(labels: list[str]) -> dict:
    "Per run, over the pages it answered, beside run 4 on the same pages: `bench/real_ui/errors.py`'s shares (tables a page; the label's tables found, missed with a name the page allows, missed otherwise)."
    sys.path.insert(0, str(ROOT / "bench/real_ui"))
    from errors import RUNS, collect, shares
    out = {}
    for label in labels:
        mine = [(data, OUT / data.name / "runs" / label) for data, _ in RUNS if (OUT / data.name / "runs" / label).exists()]
        base = [(data, run4) for data, run4 in RUNS if any(data == d for d, _ in mine)]
        for name, runs in ((f"run 4 on {label}'s pages", base), (label, mine)):
            s = shares(collect(runs)["all"]); s.pop("counts"); s["sets"] = [d.name for d, _ in runs]
            out[name] = s; print(name, s)
    out["page-names ceiling (238 pages)"] = ceiling(); print("page-names ceiling", out["page-names ceiling (238 pages)"])
    (OUT / "fit.json").write_text(json.dumps(out, indent=1) + "\n")
    return out


def ceiling() -> dict:
    "The page-names ceiling on the 238 pages (`ceiling.py`'s oracle on the texts run 4 read): pooled table and column F1."
    import statistics as st
    sys.path.insert(0, str(HERE)); sys.path.insert(0, str(ROOT / "bench/real_ui"))  # real_ui's evaluate.py first
    from ceiling import oracle
    from seeds import SETS as RUN4
    from ghost_architect.evaluate import eval_items
    from ghost_architect.schema import compare
    text = page_texts()
    f1 = [(s.tables.f1, s.columns.f1) for data, _ in RUN4.values() for i in eval_items(data, split=None)
          for s in [compare(oracle(i.truth, text[i.id]), i.truth)]]
    return {"pages": len(f1), "tables": round(st.mean(t for t, _ in f1), 3), "columns": round(st.mean(c for _, c in f1), 3)}


def plot(path: Path = OUT / "fit.png"):
    "Per source, table and column F1: the fit arms on the development set (trained on it), the gate arms on sets C + D (not)."
    import statistics as st
    import matplotlib; matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    sys.path.insert(0, str(HERE))
    from seeds import SETS as RUN4, rows
    panels = [("trained on these pages: development set (115)", ["data"], ["fitA", "gfit"]),
              ("never trained on: sets C + D (62)", ["data_c", "data_d"], ["gsel", "gseln"])]
    fig, axes = plt.subplots(2, 2, figsize=(13, 7), gridspec_kw={"width_ratios": [8, 4]})
    for col, (title, sets, labels) in enumerate(panels):
        per = {}  # (label, source) -> [(table F1, column F1)]
        for data, run4 in RUN4.values():
            if data.name not in sets: continue
            for label in ["run 4"] + labels:
                got = rows(run4) if label == "run 4" else rows(OUT / data.name / "runs" / label)
                for r in got.values(): per.setdefault((label, r["domain"]), []).append((r["tables_f1"], r["columns_f1"]))
        srcs = sorted({s for _, s in per})
        for row, (k, facet) in enumerate([(0, "table F1"), (1, "column F1")]):
            ax, w = axes[row][col], 0.8 / (len(labels) + 1)
            for j, label in enumerate(["run 4"] + labels):
                ax.bar([x + j * w for x in range(len(srcs))], [st.mean(v[k] for v in per[(label, s)]) for s in srcs], w, label=label)
            ax.set_xticks([x + w * len(labels) / 2 for x in range(len(srcs))], srcs if row else [], rotation=35, ha="right", fontsize=8)
            ax.set_ylim(0, 1); ax.set_ylabel(facet); ax.grid(axis="y", alpha=0.3)
            if row == 0: ax.set_title(title, fontsize=10); ax.legend(fontsize=8)
    fig.suptitle("Real labels in the decoder's words (gfit, gsel, gseln) against run 4 and the old labels (fitA)", fontsize=11)
    fig.tight_layout(); fig.savefig(path, dpi=100); print(path)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("runs", nargs="*", help="LABEL=FOLDER to answer with (a packaged adapter folder); with --report, labels")
    ap.add_argument("--report", action="store_true", help="compare the committed answers instead of answering")
    ap.add_argument("--plot", action="store_true", help="draw fit.png from the committed answers")
    ap.add_argument("--sets", nargs="+", default=list(SETS), choices=SETS, help="which of the 238 pages' folders to answer")
    a = ap.parse_args()
    if a.plot: return plot()
    report(a.runs) if a.report else answer(a.runs, a.sets)


if __name__ == "__main__":
    main()
