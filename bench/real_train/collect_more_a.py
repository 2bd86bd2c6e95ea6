"""Two more REAL training-only sources: a calendar (FullCalendar 6, npm `fullcalendar`, on a sailing club's boat
reservations app of ours, Django + SQLite) and an issue tracker (Roundup, its `classic` template, sqlite backend), run on
127.0.0.1 with Faker data and labelled with the exact rule of bench/real_ui/collect.py (its helpers, and
collect_train.py's error-page guard, are imported, not copied). Writes bench/real_train/data_a (see CARD_a.md).

Training-only sources: no quality claim is made on them (CARD.md says how they are used). Run with a separate venv (see CARD_a.md):
    python bench/real_train/collect_more_a.py [--only SOURCE ...]
"""
from __future__ import annotations

import json, os, re, sqlite3, sys
from importlib.metadata import version
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "real_ui")); sys.path.insert(0, str(HERE))
import collect as C  # noqa: E402  (the validation set's collector: its helpers, never its sources)
import collect_train as T  # noqa: E402  (guarded(): refuse error pages)

OUT = Path(os.environ.get("REAL_A_OUT", HERE / "data_a"))  # another folder for a trial run
WORK = Path(os.environ.get("REAL_A_WORK", "/work/tmp/A"))
PY = sys.executable
C.OUT, C.WORK = OUT, WORK
FC_VERSION = "6.1.21"
FC_DIR = WORK / "npm" / f"fullcalendar-{FC_VERSION}" / "package"  # `npm pack fullcalendar@6`, unpacked (see CARD_a.md)


# ================================================================ 1. FullCalendar: a sailing club's boat reservations
BOATS = "boats"; SKIPPERS = "skippers"; RES = "boat_reservations"
MODELS = f'''from django.db import models
class Boat(models.Model):
    name = models.CharField(max_length=60)
    boat_class = models.CharField(max_length=30, choices=[(c, c) for c in ["Laser", "RS200", "Wayfarer", "Topper", "J/24", "Sonata"]])
    sail_number = models.CharField(max_length=10)
    berths = models.PositiveSmallIntegerField()
    colour = models.CharField(max_length=7)
    class Meta: db_table = "{BOATS}"
    def __str__(self): return self.name
class Skipper(models.Model):
    full_name = models.CharField(max_length=120)
    member_no = models.CharField(max_length=12)
    email = models.EmailField()
    qualification = models.CharField(max_length=40, choices=[(c, c) for c in ["RYA Level 2", "Dinghy Instructor", "Day Skipper", "Coastal Skipper", "Yachtmaster"]])
    class Meta: db_table = "{SKIPPERS}"
    def __str__(self): return self.full_name
class BoatReservation(models.Model):
    boat = models.ForeignKey(Boat, on_delete=models.CASCADE, related_name="reservations")
    skipper = models.ForeignKey(Skipper, on_delete=models.CASCADE, related_name="reservations")
    starts_at = models.DateTimeField()
    ends_at = models.DateTimeField()
    purpose = models.CharField(max_length=30, choices=[(c, c) for c in ["Club race", "Race training", "Cruise", "Lesson", "Maintenance sail", "Taster session"]])
    crew_count = models.PositiveSmallIntegerField()
    notes = models.TextField(blank=True)
    class Meta: db_table = "{RES}"
    def title(self): return f"{{self.boat.name}}: {{self.skipper.full_name}}"
'''
VIEWS = '''import datetime as dt
from django import forms
from django.http import JsonResponse
from django.shortcuts import render, get_object_or_404, redirect
from django.utils.dateparse import parse_datetime, parse_date
from .models import BoatReservation
class ReservationForm(forms.ModelForm):
    class Meta:
        model = BoatReservation; fields = ["boat", "skipper", "starts_at", "ends_at", "purpose", "crew_count", "notes"]
        widgets = {"starts_at": forms.DateTimeInput(attrs={"type": "datetime-local"}), "ends_at": forms.DateTimeInput(attrs={"type": "datetime-local"}),
                   "notes": forms.Textarea(attrs={"rows": 4})}
VIEWS = ["dayGridMonth", "timeGridWeek", "timeGridDay", "listWeek"]
def calendar(request):
    view = request.GET.get("view", "dayGridMonth"); view = view if view in VIEWS else "dayGridMonth"
    return render(request, "calendar.html", {"view": view, "date": request.GET.get("date", "2026-06-01")})
def feed(request):
    "FullCalendar's JSON event source: the reservations between ?start and ?end."
    start, end = ((parse_datetime(request.GET[k]) or dt.datetime.combine(parse_date(request.GET[k][:10]), dt.time())).replace(tzinfo=None) for k in ("start", "end"))
    qs = BoatReservation.objects.select_related("boat", "skipper").filter(starts_at__lt=end, ends_at__gt=start).order_by("starts_at")
    return JsonResponse([{"id": r.id, "title": r.title(), "start": r.starts_at.isoformat(), "end": r.ends_at.isoformat(),
                          "url": f"/reservations/{r.id}/", "color": r.boat.colour} for r in qs], safe=False)
def detail(request, pk):
    r = get_object_or_404(BoatReservation.objects.select_related("boat", "skipper"), pk=pk)
    return render(request, "detail.html", {"r": r})
def create(request):
    form = ReservationForm(request.POST or None, initial=request.GET.dict())  # ?boat=&starts_at=: a click on the calendar
    if request.method == "POST" and form.is_valid(): return redirect(f"/reservations/{form.save().id}/")
    return render(request, "form.html", {"form": form})
'''
URLS = '''from django.urls import path
from django.views.static import serve
from sailing import views
urlpatterns = [path("", views.calendar), path("calendar/", views.calendar), path("api/reservations/", views.feed),
               path("reservations/new/", views.create), path("reservations/<int:pk>/", views.detail),
               path("vendor/fullcalendar/<path:path>", serve, {"document_root": FC_DIR})]
'''
SETTINGS = '''import os
SECRET_KEY = "real-train-a"; DEBUG = False; ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
INSTALLED_APPS = ["django.contrib.contenttypes", "django.contrib.staticfiles", "sailing"]
MIDDLEWARE = ["django.middleware.common.CommonMiddleware", "django.middleware.csrf.CsrfViewMiddleware"]
ROOT_URLCONF = "site_urls"
TEMPLATES = [{"BACKEND": "django.template.backends.django.DjangoTemplates", "DIRS": [os.path.join(os.path.dirname(__file__), "templates")],
    "APP_DIRS": False, "OPTIONS": {"context_processors": ["django.template.context_processors.request"]}}]
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": os.path.join(os.path.dirname(__file__), "db.sqlite3")}}
STATIC_URL = "/static/"; USE_TZ = False; TIME_ZONE = "UTC"; DEFAULT_AUTO_FIELD = "django.db.models.AutoField"
'''
BASE = '''<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{% block title %}Bookings{% endblock %} · Harbour Lane Sailing Club</title>
<meta name="color-scheme" content="light dark">
<style>
:root { --bg: #f6f8fa; --card: #ffffff; --ink: #1d2a35; --muted: #5c6b78; --line: #d9e1e8; --accent: #0b6e99; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #0f1720; --card: #17222d; --ink: #e3ebf2; --muted: #9aabb9; --line: #2b3a48; --accent: #4fb3e0;
          --fc-page-bg-color: #17222d; --fc-neutral-bg-color: #1f2d3a; --fc-border-color: #2b3a48; --fc-today-bg-color: rgba(79, 179, 224, .12);
          --fc-list-event-hover-bg-color: #1f2d3a; --fc-button-bg-color: #24384a; --fc-button-border-color: #24384a;
          --fc-button-active-bg-color: #0b6e99; --fc-button-active-border-color: #0b6e99; --fc-neutral-text-color: #9aabb9; }
}
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; background: var(--bg); color: var(--ink); }
header.top { display: flex; align-items: center; gap: 28px; padding: 12px 32px; background: var(--accent); color: #fff; }
header.top .brand { font-weight: 700; font-size: 19px; color: #fff; text-decoration: none; }
header.top nav a { color: #e9f6fc; text-decoration: none; margin-right: 18px; }
header.top .who { margin-left: auto; opacity: .85; }
main { max-width: 1500px; margin: 24px auto; padding: 0 32px; }
.card { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 20px 24px; }
h1 { font-size: 22px; margin: 0 0 16px; }
a { color: var(--accent); }
dl { display: grid; grid-template-columns: 180px 1fr; gap: 10px 20px; margin: 0; }
dt { color: var(--muted); font-weight: 600; } dd { margin: 0; }
form p { margin: 0 0 14px; } form label { display: block; font-weight: 600; margin-bottom: 4px; }
form input, form select, form textarea { width: 100%; max-width: 520px; padding: 8px; border: 1px solid var(--line); border-radius: 5px; background: var(--card); color: var(--ink); font: inherit; }
button { background: var(--accent); color: #fff; border: 0; border-radius: 5px; padding: 9px 18px; font: inherit; cursor: pointer; }
.fc .fc-toolbar-title { font-size: 21px; }
h2 { font-size: 17px; margin: 26px 0 10px; } .cols { display: grid; grid-template-columns: 1fr 1fr; gap: 32px; }
</style>{% block head %}{% endblock %}</head>
<body><header class="top"><a class="brand" href="/calendar/">Harbour Lane Sailing Club</a>
<nav><a href="/calendar/">Boat calendar</a><a href="/calendar/?view=listWeek">This week</a><a href="/reservations/new/">Book a boat</a></nav>
<span class="who">Bosun's desk</span></header>
<main>{% block main %}{% endblock %}</main></body></html>
'''
CALENDAR = '''{% extends "base.html" %}{% block title %}Boat calendar{% endblock %}
{% block head %}<script src="/vendor/fullcalendar/index.global.min.js"></script>
<script>
document.addEventListener("DOMContentLoaded", function () {
  var cal = new FullCalendar.Calendar(document.getElementById("calendar"), {
    initialView: "{{ view }}", initialDate: "{{ date }}", height: "auto", firstDay: 1, nowIndicator: false,
    dayMaxEvents: false, slotMinTime: "07:00:00", slotMaxTime: "21:00:00", allDaySlot: false,
    headerToolbar: { left: "prev,next today", center: "title", right: "dayGridMonth,timeGridWeek,timeGridDay,listWeek" },
    buttonText: { today: "Today", month: "Month", week: "Week", day: "Day", list: "List" },
    eventTimeFormat: { hour: "2-digit", minute: "2-digit", hour12: false },
    events: "/api/reservations/"
  });
  cal.render();
});
</script>{% endblock %}
{% block main %}<div class="card"><h1>Boat calendar</h1><div id="calendar"></div></div>{% endblock %}
'''
DETAIL = '''{% extends "base.html" %}{% block title %}Reservation #{{ r.id }}{% endblock %}
{% block main %}<div class="card"><h1>Reservation #{{ r.id }}</h1>
<dl id="booking"><dt>Boat</dt><dd>{{ r.boat.name }}</dd><dt>Skipper</dt><dd>{{ r.skipper.full_name }}</dd>
<dt>Starts at</dt><dd>{{ r.starts_at|date:"D j M Y, H:i" }}</dd><dt>Ends at</dt><dd>{{ r.ends_at|date:"D j M Y, H:i" }}</dd>
<dt>Purpose</dt><dd>{{ r.purpose }}</dd><dt>Crew count</dt><dd>{{ r.crew_count }}</dd><dt>Notes</dt><dd>{{ r.notes|linebreaksbr }}</dd></dl>
<div class="cols"><section id="boat"><h2>Boat</h2><dl><dt>Name</dt><dd>{{ r.boat.name }}</dd><dt>Boat class</dt><dd>{{ r.boat.boat_class }}</dd>
<dt>Sail number</dt><dd>{{ r.boat.sail_number }}</dd><dt>Berths</dt><dd>{{ r.boat.berths }}</dd></dl></section>
<section id="skipper"><h2>Skipper</h2><dl><dt>Full name</dt><dd>{{ r.skipper.full_name }}</dd><dt>Member no</dt><dd>{{ r.skipper.member_no }}</dd>
<dt>Email</dt><dd>{{ r.skipper.email }}</dd><dt>Qualification</dt><dd>{{ r.skipper.qualification }}</dd></dl></section></div>
<p><a href="/calendar/?view=timeGridDay&amp;date={{ r.starts_at|date:"Y-m-d" }}">Show the day</a></p></div>{% endblock %}
'''
FORM = '''{% extends "base.html" %}{% block title %}Book a boat{% endblock %}
{% block main %}<div class="card"><h1>Book a boat</h1>
<form method="post">{% csrf_token %}{{ form.as_p }}<button type="submit">Save reservation</button></form></div>{% endblock %}
'''
SEED = '''import random, datetime as dt
from faker import Faker
from sailing.models import Boat, Skipper, BoatReservation
f = Faker("en_GB"); Faker.seed(4242); random.seed(4242)
names = ["Osprey", "Kittiwake", "Sea Pie", "Curlew", "Tern", "Blue Heron", "Skerry", "Petrel", "Gannet", "Whimbrel", "Shearwater", "Dunlin"]
colours = ["#0b6e99", "#2e8540", "#b35900", "#7a3e9d", "#c0392b", "#16808a", "#8a6d0b", "#4a5bd4", "#a33d6b", "#3d7a52", "#5e6b78", "#b5651d"]
boats = [Boat.objects.create(name=n, boat_class=random.choice(["Laser", "RS200", "Wayfarer", "Topper", "J/24", "Sonata"]),
         sail_number=str(random.randint(1000, 209999)), berths=random.randint(1, 6), colour=c) for n, c in zip(names, colours)]
quals = ["RYA Level 2", "Dinghy Instructor", "Day Skipper", "Coastal Skipper", "Yachtmaster"]
skippers = [Skipper.objects.create(full_name=f.name(), member_no=f"HL-{random.randint(1000, 9999)}", email=f.email(), qualification=random.choice(quals)) for _ in range(40)]
purposes = ["Club race", "Race training", "Cruise", "Lesson", "Maintenance sail", "Taster session"]
day0 = dt.date(2026, 4, 27)
for k in range(140):
    day = day0 + dt.timedelta(days=k)
    for _ in range(random.choice([0, 1, 2, 2, 3, 3, 4] if day.weekday() < 5 else [3, 4, 5, 6])):
        start = dt.datetime.combine(day, dt.time(random.randint(8, 17), random.choice([0, 30])))
        BoatReservation.objects.create(boat=random.choice(boats), skipper=random.choice(skippers), starts_at=start,
            ends_at=start + dt.timedelta(minutes=random.choice([90, 120, 150, 180, 240])), purpose=random.choice(purposes),
            crew_count=random.randint(1, 5), notes=f.sentence(nb_words=10) if random.random() < .6 else "")
'''


def sail_site() -> Path:
    "Write the Django project of the boat calendar, migrate and seed it once; returns its folder."
    root = WORK / "sail_site"
    (root / "sailing").mkdir(parents=True, exist_ok=True); (root / "templates").mkdir(exist_ok=True)
    (root / "site_settings.py").write_text(SETTINGS)
    (root / "site_urls.py").write_text(f"FC_DIR = {str(FC_DIR)!r}\n" + URLS)
    (root / "sailing" / "__init__.py").write_text("")
    (root / "sailing" / "models.py").write_text(MODELS)
    (root / "sailing" / "views.py").write_text(VIEWS)
    for name, text in (("base", BASE), ("calendar", CALENDAR), ("detail", DETAIL), ("form", FORM)):
        (root / "templates" / f"{name}.html").write_text(text)
    if (root / "db.sqlite3").exists() and (root / "seeded").exists(): return root
    return C.migrate_and_seed(root, ["sailing"], SEED)


def busiest(db: Path, n: int, weeks: bool = False) -> list[str]:
    "The n days (or Mondays of the n weeks) with most reservations, as ISO dates in date order."
    key = "date(starts_at, 'weekday 0', '-6 days')" if weeks else "date(starts_at)"
    con = sqlite3.connect(db)
    rows = con.execute(f"SELECT {key} d, COUNT(*) c FROM {RES} GROUP BY d ORDER BY c DESC, d LIMIT ?", (n,)).fetchall(); con.close()
    return sorted(d for d, _ in rows)


def reservation_ids(db: Path, offsets: list[int]) -> list[int]:
    con = sqlite3.connect(db)
    ids = [con.execute(f"SELECT id FROM {RES} WHERE notes != '' ORDER BY id LIMIT 1 OFFSET ?", (k,)).fetchone()[0] for k in offsets]
    con.close(); return ids


def calendar_pages(db: Path) -> list[dict]:
    "What FullCalendar prints (from its own rendering, no column names on the page): a month grid prints each event's "
    "start time and title; week/day grids and the list view print start-end and title. Our feed's title is "
    "`boat.name: skipper.full_name`. So: boat_reservations (starts_at[, ends_at], boat_id FK, skipper_id FK) with "
    "boats.name and skippers.full_name. Detail: the <dt> texts of its three sections mapped to their tables' columns; "
    "form: the inputs' names."
    grid = {RES: ["starts_at", "boat_id", "skipper_id"]}
    span = {RES: ["starts_at", "ends_at", "boat_id", "skipper_id"]}
    pg = []
    for (m, w, th) in [("2026-05-01", 1440, "light"), ("2026-06-01", 1920, "dark"), ("2026-07-01", 1280, "light"), ("2026-08-01", 1920, "light")]:
        pg.append({"path": f"/calendar/?view=dayGridMonth&date={m}", "extra": grid, "width": w, "theme": th, "check": (".fc-daygrid-event", 20)})
    for d, w, th in zip(busiest(db, 3, weeks=True), [1280, 1920, 1440], ["light", "light", "dark"]):
        pg.append({"path": f"/calendar/?view=timeGridWeek&date={d}", "extra": span, "width": w, "theme": th, "check": (".fc-timegrid-event", 10)})
    for d, w, th in zip(busiest(db, 2), [1440, 1920], ["light", "dark"]):
        pg.append({"path": f"/calendar/?view=timeGridDay&date={d}", "extra": span, "width": w, "theme": th, "check": (".fc-timegrid-event", 4)})
    for d, w, th in zip(["2026-05-18", "2026-07-13"], [1920, 1280], ["light", "dark"]):
        pg.append({"path": f"/calendar/?view=listWeek&date={d}", "extra": span, "width": w, "theme": th, "check": (".fc-list-event", 8)})
    pg = [{**p, "kind": "calendar", "scopes": []} for p in pg]
    for rid, w, th in zip(reservation_ids(db, [3, 57]), [1440, 1280], ["light", "dark"]):
        pg.append({"path": f"/reservations/{rid}/", "kind": "detail", "width": w, "theme": th, "check": ("#booking dt", 5),
                   "scopes": [(RES, "#booking dt", "text"), (BOATS, "#boat dt", "text"), (SKIPPERS, "#skipper dt", "text")]})
    for w, th, q in [(1920, "light", ""), (1440, "dark", "?boat=3&skipper=7&starts_at=2026-06-13T10:00&ends_at=2026-06-13T13:00")]:
        pg.append({"path": f"/reservations/new/{q}", "kind": "form", "width": w, "theme": th, "check": ("form select[name=boat] option", 5),
                   "scopes": [(RES, "", C.main_inputs)]})
    return pg


def collect_fullcalendar(sh: C.Shooter):
    root = sail_site()
    db = root / "db.sqlite3"
    port = C.free_port()
    p = C.serve([PY, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload", "--insecure"], port, root, None, "sail.log")
    base = f"http://127.0.0.1:{port}"
    try:
        src = {"name": "fullcalendar", "package": f"fullcalendar@{FC_VERSION} (Django@{version('Django')})", "base": base, "db": db,
               "login": None, "group": "train", "ignore": {""}, "display": {BOATS: ["name"], SKIPPERS: ["full_name"]}}
        for i, pg in enumerate(calendar_pages(db)):
            spec = {**pg, "wait": 600, "before": T.needs(*pg["check"])}
            T.try_shoot(sh, src, spec, i, f"fullcalendar {pg['path']}")
    finally:
        p.terminate(); p.wait()


# ================================================================ 2. Roundup: the issue tracker of a small open-source map renderer
TRACKER = "kestrel"  # the tracker's URL name
RT_ADMIN_PW = "kestrel-admin-1"
RT_SEED = r"""import random, sqlite3, sys
from faker import Faker
from roundup import instance, date, password, hyperdb
from roundup.backends.back_sqlite import Database
home, mirror = sys.argv[1], sys.argv[2]
f = Faker("en_US"); Faker.seed(5151); random.seed(5151)
tr = instance.open(home); db = tr.open("admin")
kws = [db.keyword.create(name=k) for k in ["rendering", "tiles", "styles", "labels", "docs", "packaging", "performance",
       "i18n", "api", "cli", "windows", "macos", "regression", "security", "good-first-issue"]]
users = [db.user.create(username=f.unique.user_name()[:24], realname=f.name(), address=f.unique.email(), organisation=random.choice(
         ["Kestrel Maps", "Open Atlas Co-op", "Northfield GIS", "freelance", "Riverbend University", "Harbor City Council", "", ""]),
         phone=f.numerify("+1 ###-###-####") if random.random() < .6 else "", roles="User", password=password.Password("kestrel-user-1", config=db.config))
         for _ in range(22)]
db.commit()
subjects = ["Crash when rendering {t} at zoom {z}", "Labels overlap on {t} layer", "Tile cache grows without limit on {p}",
            "Wrong colours for {t} in the dark style", "Document the {c} option", "Add {c} flag to the CLI", "Slow import of large {t} extracts",
            "Missing translations for {l}", "API returns 500 for empty {t} bbox", "Installer fails on {p}", "Regression: {t} no longer drawn above zoom {z}",
            "Font fallback broken for {l} labels", "Memory leak in the {t} tiler", "Support {c} in style sheets", "Typos in the {c} tutorial"]
fill = lambda: random.choice(subjects).format(t=random.choice(["coastline", "contour", "building", "railway", "road", "river", "park", "boundary"]),
    z=random.randint(3, 18), p=random.choice(["Windows 11", "macOS 15", "Debian 13", "FreeBSD 14"]), c=random.choice(["--metatile", "--threads",
    "hillshade", "label-priority", "--bbox", "vector tiles", "--max-zoom"]), l=random.choice(["Arabic", "Japanese", "Greek", "Welsh", "Hindi"]))
stat = db.status.list(); prio = db.priority.list()
when = lambda d, h: date.Date("2026-%02d-%02d.%02d:%02d:00" % (d.month, d.day, h, random.choice([5, 17, 32, 48])))
import datetime as dt
start = dt.date(2026, 3, 2)
for n in range(64):
    day = start + dt.timedelta(days=random.randint(0, 200))
    people = random.sample(users, random.randint(2, 5))
    msgs = []
    d = day
    for k in range(random.randint(1, 5)):
        d = d + dt.timedelta(days=random.randint(0, 3) if k else 0)
        msgs.append(db.msg.create(content="\n\n".join(f.paragraph(nb_sentences=random.randint(2, 4)) for _ in range(random.randint(1, 2))),
                                  author=random.choice(people), date=when(d, random.randint(7, 22)), summary=""))
    iid = db.issue.create(title=fill(), messages=msgs, nosy=people, priority=random.choice(prio),
                          status=random.choices(stat, [8, 2, 6, 2, 5, 3, 1, 6])[0], keyword=random.sample(kws, random.randint(0, 2)),
                          assignedto=random.choice(users[:6]) if random.random() < .7 else None)
    # the tracker is seeded today; creation, activity and creator are set back to the first and last message (Roundup keeps them in its own columns)
    first, last = db.msg.get(msgs[0], "date"), db.msg.get(msgs[-1], "date")
    db.sql("update _issue set _creation=%s, _activity=%s, _creator=%s, _actor=%s where id=%s" % ((db.arg,) * 5),
           (first.serialise(), last.serialise(), int(db.msg.get(msgs[0], "author")), int(db.msg.get(msgs[-1], "author")), int(iid)))
db.commit()
# the label schema: Roundup's own (class = table, property = column typed by its sqlite backend, Link = FK to that class,
# Multilink = its link table <class>_<property> (nodeid, linkid), as the sqlite backend stores it)
types = Database.hyperdb_to_sql_datatypes
out = sqlite3.connect(mirror)
for cn in sorted(db.getclasses()):
    cl = db.getclass(cn); cols, fks, links = ["id INTEGER PRIMARY KEY"], [], []
    for p, t in sorted(cl.getprops().items()):
        if p == "id": continue
        if isinstance(t, hyperdb.Multilink):
            links.append(f'CREATE TABLE "{cn}_{p}" (nodeid INTEGER, linkid INTEGER, PRIMARY KEY (nodeid, linkid), '
                         f'FOREIGN KEY (nodeid) REFERENCES "{cn}"(id), FOREIGN KEY (linkid) REFERENCES "{t.classname}"(id))')
            continue
        # a FileClass's content (a message's text) is kept in files beside the database, not in a column: typed TEXT
        cols.append(f'"{p}" {"TEXT" if p == "content" else types[type(t)]}')
        if isinstance(t, hyperdb.Link): fks.append(f'FOREIGN KEY ({p}) REFERENCES "{t.classname}"(id)')
    out.execute(f'CREATE TABLE "{cn}" ({", ".join(cols + fks)})')
    for s in links: out.execute(s)
out.commit(); out.close(); db.close()
"""
RT_SERVE = f"""import sys
from wsgiref.simple_server import make_server, WSGIRequestHandler
from roundup.cgi.wsgi_handler import RequestDispatcher
app = RequestDispatcher(sys.argv[1])
def under_prefix(environ, start_response):  # the tracker lives under /{TRACKER}/, as roundup-server would serve it
    path = environ.get("PATH_INFO", "")
    if not path.startswith("/{TRACKER}"):
        start_response("404 Not Found", [("Content-Type", "text/plain")]); return [b"not here"]
    environ["SCRIPT_NAME"], environ["PATH_INFO"] = "/{TRACKER}", path[len("/{TRACKER}"):] or "/"
    return app(environ, start_response)
class Quiet(WSGIRequestHandler):
    def log_message(self, *a): pass
make_server("127.0.0.1", int(sys.argv[2]), under_prefix, handler_class=Quiet).serve_forever()
"""
ISSUE, MSG = "issue", "msg"


def roundup_site(port: int) -> Path:
    "Install Roundup's classic tracker (sqlite backend) once, initialise and seed it, write the label schema; point "
    "its web URL at `port` (every run). The issue and user pages' history tables (Roundup's journal, no hyperdb class) "
    "are taken out of their templates."
    root = WORK / "roundup_site"; home = root / TRACKER
    admin = [str(Path(PY).parent / "roundup-admin"), "-i", str(home)]
    web = f"http://127.0.0.1:{port}/{TRACKER}/"
    if not (root / "seeded").exists():
        import shutil
        shutil.rmtree(root, ignore_errors=True); root.mkdir(parents=True)
        C.run(admin + ["install", "classic", "sqlite", f"tracker_web={web},mail_domain=example.org,mail_host=localhost,mail_debug={root / 'mail.log'}"], root)
        hist = '<tal:block tal:condition="context/id" tal:replace="structure context/history" />'
        for name in ("issue.item.html", "user.item.html"):
            item = home / "html" / name; text = item.read_text()
            assert hist in text, f"classic {name} changed: no history block"
            item.write_text(text.replace(hist, ""))
        cfg = home / "config.ini"
        cfg.write_text(re.sub(r"(?m)^name = Roundup issue tracker$", "name = Kestrel Maps issue tracker", cfg.read_text()))
        C.run(admin + ["initialise", RT_ADMIN_PW], root)
        (root / "seed.py").write_text(RT_SEED)
        C.run([PY, "seed.py", str(home), str(root / "schema.sqlite")], root)
        (root / "seeded").write_text("ok")
    (root / "serve.py").write_text(RT_SERVE)
    cfg = home / "config.ini"
    cfg.write_text(re.sub(r"(?m)^web = http://127\.0\.0\.1:\d+/" + TRACKER + "/$", f"web = {web}", cfg.read_text()))
    return root


def rt_login(base: str):
    "Log in as the tracker's admin through the sidebar's login form."
    def login(ctx):
        p = ctx.new_page(); p.goto(base + "/")
        p.fill("input[name=__login_name]", "admin"); p.fill("input[name=__login_password]", RT_ADMIN_PW)
        p.press("input[name=__login_password]", "Enter"); p.wait_for_load_state("networkidle"); p.close()
    return login


def index_headers(page) -> list[str]:
    "The index table's column headers (its first row; the paging row's cells are not headers)."
    return page.evaluate("""() => { const t = document.querySelector('table.list'); if (!t) return [];
      const r = t.querySelector('tr'); return Array.from(r.querySelectorAll('th')).map(e => (e.innerText || '').trim()); }""")


SIDEBAR = {"@search_text", "@number"}  # every page's header search box and the sidebar's "Show issue" box


def content_inputs(page) -> list[str]:
    "The page's form inputs (`collect.main_inputs`) but the header's search box and the sidebar's issue-number box."
    return [n for n in C.main_inputs(page) if n not in SIDEBAR]


def inputs_except(*skip):
    return lambda page: [n for n in content_inputs(page) if n not in skip]


def inputs_for(*names):
    return lambda page: [n for n in content_inputs(page) if n in names]


ML = ("nosy", "keyword", "superseder")  # the issue form's Multilink inputs: rows of issue_<property>


def roundup_pages(root: Path) -> list[dict]:
    "What the pages show: index headers (mapped to the class's properties; a Link shows its target's key: user.username, "
    "status.name, priority.name; Keyword is the issue_keyword link table), an issue page's form inputs (Multilinks = link "
    "tables), its 'Created on <creation> by <creator>, last changed by <actor>' line and its messages (template: id, "
    "author, date, content), user pages' headers or inputs, the message index (template: author, date, content)."
    kw = {"issue_keyword": ["nodeid", "linkid"]}
    def index(cols, extra=None, **q):
        qs = "&".join([f"@columns={cols}", "@pagesize=50"] + [f"@{k}={v}" for k, v in q.items()])
        return {"path": f"/{TRACKER}/issue?{qs}", "kind": "list", "check": ("table.list tr td a", 10),
                "scopes": [(ISSUE, "", index_headers)], "extra": {**(kw if "keyword" in cols else {}), **(extra or {})}}
    pg = [index("id,activity,title,creator,status", {ISSUE: ["priority"]}, sort="-activity", group="priority"),
          index("id,title,priority,status,assignedto", sort="-id"),
          index("priority,id,creation,title,keyword,status", sort="-creation"),
          index("id,activity,actor,title,assignedto,keyword", {ISSUE: ["status"]}, sort="-activity", group="status"),
          index("id,title,status,creator,assignedto,priority", sort="title")]
    for p, w in zip(pg, [1440, 1920, 1280, 1920, 1440]): p["width"] = w
    issue_form = [(ISSUE, "", inputs_except("@note", "@file", *ML)), (MSG, "", inputs_for("@note"))]
    ml = {f"issue_{m}": ["nodeid", "linkid"] for m in ML}
    con = sqlite3.connect(root / TRACKER / "db" / "db")
    ids = [r[0] for r in con.execute("SELECT nodeid FROM issue_messages GROUP BY nodeid HAVING COUNT(*) >= 3 ORDER BY nodeid LIMIT 5")]
    users = [r[0] for r in con.execute("SELECT id FROM _user WHERE _username NOT IN ('admin', 'anonymous') ORDER BY id LIMIT 3")]
    con.close()
    for i, w in zip(ids, [1280, 1920, 1440, 1280, 1920]):
        pg.append({"path": f"/{TRACKER}/issue{i}", "kind": "detail", "width": w, "check": ("table.messages pre", 3), "scopes": issue_form,
                   "aliases": {"@note": "content"}, "extra": {**ml, ISSUE: ["creation", "creator", "actor"], MSG: ["author", "date", "content"],
                                                              "issue_messages": ["nodeid", "linkid"]}})
    for w in (1440, 1920):
        pg.append({"path": f"/{TRACKER}/issue?@template=item", "kind": "form", "width": w, "check": ("input[name=title]", 1),
                   "scopes": issue_form, "aliases": {"@note": "content"}, "extra": {**ml, "issue_messages": ["nodeid", "linkid"]}})
    for w, q in [(1280, "@sort=username"), (1920, "@sort=realname")]:
        pg.append({"path": f"/{TRACKER}/user?{q}", "kind": "list", "width": w, "check": ("table.list tr td a", 10), "scopes": [("user", "", index_headers)]})
    pg.append({"path": f"/{TRACKER}/user{users[1]}", "kind": "form", "width": 1440, "check": ("input[name=username]", 1), "scopes": [("user", "", content_inputs)]})
    pg.append({"path": f"/{TRACKER}/msg?@sort=-date&@pagesize=12", "kind": "list", "width": 1280, "check": ("pre", 8),
               "scopes": [], "extra": {MSG: ["author", "date", "content"]}})
    return pg


def collect_roundup(sh: C.Shooter):
    port = C.free_port()
    root = roundup_site(port)
    # roundup-server refuses to run as root (as this machine's collector does): Roundup's own WSGI handler, under wsgiref
    p = C.serve([PY, "serve.py", str(root / TRACKER), str(port)], port, root, None, "roundup.log")
    base = f"http://127.0.0.1:{port}"
    try:
        src = {"name": "roundup", "package": f"roundup@{version('roundup')} (classic template)", "base": base, "db": root / "schema.sqlite",
               "login": rt_login(f"{base}/{TRACKER}"), "group": "train", "ignore": {"", "Keyword", "@file", "@confirm@password"},
               "display": {"user": ["username"], "status": ["name"], "priority": ["name"], "keyword": ["name"], "issue": ["title"]},
               "aliases": {"Email address": "address", "Phone number": "phone", "Real name": "realname"}}
        for i, pg in enumerate(roundup_pages(root)):
            spec = {"theme": "light", **pg, "before": T.needs(*pg["check"])}
            T.try_shoot(sh, src, spec, i, f"roundup {pg['path']}")
    finally:
        p.terminate(); p.wait()

COLLECTORS = {"fullcalendar": collect_fullcalendar, "roundup": collect_roundup}


def missing() -> str | None:
    return None if (FC_DIR / "index.global.min.js").exists() else f"missing the npm copy of fullcalendar (see CARD_a.md): {FC_DIR}"


def main(argv=None):
    C.run_collectors(COLLECTORS, argv, __doc__.splitlines()[0], check=missing)


if __name__ == "__main__":
    main()
