"""Set R: real admin skins, many schemas. Thirteen small databases written for this set (new domains: no table name is
shared with the validation labels or the other real sets) are served by three training-only Django admin skins
(django-daisy, django-semantic-admin, django-admin-kubi), each skin with its own random choice of the columns a list
shows, the fields a form shows, filters and inlines. Pages are screenshotted and labelled with the exact rule of
bench/real_ui/collect.py (its helpers are imported, not copied): the page's DOM names, typed and keyed by the app's own
SQLite schema. The real skins' look with the generator's variety of schemas, labelled exactly.

Training-only: pages of these skins never select or judge a model that trained on this set (CARD_r.md).
Run with the training collectors' venv (CARD.md, "collect_train.py"):
    nice -n 10 /work/tmp/T/venv/bin/python bench/real_train/collect_random.py [--only SOURCE ...]
"""
from __future__ import annotations

import os, random, re, sys
from importlib.metadata import version
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import collect_train as T  # noqa: E402  (its skins' settings, CDN copies and hooks)

C = T.C  # the validation set's collector: its helpers, never its sources
OUT = HERE / "data_r"
WORK = Path(os.environ.get("REAL_TRAIN_R_WORK", "/work/tmp/R"))
C.OUT, C.WORK = OUT, WORK  # shoot() writes here; django_pages() reads WORK/django_site/db.sqlite3
PY = sys.executable

# ---------------------------------------------------------------- the databases: `table: field kind[:arg][!]; …`, referenced tables first
# kinds: name first last company title code email phone city country url text bool date datetime; word:a,b (free text from
# a list); status:a,b (choices); int:lo-hi; money:lo-hi; decimal:lo-hi; fk:table. `!` = required.
DOMAINS = {
 "parking": """garages: name company!; city city!; levels int:1-9!; opened_on date
parking_spots: garage fk:garages!; code code!; level int:0-8!; covered bool!; hourly_rate money:1-9!
permits: spot fk:parking_spots!; holder_name name!; plate code!; valid_from date!; valid_until date!; paid bool!
citations: spot fk:parking_spots; plate code!; issued_at datetime!; fine money:20-150!; status status:open,paid,appealed!""",
 "shipping": """carriers: name company!; country country!; phone phone; api_url url
shipments: carrier fk:carriers!; reference code!; shipped_on date!; weight_kg decimal:1-900!; insured bool!; status status:created,in_transit,delivered,lost!
parcels: shipment fk:shipments!; barcode code!; length_cm int:5-200!; fragile bool!; contents word:Books,Clothes,Spare parts,Glassware,Electronics
tracking_events: parcel fk:parcels!; happened_at datetime!; location city!; note text""",
 "farm": """farms: name company!; owner_name name!; region city!; hectares decimal:5-900!
paddocks: farm fk:farms!; label code!; area_ha decimal:1-80!; irrigated bool!; soil word:Clay,Loam,Sand,Silt
crop_plantings: paddock fk:paddocks!; crop word:Wheat,Barley,Canola,Oats,Lentils!; sown_on date!; expected_yield_t decimal:1-400; organic bool!
tractors: farm fk:farms!; make word:John Deere,Kubota,Fendt,Claas!; serial_no code!; engine_hours int:10-9000!; last_service date""",
 "insurance": """adjusters: first_name first!; last_name last!; email email!; region city
policyholders: full_name name!; email email!; phone phone; date_of_birth date!; country country
policies: holder fk:policyholders!; policy_no code!; product word:Home,Motor,Travel,Pet,Life!; premium money:90-4000!; starts_on date!; active bool!
claims: policy fk:policies!; adjuster fk:adjusters; filed_on date!; amount money:100-90000!; status status:filed,assessing,approved,declined!; description text""",
 "music": """instruments: name word:Piano,Violin,Cello,Flute,Guitar,Drums,Clarinet!; family word:Strings,Woodwind,Keys,Percussion!; rentable bool!
tutors: full_name name!; email email!; instrument fk:instruments!; hourly_fee money:25-90!; joined_on date
lessons: tutor fk:tutors!; pupil_name name!; starts_at datetime!; minutes int:30-90!; paid bool!
recitals: title title!; venue_name company!; held_on date!; tickets_sold int:0-400""",
 "cinema": """cinemas: name company!; city city!; screens int:1-16!; phone phone
films: title title!; director name!; release_year int:1960-2026!; runtime_min int:80-190!; rating word:U,PG,12A,15,18
screenings: cinema fk:cinemas!; film fk:films!; starts_at datetime!; screen_no int:1-16!; price money:6-18!; subtitled bool!
seat_reservations: screening fk:screenings!; customer_name name!; seat code!; reserved_at datetime!; checked_in bool!""",
 "lab": """laboratories: name company!; city city!; accredited bool!; phone phone
technicians: first_name first!; last_name last!; laboratory fk:laboratories!; email email; hired_on date
samples: laboratory fk:laboratories!; sample_code code!; collected_at datetime!; matrix word:Water,Soil,Air,Food,Blood!; priority status:routine,urgent,stat!
assays: sample fk:samples!; technician fk:technicians; method word:HPLC,GC-MS,PCR,ICP-MS,ELISA!; result_value decimal:0-500; completed_on date; passed bool""",
 "charity": """campaigns: title title!; goal money:1000-500000!; starts_on date!; ends_on date; active bool!
donors: full_name name!; email email!; city city; newsletter bool!
donations: donor fk:donors!; campaign fk:campaigns!; amount money:5-5000!; donated_at datetime!; gift_aid bool!; channel status:online,cheque,cash,bank!
volunteers: first_name first!; last_name last!; phone phone; campaign fk:campaigns; hours_pledged int:1-120""",
 "utility": """service_areas: name city!; manager_name name!; households int:200-90000!
water_meters: service_area fk:service_areas!; serial code!; installed_on date!; smart bool!; address_line company
meter_readings: meter fk:water_meters!; read_at datetime!; cubic_metres decimal:0-900!; estimated bool!
outages: service_area fk:service_areas!; started_at datetime!; cause word:Burst main,Planned works,Power failure,Contamination!; customers_affected int:10-9000; resolved bool!""",
 "conference": """conference_tracks: name word:Data,Security,Frontend,Cloud,Leadership!; room_label code!; capacity int:40-900!
presenters: full_name name!; company company; email email!; country country; bio text
presentations: track fk:conference_tracks!; presenter fk:presenters!; title title!; starts_at datetime!; minutes int:15-60!; recorded bool!
sponsors: name company!; tier status:gold,silver,bronze!; contact_email email!; pledged money:1000-90000!""",
 "gym": """coaches: first_name first!; last_name last!; speciality word:Strength,Yoga,Boxing,Pilates,Rowing!; phone phone
athletes: full_name name!; email email!; date_of_birth date; joined_on date!; coach fk:coaches
training_sessions: coach fk:coaches!; kind word:HIIT,Spin,Yoga,Boxing,Circuits!; starts_at datetime!; capacity int:6-40!; cancelled bool!
memberships: athlete fk:athletes!; plan status:monthly,annual,student,off_peak!; fee money:15-900!; starts_on date!; auto_renew bool!""",
 "brewery": """beer_styles: name word:IPA,Stout,Pilsner,Saison,Porter,Lager!; origin country; ibu int:5-100
brews: style fk:beer_styles!; batch_code code!; brewed_on date!; volume_l int:100-5000!; abv decimal:3-11!
kegs: brew fk:brews!; keg_no code!; size_l int:20-50!; filled_on date!; returned bool!
taprooms: name company!; city city!; seats int:20-200!; opens_at word:12:00,15:00,16:00,17:00""",
 "museum": """curators: first_name first!; last_name last!; department word:Modern,Antiquities,Textiles,Photography!; email email!
exhibitions: curator fk:curators!; title title!; opens_on date!; closes_on date!; visitors int:0-90000; free_entry bool!
artworks: title title!; artist name!; year_made int:1400-2025!; medium word:Oil on canvas,Bronze,Marble,Photograph,Ink!; insured_value money:1000-900000; exhibition fk:exhibitions
conservation_reports: artwork fk:artworks!; curator fk:curators; inspected_on date!; condition status:excellent,good,fair,poor!; notes text""",
}
SKINS = ["django-daisy", "django-semantic-admin", "django-admin-kubi"]  # collect_train's skins (settings, CDN copies)


def parse_domain(text: str) -> list[tuple[str, list[tuple[str, str, str, bool]]]]:
    "`table: field kind[:arg][!]; …` lines → [(table, [(field, kind, arg, required)])]."
    out = []
    for line in text.strip().splitlines():
        table, rest = line.split(":", 1)
        fields = []
        for part in filter(None, (p.strip() for p in rest.split(";"))):
            name, spec = part.split(maxsplit=1)
            req = spec.endswith("!")
            kind, _, arg = spec.rstrip("!").partition(":")
            fields.append((name, kind, arg, req))
        out.append((table.strip(), fields))
    return out


def singular(table: str) -> str:
    "The singular of a table name, by its last word (`parking_spots` → `parking_spot`, `policies` → `policy`). This venv has "
    "no ghost_architect, so not `schema._singular`; the names of DOMAINS are regular."
    *head, last = table.split("_")
    for pattern, repl in ((r"ies$", "y"), (r"(ss|sh|ch|x)es$", r"\1"), (r"s$", "")):
        if re.search(pattern, last): last = re.sub(pattern, repl, last); break
    return "_".join(head + [last])


def model_name(table: str) -> str: return "".join(p.capitalize() for p in singular(table).split("_"))


def display_of(fields) -> list[str]:
    "The field(s) a record is shown by when another table refers to it (`__str__`)."
    by = {k: n for n, k, _, _ in reversed(fields)}
    for k in ("name", "title", "company"):
        if k in by: return [by[k]]
    if "first" in by: return [by["first"]] + ([by["last"]] if "last" in by else [])
    return next(([n] for n, k, _, _ in fields if k in ("code", "word", "city")), ["id"])  # else its number


FIELD = {"name": "models.CharField(max_length=120{o})", "first": "models.CharField(max_length=60{o})", "last": "models.CharField(max_length=60{o})",
         "company": "models.CharField(max_length=160{o})", "title": "models.CharField(max_length=200{o})", "code": "models.CharField(max_length=32{o})",
         "email": "models.EmailField({o0})", "phone": "models.CharField(max_length=32{o})", "city": "models.CharField(max_length=80{o})",
         "country": "models.CharField(max_length=60{o})", "url": "models.URLField({o0})", "text": "models.TextField({o0})",
         "bool": "models.BooleanField(default=False)", "date": "models.DateField({o0})", "datetime": "models.DateTimeField({o0})",
         "word": "models.CharField(max_length=40{o})", "int": "models.IntegerField({o0})", "money": "models.DecimalField(max_digits=12, decimal_places=2{o})",
         "decimal": "models.FloatField({o0})"}


def models_source(domain: str) -> str:
    "models.py of one domain: a model per table, `db_table` its name, `__str__` its display field(s)."
    out = []
    for table, fields in parse_domain(DOMAINS[domain]):
        lines = [f"class {model_name(table)}(models.Model):"]
        for name, kind, arg, req in fields:
            o = "" if req else ", null=True, blank=True"
            if kind == "fk": lines.append(f"    {name} = models.ForeignKey({model_name(arg)!r}, on_delete=models.CASCADE{o})")
            elif kind == "status":
                ch = [(c, c.replace('_', ' ').capitalize()) for c in arg.split(",")]
                lines.append(f"    {name} = models.CharField(max_length=20, choices={ch!r}{o})")
            else: lines.append(f"    {name} = " + FIELD[kind].format(o=o, o0=o[2:]))
        plural = "" if table.endswith("s") and not table.endswith("ies") else f'; verbose_name_plural = "{table.replace("_", " ")}"'  # Django adds an "s"
        lines.append(f'    class Meta: db_table = "{table}"' + plural)
        disp = display_of(fields)
        lines.append(f"    def __str__(self): return " + " + ' ' + ".join(f"str(self.{d})" for d in disp))
        out.append("\n".join(lines))
    return "\n".join(out) + "\n"


def admin_config(domain: str, skin: str) -> list[tuple]:
    "One skin's admin of a domain, drawn at random (seeded by skin and domain): per model the list's columns (3–7, in "
    "model order), filters, search, the form's fields (all, or a subset) and at most one inline child."
    rng = random.Random(f"{skin}/{domain}")
    tables = parse_domain(DOMAINS[domain])
    out = []
    for table, fields in tables:
        names = [n for n, *_ in fields]
        k = rng.randint(min(3, len(names)), min(7, len(names)))
        shown = [n for n in names if n in set(rng.sample(names, k))]
        filt = [n for n, kind, _, _ in fields if kind in ("bool", "status", "fk") and rng.random() < 0.4][:2]
        search = [n for n, kind, _, _ in fields if kind in ("name", "title", "company", "code")][:1]
        form = None if rng.random() < 0.5 else [n for n in names if n in set(rng.sample(names, rng.randint(min(3, len(names)), len(names))))]
        children = [(t, fs) for t, fs in tables if any(k == "fk" and a == table for _, k, a, _ in fs)]
        inline = None
        if children and rng.random() < 0.6:
            ct, cfs = rng.choice(children)
            cn = [n for n, k, a, _ in cfs if not (k == "fk" and a == table)]
            inline = (model_name(ct), [n for n in cn if n in set(rng.sample(cn, rng.randint(min(2, len(cn)), min(4, len(cn)))))])
        out.append((model_name(table), shown, filt, search, inline, form))
    return out


def admin_source(domain: str) -> str:
    "admin.py of one domain: the ModelAdmins of the skin the server runs (SKIN)."
    body = ["from django.contrib import admin\nfrom . import models as m\nimport os\nSKIN = os.environ.get('SKIN')\n"]
    for skin in SKINS:
        body.append(f"if SKIN == {skin!r}:")
        for model, ld, lf, se, inline, form in admin_config(domain, skin):
            inl = ""
            if inline:
                body.append(f"    class {model}{inline[0]}Inline(admin.TabularInline):\n        model = m.{inline[0]}\n        fields = {inline[1]!r}\n        extra = 0")
                inl = f"\n        inlines = [{model}{inline[0]}Inline]"
            fl = f"\n        fields = {form!r}" if form else ""
            body.append(f"    @admin.register(m.{model})\n    class {model}Admin(admin.ModelAdmin):\n        list_display = {ld!r}\n"
                        f"        list_filter = {lf!r}\n        search_fields = {se!r}\n        list_per_page = 25{inl}{fl}")
    return "\n".join(body) + "\n"


SEED = r'''
import random, datetime as dt
from decimal import Decimal
from faker import Faker
from django.apps import apps
from django.contrib.auth.models import User
f = Faker(["en_GB", "en_US"]); Faker.seed(77); random.seed(77)
if not User.objects.filter(username="admin").exists(): User.objects.create_superuser("admin", "admin@example.org", "admin")
DOMAINS = {domains!r}
def value(kind, arg, made):
    lo, hi = (float(x) for x in arg.split("-")) if kind in ("int", "money", "decimal") else (0, 0)
    if kind == "fk": return random.choice(made[arg])
    if kind == "name": return f.name()
    if kind == "first": return f.first_name()
    if kind == "last": return f.last_name()
    if kind == "company": return f.company()[:160]
    if kind == "title": return f.sentence(nb_words=random.randint(2, 5)).rstrip(".")
    if kind == "code": return f"{{f.random_uppercase_letter()}}{{f.random_uppercase_letter()}}-{{random.randint(1000, 99999)}}"
    if kind == "email": return f.email()
    if kind == "phone": return f.phone_number()[:32]
    if kind == "city": return f.city()
    if kind == "country": return f.country()[:60]
    if kind == "url": return f.url()
    if kind == "text": return f.sentence(nb_words=random.randint(6, 14))
    if kind == "bool": return random.random() < .5
    if kind == "date": return dt.date(2025, 6, 1) + dt.timedelta(days=random.randint(-900, 120))
    if kind == "datetime": return dt.datetime(2025, 6, 1, 8) + dt.timedelta(days=random.randint(-120, 60), minutes=15 * random.randint(0, 48))
    if kind in ("word", "status"): return random.choice(arg.split(","))
    if kind == "int": return random.randint(int(lo), int(hi))
    if kind == "money": return Decimal(random.randint(int(lo * 100), int(hi * 100))) / 100
    if kind == "decimal": return round(random.uniform(lo, hi), 1)
    raise ValueError(kind)
for app, tables in DOMAINS.items():
    made = {{}}
    for table, model, fields in tables:
        M = apps.get_model(app, model)
        if M.objects.exists(): made[table] = list(M.objects.all()); continue
        made[table] = [M.objects.create(**{{n: value(k, a, made) for n, k, a, req in fields if req or random.random() < .8}})
                       for _ in range(random.randint(18, 45))]
'''


def django_project() -> Path:
    "Write the project (a Django app per domain), migrate for every skin and seed it once; returns its folder."
    root = WORK / "django_site"
    root.mkdir(parents=True, exist_ok=True)
    pre = {s: v[2] for s, v in T.SKINS.items()}; post = {s: v[3] for s, v in T.SKINS.items()}
    (root / "site_settings.py").write_text(T.SETTINGS.format(pre=pre, post=post, apps=list(DOMAINS)))
    (root / "site_urls.py").write_text("from django.contrib import admin\nfrom django.urls import path\nurlpatterns = [path('admin/', admin.site.urls)]\n")
    for d in DOMAINS:
        (root / d).mkdir(exist_ok=True); (root / d / "__init__.py").write_text("")
        (root / d / "models.py").write_text("from django.db import models\n" + models_source(d))
        (root / d / "admin.py").write_text(admin_source(d))
    if (root / "db.sqlite3").exists() and (root / "seeded").exists(): return root
    spec = {d: [(t, model_name(t), fs) for t, fs in parse_domain(DOMAINS[d])] for d in DOMAINS}
    return C.migrate_and_seed(root, list(DOMAINS), SEED.format(domains=spec), [{"SKIN": skin} for skin in SKINS])


def collect_skin(sh: C.Shooter, skin: str):
    "Every model's list page, two change forms, an add form and each inline master-detail page of every domain, in one skin."
    package, _, _, _, themes = T.SKINS[skin]
    root = django_project()
    for d in DOMAINS:  # django_pages() looks the models and inlines up here: this skin's draw
        C.DJ_APPS[d] = models_source(d)
        C.DJ_ADMIN[d] = [(mo, ld, lf, se, inl) for mo, ld, lf, se, inl, _ in admin_config(d, skin)]
    port = C.free_port()
    p = C.serve([PY, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload", "--insecure"], port, root, {"SKIN": skin}, f"{skin}.log")
    base = f"http://127.0.0.1:{port}"
    name = f"random-{skin}"
    try:
        src = {"name": name, "package": f"{package}@{version(package)}", "base": base, "db": root / "db.sqlite3",
               "login": T.with_cdn(C.django_login(base)), "group": "train", "ignore": {"action_checkbox", "", "Action"},
               "display": {t: display_of(fs) for d in DOMAINS for t, fs in parse_domain(DOMAINS[d])}}
        pages = []
        for k, d in enumerate(DOMAINS):
            widths = [1440, 1280, 1920, 1600][k % 4:] + [1440, 1280, 1920, 1600][:k % 4]
            pages += C.django_pages(d, themes[k % len(themes):] + themes[:k % len(themes)], widths)
        for pg in pages:
            pg["scopes"] = [(t, s, C.django_inline if a == "INLINE" else a) for t, s, a in pg["scopes"]]
        pages = T.adapt(skin, pages)
        for i, pg in enumerate(pages):
            T.try_shoot(sh, src, pg, i, f"{name} {pg['path']}")
    finally:
        p.terminate(); p.wait()


COLLECTORS = {f"random-{s}": (lambda s: (lambda sh: collect_skin(sh, s)))(s) for s in SKINS}


def main(argv=None):
    C.run_collectors(COLLECTORS, argv, __doc__.splitlines()[0], check=T.missing_npm)


if __name__ == "__main__":
    main()
