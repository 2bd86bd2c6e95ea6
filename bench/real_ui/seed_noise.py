"""The validation set's own seed noise: several draws of one training recipe, scored side by side on the 112 pages.

Every verdict on the validation set since run 14 compared one draw of a recipe with one draw of another. Run 16
measured how far a draw moves on the training-only pages (per source up to 0.32); this measures it here. Each adapter
answers every validation page as the bundled one does (llama.cpp, page names, grounded) from the same text: the
reader (v2) reads each page once (`--cache` → `texts_v2.json.gz`, beside this file), so only generation and grounding
run per adapter, and every draw reads the same words.

    python bench/real_ui/seed_noise.py --cache                                  # read the 112 pages once (~3 min here)
    python bench/real_ui/seed_noise.py run4=ghost_architect/models/embedded-270m r4s1=FOLDER ...   # → seeds/runs/<label>
    python bench/real_ui/seed_noise.py --report RECIPE=LABEL,LABEL,... ...       # → seeds.json, seeds.png

`seeds/baseline.*` (evaluate.py's table) lists the draws of the last answering call only: name every draw in one call
(answered draws are only read again). Likewise `--report` writes `seeds.json` with the recipes it is given only: name them all.
A recipe's effect on a source is called systematic only when every draw of it lies outside the other recipe's range of
draws on the same side; otherwise it is within the seed noise.
"""
import argparse
import gzip
import json
import statistics as st
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
DATA = HERE / "data"
TEXTS = HERE / "texts_v2.json.gz"
OUT = HERE / "seeds"
FACETS = ("tables_f1", "columns_f1")


def validation_pages() -> list[Path]:
    "The validation group's screenshots (pages.csv), in file order."
    import csv
    rows = list(csv.DictReader(open(DATA / "pages.csv")))
    return [DATA / "images" / f"{r['id']}.png" for r in rows if r["group"] == "validation"]


def cache_texts():
    "Read every validation page once with reader v2 and keep page id → text (gzip JSON, written atomically)."
    from ghost_architect.infer import read_text
    texts = {p.stem: read_text(p, "v2") for p in validation_pages()}
    tmp = TEXTS.with_suffix(".tmp")
    with gzip.open(tmp, "wt") as f: json.dump(texts, f, sort_keys=True)
    tmp.replace(TEXTS)
    print(f"{len(texts)} pages → {TEXTS.relative_to(ROOT)}")


def use_cached_texts():
    "Every page is read from `texts_v2.json.gz` (no OCR), through `errors.use_texts`."
    sys.path.insert(0, str(HERE)); from errors import use_texts
    use_texts(json.loads(gzip.open(TEXTS).read()))


def answer(specs: list[str]):
    "Each LABEL=FOLDER answers the validation pages into seeds/runs/LABEL (resumable: evaluate.py skips answered pages)."
    use_cached_texts()
    sys.path.insert(0, str(HERE)); import evaluate
    evaluate.main(["--out", str(OUT), "--backends", *specs])


def scores(label: str) -> dict[str, dict[str, float]]:
    "Per source and pooled ('all'): mean table and column F1 over the pages, as evaluate.py summed them up (summary.json)."
    s = json.loads((OUT / "runs" / label / "summary.json").read_text())
    return {d: {f: round(v[f], 3) for f in FACETS} | {"n": v["n"]} for d, v in {**s["per_domain"], "all": s["overall"]}.items()}


def compare(recipes: dict[str, list[str]]) -> dict:
    "Per recipe and source: each draw's scores, their range and mean; per pair of recipes, which sources differ beyond the draws' ranges."
    s = {lab: scores(lab) for labs in recipes.values() for lab in labs}
    sources = sorted(next(iter(s.values())))
    out = {"recipes": {}, "systematic": {}}
    for name, labs in recipes.items():
        out["recipes"][name] = {d: {f: {"draws": {l: s[l][d][f] for l in labs}, "min": min(s[l][d][f] for l in labs),
                                        "max": max(s[l][d][f] for l in labs), "mean": round(st.mean(s[l][d][f] for l in labs), 3)}
                                    for f in FACETS} | {"n": s[labs[0]][d]["n"]} for d in sources}
    names = list(recipes)
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            A, B, diff = out["recipes"][a], out["recipes"][b], {}
            for d in sources:
                for f in FACETS:
                    if A[d][f]["min"] > B[d][f]["max"]: diff.setdefault(d, {})[f] = f"{a} higher"
                    elif A[d][f]["max"] < B[d][f]["min"]: diff.setdefault(d, {})[f] = f"{b} higher"
            out["systematic"][f"{a} vs {b}"] = diff
    return out


def plot(res: dict, path: Path):
    "Per source, each recipe's draws as dots and their range as a bar: table F1 left, column F1 right."
    import matplotlib; matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    recipes = res["recipes"]; names = list(recipes)
    sources = [d for d in next(iter(recipes.values())) if d != "all"] + ["all"]
    fig, axes = plt.subplots(1, 2, figsize=(13, 0.42 * len(sources) + 1.6), sharey=True)
    for ax, f in zip(axes, FACETS):
        for k, name in enumerate(names):
            for j, d in enumerate(sources):
                y = j + (k - (len(names) - 1) / 2) * 0.28
                e = recipes[name][d][f]
                ax.plot([e["min"], e["max"]], [y, y], color=f"C{k}", lw=5, alpha=0.35, solid_capstyle="butt")
                ax.scatter(list(e["draws"].values()), [y] * len(e["draws"]), color=f"C{k}", s=14, zorder=3,
                           label=f"{name}'s recipe: {len(e['draws'])} draws" if j == 0 else None)
        ax.set_yticks(range(len(sources)), [f"{d} ({recipes[names[0]][d]['n']})" for d in sources])
        ax.axhline(len(sources) - 1.5, color="grey", lw=0.6)
        ax.set_xlim(-0.02, 1.02); ax.set_xlabel(f.replace("_f1", " F1")); ax.grid(axis="x", alpha=0.3)
        ax.invert_yaxis()
    axes[0].legend(loc="lower left", fontsize=8)
    fig.suptitle("Validation set (112 pages, 13 held-out UIs): each dot one trained draw; bars span the draws", fontsize=10)
    fig.tight_layout(); fig.savefig(path, dpi=110); plt.close(fig)


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("specs", nargs="*", help="LABEL=ADAPTER_FOLDER to answer, or with --report RECIPE=LABEL,LABEL,...")
    ap.add_argument("--cache", action="store_true", help="read the validation pages once into texts_v2.json.gz")
    ap.add_argument("--report", action="store_true", help="compare recipes' draws → seeds.json, seeds.png")
    a = ap.parse_args()
    if a.cache: cache_texts()
    elif a.report:
        res = compare({k: v.split(",") for k, v in (s.split("=", 1) for s in a.specs)})
        (OUT / "seeds.json").write_text(json.dumps(res, indent=1)); plot(res, OUT / "seeds.png")
        for k, v in res["systematic"].items(): print(k, json.dumps(v))
        for name, r in res["recipes"].items(): print(name, "all", {f: (r["all"][f]["min"], r["all"][f]["max"]) for f in FACETS})
    elif a.specs: answer(a.specs)
    else: ap.error("nothing to do: --cache, LABEL=FOLDER ..., or --report")
