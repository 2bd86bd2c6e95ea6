"""Which LoRA gradient is right under fp16 autocast: through the model's own loss or through chapter 02a's chunked loss?

    . .venv/bin/activate && python bench/train_speed/fp16_grads.py          # ~20 minutes on 2 CPU cores (fp16 matrix products are slow on a CPU)

Issue 22 measured, on a 12B step under fp16 autocast *without* a loss scaler, LoRA/DoRA gradients through the chunked
loss 10 % (median relative error) away from those through the model's own loss. This finds out which is right, on a
small random Gemma-3 (2 layers, hidden 256) with Gemma-3's real vocabulary size (262,144: the softmax probabilities,
and so the loss gradients, are as small as the real model's), one sequence of 256 tokens, LoRA and DoRA (rsLoRA r 16)
on the 7 projections, B initialised non-zero so every factor gets a gradient:

- reference: everything in float64, the model's own loss (the chunked loss in float64 is checked against it);
- fp16: the base weights in fp16 (what a T4 computes with), adapters in fp32, fp16 autocast, as in training:
  the model's loss or the chunked loss, each without a scaler and with a fixed scale of 2^16 (the first scale of the
  Trainer's GradScaler; the gradients divided by it afterwards).

For each variant: the median and largest relative error ‖g − g_ref‖ / ‖g_ref‖ over the adapter's tensors, and the
share of gradient entries that are exactly zero where the reference's are not (fp16 underflow). CPU autocast rounds
to fp16 where CUDA's does (matmul inputs and outputs); accumulation inside a matmul is fp32 on both.
Writes fp16_grads.json beside this file.
"""
import copy
import json
import os
import platform
import statistics
import time
from pathlib import Path

import torch

HERE = Path(__file__).resolve().parent


def build(dora: bool):
    from transformers import AutoConfig, Gemma3ForCausalLM
    from peft import LoraConfig, get_peft_model
    from ghost_architect.memory import load_model_config, text_config
    d = {**text_config(load_model_config("270m")), "num_hidden_layers": 2, "hidden_size": 256, "intermediate_size": 512,
         "num_attention_heads": 4, "num_key_value_heads": 1, "head_dim": 64, "vocab_size": 262144, "sliding_window": 128,
         "max_position_embeddings": 1024, "pad_token_id": 0, "bos_token_id": 2, "eos_token_id": 1}
    torch.manual_seed(0)
    m = Gemma3ForCausalLM(AutoConfig.for_model(**d)).double()
    m = get_peft_model(m, LoraConfig(r=16, lora_alpha=32, use_rslora=True, use_dora=dora, lora_dropout=0.0,
                                     target_modules=["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"]))
    g = torch.Generator().manual_seed(1)
    for n, p in m.named_parameters():
        if "lora_B" in n: p.data = torch.randn(p.shape, generator=g, dtype=p.dtype) * 0.02
    return m


def as_fp16_base(m):
    "The base weights in fp16, the adapter (LoRA factors, DoRA magnitudes) in fp32."
    m = copy.deepcopy(m)
    for n, p in m.named_parameters():
        p.data = p.data.float() if ("lora_" in n) else p.data.half()
    for n, b in m.named_buffers():
        if b.is_floating_point(): b.data = b.data.float()
    return m


def grads(m, batch: dict, impl: str, fp16: bool, scale: float = 1.0) -> dict:
    from ghost_architect.lean import causal_lm_loss
    m.zero_grad(set_to_none=True)
    with torch.autocast("cpu", dtype=torch.float16, enabled=fp16):
        loss = causal_lm_loss(m, batch, impl=impl)
    (loss * scale).backward()
    return {n: (p.grad.double() / scale if p.grad is not None else torch.zeros_like(p, dtype=torch.float64))
            for n, p in m.named_parameters() if p.requires_grad}, float(loss)


def errors(g: dict, ref: dict) -> dict:
    rel = [float((g[k] - ref[k]).norm() / ref[k].norm()) for k in ref if ref[k].norm() > 0]
    lost = sum(int(((g[k] == 0) & (ref[k] != 0)).sum()) for k in ref) / sum(int((ref[k] != 0).sum()) for k in ref)
    return {"median_rel_err": statistics.median(rel), "max_rel_err": max(rel), "underflow_share": lost}


def main():
    torch.set_num_threads(os.cpu_count() or 1)
    g = torch.Generator().manual_seed(2)
    ids = torch.randint(3, 262144, (1, 256), generator=g)
    batch = {"input_ids": ids, "attention_mask": torch.ones_like(ids), "labels": ids.clone()}
    res = {"machine": f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, CPU only", "torch": torch.__version__,
           "model": "random Gemma-3 text, 2 layers, hidden 256, vocab 262144", "tokens": 256, "lora": "rsLoRA r16 alpha 32, 7 projections",
           "rows": []}
    for dora in (False, True):
        m = build(dora)
        t0 = time.time()
        ref, ref_loss = grads(m, batch, "plain", fp16=False)
        chk, _ = grads(m, batch, "chunked", fp16=False)
        res["rows"].append({"dora": dora, "variant": "float64, chunked loss", "loss": _, **errors(chk, ref)})
        h = as_fp16_base(m)
        for impl in ("plain", "chunked"):
            for scale in (1.0, 2.0 ** 16):
                gg, loss = grads(h, batch, impl, fp16=True, scale=scale)
                res["rows"].append({"dora": dora, "variant": f"fp16, {'model' if impl == 'plain' else 'chunked'} loss, "
                                    + ("no scaler" if scale == 1 else "scale 2^16"), "loss": loss, **errors(gg, ref)})
                print(json.dumps(res["rows"][-1]), flush=True)
                (HERE / "fp16_grads.json").write_text(json.dumps(res, indent=1))  # a cut run keeps what finished
        res["rows"].append({"dora": dora, "variant": "float64 reference (model's loss)", "loss": ref_loss, "median_rel_err": 0.0,
                            "max_rel_err": 0.0, "underflow_share": 0.0, "seconds": round(time.time() - t0, 1)})
    (HERE / "fp16_grads.json").write_text(json.dumps(res, indent=1))


if __name__ == "__main__":
    main()
