"""Side by side on the real-UI validation set, per source: rules, the previous embedded adapter (reader v1) and the new
one (reader v2, answers judged with the reference repair), from the run folders of evaluate.py and rescore.py.

    python bench/real_ui/compare.py      # → compare.md, compare.png
The previous adapter's run was stopped after 32 of 85 pages (the CPU was shared); its rows compare on those pages only.
"""
import json, statistics
from pathlib import Path

HERE = Path(__file__).resolve().parent
rows = lambda run: {r["id"]: r for r in map(json.loads, (HERE / "runs" / run / "results.jsonl").read_text().splitlines())}
rules, old, new = rows("rules"), rows("embedded-v1"), rows("embedded-v2")
fixed = json.loads((HERE / "runs/embedded-v2/rescored.json").read_text())
mean = lambda xs, k: statistics.mean(x[k] for x in xs) if xs else float("nan")
srcs = sorted({r["domain"] for r in new.values()})
lines = ["| source | n | rules valid / table / column | new adapter, repaired: valid / table / column | new, raw valid | "
         "n old | old adapter table / column | new on the same pages |", "|---|---|---|---|---|---|---|---|"]
for s in srcs + ["overall"]:
    ids = [i for i, r in new.items() if s in (r["domain"], "overall")]
    oid = [i for i in ids if i in old]
    f = fixed["per_source_after"].get(s) or fixed["after"]
    lines.append(f"| {s} | {len(ids)} | {mean([rules[i] for i in ids], 'valid'):.0%} / {mean([rules[i] for i in ids], 'tables_f1'):.2f} / "
                 f"{mean([rules[i] for i in ids], 'columns_f1'):.2f} | {f['valid']:.0%} / {f['tables_f1']:.2f} / {f['columns_f1']:.2f} | "
                 f"{mean([new[i] for i in ids], 'valid'):.0%} | {len(oid)} | " + (f"{mean([old[i] for i in oid], 'tables_f1'):.2f} / "
                 f"{mean([old[i] for i in oid], 'columns_f1'):.2f} | {mean([new[i] for i in oid], 'tables_f1'):.2f} / {mean([new[i] for i in oid], 'columns_f1'):.2f} |" if oid else "— | — |"))
(HERE / "compare.md").write_text("\n".join(lines) + "\n")
print("\n".join(lines))
import matplotlib; matplotlib.use("Agg"); import matplotlib.pyplot as plt
fig, axes = plt.subplots(1, 2, figsize=(12, 4.2), sharey=True)
for ax, k in zip(axes, ("tables_f1", "columns_f1")):
    for j, (label, vals) in enumerate((("rules", [mean([r for r in rules.values() if r["domain"] == s], k) for s in srcs]),
                                       ("new adapter (reader v2)", [fixed["per_source_after"][s][k] for s in srcs]))):
        ax.bar([x + j * 0.4 for x in range(len(srcs))], vals, 0.4, label=label)
    ax.set_xticks([x + 0.2 for x in range(len(srcs))], srcs, rotation=40, ha="right", fontsize=8)
    ax.set_title(k.replace("_f1", " F1")); ax.set_ylim(0, 1); ax.axhline({"tables_f1": 0.8, "columns_f1": 0.65}[k], color="k", lw=0.8, ls="--")
axes[0].legend(fontsize=8); fig.suptitle("real-UI validation set, 85 pages, per source (dashed: the issue's target)"); fig.tight_layout()
fig.savefig(HERE / "compare.png", dpi=80)
