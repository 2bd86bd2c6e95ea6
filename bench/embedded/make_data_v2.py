"""The embedded model's data, v2: generator-v2 pages (chapter 01b) and chapter 01's pages, read by the v2 front end
(`ghost_architect.reader.read_page`, the same code as at inference), paired with their DDL and split by schema.

    python bench/data_v2/build.py --out /work/tmp/v2 -n 1600 --start 1000      # render (no OCR)
    python bench/embedded/make_data_v2.py --data /work/tmp/v2 /work/tmp/v1 --out /work/tmp/records_v2 --workers 2

Resumable: OCR results already in `<out>/ocr.jsonl` are kept (a line cut by a kill is read again). Pages are read in
an interleaved order (one from each folder in turn), so a run stopped early still has a balanced mix. Writes
`records.json` (id, split, source, domain, view, text, ddl) and prints its SHA-256, which the training recipe records.
Pages whose text cannot be read (`NoTextError`) are left out and counted.
"""
import argparse
import hashlib
import json
import os
import time
from concurrent.futures import ProcessPoolExecutor
from itertools import zip_longest
from pathlib import Path

from ghost_architect.core import write_atomic
from ghost_architect.data import Example, split_of
from ghost_architect.evaluate import resume_rows


def _examples(folder: Path) -> list[tuple[Path, Example]]:
    return [(folder, Example(**json.loads(f.read_text()))) for f in sorted((folder / "labels").glob("*.json"))]


def _read(job):
    folder, image = job
    from ghost_architect.reader import NoTextError, read_page
    try: return read_page(folder / image, threads=1).text, None
    except NoTextError as e: return None, str(e)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", nargs="+", required=True, help="dataset folders (images/, labels/)")
    ap.add_argument("--out", required=True)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--limit", type=int, default=None, help="read at most this many pages in all")
    a = ap.parse_args()
    out = Path(a.out); out.mkdir(parents=True, exist_ok=True)
    per = [_examples(Path(d)) for d in a.data]
    order = [x for grp in zip_longest(*per) for x in grp if x is not None][:a.limit]
    cache = out / "ocr.jsonl"
    done = {r["id"]: r for r in resume_rows(cache)}
    todo = [(f, ex) for f, ex in order if ex.id not in done]
    t0 = time.time()
    try: os.nice(5)
    except OSError: pass
    with cache.open("a") as fh, ProcessPoolExecutor(a.workers) as pool:
        for k, ((f, ex), (text, err)) in enumerate(zip(todo, pool.map(_read, [(f, ex.image) for f, ex in todo], chunksize=4))):
            done[ex.id] = {"id": ex.id, "text": text, "error": err}
            fh.write(json.dumps(done[ex.id]) + "\n"); fh.flush()
            if k % 100 == 0: print(f"ocr {k}/{len(todo)} {time.time() - t0:.0f} s", flush=True)
    recs = [{"id": ex.id, "split": split_of(ex.schema_key), "source": ex.source, "domain": ex.domain, "view": ex.view,
             "text": done[ex.id]["text"], "ddl": ex.ddl} for f, ex in order if done.get(ex.id, {}).get("text")]
    blob = json.dumps(recs, indent=0, ensure_ascii=False).encode()
    write_atomic(out / "records.json", blob)
    skipped = sum(1 for f, ex in order if ex.id in done and not done[ex.id]["text"])
    print({s: sum(r["split"] == s for r in recs) for s in ("train", "validation", "test")}, f"unreadable {skipped}",
          f"{time.time() - t0:.0f} s", "sha256", hashlib.sha256(blob).hexdigest())


if __name__ == "__main__": main()
