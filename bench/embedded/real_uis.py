"""Other people's UIs: pages of two admin templates from npm (AdminLTE 3.2.0, SB Admin 2 4.1.4), fetched with
`npm pack`, rendered locally in Chromium (no network: fonts and CDN scripts are blocked, the package's own CSS
loads), then answered by each backend. No label exists for these pages; `REFERENCE` is our own reading of what
each page shows (tables and columns a developer would create), written before looking at any model output.

    python bench/embedded/real_uis.py --out bench/embedded --backends rules embedded-untuned   # writes real_uis.json
"""
import argparse
import json
import subprocess
import tarfile
import tempfile
from pathlib import Path

PAGES = {  # package, page, viewport
    "adminlte-simple-tables": ("admin-lte@3.2.0", "pages/tables/simple.html"),
    "adminlte-projects": ("admin-lte@3.2.0", "pages/examples/projects.html"),
    "adminlte-project-edit": ("admin-lte@3.2.0", "pages/examples/project-edit.html"),
    "adminlte-invoice": ("admin-lte@3.2.0", "pages/examples/invoice.html"),
    "adminlte-contacts": ("admin-lte@3.2.0", "pages/examples/contacts.html"),
    "sbadmin2-tables": ("startbootstrap-sb-admin-2@4.1.4", "tables.html"),
}
REFERENCE = {
    "adminlte-simple-tables": "CREATE TABLE tasks (\n  id INTEGER PRIMARY KEY,\n  task TEXT NOT NULL,\n  progress INTEGER,\n  label TEXT\n);",
    "adminlte-projects": "CREATE TABLE projects (\n  id INTEGER PRIMARY KEY,\n  name TEXT NOT NULL,\n  created_on DATE,\n  progress INTEGER,\n  status TEXT\n);\n\n"
                         "CREATE TABLE team_members (\n  id INTEGER PRIMARY KEY,\n  project_id INTEGER NOT NULL,\n  avatar TEXT,\n  FOREIGN KEY (project_id) REFERENCES projects(id)\n);",
    "adminlte-project-edit": "CREATE TABLE projects (\n  id INTEGER PRIMARY KEY,\n  name TEXT NOT NULL,\n  description TEXT,\n  status TEXT,\n  client_company TEXT,\n"
                             "  project_leader TEXT,\n  estimated_budget DECIMAL(10, 2),\n  total_amount_spent DECIMAL(10, 2),\n  estimated_duration INTEGER\n);\n\n"
                             "CREATE TABLE files (\n  id INTEGER PRIMARY KEY,\n  project_id INTEGER NOT NULL,\n  file_name TEXT NOT NULL,\n  file_size TEXT,\n"
                             "  FOREIGN KEY (project_id) REFERENCES projects(id)\n);",
    "adminlte-invoice": "CREATE TABLE invoices (\n  id INTEGER PRIMARY KEY,\n  order_id INTEGER,\n  payment_due DATE,\n  account TEXT,\n  subtotal DECIMAL(10, 2),\n"
                        "  tax DECIMAL(10, 2),\n  shipping DECIMAL(10, 2),\n  total DECIMAL(10, 2)\n);\n\n"
                        "CREATE TABLE invoice_items (\n  id INTEGER PRIMARY KEY,\n  invoice_id INTEGER NOT NULL,\n  qty INTEGER NOT NULL,\n  product TEXT NOT NULL,\n"
                        "  serial TEXT,\n  description TEXT,\n  subtotal DECIMAL(10, 2),\n  FOREIGN KEY (invoice_id) REFERENCES invoices(id)\n);",
    "adminlte-contacts": "CREATE TABLE contacts (\n  id INTEGER PRIMARY KEY,\n  name TEXT NOT NULL,\n  title TEXT,\n  about TEXT,\n  address TEXT,\n  phone TEXT\n);",
    "sbadmin2-tables": "CREATE TABLE employees (\n  id INTEGER PRIMARY KEY,\n  name TEXT NOT NULL,\n  position TEXT,\n  office TEXT,\n  age INTEGER,\n"
                       "  start_date DATE,\n  salary DECIMAL(10, 2)\n);",
}


def fetch(spec: str, root: Path) -> Path:
    d = root / spec.replace("/", "_")
    if not d.exists():
        subprocess.run(["npm", "pack", spec, "--silent", "--pack-destination", str(root)], check=True, capture_output=True)
        tgz = max(root.glob(spec.split("@")[0].split("/")[-1] + "-*.tgz"), key=lambda p: p.stat().st_mtime)
        with tarfile.open(tgz) as tf: tf.extractall(d, filter="data")
    return d / "package"


def render(pages: dict, root: Path, out: Path) -> dict:
    from playwright.sync_api import sync_playwright
    from ghost_architect.data import CHROMIUM, CHROMIUM_ARGS
    shots = {}
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = b.new_page(viewport={"width": 1440, "height": 900})
        page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
        for name, (spec, rel) in pages.items():
            page.goto((fetch(spec, root) / rel).as_uri(), wait_until="load")
            shots[name] = out / f"{name}.png"
            page.screenshot(path=str(shots[name]), clip={"x": 0, "y": 0, "width": 1440, "height": 1100}, full_page=True)
        b.close()
    return shots


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="bench/embedded")
    ap.add_argument("--backends", nargs="+", default=["rules", "embedded-untuned", "embedded"])
    ap.add_argument("--shots", default=None, help="keep the rendered pages in this folder (default: a temporary one)")
    a = ap.parse_args()
    from ghost_architect.evaluate import EvalItem, score_row
    from ghost_architect.infer import get_backend
    out = Path(a.out); shots_dir = Path(a.shots or tempfile.mkdtemp()); shots_dir.mkdir(parents=True, exist_ok=True)
    shots = render(PAGES, Path(tempfile.mkdtemp()), shots_dir)
    res = {"pages": {k: {"package": v[0], "page": v[1]} for k, v in PAGES.items()}, "reference": REFERENCE, "runs": {}}
    for name in a.backends:
        b = get_backend(name)
        rows = [score_row(EvalItem(k, str(p), REFERENCE[k]), b(p)) for k, p in shots.items()]
        res["runs"][name] = rows
        print(name, [(r["id"], r["valid"], round(r["tables_f1"], 2), round(r["columns_f1"], 2), round(r["seconds"], 2)) for r in rows], flush=True)
        del b
    (out / "real_uis.json").write_text(json.dumps(res, indent=1) + "\n")


if __name__ == "__main__":
    main()
