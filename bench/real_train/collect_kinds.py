"""More REAL training pages, of kinds the first five sources lack: calendars (django-swingtime), dashboards with
several widgets (django-controlcenter) and a message inbox (pinax-messages with pinax-templates), run on 127.0.0.1 with Faker data in data models written for this set, and
labelled with the exact rule of bench/real_ui/collect.py (its helpers, and collect_train.py's, are imported).

Training-only sources: no quality claim is made on them (CARD.md says how they are used). Run with a separate venv (see CARD.md):
    python bench/real_train/collect_kinds.py [--only SOURCE ...]
"""
from __future__ import annotations

import os, subprocess, sys
from importlib.metadata import version
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "real_ui")); sys.path.insert(0, str(HERE))
import collect as C  # noqa: E402  (the validation set's collector: its helpers, never its sources)
import collect_train as T  # noqa: E402  (guarded(): refuse error pages)

OUT = Path(os.environ.get("REAL_KINDS_OUT", HERE / "data"))  # another folder for a trial run
WORK = Path(os.environ.get("REAL_KINDS_WORK", "/work/tmp/K"))
PY = sys.executable
C.OUT, C.WORK = OUT, WORK
# django-swingtime's wheel ships no templates: its own demo templates (same repository, MIT) are taken from a git copy
SWINGTIME_GIT = Path(os.environ.get("SWINGTIME_GIT", "/work/.mirror/dakrauth+django-swingtime/repo"))
SWINGTIME_REV = "e1ac785"  # github.com/dakrauth/django-swingtime, the commit whose demo/templates are used
SWINGTIME_TPL = ["base.html", "swingtime/monthly_view.html", "swingtime/daily_view.html", "swingtime/yearly_view.html",
                 "swingtime/event_list.html", "swingtime/occurrence_detail.html"]

# ---------------------------------------------------------------- data models written for this set (new domains)
ACCOUNTS = '''
from django.contrib.auth.models import AbstractUser
class Account(AbstractUser):
    class Meta: db_table = "accounts"
'''
RIDES = '''
class BikeStation(models.Model):
    name = models.CharField(max_length=80)
    district = models.CharField(max_length=60)
    docks = models.PositiveSmallIntegerField()
    class Meta: db_table = "bike_stations"
    def __str__(self): return self.name
class Bike(models.Model):
    serial = models.CharField(max_length=12, unique=True)
    model_name = models.CharField(max_length=40)
    station = models.ForeignKey(BikeStation, on_delete=models.PROTECT, related_name="bikes")
    status = models.CharField(max_length=12, choices=[("docked", "Docked"), ("riding", "Riding"), ("repair", "In repair"), ("retired", "Retired")])
    battery = models.PositiveSmallIntegerField("Battery (%)")
    class Meta: db_table = "bikes"
    def __str__(self): return self.serial
class Rider(models.Model):
    full_name = models.CharField(max_length=120)
    email = models.EmailField()
    plan = models.CharField(max_length=12, choices=[("payg", "Pay as you go"), ("monthly", "Monthly"), ("annual", "Annual"), ("student", "Student")])
    joined_on = models.DateField()
    class Meta: db_table = "riders"
    def __str__(self): return self.full_name
class Rental(models.Model):
    bike = models.ForeignKey(Bike, on_delete=models.CASCADE, related_name="rentals")
    rider = models.ForeignKey(Rider, on_delete=models.CASCADE, related_name="rentals")
    started_at = models.DateTimeField()
    minutes = models.PositiveIntegerField()
    fare = models.DecimalField(max_digits=7, decimal_places=2)
    class Meta: db_table = "rentals"
class RepairJob(models.Model):
    bike = models.ForeignKey(Bike, on_delete=models.CASCADE, related_name="repairs")
    issue = models.CharField(max_length=120)
    reported_on = models.DateField()
    mechanic = models.CharField(max_length=60)
    done = models.BooleanField(default=False)
    class Meta: db_table = "repair_jobs"
'''
DASHBOARDS = '''
from django.db.models import Count
from controlcenter import Dashboard, widgets
from .models import BikeStation, Bike, Rider, Rental, RepairJob
class LatestRentals(widgets.ItemList):
    title = "Latest rentals"; model = Rental; list_display = ["rider", "bike", "started_at", "minutes", "fare"]; limit_to = 10
    def get_queryset(self): return Rental.objects.select_related("rider", "bike").order_by("-started_at")
class LowBattery(widgets.ItemList):
    title = "Low battery"; model = Bike; list_display = ["serial", "station", "battery"]; limit_to = 8
    def get_queryset(self): return Bike.objects.filter(battery__lt=30).select_related("station").order_by("battery")
class RentalsPerStation(widgets.SingleBarChart):
    title = "Rentals per station"; values_list = ("name", "n"); limit_to = 10
    def get_queryset(self): return BikeStation.objects.annotate(n=Count("bikes__rentals")).order_by("-n")
class Stations(widgets.ItemList):
    title = "Stations"; model = BikeStation; list_display = ["name", "district", "docks"]; limit_to = 12
class NewRiders(widgets.ItemList):
    title = "New riders"; model = Rider; list_display = ["full_name", "email", "plan", "joined_on"]; limit_to = 10
    def get_queryset(self): return Rider.objects.order_by("-joined_on")
class RidersPerPlan(widgets.SinglePieChart):
    title = "Riders per plan"; values_list = ("plan", "n")
    def get_queryset(self): return Rider.objects.values("plan").annotate(n=Count("id")).order_by("plan")
class BigFares(widgets.ItemList):
    title = "Largest fares"; model = Rental; list_display = ["rider", "minutes", "fare"]; limit_to = 8
    def get_queryset(self): return Rental.objects.select_related("rider").order_by("-fare")
class OpenRepairs(widgets.ItemList):
    title = "Open repairs"; model = RepairJob; list_display = ["bike", "issue", "reported_on", "mechanic"]; limit_to = 10
    def get_queryset(self): return RepairJob.objects.filter(done=False).select_related("bike").order_by("-reported_on")
class OutOfService(widgets.ItemList):
    title = "Bikes out of service"; model = Bike; list_display = ["serial", "model_name", "station", "status"]; limit_to = 10
    def get_queryset(self): return Bike.objects.exclude(status__in=["docked", "riding"]).select_related("station")
class RepairsPerDay(widgets.SingleLineChart):
    title = "Repairs reported per day"; values_list = ("reported_on", "n"); limit_to = 14
    def get_queryset(self): return RepairJob.objects.values("reported_on").annotate(n=Count("id")).order_by("-reported_on")
class Operations(Dashboard):
    title = "Operations"
    widgets = (widgets.Group([LatestRentals], width=widgets.LARGE, attrs={"id": "w-rentals"}),
               widgets.Group([LowBattery], attrs={"id": "w-battery"}),
               widgets.Group([RentalsPerStation], width=widgets.LARGE, attrs={"id": "w-perstation"}),
               widgets.Group([Stations], attrs={"id": "w-stations"}))
class Riders(Dashboard):
    title = "Riders"
    widgets = (widgets.Group([NewRiders], width=widgets.LARGE, attrs={"id": "w-riders"}),
               widgets.Group([RidersPerPlan], attrs={"id": "w-plans"}),
               widgets.Group([BigFares], attrs={"id": "w-fares"}))
class Workshop(Dashboard):
    title = "Workshop"
    widgets = (widgets.Group([OpenRepairs], width=widgets.LARGE, attrs={"id": "w-repairs"}),
               widgets.Group([OutOfService], attrs={"id": "w-out"}),
               widgets.Group([RepairsPerDay], width=widgets.LARGE, attrs={"id": "w-perday"}))
'''

SETTINGS = '''
import os, datetime
import django.dispatch  # pinax-messages 3.0.0 passes Signal(providing_args=...), an argument Django 4.0 removed (it was unused)
_signal_init = django.dispatch.Signal.__init__
django.dispatch.Signal.__init__ = lambda self, providing_args=None, use_caching=False: _signal_init(self, use_caching=use_caching)
SECRET_KEY = "real-train-kinds"; DEBUG = True; ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
INSTALLED_APPS = ["django.contrib.admin", "django.contrib.auth", "django.contrib.contenttypes", "django.contrib.sessions",
    "django.contrib.messages", "django.contrib.staticfiles", "controlcenter", "swingtime", "bootstrapform",
    "pinax.messages", "pinax.templates", "accounts", "rides"]
MIDDLEWARE = ["django.contrib.sessions.middleware.SessionMiddleware", "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware", "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware", "django.middleware.clickjacking.XFrameOptionsMiddleware"]
ROOT_URLCONF = "site_urls"; AUTH_USER_MODEL = "accounts.Account"
TEMPLATES = [{"BACKEND": "django.template.backends.django.DjangoTemplates", "DIRS": [os.path.join(os.path.dirname(__file__), "templates")],
    "APP_DIRS": True, "OPTIONS": {"context_processors": ["django.template.context_processors.request",
    "django.contrib.auth.context_processors.auth", "django.contrib.messages.context_processors.messages",
    "swingtime.context_processors.current_datetime"]}}]
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": os.path.join(os.path.dirname(__file__), "db.sqlite3")}}
STATIC_URL = "/static/"; USE_TZ = True; TIME_ZONE = "UTC"; DEFAULT_AUTO_FIELD = "django.db.models.AutoField"
CONTROLCENTER_DASHBOARDS = (("operations", "rides.dashboards.Operations"), ("riders", "rides.dashboards.Riders"),
                            ("workshop", "rides.dashboards.Workshop"))
SWINGTIME = {"TIMESLOT_START_TIME": datetime.time(7), "TIMESLOT_END_TIME_DURATION": datetime.timedelta(hours=14),
             "TIMESLOT_INTERVAL": datetime.timedelta(minutes=30)}
'''
URLS = '''from django.contrib import admin
from django.urls import path, include
from django.urls import re_path
from controlcenter.views import controlcenter
from pinax.messages import views as pm
admin.site.enable_nav_sidebar = False  # the dashboards alone, without the admin's app list beside them
# pinax-messages' own urls.py imports django.conf.urls.url (gone since Django 4): the same five routes, with re_path
mail = ([re_path(r"^inbox/$", pm.InboxView.as_view(), name="inbox"), re_path(r"^create/$", pm.MessageCreateView.as_view(), name="message_create"),
         re_path(r"^create/(?P<user_id>\d+)/$", pm.MessageCreateView.as_view(), name="message_user_create"),
         re_path(r"^thread/(?P<pk>\d+)/$", pm.ThreadView.as_view(), name="thread_detail"),
         re_path(r"^thread/(?P<pk>\d+)/delete/$", pm.ThreadDeleteView.as_view(), name="thread_delete")], "pinax_messages")
urlpatterns = [path("admin/dashboard/", controlcenter.urls), path("admin/", admin.site.urls),
               path("climb/", include("swingtime.urls")), path("mail/", include(mail))]
'''

SEED = '''
import random, datetime as dt
from decimal import Decimal
from faker import Faker
from django.utils import timezone
from accounts.models import Account
from rides.models import *
from swingtime.models import EventType, Event, Occurrence
f = Faker(["en_GB", "en_US"]); Faker.seed(7070); random.seed(7070)
UTC = dt.timezone.utc
if not Account.objects.filter(username="admin").exists(): Account.objects.create_superuser("admin", "admin@example.org", "admin")
# a climbing gym's class timetable (swingtime); the abbreviations are those the swingtime demo stylesheet colours
types = {a: EventType.objects.create(abbr=a, label=l) for a, l in [("spc", "Special clinic"), ("open", "Open climbing"),
         ("adv", "Advanced lead"), ("bgn", "Beginner bouldering"), ("bbc", "Youth squad"), ("prv", "Private coaching")]}
names = {"spc": ["Rope rescue clinic", "Fingerboard lab", "Route setting demo", "Crack climbing clinic"],
         "open": ["Open wall", "Late session", "Early birds"], "adv": ["Lead technique", "Overhang project night", "Redpoint tactics"],
         "bgn": ["Intro to bouldering", "Belay course", "First steps on rope"], "bbc": ["Youth squad U12", "Youth squad U16", "Comp team"],
         "prv": ["1:1 coaching", "Duo coaching", "Movement assessment"]}
for abbr, titles in names.items():
    for title in titles:
        ev = Event.objects.create(title=title, description=f.sentence(nb_words=8)[:100], event_type=types[abbr])
        for _ in range(random.randint(10, 22)):
            day = dt.date(2025, 9, 1) + dt.timedelta(days=random.randint(0, 240))
            start = dt.datetime.combine(day, dt.time(random.randint(7, 19), random.choice([0, 30])), tzinfo=UTC)
            Occurrence.objects.create(event=ev, start_time=start, end_time=start + dt.timedelta(minutes=random.choice([60, 90, 120])))
# a city bike-share's operations (controlcenter dashboards)
sts = [BikeStation.objects.create(name=f"{s} {random.choice(['Square', 'Park', 'Wharf', 'Station', 'Market'])}", district=f.city(), docks=random.randint(8, 40)) for s in (f.last_name() for _ in range(14))]
bikes = [Bike.objects.create(serial=f"BK-{random.randint(10000, 99999)}", model_name=random.choice(["Urban 3", "Urban 3e", "Cargo L", "Sprint 7"]), station=random.choice(sts),
         status=random.choices(["docked", "riding", "repair", "retired"], [60, 25, 10, 5])[0], battery=random.randint(3, 100)) for _ in range(90)]
riders = [Rider.objects.create(full_name=f.name(), email=f.email(), plan=random.choice(["payg", "monthly", "annual", "student"]), joined_on=dt.date(2025, 6, 1) - dt.timedelta(days=random.randint(0, 700))) for _ in range(70)]
for _ in range(300):
    m = random.randint(4, 180)
    Rental.objects.create(bike=random.choice(bikes), rider=random.choice(riders), started_at=dt.datetime(2025, 6, 1, 6, tzinfo=UTC) - dt.timedelta(minutes=random.randint(0, 60 * 24 * 30)),
                          minutes=m, fare=Decimal(100 + 15 * m) / 100)
for _ in range(60):
    RepairJob.objects.create(bike=random.choice(bikes), issue=random.choice(["Flat tyre", "Brake pads worn", "Chain slipping", "Battery not charging", "Bent wheel", "Broken bell", "Lock jammed", "Light out"]),
                             reported_on=dt.date(2025, 6, 1) - dt.timedelta(days=random.randint(0, 20)), mechanic=f.first_name(), done=random.random() < .4)
# an allotment society's members writing to each other (pinax-messages); the first four members can log in (staff)
from pinax.messages.models import Thread, UserThread, Message
people = [Account.objects.create_user(f.unique.user_name()[:30], f.email(), "allot-pass-1", first_name=f.first_name(), last_name=f.last_name(), is_staff=i < 4) for i in range(24)]
topics = ["Plot {n} shed repairs", "Water trough rota for {m}", "Seed swap on Saturday", "Compost delivery to plot {n}", "Rats near the {w} gate",
          "Spare rhubarb crowns", "Hedge cutting on the {w} boundary", "Rent for plot {n}", "Shared rotavator booking", "Bees on plot {n}",
          "Open day stall: {m}", "Frost protection fleece", "Lost padlock key", "Greenhouse glass broken", "Manure pile by plot {n}"]
t0 = dt.datetime(2025, 5, 20, 7, tzinfo=UTC); fu = f["en_US"]  # English words (en_GB has no word list of its own)
for k in range(70):
    a = people[k % 4] if k < 56 else random.choice(people[4:])
    b = random.choice([p for p in people if p != a])
    subj = random.choice(topics).format(n=random.randint(1, 64), m=random.choice(["June", "July", "August"]), w=random.choice(["north", "south", "east", "west"]))
    when = t0 + dt.timedelta(minutes=random.randint(0, 60 * 24 * 12))
    msg = Message.new_message(a, [b], subj, fu.paragraph(nb_sentences=random.randint(1, 4)))
    Message.objects.filter(pk=msg.pk).update(sent_at=when)
    for r in range(random.randint(0, 4)):
        when += dt.timedelta(minutes=random.randint(20, 60 * 30))
        rep = Message.new_reply(msg.thread, random.choice([a, b]), fu.paragraph(nb_sentences=random.randint(1, 3)))
        Message.objects.filter(pk=rep.pk).update(sent_at=when)
    UserThread.objects.filter(thread=msg.thread).update(unread=False)
    UserThread.objects.filter(thread=msg.thread, user=random.choice([a, b])).update(unread=random.random() < .35)
'''

# pinax-templates leaves site_base.html to the project ("Your project should always provide a site_base.html itself"):
# ours extends pinax-templates' base.html, names the site, and gives its mailbox markup a small stylesheet of ours.
SITE_BASE = """{% extends "base.html" %}
{% block head_title_base %}{% block head_title %}{% endblock %} | Greenfield Allotments{% endblock %}
{% block styles %}<style>
body { margin: 0; font-family: "DejaVu Sans", Arial, sans-serif; font-size: 14px; color: #24302a; background: #f3f5f1; }
header nav { background: #2f5d3a; color: #fff; padding: 12px 32px; }
.topbar-container { display: flex; align-items: center; gap: 28px; }
.topbar-container .brand { font-size: 19px; font-weight: bold; color: #fff; text-decoration: none; }
.main-bar { list-style: none; display: flex; gap: 18px; margin: 0; padding: 0; }
.main-bar a { color: #dcebd9; text-decoration: none; }
.account-bar { list-style: none; margin: 0 0 0 auto; padding: 0; color: #dcebd9; }
main { max-width: 980px; margin: 28px auto; background: #fff; border: 1px solid #d5dccf; border-radius: 6px; padding: 8px 28px 28px; }
h2 { display: flex; justify-content: space-between; align-items: center; font-size: 22px; }
a.button, button { background: #3d7a4b; color: #fff; border: 0; border-radius: 4px; padding: 7px 14px; text-decoration: none; font-size: 14px; }
.mailbox .thread { border-bottom: 1px solid #e3e8df; }
.mailbox .thread a { display: flex; gap: 24px; padding: 10px 6px; color: inherit; text-decoration: none; }
.mailbox .thread.unread { background: #f1f8ee; font-weight: bold; }
.mailbox .participants { width: 220px; flex: none; color: #3d7a4b; }
.mailbox .latest-message p { margin: 0 0 3px; }
.mailbox .content { color: #66736b; font-weight: normal; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; max-width: 640px; }
.thread-message { border: 1px solid #e3e8df; border-radius: 5px; margin-bottom: 12px; }
.message-byline { display: flex; justify-content: space-between; background: #f1f5ef; padding: 6px 12px; }
.message-from { font-weight: bold; } .message-sent { color: #66736b; }
.message-content { padding: 2px 12px; }
.comment-form label { display: block; font-weight: bold; margin: 12px 0 4px; }
.comment-form input, .comment-form select, .comment-form textarea { width: 100%; box-sizing: border-box; padding: 7px; border: 1px solid #c5cec0; border-radius: 4px; }
.form-actions { margin-top: 14px; display: flex; gap: 14px; align-items: center; justify-content: flex-end; }
footer { display: none; }
</style>{% endblock %}
{% block extra_head_base %}{% endblock %}
{% block topbar %}<a class="brand" href="{% url 'pinax_messages:inbox' %}">Greenfield Allotments</a>
<ul class="main-bar"><li><a href="{% url 'pinax_messages:inbox' %}">Inbox</a></li><li><a href="{% url 'pinax_messages:message_create' %}">New message</a></li></ul>
<ul class="account-bar"><li>{{ request.user.username }}</li></ul>{% endblock %}
"""

HEADER = ("Swingtime Demo", "Riverside Climbing Gym"), ("The Karate Dojo", "Class timetable")


def swingtime_templates(root: Path):
    "The demo's templates from django-swingtime's repository (`SWINGTIME_REV`), with the demo's own names replaced by ours."
    for rel in SWINGTIME_TPL:
        r = subprocess.run(["git", "--git-dir", str(SWINGTIME_GIT), "show", f"{SWINGTIME_REV}:demo/templates/{rel}"], capture_output=True, text=True)
        if r.returncode: raise RuntimeError(f"swingtime template {rel}: {r.stderr.strip()}")
        text = r.stdout
        if rel == "base.html":
            for a, b in HEADER: text = text.replace(a, b)
            text = text.replace("""<a href="{% url 'karate-home' %}">Home</a> &middot;""", "")
            text = text.replace("{% url 'demo-home' %}", "{% url 'swingtime:events' %}")
        # the demo's base.html is renamed so that it does not shadow pinax-templates' base.html in the same project
        text = text.replace('{% extends "base.html" %}', '{% extends "swingtime_base.html" %}')
        p = root / "templates" / ("swingtime_base.html" if rel == "base.html" else rel); p.parent.mkdir(parents=True, exist_ok=True); p.write_text(text)


def site() -> Path:
    "Write the Django project (swingtime, controlcenter and our two apps), migrate and seed it once; returns its folder."
    root = WORK / "kinds_site"
    root.mkdir(parents=True, exist_ok=True)
    (root / "site_settings.py").write_text(SETTINGS)
    (root / "site_urls.py").write_text(URLS)
    swingtime_templates(root)
    (root / "templates" / "site_base.html").write_text(SITE_BASE)
    if (root / "db.sqlite3").exists() and (root / "seeded").exists(): return root
    for app, src in (("accounts", ACCOUNTS), ("rides", "from django.db import models\n" + RIDES)):
        (root / app).mkdir(exist_ok=True); (root / app / "__init__.py").write_text("")
        (root / app / "models.py").write_text(src)
    (root / "rides" / "dashboards.py").write_text(DASHBOARDS)
    return C.migrate_and_seed(root, ["accounts", "rides"], SEED)


def login(base):
    "Django admin login (for controlcenter, which needs a staff user; swingtime pages are public)."
    return C.django_login(base)


# ---------------------------------------------------------------- django-swingtime: month, day and year calendars of a climbing gym
OCC = "swingtime_occurrence"


def busiest_days(n: int) -> list[tuple[int, int, int]]:
    "The n days with most class occurrences (so a day view shows several), by date."
    import sqlite3
    con = sqlite3.connect(WORK / "kinds_site" / "db.sqlite3")
    rows = con.execute(f"SELECT date(start_time) d, COUNT(*) c FROM {OCC} GROUP BY d ORDER BY c DESC, d LIMIT ?", (n,)).fetchall(); con.close()
    return sorted(tuple(int(x) for x in d.split("-")) for d, _ in rows)


def swingtime_pages() -> list[dict]:
    "Calendar pages and what they show (texts -> columns): month grid (start time + event title), day grid (titles placed "
    "by start/end time), year table (title, day, start, end), event list (titles), occurrence page (title, type, "
    "description; start/end inputs)."
    cal = lambda: {OCC: ["start_time", "event_id"]}
    span = lambda: {OCC: ["start_time", "end_time", "event_id"]}
    pg = []
    months = [(2025, 9), (2025, 10), (2025, 11), (2025, 12), (2026, 1), (2026, 2), (2026, 3), (2026, 4)]
    for (y, m), w in zip(months, [1440, 1280, 1920, 1440, 1920, 1280, 1440, 1920]):
        pg.append({"path": f"/climb/calendar/{y}/{m:02d}/", "kind": "calendar", "extra": cal(), "width": w, "check": (".calendar li", 5)})
    for (y, m, d), w in zip(busiest_days(3), [1280, 1920, 1440]):
        pg.append({"path": f"/climb/calendar/{y}/{m:02d}/{d:02d}/", "kind": "calendar", "extra": span(), "width": w, "check": ("td[class^=evt-]", 1)})
    pg.append({"path": "/climb/calendar/2025/", "kind": "calendar", "extra": span(), "width": 1920, "check": ("tr.month-divider", 3)})
    pg.append({"path": "/climb/calendar/2026/", "kind": "calendar", "extra": span(), "width": 1280, "check": ("tr.month-divider", 3)})
    pg.append({"path": "/climb/events/", "kind": "list", "extra": {"swingtime_event": ["title"]}, "width": 1440, "check": ("main li", 5)})
    return pg


def occurrence_page(db: Path, n: int, width: int) -> dict:
    "The n-th occurrence's page: its event's title, type and description, and the occurrence's start/end inputs."
    import sqlite3
    con = sqlite3.connect(db); eid, oid = con.execute(f"SELECT event_id, id FROM {OCC} ORDER BY id LIMIT 1 OFFSET ?", (n,)).fetchone(); con.close()
    return {"path": f"/climb/events/{eid}/{oid}/", "kind": "detail", "width": width, "check": ("form input", 2),
            "scopes": [(OCC, "", C.main_inputs)], "extra": {OCC: ["event_id"], "swingtime_event": ["title", "description", "event_type_id"]}}


def collect_swingtime(sh: C.Shooter):
    root = site()
    port = C.free_port()
    p = C.serve([PY, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload", "--insecure"], port, root, None, "swingtime.log")
    base = f"http://127.0.0.1:{port}"
    try:
        src = {"name": "django-swingtime", "package": f"django-swingtime@{version('django-swingtime')}", "base": base,
               "db": root / "db.sqlite3", "login": None, "group": "train", "ignore": {""},
               "display": {"swingtime_event": ["title"], "swingtime_eventtype": ["label"]},
               # the occurrence form's start/end are SelectDateWidget parts (_0_month, _0_day, _0_year) and a time (_1)
               "aliases": {f"{c}_0_{p}": c for c in ("start_time", "end_time") for p in ("month", "day", "year")}}
        pages = swingtime_pages() + [occurrence_page(root / "db.sqlite3", 40, 1920), occurrence_page(root / "db.sqlite3", 95, 1280)]
        for i, pg in enumerate(pages):
            spec = {"theme": "light", "scopes": [], **pg, "before": T.needs(*pg["check"])}
            T.try_shoot(sh, src, spec, i, f"django-swingtime {pg['path']}")
    finally:
        p.terminate(); p.wait()


# ---------------------------------------------------------------- django-controlcenter: bike-share dashboards (several widgets each)
def item_list(table: str, wid: str):
    "An ItemList widget's shown columns: its header texts (verbose names) inside the widget's group."
    return (table, f"#{wid} th", "text")


DASH = {  # dashboard -> (scopes of its item lists, columns its charts' labels come from, a selector every widget needs)
    "operations": ([item_list("rentals", "w-rentals"), item_list("bikes", "w-battery"), item_list("bike_stations", "w-stations")],
                   {"bike_stations": ["name"]}, "#w-perstation .ct-label"),
    "riders": ([item_list("riders", "w-riders"), item_list("rentals", "w-fares")], {"riders": ["plan"]}, "#w-plans .ct-label"),
    "workshop": ([item_list("repair_jobs", "w-repairs"), item_list("bikes", "w-out")], {"repair_jobs": ["reported_on"]}, "#w-perday .ct-label"),
}


def collect_controlcenter(sh: C.Shooter):
    root = site()
    port = C.free_port()
    p = C.serve([PY, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload", "--insecure"], port, root, None, "controlcenter.log")
    base = f"http://127.0.0.1:{port}"
    try:
        src = {"name": "django-controlcenter", "package": f"django-controlcenter@{version('django-controlcenter')}", "base": base,
               "db": root / "db.sqlite3", "login": login(base), "group": "train", "ignore": {""},
               "display": {"riders": ["full_name"], "bikes": ["serial"], "bike_stations": ["name"]}}
        plan = [("operations", 1440, "light"), ("operations", 1920, "dark"), ("operations", 1280, "light"),
                ("riders", 1280, "dark"), ("riders", 1440, "light"), ("riders", 1920, "light"),
                ("workshop", 1920, "light"), ("workshop", 1440, "dark"), ("workshop", 1280, "light")]
        for i, (dash, w, theme) in enumerate(plan):
            scopes, extra, check = DASH[dash]
            spec = {"path": f"/admin/dashboard/{dash}/", "kind": "dashboard", "scopes": scopes, "extra": {k: list(v) for k, v in extra.items()},
                    "width": w, "theme": theme, "wait": 1500, "before": T.needs(check, 2)}
            T.try_shoot(sh, src, spec, i, f"django-controlcenter {dash}")
    finally:
        p.terminate(); p.wait()


# ---------------------------------------------------------------- pinax-messages: an allotment society's members' inbox and threads
TH, UT, MSG = "pinax_messages_thread", "pinax_messages_userthread", "pinax_messages_message"


def member_login(base: str, username: str):
    "Log one member in (through the admin's login form; the four viewers are staff), landing on the inbox."
    def login(ctx):
        p = ctx.new_page(); p.goto(base + "/admin/login/?next=/mail/inbox/")
        p.fill("input[name=username]", username); p.fill("input[name=password]", "allot-pass-1")
        p.press("input[name=password]", "Enter"); p.wait_for_load_state("networkidle"); p.wait_for_timeout(300); p.close()
    return login


def inputs_for(*names):
    "The shown inputs among `names` (a scope that maps one form's fields to different tables)."
    return lambda page: [n for n in C.main_inputs(page) if n in names]


def mail_pages(db: Path, viewer: int) -> list[dict]:
    "What the pages show (texts -> columns): inbox rows = participants (accounts.username through the user-thread rows), "
    "subject, latest message's content; a thread = subject, each message's sender, sent time and content, and the reply "
    "box (content); the new-message form = to_user (a user-thread row's user), subject (thread), content (message)."
    import sqlite3
    con = sqlite3.connect(db)
    threads = [r[0] for r in con.execute(f"SELECT t.id FROM {TH} t JOIN {UT} u ON u.thread_id = t.id WHERE u.user_id = ? "
                                         f"AND (SELECT COUNT(*) FROM {MSG} m WHERE m.thread_id = t.id) >= 3 ORDER BY t.id", (viewer,))]
    con.close()
    inbox = {"path": "/mail/inbox/", "kind": "inbox", "check": (".mailbox .thread", 5),
             "extra": {UT: ["thread_id", "user_id"], TH: ["subject"], MSG: ["thread_id", "content"]}}
    thread = lambda t: {"path": f"/mail/thread/{t}/", "kind": "detail", "check": (".thread-message", 3),
                        "extra": {TH: ["subject"], MSG: ["thread_id", "sender_id", "sent_at", "content"]}}
    create = {"path": "/mail/create/", "kind": "form", "check": ("form select[name=to_user]", 1),
              "scopes": [(UT, "", inputs_for("to_user")), (TH, "", inputs_for("subject")), (MSG, "", inputs_for("content"))],
              "aliases": {"to_user": "user_id"}, "extra": {UT: ["thread_id"], MSG: ["thread_id"]}}
    return [inbox] + [thread(t) for t in threads[:2]] + [create]


def collect_pinax_messages(sh: C.Shooter):
    import sqlite3
    root = site()
    db = root / "db.sqlite3"
    con = sqlite3.connect(db); viewers = con.execute("SELECT id, username FROM accounts WHERE is_staff = 1 AND is_superuser = 0 ORDER BY id").fetchall(); con.close()
    port = C.free_port()
    p = C.serve([PY, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload", "--insecure"], port, root, None, "pinax.log")
    base = f"http://127.0.0.1:{port}"
    name = "pinax-messages"
    widths = [1440, 1280, 1920]
    try:
        i = 0
        for v, (uid, username) in enumerate(viewers[:4]):
            for k in [k for k in sh.contexts if k[0] == name]: sh.contexts.pop(k).close()  # the next member logs in afresh
            src = {"name": name, "package": f"pinax-messages@{version('pinax-messages')} (pinax-templates@{version('pinax-templates')})",
                   "base": base, "db": db, "login": member_login(base, username), "group": "train", "ignore": {""},
                   "display": {"accounts": ["username"]}}
            pages = mail_pages(db, uid)
            if v % 2: pages = pages[:-1]  # the new-message form for two of the four members
            for j, pg in enumerate(pages):
                spec = {"theme": "light", "scopes": [], "width": widths[(v + j) % 3], **pg, "before": T.needs(*pg["check"])}
                T.try_shoot(sh, src, spec, i, f"{name} {pg['path']}")
                i += 1
    finally:
        p.terminate(); p.wait()


COLLECTORS = {"django-swingtime": collect_swingtime, "django-controlcenter": collect_controlcenter, "pinax-messages": collect_pinax_messages}


def missing_swingtime() -> str | None:
    return None if SWINGTIME_GIT.exists() else f"missing django-swingtime git copy (SWINGTIME_GIT): {SWINGTIME_GIT}"


def main(argv=None):
    C.run_collectors(COLLECTORS, argv, __doc__.splitlines()[0], check=missing_swingtime)


if __name__ == "__main__":
    main()
