"""The held-out evaluation of the embedded path (chapter 07's `evaluate`): the test split of `make_data.py`'s dataset
(schemas never trained on), each backend in turn, on this machine's CPU, one process, nothing else running.

    python bench/embedded/evaluate.py --data data/embedded --backends rules embedded-untuned embedded --limit 60
    python bench/embedded/evaluate.py --data data/embedded --backends embedded-torch --limit 60   # no llama.cpp
    python bench/embedded/evaluate.py --data FOLDER --backends LABEL=ADAPTER_FOLDER --limit 84 --out bench/embedded/eval_synthetic

Writes bench/embedded/eval/<backend>/{results.jsonl,summary.json,report.md} (resumable) and eval.png.
"""
import argparse
from pathlib import Path

from ghost_architect.evaluate import eval_items, evaluate, load_summary, plot_runs, report
from ghost_architect.infer import EmbeddedBackend

ap = argparse.ArgumentParser()
ap.add_argument("--data", default="data/embedded")
ap.add_argument("--backends", nargs="+", default=["rules", "embedded-untuned", "embedded"])
ap.add_argument("--limit", type=int, default=60)
ap.add_argument("--out", default="bench/embedded/eval")
a = ap.parse_args()
items = eval_items(a.data, "test", a.limit)
out = Path(a.out)
for spec in a.backends:
    name, _, folder = spec.partition("=")  # LABEL=FOLDER: the embedded backend with the adapter in FOLDER (adapter.gguf, recipe.json)
    b = EmbeddedBackend(runtime="torch") if name == "embedded-torch" else name  # the same model in PyTorch, no llama.cpp
    if folder: b = EmbeddedBackend(adapter=Path(folder) / "adapter.gguf"); b.name = name
    if name == "embedded-any-names": b = EmbeddedBackend(names=False); b.name = name  # decoding with any names, as before chapter 06's page names
    s = evaluate(items, b, out / name, name=name, dataset=str(a.data), split="test", limit=a.limit)
    report(s, out / name / "report.md")
    print(name, {k: round(v, 3) for k, v in s["overall"].items() if isinstance(v, float)}, flush=True)
sums = [load_summary(out / n.partition("=")[0]) for n in a.backends]
plot_runs(sums, title=f"held-out synthetic screenshots (n={len(items)})").savefig(out / "eval.png", dpi=110, bbox_inches="tight")
