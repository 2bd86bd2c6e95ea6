"""Design pages for the reader: hand-written admin-style pages (Bootstrap 5 and Bulma from npm, and plain CSS), rendered
in Chromium, each saved with the DOM's text boxes labelled by region (nav, title, table, form, card, main).

    python bench/reader/pages.py --out /work/tmp/F/pages --css /work/tmp/F

These are the pages the reader's heuristics were designed on (none from the held-out real validation set, none from
the reserved sources). `--css` is a folder holding `bootstrap-5.3.9/` and `bulma-1.0.4/` unpacked from `npm pack`.
"""
import argparse, json, random
from pathlib import Path

NAV = ["Dashboard", "Orders", "Customers", "Products", "Invoices", "Shipments", "Suppliers", "Warehouses", "Returns",
       "Discounts", "Reports", "Analytics", "Messages", "Calendar", "Tasks", "Team", "Settings", "Integrations",
       "Billing", "Audit log", "Help center", "Documentation"]

ENTITIES = {
    "Invoices": (["Number", "Customer", "Issued on", "Due date", "Amount", "Status", "Paid"],
                 lambda r, i: [f"INV-{1040 + i}", r.choice(["Acme Corp", "Globex", "Initech", "Umbrella", "Hooli"]),
                               f"2025-0{r.randint(1, 9)}-{r.randint(10, 28)}", f"2025-1{r.randint(0, 2)}-{r.randint(10, 28)}",
                               f"${r.randint(100, 9000)}.{r.randint(10, 99)}", r.choice(["Open", "Overdue", "Draft"]), r.choice(["Yes", "No"])]),
    "Employees": (["Name", "Email", "Department", "Job title", "Hired", "Salary"],
                  lambda r, i: [r.choice(["Ana Silva", "Bo Chen", "Carl Ek", "Dina Roy", "Eli Park"]), f"user{i}@corp.test",
                                r.choice(["Sales", "Finance", "R&D"]), r.choice(["Engineer", "Manager", "Analyst"]),
                                f"201{r.randint(0, 9)}-0{r.randint(1, 9)}-1{r.randint(0, 9)}", f"{r.randint(40, 120)},000"]),
    "Tickets": (["ID", "Subject", "Requester", "Priority", "Assignee", "Updated"],
                lambda r, i: [str(300 + i), r.choice(["Cannot log in", "Refund request", "Printer jam", "VPN down"]),
                              r.choice(["Mia Lund", "Tom Berg", "Ivy Cole"]), r.choice(["Low", "High", "Urgent"]),
                              r.choice(["Sam", "Kim", "Lee"]), f"{r.randint(1, 59)} min ago"]),
}

FORM = ["Company name", "Contact email", "Phone", "Country", "Tax number", "Credit limit", "Notes"]
FORM_VALUES = ["Northwind Traders", "buyer@northwind.test", "+44 20 7946 0000", "United Kingdom", "GB123456789", "25000", "Key account"]


def sidebar(fw, dark):
    items = "".join(f'<li><a href="#">{n}</a></li>' for n in NAV)
    bg = "#1f2937" if dark else "#f3f4f6"; fg = "#e5e7eb" if dark else "#374151"
    return (f'<aside style="position:absolute;left:0;top:0;bottom:0;width:230px;background:{bg};padding:16px;overflow:hidden">'
            f'<div style="font-weight:700;font-size:20px;color:{fg};margin-bottom:16px">Shopdesk</div>'
            f'<nav><ul style="list-style:none;padding:0;line-height:2.1;font-size:14px">{items}</ul></nav></aside>'
            f'<style>aside a{{color:{fg};text-decoration:none}}</style>')


def topbar(left):
    return (f'<header style="position:fixed;left:{left}px;right:0;top:0;height:56px;border-bottom:1px solid #ddd;background:#fff;'
            f'display:flex;align-items:center;gap:24px;padding:0 24px;font-size:14px;z-index:2">'
            f'<nav style="display:flex;gap:24px"><a>Home</a><a>Sales</a><a>Catalog</a><a>Support</a></nav>'
            f'<span style="margin-left:auto">Search…</span><span>Jane Doe</span></header>')


def table(r, ent, rows, fw):
    heads, row = ENTITIES[ent]
    cls = {"bootstrap": "table table-striped", "bulma": "table is-striped is-fullwidth", "plain": ""}[fw]
    th = "".join(f"<th>{h}</th>" for h in heads)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row(r, i)) + "</tr>" for i in range(rows))
    return f'<table class="{cls}" style="width:100%"><thead><tr>{th}</tr></thead><tbody>{body}</tbody></table>'


def form(fw, above):
    out = []
    for lab, val in zip(FORM, FORM_VALUES):
        inp = f'<input class="{"form-control" if fw == "bootstrap" else "input"}" value="{val}" style="width:420px">'
        out.append(f'<div style="margin:10px 0"><label style="display:block;font-weight:600">{lab}</label>{inp}</div>' if above else
                   f'<div style="margin:10px 0;display:flex;gap:16px"><label style="width:160px;font-weight:600">{lab}</label>{inp}</div>')
    return f'<form>{"".join(out)}<button class="btn btn-primary button is-primary">Save</button> <button class="btn button">Cancel</button></form>'


def cards(r):
    k = [("Revenue", f"${r.randint(10, 99)},{r.randint(100, 999)}"), ("Orders", str(r.randint(100, 999))),
         ("New customers", str(r.randint(10, 99))), ("Refunds", str(r.randint(1, 9)))]
    return ('<div style="display:flex;gap:16px;margin:16px 0">' + "".join(
        f'<div class="card-kpi" style="flex:1;border:1px solid #ddd;border-radius:8px;padding:16px"><div style="color:#666">{a}</div>'
        f'<div style="font-size:26px;font-weight:700">{b}</div></div>' for a, b in k) + "</div>")


def page(seed, css):
    r = random.Random(seed)
    fw = ["bootstrap", "bulma", "plain"][seed % 3]
    dark = seed % 5 == 4
    kind = ["list", "form", "dashboard", "list", "detail"][seed % 5]
    has_side, has_top = seed % 4 != 3, seed % 3 != 1
    left = 262 if has_side else 0
    ent = list(ENTITIES)[seed % 3]
    link = {"bootstrap": f'<link rel="stylesheet" href="file://{css}/bootstrap-5.3.9/package/dist/css/bootstrap.min.css">',
            "bulma": f'<link rel="stylesheet" href="file://{css}/bulma-1.0.4/package/css/bulma.min.css">', "plain": ""}[fw]
    crumbs = f'<div style="color:#888;font-size:13px">Home / {ent} / {"List" if kind == "list" else "Edit"}</div>'
    if kind == "list":
        main = (f'<h1 class="title">{ent}</h1><div style="margin:8px 0"><button class="btn btn-primary button">Add {ent[:-1].lower()}</button> '
                f'<input placeholder="Filter {ent.lower()}"></div>' + table(r, ent, r.choice([8, 25, 60]), fw) + '<div>Showing 1 to 25 of 212 entries</div>')
    elif kind == "form":
        main = f'<h1 class="title">Edit customer</h1>' + form(fw, seed % 2 == 0)
    elif kind == "dashboard":
        main = f'<h1 class="title">Dashboard</h1>' + cards(r) + f'<h3>Recent {ent.lower()}</h3>' + table(r, ent, 6, fw)
    else:
        main = (f'<h1 class="title">Customer: Northwind Traders</h1><dl style="display:grid;grid-template-columns:180px 1fr;gap:8px">'
                + "".join(f"<dt><b>{a}</b></dt><dd>{b}</dd>" for a, b in zip(FORM, FORM_VALUES)) + f'</dl><h3>{ent}</h3>' + table(r, ent, 5, fw))
    style = f"body{{margin:0;position:relative;min-height:100vh;font-family:system-ui,Arial;{'background:#111827;color:#e5e7eb' if dark else ''}}}"
    html = (f'<html><head>{link}<style>{style}</style></head><body>{sidebar(fw, dark) if has_side else ""}{topbar(left) if has_top else ""}'
            f'<main style="margin-left:{left}px;padding:{80 if has_top else 24}px 32px 32px 32px">{crumbs}{main}</main>'
            f'<footer style="margin-left:{left}px;padding:16px 32px;color:#888;font-size:12px">© 2025 Shopdesk · Privacy · Terms</footer></body></html>')
    width = [1440, 1920, 1440, 1600][seed % 4]
    if seed == 15:  # the tall page: 1920 wide, ~4000 px
        main = f'<h1 class="title">{ent}</h1>' + table(r, ent, 105, fw); width = 1920
        html = html.split("<main")[0] + f'<main style="margin-left:{left}px;padding:80px 32px">{main}</main></body></html>'
    return html, width, {"fw": fw, "kind": kind, "dark": dark, "sidebar": has_side, "topbar": has_top, "entity": ent}


DOM_BOXES = """() => {
  const out = [];
  const region = el => {
    for (let e = el; e && e !== document.body; e = e.parentElement) {
      const t = e.tagName.toLowerCase();
      if (t === 'aside' || t === 'nav' || t === 'header') return 'nav';
      if (t === 'footer') return 'footer';
      if (t === 'table') return 'table';
      if (t === 'form' || t === 'dl') return 'form';
      if (t === 'h1') return 'title';
      if (e.classList && e.classList.contains('card-kpi')) return 'card';
    }
    return 'main';
  };
  const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let n;
  while ((n = w.nextNode())) {
    const t = n.textContent.trim(); if (!t) continue;
    const rg = document.createRange(); rg.selectNodeContents(n); const r = rg.getBoundingClientRect();
    if (r.width < 1 || r.height < 1) continue;
    out.push({text: t, x0: r.left, y0: r.top + window.scrollY, x1: r.right, y1: r.bottom + window.scrollY, region: region(n.parentElement)});
  }
  document.querySelectorAll('input').forEach(i => { const r = i.getBoundingClientRect();
    if (i.value) out.push({text: i.value, x0: r.left, y0: r.top + window.scrollY, x1: r.right, y1: r.bottom + window.scrollY, region: region(i)}); });
  return out;
}"""


def render(out: Path, css: str, n: int):
    from playwright.sync_api import sync_playwright
    out.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        for seed in range(n):
            html, width, meta = page(seed, css)
            pg = b.new_page(viewport={"width": width, "height": 900})
            (out / f"p{seed:02d}.html").write_text(html)
            pg.goto(f"file://{out}/p{seed:02d}.html"); pg.wait_for_timeout(100)
            pg.screenshot(path=str(out / f"p{seed:02d}.png"), full_page=True)
            boxes = pg.evaluate(DOM_BOXES)
            (out / f"p{seed:02d}.json").write_text(json.dumps({"meta": meta, "width": width, "boxes": boxes}))
            pg.close()
        b.close()


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="/work/tmp/F/pages"); ap.add_argument("--css", default="/work/tmp/F"); ap.add_argument("--n", type=int, default=16)
    a = ap.parse_args()
    render(Path(a.out).resolve(), str(Path(a.css).resolve()), a.n)
