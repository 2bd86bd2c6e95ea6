"""How long the embedded default takes on real pages, as a user runs it: folder mode, one-shot, tall pages, both runtimes.

    . .venv/bin/activate && python bench/real_ui/timing.py            # ~6 minutes on 2 cores; run it alone

Inputs are the real-UI validation set's screenshots (bench/real_ui/data), made into the sizes issue 19 names:
- 1440×900: every 1440-px-wide page, cut to its first 900 rows (what a browser window shows);
- tall: every 1920-px-wide page stacked under the next until 4000 rows, cut to 1920×4000, and the tallest real page.
Everything runs through the CLI in fresh processes (`ghost-architect infer …`), so load and start-up are included where
a user pays them:
- folder mode: `infer DIR --out OUT` once per runtime; per-screenshot seconds from OUT/results.jsonl (OCR + generation,
  the model loaded once), and the whole command's wall time;
- one-shot: `infer PNG` per page, wall time of the process (start, imports, model load, OCR, generation, files);
- tall: one-shot on the 1920×4000 pages.
Writes timing.json (machine, versions, every measurement) and timing.md beside this file.
"""
import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]


def pct(xs: list[float], q: float) -> float:
    "The q-quantile (0..1) of xs, nearest rank."
    s = sorted(xs)
    return s[min(len(s) - 1, max(0, round(q * (len(s) - 1))))]


def make_inputs(work: Path) -> dict[str, list[Path]]:
    "The 1440×900 and tall screenshots, cut from the validation set's pages."
    from PIL import Image
    imgs = sorted((HERE / "data" / "images").glob("*.png"))
    out = {"1440x900": [], "tall": []}
    d = work / "1440x900"; d.mkdir(parents=True)
    for f in imgs:
        im = Image.open(f)
        if im.width == 1440 and im.height >= 900:
            im.crop((0, 0, 1440, 900)).save(d / f.name); out["1440x900"].append(d / f.name)
    wide = [Image.open(f).convert("RGB") for f in imgs if Image.open(f).width == 1920]
    t = work / "tall"; t.mkdir()
    for k in range(2):  # two 1920×4000 pages, each several real pages stacked
        canvas, y, i = Image.new("RGB", (1920, 4000), "white"), 0, k * 5
        while y < 4000:
            im = wide[i % len(wide)]; canvas.paste(im, (0, y)); y += im.height; i += 1
        canvas.save(t / f"stacked-{k}.png"); out["tall"].append(t / f"stacked-{k}.png")
    tallest = max((f for f in imgs), key=lambda f: Image.open(f).height)
    out["tall"].append(tallest)
    return out


def run(cmd: list[str]) -> tuple[int, float, str]:
    t0 = time.perf_counter()
    p = subprocess.run(cmd, capture_output=True, text=True)
    return p.returncode, time.perf_counter() - t0, (p.stderr or p.stdout)[-300:]


def folder(dir_: Path, out: Path, runtime: str) -> dict:
    rc, wall, tail = run(["ghost-architect", "infer", str(dir_), "--out", str(out), "--runtime", runtime])
    rows = [json.loads(l) for l in (out / "results.jsonl").read_text().splitlines()] if (out / "results.jsonl").exists() else []
    tot = [r["seconds"]["total"] for r in rows if r.get("seconds")]
    return {"runtime": runtime, "rc": rc, "n": len(rows), "valid": sum(r["ok"] for r in rows), "wall_s": round(wall, 1),
            "p50_s": round(pct(tot, .5), 2) if tot else None, "p95_s": round(pct(tot, .95), 2) if tot else None,
            "max_s": round(max(tot), 2) if tot else None,
            "ocr_p50_s": round(statistics.median(r["seconds"].get("ocr", 0) for r in rows), 2) if rows else None,
            "generate_p50_s": round(statistics.median(r["seconds"].get("generate", 0) for r in rows), 2) if rows else None,
            "per_page": [{"file": r["file"], **{k: round(v, 2) for k, v in r["seconds"].items()}} for r in rows], "error": None if rc in (0, 1) else tail}


def one_shot(files: list[Path], out: Path, runtime: str) -> dict:
    rows = []
    for f in files:
        rc, wall, tail = run(["ghost-architect", "infer", str(f), "--out", str(out), "--runtime", runtime])
        from PIL import Image
        rows.append({"file": f.name, "size": "x".join(map(str, Image.open(f).size)), "rc": rc, "wall_s": round(wall, 2),
                     "error": None if rc in (0, 1) else tail})
    w = [r["wall_s"] for r in rows]
    return {"runtime": runtime, "n": len(rows), "median_s": round(statistics.median(w), 2), "max_s": round(max(w), 2), "rows": rows}


def versions() -> dict:
    import importlib.metadata as md
    v = {}
    for p in ("ghost-architect", "llama_cpp_python", "rapidocr-onnxruntime", "onnxruntime", "torch", "transformers"):
        try: v[p] = md.version(p)
        except md.PackageNotFoundError: v[p] = None
    return v


def machine() -> str:
    cpu = next((l.split(":", 1)[1].strip() for l in Path("/proc/cpuinfo").read_text().splitlines() if l.startswith("model name")), platform.processor())
    return f"{cpu}, {os.cpu_count()} cores, {round(os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30)} GiB, no GPU, Python {platform.python_version()}"


def table(res: dict) -> str:
    L = [f"Machine: {res['machine']}. Load average at start: {res['loadavg_start']}. {res['date']}.", "",
         "| what | runtime | n | p50 s | p95 s | max s | target |", "|---|---|---|---|---|---|---|"]
    for f in res["folder"]:
        L.append(f"| folder mode, 1440×900, per screenshot (model loaded once) | {f['runtime']} | {f['n']} | {f['p50_s']} | {f['p95_s']} | {f['max_s']} | "
                 + ("p50 ≤ 3, p95 ≤ 6 |" if f["runtime"] == "llama.cpp" else "— |"))
    for o in res["one_shot"]:
        L.append(f"| one-shot `infer PNG`, 1440×900, whole process | {o['runtime']} | {o['n']} | {o['median_s']} | — | {o['max_s']} | "
                 + ("≤ 6 |" if o["runtime"] == "llama.cpp" else "— |"))
    for o in res["tall"]:
        L.append(f"| one-shot, tall pages ({', '.join(sorted({r['size'] for r in o['rows']}))}) | {o['runtime']} | {o['n']} | {o['median_s']} | — | {o['max_s']} | "
                 + ("≤ 15 |" if o["runtime"] == "llama.cpp" else "— |"))
    L += ["", "Folder mode, whole command (start, load, every page): " +
          "; ".join(f"{f['runtime']} {f['wall_s']} s for {f['n']} screenshots (median OCR {f['ocr_p50_s']} s, generation {f['generate_p50_s']} s)" for f in res["folder"])]
    return "\n".join(L) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runtimes", nargs="+", default=["llama.cpp", "torch"])
    ap.add_argument("--one-shot", type=int, default=5, help="pages for the one-shot runs")
    ap.add_argument("--out", default=str(HERE))
    a = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="ga-timing-"))
    inputs = make_inputs(work)
    res = {"machine": machine(), "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "loadavg_start": os.getloadavg()[0],
           "versions": versions(), "command": "python bench/real_ui/timing.py " + " ".join(sys.argv[1:]),
           "inputs": {k: [p.name for p in v] for k, v in inputs.items()}, "folder": [], "one_shot": [], "tall": []}
    for rt in a.runtimes:
        res["folder"].append(folder(work / "1440x900", work / f"folder-{rt}", rt)); print(json.dumps({k: v for k, v in res["folder"][-1].items() if k != "per_page"}), flush=True)
        res["one_shot"].append(one_shot(inputs["1440x900"][:a.one_shot], work / f"one-{rt}", rt)); print(json.dumps(res["one_shot"][-1]), flush=True)
        res["tall"].append(one_shot(inputs["tall"], work / f"tall-{rt}", rt)); print(json.dumps(res["tall"][-1]), flush=True)
    res["loadavg_end"] = os.getloadavg()[0]
    out = Path(a.out)
    (out / "timing.json").write_text(json.dumps(res, indent=1))
    (out / "timing.md").write_text(table(res))
    print(table(res))


if __name__ == "__main__":
    main()
