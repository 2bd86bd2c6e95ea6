"""Download the wheels the device tool's GPU image lacks (Python 3.12, x86-64) into .whl/, with their dependencies.

    python tools/device_wheels.py              # → .whl/*.whl  (git-ignored; name `.whl` in the device tool's `carry`)

On the GPU machine: `python3 -m pip install -q --no-index --no-deps --target /tmp/site .whl/*.whl && export PYTHONPATH=/tmp/site:$PWD`.
The image's own packages (torch, transformers 5.17, peft, accelerate, …; the device tool's KINDS.md) are not fetched again.
"""
import re, subprocess, sys, tempfile, zipfile
from pathlib import Path

WANT = ["ghapi==1.1.1", "trl==1.14.2", "bitsandbytes==0.50.2", "datasets>=3,<5", "nbdev==2.4.14", "fastcore>=1.12.3,<1.13",
        "execnb>=0.1.12,<0.2", "sqlglot>=26", "faker>=20", "imagehash>=4.3", "ipython", "pyyaml", "matplotlib-inline", "gguf==0.19.0", "lark>=1.1"]
# what the GPU image already has (KINDS.md, 'Python packages already there'), normalised names
IMAGE = set("""absl-py accelerate aiofiles aiohappyeyeballs aiohttp aiosignal annotated-doc anyio attrs botorch build certifi
charset-normalizer chex click cloudpickle cmake colorama contourpy coverage cuda-bindings cuda-core cuda-pathfinder cuda-toolkit
cupy-cuda13x cycler cython diffrax e3nn einops equinox etils execnet filelock flatbuffers flax fonttools formulaic frozenlist fsspec
gpytorch grpcio h11 h5py hf-xet httpcore httpx huggingface-hub humanize hypothesis idna imageio iniconfig interface-meta jax
jax-cuda13-pjrt jax-cuda13-plugin jaxlib jaxtyping jinja2 joblib kiwisolver lazy-loader lightning lightning-utilities linear-operator
lineax llvmlite lxml markdown markdown-it-py markupsafe matplotlib mdurl meson ml-dtypes mpi4py mpmath msgpack multidict
multipledispatch mypy-extensions nanobind narwhals networkx ninja numba numba-cuda numpy numpyro nvidia-ml-py onnx onnx-ir onnxruntime
onnxscript opencv-python-headless optax opt-einsum opt-einsum-fx optimistix orbax-checkpoint packaging pandas pathspec patsy peft pillow
pip pluggy portalocker prometheus-client propcache protobuf psutil pyarrow pybind11 py-cpuinfo pygments pyparsing pyproject-hooks
pyre-extensions pytest pytest-benchmark pytest-cov pytest-mock pytest-timeout pytest-xdist python-dateutil pytorch-lightning pyyaml regex
requests rich sacrebleu safetensors scikit-build-core scikit-image scikit-learn scipy seaborn sentencepiece sentence-transformers setuptools
shellingham simplejson six sortedcontainers statsmodels sympy tabulate tensorboard tensorboard-data-server tensorstore threadpoolctl
tifffile tiktoken timm tokenizers toolz torch torchaudio torchdiffeq torch-geometric torchmetrics torchvision tqdm transformers treescope
triton typer typing-extensions typing-inspect urllib3 uvloop wadler-lindig werkzeug wheel wrapt xarray xxhash yarl zipp""".split())
PLATFORMS = [f"manylinux_2_{n}_x86_64" for n in (17, 24, 27, 28, 31, 34, 35)] + ["manylinux2014_x86_64", "manylinux1_x86_64"]


def norm(name: str) -> str: return re.sub(r"[-_.]+", "-", name).lower()


def download(spec: str, dest: Path) -> Path:
    before = set(dest.glob("*.whl"))
    args = [sys.executable, "-m", "pip", "download", "-q", "--no-deps", "--only-binary=:all:", "--python-version", "3.12",
            "--implementation", "cp", "-d", str(dest), spec] + [a for p in PLATFORMS for a in ("--platform", p)]
    subprocess.run(args, check=True, capture_output=True, text=True)
    new = set(dest.glob("*.whl")) - before
    name = norm(re.split(r"[<>=!~ ;\[]", spec)[0])
    return next(iter(new), None) or next(w for w in dest.glob("*.whl") if norm(w.name.split("-")[0]) == name)


def requires(whl: Path) -> list[str]:
    with zipfile.ZipFile(whl) as z:
        meta = z.read(next(n for n in z.namelist() if n.endswith(".dist-info/METADATA"))).decode()
    out = []
    for line in meta.splitlines():
        if not line.startswith("Requires-Dist:"): continue
        req = line.split(":", 1)[1].strip()
        if "extra ==" in req or 'platform_system == "Windows"' in req or "sys_platform == \"win32\"" in req: continue
        if "python_version <" in req.replace(" ", " ") and ("3.8" in req or "3.9" in req or "3.10" in req or "3.11" in req): continue
        out.append(req.split(";")[0].strip())
    return out


SKIP = {"jedi", "parso"}  # IPython's completer, optional; 5 MB of the 64 MiB a device call may carry


def trim_bitsandbytes(whl: Path, keep: str = "cuda130"):
    "Drop the kernels built for other CUDA versions (the image has CUDA 13.0): 43 MB → ~7 MB, inside the 64 MiB transfer."
    tmp = whl.with_suffix(".tmp")
    with zipfile.ZipFile(whl) as src, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as dst:
        for i in src.infolist():
            if re.search(r"libbitsandbytes_cuda\d+\.so$", i.filename) and keep not in i.filename: continue
            dst.writestr(i, src.read(i))  # RECORD still lists the dropped files: pip --no-deps --target installs it all the same
    tmp.replace(whl)


def main(dest: str = ".whl"):
    d = Path(dest); d.mkdir(exist_ok=True)
    todo, seen = list(WANT), set()
    while todo:
        spec = todo.pop(0)
        name = norm(re.split(r"[<>=!~ ;\[(]", spec)[0])
        if name in seen or name in SKIP or (name in IMAGE and spec not in WANT): continue
        seen.add(name)
        whl = download(spec, d)
        if name == "bitsandbytes": trim_bitsandbytes(whl)
        print(f"{name:24s} {whl.name}")
        todo += [r for r in requires(whl) if norm(re.split(r"[<>=!~ ;\[(]", r)[0]) not in IMAGE | seen]
    print(f"{len(seen)} wheels, {sum(w.stat().st_size for w in d.glob('*.whl')) / 2**20:.1f} MiB in {d}/")


if __name__ == "__main__": main(*sys.argv[1:])
