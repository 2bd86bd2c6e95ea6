"""The embedded model's data: synthetic screenshots (01_data's generator, rendered in Chromium), read by the same
OCR as at inference time (`ghost_architect.infer.read_screenshot`), paired with their DDL and split by schema
(01_data's `split_of`: a schema in the test split never appears in training).

    python bench/embedded/make_data.py --out data/embedded --n 2000

Resumable: screenshots already rendered and OCR results already in `ocr.jsonl` are kept. Writes
`records.json` (and `bench/embedded/records.json.gz`, committed) (id, split, domain, view, text, ddl) and prints its SHA-256, which the training recipe records.
"""
import argparse
import hashlib
import json
import time
from pathlib import Path

from ghost_architect.core import write_atomic
from ghost_architect.data import build_synthetic, split_of
from ghost_architect.evaluate import resume_rows
from ghost_architect.infer import read_screenshot

ap = argparse.ArgumentParser()
ap.add_argument("--out", default="data/embedded")
ap.add_argument("--n", type=int, default=2000)
ap.add_argument("--start", type=int, default=0)
args = ap.parse_args()
out = Path(args.out)
t0 = time.time()
examples = build_synthetic(out, n=args.n, start=args.start, workers=2)
print(f"rendered {len(examples)} in {time.time() - t0:.0f} s", flush=True)
cache = out / "ocr.jsonl"
done = {r["id"]: r["text"] for r in resume_rows(cache)}  # a line cut by a kill is dropped and read again
t0 = time.time()
with cache.open("a") as f:
    for k, ex in enumerate(examples):
        if ex.id in done: continue
        done[ex.id] = read_screenshot(out / ex.image)
        f.write(json.dumps({"id": ex.id, "text": done[ex.id]}) + "\n"); f.flush()
        if k % 100 == 0: print(f"ocr {k}/{len(examples)} {time.time() - t0:.0f} s", flush=True)
recs = [{"id": ex.id, "split": split_of(ex.schema_key), "domain": ex.domain, "view": ex.view, "text": done[ex.id], "ddl": ex.ddl}
        for ex in examples]
blob = json.dumps(recs, indent=0, ensure_ascii=False).encode()
write_atomic(out / "records.json", blob)
import gzip
write_atomic(Path(__file__).parent / "records.json.gz", gzip.compress(blob, mtime=0))  # committed: the exact training data
print({s: sum(r["split"] == s for r in recs) for s in ("train", "validation", "test")}, "sha256", hashlib.sha256(blob).hexdigest())
