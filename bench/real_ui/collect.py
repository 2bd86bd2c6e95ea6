"""Build the real-UI validation set: install/serve/seed open-source admin UIs on 127.0.0.1, screenshot their pages,
label each page with SQLite DDL taken from what the DOM shows, typed and keyed by the app's own SQLite schema.

Run with a separate venv (see README.md):  python bench/real_ui/collect.py [--only SOURCE ...]
"""
from __future__ import annotations

import argparse, csv, io, json, os, re, socket, sqlite3, subprocess, sys, textwrap, time
from importlib.metadata import version
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "data"
WORK = Path(os.environ.get("REAL_UI_WORK", "/work/tmp/V"))
PY = sys.executable
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--font-render-hinting=none"]
MAX_HEIGHT = 4000
HEIGHT = 900


# ---------------------------------------------------------------- labels: DOM names -> DB schema -> DDL
def snake(text: str) -> str:
    "snake_case of a visible label: 'Due on' -> 'due_on', 'E-mail address' -> 'e_mail_address'."
    return re.sub(r"[^a-z0-9]+", "_", text.strip().lower()).strip("_")


def db_table(db: Path, table: str) -> dict:
    "Columns (name -> type), primary key, foreign keys (col -> (table, col)) of one table of a SQLite file."
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        info = con.execute(f'PRAGMA table_info("{table}")').fetchall()
        fks = con.execute(f'PRAGMA foreign_key_list("{table}")').fetchall()
    finally: con.close()
    if not info: raise KeyError(f"no table {table!r} in {db}")
    pk = [r[1] for r in sorted(info, key=lambda r: r[5]) if r[5]]
    return {"cols": {r[1]: (r[2] or "TEXT").upper() for r in info}, "pk": pk, "fks": {r[3]: (r[2], r[4] or "id") for r in fks}}


def match_column(name: str, cols: dict, aliases: dict) -> str | None:
    "The DB column a DOM name (input name, header class or header text) stands for, or None."
    if name in aliases: return aliases[name]
    s = snake(name)
    for c in (name, s, f"{s}_id", f"{name}_id"):
        if c in cols: return c
    flat = {c.replace("_", ""): c for c in cols}
    return flat.get(s.replace("_", "")) or flat.get(s.replace("_", "") + "id")


def build_ddl(db: Path, shown: dict[str, list[str]], display: dict[str, list[str]], rename: dict[str, str]) -> tuple[str, list[str]]:
    "DDL of the shown tables (DB name -> shown columns): PK first, shown columns typed from the DB, FKs to shown tables; "
    "an FK column's target table is added with its PK and the column(s) its label is read from (`display`)."
    shown = {t: list(dict.fromkeys(c)) for t, c in shown.items()}
    meta = {t: db_table(db, t) for t in shown}
    for t in list(shown):
        for c in shown[t]:
            if c in meta[t]["fks"]:
                ref = meta[t]["fks"][c][0]
                if ref not in shown:
                    shown[ref] = list(display.get(ref, []))
                    meta[ref] = db_table(db, ref)
    order = []
    def visit(t, seen=()):
        if t in order or t in seen: return
        for c in shown[t]:
            ref = meta[t]["fks"].get(c, (None,))[0]
            if ref in shown and ref != t: visit(ref, seen + (t,))
        order.append(t)
    for t in shown: visit(t)
    stmts = []
    for t in order:
        m, name = meta[t], rename.get(t, t)
        cols = [c for c in m["pk"] if c not in shown[t]] + [c for c in shown[t] if c not in m["pk"]]
        cols = m["pk"] + [c for c in cols if c not in m["pk"]]
        lines = []
        for c in cols:
            typ = m["cols"][c]
            pk = " PRIMARY KEY" if m["pk"] == [c] else ""
            nn = ""
            lines.append(f"  {c} {typ}{pk}")
        if len(m["pk"]) > 1: lines.append(f"  PRIMARY KEY ({', '.join(m['pk'])})")
        for c in cols:
            if c in m["fks"] and m["fks"][c][0] in shown:
                rt, rc = m["fks"][c]
                lines.append(f"  FOREIGN KEY ({c}) REFERENCES {rename.get(rt, rt)}({rc})")
        stmts.append(f"CREATE TABLE {name} (\n" + ",\n".join(lines) + "\n);")
    return "\n".join(stmts), [rename.get(t, t) for t in order]


# ---------------------------------------------------------------- shooting
JS_NAMES = """([sel, attr]) => Array.from(document.querySelectorAll(sel)).map(e => {
  if (attr === 'text') return (e.innerText || e.textContent || '').trim();
  if (attr === 'class') { const cl = Array.from(e.classList).filter(c => c !== 'column-header');
                          const m = cl.find(c => c.startsWith('col-')) || cl.find(c => c.startsWith('column-') || c.startsWith('field-'));
                          return m ? m.replace(/^(column|col|field)-/, '') : (e.innerText || '').trim(); }
  return e.getAttribute(attr) || ''; })"""


def dom_names(page, scopes) -> dict[str, list[str]]:
    "Names the page shows per scope: [(table, css selector, attribute or 'text' or 'class' or a python function)]."
    out = {}
    for table, sel, attr in scopes:
        if callable(attr): vals = attr(page)
        else: vals = page.evaluate(JS_NAMES, [sel, attr])
        out.setdefault(table, []).extend(v for v in vals if v)
    return out


def form_field(name: str, prefix: str | None = None) -> str | None:
    "The model field an input's `name` stands for: 'title' (main form) or 'books-0-title' (inline with `prefix`)."
    name = re.sub(r"_[01]$", "", name)  # a split date/time widget: moved_at_0, moved_at_1
    if prefix is None: return None if ("-" in name or name in {"csrfmiddlewaretoken", "_save", "_continue", "_addanother", "csrf_token", "next"}) else name.split(".")[0]
    m = re.fullmatch(rf"{re.escape(prefix)}-\d+-(\w+)", name)
    return m.group(1) if m and m.group(1) not in {"id", "DELETE", "ORDER"} else None


def js_inputs(page) -> list[str]:
    return page.evaluate("""() => Array.from(document.querySelectorAll('form input, form select, form textarea'))
      .filter(e => e.type !== 'hidden' && e.type !== 'submit' && e.type !== 'button' && !(e.name||'').includes('__prefix__'))
      .map(e => e.name).filter(Boolean)""")


def main_inputs(page): return [f for f in (form_field(n) for n in js_inputs(page)) if f]
def inline_inputs(prefix):
    return lambda page: list(dict.fromkeys(f for f in (form_field(n, prefix) for n in js_inputs(page)) if f))


class Shooter:
    "One browser; a context per (theme, width); blocks every request that is not 127.0.0.1, file: or data:."
    def __init__(self):
        from playwright.sync_api import sync_playwright
        self.pw = sync_playwright().start()
        self.browser = self.pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        self.contexts = {}

    def context(self, key, theme, width, login=None, storage=None):
        k = (key, theme, width)
        if k not in self.contexts:
            ctx = self.browser.new_context(viewport={"width": width, "height": HEIGHT}, color_scheme=theme, device_scale_factor=1,
                                           timezone_id="UTC", locale="en-US")
            ctx.route("**/*", lambda r: r.continue_() if r.request.url.startswith(("http://127.0.0.1", "file:", "data:", "blob:", "about:")) else r.abort())
            if login: login(ctx)
            self.contexts[k] = ctx
        return self.contexts[k]

    def close(self):
        for c in self.contexts.values(): c.close()
        self.browser.close(); self.pw.stop()


JS_HEIGHT = """() => { let h = Math.max(document.documentElement.scrollHeight, document.body.scrollHeight);
  for (const e of document.querySelectorAll('body *')) { const s = getComputedStyle(e);
    if ((s.overflowY === 'auto' || s.overflowY === 'scroll') && e.clientHeight > 200 && e.scrollHeight > e.clientHeight + 5)
      h = Math.max(h, e.scrollHeight + e.getBoundingClientRect().top + window.scrollY); }
  return Math.ceil(h); }"""


def full_height(page, width: int) -> int:
    "Grow the viewport to the page's content (inner scroll areas included, at most MAX_HEIGHT) so sticky parts stay put."
    h = HEIGHT
    for _ in range(3):
        need = min(MAX_HEIGHT, max(HEIGHT, page.evaluate(JS_HEIGHT)))
        if need <= h: break
        h = need; page.set_viewport_size({"width": width, "height": h}); page.wait_for_timeout(250)
    page.evaluate("window.scrollTo(0, 0)")
    return h


def save_png(png: bytes, path: Path):
    "Optimised PNG; quantised to 256 colours (median cut, no dithering: text stays crisp)."
    from PIL import Image
    im = Image.open(io.BytesIO(png)).convert("RGB")
    q = im.quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    buf = io.BytesIO(); q.save(buf, "PNG", optimize=True)
    tmp = path.with_name(path.name + ".tmp"); tmp.write_bytes(buf.getvalue()); os.replace(tmp, path)


ROWS: list[dict] = []
COLLECTORS: dict = {}  # source -> function(shooter), registered below


def shoot(sh: Shooter, src: dict, page_spec: dict, n: int):
    "Screenshot one page and write its image, label and pages.csv row."
    theme, width = page_spec.get("theme", "light"), page_spec.get("width", 1440)
    ctx = sh.context(src["name"], theme, width, src.get("login"))
    page = ctx.new_page()
    url = src["base"] + page_spec["path"]
    page.goto(url, wait_until="networkidle")
    if page_spec.get("before"): page_spec["before"](page)
    page.wait_for_timeout(page_spec.get("wait", 300))
    names = dom_names(page, page_spec["scopes"])
    shown, dropped = {}, []
    for t, vals in names.items():
        meta = db_table(src["db"], t)
        for v in vals:
            c = match_column(v, meta["cols"], {**src.get("aliases", {}), **page_spec.get("aliases", {})})
            if c: shown.setdefault(t, []).append(c)
            elif v not in src.get("ignore", set()): dropped.append(f"{t}:{v}")
    for t, cols in page_spec.get("extra", {}).items(): shown.setdefault(t, []).extend(cols)
    for child, parent in page_spec.get("links", []):  # an inline's hidden FK to the record it belongs to
        shown.setdefault(child, []).extend(c for c, (rt, _) in db_table(src["db"], child)["fks"].items() if rt == parent)
    assert shown, f"{url}: nothing labelled ({names})"
    ddl, tables = build_ddl(src["db"], shown, src.get("display", {}), src.get("rename", {}))
    h = full_height(page, width)
    png = page.screenshot(clip={"x": 0, "y": 0, "width": width, "height": h})
    page.close()
    pid = f"{src['name']}-{n:02d}"
    save_png(png, OUT / "images" / f"{pid}.png")
    ex = {"id": pid, "image": f"images/{pid}.png", "ddl": ddl, "domain": src["name"], "view": page_spec["kind"],
          "tables": tables, "style": {"viewport": [width, HEIGHT], "theme": theme, "height": h, "package": src["package"]},
          "description": f"{src['name']} {page_spec['kind']} page {page_spec['path']}", "source": "real"}
    tmp = OUT / "labels" / f"{pid}.json.tmp"; tmp.write_text(json.dumps(ex, indent=1)); os.replace(tmp, OUT / "labels" / f"{pid}.json")
    ROWS.append({"id": pid, "source": src["name"], "package": src["package"], "url": page_spec["path"], "kind": page_spec["kind"],
                 "width": width, "theme": theme, "group": src.get("group", "validation"), "height": h,
                 "tables": " ".join(tables), "dropped": " ".join(dropped)})
    print(f"  {pid} {page_spec['kind']:<13} {width} {theme:<5} h={h:<5} {' '.join(tables)}  dropped: {dropped}", flush=True)


# ---------------------------------------------------------------- servers
def free_port() -> int:
    with socket.socket() as s: s.bind(("127.0.0.1", 0)); return s.getsockname()[1]


def serve(cmd: list[str], port: int, cwd: Path, env: dict | None = None, log: str = "server.log") -> subprocess.Popen:
    "Start a server on 127.0.0.1:`port` and wait until it answers."
    logf = open(cwd / log, "ab")
    p = subprocess.Popen(cmd, cwd=cwd, env={**os.environ, **(env or {})}, stdout=logf, stderr=subprocess.STDOUT)
    for _ in range(120):
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1): return p
        except OSError:
            if p.poll() is not None: raise RuntimeError(f"server {cmd} exited: see {cwd / log}")
            time.sleep(0.5)
    p.terminate(); raise RuntimeError(f"server {cmd} did not start")


def run(cmd, cwd, env=None):
    r = subprocess.run(cmd, cwd=cwd, env={**os.environ, **(env or {})}, capture_output=True, text=True)
    if r.returncode: raise RuntimeError(f"{cmd} failed:\n{r.stdout[-2000:]}\n{r.stderr[-3000:]}")
    return r.stdout


# ---------------------------------------------------------------- Django: one project, five apps, five admin skins
DJ_APPS = {  # app -> models source (db_table set to the plural entity name)
 "library": '''
class Author(models.Model):
    name = models.CharField(max_length=120)
    country = models.CharField(max_length=60)
    born = models.DateField(null=True, blank=True)
    class Meta: db_table = "authors"
    def __str__(self): return self.name
class Book(models.Model):
    title = models.CharField(max_length=200)
    author = models.ForeignKey(Author, on_delete=models.CASCADE)
    isbn = models.CharField("ISBN", max_length=17, unique=True)
    published = models.DateField()
    pages = models.PositiveIntegerField()
    price = models.DecimalField(max_digits=8, decimal_places=2)
    in_stock = models.BooleanField(default=True)
    class Meta: db_table = "books"
    def __str__(self): return self.title
class Member(models.Model):
    first_name = models.CharField(max_length=60)
    last_name = models.CharField(max_length=60)
    email = models.EmailField(unique=True)
    joined = models.DateField()
    active = models.BooleanField(default=True)
    class Meta: db_table = "members"
    def __str__(self): return f"{self.first_name} {self.last_name}"
class Loan(models.Model):
    book = models.ForeignKey(Book, on_delete=models.CASCADE)
    member = models.ForeignKey(Member, on_delete=models.CASCADE)
    borrowed_on = models.DateField()
    due_on = models.DateField()
    returned = models.BooleanField(default=False)
    class Meta: db_table = "loans"
''',
 "inventory": '''
class Supplier(models.Model):
    name = models.CharField(max_length=120)
    contact_email = models.EmailField()
    phone = models.CharField(max_length=30)
    city = models.CharField(max_length=60)
    class Meta: db_table = "suppliers"
    def __str__(self): return self.name
class Warehouse(models.Model):
    name = models.CharField(max_length=80)
    city = models.CharField(max_length=60)
    capacity = models.PositiveIntegerField()
    class Meta: db_table = "warehouses"
    def __str__(self): return self.name
class Product(models.Model):
    sku = models.CharField("SKU", max_length=20, unique=True)
    name = models.CharField(max_length=120)
    supplier = models.ForeignKey(Supplier, on_delete=models.CASCADE)
    unit_price = models.DecimalField(max_digits=9, decimal_places=2)
    reorder_level = models.PositiveIntegerField()
    discontinued = models.BooleanField(default=False)
    class Meta: db_table = "products"
    def __str__(self): return self.name
class StockMove(models.Model):
    product = models.ForeignKey(Product, on_delete=models.CASCADE)
    warehouse = models.ForeignKey(Warehouse, on_delete=models.CASCADE)
    quantity = models.IntegerField()
    moved_at = models.DateTimeField()
    reason = models.CharField(max_length=20, choices=[("purchase", "Purchase"), ("sale", "Sale"), ("transfer", "Transfer"), ("count", "Stock count")])
    class Meta: db_table = "stock_moves"
''',
 "school": '''
class Teacher(models.Model):
    first_name = models.CharField(max_length=60)
    last_name = models.CharField(max_length=60)
    email = models.EmailField()
    subject = models.CharField(max_length=60)
    class Meta: db_table = "teachers"
    def __str__(self): return f"{self.first_name} {self.last_name}"
class Course(models.Model):
    code = models.CharField(max_length=12, unique=True)
    title = models.CharField(max_length=120)
    teacher = models.ForeignKey(Teacher, on_delete=models.CASCADE)
    credits = models.PositiveSmallIntegerField()
    starts_on = models.DateField()
    class Meta: db_table = "courses"
    def __str__(self): return f"{self.code} {self.title}"
class Student(models.Model):
    first_name = models.CharField(max_length=60)
    last_name = models.CharField(max_length=60)
    email = models.EmailField(unique=True)
    enrolled_on = models.DateField()
    year = models.PositiveSmallIntegerField()
    class Meta: db_table = "students"
    def __str__(self): return f"{self.first_name} {self.last_name}"
class Enrollment(models.Model):
    student = models.ForeignKey(Student, on_delete=models.CASCADE)
    course = models.ForeignKey(Course, on_delete=models.CASCADE)
    grade = models.CharField(max_length=2, blank=True)
    enrolled_at = models.DateTimeField()
    class Meta: db_table = "enrollments"
''',
 "events": '''
class Venue(models.Model):
    name = models.CharField(max_length=120)
    city = models.CharField(max_length=60)
    address = models.CharField(max_length=200)
    capacity = models.PositiveIntegerField()
    class Meta: db_table = "venues"
    def __str__(self): return self.name
class Event(models.Model):
    title = models.CharField(max_length=160)
    venue = models.ForeignKey(Venue, on_delete=models.CASCADE)
    starts_at = models.DateTimeField()
    ends_at = models.DateTimeField()
    price = models.DecimalField(max_digits=8, decimal_places=2)
    published = models.BooleanField(default=False)
    class Meta: db_table = "events"
    def __str__(self): return self.title
class Attendee(models.Model):
    full_name = models.CharField(max_length=120)
    email = models.EmailField()
    company = models.CharField(max_length=120, blank=True)
    class Meta: db_table = "attendees"
    def __str__(self): return self.full_name
class Ticket(models.Model):
    event = models.ForeignKey(Event, on_delete=models.CASCADE)
    attendee = models.ForeignKey(Attendee, on_delete=models.CASCADE)
    code = models.CharField(max_length=12, unique=True)
    kind = models.CharField(max_length=10, choices=[("standard", "Standard"), ("vip", "VIP"), ("student", "Student")])
    paid = models.BooleanField(default=False)
    issued_at = models.DateTimeField()
    class Meta: db_table = "tickets"
''',
 "clinic": '''
class Doctor(models.Model):
    full_name = models.CharField(max_length=120)
    specialty = models.CharField(max_length=60)
    phone = models.CharField(max_length=30)
    class Meta: db_table = "doctors"
    def __str__(self): return self.full_name
class Patient(models.Model):
    first_name = models.CharField(max_length=60)
    last_name = models.CharField(max_length=60)
    date_of_birth = models.DateField()
    phone = models.CharField(max_length=30)
    insurance_number = models.CharField(max_length=20)
    class Meta: db_table = "patients"
    def __str__(self): return f"{self.first_name} {self.last_name}"
class Appointment(models.Model):
    patient = models.ForeignKey(Patient, on_delete=models.CASCADE)
    doctor = models.ForeignKey(Doctor, on_delete=models.CASCADE)
    scheduled_at = models.DateTimeField()
    reason = models.CharField(max_length=200)
    status = models.CharField(max_length=12, choices=[("booked", "Booked"), ("done", "Done"), ("cancelled", "Cancelled")])
    class Meta: db_table = "appointments"
    def __str__(self): return f"{self.patient} {self.scheduled_at:%Y-%m-%d}"
class Prescription(models.Model):
    appointment = models.ForeignKey(Appointment, on_delete=models.CASCADE)
    drug = models.CharField(max_length=80)
    dose = models.CharField(max_length=40)
    days = models.PositiveSmallIntegerField()
    class Meta: db_table = "prescriptions"
''',
}

DJ_ADMIN = {  # app -> admin registrations: (model, list_display, list_filter, search, inline (model, fields) or None)
 "library": [("Author", ["name", "country", "born"], ["country"], ["name"], ("Book", ["title", "isbn", "published", "price"])),
             ("Book", ["title", "author", "isbn", "published", "pages", "price", "in_stock"], ["in_stock", "published"], ["title", "isbn"], None),
             ("Member", ["first_name", "last_name", "email", "joined", "active"], ["active"], ["last_name", "email"], None),
             ("Loan", ["book", "member", "borrowed_on", "due_on", "returned"], ["returned", "due_on"], [], None)],
 "inventory": [("Supplier", ["name", "contact_email", "phone", "city"], ["city"], ["name"], ("Product", ["sku", "name", "unit_price", "reorder_level"])),
               ("Warehouse", ["name", "city", "capacity"], [], [], None),
               ("Product", ["sku", "name", "supplier", "unit_price", "reorder_level", "discontinued"], ["discontinued", "supplier"], ["sku", "name"], ("StockMove", ["warehouse", "quantity", "moved_at", "reason"])),
               ("StockMove", ["product", "warehouse", "quantity", "moved_at", "reason"], ["reason", "warehouse"], [], None)],
 "school": [("Teacher", ["first_name", "last_name", "email", "subject"], ["subject"], ["last_name"], None),
            ("Course", ["code", "title", "teacher", "credits", "starts_on"], ["credits"], ["title"], ("Enrollment", ["student", "grade", "enrolled_at"])),
            ("Student", ["first_name", "last_name", "email", "enrolled_on", "year"], ["year"], ["last_name"], None),
            ("Enrollment", ["student", "course", "grade", "enrolled_at"], ["grade"], [], None)],
 "events": [("Venue", ["name", "city", "address", "capacity"], ["city"], ["name"], None),
            ("Event", ["title", "venue", "starts_at", "ends_at", "price", "published"], ["published", "venue"], ["title"], ("Ticket", ["attendee", "code", "kind", "paid"])),
            ("Attendee", ["full_name", "email", "company"], [], ["full_name"], None),
            ("Ticket", ["code", "event", "attendee", "kind", "paid", "issued_at"], ["kind", "paid"], ["code"], None)],
 "clinic": [("Doctor", ["full_name", "specialty", "phone"], ["specialty"], ["full_name"], None),
            ("Patient", ["first_name", "last_name", "date_of_birth", "phone", "insurance_number"], [], ["last_name"], None),
            ("Appointment", ["patient", "doctor", "scheduled_at", "reason", "status"], ["status", "doctor"], [], ("Prescription", ["drug", "dose", "days"])),
            ("Prescription", ["appointment", "drug", "dose", "days"], [], ["drug"], None)],
}

DJ_SKINS = {  # source name -> (app it shows, INSTALLED_APPS before django.contrib.admin, admin base module)
 "django-admin": ("library", [], "django.contrib.admin"),
 "django-unfold": ("inventory", ["unfold"], "unfold.admin"),
 "django-grappelli": ("school", ["grappelli"], "django.contrib.admin"),
 "django-simpleui": ("events", ["simpleui"], "django.contrib.admin"),
 "django-admin-interface": ("clinic", ["admin_interface", "colorfield"], "django.contrib.admin"),
 "django-baton": ("library", ["baton"], "django.contrib.admin"),  # the one skin that re-uses another skin's app (time)
}
DJ_PKG = {"django-admin": "Django", "django-unfold": "django-unfold", "django-grappelli": "django-grappelli",
          "django-simpleui": "django-simpleui", "django-admin-interface": "django-admin-interface", "django-baton": "django-baton"}

SETTINGS = '''
import os
SKIN = os.environ.get("SKIN", "django-admin")
PRE = {{"django-unfold": ["unfold"], "django-grappelli": ["grappelli"], "django-simpleui": ["simpleui"],
       "django-admin-interface": ["admin_interface", "colorfield"], "django-baton": ["baton"]}}.get(SKIN, [])
SECRET_KEY = "real-ui-bench"; DEBUG = True; ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
INSTALLED_APPS = PRE + ["django.contrib.admin", "django.contrib.auth", "django.contrib.contenttypes", "django.contrib.sessions",
    "django.contrib.messages", "django.contrib.staticfiles"] + {apps} + (["baton.autodiscover"] if SKIN == "django-baton" else [])
MIDDLEWARE = ["django.contrib.sessions.middleware.SessionMiddleware", "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware", "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware", "django.middleware.clickjacking.XFrameOptionsMiddleware"]
ROOT_URLCONF = "site_urls"
TEMPLATES = [{{"BACKEND": "django.template.backends.django.DjangoTemplates", "DIRS": [], "APP_DIRS": True,
    "OPTIONS": {{"context_processors": ["django.template.context_processors.request", "django.contrib.auth.context_processors.auth",
    "django.contrib.messages.context_processors.messages"]}}}}]
DATABASES = {{"default": {{"ENGINE": "django.db.backends.sqlite3", "NAME": os.path.join(os.path.dirname(__file__), "db.sqlite3")}}}}
STATIC_URL = "/static/"; USE_TZ = False; TIME_ZONE = "UTC"; DEFAULT_AUTO_FIELD = "django.db.models.AutoField"
X_FRAME_OPTIONS = "SAMEORIGIN"; SILENCED_SYSTEM_CHECKS = ["security.W019"]
'''

ADMIN_PY = '''
import os
from django.contrib import admin
from . import models as m
if os.environ.get("SKIN") == "django-unfold":
    from unfold.admin import ModelAdmin as Base, TabularInline as Inline
else:
    Base, Inline = admin.ModelAdmin, admin.TabularInline
{body}
'''

SEED = '''
import random, datetime as dt
from decimal import Decimal
from faker import Faker
from django.contrib.auth.models import User
from library.models import *; from inventory.models import *; from school.models import *; from events.models import *; from clinic.models import *
f = Faker("en_US"); Faker.seed(7); random.seed(7)
if not User.objects.filter(username="admin").exists(): User.objects.create_superuser("admin", "admin@example.org", "admin")
def d(a=-900, b=0): return dt.date.today() + dt.timedelta(days=random.randint(a, b))
def t(a=-60, b=60): return dt.datetime(2025, 6, 1, 9) + dt.timedelta(days=random.randint(a, b), minutes=15 * random.randint(0, 40))
def money(a, b): return Decimal(random.randint(a * 100, b * 100)) / 100
if not Author.objects.exists():
    authors = [Author.objects.create(name=f.name(), country=f.country()[:60], born=f.date_of_birth(minimum_age=30, maximum_age=90)) for _ in range(12)]
    books = [Book.objects.create(title=f.catch_phrase()[:200], author=random.choice(authors), isbn=f.isbn13(), published=d(-9000, -30),
             pages=random.randint(90, 900), price=money(6, 60), in_stock=random.random() < .8) for _ in range(40)]
    members = [Member.objects.create(first_name=f.first_name(), last_name=f.last_name(), email=f.unique.email(), joined=d(), active=random.random() < .85) for _ in range(30)]
    for _ in range(45): Loan.objects.create(book=random.choice(books), member=random.choice(members), borrowed_on=d(-60, -1), due_on=d(1, 30), returned=random.random() < .4)
    sups = [Supplier.objects.create(name=f.company(), contact_email=f.company_email(), phone=f.phone_number()[:30], city=f.city()) for _ in range(10)]
    whs = [Warehouse.objects.create(name=f"{c} DC", city=c, capacity=random.randint(2, 90) * 1000) for c in (f.city() for _ in range(5))]
    prods = [Product.objects.create(sku=f"SKU-{random.randint(10000, 99999)}-{i}", name=f"{f.color_name()} {f.word().title()} {random.choice(['Bolt', 'Panel', 'Cable', 'Valve', 'Sensor', 'Bracket'])}",
             supplier=random.choice(sups), unit_price=money(1, 400), reorder_level=random.randint(5, 200), discontinued=random.random() < .15) for i in range(40)]
    for _ in range(60): StockMove.objects.create(product=random.choice(prods), warehouse=random.choice(whs), quantity=random.randint(-80, 200), moved_at=t(), reason=random.choice(["purchase", "sale", "transfer", "count"]))
    subj = ["Mathematics", "Physics", "History", "Biology", "Literature", "Chemistry"]
    teachers = [Teacher.objects.create(first_name=f.first_name(), last_name=f.last_name(), email=f.email(), subject=random.choice(subj)) for _ in range(10)]
    courses = [Course.objects.create(code=f"{s[:3].upper()}{100 + i}", title=f"{s}: {f.bs().title()}"[:120], teacher=random.choice(teachers), credits=random.randint(2, 8), starts_on=d(-120, 60)) for i, s in enumerate(random.choice(subj) for _ in range(18))]
    studs = [Student.objects.create(first_name=f.first_name(), last_name=f.last_name(), email=f.unique.email(), enrolled_on=d(-1400, -10), year=random.randint(1, 4)) for _ in range(40)]
    for _ in range(70): Enrollment.objects.create(student=random.choice(studs), course=random.choice(courses), grade=random.choice(["A", "B", "C", "D", "", "A-", "B+"]), enrolled_at=t(-200, 0))
    venues = [Venue.objects.create(name=f"{f.last_name()} {random.choice(['Hall', 'Arena', 'Center', 'Forum'])}", city=f.city(), address=f.street_address(), capacity=random.randint(80, 5000)) for _ in range(8)]
    evs = [Event.objects.create(title=f"{f.catch_phrase()} {random.choice(['Summit', 'Meetup', 'Conference', 'Workshop'])}"[:160], venue=random.choice(venues), starts_at=(s := t()), ends_at=s + dt.timedelta(hours=random.randint(2, 30)), price=money(0, 400), published=random.random() < .7) for _ in range(20)]
    atts = [Attendee.objects.create(full_name=f.name(), email=f.email(), company=f.company()) for _ in range(40)]
    for i in range(70): Ticket.objects.create(event=random.choice(evs), attendee=random.choice(atts), code=f"T{random.randint(100000, 999999)}{i}", kind=random.choice(["standard", "vip", "student"]), paid=random.random() < .75, issued_at=t(-90, 0))
    docs = [Doctor.objects.create(full_name="Dr. " + f.name(), specialty=random.choice(["Cardiology", "Dermatology", "Pediatrics", "General practice", "Neurology"]), phone=f.phone_number()[:30]) for _ in range(8)]
    pats = [Patient.objects.create(first_name=f.first_name(), last_name=f.last_name(), date_of_birth=f.date_of_birth(), phone=f.phone_number()[:30], insurance_number=f"INS-{random.randint(1000000, 9999999)}") for _ in range(40)]
    apps = [Appointment.objects.create(patient=random.choice(pats), doctor=random.choice(docs), scheduled_at=t(), reason=random.choice(["Check-up", "Follow-up visit", "Back pain", "Skin rash", "Vaccination", "Headache", "Blood test results"]), status=random.choice(["booked", "done", "cancelled"])) for _ in range(50)]
    for _ in range(60): Prescription.objects.create(appointment=random.choice(apps), drug=random.choice(["Amoxicillin", "Ibuprofen", "Metformin", "Lisinopril", "Atorvastatin", "Cetirizine"]), dose=random.choice(["250 mg", "500 mg", "10 mg", "1 tablet"]), days=random.randint(3, 30))
'''


def write_manage(root: Path, settings: str = "site_settings"):
    "The manage.py of a Django project whose settings module is `settings`."
    (root / "manage.py").write_text(f"import os, sys\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', '{settings}')\n"
        "from django.core.management import execute_from_command_line\nexecute_from_command_line(sys.argv)\n")


def migrate_and_seed(root: Path, apps: list[str], seed: str, envs=({},), settings: str | None = "site_settings") -> Path:
    "How every Django project of the collectors ends: manage.py (unless `settings` is None: the project made its own), "
    "migrations of `apps`, `migrate` under each of `envs` (one per skin), `seed` run once in the project's shell, then the "
    "`seeded` marker that makes the project's builder return early next time; returns `root`."
    if settings: write_manage(root, settings)
    if apps: run([PY, "manage.py", "makemigrations", *apps], root)
    for env in envs: run([PY, "manage.py", "migrate", "--noinput"], root, env or None)
    (root / "seed.py").write_text(seed)
    run([PY, "manage.py", "shell", "-c", "exec(open('seed.py').read())"], root)
    (root / "seeded").write_text("ok")
    return root


def write_django_apps(root: Path, apps: dict[str, str], admins: dict[str, list], admin_py: str,
                      inline_base: str, admin_base: str):
    "manage.py, and each app's models.py (its source) and admin.py (`admin_py` around the ModelAdmins of `admins[app]`)."
    write_manage(root)
    for app, src in apps.items():
        (root / app).mkdir(exist_ok=True)
        (root / app / "__init__.py").write_text("")
        (root / app / "models.py").write_text("from django.db import models\n" + textwrap.dedent(src))
        body = []
        for model, ld, lf, se, inline in admins[app]:
            inl = ""
            if inline:
                body.append(f"class {model}{inline[0]}Inline({inline_base}):\n    model = m.{inline[0]}\n    fields = {inline[1]!r}\n    extra = 0\n")
                inl = f"    inlines = [{model}{inline[0]}Inline]\n"
            body.append(f"@admin.register(m.{model})\nclass {model}Admin({admin_base}):\n    list_display = {ld!r}\n    list_filter = {lf!r}\n"
                        f"    search_fields = {se!r}\n    list_per_page = 25\n{inl}")
        (root / app / "admin.py").write_text(admin_py.format(body="\n".join(body)))


def django_project() -> Path:
    "Write the Django project (five apps), migrate and seed it once; returns its folder."
    root = WORK / "django_site"
    root.mkdir(parents=True, exist_ok=True)
    (root / "site_settings.py").write_text(SETTINGS.format(apps=list(DJ_APPS)))
    (root / "site_urls.py").write_text("from django.contrib import admin\nfrom django.urls import path, include\nimport os\n"
        "urlpatterns = ([path('grappelli/', include('grappelli.urls'))] if os.environ.get('SKIN') == 'django-grappelli' else []) + [path('admin/', admin.site.urls)]\n"
        "if os.environ.get('SKIN') == 'django-baton': urlpatterns.append(path('baton/', include('baton.urls')))\n")
    if (root / "db.sqlite3").exists() and (root / "seeded").exists(): return root
    write_django_apps(root, DJ_APPS, DJ_ADMIN, ADMIN_PY, inline_base="Inline", admin_base="Base")
    return migrate_and_seed(root, list(DJ_APPS), SEED, [{"SKIN": skin} for skin in DJ_SKINS])


def django_login(base):
    def login(ctx):
        p = ctx.new_page(); p.goto(base + "/admin/login/")
        p.fill("input[name=username]", "admin"); p.fill("input[name=password]", "admin")
        p.press("input[name=password]", "Enter"); p.wait_for_load_state("networkidle"); p.wait_for_timeout(500); p.close()
    return login


def django_pages(app: str, themes: list[str], widths: list[int]) -> list[dict]:
    "Every model's list page, two change forms, one add form, and the change form with its inline (master-detail)."
    models = DJ_ADMIN[app]
    tbl = lambda model: re.search(rf'class {model}\(.*?db_table = "(\w+)"', DJ_APPS[app], re.S).group(1)
    lst = lambda t: [(t, "#result_list thead th", "class")]
    pages = []
    for model, *_ in models:
        pages.append({"path": f"/admin/{app}/{model.lower()}/", "kind": "list", "scopes": lst(tbl(model))})
    with_inline = [(mo, inl) for mo, _, _, _, inl in models if inl]
    plain = [mo for mo, _, _, _, inl in models if not inl]
    for mo in plain[:2]:
        pages.append({"path": f"/admin/{app}/{mo.lower()}/3/change/", "kind": "form", "scopes": [(tbl(mo), "", main_inputs)]})
    pages.append({"path": f"/admin/{app}/{models[-1][0].lower()}/add/", "kind": "form", "scopes": [(tbl(models[-1][0]), "", main_inputs)]})
    for mo, inl in with_inline:
        pid = django_parent_with_children(WORK / "django_site" / "db.sqlite3", tbl(inl[0]), tbl(mo))
        pages.append({"path": f"/admin/{app}/{mo.lower()}/{pid}/change/", "kind": "master_detail", "inline": inl[0],
                      "scopes": [(tbl(mo), "", main_inputs), (tbl(inl[0]), "", "INLINE")], "links": [(tbl(inl[0]), tbl(mo))]})
    for i, p in enumerate(pages):
        p["theme"], p["width"] = themes[i % len(themes)], widths[i % len(widths)]
    return pages


def django_inline(page) -> list[str]:
    "Field names of the inline formset on a change form (inputs named <prefix>-<n>-<field>)."
    names = js_inputs(page)
    prefixes = {n.split("-")[0] for n in names if re.fullmatch(r"[\w]+-\d+-\w+", n)}
    out = []
    for pre in prefixes: out += inline_inputs(pre)(page)
    return list(dict.fromkeys(out))


def django_parent_with_children(db: Path, child: str, parent: str) -> int:
    "The parent record with 3-6 inline children (so the master-detail page shows rows)."
    con = sqlite3.connect(db)
    fk = next(r[3] for r in con.execute(f'PRAGMA foreign_key_list("{child}")') if r[2] == parent)
    rows = con.execute(f"SELECT {fk}, COUNT(*) c FROM {child} GROUP BY {fk} ORDER BY ABS(c - 4), {fk} LIMIT 1").fetchall()
    con.close()
    return rows[0][0]


def collect_django(sh: Shooter, skin: str):
    root = django_project()
    app = DJ_SKINS[skin][0]
    port = free_port()
    p = serve([PY, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload", "--insecure"], port, root, {"SKIN": skin}, f"{skin}.log")
    try:
        themes = ["light", "dark"] if skin in ("django-admin", "django-unfold") else ["light"]
        src = {"name": skin, "package": f"{DJ_PKG[skin]}@{version(DJ_PKG[skin])}", "base": f"http://127.0.0.1:{port}",
               "db": root / "db.sqlite3", "login": django_login(f"http://127.0.0.1:{port}"),
               "display": {"authors": ["name"], "books": ["title"], "members": ["first_name", "last_name"], "suppliers": ["name"],
                           "warehouses": ["name"], "products": ["name"], "teachers": ["first_name", "last_name"], "courses": ["code", "title"],
                           "students": ["first_name", "last_name"], "venues": ["name"], "events": ["title"], "attendees": ["full_name"],
                           "doctors": ["full_name"], "patients": ["first_name", "last_name"], "appointments": ["scheduled_at"]},
               "ignore": {"action_checkbox", "", "Action"}}
        pages = django_pages(app, themes, [1440, 1280, 1920])
        for pg in pages:
            pg["scopes"] = [(t, s, django_inline if a == "INLINE" else a) for t, s, a in pg["scopes"]]
        for i, pg in enumerate(pages): shoot(sh, src, pg, i)
    finally:
        p.terminate(); p.wait()


# ---------------------------------------------------------------- Flask-Admin: a projects tracker (SQLAlchemy models)
FLASK_ADMIN_APP = '''
import os, random, datetime as dt
from flask import Flask, redirect
from flask_sqlalchemy import SQLAlchemy
from flask_admin import Admin
from flask_admin.contrib.sqla import ModelView
from flask_admin.theme import Bootstrap4Theme
app = Flask(__name__); app.config.update(SECRET_KEY="x", SQLALCHEMY_DATABASE_URI="sqlite:///" + os.path.abspath("projects.db"))
db = SQLAlchemy(app)
try:
    from flask_babel import Babel; Babel(app)  # Flask-Admin uses flask_babel when it is installed
except ImportError: pass
class Client(db.Model):
    __tablename__ = "clients"
    id = db.Column(db.Integer, primary_key=True); name = db.Column(db.String(120), nullable=False)
    industry = db.Column(db.String(60)); website = db.Column(db.String(200)); account_manager = db.Column(db.String(80))
    def __str__(self): return self.name
class TeamMember(db.Model):
    __tablename__ = "team_members"
    id = db.Column(db.Integer, primary_key=True); full_name = db.Column(db.String(120), nullable=False)
    email = db.Column(db.String(120), unique=True); role = db.Column(db.String(40)); hourly_rate = db.Column(db.Numeric(8, 2))
    def __str__(self): return self.full_name
class Project(db.Model):
    __tablename__ = "projects"
    id = db.Column(db.Integer, primary_key=True); name = db.Column(db.String(120), nullable=False)
    client_id = db.Column(db.Integer, db.ForeignKey("clients.id"), nullable=False); client = db.relationship(Client, backref="projects")
    budget = db.Column(db.Numeric(10, 2)); deadline = db.Column(db.Date); status = db.Column(db.String(20))
    def __str__(self): return self.name
class Task(db.Model):
    __tablename__ = "tasks"
    id = db.Column(db.Integer, primary_key=True); title = db.Column(db.String(160), nullable=False)
    project_id = db.Column(db.Integer, db.ForeignKey("projects.id"), nullable=False); project = db.relationship(Project, backref="tasks")
    assignee_id = db.Column(db.Integer, db.ForeignKey("team_members.id")); assignee = db.relationship(TeamMember)
    due_date = db.Column(db.Date); estimate_hours = db.Column(db.Float); done = db.Column(db.Boolean, default=False)
class ProjectView(ModelView):
    can_view_details = True; column_list = ["name", "client", "budget", "deadline", "status"]; column_filters = ["status"]
    inline_models = (Task,); form_columns = ["name", "client", "budget", "deadline", "status"]
class TaskView(ModelView):
    can_view_details = True; column_list = ["title", "project", "assignee", "due_date", "estimate_hours", "done"]
    column_filters = ["done", "due_date"]; form_columns = ["title", "project", "assignee", "due_date", "estimate_hours", "done"]
class Plain(ModelView): can_view_details = True
admin = Admin(app, name="Projects", theme=Bootstrap4Theme(swatch=os.environ.get("SWATCH", "default")))
admin.add_view(Plain(Client, db.session)); admin.add_view(ProjectView(Project, db.session))
admin.add_view(TaskView(Task, db.session)); admin.add_view(Plain(TeamMember, db.session, name="Team"))
@app.route("/")
def index(): return redirect("/admin/")
with app.app_context():
    db.create_all()
    if not Client.query.first():
        from faker import Faker
        f = Faker(); Faker.seed(11); random.seed(11)
        cs = [Client(name=f.company(), industry=random.choice(["Retail", "Banking", "Healthcare", "Logistics", "Media"]), website=f.url(), account_manager=f.name()) for _ in range(10)]
        ms = [TeamMember(full_name=f.name(), email=f.unique.email(), role=random.choice(["Developer", "Designer", "PM", "QA"]), hourly_rate=random.randint(40, 160)) for _ in range(12)]
        ps = [Project(name=f.bs().title()[:120], client=random.choice(cs), budget=random.randint(5, 400) * 1000, deadline=dt.date(2025, 1, 1) + dt.timedelta(days=random.randint(0, 500)), status=random.choice(["planned", "active", "on hold", "done"])) for _ in range(20)]
        ts = [Task(title=f.sentence(nb_words=5)[:-1], project=random.choice(ps), assignee=random.choice(ms), due_date=dt.date(2025, 1, 1) + dt.timedelta(days=random.randint(0, 500)), estimate_hours=random.choice([1, 2, 4, 6, 8, 12, 16]), done=random.random() < .4) for _ in range(70)]
        db.session.add_all(cs + ms + ps + ts); db.session.commit()
if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(os.environ["PORT"]))
'''


def collect_flask_admin(sh: Shooter):
    root = WORK / "flask_admin_app"; root.mkdir(parents=True, exist_ok=True)
    (root / "app.py").write_text(FLASK_ADMIN_APP)
    pages = [("/admin/client/", "list", "light", 1440), ("/admin/project/", "list", "dark", 1280), ("/admin/task/", "list", "light", 1920),
             ("/admin/teammember/", "list", "dark", 1440), ("/admin/task/details/?id=5", "detail", "light", 1280),
             ("/admin/client/details/?id=3", "detail", "dark", 1920), ("/admin/task/edit/?id=7", "form", "light", 1440),
             ("/admin/teammember/new/", "form", "dark", 1280), ("/admin/project/edit/?id=4", "master_detail", "light", 1920),
             ("/admin/project/edit/?id=9", "master_detail", "dark", 1440)]
    tables = {"client": "clients", "project": "projects", "task": "tasks", "teammember": "team_members"}
    servers = {}
    try:
        for theme, swatch in (("light", "default"), ("dark", "darkly")):
            port = free_port()
            servers[theme] = (serve([PY, "app.py"], port, root, {"PORT": str(port), "SWATCH": swatch}, f"flask-admin-{theme}.log"), port)
        for i, (path, kind, theme, width) in enumerate(pages):
            t = tables[path.split("/")[2]]
            if kind == "list": scopes = [(t, "table.model-list thead th", "class")]
            elif kind == "detail": scopes = [(t, "table.searchable td:first-child", "text")]
            elif kind == "form": scopes = [(t, "", main_inputs)]
            else: scopes = [(t, "", main_inputs), ("tasks", "", inline_inputs("tasks"))]
            src = {"name": "flask-admin", "package": f"Flask-Admin@{version('Flask-Admin')}", "base": f"http://127.0.0.1:{servers[theme][1]}",
                   "db": root / "instance" / "projects.db" if (root / "instance" / "projects.db").exists() else root / "projects.db",
                   "display": {"clients": ["name"], "projects": ["name"], "team_members": ["full_name"]},
                   "ignore": {"", "Actions"}, "aliases": {"client": "client_id", "project": "project_id", "assignee": "assignee_id"},
                   "login": None}
            spec = {"path": path, "kind": kind, "theme": theme, "width": width, "scopes": scopes}
            if kind == "master_detail": spec["links"] = [("tasks", "projects")]
            shoot(sh, src, spec, i)
    finally:
        for p, _ in servers.values(): p.terminate(); p.wait()


COLLECTORS["flask-admin"] = collect_flask_admin


# ---------------------------------------------------------------- Datasette: a music catalogue in SQLite
def music_db(path: Path):
    "A small SQLite music catalogue with foreign keys (artists, albums, tracks, playlists, playlist_tracks)."
    if path.exists(): return
    import random
    from faker import Faker
    f = Faker(); Faker.seed(5); random.seed(5)
    con = sqlite3.connect(path)
    con.executescript("""
    CREATE TABLE genres (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
    CREATE TABLE artists (id INTEGER PRIMARY KEY, name TEXT NOT NULL, country TEXT, formed_year INTEGER);
    CREATE TABLE albums (id INTEGER PRIMARY KEY, title TEXT NOT NULL, artist_id INTEGER NOT NULL REFERENCES artists(id),
                         released DATE, label TEXT, genre_id INTEGER REFERENCES genres(id));
    CREATE TABLE tracks (id INTEGER PRIMARY KEY, name TEXT NOT NULL, album_id INTEGER NOT NULL REFERENCES albums(id),
                         track_number INTEGER, duration_seconds INTEGER, unit_price REAL, explicit BOOLEAN);
    CREATE TABLE playlists (id INTEGER PRIMARY KEY, name TEXT NOT NULL, owner TEXT, created_at DATETIME, public BOOLEAN);
    CREATE TABLE playlist_tracks (id INTEGER PRIMARY KEY, playlist_id INTEGER NOT NULL REFERENCES playlists(id),
                                  track_id INTEGER NOT NULL REFERENCES tracks(id), position INTEGER);""")
    gs = ["Rock", "Jazz", "Electronic", "Hip-hop", "Classical", "Folk", "Metal", "Soul"]
    con.executemany("INSERT INTO genres (name) VALUES (?)", [(g,) for g in gs])
    con.executemany("INSERT INTO artists (name, country, formed_year) VALUES (?,?,?)", [(f"The {f.word().title()} {f.word().title()}s" if random.random() < .5 else f.name(), f.country(), random.randint(1960, 2020)) for _ in range(25)])
    con.executemany("INSERT INTO albums (title, artist_id, released, label, genre_id) VALUES (?,?,?,?,?)", [(f.catch_phrase().title(), random.randint(1, 25), str(f.date_between("-40y", "today")), f.company() + " Records", random.randint(1, 8)) for _ in range(60)])
    con.executemany("INSERT INTO tracks (name, album_id, track_number, duration_seconds, unit_price, explicit) VALUES (?,?,?,?,?,?)", [(f.sentence(nb_words=3)[:-1].title(), random.randint(1, 60), random.randint(1, 14), random.randint(95, 520), random.choice([0.99, 1.29, 0.69]), random.random() < .2) for _ in range(400)])
    con.executemany("INSERT INTO playlists (name, owner, created_at, public) VALUES (?,?,?,?)", [(f"{f.word().title()} {random.choice(['Mix', 'Vibes', 'Classics', 'Workout', 'Chill'])}", f.user_name(), str(f.date_time_between("-3y")), random.random() < .6) for _ in range(15)])
    con.executemany("INSERT INTO playlist_tracks (playlist_id, track_id, position) VALUES (?,?,?)", [(random.randint(1, 15), random.randint(1, 400), random.randint(1, 40)) for _ in range(200)])
    con.commit(); con.close()


def collect_datasette(sh: Shooter):
    root = WORK / "datasette"; root.mkdir(parents=True, exist_ok=True)
    db = root / "music.db"; music_db(db)
    port = free_port()
    p = serve([str(Path(PY).parent / "datasette"), "serve", str(db), "-h", "127.0.0.1", "-p", str(port), "--setting", "default_page_size", "30"], port, root)
    pages = [("/music/artists", "list", 1440), ("/music/albums", "list", 1280), ("/music/tracks", "list", 1920),
             ("/music/playlists", "list", 1440), ("/music/playlist_tracks", "list", 1280), ("/music/tracks?_facet=album_id&_facet=explicit", "list_filters", 1920),
             ("/music/albums/7", "detail", 1440), ("/music/tracks/12", "detail", 1280), ("/music/artists/3", "detail", 1920)]
    try:
        for i, (path, kind, width) in enumerate(pages):
            t = path.split("/")[2].split("?")[0]
            src = {"name": "datasette", "package": f"datasette@{version('datasette')}", "base": f"http://127.0.0.1:{port}", "db": db,
                   "display": {"artists": ["name"], "albums": ["title"], "genres": ["name"], "tracks": ["name"], "playlists": ["name"]},
                   "ignore": {"Link", "rowid"}}
            shoot(sh, src, {"path": path, "kind": kind, "theme": "light", "width": width,
                            "scopes": [(t, "table.rows-and-columns thead th", "data-column")]}, i)
    finally:
        p.terminate(); p.wait()


COLLECTORS["datasette"] = collect_datasette


# ---------------------------------------------------------------- main
# ---------------------------------------------------------------- Trac: an issue tracker (its own SQLite schema)
TRAC_SEED = '''
import random, sys
from datetime import datetime, timezone, timedelta
from faker import Faker
from trac.env import Environment
from trac.ticket.model import Ticket, Milestone, Component, Version
env = Environment(sys.argv[1]); f = Faker(); Faker.seed(3); random.seed(3)
for n in ("Backend", "Frontend", "Billing", "Mobile app", "Reporting"):
    c = Component(env); c.name = n; c.owner = f.user_name(); c.insert()
for i, n in enumerate(("2.0", "2.1", "3.0")):
    m = Milestone(env); m.name = f"Release {n}"; m.due = datetime(2025, 3 + 3 * i, 1, tzinfo=timezone.utc); m.description = f.sentence(); m.insert()
    v = Version(env); v.name = n; v.time = datetime(2025, 1 + 3 * i, 1, tzinfo=timezone.utc); v.insert()
users = [f.user_name() for _ in range(8)]
for i in range(45):
    t = Ticket(env)
    t["summary"] = f.sentence(nb_words=7)[:-1]; t["description"] = f.paragraph(); t["reporter"] = random.choice(users)
    t["owner"] = random.choice(users); t["type"] = random.choice(["defect", "enhancement", "task"])
    t["priority"] = random.choice(["blocker", "critical", "major", "minor", "trivial"]); t["severity"] = ""
    t["component"] = random.choice(["Backend", "Frontend", "Billing", "Mobile app", "Reporting"])
    t["milestone"] = random.choice(["Release 2.0", "Release 2.1", "Release 3.0"]); t["version"] = random.choice(["2.0", "2.1", ""])
    t["keywords"] = random.choice(["", "ui", "performance", "regression", "security"]); t["status"] = random.choice(["new", "assigned", "accepted", "closed"])
    if t["status"] == "closed": t["resolution"] = random.choice(["fixed", "wontfix", "duplicate"])
    t.insert(when=datetime(2025, 1, 1, tzinfo=timezone.utc) + timedelta(hours=37 * i))
'''


def collect_trac(sh: Shooter):
    root = WORK / "trac"; env = root / "env"; root.mkdir(parents=True, exist_ok=True)
    py = str(WORK / "venv-trac" / "bin" / "python")  # Trac 1.6 breaks under the newer Babel the other apps pull in: its own venv
    admin = str(Path(py).parent / "trac-admin")
    if not (env / "db" / "trac.db").exists():
        run([admin, str(env), "initenv", "Acme Tracker", "sqlite:db/trac.db"], root)
        for r in ("component", "milestone", "version"):  # the demo rows initenv makes
            for name in {"component": ["component1", "component2"], "milestone": ["milestone1", "milestone2", "milestone3", "milestone4"], "version": ["1.0", "2.0"]}[r]:
                subprocess.run([admin, str(env), r, "remove", name], cwd=root, capture_output=True)
        run([admin, str(env), "permission", "add", "anonymous", "TRAC_ADMIN"], root)
        (root / "seed.py").write_text(TRAC_SEED); run([py, "seed.py", str(env)], root)
    trac_version = run([py, "-c", "import trac; print(trac.__version__)"], root).strip()
    port = free_port()
    p = serve([str(Path(py).parent / "tracd"), "-b", "127.0.0.1", "-p", str(port), "-s", str(env)], port, root)
    al = {"Ticket": "id", "Created": "time", "Modified": "changetime", "Reported by": "reporter", "Owned by": "owner", "Reporter": "reporter",
          "Owner": "owner", "Cc": "cc", "#": "id", "Due": "due", "Completed": "completed", "Name": "name"}
    strip = lambda xs: [x.rstrip(":").strip() for x in xs]
    th = lambda sel: lambda page: strip(page.evaluate("s => Array.from(document.querySelectorAll(s)).map(e => e.innerText.trim())", sel))
    newticket = lambda page: [n[len("field_"):] for n in js_inputs(page) if n.startswith("field_")]
    pages = [("/report/1", "list", 1440, "ticket", th("table.tickets thead th")),
             ("/report/2", "list", 1280, "ticket", th("table.tickets thead th")),
             ("/query?status=!closed&order=priority&col=id&col=summary&col=status&col=owner&col=type&col=priority&col=milestone&col=component",
              "list_filters", 1920, "ticket", th("table.tickets thead th")),
             ("/ticket/7", "detail", 1440, "ticket", th("table.properties th")),
             ("/ticket/19", "detail", 1920, "ticket", th("table.properties th")),
             ("/newticket", "form", 1280, "ticket", newticket),
             ("/admin/ticket/components", "list", 1440, "component", th("#complist thead th")),
             ("/admin/ticket/milestones", "list", 1920, "milestone", th("#millist thead th")),
             ("/admin/ticket/versions", "list", 1280, "version", th("#verlist thead th"))]
    try:
        for i, (path, kind, width, table, fn) in enumerate(pages):
            src = {"name": "trac", "package": f"Trac@{trac_version}", "base": f"http://127.0.0.1:{port}", "db": env / "db" / "trac.db",
                   "aliases": {**al, "Summary": "summary"}, "ignore": {"", "Default", "Date", "Release"}}
            extra = {"ticket": ["summary", "description", "id"]} if kind == "detail" else {}
            if path == "/admin/ticket/milestones": src["aliases"]["Due"] = "due"
            shoot(sh, src, {"path": path, "kind": kind, "theme": "light", "width": width, "scopes": [(table, "", fn)], "extra": extra}, i)
    finally:
        p.terminate(); p.wait()


COLLECTORS["trac"] = collect_trac


# ---------------------------------------------------------------- Flask-AppBuilder: a contacts app (its classic example, own seed)
FAB_APP = '''
import os, random, datetime as dt
from flask import Flask
from flask_appbuilder import AppBuilder, ModelView, MasterDetailView, Model
from flask_appbuilder.models.sqla.base import SQLA
from flask_appbuilder.models.sqla.interface import SQLAInterface
from sqlalchemy import Column, Integer, String, Date, ForeignKey, Numeric, Boolean
from sqlalchemy.orm import relationship
app = Flask(__name__)
app.config.update(SECRET_KEY="x", SQLALCHEMY_DATABASE_URI="sqlite:///" + os.path.abspath("contacts.db"), AUTH_ROLE_PUBLIC="Admin",
                  WTF_CSRF_ENABLED=False, APP_NAME="Contacts", FAB_ADD_SECURITY_VIEWS=True)
db = SQLA(app)
class ContactGroup(Model):
    __tablename__ = "contact_groups"
    id = Column(Integer, primary_key=True); name = Column(String(50), unique=True, nullable=False)
    def __repr__(self): return self.name
class Contact(Model):
    __tablename__ = "contacts"
    id = Column(Integer, primary_key=True); name = Column(String(150), unique=True, nullable=False)
    address = Column(String(564)); birthday = Column(Date); personal_phone = Column(String(20)); personal_celphone = Column(String(20))
    contact_group_id = Column(Integer, ForeignKey("contact_groups.id"), nullable=False); contact_group = relationship("ContactGroup")
    def __repr__(self): return self.name
class Deal(Model):
    __tablename__ = "deals"
    id = Column(Integer, primary_key=True); title = Column(String(120), nullable=False); amount = Column(Numeric(10, 2))
    stage = Column(String(20)); close_date = Column(Date); won = Column(Boolean)
    contact_id = Column(Integer, ForeignKey("contacts.id"), nullable=False); contact = relationship("Contact")
    def __repr__(self): return self.title
class ContactModelView(ModelView):
    datamodel = SQLAInterface(Contact)
    list_columns = ["name", "personal_celphone", "birthday", "contact_group"]
    show_columns = ["name", "address", "birthday", "personal_phone", "personal_celphone", "contact_group"]
    add_columns = edit_columns = ["name", "address", "birthday", "personal_phone", "personal_celphone", "contact_group"]
class DealModelView(ModelView):
    datamodel = SQLAInterface(Deal)
    list_columns = ["title", "contact", "amount", "stage", "close_date", "won"]
    add_columns = edit_columns = show_columns = ["title", "contact", "amount", "stage", "close_date", "won"]
class GroupModelView(ModelView):
    datamodel = SQLAInterface(ContactGroup); related_views = [ContactModelView]
class GroupMasterView(MasterDetailView):
    datamodel = SQLAInterface(ContactGroup); related_views = [ContactModelView]
with app.app_context():
    appbuilder = AppBuilder(app, db.session)
    db.create_all()
    appbuilder.add_view(GroupModelView, "List Groups", category="Contacts")
    appbuilder.add_view(ContactModelView, "List Contacts", category="Contacts")
    appbuilder.add_view(GroupMasterView, "Groups and contacts", category="Contacts")
    appbuilder.add_view(DealModelView, "Deals", category="Sales")
    if not db.session.query(ContactGroup).first():
        from faker import Faker
        f = Faker(); Faker.seed(9); random.seed(9)
        gs = [ContactGroup(name=n) for n in ("Friends", "Family", "Work", "Suppliers", "Customers")]
        cs = [Contact(name=f.unique.name(), address=f.address().replace("\\n", ", "), birthday=f.date_of_birth(), personal_phone=f.phone_number()[:20],
                      personal_celphone=f.phone_number()[:20], contact_group=random.choice(gs)) for _ in range(40)]
        ds = [Deal(title=f.bs().title()[:120], amount=random.randint(5, 900) * 100, stage=random.choice(["lead", "qualified", "proposal", "won", "lost"]),
                   close_date=dt.date(2025, 1, 1) + dt.timedelta(days=random.randint(0, 300)), won=random.random() < .3, contact=random.choice(cs)) for _ in range(40)]
        db.session.add_all(gs + cs + ds); db.session.commit()
if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(os.environ["PORT"]))
'''


def collect_fab(sh: Shooter):
    root = WORK / "fab_app"; root.mkdir(parents=True, exist_ok=True)
    (root / "app.py").write_text(FAB_APP)
    port = free_port()
    p = serve([PY, "app.py"], port, root, {"PORT": str(port)}, "fab.log")
    text = lambda sel: lambda page: [x.rstrip(":").strip() for x in page.evaluate("s => Array.from(document.querySelectorAll(s)).map(e => e.innerText.trim())", sel)]
    pages = [("/contactmodelview/list/", "list", 1440, "contacts", text("table thead th")),
             ("/dealmodelview/list/", "list", 1920, "deals", text("table thead th")),
             ("/groupmodelview/list/", "list", 1280, "contact_groups", text("table thead th")),
             ("/contactmodelview/show/4", "detail", 1440, "contacts", text("table th")),
             ("/dealmodelview/show/6", "detail", 1280, "deals", text("table th")),
             ("/contactmodelview/add", "form", 1920, "contacts", main_inputs),
             ("/dealmodelview/edit/3", "form", 1440, "deals", main_inputs),
             ("/groupmasterview/list/3", "master_detail", 1920, "contacts", text("table thead th"))]
    try:
        for i, (path, kind, width, table, fn) in enumerate(pages):
            src = {"name": "flask-appbuilder", "package": f"Flask-AppBuilder@{version('Flask-AppBuilder')}", "base": f"http://127.0.0.1:{port}",
                   "db": root / "contacts.db", "display": {"contact_groups": ["name"], "contacts": ["name"]},
                   "aliases": {"Contact Group": "contact_group_id", "contact_group": "contact_group_id", "Contact": "contact_id", "contact": "contact_id",
                               "Personal Celphone": "personal_celphone"}, "ignore": {"", "Actions"}}
            spec = {"path": path, "kind": kind, "theme": "light", "width": width, "scopes": [(table, "", fn)]}
            if kind == "master_detail": spec["extra"] = {"contact_groups": ["name"]}; spec["links"] = [("contacts", "contact_groups")]
            shoot(sh, src, spec, i)
    finally:
        p.terminate(); p.wait()


COLLECTORS["flask-appbuilder"] = collect_fab


# ---------------------------------------------------------------- django-postman (inbox) and django-scheduler (calendar):
# one Django project with both reusable apps, their own models, views and templates; the site-level base.html these apps
# extend is ours (Bootstrap 5 served locally, dark through data-bs-theme when the browser prefers dark).
DJ2_SETTINGS = '''
import os
SECRET_KEY = "real-ui-bench"; DEBUG = True; ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
INSTALLED_APPS = ["django.contrib.admin", "django.contrib.auth", "django.contrib.contenttypes", "django.contrib.sessions",
    "django.contrib.messages", "django.contrib.staticfiles", "postman", "schedule"]
MIDDLEWARE = ["django.contrib.sessions.middleware.SessionMiddleware", "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware", "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware"]
ROOT_URLCONF = "site_urls"
TEMPLATES = [{"BACKEND": "django.template.backends.django.DjangoTemplates", "DIRS": [os.path.join(os.path.dirname(__file__), "templates")],
    "APP_DIRS": True, "OPTIONS": {"context_processors": ["django.template.context_processors.request",
    "django.contrib.auth.context_processors.auth", "django.contrib.messages.context_processors.messages"]}}]
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": os.path.join(os.path.dirname(__file__), "db.sqlite3")}}
STATIC_URL = "/static/"; STATICFILES_DIRS = [os.path.join(os.path.dirname(__file__), "vendor")]
USE_TZ = False; TIME_ZONE = "UTC"; DEFAULT_AUTO_FIELD = "django.db.models.AutoField"
POSTMAN_AUTO_MODERATE_AS = True
'''
DJ2_URLS = '''
from django.contrib import admin
from django.urls import path, include
urlpatterns = [path("admin/", admin.site.urls), path("messages/", include("postman.urls", namespace="postman")),
               path("schedule/", include("schedule.urls"))]
'''
DJ2_BASE = '''{% load static %}<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{% block title %}{% block head_title %}Team site{% endblock %}{% endblock %}</title>
<script>if (matchMedia("(prefers-color-scheme: dark)").matches) document.documentElement.setAttribute("data-bs-theme", "dark");</script>
<link rel="stylesheet" href="{% static "bootstrap/css/bootstrap.min.css" %}"><link rel="stylesheet" href="{% static "bootstrap-icons/bootstrap-icons.min.css" %}">
<script src="{% static "bootstrap/js/bootstrap.bundle.min.js" %}"></script>
<script src="{% static "schedule.js" %}"></script><link rel="stylesheet" href="{% static "schedule.css" %}">
{% block extrahead %}{% endblock %}{% block extra_head %}{% endblock %}</head>
<body><nav class="navbar navbar-expand bg-body-tertiary border-bottom mb-3"><div class="container-fluid">
<a class="navbar-brand" href="/messages/inbox/">Team site</a><ul class="navbar-nav">
<li class="nav-item"><a class="nav-link" href="/messages/inbox/">Messages</a></li>
<li class="nav-item"><a class="nav-link" href="/schedule/">Calendars</a></li></ul>
<span class="navbar-text ms-auto">{{ user.get_username }}</span></div></nav>
<div class="container-fluid">{% block postman_menu %}{% endblock %}{% block body %}{% block content %}{% endblock %}{% endblock %}</div>
</body></html>
'''
DJ2_SEED = '''
import random, datetime as dt
from faker import Faker
from django.contrib.auth.models import User
from postman.models import Message
from schedule.models import Calendar, Event, Rule
f = Faker("en_US"); Faker.seed(21); random.seed(21)
me = User.objects.create_superuser("admin", "admin@example.org", "admin", first_name="Dana", last_name="Reyes")
people = [User.objects.create_user(f.unique.user_name(), f.email(), "x", first_name=f.first_name(), last_name=f.last_name()) for _ in range(12)]
t0 = dt.datetime(2025, 6, 20, 17, 0)
for i in range(40):
    other = random.choice(people); inbound = random.random() < .7
    m = Message.objects.create(subject=f.sentence(nb_words=random.randint(3, 8))[:-1], body="\\n\\n".join(f.paragraphs(random.randint(1, 3))),
        sender=other if inbound else me, recipient=me if inbound else other, moderation_status="a",
        sent_at=t0 - dt.timedelta(minutes=random.randint(5, 60 * 24 * 40)), read_at=None if random.random() < .3 else t0,
        recipient_archived=random.random() < .15)
    m.thread = m; m.save()
cal = Calendar.objects.create(name="Team calendar", slug="team")
Calendar.objects.create(name="Room bookings", slug="rooms")
weekly = Rule.objects.create(name="Weekly", description="every week", frequency="WEEKLY")
kinds = ["Sprint planning", "Design review", "Customer call", "1:1", "Release", "Retro", "Workshop", "Interview", "Offsite"]
for i in range(28):
    s = dt.datetime(2025, 6, 1, 8) + dt.timedelta(days=random.randint(0, 29), minutes=30 * random.randint(0, 18))
    Event.objects.create(title=f"{random.choice(kinds)}: {f.bs().title()}"[:60], description=f.paragraph(), start=s,
        end=s + dt.timedelta(minutes=30 * random.randint(1, 6)), calendar=cal, creator=random.choice([me] + people),
        color_event=random.choice(["", "#3b82f6", "#10b981", "#f59e0b"]))
s = dt.datetime(2025, 5, 5, 9, 30)
Event.objects.create(title="Stand-up", description="Daily stand-up", start=s, end=s + dt.timedelta(minutes=15), calendar=cal, creator=me,
    rule=weekly, end_recurring_period=dt.datetime(2025, 9, 1))
'''


def dj2_project() -> Path:
    "Write, migrate and seed the postman + scheduler Django project once (Bootstrap from npm packs under WORK); returns its folder."
    root = WORK / "django_apps2"
    root.mkdir(parents=True, exist_ok=True)
    (root / "site_settings.py").write_text(DJ2_SETTINGS); (root / "site_urls.py").write_text(DJ2_URLS)
    (root / "templates").mkdir(exist_ok=True); (root / "templates" / "base.html").write_text(DJ2_BASE)
    vendor = root / "vendor"
    if not vendor.exists():
        tmp = root / "vendor.tmp"; tmp.mkdir(exist_ok=True)
        for pkg, sub, dst in (("bootstrap-5.3.3.tgz", "package/dist", "bootstrap"), ("bootstrap-icons-1.11.3.tgz", "package/font", "bootstrap-icons")):
            run(["tar", "xzf", str(WORK / pkg), "-C", str(tmp)], root)  # `npm pack bootstrap@5.3.3 bootstrap-icons@1.11.3` in WORK
            os.replace(tmp / sub, tmp / dst); run(["rm", "-rf", str(tmp / "package")], root)
        os.replace(tmp, vendor)
    if (root / "seeded").exists(): return root
    return migrate_and_seed(root, [], DJ2_SEED)


def present(*pairs):
    "Names for the parts a page shows, read from the DOM: [(css selector, name)] -> the names whose selector matches."
    return lambda page: [name for sel, name in pairs if page.query_selector(sel)]


def dj2_serve(sh, source: str, pages: list[dict], package: str, extra_src: dict):
    root = dj2_project()
    port = free_port()
    p = serve([PY, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload", "--insecure"], port, root, None, f"{source}.log")
    try:
        src = {"name": source, "package": package, "base": f"http://127.0.0.1:{port}", "db": root / "db.sqlite3",
               "login": django_login(f"http://127.0.0.1:{port}"), "display": {"auth_user": ["username"], "schedule_calendar": ["name"],
               "schedule_event": ["title"], "schedule_rule": ["name"], "postman_message": ["subject"]}, **extra_src}
        for i, pg in enumerate(pages): shoot(sh, src, pg, i)
    finally:
        p.terminate(); p.wait()


def collect_postman(sh: Shooter):
    "Inbox, sent, archives and trash folders (message lists), a message, a conversation reply and the write form."
    th = lambda page: [x.strip() for x in page.evaluate("() => Array.from(document.querySelectorAll('#pm_messages thead th')).map(e => e.innerText)")]
    box = lambda: [("postman_message", "", th), ("postman_message", "", present(("#pm_messages td span[style*='grey']", "body")))]
    view = [("postman_message", "", present((".pm_sender", "sender"), (".pm_recipient", "recipient"), (".pm_date", "sent_at"),
                                            (".pm_subject", "subject"), (".pm_body", "body")))]
    db = WORK / "django_apps2" / "db.sqlite3"
    pages = [{"path": "/messages/inbox/m/", "kind": "inbox", "scopes": box(), "width": 1440},
             {"path": "/messages/inbox/m/", "kind": "inbox", "scopes": box(), "width": 1920, "theme": "dark"},
             {"path": "/messages/sent/m/", "kind": "inbox", "scopes": box(), "width": 1280},
             {"path": "/messages/archives/m/", "kind": "inbox", "scopes": box(), "width": 1440, "theme": "dark"},
             {"path": "/messages/inbox/", "kind": "inbox", "scopes": box(), "width": 1280},  # by conversation
             {"path": "/messages/view/{inbound}/", "kind": "detail", "scopes": view, "width": 1440},
             {"path": "/messages/view/{inbound2}/", "kind": "detail", "scopes": view, "width": 1920, "theme": "dark"},
             {"path": "/messages/write/", "kind": "form", "scopes": [("postman_message", "", main_inputs)], "width": 1280}]
    root = dj2_project()
    con = sqlite3.connect(root / "db.sqlite3")
    ids = [r[0] for r in con.execute("SELECT m.id FROM postman_message m JOIN auth_user u ON u.id = m.recipient_id WHERE u.username = 'admin' ORDER BY m.id LIMIT 2")]
    con.close()
    for pg in pages: pg["path"] = pg["path"].format(inbound=ids[0], inbound2=ids[1])
    dj2_serve(sh, "django-postman", pages, f"django-postman@{version('django-postman')}",
              {"aliases": {"Sender": "sender_id", "Recipient": "recipient_id", "Date": "sent_at", "Received": "sent_at", "Sent": "sent_at", "sender": "sender_id",
                           "recipient": "recipient_id", "recipients": "recipient_id"}, "ignore": {"Action", ""}})


def collect_scheduler(sh: Shooter):
    "Month, three-month, week and day calendars, the calendar list, an event page and the create-event form."
    month = "?year=2025&month=6"
    shows_event = lambda page: bool(page.query_selector(".eventdesc, button[data-bs-toggle='modal'] .title"))
    shows_cal = lambda page: "Team calendar" in page.inner_text("body")  # the calendar's name above the grid
    cal = [("schedule_event", "", lambda page: (["title", "start"] if shows_event(page) else []) + (["calendar"] if shows_cal(page) else [])),
           ("schedule_calendar", "", lambda page: ["name"] if shows_cal(page) else [])]
    det = lambda page: [x.strip() for x in page.evaluate("() => Array.from(document.querySelectorAll('table.table tr td:first-child')).map(e => e.innerText)")]
    pages = [{"path": f"/schedule/calendar/month/team/{month}", "kind": "calendar", "scopes": cal, "width": 1440},
             {"path": f"/schedule/calendar/month/team/{month}", "kind": "calendar", "scopes": cal, "width": 1920, "theme": "dark"},
             {"path": f"/schedule/calendar/tri_month/team/{month}", "kind": "calendar", "scopes": cal, "width": 1280},
             {"path": "/schedule/calendar/week/team/?year=2025&month=6&day=10", "kind": "calendar", "scopes": cal, "width": 1440},
             {"path": "/schedule/calendar/daily/team/?year=2025&month=6&day=12", "kind": "calendar", "scopes": cal, "width": 1280, "theme": "dark"},
             {"path": "/schedule/", "kind": "list", "scopes": [("schedule_calendar", "", present(("a[href*='/calendar/']", "name")))], "width": 1920},
             {"path": "/schedule/event/5/", "kind": "detail", "scopes": [("schedule_event", "", det)], "width": 1440, "extra": {"schedule_event": ["title", "description"]}},
             {"path": "/schedule/event/29/", "kind": "detail", "scopes": [("schedule_event", "", det)], "width": 1280, "theme": "dark",
              "extra": {"schedule_event": ["title", "description", "end_recurring_period"]}},  # "Reoccurs: Weekly until <date>"
             {"path": "/schedule/event/create/team/", "kind": "form", "scopes": [("schedule_event", "", main_inputs)], "width": 1920}]
    dj2_serve(sh, "django-scheduler", pages, f"django-scheduler@{version('django-scheduler')}",
              {"aliases": {"Starts": "start", "Ends": "end", "Reoccurs": "rule_id", "Until": "end_recurring_period", "calendar": "calendar_id"},
               "ignore": {""}})


COLLECTORS["django-postman"] = collect_postman
COLLECTORS["django-scheduler"] = collect_scheduler


# ---------------------------------------------------------------- Wagtail: CMS admin (dashboard, page explorer, snippets)
# `wagtail start` makes the project; our app `conference` adds snippet models and a page type (tables named as entities).
WAG_MODELS = '''
from django.db import models
from wagtail.models import Page
from wagtail.fields import RichTextField
from wagtail.admin.panels import FieldPanel
class Speaker(models.Model):
    full_name = models.CharField(max_length=120)
    company = models.CharField(max_length=120, blank=True)
    email = models.EmailField()
    country = models.CharField(max_length=60)
    bio = models.TextField(blank=True)
    class Meta: db_table = "speakers"
    def __str__(self): return self.full_name
class Room(models.Model):
    name = models.CharField(max_length=60)
    floor = models.PositiveSmallIntegerField()
    seats = models.PositiveIntegerField()
    class Meta: db_table = "rooms"
    def __str__(self): return self.name
class Talk(models.Model):
    title = models.CharField(max_length=200)
    speaker = models.ForeignKey(Speaker, on_delete=models.CASCADE)
    room = models.ForeignKey(Room, on_delete=models.PROTECT)
    starts_at = models.DateTimeField()
    duration_minutes = models.PositiveSmallIntegerField(default=30)
    track = models.CharField(max_length=20, choices=[("web", "Web"), ("data", "Data"), ("devops", "DevOps"), ("security", "Security")])
    accepted = models.BooleanField(default=False)
    class Meta: db_table = "talks"
    def __str__(self): return self.title
class NewsPage(Page):
    date = models.DateField("Post date")
    intro = models.CharField(max_length=250)
    body = RichTextField(blank=True)
    content_panels = Page.content_panels + [FieldPanel("date"), FieldPanel("intro"), FieldPanel("body")]
    class Meta: db_table = "news_pages"
'''
WAG_HOOKS = '''
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet
from .models import Speaker, Room, Talk
class SpeakerViewSet(SnippetViewSet):
    model = Speaker; list_display = ["full_name", "company", "email", "country"]; search_fields = ["full_name"]; list_per_page = 25
class RoomViewSet(SnippetViewSet):
    model = Room; list_display = ["name", "floor", "seats"]
class TalkViewSet(SnippetViewSet):
    model = Talk; list_display = ["title", "speaker", "room", "starts_at", "track", "accepted"]; list_filter = ["track", "accepted"]; list_per_page = 25
register_snippet(SpeakerViewSet); register_snippet(RoomViewSet); register_snippet(TalkViewSet)
'''
WAG_SEED = '''
import random, datetime as dt
from faker import Faker
from django.contrib.auth.models import User
from wagtail.models import Page
from home.models import HomePage
from conference.models import Speaker, Room, Talk, NewsPage
f = Faker("en_US"); Faker.seed(33); random.seed(33)
admin = User.objects.create_superuser("admin", "admin@example.org", "admin", first_name="Sam", last_name="Okafor")
editor = User.objects.create_user("editor", "editor@example.org", "x", first_name=f.first_name(), last_name=f.last_name())
sp = [Speaker.objects.create(full_name=f.name(), company=f.company(), email=f.email(), country=f.country()[:60], bio=f.paragraph()) for _ in range(24)]
rooms = [Room.objects.create(name=n, floor=random.randint(0, 3), seats=random.randint(30, 600)) for n in ("Main hall", "Room A", "Room B", "Lab 1", "Lab 2")]
for i in range(36):
    Talk.objects.create(title=f.catch_phrase()[:200], speaker=random.choice(sp), room=random.choice(rooms),
        starts_at=dt.datetime(2025, 9, 18 + i % 2, 9) + dt.timedelta(minutes=30 * random.randint(0, 16)),
        duration_minutes=random.choice([25, 30, 45, 60]), track=random.choice(["web", "data", "devops", "security"]), accepted=random.random() < .7)
home = HomePage.objects.first()
news = home.add_child(instance=NewsPage(title="News", slug="news", date=dt.date(2025, 5, 1), intro="Conference news"))
for i in range(14):
    p = news.add_child(instance=NewsPage(title=f.sentence(nb_words=6)[:-1], slug=f"post-{i}", date=dt.date(2025, 5, 1) + dt.timedelta(days=3 * i),
        intro=f.sentence(nb_words=14), body="".join(f"<p>{x}</p>" for x in f.paragraphs(3)), live=False))
    rev = p.save_revision(user=random.choice([admin, admin, editor]), log_action=True)
    if i % 4: rev.publish(user=admin)
    elif i: p.get_workflow().start(p, editor)  # three drafts await moderation
    if i in (2, 7): p.locked, p.locked_by, p.locked_at = True, admin, dt.datetime(2025, 6, 2, 10); p.save()
'''


def wagtail_project() -> Path:
    "`wagtail start`, add the conference app, migrate and seed once; returns the project folder."
    root = WORK / "wagtail"
    site = root / "cms"
    if (site / "seeded").exists(): return site
    root.mkdir(parents=True, exist_ok=True)
    if not site.exists(): run([str(Path(PY).parent / "wagtail"), "start", "cms"], root)
    (site / "conference").mkdir(exist_ok=True)
    (site / "conference" / "__init__.py").write_text("")
    (site / "conference" / "models.py").write_text(WAG_MODELS)
    (site / "conference" / "wagtail_hooks.py").write_text(WAG_HOOKS)
    dev = site / "cms" / "settings" / "dev.py"
    if "conference" not in dev.read_text():
        dev.write_text(dev.read_text() + '\nINSTALLED_APPS = ["conference"] + INSTALLED_APPS\nUSE_TZ = False\nWAGTAILADMIN_BASE_URL = "http://127.0.0.1"\n')
    return migrate_and_seed(site, ["conference"], WAG_SEED, settings=None)  # `wagtail start` wrote manage.py


WAG_VISIBLE = """() => Array.from(document.querySelectorAll('form input, form select, form textarea'))
  .filter(e => e.name && !['submit', 'button', 'checkbox-select'].includes(e.type) && !e.name.includes('__prefix__'))
  .filter(e => { const w = e.type === 'hidden' ? e.closest('[data-field-wrapper], .w-field__wrapper') : e;
                 return w && w.getClientRects().length > 0 && getComputedStyle(w).visibility !== 'hidden'; })
  .map(e => e.name)"""


def wag_inputs(page) -> list[str]:
    "Names of the visible fields of a Wagtail edit form (a rich-text field's hidden input counts when its editor shows)."
    return [f for f in (form_field(n) for n in page.evaluate(WAG_VISIBLE)) if f]


def collect_wagtail(sh: Shooter):
    site = wagtail_project()
    db = site / "db.sqlite3"
    con = sqlite3.connect(db)
    news_id = con.execute("SELECT id FROM wagtailcore_page WHERE slug = 'news'").fetchone()[0]
    post_id = con.execute("SELECT id FROM wagtailcore_page WHERE slug = 'post-5'").fetchone()[0]
    con.close()
    NEWS = {"date", "intro", "body"}  # NewsPage's own fields (table news_pages); the rest of the page form is wagtailcore_page's
    port = free_port()
    p = serve([PY, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload", "--insecure"], port, site, None, "wagtail.log")
    base = f"http://127.0.0.1:{port}"
    heads = lambda page: [re.sub(r"\s+\d+-\d+ of \d+.*", "", x.strip().split("\n")[0]) for x in page.evaluate("() => Array.from(document.querySelectorAll('main table thead th')).map(e => e.innerText)")]
    pages = [{"path": "/admin/", "kind": "dashboard", "width": 1440, "scopes": WAG_DASH, "links": [("wagtailcore_taskstate", "wagtailcore_workflowstate")]},
             {"path": "/admin/", "kind": "dashboard", "width": 1920, "theme": "dark", "scopes": WAG_DASH, "links": [("wagtailcore_taskstate", "wagtailcore_workflowstate")]},
             {"path": "/admin/snippets/conference/talk/", "kind": "list", "width": 1440, "scopes": [("talks", "", heads)]},
             {"path": "/admin/snippets/conference/speaker/", "kind": "list", "width": 1280, "theme": "dark", "scopes": [("speakers", "", heads)]},
             {"path": f"/admin/pages/{news_id}/", "kind": "list", "width": 1920, "scopes": [("wagtailcore_page", "", heads)]},
             {"path": "/admin/snippets/conference/talk/edit/3/", "kind": "form", "width": 1280, "scopes": [("talks", "", wag_inputs)]},
             {"path": "/admin/snippets/conference/speaker/add/", "kind": "form", "width": 1440, "theme": "dark", "scopes": [("speakers", "", wag_inputs)]},
             {"path": f"/admin/pages/{post_id}/edit/", "kind": "form", "width": 1920, "scopes": [("wagtailcore_page", "", lambda pg: [n for n in wag_inputs(pg) if n not in NEWS]),
                                                                             ("news_pages", "", lambda pg: [n for n in wag_inputs(pg) if n in NEWS])],
              "links": [("news_pages", "wagtailcore_page")]},
             {"path": "/admin/", "kind": "dashboard", "width": 1280, "scopes": WAG_DASH, "links": [("wagtailcore_taskstate", "wagtailcore_workflowstate")]},
             {"path": "/admin/reports/locked/", "kind": "list", "width": 1440, "theme": "dark", "scopes": [("wagtailcore_page", "", heads)]}]
    try:
        src = {"name": "wagtail", "package": f"wagtail@{version('wagtail')}", "base": base, "db": db, "login": wagtail_login(base),
               "display": {"speakers": ["full_name"], "rooms": ["name"], "wagtailcore_page": ["title"], "auth_user": ["username"], "wagtailcore_task": ["name"],
                           "wagtailcore_locale": ["language_code"], "django_content_type": ["app_label", "model"]},
               "aliases": WAG_ALIASES, "ignore": {"", "q"}}
        for i, pg in enumerate(pages): shoot(sh, src, pg, i)
    finally:
        p.terminate(); p.wait()


def wagtail_login(base):
    def login(ctx):
        p = ctx.new_page(); p.goto(base + "/admin/login/")
        p.fill("input[name=username]", "admin"); p.fill("input[name=password]", "admin")
        p.press("input[name=password]", "Enter"); p.wait_for_load_state("networkidle"); p.wait_for_timeout(500); p.close()
    return login


WAG_PANEL = """(h) => Array.from(document.querySelectorAll('main section, main .w-panel, main .panel')).filter(s => {
    const t = s.querySelector('h2'); return t && t.innerText.trim() === h; }).slice(-1)
  .flatMap(s => Array.from(s.querySelectorAll('table thead th')).map(e => e.innerText.trim().split('\\n')[0]))"""


def wag_panel(heading: str, keep: set | None = None, drop: set = frozenset()):
    "Header texts of the table in the dashboard panel titled `heading` (only those in `keep`, when given)."
    def names(page):
        got = page.evaluate(WAG_PANEL, heading)
        return [n for n in got if (keep is None or n in keep) and n not in drop]
    return names


# Wagtail's dashboard: the site summary (page/image/document counts) and three panels. Page columns come from every panel;
# the review panel's task columns are the task state's and its workflow state's.
TASK_COLS = {"Tasks", "Task started", "Task submitted by"}
WAG_DASH = [("wagtailcore_page", "", present(("main .w-summary a[href*='/admin/pages/'], main a[href*='/admin/pages/']", "title"))),
            ("wagtailcore_page", "", wag_panel("Awaiting your review", drop=TASK_COLS)),
            ("wagtailcore_taskstate", "", wag_panel("Awaiting your review", keep={"Tasks", "Task started"})),
            ("wagtailcore_workflowstate", "", wag_panel("Awaiting your review", keep={"Task submitted by"})),
            ("wagtailcore_page", "", wag_panel("Your most recent edits")), ("wagtailcore_page", "", wag_panel("Your locked pages")),
            ("wagtailimages_image", "", present(("main a[href*='/admin/images/']", "id"))),
            ("wagtaildocs_document", "", present(("main a[href*='/admin/documents/']", "id")))]
WAG_ALIASES = {"Status": "live", "Date": "latest_revision_created_at", "Updated": "latest_revision_created_at", "Locked at": "locked_at",
               "Language": "locale_id", "Type": "content_type_id", "Tasks": "task_id", "Task started": "started_at",
               "Task submitted by": "requested_by_id", "Post date": "date", "Locked by": "locked_by_id"}
COLLECTORS["wagtail"] = collect_wagtail


for _skin in DJ_SKINS: COLLECTORS[_skin] = (lambda s: (lambda sh: collect_django(sh, s)))(_skin)


def write_csv():
    path = OUT / "pages.csv"
    old = []
    if path.exists():
        done = {r["id"] for r in ROWS}
        old = [r for r in csv.DictReader(path.open()) if r["id"] not in done]
    rows = sorted(old + ROWS, key=lambda r: r["id"])
    buf = io.StringIO(); w = csv.DictWriter(buf, fieldnames=list(ROWS[0] if ROWS else rows[0]), lineterminator="\n")
    w.writeheader(); w.writerows(rows)
    tmp = path.with_name("pages.csv.tmp"); tmp.write_text(buf.getvalue()); os.replace(tmp, path)


def run_collectors(collectors: dict, argv=None, description: str = "", default=None, check=lambda: None):
    "`--only` or else `default` (else every source); `check()`'s message stops the run; then each source with one browser: a failing source is reported and the rest go on; pages.csv at the end."
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--only", nargs="*", help=f"sources to (re)collect: {', '.join(collectors)}")
    a = ap.parse_args(argv)
    unknown = set(a.only or []) - set(collectors)
    if unknown: sys.exit(f"unknown source(s): {', '.join(sorted(unknown))}")
    if msg := check(): sys.exit(msg)
    (OUT / "images").mkdir(parents=True, exist_ok=True); (OUT / "labels").mkdir(parents=True, exist_ok=True)
    sh = Shooter()
    try:
        for name in a.only or default or list(collectors):
            print(f"== {name}", flush=True)
            try: collectors[name](sh)
            except Exception as e: print(f"  FAILED {name}: {type(e).__name__}: {str(e)[:600]}", flush=True)
    finally:
        sh.close()
        if ROWS: write_csv()


def main(argv=None): run_collectors(COLLECTORS, argv, __doc__.splitlines()[0])


if __name__ == "__main__":
    main()




