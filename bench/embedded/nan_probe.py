"""Does a right-padded batch whose padding runs past Gemma-3's sliding window give NaN gradients on this device, and does
`trinity.unmask_right_padding` prevent it? Real Gemma-3-270M (PyPI GGUF, dequantised), bf16, the longest and the shortest
training examples of `records.json.gz` in one batch; SDPA and eager attention; plain LoRA as in train_270m.py.

    python bench/embedded/nan_probe.py --records bench/embedded/records.json.gz --gguf path/to/gemma-3-270m-q4_k_m.gguf
"""
import argparse, gzip, json
from pathlib import Path

import torch
from peft import LoraConfig, get_peft_model
from transformers import AutoModelForCausalLM, AutoTokenizer

from ghost_architect.core import EMBEDDED_PROMPT, format_prompt
from ghost_architect.trinity import unmask_right_padding

ap = argparse.ArgumentParser()
ap.add_argument("--records", required=True); ap.add_argument("--gguf", required=True); ap.add_argument("--out", default="nan_probe.json")
args = ap.parse_args()
recs = [r for r in json.loads(gzip.decompress(Path(args.records).read_bytes())) if r["split"] == "train"]
dev = "cuda" if torch.cuda.is_available() else "cpu"
g = Path(args.gguf)
tok = AutoTokenizer.from_pretrained(g.parent, gguf_file=g.name)
texts = [format_prompt(EMBEDDED_PROMPT, r["text"]) + r["ddl"].strip() + "<end_of_turn>\n" for r in recs]
lens = [len(tok(t).input_ids) for t in texts]
pair = [texts[max(range(len(lens)), key=lens.__getitem__)], texts[min(range(len(lens)), key=lens.__getitem__)]]
tok.padding_side = "right"
b = tok(pair, return_tensors="pt", padding=True).to(dev)
labels = b.input_ids.masked_fill(b.attention_mask == 0, -100)
res = {"device": torch.cuda.get_device_name(0) if dev == "cuda" else "cpu", "torch": torch.__version__,
       "lengths": b.attention_mask.sum(1).tolist(), "padded_to": b.input_ids.shape[1], "runs": []}
for impl in ("sdpa", "eager"):
    m = AutoModelForCausalLM.from_pretrained(g.parent, gguf_file=g.name, dtype=torch.bfloat16, attn_implementation=impl).to(dev)
    res["sliding_window"] = m.config.sliding_window
    m = get_peft_model(m, LoraConfig(r=16, lora_alpha=32, target_modules=["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"]))
    m.train()
    for fix in (False, True):
        h = unmask_right_padding(m) if fix else None
        m.zero_grad()
        out = m(input_ids=b.input_ids, attention_mask=b.attention_mask, labels=labels)
        out.loss.backward()
        grads = [p.grad for p in m.parameters() if p.grad is not None]
        bad = sum(int(not torch.isfinite(x).all()) for x in grads)
        res["runs"].append({"attn": impl, "unmask_right_padding": fix, "loss": out.loss.item(),
                            "pad_logits_finite": bool(torch.isfinite(out.logits[b.attention_mask == 0]).all()),
                            "nonfinite_grad_tensors": bad, "grad_tensors": len(grads)})
        print(res["runs"][-1], flush=True)
        if h: h.remove()
    del m; torch.cuda.empty_cache() if dev == "cuda" else None
Path(args.out).write_text(json.dumps(res, indent=2) + "\n")
