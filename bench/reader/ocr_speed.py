"""OCR speed and coverage of the reader (chapter 06a) on the design pages, against v1 (`infer.read_screenshot`).

    python bench/reader/pages.py --out bench/reader/pages_all --n 16     # render the 16 design pages (+ DOM boxes)
    python bench/reader/ocr_speed.py --pages bench/reader/pages_all --out bench/reader/ocr_speed.json

Part A (engine settings): every detected box recognised, for detection scales and thread counts; coverage = share of
the page's DOM words (visible text nodes and input values) that the OCR read. Part B (end to end): `read_page` (v2)
against v1, time per page, prompt size (estimated tokens), coverage of the *key* words (title, form labels and values,
KPI cards, each table's header row) and the share of prompt words that are navigation text.
"""
import argparse, ast, collections, json, platform, re, statistics, time
from pathlib import Path

from ghost_architect import reader
from ghost_architect.infer import read_screenshot


def words(s: str) -> list[str]: return re.findall(r"[a-z0-9]+", s.lower())


def coverage(ref: list[str], got: list[str]) -> float:
    r, g = collections.Counter(ref), collections.Counter(got)
    return sum((r & g).values()) / max(1, sum(r.values()))


def key_words(dom: list[dict]) -> list[str]:
    "Title, form, card words and each table's header row (the topmost row of each block of table boxes)."
    out = [w for d in dom if d["region"] in ("title", "form", "card") for w in words(d["text"])]
    cells, top, last = sorted((d for d in dom if d["region"] == "table"), key=lambda d: d["y0"]), None, None
    for d in cells:
        if last is None or d["y0"] - last > 100: top = d["y0"]  # a new table starts after a gap
        if abs(d["y0"] - top) < 4: out += words(d["text"])
        last = d["y0"]
    return out


def full_ocr(img, det_scale, threads):
    t0, c0 = time.perf_counter(), time.process_time(); boxes = reader.detect_boxes(img, det_scale, threads=threads)
    t1, c1 = time.perf_counter(), time.process_time(); read = reader.recognize(img, boxes, threads)
    t2, c2 = time.perf_counter(), time.process_time()
    return [b.text for b in read if b.score >= 0.5], t1 - t0, t2 - t1, c1 - c0, c2 - c1


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", default="bench/reader/pages_all"); ap.add_argument("--out", default="bench/reader/ocr_speed.json")
    ap.add_argument("--engine-pages", default="p02,p00,p15")
    ap.add_argument("--engine-from", help="take part A's rows from this JSON-lines file instead of measuring again")
    a = ap.parse_args()
    pages = sorted(Path(a.pages).glob("p*.png"))
    dom = {p.stem: json.loads(p.with_suffix(".json").read_text())["boxes"] for p in pages}
    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.machine())
    res = {"machine": f"{cpu}, 2 CPU cores shared with other jobs (wall times vary with their load; CPU seconds do not)", "engine": [], "pages": []}
    reader.read_page(pages[0])  # load the models
    if a.engine_from: res["engine"] = [ast.literal_eval(l) for l in open(a.engine_from)]
    for det_scale, threads in ([] if a.engine_from else [(1.0, 2), (0.75, 2), (0.5, 2), (0.75, 1)]):
        for name in a.engine_pages.split(","):
            p = Path(a.pages) / f"{name}.png"; img = reader.load_page(p)
            texts, td, tr, cd, cr = full_ocr(img, det_scale, threads)
            row = {"page": name, "size": [img.shape[1], img.shape[0]], "det_scale": det_scale, "threads": threads, "detect_s": td,
                   "recognize_s": tr, "detect_cpu_s": cd, "recognize_cpu_s": cr, "boxes": len(texts), "coverage": coverage([w for d in dom[name] for w in words(d["text"])], [w for t in texts for w in words(t)])}
            res["engine"].append(row); print(row, flush=True)
    for p in pages:
        d = dom[p.stem]; img = reader.load_page(p)
        t0, c0 = time.perf_counter(), time.process_time(); v1 = read_screenshot(p); t1, c1 = time.perf_counter(), time.process_time()
        v2 = reader.read_page(p); t2, c2 = time.perf_counter(), time.process_time()
        nav = collections.Counter(w for x in d if x["region"] == "nav" for w in words(x["text"]))
        row = {"page": p.stem, "size": [img.shape[1], img.shape[0]]}
        for k, text, secs, cpu in (("v1", v1, t1 - t0, c1 - c0), ("v2", v2.text, t2 - t1, c2 - c1)):
            ws = words(text)
            row[k] = {"text": text, "seconds": secs, "cpu_s": cpu, "tokens": reader.estimate_tokens(text), "key_coverage": coverage(key_words(d), ws),
                      "nav_share": sum(w in nav for w in ws) / max(1, len(ws))}
        row["v2"] |= {"boxes": v2.n_boxes, "read": v2.n_read, "detect_s": v2.seconds["detect"], "recognize_s": v2.seconds["recognize"]}
        res["pages"].append(row); print(row, flush=True)
    Path(a.out).write_text(json.dumps(res, indent=1))


if __name__ == "__main__": main()
