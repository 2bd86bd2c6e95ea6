"""More REAL training-only pages, set C: MLflow's tracking UI (its React app served by `mlflow server`, backend store a
SQLite file), seeded with experiments, runs, params, metrics, tags and registered models through the mlflow client, and
django-sql-explorer (saved SQL queries and their result tables, on a plant nursery's Django models of ours), run
on 127.0.0.1 and labelled with the exact rule of bench/real_ui/collect.py (its helpers, and collect_train.py's
error-page guard, are imported, not copied). Writes bench/real_train/data_c (see CARD_c.md).

Training-only sources: no quality claim is made on them (CARD.md says how they are used). Run with a separate venv (see CARD_c.md):
    python bench/real_train/collect_more_c.py [--only SOURCE ...]
"""
from __future__ import annotations

import json, os, sqlite3, sys
from importlib.metadata import version
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "real_ui")); sys.path.insert(0, str(HERE))
import collect as C  # noqa: E402  (the validation set's collector: its helpers, never its sources)
import collect_train as T  # noqa: E402  (guarded(): refuse error pages)

OUT = Path(os.environ.get("REAL_C_OUT", HERE / "data_c"))  # another folder for a trial run
WORK = Path(os.environ.get("REAL_C_WORK", "/work/tmp/C"))
PY = sys.executable
C.OUT, C.WORK = OUT, WORK

# ================================================================ MLflow: seeded through the client into a SQLite store
SEED = r'''import random, sys
from pathlib import Path
from faker import Faker
from mlflow.tracking import MlflowClient
root = Path(sys.argv[1]).resolve()
uri = f"sqlite:///{root / 'mlflow.db'}"
c = MlflowClient(uri, uri)
fake = Faker(); Faker.seed(6161); random.seed(6161)
T0 = 1780000000000  # 2026-05-28 UTC, in ms
EXPS = [("churn-forecast", "Monthly churn of the subscription base", "xgboost"), ("ticket-router", "Route support e-mails to queues", "sklearn"),
        ("demand-sales-weekly", "Weekly store demand per SKU", "lightgbm"), ("image-defects", "Defect detection on the line camera", "pytorch"),
        ("price-elasticity", "Markdown elasticity model", "statsmodels")]
for i, (name, desc, flavour) in enumerate(EXPS):
    eid = c.create_experiment(name, artifact_location=f"file://{root}/artifacts/{i + 1}",
                              tags={"mlflow.note.content": desc, "team": random.choice(["forecasting", "platform", "vision"]), "owner": fake.user_name()})
    for r in range(random.randint(7, 12)):
        st = T0 + i * 86400000 * 3 + r * 3600000 * random.randint(2, 9)
        run = c.create_run(eid, start_time=st, run_name=f"{fake.word()}-{fake.word()}-{random.randint(100, 999)}",
                           tags={"mlflow.user": fake.user_name(), "mlflow.source.name": f"train_{name.split('-')[0]}.py", "mlflow.source.type": "LOCAL",
                                 "stage": random.choice(["baseline", "tuning", "candidate"]), "framework": flavour})
        rid = run.info.run_id
        for k, v in {"learning_rate": random.choice([0.01, 0.03, 0.05, 0.1]), "max_depth": random.randint(3, 10),
                     "n_estimators": random.choice([100, 200, 400, 800]), "subsample": random.choice([0.7, 0.8, 1.0]), "seed": random.randint(1, 99)}.items():
            c.log_param(rid, k, v)
        base = random.uniform(0.6, 0.8)
        for step in range(12):
            c.log_metric(rid, "val_auc", min(0.99, base + 0.015 * step + random.uniform(-0.01, 0.01)), timestamp=st + step * 60000, step=step)
            c.log_metric(rid, "train_loss", max(0.05, 0.9 - 0.06 * step + random.uniform(-0.02, 0.02)), timestamp=st + step * 60000, step=step)
        c.log_metric(rid, "f1", random.uniform(0.5, 0.9), timestamp=st + 800000)
        c.log_metric(rid, "rmse", random.uniform(1, 20), timestamp=st + 800000)
        c.set_terminated(rid, status=random.choice(["FINISHED"] * 5 + ["FAILED"]), end_time=st + random.randint(300000, 5400000))
        if r == 0:
            mv_name = name.replace("-", "_")
            c.create_registered_model(mv_name, tags={"team": "ml"}, description=desc)
            for v in range(random.randint(2, 4)):
                c.create_model_version(mv_name, source=f"file://{root}/artifacts/{i + 1}/{rid}/artifacts/model", run_id=rid,
                                       description=fake.sentence(), tags={"validated": random.choice(["yes", "no"])})
            c.set_registered_model_alias(mv_name, "champion", "1")
print("seeded")
'''
EXP, RUNS, PARAMS, TAGS, LATEST, METRICS, ETAGS = "experiments", "runs", "params", "tags", "latest_metrics", "metrics", "experiment_tags"
RM, MV, ALIAS, RMTAGS, MVTAGS = "registered_models", "model_versions", "registered_model_aliases", "registered_model_tags", "model_version_tags"


def mlflow_site() -> Path:
    "The SQLite store, seeded once (delete the folder to reseed)."
    root = WORK / "mlflow_site"; root.mkdir(parents=True, exist_ok=True)
    if not (root / "mlflow.db").exists():
        (root / "seed.py").write_text(SEED)
        C.run([PY, "seed.py", str(root)], root)
    return root


# The UI starts a telemetry SharedWorker that keeps a request open (the page never reaches network idle): no worker.
NO_WORKER = "window.SharedWorker = undefined;"


def ml_login(ctx): ctx.add_init_script(NO_WORKER)


JS_HEADERS = """() => { const out = [];
  for (const e of document.querySelectorAll('[role=columnheader], th')) {
    const r = e.getBoundingClientRect(); if (!r.width || !r.height) continue;
    const t = (e.innerText || '').split('\\n')[0].trim(); if (t && !out.includes(t)) out.push(t); }
  return out; }"""


def headers(page) -> list[str]: return page.evaluate(JS_HEADERS)


RUN_ATTRS = ("Run Name", "Created", "Duration")  # other headers of a runs table are group titles or metric/param/tag keys (rows)


def run_attrs(page) -> list[str]: return [h for h in headers(page) if h in RUN_ATTRS]


def state_before(theme: str, storage: dict | None = None, check: tuple[str, int] = ("body", 1), then=None):
    "A `before` hook: set the UI's own localStorage (model-training mode, assistant panel closed, dark toggle, a runs "
    "table's column set), reload, and refuse an error page or one where `check` matches too few elements."
    items = {"mlflow.workflowType_v1": '"machine_learning"', "mlflow.assistant.panelOpen_v1": "false",
             "mlflow.assistant.fab.autoOpenedOnFirstLoad_v1": "true", "_mlflow_dark_mode_toggle_enabled": json.dumps(theme == "dark"),
             "databricks-dark-mode-pref": theme, **(storage or {})}
    def hook(page):
        page.evaluate("items => { for (const [k, v] of Object.entries(items)) localStorage.setItem(k, v); }", items)
        page.reload(wait_until="networkidle"); page.wait_for_timeout(1500)
        if then: then(page)
        T.at_least(page, *check)  # after `then`, which may be what renders it
    return T.guarded(hook)


def runs_state(exp_id: int, columns: list[str]) -> dict:
    "The experiment page's saved state (MLflow's own localStorage key) with the runs table's selected columns."
    st = {"searchFilter": "", "orderByKey": "attributes.start_time", "orderByAsc": False, "startTime": "ALL", "lifecycleFilter": "Active",
          "datasetsFilter": [], "modelVersionFilter": "All Runs", "selectedColumns": columns, "columnOrder": [], "columnWidths": {},
          "runsExpanded": {}, "runsPinned": [], "runsHidden": [], "runsVisibilityMap": {}, "runsHiddenMode": "FIRST_10_RUNS",
          "viewMaximized": False, "runListHidden": False, "isAccordionReordered": False, "useGroupedValuesInCharts": True,
          "hideEmptyCharts": True, "groupBy": None, "groupsExpanded": {}, "autoRefreshEnabled": False,
          "globalLineChartConfig": {"xAxisKey": "step", "lineSmoothness": 0, "selectedXAxisMetricKey": ""}}
    return {f'MLflowLocalStorage-1.1-ExperimentPage-["{exp_id}"]-ReactComponentState': json.dumps(st)}


def close_modal(page):
    "The registry list opens a one-time 'new Model Registry UI' announcement dialog over the table: close it."
    if page.locator("[role=dialog]").count():
        page.keyboard.press("Escape"); page.wait_for_timeout(800)
    if page.locator("[role=dialog]:visible").count(): raise RuntimeError("a dialog is still open")


def q(db: Path, sql: str, *args):
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try: return con.execute(sql, args).fetchall()
    finally: con.close()


def kv_scope(table: str, section: str):
    "A key/value table (params, metrics, tags) shown in a section headed `section`: its rows are key and value."
    return (table, "", lambda page: ["key", "value"] if page.locator(f"text={section}").count() else [])


def mlflow_pages(db: Path) -> list[dict]:
    exps = [r[0] for r in q(db, f"SELECT experiment_id FROM {EXP} WHERE name != 'Default' ORDER BY experiment_id")]
    runs_of = {e: [r[0] for r in q(db, f"SELECT run_uuid FROM {RUNS} WHERE experiment_id = ? ORDER BY start_time", e)] for e in exps}
    models = [r[0] for r in q(db, f"SELECT name FROM {RM} ORDER BY name")]
    rows = ("[role=row]", 6)
    exp_list = [(EXP, "", lambda p: [h for h in headers(p) if h not in ("Description", "Tags")]), (ETAGS, "", lambda p: ["key", "value"] if {"Tags", "Description"} & set(headers(p)) else [])]
    pg = [{"path": "#/experiments", "kind": "list", "width": 1440, "theme": "light", "check": ("tr, [role=row]", 5), "scopes": exp_list, "links": [(ETAGS, EXP)]},
          {"path": "#/experiments", "kind": "list", "width": 1920, "theme": "dark", "check": ("tr, [role=row]", 5), "scopes": exp_list, "links": [(ETAGS, EXP)]}]
    # runs tables: header texts -> runs columns; a params./metrics./tags. column's header is that row's key -> key/value rows
    base = ["attributes.`Source`"]
    sets = [(exps[0], base, 1280, "light"),
            (exps[1], base + ["metrics.`val_auc`", "metrics.`f1`", "metrics.`rmse`"], 1440, "light"),
            (exps[2], base + ["params.`learning_rate`", "params.`max_depth`", "params.`n_estimators`"], 1920, "dark"),
            (exps[3], ["metrics.`val_auc`", "metrics.`train_loss`", "params.`learning_rate`", "params.`subsample`", "tags.`stage`"], 1440, "dark"),
            (exps[4], base + ["tags.`stage`", "tags.`framework`", "metrics.`rmse`", "params.`seed`"], 1920, "light")]
    for e, cols, w, theme in sets:
        extra = {}
        if any(c.startswith("metrics.") for c in cols): extra[LATEST] = ["key", "value"]
        if any(c.startswith("params.") for c in cols): extra[PARAMS] = ["key", "value"]
        if any(c.startswith("tags.") for c in cols) or "attributes.`Source`" in cols: extra[TAGS] = ["key", "value"]
        links = [(t, RUNS) for t in (LATEST, PARAMS, TAGS) if extra.get(t)]
        extra[RUNS] = ["experiment_id"]  # the page is one experiment's runs: its name heads the page (breadcrumb, sidebar)
        pg.append({"path": f"#/experiments/{e}/runs", "kind": "list", "width": w, "theme": theme, "check": rows, "storage": runs_state(e, cols),
                   "scopes": [(RUNS, "", run_attrs)], "extra": {k: v for k, v in extra.items() if v}, "links": links})
    # a run's overview: its attributes, then its params, metrics and tags tables
    # "About this run" prints: Created at, Created by, Experiment ID, Status, Run ID, Duration, Source (a tag); the title is the run name
    run_scopes = [kv_scope(PARAMS, "Parameters"), kv_scope(LATEST, "Metrics"), kv_scope(TAGS, "Tags")]
    for (e, w, theme) in [(exps[0], 1440, "light"), (exps[1], 1920, "light"), (exps[2], 1280, "dark"), (exps[4], 1440, "dark")]:
        rid = runs_of[e][2]
        pg.append({"path": f"#/experiments/{e}/runs/{rid}", "kind": "detail", "width": w, "theme": theme, "check": ("text=Parameters", 1),
                   "scopes": run_scopes, "links": [(PARAMS, RUNS), (LATEST, RUNS), (TAGS, RUNS)],
                   "extra": {RUNS: ["name", "start_time", "user_id", "experiment_id", "status", "end_time"]}})
    # a run's metric charts: each chart is one metric key plotted over its steps (the history table)
    for (e, w, theme) in [(exps[0], 1440, "light"), (exps[3], 1920, "dark")]:
        rid = runs_of[e][3]
        pg.append({"path": f"#/experiments/{e}/runs/{rid}/model-metrics", "kind": "dashboard", "width": w, "theme": theme, "check": ("canvas, svg.main-svg", 2),
                   "scopes": [], "extra": {METRICS: ["key", "step", "value"], RUNS: ["name"]}, "links": [(METRICS, RUNS)]})
    # the model registry: list headers Name, Latest version, Aliased versions, Created by, Last modified, Tags
    reg = {"scopes": [(RM, "", lambda p: [h for h in headers(p) if h in ("Name", "Last modified")])],
           "aliases": {"Last modified": "last_updated_time"}, "check": ("text=Aliased versions", 1), "then": close_modal,
           "extra": {MV: ["version"], ALIAS: ["alias", "version"], RMTAGS: ["key", "value"]}, "links": [(MV, RM), (ALIAS, RM), (RMTAGS, RM)]}
    pg.append({"path": "#/models", "kind": "list", "width": 1440, "theme": "light", **reg})
    pg.append({"path": "#/models", "kind": "list", "width": 1280, "theme": "dark", **reg})
    # a model's page: name, created/modified times, description, its tags table, then its versions table
    # (Version, Registered at, Created by, Tags, Aliases, Description)
    for name, w, theme in [(models[0], 1920, "light"), (models[2], 1440, "dark"), (models[3], 1280, "light")]:
        pg.append({"path": f"#/models/{name}", "kind": "master_detail", "width": w, "theme": theme, "check": ("text=Registered at", 1),
                   "scopes": [(MV, "", lambda p: [h for h in headers(p) if h in ("Version", "Registered at", "Created by", "Description")])],
                   "aliases": {"Registered at": "creation_time", "Created by": "user_id"},
                   "extra": {RM: ["name", "creation_time", "last_updated_time", "description"], RMTAGS: ["key", "value"], MVTAGS: ["key", "value"],
                             ALIAS: ["alias", "version"]},
                   "links": [(MV, RM), (RMTAGS, RM), (ALIAS, RM), (MVTAGS, MV)]})
    # a model version's page: registered at, last modified, source run (its name), aliases, stage, description, tags
    for name, w, theme in [(models[1], 1440, "light"), (models[4], 1920, "dark")]:
        pg.append({"path": f"#/models/{name}/versions/1", "kind": "detail", "width": w, "theme": theme, "check": ("text=Source run", 1), "scopes": [],
                   "extra": {MV: ["name", "version", "creation_time", "last_updated_time", "run_id", "current_stage", "description"],
                             ALIAS: ["alias", "version"], MVTAGS: ["key", "value"], RUNS: ["name"]},
                   "links": [(MV, RM), (ALIAS, RM), (MVTAGS, MV)]})
    return pg


ML_ALIASES = {"Run Name": "name", "Created": "start_time", "Duration": "end_time", "Time created": "creation_time", "Last modified": "last_update_time"}


def collect_mlflow(sh: C.Shooter):
    root = mlflow_site()
    db = root / "mlflow.db"
    port = C.free_port()
    mlflow_bin = str(Path(PY).parent / "mlflow")
    p = C.serve([mlflow_bin, "server", "--backend-store-uri", f"sqlite:///{db}", "--default-artifact-root", f"file://{root}/artifacts",
                 "--host", "127.0.0.1", "--port", str(port), "--workers", "1"], port, root, {"MLFLOW_DISABLE_TELEMETRY": "true", "DO_NOT_TRACK": "true"}, "mlflow.log")
    try:
        src = {"name": "mlflow", "package": f"mlflow@{version('mlflow')}", "base": f"http://127.0.0.1:{port}/", "db": db, "login": ml_login,
               "group": "train", "aliases": ML_ALIASES, "ignore": {"", "Description", "Tags"},
               "display": {EXP: ["name"], RUNS: ["name"], RM: ["name"]}}
        for i, pg in enumerate(mlflow_pages(db)):
            spec = {**pg, "before": state_before(pg["theme"], pg.get("storage"), pg["check"], pg.get("then"))}
            T.try_shoot(sh, src, spec, i, f"mlflow {pg['path']}")
    finally:
        p.terminate(); p.wait()


# ================================================================ 2. django-sql-explorer on a plant nursery of ours
EX_MODELS = """from django.db import models
from django.contrib.auth.models import AbstractUser
class StaffAccount(AbstractUser):
    class Meta: db_table = "staff_accounts"
class Greenhouse(models.Model):
    name = models.CharField(max_length=60)
    location = models.CharField(max_length=80)
    area_m2 = models.PositiveIntegerField()
    heated = models.BooleanField(default=False)
    class Meta: db_table = "greenhouses"
class PlantSpecies(models.Model):
    common_name = models.CharField(max_length=80)
    latin_name = models.CharField(max_length=120)
    family = models.CharField(max_length=60)
    hardiness_zone = models.PositiveSmallIntegerField()
    class Meta: db_table = "plant_species"
class SeedLot(models.Model):
    lot_code = models.CharField(max_length=12)
    species = models.ForeignKey(PlantSpecies, on_delete=models.CASCADE)
    greenhouse = models.ForeignKey(Greenhouse, on_delete=models.CASCADE)
    sown_on = models.DateField()
    trays = models.PositiveSmallIntegerField()
    germination_rate = models.DecimalField(max_digits=5, decimal_places=2)
    class Meta: db_table = "seed_lots"
class PlantSale(models.Model):
    seed_lot = models.ForeignKey(SeedLot, on_delete=models.CASCADE)
    sold_on = models.DateField()
    quantity = models.PositiveIntegerField()
    unit_price = models.DecimalField(max_digits=7, decimal_places=2)
    buyer_name = models.CharField(max_length=120)
    class Meta: db_table = "plant_sales"
"""
EX_SETTINGS = """SECRET_KEY = "x"; DEBUG = True; ALLOWED_HOSTS = ["127.0.0.1"]; USE_TZ = True; TIME_ZONE = "UTC"
INSTALLED_APPS = ["django.contrib.admin", "django.contrib.auth", "django.contrib.contenttypes", "django.contrib.sessions",
                  "django.contrib.messages", "django.contrib.staticfiles", "nursery", "explorer"]
MIDDLEWARE = ["django.contrib.sessions.middleware.SessionMiddleware", "django.middleware.common.CommonMiddleware",
              "django.middleware.csrf.CsrfViewMiddleware", "django.contrib.auth.middleware.AuthenticationMiddleware",
              "django.contrib.messages.middleware.MessageMiddleware"]
ROOT_URLCONF = "ex_urls"; AUTH_USER_MODEL = "nursery.StaffAccount"
TEMPLATES = [{"BACKEND": "django.template.backends.django.DjangoTemplates", "APP_DIRS": True, "OPTIONS": {"context_processors": [
    "django.template.context_processors.request", "django.contrib.auth.context_processors.auth", "django.contrib.messages.context_processors.messages"]}}]
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": "db.sqlite3"}}
STATIC_URL = "/static/"; DEFAULT_AUTO_FIELD = "django.db.models.AutoField"
EXPLORER_CONNECTIONS = {"Nursery": "default"}; EXPLORER_DEFAULT_CONNECTION = "default"
EXPLORER_ENABLE_ANONYMOUS_STATS = False; EXPLORER_SCHEMA_EXCLUDE_TABLE_PREFIXES = ("auth_", "contenttypes", "sessions", "admin", "django", "explorer", "staff_")
"""
EX_QUERIES = [  # title, description, sql (result headers are column names, no aliases)
    ("Lots sown this spring", "Seed lots sown since March, newest first",
     "SELECT lot_code, sown_on, trays, germination_rate FROM seed_lots WHERE sown_on >= '2026-03-01' ORDER BY sown_on DESC"),
    ("Species catalogue", "Every species we grow", "SELECT common_name, latin_name, family, hardiness_zone FROM plant_species ORDER BY family, common_name"),
    ("Greenhouses", "Houses and their floor area", "SELECT name, location, area_m2, heated FROM greenhouses ORDER BY name"),
    ("Big orders", "Sales of 40 plants or more", "SELECT sold_on, buyer_name, quantity, unit_price FROM plant_sales WHERE quantity >= 40 ORDER BY sold_on DESC"),
    ("Lots by house", "Which seed lot is in which greenhouse",
     "SELECT seed_lots.lot_code, greenhouses.name, seed_lots.sown_on, seed_lots.trays FROM seed_lots JOIN greenhouses ON greenhouses.id = seed_lots.greenhouse_id ORDER BY greenhouses.name"),
    ("Sales per species", "Each sale with its species",
     "SELECT plant_sales.sold_on, plant_species.common_name, plant_sales.quantity, plant_sales.buyer_name FROM plant_sales JOIN seed_lots ON seed_lots.id = plant_sales.seed_lot_id JOIN plant_species ON plant_species.id = seed_lots.species_id ORDER BY plant_sales.sold_on DESC"),
    ("Low germination", "Lots under 60 % germination",
     "SELECT lot_code, germination_rate, trays FROM seed_lots WHERE germination_rate < 60 ORDER BY germination_rate"),
    ("Recent buyers", "Buyers of the last 30 sales", "SELECT buyer_name, sold_on, quantity FROM plant_sales ORDER BY sold_on DESC LIMIT 30"),
]
EX_SEED = """import random, datetime as dt
from decimal import Decimal
from faker import Faker
from nursery.models import *
from explorer.models import Query, QueryLog, DatabaseConnection
fake = Faker(); Faker.seed(7373); random.seed(7373)
u = StaffAccount.objects.create_superuser("admin", "admin@nursery.test", "admin")
staff = [u] + [StaffAccount.objects.create_user(fake.user_name(), fake.email(), "x", is_staff=True) for _ in range(3)]
gh = [Greenhouse.objects.create(name=n, location=fake.street_name(), area_m2=random.randint(80, 900), heated=random.random() < .5)
      for n in ["North House", "South House", "Propagation Tunnel", "Cold Frame Row", "Glasshouse 5", "Polytunnel B"]]
fam = {"Tomato": ("Solanum lycopersicum", "Solanaceae"), "Pepper": ("Capsicum annuum", "Solanaceae"), "Basil": ("Ocimum basilicum", "Lamiaceae"),
       "Lavender": ("Lavandula angustifolia", "Lamiaceae"), "Marigold": ("Tagetes erecta", "Asteraceae"), "Sunflower": ("Helianthus annuus", "Asteraceae"),
       "Lettuce": ("Lactuca sativa", "Asteraceae"), "Kale": ("Brassica oleracea", "Brassicaceae"), "Sweet pea": ("Lathyrus odoratus", "Fabaceae"),
       "Foxglove": ("Digitalis purpurea", "Plantaginaceae"), "Cosmos": ("Cosmos bipinnatus", "Asteraceae"), "Thyme": ("Thymus vulgaris", "Lamiaceae")}
sp = [PlantSpecies.objects.create(common_name=k, latin_name=v[0], family=v[1], hardiness_zone=random.randint(3, 10)) for k, v in fam.items()]
lots = [SeedLot.objects.create(lot_code=f"L{26000 + i}", species=random.choice(sp), greenhouse=random.choice(gh),
        sown_on=dt.date(2026, 1, 10) + dt.timedelta(days=random.randint(0, 150)), trays=random.randint(2, 40),
        germination_rate=Decimal(random.randint(4000, 9800)) / 100) for i in range(40)]
for _ in range(90):
    PlantSale.objects.create(seed_lot=random.choice(lots), sold_on=dt.date(2026, 4, 1) + dt.timedelta(days=random.randint(0, 120)),
                             quantity=random.randint(1, 80), unit_price=Decimal(random.randint(150, 1200)) / 100, buyer_name=fake.name())
conn = DatabaseConnection.objects.first()  # explorer's migration makes one for the 'default' alias
for i, (title, desc, sql) in enumerate(QUERIES):
    q = Query.objects.create(title=title, description=desc, sql=sql, created_by_user=random.choice(staff), database_connection=conn)
    for _ in range(random.randint(1, 4)):
        QueryLog.objects.create(sql=sql, query=q, run_by_user=random.choice(staff), duration=random.uniform(0.4, 30), database_connection=conn)
print("seeded")
"""


def explorer_site() -> Path:
    root = WORK / "explorer_site"
    if (root / "seeded").exists(): return root
    (root / "nursery").mkdir(parents=True, exist_ok=True)
    (root / "nursery" / "__init__.py").write_text(""); (root / "nursery" / "models.py").write_text(EX_MODELS)
    (root / "ex_settings.py").write_text(EX_SETTINGS)
    (root / "ex_urls.py").write_text("from django.contrib import admin\nfrom django.urls import path, include\n"
                                     "urlpatterns = [path('admin/', admin.site.urls), path('explorer/', include('explorer.urls'))]\n")
    return C.migrate_and_seed(root, ["nursery"], f"QUERIES = {EX_QUERIES!r}\n" + EX_SEED, settings="ex_settings")


NURSERY = ["greenhouses", "plant_species", "seed_lots", "plant_sales"]


def result_scopes(sql: str) -> list:
    "The result table's header texts (column names), each given to the first table of the query's FROM/JOINs that has it."
    tables = [t for t in NURSERY if f" {t} " in f" {sql} " or f" {t}." in sql or sql.endswith(t)]
    def scope(t):
        def names(page):
            hs = page.evaluate("() => Array.from(document.querySelectorAll('#preview table thead th, .preview table thead th, table thead th')).map(e => e.innerText.trim().split('\\\\n')[0])")
            return [h for h in dict.fromkeys(hs) if h and T_COLS[t].get(h) and next(u for u in tables if T_COLS[u].get(h)) == t]
        return (t, "", names)
    return [scope(t) for t in tables]


T_COLS: dict = {}


def collect_explorer(sh: C.Shooter):
    root = explorer_site(); db = root / "db.sqlite3"
    for t in NURSERY + ["explorer_query", "explorer_querylog"]: T_COLS[t] = C.db_table(db, t)["cols"]
    port = C.free_port()
    p = C.serve([PY, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload"], port, root, None, "explorer.log")
    base = f"http://127.0.0.1:{port}"
    try:
        src = {"name": "sql-explorer", "package": f"django-sql-explorer@{version('django-sql-explorer')} (Django@{version('Django')})", "base": base,
               "db": db, "login": C.django_login(base), "group": "train", "ignore": {""},
               "display": {"staff_accounts": ["username"], "explorer_query": ["title"], "explorer_databaseconnection": ["alias"], "greenhouses": ["name"], "plant_species": ["common_name"], "seed_lots": ["lot_code"]},
               "aliases": {"Query": "title", "Created": "created_at", "Created By": "created_by_user_id", "Run By": "run_by_user_id", "Run At": "run_at",
                           "Duration": "duration", "SQL": "sql", "Last Run": "last_run_date",
                           "Connection": "database_connection_id", "Database Connection": "database_connection_id", "Query ID": "query_id"}}
        ids = [r[0] for r in q(db, "SELECT id FROM explorer_query ORDER BY id")]
        sqls = [r[0] for r in q(db, "SELECT sql FROM explorer_query ORDER BY id")]
        hdr = lambda t: (t, "", lambda page: [h for h in headers(page) if h])
        # the query list: "All Queries" (the last table; Created prints "<created_at> by <user>") and, above it, "Recently Run by
        # You" (the user's query logs: the query's title and the log's run time)
        last_th = lambda page: page.evaluate("() => { const t = Array.from(document.querySelectorAll('table')).pop(); return Array.from(t.querySelectorAll('thead th')).map(e => e.innerText.trim()); }")
        recent = lambda page: ["run_at", "query_id"] if page.locator("text=Recently Run by You").count() else []
        qlist = {"scopes": [("explorer_query", "", last_th), ("explorer_querylog", "", recent)], "extra": {"explorer_query": ["created_by_user_id"]},
                 "check": ("table tbody tr", 5)}
        pg = [{"path": "/explorer/", "kind": "list", "width": 1440, **qlist}, {"path": "/explorer/", "kind": "list", "width": 1920, **qlist},
              {"path": "/explorer/logs/", "kind": "list", "width": 1280, "scopes": [hdr("explorer_querylog")], "check": ("table tbody tr", 5)},
              {"path": "/explorer/logs/", "kind": "list", "width": 1920, "scopes": [hdr("explorer_querylog")], "check": ("table tbody tr", 5)}]
        for i, w in zip(range(len(ids)), [1440, 1920, 1280, 1440, 1920, 1280, 1440, 1920]):
            pg.append({"path": f"/explorer/{ids[i]}/", "kind": "master_detail", "width": w, "check": ("table thead th", 2),
                       "scopes": [("explorer_query", "", C.main_inputs)] + result_scopes(sqls[i]),
                       "extra": {"explorer_query": ["created_by_user_id", "created_at"]}})  # "Query created by <user> on <date>"
        # the playground, opened from a log (it runs the log's SQL): its form is a new log's SQL and connection, then the result
        for qi, w in [(4, 1440), (1, 1920)]:
            log = q(db, "SELECT id FROM explorer_querylog WHERE query_id = ? ORDER BY id LIMIT 1", ids[qi])[0][0]
            pg.append({"path": f"/explorer/play/?querylog_id={log}", "kind": "form", "width": w, "check": ("table thead th", 2),
                       "scopes": [("explorer_querylog", "", C.main_inputs)] + result_scopes(sqls[qi])})
        pg.append({"path": "/explorer/new/", "kind": "form", "width": 1440, "check": ("input[name=title]", 1), "scopes": [("explorer_query", "", C.main_inputs)]})
        for i, pgs in enumerate(pg):
            spec = {"theme": "light", **pgs, "before": T.needs(*pgs["check"])}
            # the log list prints a log's query as "Query <id>": there the query table's display column is its id only
            page_src = {**src, "display": {**src["display"], "explorer_query": []}} if pgs["path"].startswith("/explorer/logs/") else src
            T.try_shoot(sh, page_src, spec, i, f"sql-explorer {pgs['path']}")
    finally:
        p.terminate(); p.wait()


COLLECTORS = {"mlflow": collect_mlflow, "sql-explorer": collect_explorer}


def main(argv=None):
    C.run_collectors(COLLECTORS, argv, __doc__.splitlines()[0])


if __name__ == "__main__":
    main()
