"""Run 16: how far run 4's recipe moves with the trainer's seed alone, on real pages none of its draws trained on.

Four draws of one recipe (records_v2, rank 16, 350 steps): the bundled adapter (run 4) and the same command run again
with seeds 42, 1 and 2 (bench/embedded/gpu_run16s*). Each was scored with the bundled pipeline (llama.cpp, page names,
grounded) on the 238 training-only real pages (bench/real_train/data and sets A-D). Per source and pooled, the spread
(max - min) and standard deviation of table and column F1 across the draws is the noise floor a gate must clear.

    python bench/embedded/seeds.py            # reads the committed answers, writes seeds.json and seeds.png here
"""
import json
import statistics as st
from collections import defaultdict
from pathlib import Path

from ghost_architect.evaluate import read_rows

ROOT = Path(__file__).resolve().parents[2]
RT = ROOT / "bench/real_train"
SETS = {"dev": (RT / "data", RT / "dev/runs/ground"), "A": (RT / "data_a", RT / "select/a/runs/run4"),
        "B": (RT / "data_b", RT / "select/b/runs/run4"), "C": (RT / "data_c", RT / "select/c/runs/run4"),
        "D": (RT / "data_d", RT / "select/d/runs/run4")}
DRAWS = ["run 4", "seed 42", "seed 1", "seed 2"]


def rows(path: Path) -> dict[str, dict]:
    "The scored answers of one run, by page id."
    return {r["id"]: r for r in read_rows(path / "results.jsonl")}


def collect() -> dict[str, dict[str, dict[str, dict]]]:
    "draw -> set -> page id -> row, for the four draws."
    out = defaultdict(dict)
    for s, (data, run4) in SETS.items():
        out["run 4"][s] = rows(run4)
        for d, lab in zip(DRAWS[1:], ("s42", "s1", "s2")):
            out[d][s] = rows(RT / "seeds" / data.name / "runs" / lab)
    return out


def spread(vals: list[float]) -> dict:
    return {"values": [round(v, 3) for v in vals], "range": round(max(vals) - min(vals), 3), "sd": round(st.stdev(vals), 3)}


def main():
    got = collect()
    src = {s: {i: r["domain"] for i, r in got["run 4"][s].items()} for s in SETS}  # a real page's domain is its source
    groups = defaultdict(list)  # (set, source) -> page ids
    for s, m in src.items():
        for pid, so in m.items(): groups[(s, so)].append(pid)
    res = {"draws": DRAWS, "sources": {}, "pooled": {}}
    for (s, so), ids in sorted(groups.items()):
        for d in DRAWS: assert set(ids) <= set(got[d][s]), f"{d}: {s}/{so} not fully scored"
        res["sources"][f"{so} ({s})"] = {"n": len(ids), **{f: spread([st.mean(got[d][s][i][f + "_f1"] for i in ids) for d in DRAWS])
                                                          for f in ("tables", "columns")}}
    every = [(s, i) for s, m in src.items() for i in m]
    res["pooled"] = {"n": len(every), **{f: spread([st.mean(got[d][s][i][f + "_f1"] for s, i in every) for d in DRAWS])
                                         for f in ("tables", "columns")}}
    res["median_source_range"] = {f: round(st.median(v[f]["range"] for v in res["sources"].values()), 3) for f in ("tables", "columns")}
    (ROOT / "bench/embedded/seeds.json").write_text(json.dumps(res, indent=1) + "\n")
    plot(res)
    print(json.dumps({"pooled": res["pooled"], "median_source_range": res["median_source_range"]}))


def plot(res: dict):
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    names = sorted(res["sources"], key=lambda k: st.mean(res["sources"][k]["tables"]["values"]))
    fig, axes = plt.subplots(1, 2, figsize=(12, 0.38 * len(names) + 1.6), sharey=True)
    for ax, f in zip(axes, ("tables", "columns")):
        for y, k in enumerate(names):
            v = res["sources"][k][f]["values"]
            ax.plot([min(v), max(v)], [y, y], color="0.75", lw=4, zorder=1)
            for j, (d, x, mk) in enumerate(zip(DRAWS, v, "o^sD")): ax.scatter(x, y, marker=mk, s=28, color=f"C{j}", zorder=2, label=d if y == 0 else None)
        ax.set_xlim(-0.02, 1.02); ax.set_xlabel(f"{f[:-1]} F1"); ax.grid(axis="x", alpha=0.3)
    axes[0].set_yticks(range(len(names)), [f"{k} · {res['sources'][k]['n']}" for k in names], fontsize=8)
    axes[0].legend(loc="lower right", fontsize=8)
    p = res["pooled"]
    fig.suptitle(f"Run 4's recipe, four draws (seed only), on {p['n']} real pages none trained on: pooled table F1 "
                 f"{min(p['tables']['values']):.3f}-{max(p['tables']['values']):.3f}, column F1 "
                 f"{min(p['columns']['values']):.3f}-{max(p['columns']['values']):.3f}", fontsize=10)
    fig.tight_layout()
    fig.savefig(ROOT / "bench/embedded/seeds.png", dpi=110)


if __name__ == "__main__": main()
