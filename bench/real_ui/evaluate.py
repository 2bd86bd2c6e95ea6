"""Score backends on the real-UI validation set, per source and overall; writes baseline.json, baseline.md, baseline.png.

    nice -n 10 python bench/real_ui/evaluate.py [--backends rules embedded] [--group validation]
Run folders (results.jsonl, summary.json) go to bench/real_ui/runs/<backend>/ and are resumed when run again.
"""
from __future__ import annotations

import argparse, csv, json, os, platform, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"


def machine() -> str:
    "The machine in words (CPU model, cores, GPU or none)."
    cpu = next((l.split(":", 1)[1].strip() for l in Path("/proc/cpuinfo").read_text().splitlines() if l.startswith("model name")), platform.processor())
    try:
        import torch; gpu = torch.cuda.get_device_name(0) if torch.cuda.is_available() else "no GPU"
    except Exception: gpu = "no GPU"
    return f"{cpu}, {os.cpu_count()} cores, {gpu}, Python {platform.python_version()}"


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--backends", nargs="+", default=["rules", "embedded"],
                    help="backend names, or LABEL=FOLDER for the embedded model with the adapter in FOLDER (adapter.gguf, recipe.json)")
    ap.add_argument("--any-names", nargs="*", default=[], metavar="LABEL",
                    help="labels of embedded backends that decode with any names, as before page names narrowed the grammar")
    ap.add_argument("--no-ground", nargs="*", default=[], metavar="LABEL",
                    help="labels of embedded backends whose answers stay as the model wrote them (no `ground_schema`), as before grounding")
    ap.add_argument("--group", default="validation", help="pages.csv group to score (validation, train or all)")
    ap.add_argument("--data", default=str(DATA), help="the dataset folder (bench/real_train/data: a development set for changes to the reader, never for a model trained on it)")
    ap.add_argument("--out", default=str(HERE), help="where runs/ and baseline.* go")
    a = ap.parse_args(argv)
    data, here = Path(a.data).resolve(), Path(a.out).resolve()
    here.mkdir(parents=True, exist_ok=True)
    if not (data / "pages.csv").exists(): sys.exit(f"no dataset at {data}: run bench/real_ui/collect.py first")
    from ghost_architect.evaluate import eval_items, evaluate
    group = {r["id"]: r["group"] for r in csv.DictReader((data / "pages.csv").open())}
    items = [i for i in eval_items(data, split=None) if a.group == "all" or group.get(i.id) == a.group]
    if not items: sys.exit(f"no pages in group {a.group!r}")
    out = {"machine": machine(), "dataset": os.path.relpath(data, HERE.parent.parent), "group": a.group, "n": len(items),
           "sources": sorted({i.domain for i in items}), "backends": {}}
    labels = [b.split("=", 1)[0] for b in a.backends]
    for spec, b in zip(a.backends, labels):
        backend = b
        if "=" in spec or b in a.any_names or b in a.no_ground:
            from ghost_architect.infer import EmbeddedBackend
            folder = Path(spec.split("=", 1)[1]) if "=" in spec else None
            backend = EmbeddedBackend(adapter=folder / "adapter.gguf" if folder else None, names=b not in a.any_names,
                                      ground=b not in a.no_ground); backend.name = b
        s = evaluate(items, backend, here / "runs" / b, progress=True, dataset=data.parent.name)
        keep = ("n", "valid", "tables_f1", "columns_f1", "types_f1", "primary_keys_f1", "foreign_keys_f1", "latency_p50_s", "latency_p95_s")
        pick = lambda m: {k: m.get(k) for k in keep}
        out["backends"][b] = {"overall": pick(s["overall"]), "per_source": {k: pick(v) for k, v in s["per_domain"].items()},
                              "per_view": {k: pick(v) for k, v in s["per_view"].items()}}
    a.backends = labels
    (here / "baseline.json").write_text(json.dumps(out, indent=1))
    lines = [f"Machine: {out['machine']}. {out['n']} pages, group {a.group}.", "",
             "| source | n | " + " | ".join(f"{b} valid | {b} table F1 | {b} column F1" for b in a.backends) + " |",
             "|---|---|" + "---|---|---|" * len(a.backends)]
    for src in out["sources"] + ["overall"]:
        ms = [out["backends"][b]["overall" if src == "overall" else "per_source"] for b in a.backends]
        ms = [m if src == "overall" else m[src] for m in ms]
        lines.append(f"| {src} | {ms[0]['n']} | " + " | ".join(f"{m['valid']:.0%} | {m['tables_f1']:.2f} | {m['columns_f1']:.2f}" for m in ms) + " |")
    (here / "baseline.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))
    import matplotlib; matplotlib.use("Agg"); import matplotlib.pyplot as plt
    srcs = out["sources"]
    fig, axes = plt.subplots(1, 2, figsize=(12, 4.5), sharey=True)
    for ax, facet in zip(axes, ("tables_f1", "columns_f1")):
        w = 0.8 / len(a.backends)
        for k, b in enumerate(a.backends):
            ax.bar([x + k * w for x in range(len(srcs))], [out["backends"][b]["per_source"][s][facet] for s in srcs], w, label=b)
        ax.set_xticks([x + w * (len(a.backends) - 1) / 2 for x in range(len(srcs))], srcs, rotation=40, ha="right", fontsize=8)
        ax.set_title(facet.replace("_f1", " F1")); ax.set_ylim(0, 1)
    axes[0].legend(); fig.suptitle(f"real-UI validation set, per source ({out['n']} pages)"); fig.tight_layout()
    fig.savefig(here / "baseline.png", dpi=80)


if __name__ == "__main__":
    main()
