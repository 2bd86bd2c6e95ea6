"""All multi-GPU runs in one table (scaling.csv) and one picture (scaling.png): step time on 1 and 2 GPUs, and how far
the 2-GPU loss is from the 1-GPU loss at each step.

    python bench/multi_gpu/plot.py     # reads bench/multi_gpu/scaling_*.json (scaling.py's results)
"""
import csv
import json
from pathlib import Path

import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt

here = Path(__file__).parent
RUNS = {  # result file → label; the dataparallel file is the superseded first call (see README)
    "scaling_4b_ddp.json": "4B text, DDP, DoRA", "scaling_4b_fsdp_qlora.json": "4B text, FSDP, DoRA",
    "scaling_4b_fsdp_qlora_lora.json": "4B text, FSDP, LoRA", "scaling_12b_fsdp_qlora_lora.json": "12B text, FSDP, LoRA",
    "scaling_vision_4b_ddp.json": "4B vision, DDP, DoRA", "scaling_vision_4b_fsdp_qlora.json": "4B vision, FSDP, DoRA"}
res = {label: json.loads((here / f).read_text()) for f, label in RUNS.items()}
cols = ["setup", "gpus", "step_s", "tokens_per_s_from_steps", "peak_allocated_gib", "adapter_tensors", "adapter_bytes", "steps", "first_loss", "last_loss", "device"]
with (here / "scaling.csv").open("w", newline="") as f:
    w = csv.DictWriter(f, cols); w.writeheader()
    for label, r in res.items():
        for x in sorted(r["runs"], key=lambda x: x["gpus"]):
            w.writerow({"setup": label, "gpus": x["gpus"], "step_s": round(x["step_s"], 3), "tokens_per_s_from_steps": round(x["tokens_per_s_from_steps"]),
                        "peak_allocated_gib": x["peak_allocated_gib"], "adapter_tensors": x.get("adapter_tensors"), "adapter_bytes": x.get("adapter_bytes"), "steps": len(x["losses"]),
                        "first_loss": round(x["losses"][0], 4), "last_loss": round(x["losses"][-1], 4), "device": r.get("device", "2 x NVIDIA H200 (README)")})

fig, axs = plt.subplots(1, 2, figsize=(12, 3.8), gridspec_kw={"width_ratios": [1.3, 1]})
labels = list(res)
one = [next(x["step_s"] for x in res[l]["runs"] if x["gpus"] == 1) if any(x["gpus"] == 1 for x in res[l]["runs"]) else None for l in labels]
one[labels.index("4B vision, FSDP, DoRA")] = one[labels.index("4B vision, DDP, DoRA")]  # the same one-GPU run (same config)
two = [next(x["step_s"] for x in res[l]["runs"] if x["gpus"] == 2) for l in labels]
ys = range(len(labels))
axs[0].barh([y + 0.2 for y in ys], one, 0.4, label="1 GPU"); axs[0].barh([y - 0.2 for y in ys], two, 0.4, label="2 GPUs")
axs[0].set_yticks(list(ys), labels); axs[0].invert_yaxis(); axs[0].set_xlabel("seconds per optimizer step (8 sequences of 2048 tokens)")
axs[0].legend(); axs[0].set_title("1 vs 2 GPUs, same global batch (2 × H200)", fontsize=10)
for l in labels:  # how far the 2-GPU loss is from the 1-GPU loss, step by step
    by = {x["gpus"]: x for x in res[l]["runs"]}
    base = by.get(1) or {x["gpus"]: x for x in res["4B vision, DDP, DoRA"]["runs"]}[1]  # vision FSDP: the same one-GPU run
    axs[1].plot(range(1, len(by[2]["losses"]) + 1), [100 * abs(a - b) / b for a, b in zip(by[2]["losses"], base["losses"])], marker=".", label=l)
axs[1].set_xlabel("optimizer step"); axs[1].set_ylabel("|loss 2 GPUs − loss 1 GPU|, % of loss"); axs[1].legend(fontsize=7)
axs[1].set_title("the same training on 1 and 2 GPUs", fontsize=10)
fig.tight_layout(); fig.savefig(here / "scaling.png", dpi=110)
print((here / "scaling.csv").read_text())
