"""Two more REAL training-only sources: an AppSeed Django admin skin (django-admin-soft-dashboard: lists with filters,
change and add forms, inlines) and a dashboard kind (django-admin-tools' dashboard modules: the index dashboard and
the app-index dashboards), both on one Django project of ours with Faker data in two new domains (a veterinary
practice's lab orders, a vineyard's harvest), run on 127.0.0.1 and labelled with the exact rule of
bench/real_ui/collect.py (its helpers, and collect_train.py's guard, are imported, not copied).

Training-only sources: no quality claim is made on them (CARD.md says how they are used). Run with a separate venv (see CARD_d.md):
    python bench/real_train/collect_more_d.py [--only SOURCE ...]
"""
from __future__ import annotations

import os, sys
from importlib.metadata import version
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "real_ui")); sys.path.insert(0, str(HERE))
import collect as C  # noqa: E402  (the validation set's collector: its helpers, never its sources)
import collect_train as T  # noqa: E402  (guarded(): refuse error pages)

OUT = Path(os.environ.get("REAL_D_OUT", HERE / "data_d"))
WORK = Path(os.environ.get("REAL_D_WORK", "/work/tmp/D"))
PY = sys.executable
C.OUT, C.WORK = OUT, WORK  # shoot() writes here; django_pages() reads WORK/django_site/db.sqlite3

# ---------------------------------------------------------------- data models written for this set (new domains)
APPS = {
 "practice": '''
from django.contrib.auth.models import AbstractUser
class StaffUser(AbstractUser):
    class Meta: db_table = "practice_staff"
''',
 "vetlab": '''
class PetOwner(models.Model):
    full_name = models.CharField(max_length=120)
    phone = models.CharField(max_length=30)
    email = models.EmailField()
    town = models.CharField(max_length=80)
    class Meta: db_table = "pet_owners"; ordering = ["full_name"]
    def __str__(self): return self.full_name
class Pet(models.Model):
    name = models.CharField(max_length=60)
    species = models.CharField(max_length=20, choices=[("dog", "Dog"), ("cat", "Cat"), ("rabbit", "Rabbit"), ("horse", "Horse"), ("ferret", "Ferret")])
    breed = models.CharField(max_length=60)
    owner = models.ForeignKey(PetOwner, on_delete=models.CASCADE, related_name="pets")
    born_on = models.DateField()
    weight_kg = models.DecimalField(max_digits=6, decimal_places=2)
    microchip = models.CharField(max_length=20)
    class Meta: db_table = "pets"; ordering = ["name"]
    def __str__(self): return self.name
class Veterinarian(models.Model):
    full_name = models.CharField(max_length=120)
    licence_no = models.CharField(max_length=20)
    speciality = models.CharField(max_length=60)
    on_call = models.BooleanField(default=False)
    class Meta: db_table = "veterinarians"; ordering = ["full_name"]
    def __str__(self): return self.full_name
class LabOrder(models.Model):
    pet = models.ForeignKey(Pet, on_delete=models.CASCADE, related_name="lab_orders")
    veterinarian = models.ForeignKey(Veterinarian, on_delete=models.PROTECT, related_name="lab_orders")
    test_panel = models.CharField(max_length=40, choices=[("cbc", "Complete blood count"), ("chem", "Chemistry panel"), ("thyroid", "Thyroid (T4)"),
        ("urine", "Urinalysis"), ("faecal", "Faecal parasitology"), ("coag", "Coagulation profile")])
    ordered_at = models.DateTimeField()
    urgency = models.CharField(max_length=10, choices=[("routine", "Routine"), ("urgent", "Urgent"), ("stat", "STAT")])
    status = models.CharField(max_length=10, choices=[("sent", "Sent to lab"), ("received", "Received"), ("reported", "Reported")])
    fee = models.DecimalField(max_digits=8, decimal_places=2)
    class Meta: db_table = "lab_orders"; ordering = ["-ordered_at"]
    def __str__(self): return f"Order {self.pk}"
class LabResult(models.Model):
    order = models.ForeignKey(LabOrder, on_delete=models.CASCADE, related_name="results")
    analyte = models.CharField(max_length=40)
    value = models.DecimalField(max_digits=8, decimal_places=2)
    unit = models.CharField(max_length=12)
    flag = models.CharField(max_length=6, choices=[("normal", "Normal"), ("high", "High"), ("low", "Low")])
    class Meta: db_table = "lab_results"
    def __str__(self): return self.analyte
''',
 "vineyard": '''
class VineyardBlock(models.Model):
    name = models.CharField(max_length=60)
    grape_variety = models.CharField(max_length=40)
    area_ha = models.DecimalField(max_digits=5, decimal_places=2)
    planted_year = models.PositiveSmallIntegerField()
    soil = models.CharField(max_length=30)
    class Meta: db_table = "vineyard_blocks"; ordering = ["name"]
    def __str__(self): return self.name
class WineTank(models.Model):
    code = models.CharField(max_length=10)
    capacity_l = models.PositiveIntegerField()
    material = models.CharField(max_length=10, choices=[("steel", "Stainless steel"), ("oak", "Oak"), ("concrete", "Concrete")])
    cellar = models.CharField(max_length=30)
    class Meta: db_table = "wine_tanks"; ordering = ["code"]
    def __str__(self): return self.code
class HarvestLoad(models.Model):
    block = models.ForeignKey(VineyardBlock, on_delete=models.CASCADE, related_name="loads")
    tank = models.ForeignKey(WineTank, on_delete=models.PROTECT, related_name="loads")
    picked_on = models.DateField()
    weight_kg = models.PositiveIntegerField()
    brix = models.DecimalField(max_digits=4, decimal_places=1)
    crew = models.CharField(max_length=40)
    class Meta: db_table = "harvest_loads"; ordering = ["-picked_on"]
    def __str__(self): return f"Load {self.pk}"
''',
}

ADMIN = {  # app -> (model, list_display, list_filter, search, inline (model, fields) or None)
 "practice": [],
 "vetlab": [("PetOwner", ["full_name", "phone", "email", "town"], ["town"], ["full_name"], ("Pet", ["name", "species", "breed", "born_on"])),
            ("Pet", ["name", "species", "breed", "owner", "born_on", "weight_kg"], ["species"], ["name", "microchip"], None),
            ("Veterinarian", ["full_name", "licence_no", "speciality", "on_call"], ["on_call", "speciality"], ["full_name"], None),
            ("LabOrder", ["pet", "veterinarian", "test_panel", "ordered_at", "urgency", "status", "fee"], ["urgency", "status"], [], ("LabResult", ["analyte", "value", "unit", "flag"]))],
 "vineyard": [("VineyardBlock", ["name", "grape_variety", "area_ha", "planted_year", "soil"], ["grape_variety"], ["name"], ("HarvestLoad", ["tank", "picked_on", "weight_kg", "brix", "crew"])),
              ("WineTank", ["code", "capacity_l", "material", "cellar"], ["material", "cellar"], ["code"], None),
              ("HarvestLoad", ["block", "tank", "picked_on", "weight_kg", "brix", "crew"], ["crew", "tank"], [], None)],
}
DISPLAY = {"pet_owners": ["full_name"], "pets": ["name"], "veterinarians": ["full_name"], "lab_orders": ["id"],
           "vineyard_blocks": ["name"], "wine_tanks": ["code"]}
ADMIN_TOOLS = ["admin_tools", "admin_tools.theming", "admin_tools.menu", "admin_tools.dashboard"]

SETTINGS = '''
import os
HERE = os.path.dirname(__file__)
SKIN = os.environ.get("SKIN", "django-admin-soft-dashboard")
PRE = {{"django-admin-soft-dashboard": ["admin_soft"], "django-admin-tools": {tools!r}}}[SKIN]
SECRET_KEY = "real-train-d"; DEBUG = True; ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
INSTALLED_APPS = PRE + ["django.contrib.admin", "django.contrib.auth", "django.contrib.contenttypes", "django.contrib.sessions",
    "django.contrib.messages", "django.contrib.staticfiles"] + {apps!r}
MIDDLEWARE = ["django.contrib.sessions.middleware.SessionMiddleware", "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware", "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware", "django.middleware.clickjacking.XFrameOptionsMiddleware"]
ROOT_URLCONF = "site_urls"; AUTH_USER_MODEL = "practice.StaffUser"
CP = ["django.template.context_processors.request", "django.contrib.auth.context_processors.auth", "django.contrib.messages.context_processors.messages"]
if SKIN == "django-admin-tools":  # admin-tools' own template loader (its dashboards extend the admin's templates)
    TEMPLATES = [{{"BACKEND": "django.template.backends.django.DjangoTemplates", "DIRS": [os.path.join(HERE, "templates")], "APP_DIRS": False,
        "OPTIONS": {{"context_processors": CP, "loaders": ["admin_tools.template_loaders.Loader", "django.template.loaders.filesystem.Loader",
        "django.template.loaders.app_directories.Loader"]}}}}]
else:
    TEMPLATES = [{{"BACKEND": "django.template.backends.django.DjangoTemplates", "DIRS": [], "APP_DIRS": True, "OPTIONS": {{"context_processors": CP}}}}]
DATABASES = {{"default": {{"ENGINE": "django.db.backends.sqlite3", "NAME": os.path.join(HERE, "db.sqlite3")}}}}
STATIC_URL = "/static/"; USE_TZ = False; TIME_ZONE = "UTC"; DEFAULT_AUTO_FIELD = "django.db.models.AutoField"
X_FRAME_OPTIONS = "SAMEORIGIN"; SILENCED_SYSTEM_CHECKS = ["security.W019"]
ADMIN_TOOLS_INDEX_DASHBOARD = "dash.IndexDashboard"; ADMIN_TOOLS_APP_INDEX_DASHBOARD = "dash.AppDashboard"
'''

URLS = '''from django.contrib import admin
from django.urls import path, include
import os
SKIN = os.environ.get("SKIN")
urlpatterns = ([path("admin_tools/", include("admin_tools.urls"))] if SKIN == "django-admin-tools" else []) + [path("admin/", admin.site.urls)]
if SKIN == "django-admin-soft-dashboard": urlpatterns.append(path("", include("admin_soft.urls")))  # its templates link 'index', 'profile'...
'''

# django-admin-tools dashboards (ours: the module classes are admin-tools'; RecordTable is a DashboardModule subclass of ours
# that prints a few records of one model as a table whose header texts are the fields' verbose names)
DASH = '''
from django.apps import apps
from admin_tools.dashboard import modules, Dashboard, AppIndexDashboard
class RecordTable(modules.DashboardModule):
    template = "dash/record_table.html"
    def __init__(self, title, model, fields, filters=None, order=None, limit=8, **kw):
        super().__init__(title, **kw)
        self.model, self.fields, self.filters, self.order, self.limit = model, fields, filters or {{}}, order, limit
        self.css_classes = ["record-table", "rt-" + apps.get_model(model)._meta.db_table]
    def init_with_context(self, context):
        if self._initialized: return
        m = apps.get_model(self.model)
        qs = m.objects.filter(**self.filters)
        if self.order: qs = qs.order_by(*self.order)
        self.headers = [m._meta.get_field(f).verbose_name for f in self.fields]
        self.rows = []
        for o in qs[:self.limit]:
            cells = []
            for f in self.fields:
                disp = getattr(o, f"get_{{f}}_display", None)
                cells.append(disp() if disp else getattr(o, f))
            self.rows.append((o.get_absolute_url() if hasattr(o, "get_absolute_url") else f"/admin/{{m._meta.app_label}}/{{m._meta.model_name}}/{{o.pk}}/change/", cells))
        self.children = self.rows
        self._initialized = True
RECORDS = {records!r}
class IndexDashboard(Dashboard):
    columns = 3
    def init_with_context(self, context):
        self.children.append(modules.AppList("Applications", exclude=("django.contrib.*", "practice.*")))
{index}
        self.children.append(modules.LinkList("Practice links", children=[{{"title": "Lab price list", "url": "/admin/vetlab/laborder/"}},
                                           {{"title": "Harvest log", "url": "/admin/vineyard/harvestload/"}}]))
class AppDashboard(AppIndexDashboard):
    columns = 2
    def init_with_context(self, context):
        self.children.append(modules.ModelList(self.app_title, self.models))
        label = self.models[0].split(".")[0] if self.models else ""
        for key in {app_modules!r}.get(label, []):
            title, model, fields = RECORDS[key]
            self.children.append(RecordTable(title, model, fields, limit=10))
'''
# title, model, fields (the module's columns) of each record table
RECORDS = {"urgent": ("Open urgent lab orders", "vetlab.LabOrder", ["pet", "test_panel", "urgency", "ordered_at", "status"]),
           "loads": ("Latest harvest loads", "vineyard.HarvestLoad", ["block", "picked_on", "weight_kg", "brix"]),
           "oncall": ("Vets on call", "vetlab.Veterinarian", ["full_name", "speciality"]),
           "tanks": ("Oak and concrete tanks", "vineyard.WineTank", ["code", "material", "capacity_l", "cellar"]),
           "orders": ("Recent lab orders", "vetlab.LabOrder", ["pet", "veterinarian", "test_panel", "ordered_at", "fee"]),
           "owners": ("Pet owners", "vetlab.PetOwner", ["full_name", "town", "phone"]),
           "pets": ("Pets", "vetlab.Pet", ["name", "species", "owner", "weight_kg"]),
           "blocks": ("Vineyard blocks", "vineyard.VineyardBlock", ["name", "grape_variety", "area_ha", "planted_year"]),
           "cellar": ("Tanks", "vineyard.WineTank", ["code", "material", "capacity_l"])}
INDEX_MODULES = [("urgent", '{"urgency__in": ["urgent", "stat"], "status__in": ["sent", "received"]}', '["-ordered_at"]', 9),
                 ("loads", '{}', '["-picked_on", "-id"]', 9), ("oncall", '{"on_call": True}', 'None', 8),
                 ("tanks", '{"material__in": ["oak", "concrete"]}', 'None', 10)]
APP_MODULES = {"vetlab": ["orders", "owners", "pets"], "vineyard": ["blocks", "loads", "cellar"]}
RECORD_TPL = """{% extends "admin_tools/dashboard/module.html" %}
{% block module_content %}<table class="record-table"><thead><tr>{% for h in module.headers %}<th>{{ h|capfirst }}</th>{% endfor %}</tr></thead>
<tbody>{% for url, cells in module.rows %}<tr class="{% cycle 'row1' 'row2' %}">{% for c in cells %}<td>{% if forloop.first %}<a href="{{ url }}">{{ c }}</a>{% else %}{{ c }}{% endif %}</td>{% endfor %}</tr>{% endfor %}</tbody></table>
{% endblock %}
"""

SEED = '''
import random, datetime as dt
from decimal import Decimal
from faker import Faker
from practice.models import StaffUser
from vetlab.models import *; from vineyard.models import *
f = Faker(["en_GB", "en_US"]); Faker.seed(5151); random.seed(5151)
if not StaffUser.objects.filter(username="admin").exists(): StaffUser.objects.create_superuser("admin", "admin@example.org", "admin")
def d(a=-900, b=0): return dt.date(2025, 9, 20) + dt.timedelta(days=random.randint(a, b))
def t(a=-40, b=0): return dt.datetime(2025, 9, 20, 8) + dt.timedelta(days=random.randint(a, b), minutes=10 * random.randint(0, 60))
def money(a, b): return Decimal(random.randint(a * 100, b * 100)) / 100
if not PetOwner.objects.exists():
    towns = [f.city() for _ in range(6)]
    owners = [PetOwner.objects.create(full_name=f.name(), phone=f.phone_number()[:30], email=f.email(), town=random.choice(towns)) for _ in range(36)]
    breeds = {"dog": ["Labrador", "Border Collie", "Dachshund", "Whippet", "Cocker Spaniel", "Mixed breed"], "cat": ["Domestic shorthair", "Maine Coon", "Siamese", "Ragdoll"],
              "rabbit": ["Netherland Dwarf", "Lop"], "horse": ["Welsh Cob", "Connemara", "Thoroughbred"], "ferret": ["Sable", "Albino"]}
    names = ["Bella", "Milo", "Luna", "Poppy", "Alfie", "Teddy", "Willow", "Bramble", "Pepper", "Ziggy", "Maple", "Biscuit", "Rolo", "Juno", "Otis", "Hazel", "Barley", "Nutmeg", "Skye", "Murphy"]
    wt = {"dog": (4, 42), "cat": (3, 8), "rabbit": (1, 3), "horse": (380, 620), "ferret": (1, 2)}
    pets = []
    for _ in range(60):
        sp = random.choices(list(breeds), [10, 8, 2, 2, 1])[0]
        pets.append(Pet.objects.create(name=random.choice(names), species=sp, breed=random.choice(breeds[sp]), owner=random.choice(owners), born_on=d(-5000, -120),
                                       weight_kg=Decimal(random.randint(wt[sp][0] * 100, wt[sp][1] * 100)) / 100, microchip=f"9851{random.randint(10**10, 10**11 - 1)}"))
    vets = [Veterinarian.objects.create(full_name=f.name(), licence_no=f"RCVS-{random.randint(10000, 99999)}", speciality=random.choice(["Small animal", "Equine", "Exotics", "Surgery", "Internal medicine", "Dermatology"]), on_call=random.random() < .4) for _ in range(11)]
    analytes = {"cbc": [("Haemoglobin", "g/dL", 12, 18), ("WBC", "10^9/L", 6, 17), ("Platelets", "10^9/L", 200, 500), ("Haematocrit", "%", 37, 55)],
                "chem": [("ALT", "U/L", 10, 100), ("Creatinine", "umol/L", 40, 150), ("Urea", "mmol/L", 2.5, 9.6), ("Glucose", "mmol/L", 3.9, 7.9), ("Albumin", "g/L", 23, 39)],
                "thyroid": [("Total T4", "nmol/L", 13, 51)], "urine": [("USG", "", 1.015, 1.045), ("pH", "", 5.5, 7.5), ("Protein", "g/L", 0, 0.3)],
                "faecal": [("Egg count", "epg", 0, 50)], "coag": [("PT", "s", 6, 9), ("aPTT", "s", 10, 18)]}
    fees = {"cbc": 38, "chem": 64, "thyroid": 42, "urine": 28, "faecal": 24, "coag": 55}
    for _ in range(70):
        panel = random.choice(list(analytes)); st = random.choices(["sent", "received", "reported"], [3, 3, 6])[0]
        o = LabOrder.objects.create(pet=random.choice(pets), veterinarian=random.choice(vets), test_panel=panel, ordered_at=t(), urgency=random.choices(["routine", "urgent", "stat"], [6, 3, 1])[0],
                                    status=st, fee=money(fees[panel], fees[panel] + 20))
        if st == "reported":
            for name, unit, lo, hi in analytes[panel]:
                v = random.uniform(lo * .8, hi * 1.2); flag = "low" if v < lo else "high" if v > hi else "normal"
                LabResult.objects.create(order=o, analyte=name, value=Decimal(str(round(v, 2))), unit=unit, flag=flag)
    blocks = [VineyardBlock.objects.create(name=f"{n} {k}", grape_variety=g, area_ha=money(1, 9), planted_year=random.randint(1972, 2019), soil=random.choice(["Limestone", "Clay-loam", "Schist", "Gravel", "Sandy loam"]))
              for (n, g) in [("Hillside", "Pinot Noir"), ("Chapel", "Chardonnay"), ("River", "Riesling"), ("Old Vine", "Grenache"), ("Terrace", "Syrah"), ("Orchard", "Sauvignon Blanc"),
                             ("Church", "Pinot Meunier"), ("Quarry", "Cabernet Franc"), ("Meadow", "Bacchus"), ("Hilltop", "Merlot")] for k in ["North", "South"][:random.randint(1, 2)]]
    tanks = [WineTank.objects.create(code=f"{c}{i:02d}", capacity_l=random.choice([500, 1200, 2500, 5000, 8000, 12000]), material=m, cellar=random.choice(["Main cellar", "Barrel hall", "Cave 2"]))
             for i, (c, m) in enumerate([("S", "steel")] * 9 + [("O", "oak")] * 6 + [("C", "concrete")] * 4, 1)]
    crews = ["Crew A (Ana)", "Crew B (Tomasz)", "Crew C (Joao)", "Machine harvester", "Volunteers"]
    for _ in range(80):
        HarvestLoad.objects.create(block=random.choice(blocks), tank=random.choice(tanks), picked_on=dt.date(2025, 9, 1) + dt.timedelta(days=random.randint(0, 34)),
                                   weight_kg=random.randint(180, 4200), brix=Decimal(random.randint(180, 265)) / 10, crew=random.choice(crews))
'''


def django_project() -> Path:
    "Write the Django project (our three apps, the admin-tools dashboards), migrate for both skins and seed it once; returns its folder."
    root = WORK / "django_site"
    root.mkdir(parents=True, exist_ok=True)
    (root / "site_settings.py").write_text(SETTINGS.format(tools=ADMIN_TOOLS, apps=list(APPS)))
    (root / "site_urls.py").write_text(URLS)
    index = "\n".join(f'        self.children.append(RecordTable(*RECORDS["{k}"], filters={fl}, order={o}, limit={n}))' for k, fl, o, n in INDEX_MODULES)
    (root / "dash.py").write_text(DASH.format(records=RECORDS, index=index, app_modules=APP_MODULES))
    (root / "templates" / "dash").mkdir(parents=True, exist_ok=True)
    (root / "templates" / "dash" / "record_table.html").write_text(RECORD_TPL)
    if (root / "db.sqlite3").exists() and (root / "seeded").exists(): return root
    C.write_django_apps(root, APPS, ADMIN, "from django.contrib import admin\nfrom . import models as m\n{body}",
                        inline_base="admin.TabularInline", admin_base="admin.ModelAdmin")
    return C.migrate_and_seed(root, list(APPS), SEED, [{"SKIN": skin} for skin in ("django-admin-soft-dashboard", "django-admin-tools")])


def serve_skin(root: Path, skin: str):
    port = C.free_port()
    p = C.serve([PY, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload", "--insecure"], port, root, {"SKIN": skin}, f"{skin}.log")
    return p, f"http://127.0.0.1:{port}"


# ---------------------------------------------------------------- django-admin-soft-dashboard (AppSeed, Soft UI Dashboard)
SOFT = "django-admin-soft-dashboard"


LIST_TH = "#changelist-form table.table thead th"


def soft_pages() -> list[dict]:
    "collect.django_pages for both apps (lists with filters, change forms, add form, inline master-detail pages)."
    pages = []
    for k, app in enumerate(["vetlab", "vineyard"]):
        widths = [1440, 1280, 1920][k:] + [1440, 1280, 1920][:k]
        pages += C.django_pages(app, ["light"], widths)
    for pg in pages:
        pg["scopes"] = [(t, s, C.django_inline if a == "INLINE" else a) for t, s, a in pg["scopes"]]
        if pg["kind"] == "list":  # the skin's changelist table has no #result_list, and its <th> repeats `class` (the browser keeps
            pg["scopes"] = [(t, LIST_TH, a) for t, s, a in pg["scopes"]]  # the first, so header names come from their texts)
        check = ("#changelist-form table.table tbody tr", 5) if pg["kind"] == "list" else ("form select, form input[type=text], form input[type=number]", 2)
        if pg["kind"] == "master_detail": check = (".inline-related tbody tr.form-row.has_original, .inline-group tr.has_original", 1)
        pg["before"] = T.needs(*check)
    return pages


def collect_soft(sh: C.Shooter):
    root = django_project()
    p, base = serve_skin(root, SOFT)
    try:
        src = {"name": SOFT, "package": f"{SOFT}@{version(SOFT)}", "base": base, "db": root / "db.sqlite3", "group": "train",
               "login": C.django_login(base), "display": DISPLAY, "ignore": {"action_checkbox", "", "Action"}}
        for i, pg in enumerate(soft_pages()):
            T.try_shoot(sh, src, pg, i, f"{SOFT} {pg['path']}")
    finally:
        p.terminate(); p.wait()


# ---------------------------------------------------------------- django-admin-tools: dashboards of modules
TOOLS = "django-admin-tools"


def table_of(model: str) -> str:
    "db_table of 'app.Model' (read from our models' source)."
    import re
    app, name = model.split(".")
    return re.search(rf'class {name}\(.*?db_table = "(\w+)"', APPS[app], re.S).group(1)


def tools_pages() -> list[dict]:
    "The index dashboard (AppList: model names only, navigation like a sidebar, not labelled; four RecordTables) and the "
    "two app-index dashboards (ModelList, three RecordTables each). A RecordTable prints its fields' verbose names as header "
    "texts: labelled from the DOM (`.rt-<db_table> th`), FKs adding the referenced table with its display column."
    def dash(path, keys):
        tabs = list(dict.fromkeys(table_of(RECORDS[k][1]) for k in keys))
        return {"path": path, "kind": "dashboard", "scopes": [(t, f".rt-{t} thead th", "text") for t in tabs],
                "before": T.needs(".record-table tbody tr", 10)}
    index = dash("/admin/", [k for k, *_ in INDEX_MODULES])
    vet, vine = dash("/admin/vetlab/", APP_MODULES["vetlab"]), dash("/admin/vineyard/", APP_MODULES["vineyard"])
    plan = [(index, 1440, "light"), (index, 1920, "light"), (index, 1280, "light"), (index, 1440, "dark"), (index, 1920, "dark"),
            (vet, 1280, "light"), (vet, 1920, "light"), (vet, 1440, "dark"),
            (vine, 1440, "light"), (vine, 1280, "light"), (vine, 1920, "dark")]
    return [{**pg, "width": w, "theme": th} for pg, w, th in plan]


def collect_tools(sh: C.Shooter):
    root = django_project()
    p, base = serve_skin(root, TOOLS)
    try:
        src = {"name": TOOLS, "package": f"{TOOLS}@{version(TOOLS)}", "base": base, "db": root / "db.sqlite3", "group": "train",
               "login": C.django_login(base), "display": DISPLAY, "ignore": {""}}
        for i, pg in enumerate(tools_pages()):
            T.try_shoot(sh, src, pg, i, f"{TOOLS} {pg['path']}")
    finally:
        p.terminate(); p.wait()


COLLECTORS = {SOFT: collect_soft, TOOLS: collect_tools}
C.DJ_APPS.update(APPS); C.DJ_ADMIN.update(ADMIN)  # in memory only: django_pages() looks the models up there


def main(argv=None):
    C.run_collectors(COLLECTORS, argv, __doc__.splitlines()[0])


if __name__ == "__main__":
    main()
