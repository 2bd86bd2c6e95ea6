"""Build the docs site offline: nbdev's processed notebooks → mkdocs-material + mkdocs-jupyter → site/.

nbdev's own engine is Quarto, which cannot be installed without internet; this keeps nbdev's processing
(show_doc, hidden cells, doc links) and renders its result with a real offline engine. Usage:

    python tools/build_docs.py            # writes site/
"""
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import yaml
from nbdev.config import get_config
from nbdev.doclinks import _build_modidx
from nbdev.serve import proc_nbs

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "_docs_src"


def _frontmatter(nb) -> dict:
    "The YAML front matter nbdev writes as the first raw cell."
    first = nb["cells"][0] if nb["cells"] else None
    if first and first["cell_type"] == "raw":
        text = "".join(first["source"]).strip().strip("-")
        return yaml.safe_load(text) or {}
    return {}


def _directives(src: str) -> dict:
    return dict(re.findall(r"^#\|\s*([\w-]+):\s*(.*)$", src, re.M))


def _clean_output(o: dict) -> dict:
    "Quarto-only attribute syntax in show_doc's Markdown (`{target=...}`) means nothing to other renderers."
    md = o.get("data", {}).get("text/markdown")
    if md is None: return o
    md = "".join(md) if isinstance(md, list) else md
    md = re.sub(r"\{target=[^}]*\}", "", md)
    md = re.sub(r"^---\s*$", "", md, flags=re.M)
    return {**o, "data": {**o["data"], "text/markdown": md}}


def convert(nb: dict, pages: dict[str, str], doc_host: str) -> dict:
    "Turn one processed notebook into what mkdocs-jupyter renders: title cell, hidden show_doc inputs, local links."
    fm = _frontmatter(nb)
    cells = [c for c in nb["cells"] if c["cell_type"] != "raw"]
    head = f"# {fm.get('title', '')}\n\n" + (f"> {fm['description']}\n" if fm.get("description") else "")
    out = [{"cell_type": "markdown", "metadata": {}, "source": head}]
    for c in cells:
        src = "".join(c["source"])
        if c["cell_type"] == "code":
            d = _directives(src)
            src = re.sub(r"^#\|.*\n?", "", src, flags=re.M)
            c = {**c, "source": src, "metadata": {**c.get("metadata", {})}}
            if d.get("echo") == "false" or d.get("output") == "asis":
                c["metadata"]["tags"] = ["hide_input"]
            c["outputs"] = [_clean_output(o) for o in c.get("outputs", [])]
        else:
            src = src.replace(doc_host, "")  # nbdev's doc links → pages of this site
            for nb_name, page in pages.items():
                src = src.replace(f"({nb_name})", f"({page})").replace(f"({nb_name}#", f"({page}#")
            # links and code spans in a heading leave mkdocs-jupyter's table of contents with empty words: plain text
            src = re.sub(r"^(#+ .*)$", lambda m: re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", m.group(1)).replace("`", ""),
                         src, flags=re.M)
            c = {**c, "source": src}
        out.append(c)
    return {**nb, "cells": out}


def write_readme(nb: dict, pages: dict[str, str], cfg) -> None:
    "README.md from the processed index notebook (as nbdev_readme would), images under index_files/."
    import nbformat
    from nbconvert import MarkdownExporter
    from nbconvert.preprocessors import TagRemovePreprocessor
    nb = json.loads(json.dumps(nb))
    for c in nb["cells"]:
        if c["cell_type"] == "markdown":  # chapter links go to the notebooks on GitHub's side
            src = "".join(c["source"])
            for nb_name in pages: src = src.replace(f"({nb_name})", f"(nbs/{nb_name})")
            c["source"] = src
    exporter = MarkdownExporter()
    exporter.register_preprocessor(TagRemovePreprocessor(remove_input_tags={"hide_input"}), enabled=True)
    body, res = exporter.from_notebook_node(nbformat.reads(json.dumps(nb), as_version=4),
                                            resources={"output_files_dir": "index_files"})
    shutil.rmtree(ROOT / "index_files", ignore_errors=True)
    for name, data in res.get("outputs", {}).items():
        (ROOT / name).parent.mkdir(parents=True, exist_ok=True)
        (ROOT / name).write_bytes(data)
    note = "<!-- generated from nbs/index.ipynb by tools/build_docs.py: edit the notebook, not this file -->\n\n"
    (ROOT / "README.md").write_text(note + re.sub(r"\n{3,}", "\n\n", body).strip() + "\n")


def main() -> int:
    cfg = get_config()
    _build_modidx()
    proc = proc_nbs(str(cfg.nbs_path), n_workers=0, force=True)
    shutil.rmtree(SRC, ignore_errors=True)
    SRC.mkdir()
    doc_host = f"{cfg.doc_host}{cfg.doc_baseurl}/".replace("//", "/").replace(":/", "://")
    nbs = sorted(proc.glob("*.ipynb"), key=lambda p: (p.stem != "index", p.stem))
    loaded = {p.name: json.loads(p.read_text()) for p in nbs}
    pages = {name: (_frontmatter(nb).get("output-file") or Path(name).stem + ".html") for name, nb in loaded.items()}
    nav = []
    for name, nb in loaded.items():
        page = pages[name]
        (SRC / Path(page).with_suffix(".ipynb").name).write_text(json.dumps(convert(nb, pages, doc_host), indent=1))
        nav.append({_frontmatter(nb).get("title", name): Path(page).with_suffix(".ipynb").name})
    index = next((name for name in loaded if Path(name).stem == "index"), None)
    if index: write_readme(convert(loaded[index], {n: n for n in pages}, ""), pages, cfg)
    for extra in ("docs.css",):
        if (cfg.nbs_path / extra).exists(): shutil.copy(cfg.nbs_path / extra, SRC / extra)
    conf = yaml.safe_load((ROOT / "mkdocs.yml").read_text())
    conf["nav"] = nav
    gen = ROOT / ".mkdocs.generated.yml"
    gen.write_text(yaml.safe_dump(conf, sort_keys=False))
    return subprocess.call([sys.executable, "-m", "mkdocs", "build", "--strict", "--clean", "-f", str(gen)], cwd=ROOT)


if __name__ == "__main__":
    sys.exit(main())
