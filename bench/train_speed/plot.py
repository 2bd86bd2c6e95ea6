"""Merge the device calls of `train_speed.py` into one table (CSV) and a plot.

    python bench/train_speed/plot.py     # reads bench/train_speed/train_speed_call*.json
"""
import csv
import json
from pathlib import Path

import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt

res = Path(__file__).parent
rows = {}
for f in sorted(res.glob("train_speed_call*.json")):
    for r in json.loads(f.read_text())["rows"]:
        if "error" not in r and r["name"] not in rows: rows[r["name"]] = {**r, "source": f.name}
cols = ["name", "backend", "model", "dora", "ctx", "tokens_per_s", "s_per_step", "peak_allocated_gib", "peak_reserved_gib",
        "mfu", "first_loss", "last_loss", "gpu", "source"]
with (res / "train_speed.csv").open("w", newline="") as f:
    w = csv.DictWriter(f, cols, extrasaction="ignore"); w.writeheader(); w.writerows(rows.values())

fig, axs = plt.subplots(1, 2, figsize=(10, 3.6))
labels = [f"{m} {v}" for v in ("lora", "dora") for m in ("1b", "4b")]
for k, (key, title) in enumerate((("tokens_per_s", "tokens/s (ctx 2048, batch 1)"), ("peak_allocated_gib", "peak allocated GiB"))):
    ax = axs[k]
    for j, b in enumerate(("hf", "unsloth")):
        vals = [rows.get(f"{l.split()[0]}-{l.split()[1]}-{b}", {}).get(key) for l in labels]
        xs = [i + (j - 0.5) * 0.38 for i in range(len(labels))]
        ax.bar(xs, [v or 0 for v in vals], 0.38, label="transformers + PEFT" if b == "hf" else "unsloth")
        for x, v in zip(xs, vals):
            if v is None: ax.text(x, 0, "not\nmeasured", ha="center", va="bottom", fontsize=7)
    ax.set_xticks(range(len(labels)), labels); ax.set_title(title)
axs[0].legend()
gpu = next(iter(rows.values()))["gpu"]
fig.suptitle(f"Trinity training step, random-init Gemma-3 text, nf4-dq + rsLoRA r64 (DoRA on/off) — {gpu}", fontsize=10)
fig.tight_layout(); fig.savefig(res / "train_speed.png", dpi=110)
print(json.dumps({k: (v["tokens_per_s"], v["peak_allocated_gib"], v["mfu"]) for k, v in rows.items()}, indent=1))
