"""Build REAL training pages for the embedded model: open-source admin UIs that are NOT in the validation set
(bench/real_ui), run on 127.0.0.1 with Faker data in data models written for this set, screenshotted and labelled
with the exact rule of bench/real_ui/collect.py (whose helpers are imported, not copied).

Training-only sources: no quality claim is made on them (CARD.md says how they are used). Run with a separate venv (see CARD.md):
    python bench/real_train/collect_train.py [--only SOURCE ...]
"""
from __future__ import annotations

import os, sys
from importlib.metadata import version
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "real_ui"))
import collect as C  # noqa: E402  (the validation set's collector: its helpers, never its sources)

OUT = HERE / "data"
WORK = Path(os.environ.get("REAL_TRAIN_WORK", "/work/tmp/T"))
NPM = WORK / "npm"  # `npm pack fomantic-ui-css@2.9.4 daisyui@5 @tailwindcss/browser@4`, unpacked (see CARD.md)
PY = sys.executable
C.OUT, C.WORK = OUT, WORK  # shoot() and write_csv() write here; django_pages() reads WORK/django_site/db.sqlite3

# Two skins load their CSS framework from a CDN; offline, those exact files are served from npm-packed copies.
CDN = {"https://cdn.jsdelivr.net/npm/fomantic-ui@2.9.4/dist/": NPM / "fomantic-ui-css-2.9.4" / "package",
       "https://cdn.jsdelivr.net/npm/daisyui@5": NPM / "daisyui-5.8.1" / "package" / "daisyui.css",
       "https://cdn.jsdelivr.net/npm/@tailwindcss/browser@4": NPM / "tailwindcss-browser-4.3.4" / "package" / "dist" / "index.global.js"}
TYPES = {".css": "text/css", ".js": "application/javascript", ".woff2": "font/woff2", ".woff": "font/woff", ".ttf": "font/ttf",
         ".svg": "image/svg+xml", ".png": "image/png", ".eot": "application/vnd.ms-fontobject"}


def cdn_file(url: str) -> Path | None:
    "The local npm copy of a CDN url (None when it is not one of ours)."
    url = url.split("?")[0].split("#")[0]
    for pre, local in CDN.items():
        if url == pre.rstrip("/"): return local if local.is_file() else None
        if pre.endswith("/") and url.startswith(pre):
            p = local / url[len(pre):]
            return p if p.is_file() else None
    return None


def with_cdn(login):
    "A context setup that serves our CDN copies (registered after the blocker, so it runs first), then logs in."
    def handler(route):
        p = cdn_file(route.request.url)
        if p: route.fulfill(path=str(p), content_type=TYPES.get(p.suffix, "application/octet-stream"))
        else: route.abort()
    def setup(ctx):
        ctx.route("https://cdn.jsdelivr.net/**", handler)
        if login: login(ctx)
    return setup


# ---------------------------------------------------------------- data models written for this set (new domains)
APPS = {
 "realty": '''
class Agent(models.Model):
    full_name = models.CharField(max_length=120)
    agency = models.CharField(max_length=120)
    phone = models.CharField(max_length=30)
    email = models.EmailField()
    licence_no = models.CharField("Licence no.", max_length=16)
    class Meta: db_table = "agents"
    def __str__(self): return self.full_name
class Property(models.Model):
    address = models.CharField(max_length=200)
    city = models.CharField(max_length=60)
    kind = models.CharField(max_length=12, choices=[("flat", "Flat"), ("house", "House"), ("studio", "Studio"), ("villa", "Villa")])
    bedrooms = models.PositiveSmallIntegerField()
    area_sqm = models.PositiveIntegerField("Area (m²)")
    asking_price = models.DecimalField(max_digits=12, decimal_places=2)
    agent = models.ForeignKey(Agent, on_delete=models.CASCADE)
    listed_on = models.DateField()
    sold = models.BooleanField(default=False)
    class Meta: db_table = "properties"; verbose_name_plural = "properties"
    def __str__(self): return f"{self.address}, {self.city}"
class Viewing(models.Model):
    property = models.ForeignKey(Property, on_delete=models.CASCADE)
    visitor_name = models.CharField(max_length=120)
    scheduled_at = models.DateTimeField()
    feedback = models.CharField(max_length=200, blank=True)
    class Meta: db_table = "viewings"
class Offer(models.Model):
    property = models.ForeignKey(Property, on_delete=models.CASCADE)
    buyer_name = models.CharField(max_length=120)
    amount = models.DecimalField(max_digits=12, decimal_places=2)
    made_on = models.DateField()
    status = models.CharField(max_length=10, choices=[("pending", "Pending"), ("accepted", "Accepted"), ("rejected", "Rejected")])
    class Meta: db_table = "offers"
''',
 "hr": '''
class Department(models.Model):
    name = models.CharField(max_length=80)
    cost_center = models.CharField(max_length=10)
    floor = models.PositiveSmallIntegerField()
    class Meta: db_table = "departments"
    def __str__(self): return self.name
class Employee(models.Model):
    first_name = models.CharField(max_length=60)
    last_name = models.CharField(max_length=60)
    work_email = models.EmailField(unique=True)
    department = models.ForeignKey(Department, on_delete=models.PROTECT)
    job_title = models.CharField(max_length=80)
    salary = models.DecimalField(max_digits=10, decimal_places=2)
    hired_on = models.DateField()
    remote = models.BooleanField(default=False)
    class Meta: db_table = "employees"
    def __str__(self): return f"{self.first_name} {self.last_name}"
class LeaveRequest(models.Model):
    employee = models.ForeignKey(Employee, on_delete=models.CASCADE)
    kind = models.CharField(max_length=10, choices=[("vacation", "Vacation"), ("sick", "Sick leave"), ("parental", "Parental"), ("unpaid", "Unpaid")])
    starts_on = models.DateField()
    ends_on = models.DateField()
    approved = models.BooleanField(default=False)
    class Meta: db_table = "leave_requests"
''',
 "fleet": '''
class Depot(models.Model):
    name = models.CharField(max_length=80)
    city = models.CharField(max_length=60)
    bays = models.PositiveSmallIntegerField()
    class Meta: db_table = "depots"
    def __str__(self): return self.name
class Driver(models.Model):
    first_name = models.CharField(max_length=60)
    last_name = models.CharField(max_length=60)
    licence_class = models.CharField(max_length=4, choices=[("B", "B"), ("C", "C"), ("CE", "CE"), ("D", "D")])
    phone = models.CharField(max_length=30)
    hired_on = models.DateField()
    class Meta: db_table = "drivers"
    def __str__(self): return f"{self.first_name} {self.last_name}"
class Vehicle(models.Model):
    plate = models.CharField(max_length=12, unique=True)
    make = models.CharField(max_length=40)
    model_name = models.CharField(max_length=40)
    year = models.PositiveSmallIntegerField()
    depot = models.ForeignKey(Depot, on_delete=models.PROTECT)
    mileage_km = models.PositiveIntegerField()
    in_service = models.BooleanField(default=True)
    class Meta: db_table = "vehicles"
    def __str__(self): return self.plate
class Trip(models.Model):
    vehicle = models.ForeignKey(Vehicle, on_delete=models.CASCADE)
    driver = models.ForeignKey(Driver, on_delete=models.CASCADE)
    departed_at = models.DateTimeField()
    distance_km = models.DecimalField(max_digits=7, decimal_places=1)
    cargo = models.CharField(max_length=80)
    class Meta: db_table = "trips"
''',
 "kitchen": '''
class MenuCategory(models.Model):
    name = models.CharField(max_length=60)
    sort_order = models.PositiveSmallIntegerField()
    class Meta: db_table = "menu_categories"; verbose_name_plural = "menu categories"
    def __str__(self): return self.name
class Dish(models.Model):
    name = models.CharField(max_length=120)
    category = models.ForeignKey(MenuCategory, on_delete=models.CASCADE)
    price = models.DecimalField(max_digits=7, decimal_places=2)
    vegetarian = models.BooleanField(default=False)
    calories = models.PositiveIntegerField()
    class Meta: db_table = "dishes"; verbose_name_plural = "dishes"
    def __str__(self): return self.name
class DiningTable(models.Model):
    number = models.PositiveSmallIntegerField()
    seats = models.PositiveSmallIntegerField()
    zone = models.CharField(max_length=12, choices=[("terrace", "Terrace"), ("main", "Main room"), ("bar", "Bar")])
    class Meta: db_table = "dining_tables"
    def __str__(self): return f"Table {self.number}"
class Order(models.Model):
    table = models.ForeignKey(DiningTable, on_delete=models.CASCADE)
    waiter = models.CharField(max_length=60)
    opened_at = models.DateTimeField()
    total = models.DecimalField(max_digits=8, decimal_places=2)
    paid = models.BooleanField(default=False)
    class Meta: db_table = "orders"
    def __str__(self): return f"Order {self.pk}"
class OrderItem(models.Model):
    order = models.ForeignKey(Order, on_delete=models.CASCADE)
    dish = models.ForeignKey(Dish, on_delete=models.CASCADE)
    quantity = models.PositiveSmallIntegerField()
    note = models.CharField(max_length=120, blank=True)
    class Meta: db_table = "order_items"
''',
}

ADMIN = {  # app -> (model, list_display, list_filter, search, inline (model, fields) or None)
 "realty": [("Agent", ["full_name", "agency", "phone", "email", "licence_no"], ["agency"], ["full_name"], ("Property", ["address", "city", "kind", "asking_price"])),
            ("Property", ["address", "city", "kind", "bedrooms", "area_sqm", "asking_price", "agent", "sold"], ["kind", "sold", "city"], ["address"], ("Viewing", ["visitor_name", "scheduled_at", "feedback"])),
            ("Viewing", ["property", "visitor_name", "scheduled_at", "feedback"], [], ["visitor_name"], None),
            ("Offer", ["property", "buyer_name", "amount", "made_on", "status"], ["status"], ["buyer_name"], None)],
 "hr": [("Department", ["name", "cost_center", "floor"], [], ["name"], ("Employee", ["first_name", "last_name", "job_title", "salary"])),
        ("Employee", ["first_name", "last_name", "work_email", "department", "job_title", "hired_on", "remote"], ["department", "remote"], ["last_name"], ("LeaveRequest", ["kind", "starts_on", "ends_on", "approved"])),
        ("LeaveRequest", ["employee", "kind", "starts_on", "ends_on", "approved"], ["kind", "approved"], [], None)],
 "fleet": [("Depot", ["name", "city", "bays"], ["city"], ["name"], ("Vehicle", ["plate", "make", "model_name", "in_service"])),
           ("Driver", ["first_name", "last_name", "licence_class", "phone", "hired_on"], ["licence_class"], ["last_name"], None),
           ("Vehicle", ["plate", "make", "model_name", "year", "depot", "mileage_km", "in_service"], ["in_service", "depot"], ["plate"], ("Trip", ["driver", "departed_at", "distance_km", "cargo"])),
           ("Trip", ["vehicle", "driver", "departed_at", "distance_km", "cargo"], [], ["cargo"], None)],
 "kitchen": [("MenuCategory", ["name", "sort_order"], [], [], ("Dish", ["name", "price", "vegetarian"])),
             ("Dish", ["name", "category", "price", "vegetarian", "calories"], ["category", "vegetarian"], ["name"], None),
             ("DiningTable", ["number", "seats", "zone"], ["zone"], [], None),
             ("Order", ["table", "waiter", "opened_at", "total", "paid"], ["paid"], ["waiter"], ("OrderItem", ["dish", "quantity", "note"])),
             ("OrderItem", ["order", "dish", "quantity", "note"], [], [], None)],
}
DISPLAY = {"agents": ["full_name"], "properties": ["address", "city"], "departments": ["name"], "employees": ["first_name", "last_name"],
           "depots": ["name"], "drivers": ["first_name", "last_name"], "vehicles": ["plate"], "menu_categories": ["name"],
           "dishes": ["name"], "dining_tables": ["number"], "orders": ["id"]}

SKINS = {  # source -> (package, apps it shows, INSTALLED_APPS before django.contrib.admin, after, themes)
 "django-daisy": ("django-daisy", ["realty", "hr"], ["django_daisy"], ["django.contrib.humanize"], ["light", "dark"]),
 "django-semantic-admin": ("django-semantic-admin", ["fleet", "realty"], ["semantic_admin", "semantic_forms"], [], ["light"]),
 "django-jet-reboot": ("django-jet-reboot", ["kitchen", "fleet"], ["jet"], [], ["light"]),
 "django-admin-kubi": ("django-admin-kubi", ["hr", "kitchen"], ["django_admin_kubi"], [], ["light"]),
}

SETTINGS = '''
import os
SKIN = os.environ.get("SKIN", "django-daisy")
PRE, POST = {pre!r}[SKIN], {post!r}[SKIN]
SECRET_KEY = "real-train-bench"; DEBUG = True; ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
INSTALLED_APPS = PRE + ["django.contrib.admin", "django.contrib.auth", "django.contrib.contenttypes", "django.contrib.sessions",
    "django.contrib.messages", "django.contrib.staticfiles"] + POST + {apps!r}
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
JET_DEFAULT_THEME = os.environ.get("JET_THEME", "default")
DAISY_SETTINGS = {{"DEFAULT_THEME": None}}  # None: follow the browser's prefers-color-scheme (the package default 'None' pins light)
'''

SEED = '''
import random, datetime as dt
from decimal import Decimal
from faker import Faker
from django.contrib.auth.models import User
from realty.models import *; from hr.models import *; from fleet.models import *; from kitchen.models import *
f = Faker(["en_GB", "en_US"]); Faker.seed(2026); random.seed(2026)
if not User.objects.filter(username="admin").exists(): User.objects.create_superuser("admin", "admin@example.org", "admin")
def d(a=-900, b=0): return dt.date(2025, 6, 1) + dt.timedelta(days=random.randint(a, b))
def t(a=-60, b=60): return dt.datetime(2025, 6, 1, 8) + dt.timedelta(days=random.randint(a, b), minutes=10 * random.randint(0, 70))
def money(a, b): return Decimal(random.randint(a * 100, b * 100)) / 100
if not Agent.objects.exists():
    ags = [Agent.objects.create(full_name=f.name(), agency=random.choice(["Keystone Homes", "Harbor Realty", "Oak & Ash", "Blue Door Estates"]), phone=f.phone_number()[:30], email=f.email(), licence_no=f"RE-{random.randint(100000, 999999)}") for _ in range(12)]
    props = [Property.objects.create(address=f.street_address()[:200], city=f.city(), kind=random.choice(["flat", "house", "studio", "villa"]), bedrooms=random.randint(0, 6), area_sqm=random.randint(25, 420), asking_price=money(90000, 1900000), agent=random.choice(ags), listed_on=d(-400, 0), sold=random.random() < .3) for _ in range(45)]
    for _ in range(70): Viewing.objects.create(property=random.choice(props), visitor_name=f.name(), scheduled_at=t(), feedback=random.choice(["", "Liked the garden", "Too small", "Wants a second visit", "Price too high", "Great light"]))
    for _ in range(40):
        p = random.choice(props); Offer.objects.create(property=p, buyer_name=f.name(), amount=(p.asking_price * Decimal(random.randint(85, 103)) / 100).quantize(Decimal("0.01")), made_on=d(-200, 0), status=random.choice(["pending", "accepted", "rejected"]))
    deps = [Department.objects.create(name=n, cost_center=f"CC{random.randint(100, 999)}", floor=random.randint(0, 9)) for n in ("Finance", "Engineering", "Sales", "Customer Care", "Legal", "Marketing", "Operations")]
    emps = [Employee.objects.create(first_name=f.first_name(), last_name=f.last_name(), work_email=f.unique.company_email(), department=random.choice(deps), job_title=f.job()[:80], salary=money(28000, 160000), hired_on=d(-4000, -10), remote=random.random() < .35) for _ in range(50)]
    for _ in range(60):
        s = d(-120, 120); LeaveRequest.objects.create(employee=random.choice(emps), kind=random.choice(["vacation", "sick", "parental", "unpaid"]), starts_on=s, ends_on=s + dt.timedelta(days=random.randint(1, 21)), approved=random.random() < .6)
    dps = [Depot.objects.create(name=f"{c} Depot", city=c, bays=random.randint(6, 80)) for c in (f.city() for _ in range(6))]
    drs = [Driver.objects.create(first_name=f.first_name(), last_name=f.last_name(), licence_class=random.choice(["B", "C", "CE", "D"]), phone=f.phone_number()[:30], hired_on=d(-3000, -30)) for _ in range(30)]
    makes = {"Volvo": ["FH16", "FM", "FL"], "Scania": ["R450", "P280"], "Ford": ["Transit", "Ranger"], "Mercedes-Benz": ["Sprinter", "Actros"], "Iveco": ["Daily", "Eurocargo"]}
    vs = []
    for i in range(40):
        mk = random.choice(list(makes)); vs.append(Vehicle.objects.create(plate=f"{f.random_uppercase_letter()}{f.random_uppercase_letter()}{random.randint(10, 99)} {f.random_uppercase_letter()}{f.random_uppercase_letter()}{f.random_uppercase_letter()}{i}", make=mk, model_name=random.choice(makes[mk]), year=random.randint(2012, 2025), depot=random.choice(dps), mileage_km=random.randint(3000, 900000), in_service=random.random() < .85))
    for _ in range(90): Trip.objects.create(vehicle=random.choice(vs), driver=random.choice(drs), departed_at=t(), distance_km=Decimal(random.randint(50, 12000)) / 10, cargo=random.choice(["Pallets", "Frozen food", "Parcels", "Building materials", "Furniture", "Empty return", "Medical supplies"]))
    cats = [MenuCategory.objects.create(name=n, sort_order=i) for i, n in enumerate(["Starters", "Soups", "Mains", "Pasta", "Desserts", "Drinks"])]
    dishes = [Dish.objects.create(name=f"{random.choice(['Roasted', 'Grilled', 'Smoked', 'Crispy', 'Braised', 'Fresh'])} {random.choice(['salmon', 'aubergine', 'chicken', 'tofu', 'lamb', 'mushroom', 'beetroot', 'duck', 'halloumi'])} {random.choice(['with herbs', 'bowl', 'tart', 'skewers', 'risotto', 'salad'])}", category=random.choice(cats), price=money(4, 38), vegetarian=random.random() < .4, calories=random.randint(120, 1200)) for _ in range(36)]
    tabs = [DiningTable.objects.create(number=i + 1, seats=random.choice([2, 2, 4, 4, 6, 8]), zone=random.choice(["terrace", "main", "bar"])) for i in range(18)]
    ords = [Order.objects.create(table=random.choice(tabs), waiter=f.first_name(), opened_at=t(-30, 0), total=money(12, 340), paid=random.random() < .7) for _ in range(45)]
    for _ in range(150): OrderItem.objects.create(order=random.choice(ords), dish=random.choice(dishes), quantity=random.randint(1, 4), note=random.choice(["", "", "No onions", "Extra spicy", "Gluten free", "Well done"]))
'''


def django_project() -> Path:
    "Write the Django project (four apps), migrate for every skin and seed it once; returns its folder."
    root = WORK / "django_site"
    root.mkdir(parents=True, exist_ok=True)
    pre = {s: v[2] for s, v in SKINS.items()}; post = {s: v[3] for s, v in SKINS.items()}
    (root / "site_settings.py").write_text(SETTINGS.format(pre=pre, post=post, apps=list(APPS)))
    (root / "site_urls.py").write_text("from django.contrib import admin\nfrom django.urls import path, include\nimport os\n"
        "urlpatterns = ([path('jet/', include('jet.urls', 'jet'))] if os.environ.get('SKIN') == 'django-jet-reboot' else []) + [path('admin/', admin.site.urls)]\n")
    if (root / "db.sqlite3").exists() and (root / "seeded").exists(): return root
    C.write_django_apps(root, APPS, ADMIN, "from django.contrib import admin\nfrom . import models as m\n{body}",
                        inline_base="admin.TabularInline", admin_base="admin.ModelAdmin")
    return C.migrate_and_seed(root, list(APPS), SEED, [{"SKIN": skin} for skin in SKINS])


JS_OWN_INPUTS = """() => Array.from(document.querySelectorAll('form input, form select, form textarea'))
  .filter(e => e.type !== 'hidden' && e.type !== 'submit' && e.type !== 'button' && !(e.name||'').includes('__prefix__'))
  .filter(e => !(e.form && (e.form.getAttribute('action') || '').includes('/jet/')))
  .map(e => e.name).filter(Boolean)"""


def own_inputs(page) -> list[str]:
    "main_inputs without the inputs of Jet's sidebar forms (bookmark title/url, posted to /jet/...), which are not the model's."
    return [f for f in (C.form_field(n) for n in page.evaluate(JS_OWN_INPUTS)) if f]


def jet_tab(page):
    "Jet puts each inline on its own tab: open the last tab (the inline) so the page shows it."
    page.click(".changeform-tabs-item:last-child .changeform-tabs-item-link"); page.wait_for_timeout(400)


def guarded(before=None):
    "A `before` hook that refuses an error page (a Django debug page would otherwise be labelled by its stray inputs)."
    def hook(page):
        title = page.title()
        if any(w in title for w in ("Error", "Exception", "Page not found", "Server Error")): raise RuntimeError(f"error page: {title!r}")
        if before: before(page)
    return hook


def at_least(page, selector: str, least: int = 1):
    "Refuse a page where `selector` matches fewer than `least` elements (its content did not render)."
    n = page.locator(selector).count()
    if n < least: raise RuntimeError(f"only {n} of {selector!r}")


def needs(selector: str, least: int = 1, then=None):
    "A `before` hook: refuse an error page, and a page where `selector` matches fewer than `least` elements (`at_least`); "
    "then `then(page)`, if given."
    def hook(page):
        at_least(page, selector, least)
        if then: then(page)
    return guarded(hook)


def try_shoot(sh, src: dict, spec: dict, n: int, what: str):
    "`collect.shoot` one page; a failure is reported as `what` (source and page) and the run goes on."
    try: C.shoot(sh, src, spec, n)
    except Exception as e: print(f"  FAILED {what}: {type(e).__name__}: {str(e)[:300]}", flush=True)


def adapt(skin: str, pages: list[dict]) -> list[dict]:
    "Skin-specific DOM: daisy's changelist table has no #result_list; Jet shows a change form's inline on a second tab, so "
    "a Jet master-detail page becomes two pages: the main tab (a form: the parent's inputs) and the inline tab (the child's "
    "inputs, with its FK to the parent and the parent's display column)."
    out = []
    for pg in pages:
        if skin == "django-daisy" and pg["kind"] == "list":
            pg["scopes"] = [(t, "#changelist-form thead th", a) for t, s, a in pg["scopes"]]
        if skin == "django-jet-reboot":
            pg["scopes"] = [(t, s, own_inputs if a is C.main_inputs else a) for t, s, a in pg["scopes"]]
            if pg["kind"] == "master_detail":
                out.append({**pg, "kind": "form", "scopes": pg["scopes"][:1], "links": []})
                pg = {**pg, "scopes": pg["scopes"][1:], "before": jet_tab}
        out.append(pg)
    return [{**pg, "before": guarded(pg.get("before"))} for pg in out]


def collect_django(sh: C.Shooter, skin: str):
    "Every model's list page, two change forms, an add form and each inline master-detail page, for both apps of a skin."
    package, apps, _, _, themes = SKINS[skin]
    root = django_project()
    port = C.free_port()
    p = C.serve([PY, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload", "--insecure"], port, root, {"SKIN": skin}, f"{skin}.log")
    base = f"http://127.0.0.1:{port}"
    try:
        src = {"name": skin, "package": f"{package}@{version(package)}", "base": base, "db": root / "db.sqlite3",
               "login": with_cdn(C.django_login(base)), "display": DISPLAY, "group": "train",
               "ignore": {"action_checkbox", "", "Action"}}
        pages = []
        for k, app in enumerate(apps):
            widths = [1440, 1280, 1920][k:] + [1440, 1280, 1920][:k]
            pages += C.django_pages(app, themes[k % len(themes):] + themes[:k % len(themes)], widths)
        for pg in pages:
            pg["scopes"] = [(t, s, C.django_inline if a == "INLINE" else a) for t, s, a in pg["scopes"]]
        pages = adapt(skin, pages)
        for i, pg in enumerate(pages):
            try_shoot(sh, src, pg, i, f"{skin} {pg['path']}")
    finally:
        p.terminate(); p.wait()


# ---------------------------------------------------------------- piccolo-admin: a SaaS billing back office (Vue SPA, Piccolo ORM on SQLite)
PICCOLO_APP = """import os, random, datetime as dt
from decimal import Decimal
from piccolo.engine.sqlite import SQLiteEngine
from piccolo.table import Table, create_db_tables_sync
from piccolo.columns import Varchar, Integer, Numeric, Boolean, Date, ForeignKey
from piccolo.columns.readable import Readable
from piccolo.apps.user.tables import BaseUser
from piccolo_api.session_auth.tables import SessionsBase
from piccolo_admin.endpoints import create_admin
DB = SQLiteEngine(path=os.path.abspath("billing.sqlite"))
class User(BaseUser, tablename="piccolo_user", db=DB): pass
class Sessions(SessionsBase, tablename="sessions", db=DB): pass
class Plan(Table, tablename="plans", db=DB):
    name = Varchar(length=60); monthly_price = Numeric(digits=(8, 2)); seats = Integer(); active = Boolean(default=True)
    @classmethod
    def get_readable(cls): return Readable(template="%s", columns=[cls.name])
class Customer(Table, tablename="customers", db=DB):
    company = Varchar(length=120); contact_name = Varchar(length=120); email = Varchar(length=120); country = Varchar(length=60); signed_up = Date()
    @classmethod
    def get_readable(cls): return Readable(template="%s", columns=[cls.company])
class Subscription(Table, tablename="subscriptions", db=DB):
    customer = ForeignKey(references=Customer); plan = ForeignKey(references=Plan); started_on = Date(); renews_on = Date()
    status = Varchar(length=12, choices=None)
    @classmethod
    def get_readable(cls): return Readable(template="#%s", columns=[cls.id])
class Invoice(Table, tablename="invoices", db=DB):
    number = Varchar(length=16); subscription = ForeignKey(references=Subscription); issued_on = Date(); due_on = Date()
    amount = Numeric(digits=(10, 2)); paid = Boolean(default=False)
TABLES = [User, Sessions, Plan, Customer, Subscription, Invoice]
create_db_tables_sync(*TABLES, if_not_exists=True)
if not Plan.count().run_sync():
    from faker import Faker
    f = Faker(); Faker.seed(404); random.seed(404)
    User.create_user_sync(username="admin", password="admin-pass-1", admin=True, active=True, superuser=True)
    plans = [Plan(name=n, monthly_price=Decimal(p), seats=s, active=a) for n, p, s, a in [("Starter", "9.00", 1, True), ("Team", "29.00", 5, True), ("Business", "99.00", 25, True), ("Enterprise", "499.00", 250, True), ("Legacy Pro", "19.00", 3, False)]]
    for p in plans: p.save().run_sync()
    cs = [Customer(company=f.company(), contact_name=f.name(), email=f.company_email(), country=f.country()[:60], signed_up=dt.date(2025, 6, 1) - dt.timedelta(days=random.randint(0, 900))) for _ in range(40)]
    for c in cs: c.save().run_sync()
    subs = []
    for c in cs:
        for _ in range(random.choice([1, 1, 2])):
            s0 = c.signed_up + dt.timedelta(days=random.randint(0, 60))
            s = Subscription(customer=c.id, plan=random.choice(plans).id, started_on=s0, renews_on=s0 + dt.timedelta(days=365), status=random.choice(["active", "active", "trialing", "past_due", "cancelled"]))
            s.save().run_sync(); subs.append(s)
    for i in range(120):
        s = random.choice(subs); d0 = dt.date(2025, 6, 1) - dt.timedelta(days=random.randint(0, 300))
        Invoice(number=f"INV-{2025}-{1000 + i}", subscription=s.id, issued_on=d0, due_on=d0 + dt.timedelta(days=30), amount=Decimal(random.randint(900, 99000)) / 100, paid=random.random() < .75).save().run_sync()
app = create_admin([Customer, Plan, Subscription, Invoice], auth_table=User, session_table=Sessions, site_name="Billing", page_size=20,
                   allowed_hosts=["127.0.0.1", "localhost"], production=False, session_expiry=dt.timedelta(days=1))
if __name__ == "__main__":
    import uvicorn
    uvicorn.run(app, host="127.0.0.1", port=int(os.environ["PORT"]))
"""


def piccolo_login(base):
    "Log in through the SPA's form; in a dark context set the SPA's own dark-mode switch (localStorage darkMode) first."
    def login(ctx):
        ctx.add_init_script("if (matchMedia('(prefers-color-scheme: dark)').matches) localStorage.setItem('darkMode', 'true')")
        p = ctx.new_page(); p.goto(base + "/", wait_until="networkidle"); p.wait_for_timeout(500)
        p.fill("input[name=username]", "admin"); p.fill("input[name=password]", "admin-pass-1")
        p.press("input[name=password]", "Enter"); p.wait_for_timeout(1500); p.close()
    return login


def show_filters(page):
    page.click("text=Show filters"); page.wait_for_timeout(600)


def collect_piccolo(sh: C.Shooter):
    root = WORK / "piccolo"; root.mkdir(parents=True, exist_ok=True)
    (root / "app.py").write_text(PICCOLO_APP)
    port = C.free_port()
    p = C.serve([PY, "app.py"], port, root, {"PORT": str(port)}, "piccolo.log")
    base = f"http://127.0.0.1:{port}"
    lst = lambda t: [(t, "table th", "text")]
    form = lambda t: [(t, "form label", "text")]
    pages = [("/#/customers", "list", lst("customers"), "light", 1440), ("/#/plans", "list", lst("plans"), "dark", 1280),
             ("/#/subscriptions", "list", lst("subscriptions"), "light", 1920), ("/#/invoices", "list", lst("invoices"), "dark", 1440),
             ("/#/invoices", "list_filters", lst("invoices"), "light", 1920), ("/#/subscriptions", "list_filters", lst("subscriptions"), "dark", 1280),
             ("/#/customers/3", "form", form("customers"), "light", 1280), ("/#/invoices/5", "form", form("invoices"), "dark", 1920),
             ("/#/subscriptions/7", "form", form("subscriptions"), "light", 1440), ("/#/plans/2", "form", form("plans"), "light", 1920),
             ("/#/customers/add", "form", form("customers"), "dark", 1440), ("/#/invoices/add", "form", form("invoices"), "light", 1280),
             ("/#/subscriptions/add", "form", form("subscriptions"), "dark", 1920), ("/#/customers", "list", lst("customers"), "dark", 1920)]
    try:
        src = {"name": "piccolo-admin", "package": f"piccolo-admin@{version('piccolo-admin')}", "base": base, "db": root / "billing.sqlite",
               "login": piccolo_login(base), "group": "train", "ignore": {""},
               "display": {"customers": ["company"], "plans": ["name"], "subscriptions": ["id"]}}
        for i, (path, kind, scopes, theme, width) in enumerate(pages):
            spec = {"path": path, "kind": kind, "scopes": scopes, "theme": theme, "width": width, "wait": 1200}
            spec["before"] = guarded(show_filters if kind == "list_filters" else None)
            try_shoot(sh, src, spec, i, f"piccolo-admin {path}")
    finally:
        p.terminate(); p.wait()


# ---------------------------------------------------------------- sqlite-web: a generic SQLite browser over an airline database of ours
AIRLINE_DDL = """
CREATE TABLE airports (id INTEGER PRIMARY KEY, iata_code VARCHAR(3) NOT NULL, name VARCHAR(120) NOT NULL, city VARCHAR(60), country VARCHAR(60), timezone VARCHAR(40));
CREATE TABLE aircraft (id INTEGER PRIMARY KEY, registration VARCHAR(10) NOT NULL UNIQUE, model VARCHAR(40) NOT NULL, seats INTEGER NOT NULL, first_flight DATE, active BOOLEAN NOT NULL DEFAULT 1);
CREATE TABLE flights (id INTEGER PRIMARY KEY, flight_number VARCHAR(8) NOT NULL, origin_id INTEGER NOT NULL REFERENCES airports(id),
  destination_id INTEGER NOT NULL REFERENCES airports(id), aircraft_id INTEGER REFERENCES aircraft(id), departs_at DATETIME NOT NULL, arrives_at DATETIME NOT NULL, status VARCHAR(12) NOT NULL);
CREATE TABLE passengers (id INTEGER PRIMARY KEY, full_name VARCHAR(120) NOT NULL, email VARCHAR(120), passport_no VARCHAR(12), nationality VARCHAR(60), frequent_flyer BOOLEAN NOT NULL DEFAULT 0);
CREATE TABLE bookings (id INTEGER PRIMARY KEY, flight_id INTEGER NOT NULL REFERENCES flights(id), passenger_id INTEGER NOT NULL REFERENCES passengers(id),
  seat VARCHAR(4), fare_class VARCHAR(10) NOT NULL, price DECIMAL(8, 2) NOT NULL, booked_at DATETIME NOT NULL);
"""


def airline_db() -> Path:
    "The airline SQLite file (schema above, Faker rows with a fixed seed), made once."
    import random, sqlite3, datetime as dt
    from faker import Faker
    path = WORK / "sqlite_web" / "airline.db"
    if path.exists(): return path
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name("airline.db.tmp"); tmp.unlink(missing_ok=True)
    con = sqlite3.connect(tmp); con.executescript(AIRLINE_DDL)
    f = Faker(); Faker.seed(99); random.seed(99)
    for i in range(24):
        con.execute("INSERT INTO airports VALUES (?,?,?,?,?,?)", (i + 1, "".join(f.random_uppercase_letter() for _ in range(3)), f"{f.city()} {random.choice(['International', 'Regional', 'Municipal'])} Airport", f.city(), f.country()[:60], f.timezone()))
    for i in range(20):
        con.execute("INSERT INTO aircraft VALUES (?,?,?,?,?,?)", (i + 1, f"{random.choice(['G', 'D', 'F', 'EI', 'N'])}-{''.join(f.random_uppercase_letter() for _ in range(4))}", random.choice(["A320neo", "A321", "B737-800", "B787-9", "E190", "ATR 72"]), random.choice([70, 120, 180, 220, 290]), str(f.date_between("-15y", "-1y")), int(random.random() < .9)))
    t0 = dt.datetime(2025, 7, 1, 6)
    for i in range(80):
        o, d = random.sample(range(1, 25), 2); dep = t0 + dt.timedelta(minutes=15 * random.randint(0, 2000))
        con.execute("INSERT INTO flights VALUES (?,?,?,?,?,?,?,?)", (i + 1, f"{random.choice(['GA', 'NX', 'QL'])}{random.randint(100, 9999)}", o, d, random.randint(1, 20), dep.isoformat(" "), (dep + dt.timedelta(minutes=random.randint(50, 700))).isoformat(" "), random.choice(["scheduled", "boarding", "departed", "landed", "delayed", "cancelled"])))
    for i in range(60):
        con.execute("INSERT INTO passengers VALUES (?,?,?,?,?,?)", (i + 1, f.name(), f.email(), f.bothify("??#######").upper(), f.country()[:60], int(random.random() < .3)))
    for i in range(150):
        con.execute("INSERT INTO bookings VALUES (?,?,?,?,?,?,?)", (i + 1, random.randint(1, 80), random.randint(1, 60), f"{random.randint(1, 40)}{random.choice('ABCDEF')}", random.choice(["economy", "premium", "business"]), round(random.uniform(39, 1900), 2), (t0 - dt.timedelta(hours=random.randint(1, 2000))).isoformat(" ")))
    con.commit(); con.close(); os.replace(tmp, path)
    return path


def sqlite_web_inputs(page) -> list[str]:
    "Column inputs of sqlite-web's insert/update form (the `chk_<col>` toggles beside them are not columns)."
    return [n for n in C.js_inputs(page) if not n.startswith("chk_")]


def collect_sqlite_web(sh: C.Shooter):
    import urllib.request, re as _re
    db = airline_db()
    port = C.free_port()
    p = C.serve([str(Path(PY).parent / "sqlite_web"), "-H", "127.0.0.1", "-p", str(port), "-x", "-R", "25", str(db)], port, db.parent, None, "sqlite_web.log")
    base = f"http://127.0.0.1:{port}"
    def row_path(table, n, kind):  # the n-th row's update/row link, as the content page writes it
        html = urllib.request.urlopen(f"{base}/{table}/content/", timeout=10).read().decode()
        links = list(dict.fromkeys(_re.findall(rf'href="(/{table}/(?:update|row)/[^"/]+/)"', html)))
        tok = [l.split("/")[3] for l in links][n]
        return f"/{table}/{kind}/{tok}/"
    lst = lambda t: [(t, "table thead th[data-col]", "data-col")]
    try:
        pages = [(f"/{t}/content/", "list", lst(t), w) for t, w in (("airports", 1440), ("aircraft", 1280), ("flights", 1920), ("passengers", 1440), ("bookings", 1280))]
        pages += [(row_path("flights", 4, "row"), "detail", [("flights", "table tbody th", "text")], 1440),
                  (row_path("passengers", 2, "row"), "detail", [("passengers", "table tbody th", "text")], 1920),
                  ("/bookings/insert/", "form", [("bookings", "", sqlite_web_inputs)], 1440), ("/airports/insert/", "form", [("airports", "", sqlite_web_inputs)], 1920),
                  (row_path("flights", 7, "update"), "form", [("flights", "", sqlite_web_inputs)], 1280),
                  (row_path("aircraft", 3, "update"), "form", [("aircraft", "", sqlite_web_inputs)], 1440)]
        src = {"name": "sqlite-web", "package": f"sqlite-web@{version('sqlite-web')}", "base": base, "db": db, "login": None, "group": "train",
               "ignore": {""}, "display": {}}
        for i, (path, kind, scopes, width) in enumerate(pages):
            spec = {"path": path, "kind": kind, "scopes": scopes, "width": width, "theme": "light", "before": guarded()}
            try_shoot(sh, src, spec, i, f"sqlite-web {path}")
    finally:
        p.terminate(); p.wait()


C.DJ_APPS.update(APPS); C.DJ_ADMIN.update(ADMIN)  # in memory only: django_pages() looks the models up there
COLLECTORS = {s: (lambda s: (lambda sh: collect_django(sh, s)))(s) for s in SKINS}
COLLECTORS["piccolo-admin"] = collect_piccolo
COLLECTORS["sqlite-web"] = collect_sqlite_web
# django-jet-reboot is AGPLv3 and also classified "Free for non-commercial use": its pages are not in the committed set.
# It is collected only when asked for by name (--only django-jet-reboot), e.g. if the project clears that licence.
OPT_IN = {"django-jet-reboot"}


def missing_npm() -> str | None:
    missing = [str(v) for v in CDN.values() if not v.exists()]
    return f"missing npm copies (see CARD.md): {', '.join(missing)}" if missing else None


def main(argv=None):
    C.run_collectors(COLLECTORS, argv, __doc__.splitlines()[0], default=[n for n in COLLECTORS if n not in OPT_IN], check=missing_npm)


if __name__ == "__main__":
    main()
