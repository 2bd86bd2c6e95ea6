"""Check the Colab install cell on a CPU machine, as far as one allows; write bench/colab/install_check.json.

    python bench/colab/install_check.py                      # all steps (about 10 min on 2 shared cores)
    python bench/colab/install_check.py --venv DIR --no-gpu  # another venv folder; skip the `gpu` extra

Steps, each recorded with ok, seconds and a detail:
1. resolve: `pip install --dry-run --report` of `ghost-architect[gpu,data,train]` with `-c ghost_architect/configs/gpu_constraints.txt`
   for Python 3.12, manylinux x86-64, wheels only (what Colab would download), once with torch free in its range and
   once with torch==2.11.0 (the torch of the project's GPU runs, standing in for one Colab already has);
   every `==` pin must come out as pinned.
2. venv: a fresh venv with this machine's Python and the CPU torch wheel, then the package (from `git archive HEAD`,
   i.e. what Colab installs from git, not the working tree) with extras `train,data` under the constraints; `pip check`.
3. imports: every ghost_architect module; smoke: load_config of the shipped recipe, path_config('t4'/'a10g'),
   a tiny BPE tokenizer with Gemma's specials, a tiny Gemma-3 + LoRA forward and backward, the CLI's --help.
4. gpu: the `gpu` extra into the same venv (it brings torchvision, hence a PyPI CUDA torch); `pip check`; the smoke
   checks again; import bitsandbytes,
   xformers, torchao, cut_cross_entropy, unsloth (then unsloth_zoo) and unsloth's FastLanguageModel/FastVisionModel.
"""
import argparse, json, os, platform, re, shutil, subprocess, sys, tempfile, time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
REQS = ROOT / "ghost_architect" / "configs" / "gpu_constraints.txt"
PLATFORMS = (["linux_x86_64", "manylinux1_x86_64", "manylinux2010_x86_64", "manylinux2014_x86_64"]
             + [f"manylinux_2_{n}_x86_64" for n in range(5, 36)])  # Colab: Ubuntu 22.04, glibc 2.35
KEY = ["torch", "torchvision", "triton", "xformers", "torchao", "cut-cross-entropy", "unsloth", "unsloth-zoo", "transformers",
       "trl", "peft", "accelerate", "datasets", "bitsandbytes", "huggingface-hub", "tokenizers", "diffusers", "fastcore",
       "sqlglot", "faker", "imagehash", "playwright", "numpy", "pillow", "ghost-architect"]
SMOKE = r'''
import json, tempfile, time
from pathlib import Path
out = {}
def step(name, f):
    t = time.time()
    try: out[name] = {"ok": True, "detail": f()}
    except Exception as e: out[name] = {"ok": False, "detail": f"{type(e).__name__}: {str(e).splitlines()[0][:300] if str(e) else ''}"}
    out[name]["seconds"] = round(time.time() - t, 2)
import importlib, pkgutil, ghost_architect
for m in sorted(i.name for i in pkgutil.iter_modules(ghost_architect.__path__) if not i.name.startswith("_")):
    step(f"import ghost_architect.{m}", lambda m=m: importlib.import_module(f"ghost_architect.{m}").__name__)
def recipe():
    from ghost_architect.trinity import load_config
    c = load_config(Path(ghost_architect.__file__).parent / "configs" / "training_config.yaml")
    return {"model": c.model, "lora_r": c.lora.r, "max_seq_length": c.max_seq_length}
step("load_config(shipped training_config.yaml)", recipe)
def paths():
    from ghost_architect.vision import path_config
    return {p: {"model": (c := path_config(p)).model, "batch": c.batch_size, "accum": c.grad_accum} for p in ("t4", "a10g")}
step("path_config('t4'), path_config('a10g')", paths)
def tok():
    from ghost_architect.fixtures import train_tokenizer
    t = train_tokenizer(["SELECT id, name FROM users", "CREATE TABLE orders (id INTEGER PRIMARY KEY)"] * 20, vocab_size=300)
    ids = t("CREATE TABLE users (id INTEGER)")["input_ids"]
    assert t.decode(ids) == "CREATE TABLE users (id INTEGER)", t.decode(ids)
    return {"vocab": len(t), "ids": len(ids)}
step("tiny tokenizer round trip", tok)
def model():
    import torch
    from ghost_architect.fixtures import tiny_text_model
    m = tiny_text_model(vocab=128)
    x = torch.randint(0, 128, (2, 8))
    loss = m(input_ids=x, labels=x).loss
    loss.backward()
    g = sum(p.grad.abs().sum().item() for p in m.parameters() if p.grad is not None)
    assert loss.item() > 0 and g > 0
    return {"loss": round(loss.item(), 3), "trainable": sum(p.numel() for p in m.parameters() if p.requires_grad)}
step("tiny Gemma-3 + LoRA forward/backward", model)
def gemma3_save_load():
    from transformers import AutoModelForCausalLM
    from ghost_architect.fixtures import tiny_gemma3
    with tempfile.TemporaryDirectory() as d:
        p = tiny_gemma3(Path(d) / "m", vocab_size=256)
        return type(AutoModelForCausalLM.from_pretrained(p)).__name__
step("tiny Gemma3ForCausalLM save/load (270m config)", gemma3_save_load)
def trl_peft():
    import trl, peft, accelerate, datasets, transformers
    from trl import SFTConfig, SFTTrainer
    return {m.__name__: m.__version__ for m in (trl, peft, accelerate, datasets, transformers)}
step("import trl SFTTrainer, peft, accelerate, datasets", trl_peft)
def pw():
    import playwright, faker, imagehash
    from playwright.sync_api import sync_playwright
    return "imports ok (browser download not tried: no CDN here)"
step("data extra imports (playwright, faker, imagehash)", pw)
print("SMOKE_JSON" + json.dumps(out))
'''
GPU_SMOKE = r'''
import json, time
out = {}
import importlib
for name in ("bitsandbytes", "xformers", "torchao", "cut_cross_entropy", "unsloth", "unsloth_zoo", "unsloth:FastLanguageModel,FastVisionModel"):
    t = time.time()
    try:  # unsloth before unsloth_zoo: unsloth_zoo refuses to be imported first
        mod, _, names = name.partition(":"); m = importlib.import_module(mod)
        for n in filter(None, names.split(",")): getattr(m, n)
        out[name] = {"ok": True, "detail": getattr(m, "__version__", "imported")}
    except BaseException as e:
        msg = str(e).strip().splitlines()
        out[name] = {"ok": False, "detail": f"{type(e).__name__}: {msg[0][:300] if msg else ''}"}
    out[name]["seconds"] = round(time.time() - t, 2)
print("SMOKE_JSON" + json.dumps(out))
'''


def run(cmd: list[str], timeout: int = 1800, **kw) -> tuple[int, str, float]:
    "Run `cmd` niced; return (exit code, stdout+stderr, seconds)."
    t = time.time()
    p = subprocess.run(["nice", "-n", "10", *map(str, cmd)], capture_output=True, text=True, timeout=timeout, **kw)
    return p.returncode, p.stdout + p.stderr, round(time.time() - t, 1)


def pins(path: Path = REQS) -> dict[str, str]:
    "The `name==version` lines of a constraints file, names normalised."
    out = {}
    for line in path.read_text().splitlines():
        m = re.match(r"^\s*([A-Za-z0-9_.\-]+)\s*==\s*([^\s#;]+)", line)
        if m: out[norm(m[1])] = m[2]
    return out


def norm(name: str) -> str: return re.sub(r"[-_.]+", "-", name).lower()


def tail(text: str, n: int = 600) -> str:
    "The last `n` characters of pip's output, without its noise about missing local index folders."
    keep = [l for l in text.splitlines() if "is ignored: it is neither a file nor a directory" not in l]
    return "\n".join(keep)[-n:]


def resolve(extra_constraint: str | None, work: Path) -> dict:
    "Resolve the Colab extras for Python 3.12 manylinux from PyPI; the chosen versions of the KEY packages."
    cons = [REQS]
    if extra_constraint:
        (work / "extra.txt").write_text(extra_constraint + "\n"); cons.append(work / "extra.txt")
    report = work / f"report{len(cons)}.json"
    cmd = [sys.executable, "-m", "pip", "install", "--dry-run", "--ignore-installed", "--report", report, "--python-version", "3.12",
           "--implementation", "cp", "--only-binary=:all:", "--target", work / "target", *[a for p in PLATFORMS for a in ("--platform", p)],
           *[a for c in cons for a in ("-c", c)], f"{ROOT}[gpu,data,train]"]
    env = {**os.environ, "PIP_CONSTRAINT": ""}  # this machine's own pip cap on torch must not hide what Colab gets
    rc, out, secs = run(cmd, env=env)
    if rc != 0: return {"ok": False, "seconds": secs, "detail": tail(out)}
    got = {norm(i["metadata"]["name"]): i["metadata"]["version"] for i in json.loads(report.read_text())["install"]}
    off = {k: (v, got.get(k)) for k, v in pins().items() if got.get(k) != v}
    return {"ok": not off, "seconds": secs, "packages": len(got), "versions": {k: got[k] for k in KEY if k in got},
            "pins_not_honoured": off, "detail": "every == pin resolved as pinned" if not off else "pins differ"}


def smoke(py: Path, code: str) -> dict:
    rc, out, secs = run([py, "-c", code], timeout=900)
    m = re.search(r"SMOKE_JSON(.*)", out)
    return json.loads(m[1]) if m else {"crashed": {"ok": False, "seconds": secs, "detail": tail(out)}}


def installed(py: Path) -> dict:
    rc, out, _ = run([py, "-m", "pip", "list", "--format=json"])
    got = {norm(d["name"]): d["version"] for d in json.loads(out[out.index("["):].splitlines()[0])} if rc == 0 else {}
    return {k: got[k] for k in KEY if k in got}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--venv", default="/work/tmp/C/venv", help="where to build the fresh venv (removed first)")
    ap.add_argument("--out", default=str(ROOT / "bench" / "colab" / "install_check.json"))
    ap.add_argument("--torch", default="torch==2.13.0",
                    help="the CPU torch to install first (this machine has 2.13.0+cpu on disk; PyPI has no CPU torchvision)")
    ap.add_argument("--no-gpu", action="store_true", help="skip installing the gpu extra")
    a = ap.parse_args()
    if not REQS.exists(): sys.exit(f"error: {REQS} does not exist")
    t0 = time.time()
    res = {"what": "the Colab install cell of chapters 02-04, checked on a CPU machine (no GPU)",
           "command": "python bench/colab/install_check.py" + (" --no-gpu" if a.no_gpu else ""),
           "machine": {"python": platform.python_version(), "platform": platform.platform(), "cpus": os.cpu_count()},
           "constraints": pins(), "steps": {}}
    S = res["steps"]
    with tempfile.TemporaryDirectory() as w:
        w = Path(w)
        print("1/4 resolve for Python 3.12 manylinux", flush=True)
        S["resolve_py312_torch_free"] = resolve(None, w)
        S["resolve_py312_torch_2.11.0"] = resolve("torch==2.11.0", w)
        print("2/4 fresh venv", flush=True)
        venv = Path(a.venv)
        if venv.exists(): shutil.rmtree(venv)
        rc, out, secs = run([sys.executable, "-m", "venv", venv])
        py = venv / "bin" / "python"
        S["venv"] = {"ok": rc == 0, "seconds": secs, "detail": str(venv)}
        rc, out, secs = run([py, "-m", "pip", "install", "-q", *a.torch.split()])
        S["install_cpu_torch"] = {"ok": rc == 0, "seconds": secs, "detail": a.torch + ("" if rc == 0 else ": " + tail(out))}
        src = w / "src"; src.mkdir()
        subprocess.run(f"git -C {ROOT} archive HEAD | tar -x -C {src}", shell=True, check=True)
        cons = src / REQS.relative_to(ROOT)
        shutil.copy(REQS, cons)  # the file under test, committed or not
        rc, out, secs = run([py, "-m", "pip", "install", "-q", "-c", cons, f"{src}[train,data]"])
        S["install_train_data"] = {"ok": rc == 0, "seconds": secs, "detail": "pip install -c ghost_architect/configs/gpu_constraints.txt '.[train,data]'"
                                   + ("" if rc == 0 else ": " + tail(out))}
        rc, out, secs = run([py, "-m", "pip", "check"])
        S["pip_check_train_data"] = {"ok": rc == 0, "seconds": secs, "detail": tail(out, 800)}
        S["versions_train_data"] = installed(py)
        print("3/4 imports and smoke checks", flush=True)
        S["smoke"] = smoke(py, SMOKE)
        rc, out, secs = run([venv / "bin" / "ghost-architect", "--help"])
        S["smoke"]["ghost-architect --help"] = {"ok": rc == 0, "seconds": secs, "detail": tail(out, 200)}
        if not a.no_gpu:
            print("4/4 gpu extra", flush=True)
            rc, out, secs = run([py, "-m", "pip", "install", "-q", "-c", cons, f"{src}[gpu]"])
            S["install_gpu"] = {"ok": rc == 0, "seconds": secs, "detail": "pip install -c ghost_architect/configs/gpu_constraints.txt '.[gpu]'"
                                + ("" if rc == 0 else ": " + tail(out))}
            rc, out, secs = run([py, "-m", "pip", "check"])
            S["pip_check_gpu"] = {"ok": rc == 0, "seconds": secs, "detail": tail(out, 800)}
            S["versions_gpu"] = installed(py)
            before, after = S["versions_train_data"].get("torch"), S["versions_gpu"].get("torch")
            # no CPU torchvision on PyPI: unsloth's `torchvision` pulls the newest, which pins its torch (a CUDA build);
            # on Colab torchvision is already there and matches Colab's torch, so this swap is this check's, not Colab's
            S["torch_before_after_gpu_extra"] = f"{before} -> {after}"
            S["smoke_after_gpu"] = smoke(py, SMOKE)
            S["gpu_imports"] = smoke(py, GPU_SMOKE)
    res["seconds"] = round(time.time() - t0, 1)
    out = Path(a.out); out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".tmp"); tmp.write_text(json.dumps(res, indent=1) + "\n"); tmp.replace(out)
    flat = {k: v["ok"] for k, v in S.items() if isinstance(v, dict) and "ok" in v}
    for k, v in S.items():
        if isinstance(v, dict) and "ok" not in v: flat.update({f"{k}: {n}": r["ok"] for n, r in v.items() if isinstance(r, dict) and "ok" in r})
    for k, ok in flat.items(): print(("ok   " if ok else "FAIL ") + k)
    print(f"wrote {out} ({res['seconds']} s)")


if __name__ == "__main__":
    main()
