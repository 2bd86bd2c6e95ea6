"""Two more REAL training-only sources of kinds the first eight lack: a message board (django-machina: forum index, topic
lists, topic pages, reply/new-topic forms, member profiles) and a kanban board (the jkanban component on an app of
ours: board, card pages, a list, card forms), run on 127.0.0.1 with Faker data in new domains and labelled with the
exact rule of bench/real_ui/collect.py (its helpers, and collect_train.py's guard, are imported, not copied).

Training-only sources: no quality claim is made on them (CARD.md says how they are used). Run with a separate venv (see CARD_b.md):
    python bench/real_train/collect_more_b.py [--only SOURCE ...]
"""
from __future__ import annotations

import os, shutil, sqlite3, sys
from importlib.metadata import version
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "real_ui")); sys.path.insert(0, str(HERE))
import collect as C  # noqa: E402  (the validation set's collector: its helpers, never its sources)
import collect_train as T  # noqa: E402  (guarded(): refuse error pages)

OUT = Path(os.environ.get("REAL_B_OUT", HERE / "data_b"))
WORK = Path(os.environ.get("REAL_B_WORK", "/work/tmp/B"))
PY = sys.executable
C.OUT, C.WORK = OUT, WORK
# jkanban@1.3.1 (Apache-2.0) from `npm pack`, unpacked: its dist/ holds jkanban.min.js (dragula bundled) and jkanban.min.css
JKANBAN = Path(os.environ.get("JKANBAN_DIR", WORK / "npm" / "jkanban" / "package"))

# ---------------------------------------------------------------- data models written for this set (new domains)
HIVE = '''
from django.contrib.auth.models import AbstractUser
class Beekeeper(AbstractUser):
    class Meta: db_table = "beekeepers"
'''
NEWSROOM = '''
from django.db import models
class Reporter(models.Model):
    full_name = models.CharField(max_length=120)
    email = models.EmailField()
    beat = models.CharField(max_length=60)
    class Meta: db_table = "reporters"; ordering = ["full_name"]
    def __str__(self): return self.full_name
class Desk(models.Model):
    name = models.CharField(max_length=40)
    colour = models.CharField(max_length=7)
    class Meta: db_table = "desks"; ordering = ["name"]
    def __str__(self): return self.name
class StoryStage(models.Model):
    name = models.CharField(max_length=40)
    position = models.PositiveSmallIntegerField()
    wip_limit = models.PositiveSmallIntegerField("WIP limit")
    class Meta: db_table = "story_stages"; ordering = ["position"]
    def __str__(self): return self.name
class Story(models.Model):
    headline = models.CharField(max_length=160)
    desk = models.ForeignKey(Desk, on_delete=models.PROTECT, related_name="stories")
    reporter = models.ForeignKey(Reporter, on_delete=models.PROTECT, related_name="stories")
    stage = models.ForeignKey(StoryStage, on_delete=models.PROTECT, related_name="stories")
    deadline = models.DateField()
    word_count = models.PositiveIntegerField("Words")
    priority = models.CharField(max_length=8, choices=[("low", "Low"), ("normal", "Normal"), ("high", "High"), ("breaking", "Breaking")])
    summary = models.TextField(blank=True)
    class Meta: db_table = "stories"; ordering = ["deadline", "id"]
    def __str__(self): return self.headline
'''
NEWSROOM_VIEWS = '''
import json
from django import forms
from django.shortcuts import get_object_or_404, render, redirect
from .models import Story, StoryStage, Desk, Reporter
class StoryForm(forms.ModelForm):
    class Meta:
        model = Story; fields = ["headline", "desk", "reporter", "stage", "deadline", "word_count", "priority", "summary"]
        widgets = {"deadline": forms.DateInput(attrs={"type": "date"}), "summary": forms.Textarea(attrs={"rows": 5})}
def board(request):
    desk = request.GET.get("desk")
    stories = Story.objects.select_related("desk", "reporter", "stage")
    if desk: stories = stories.filter(desk_id=desk)
    stages = list(StoryStage.objects.all())
    cols = [{"id": f"stage-{s.id}", "title": s.name, "wip": s.wip_limit,
             "item": [{"id": f"story-{t.id}", "headline": t.headline, "desk": t.desk.name, "colour": t.desk.colour,
                       "reporter": t.reporter.full_name, "deadline": t.deadline.strftime("%d %b"), "words": t.word_count}
                      for t in stories if t.stage_id == s.id]} for s in stages]
    return render(request, "newsroom/board.html", {"columns": json.dumps(cols), "desks": Desk.objects.all(),
                  "desk": Desk.objects.filter(pk=desk).first() if desk else None})
def story_list(request):
    return render(request, "newsroom/story_list.html", {"stories": Story.objects.select_related("desk", "reporter", "stage").order_by("deadline", "id")})
def story_detail(request, pk):
    return render(request, "newsroom/story_detail.html", {"story": get_object_or_404(Story.objects.select_related("desk", "reporter", "stage"), pk=pk)})
def story_form(request, pk=None):
    story = get_object_or_404(Story, pk=pk) if pk else None
    form = StoryForm(request.POST or None, instance=story)
    if request.method == "POST" and form.is_valid(): return redirect("newsroom-board")
    return render(request, "newsroom/story_form.html", {"form": form, "story": story})
'''
NEWSROOM_BASE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{% block title %}Newsroom{% endblock %} - The Harbour Gazette</title>
{% load static %}<link rel="stylesheet" href="{% static 'jkanban/jkanban.min.css' %}">
<style>
:root { --bg: #f4f5f7; --panel: #ffffff; --ink: #1f2430; --muted: #6b7280; --line: #dfe3ea; --bar: #17324d; --col: #e9ecf1; --accent: #1f6feb; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #15181e; --panel: #1f242d; --ink: #e6e9ef; --muted: #9aa3b2; --line: #323946; --bar: #0b1624; --col: #262c36; --accent: #58a6ff; } }
body { margin: 0; font: 14px/1.45 "DejaVu Sans", Arial, sans-serif; background: var(--bg); color: var(--ink); }
header.top { display: flex; align-items: center; gap: 28px; background: var(--bar); color: #fff; padding: 12px 28px; }
header.top .brand { font-weight: bold; font-size: 18px; } header.top a { color: #cfe0f5; text-decoration: none; }
header.top nav { display: flex; gap: 20px; } header.top .who { margin-left: auto; color: #cfe0f5; }
main { padding: 20px 28px; } h1 { font-size: 22px; margin: 4px 0 16px; } a { color: var(--accent); }
.filters { display: flex; gap: 8px; flex-wrap: wrap; margin-bottom: 14px; }
.filters a { padding: 3px 10px; border: 1px solid var(--line); border-radius: 12px; background: var(--panel); text-decoration: none; color: var(--ink); }
.filters a.on { background: var(--accent); color: #fff; border-color: var(--accent); }
.kanban-container { display: flex; } .kanban-board { background: var(--col); border-radius: 6px; }
.kanban-board header { padding: 10px 12px; } .kanban-title-board { font-weight: bold; color: var(--ink); }
.kanban-board .wip { float: right; font-size: 12px; color: var(--muted); font-weight: normal; }
.kanban-item { background: var(--panel); color: var(--ink); border-radius: 5px; box-shadow: 0 1px 2px rgba(0,0,0,.15); padding: 10px 12px; margin-bottom: 10px; }
.card-desk { display: inline-block; font-size: 11px; color: #fff; padding: 1px 7px; border-radius: 8px; margin-bottom: 5px; }
.card-headline { font-weight: bold; margin-bottom: 6px; } .card-meta { display: flex; justify-content: space-between; color: var(--muted); font-size: 12px; }
table.stories { border-collapse: collapse; width: 100%; background: var(--panel); }
table.stories th, table.stories td { text-align: left; padding: 8px 10px; border-bottom: 1px solid var(--line); }
table.stories th { background: var(--col); font-size: 12px; text-transform: uppercase; letter-spacing: .03em; color: var(--muted); }
.panel { background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: 18px 22px; max-width: 860px; }
dl.story { display: grid; grid-template-columns: 160px 1fr; gap: 8px 16px; } dl.story dt { color: var(--muted); } dl.story dd { margin: 0; }
form.story p { margin: 0 0 12px; } form.story label { display: block; font-weight: bold; margin-bottom: 4px; }
form.story input, form.story select, form.story textarea { width: 100%; box-sizing: border-box; padding: 7px; border: 1px solid var(--line);
  border-radius: 4px; background: var(--bg); color: var(--ink); font: inherit; }
.btn { display: inline-block; background: var(--accent); color: #fff; border: 0; border-radius: 4px; padding: 8px 16px; font: inherit; text-decoration: none; }
</style></head>
<body><header class="top"><span class="brand">The Harbour Gazette</span>
<nav><a href="{% url 'newsroom-board' %}">Board</a><a href="{% url 'newsroom-stories' %}">Stories</a><a href="{% url 'newsroom-new' %}">New story</a></nav>
<span class="who">Night desk</span></header>
<main>{% block content %}{% endblock %}</main>{% block js %}{% endblock %}</body></html>
"""
NEWSROOM_TPL = {
    "board.html": """{% extends "newsroom/base.html" %}{% load static %}
{% block title %}Story board{% endblock %}
{% block content %}<h1>Story board{% if desk %}: {{ desk.name }}{% endif %}</h1>
<div class="filters"><a href="{% url 'newsroom-board' %}" class="{% if not desk %}on{% endif %}">All desks</a>
{% for d in desks %}<a href="?desk={{ d.id }}" class="{% if desk.id == d.id %}on{% endif %}">{{ d.name }}</a>{% endfor %}</div>
<div id="board"></div>{% endblock %}
{% block js %}<script src="{% static 'jkanban/jkanban.min.js' %}"></script>
<script>
const cols = {{ columns|safe }};
const esc = s => String(s).replace(/[&<>"]/g, c => ({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"}[c]));
const w = Math.max(180, Math.min(270, Math.floor((window.innerWidth - 56) / cols.length) - 16));  // all stages in view
new jKanban({ element: "#board", gutter: "8px", widthBoard: w + "px", responsivePercentage: false, dragBoards: false,
  boards: cols.map(c => ({ id: c.id, title: esc(c.title) + ' <span class="wip">' + c.item.length + ' / ' + c.wip + '</span>',
    item: c.item.map(t => ({ id: t.id, title: '<span class="card-desk" style="background:' + t.colour + '">' + esc(t.desk) + '</span>'
      + '<div class="card-headline">' + esc(t.headline) + '</div><div class="card-meta"><span>' + esc(t.reporter) + '</span><span>'
      + esc(t.deadline) + ' &middot; ' + t.words + ' w</span></div>' })) })) });
</script>{% endblock %}
""",
    "story_list.html": """{% extends "newsroom/base.html" %}{% block title %}Stories{% endblock %}
{% block content %}<h1>All stories</h1>
<table class="stories"><thead><tr><th>Headline</th><th>Desk</th><th>Reporter</th><th>Stage</th><th>Deadline</th><th>Words</th><th>Priority</th></tr></thead>
<tbody>{% for s in stories %}<tr><td><a href="{% url 'newsroom-story' s.id %}">{{ s.headline }}</a></td><td>{{ s.desk.name }}</td>
<td>{{ s.reporter.full_name }}</td><td>{{ s.stage.name }}</td><td>{{ s.deadline|date:"d M Y" }}</td><td>{{ s.word_count }}</td>
<td>{{ s.get_priority_display }}</td></tr>{% endfor %}</tbody></table>{% endblock %}
""",
    "story_detail.html": """{% extends "newsroom/base.html" %}{% block title %}{{ story.headline }}{% endblock %}
{% block content %}<h1>{{ story.headline }}</h1><div class="panel"><dl class="story">
<dt>Desk</dt><dd><span class="card-desk" style="background:{{ story.desk.colour }}">{{ story.desk.name }}</span></dd>
<dt>Reporter</dt><dd>{{ story.reporter.full_name }}</dd><dt>Stage</dt><dd>{{ story.stage.name }}</dd>
<dt>Deadline</dt><dd>{{ story.deadline|date:"l, d F Y" }}</dd><dt>Words</dt><dd>{{ story.word_count }}</dd>
<dt>Priority</dt><dd>{{ story.get_priority_display }}</dd><dt>Summary</dt><dd>{{ story.summary|linebreaksbr }}</dd></dl>
<p><a class="btn" href="{% url 'newsroom-edit' story.id %}">Edit story</a></p></div>{% endblock %}
""",
    "story_form.html": """{% extends "newsroom/base.html" %}{% block title %}{% if story %}Edit story{% else %}New story{% endif %}{% endblock %}
{% block content %}<h1>{% if story %}Edit: {{ story.headline }}{% else %}New story{% endif %}</h1>
<div class="panel"><form class="story" method="post">{% csrf_token %}{{ form.as_p }}<button class="btn" type="submit">Save</button></form></div>{% endblock %}
""",
}
NEWSROOM_URLS = '''from django.urls import path
from . import views
urlpatterns = [path("board/", views.board, name="newsroom-board"), path("stories/", views.story_list, name="newsroom-stories"),
               path("stories/new/", views.story_form, name="newsroom-new"), path("stories/<int:pk>/", views.story_detail, name="newsroom-story"),
               path("stories/<int:pk>/edit/", views.story_form, name="newsroom-edit")]
'''

SETTINGS = '''
import os
from machina import MACHINA_MAIN_TEMPLATE_DIR, MACHINA_MAIN_STATIC_DIR
HERE = os.path.dirname(__file__)
SECRET_KEY = "real-train-b"; DEBUG = True; ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
INSTALLED_APPS = ["django.contrib.admin", "django.contrib.auth", "django.contrib.contenttypes", "django.contrib.sessions",
    "django.contrib.messages", "django.contrib.staticfiles", "mptt", "haystack", "widget_tweaks",
    "machina", "machina.apps.forum", "machina.apps.forum_conversation", "machina.apps.forum_conversation.forum_attachments",
    "machina.apps.forum_conversation.forum_polls", "machina.apps.forum_feeds", "machina.apps.forum_moderation",
    "machina.apps.forum_search", "machina.apps.forum_tracking", "machina.apps.forum_member", "machina.apps.forum_permission",
    "hive", "newsroom"]
MIDDLEWARE = ["django.contrib.sessions.middleware.SessionMiddleware", "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware", "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware", "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "machina.apps.forum_permission.middleware.ForumPermissionMiddleware"]
ROOT_URLCONF = "site_urls"; AUTH_USER_MODEL = "hive.Beekeeper"
TEMPLATES = [{"BACKEND": "django.template.backends.django.DjangoTemplates", "DIRS": [os.path.join(HERE, "templates"), MACHINA_MAIN_TEMPLATE_DIR],
    "APP_DIRS": True, "OPTIONS": {"context_processors": ["django.template.context_processors.request",
    "django.contrib.auth.context_processors.auth", "django.contrib.messages.context_processors.messages",
    "machina.core.context_processors.metadata"]}}]
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": os.path.join(HERE, "db.sqlite3")}}
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
          "machina_attachments": {"BACKEND": "django.core.cache.backends.filebased.FileBasedCache", "LOCATION": os.path.join(HERE, "attach_cache")}}
HAYSTACK_CONNECTIONS = {"default": {"ENGINE": "haystack.backends.simple_backend.SimpleEngine"}}
STATIC_URL = "/static/"; STATICFILES_DIRS = [MACHINA_MAIN_STATIC_DIR, os.path.join(HERE, "static")]
MEDIA_URL = "/media/"; MEDIA_ROOT = os.path.join(HERE, "media")
USE_TZ = True; TIME_ZONE = "UTC"; DEFAULT_AUTO_FIELD = "django.db.models.AutoField"
MACHINA_FORUM_NAME = "Hive & Honey Forum"
MACHINA_DEFAULT_AUTHENTICATED_USER_FORUM_PERMISSIONS = ["can_see_forum", "can_read_forum", "can_start_new_topics",
    "can_reply_to_topics", "can_edit_own_posts", "can_post_without_approval"]
'''
URLS = '''from django.contrib import admin
from django.urls import path, include
from machina import urls as machina_urls
urlpatterns = [path("admin/", admin.site.urls), path("forum/", include(machina_urls)), path("newsroom/", include("newsroom.urls"))]
'''

SEED = '''
import random, datetime as dt
from faker import Faker
from django.utils import timezone
from hive.models import Beekeeper
from machina.apps.forum.models import Forum
from machina.apps.forum_conversation.models import Topic, Post
from machina.apps.forum_member.models import ForumProfile
from newsroom.models import Reporter, Desk, StoryStage, Story
f = Faker(["en_GB", "en_US"]); Faker.seed(4242); random.seed(4242); fu = f["en_US"]
UTC = dt.timezone.utc
if not Beekeeper.objects.filter(username="admin").exists(): Beekeeper.objects.create_superuser("admin", "admin@example.org", "admin")
# a beekeepers' association forum (machina); the first four members can log in (staff, for the admin login form)
keepers = [Beekeeper.objects.create_user(f.unique.user_name()[:30], f.email(), "hive-pass-1", first_name=f.first_name(),
           last_name=f.last_name(), is_staff=i < 4) for i in range(30)]
cats = {"Around the apiary": [("Colony management", "Inspections, swarm control, splits and requeening."),
                              ("Pests and diseases", "Varroa treatments, wax moth, foulbrood and what to do about them."),
                              ("Queen rearing", "Grafting, mating nucs and queen cells.")],
        "Hive products": [("Honey harvest and extraction", "Supers, extractors, settling tanks and jars."),
                          ("Wax, propolis and candles", "Rendering wax and making things with it.")],
        "The association": [("Meetings and apiary visits", "Monthly meetings, bee-safari trips and open days."),
                            ("Equipment for sale or swap", "Second-hand hives, frames, suits and smokers.")]}
subjects = ["Swarm cells in {m}: split or let them go?", "Oxalic acid dribble vs vapour", "First inspection of the year", "Queen not laying after {n} weeks",
            "Best hive stand height?", "Chalkbrood in one colony", "Drone comb removal timing", "Wasps robbing the nuc", "Ivy honey setting in the comb",
            "National vs Langstroth frames", "Feeding fondant in {m}", "Heather honey pressing", "Bait hives that actually work", "Marking the queen: which colour for {y}?",
            "Uncapping fork or knife?", "Moving hives three feet or three miles", "Crystallised rape honey", "Smoker fuel recommendations", "Supersedure cells in {m}",
            "Laying workers: any hope?", "Solar wax extractor plans", "Bee-safari trip to the heather moors", "Selling at the farmers' market", "Mouse guards on yet?",
            "Apiary visit on {m} {n}", "Spare brood box, 11 frames", "Extractor to lend", "Varroa drop count of {n} a day", "Requeening a stroppy colony", "Candle moulds wanted"]
sentences = ["Had a look this morning and found {n} sealed queen cells on the bottom bars.", "The mite drop went up after the treatment, which I suppose is good news.",
             "I'd leave them another week before you decide anything.", "We use an Ashforth feeder and it works well.", "Honestly, the weather decides most of it.",
             "Our association has a loan extractor, ask at the next meeting.", "Two of my colonies did the same last year.", "Try a Bailey comb change in spring.",
             "That sounds like a drone-laying queen to me.", "The heather is a good month late up here.", "Keep the entrance reduced until the nuc builds up.",
             "Photos would help, can you post a frame?", "I mark mine with a posca pen, no problems so far.", "The jars are from the association shop.",
             "Varroa boards are in, counts are low.", "Strong colony, nine frames of brood and plenty of stores."]
def para():
    return " ".join(random.choice(sentences).format(n=random.randint(2, 40)) for _ in range(random.randint(2, 5)))
t0 = dt.datetime(2025, 7, 30, 21, tzinfo=UTC)
for cname, forums in cats.items():
    cat = Forum.objects.create(name=cname, type=Forum.FORUM_CAT)
    for name, desc in forums:
        fo = Forum.objects.create(name=name, description=desc, type=Forum.FORUM_POST, parent=cat)
        for k in range(random.randint(6, 13)):
            poster = random.choice(keepers)
            subj = random.choice(subjects).format(m=random.choice(["May", "June", "July", "April"]), n=random.randint(2, 30), y=random.choice([2024, 2025]))
            when = t0 - dt.timedelta(hours=random.randint(24, 24 * 120))
            topic = Topic.objects.create(forum=fo, poster=poster, subject=subj, type=Topic.TOPIC_POST, status=Topic.TOPIC_UNLOCKED, approved=True)
            posts = []
            for j in range(random.choice([1, 2, 3, 4, 5, 6, 8, 11])):
                who = poster if j == 0 else random.choice(keepers)
                p = Post.objects.create(topic=topic, poster=who, subject=subj if j == 0 else f"Re: {subj}", content=para(), approved=True,
                                        enable_signature=True)
                when = when + dt.timedelta(minutes=random.randint(20, 60 * 30))
                Post.objects.filter(pk=p.pk).update(created=min(when, t0), updated=min(when, t0))
            Topic.objects.filter(pk=topic.pk).update(created=Post.objects.filter(topic=topic).order_by("id").first().created,
                                                     views_count=random.randint(5, 900))
            topic.refresh_from_db(); topic.update_trackers()
        fo.refresh_from_db(); fo.update_trackers()
for k in keepers[::3]:
    prof, _ = ForumProfile.objects.get_or_create(user=k)
    prof.signature = random.choice(["{n} colonies on the edge of the moor.", "Beekeeping since {y}.", "Buckfast and local mongrels, {n} hives."]).format(n=random.randint(2, 20), y=random.randint(1985, 2022))
    prof.save()
# a local newspaper's story board (jkanban)
desks = [Desk.objects.create(name=n, colour=c) for n, c in [("Politics", "#8250df"), ("Business", "#1a7f37"), ("Sport", "#cf222e"),
         ("Culture", "#bf8700"), ("Local", "#0969da"), ("Weather", "#57606a")]]
stages = [StoryStage.objects.create(name=n, position=i, wip_limit=w) for i, (n, w) in enumerate([("Pitched", 12), ("Assigned", 8),
          ("Reporting", 8), ("Editing", 5), ("Subbing", 4), ("Published", 30)])]
reporters = [Reporter.objects.create(full_name=f.name(), email=f.email(), beat=random.choice(["council", "courts", "football", "arts", "harbour", "schools", "health"])) for _ in range(14)]
heads = {"Politics": ["Council approves {n}m harbour wall repair", "Mayor defends budget cuts", "Parking charges row at town hall",
                      "Plan for {n} homes on the dunes rejected", "Library hours cut in three villages", "School roof fund falls short by {n}k"],
         "Business": ["Bakery chain to close {n} branches", "Tech start-up moves into the old customs house", "Port jobs boost as wind farm work begins",
                      "Ferry fares rise for the {o} time this year", "Fishing quota deal 'a lifeline' for the fleet", "Chandlery sold after {n} years"],
         "Sport": ["Late goal keeps {t} in the play-off race", "Cricket club celebrates {n} years", "Derby ends in a {n}-all draw",
                   "Record crowd for the regatta", "Sea-swim race cancelled over water quality", "Rowing crew qualify for the nationals"],
         "Culture": ["New gallery opens in the old fish market", "Festival line-up announced", "Choir to sing at the cathedral",
                     "Cinema reopens with community buyout", "Sea shanty night raises {n}k for the lifeboat", "Author returns to her harbour roots"],
         "Local": ["Lifeboat crew rescue {n} from sandbank", "Harbour master retires after {n} years", "Bus route {n} to be axed in spring",
                   "Hospital waits longest in the region", "Tidal flood defences 'two years late'", "Rail strike: what it means for commuters"],
         "Weather": ["Storm warning for the weekend: gusts of {n} mph", "Heatwave tips: councils open cool rooms", "Fog delays morning ferries",
                     "Wettest June since records began", "Snow closes the moor road", "Spring tides to flood the quay again"]}
notes = ["Quotes from the council press office still to come.", "Photographer booked for Thursday morning.", "Check figures against last year's report.",
         "Needs a second source before it runs.", "Lawyer to read before subbing.", "Could lead the website if the match is called off.",
         "Sidebar with a map of the route.", "Interview done, transcript in the shared folder.", "Hold for the Saturday edition.",
         "Follow-up to last week's front page.", "Embargoed until 00:01 on the day.", "Reader letters on this are piling up."]
def brief(): return " ".join(random.sample(notes, random.randint(2, 4)))
for _ in range(46):
    desk = random.choice(desks)
    Story.objects.create(headline=random.choice(heads[desk.name]).format(n=random.randint(2, 60), o=random.choice(["second", "third"]), t=random.choice(["Harbour FC", "Rovers", "the Mariners"])),
                         desk=desk, reporter=random.choice(reporters), stage=random.choices(stages, [9, 8, 10, 7, 5, 12])[0],
                         deadline=dt.date(2025, 8, 1) + dt.timedelta(days=random.randint(-6, 20)), word_count=random.choice([250, 400, 450, 600, 800, 900, 1200, 1500]),
                         priority=random.choices(["low", "normal", "high", "breaking"], [3, 8, 3, 1])[0], summary=brief())
'''


def site() -> Path:
    "Write the Django project (machina, and our two apps `hive` and `newsroom`), migrate and seed it once; returns its folder."
    root = WORK / "b_site"
    root.mkdir(parents=True, exist_ok=True)
    (root / "site_settings.py").write_text(SETTINGS)
    (root / "site_urls.py").write_text(URLS)
    tpl = root / "templates" / "newsroom"; tpl.mkdir(parents=True, exist_ok=True)
    (tpl / "base.html").write_text(NEWSROOM_BASE)
    for name, text in NEWSROOM_TPL.items(): (tpl / name).write_text(text)
    st = root / "static" / "jkanban"; st.mkdir(parents=True, exist_ok=True)
    for name in ("jkanban.min.js", "jkanban.min.css"): shutil.copy(JKANBAN / "dist" / name, st / name)
    for app, files in (("hive", {"models.py": HIVE}), ("newsroom", {"models.py": NEWSROOM, "views.py": NEWSROOM_VIEWS, "urls.py": NEWSROOM_URLS})):
        (root / app).mkdir(exist_ok=True); (root / app / "__init__.py").write_text("")
        for name, text in files.items(): (root / app / name).write_text(text)
    if (root / "db.sqlite3").exists() and (root / "seeded").exists(): return root
    return C.migrate_and_seed(root, ["hive", "newsroom"], SEED)


def member_login(base: str, username: str, password: str, landing: str):
    "Log one member in through the admin's login form (the viewers are staff), landing on `landing`."
    def login(ctx):
        p = ctx.new_page(); p.goto(f"{base}/admin/login/?next={landing}")
        p.fill("input[name=username]", username); p.fill("input[name=password]", password)
        p.press("input[name=password]", "Enter"); p.wait_for_load_state("networkidle"); p.wait_for_timeout(300); p.close()
    return login


def inputs_for(*names):
    "The shown inputs among `names` (a scope that maps one form's fields to different tables)."
    return lambda page: [n for n in C.main_inputs(page) if n in names]


def serve_site(root: Path, log: str):
    port = C.free_port()
    p = C.serve([PY, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload", "--insecure"], port, root, None, log)
    return p, f"http://127.0.0.1:{port}"


# ---------------------------------------------------------------- django-machina: a beekeepers' association forum
FO, TO, PO, PR, US = "forum_forum", "forum_conversation_topic", "forum_conversation_post", "forum_member_forumprofile", "beekeepers"


def forum_pages(db: Path) -> list[dict]:
    "What machina's templates print (texts -> columns; the pages print no column names):\n"
    "- index (forum/index.html + forum_list.html): categories (name) holding forums (name, description, topics and posts "
    "counts, last post: its poster's username and date) -> forum_forum (name, description, parent_id, direct_topics_count, "
    "direct_posts_count, last_post_id), forum_conversation_post (poster_id, created), beekeepers (username);\n"
    "- a forum page (forum_detail.html + topic_list.html): the forum's name and its topics (subject, poster's username, "
    "created; replies = posts_count - 1, views_count; last post: poster, date) -> forum_forum (name), forum_conversation_topic "
    "(forum_id, subject, poster_id, created, posts_count, views_count, last_post_id), forum_conversation_post, beekeepers;\n"
    "- a topic page (topic_detail.html): topic subject, each post's subject, poster, created and content, the poster's "
    "posts count and signature (forum profile), the forum's name in the breadcrumb -> forum_conversation_topic (forum_id, "
    "subject), forum_conversation_post (topic_id, subject, poster_id, created, content, enable_signature), beekeepers "
    "(username), forum_member_forumprofile (user_id, posts_count, signature), forum_forum (name);\n"
    "- a reply form (post_create.html): inputs from the DOM (subject, content, enable_signature) + the topic review "
    "(the last posts: subject, poster, created, content), the forum's name in the breadcrumb -> forum_conversation_post, "
    "forum_conversation_topic (forum_id, subject), forum_forum (name), beekeepers (username);\n"
    "- a new-topic form (topic_create.html): inputs (subject -> the topic's and its first post's; topic_type ('Post topic "
    "as') -> the topic's type; content, enable_signature -> the post's), the forum's name -> forum_forum (name);\n"
    "- a member profile (forum_profile_detail.html): username, posts count, recent posts (subject, created, content) -> "
    "forum_member_forumprofile (user_id, posts_count), beekeepers (username), forum_conversation_post (poster_id, subject, "
    "created, content)."
    con = sqlite3.connect(db)
    forums = con.execute(f"SELECT id, slug FROM {FO} WHERE type = 0 ORDER BY direct_topics_count DESC, id").fetchall()
    topics = con.execute(f"SELECT t.id, t.slug, f.id, f.slug FROM {TO} t JOIN {FO} f ON f.id = t.forum_id WHERE t.posts_count BETWEEN 3 AND 8 "
                         f"ORDER BY t.posts_count DESC, t.id").fetchall()
    busy = con.execute(f"SELECT user_id FROM {PR} ORDER BY posts_count DESC, user_id LIMIT 2").fetchall()
    con.close()
    post_cols = ["poster_id", "created"]
    index = {"path": "/forum/", "kind": "list", "check": (".forumlist .forum-name-link", 5),
             "extra": {FO: ["name", "description", "parent_id", "direct_topics_count", "direct_posts_count", "last_post_id"], PO: post_cols, US: ["username"]}}
    forum = lambda fid, slug: {"path": f"/forum/forum/{slug}-{fid}/", "kind": "inbox", "check": (".topiclist .topic-name-link", 5),
                               "extra": {FO: ["name"], TO: ["forum_id", "subject", "poster_id", "created", "posts_count", "views_count", "last_post_id"],
                                         PO: post_cols, US: ["username"]}}
    topic = lambda tid, tslug, fid, fslug: {"path": f"/forum/forum/{fslug}-{fid}/topic/{tslug}-{tid}/", "kind": "detail", "check": (".card.post", 3),
                                           "extra": {FO: ["name"], TO: ["forum_id", "subject"], PO: ["topic_id", "subject", "poster_id", "created", "content", "enable_signature"],
                                                     US: ["username"], PR: ["user_id", "posts_count", "signature"]}}
    reply = lambda tid, tslug, fid, fslug: {"path": f"/forum/forum/{fslug}-{fid}/topic/{tslug}-{tid}/post/create/", "kind": "form",
                                           "check": ("form textarea", 1), "scopes": [(PO, "", C.main_inputs)],
                                           "extra": {FO: ["name"], TO: ["forum_id", "subject"], PO: ["topic_id", "poster_id", "created"], US: ["username"]}}
    new_topic = lambda fid, slug: {"path": f"/forum/forum/{slug}-{fid}/topic/create/", "kind": "form", "check": ("form textarea", 1),
                                   "scopes": [(TO, "", inputs_for("subject", "topic_type")), (PO, "", inputs_for("subject", "content", "enable_signature"))],
                                   "aliases": {"topic_type": "type"}, "extra": {FO: ["name"], TO: ["forum_id"], PO: ["topic_id"]}}
    profile = lambda uid: {"path": f"/forum/member/profile/{uid}/", "kind": "detail", "check": (".recent-posts .post", 3),
                           "extra": {PR: ["user_id", "posts_count"], US: ["username"], PO: ["poster_id", "subject", "created", "content"]}}
    t = topics
    return ([index] + [forum(*f) for f in forums[:5]] + [topic(*x) for x in (t[0], t[3], t[7], t[12])] + [reply(*t[5]), reply(*t[9])]
            + [new_topic(*forums[1]), new_topic(*forums[4])] + [profile(u) for (u,) in busy])


def collect_machina(sh: C.Shooter):
    root = site()
    db = root / "db.sqlite3"
    con = sqlite3.connect(db); viewers = con.execute(f"SELECT username FROM {US} WHERE is_staff = 1 AND is_superuser = 0 ORDER BY id").fetchall(); con.close()
    p, base = serve_site(root, "machina.log")
    name = "django-machina"
    widths = [1440, 1280, 1920]
    try:
        src = {"name": name, "package": f"django-machina@{version('django-machina')}", "base": base, "db": db, "group": "train",
               "ignore": {""}, "display": {US: ["username"], FO: ["name"], TO: ["subject"]}, "login": None}
        for i, pg in enumerate(forum_pages(db)):
            viewer = viewers[i % len(viewers)][0]
            for k in [k for k in sh.contexts if k[0] == name]: sh.contexts.pop(k).close()  # each page seen by one of four members, logged in afresh
            src["login"] = member_login(base, viewer, "hive-pass-1", "/forum/")
            spec = {"theme": "light", "scopes": [], "width": widths[i % 3], **pg, "before": T.needs(*pg["check"])}
            T.try_shoot(sh, src, spec, i, f"{name} {pg['path']}")
    finally:
        p.terminate(); p.wait()


# ---------------------------------------------------------------- jkanban: a local newspaper's story board
ST, SG, DK, RP = "stories", "story_stages", "desks", "reporters"


def kanban_pages(db: Path) -> list[dict]:
    "What the pages show: the board (our template's jkanban boards: one per `story_stages` row, titled with its name and "
    "'<cards> / <wip_limit>'; a card prints the story's desk name, headline, reporter's name, deadline and word count) -> "
    "story_stages (name, wip_limit), stories (headline, desk_id, reporter_id, stage_id, deadline, word_count), desks (name), "
    "reporters (full_name), from the template's source; the list (a table: header texts from the DOM), the story page "
    "(its `dl` term texts from the DOM) and the forms (input names from the DOM) are labelled by the DOM."
    con = sqlite3.connect(db)
    desks = [r[0] for r in con.execute(f"SELECT desk_id FROM {ST} GROUP BY desk_id ORDER BY COUNT(*) DESC, desk_id LIMIT 5")]
    ids = [r[0] for r in con.execute(f"SELECT id FROM {ST} ORDER BY id")]
    con.close()
    board_extra = lambda: {SG: ["name", "wip_limit"], ST: ["headline", "desk_id", "reporter_id", "stage_id", "deadline", "word_count"]}
    board = lambda q="": {"path": f"/newsroom/board/{q}", "kind": "kanban", "check": (".kanban-item", 5), "extra": board_extra(), "wait": 600}
    lst = {"path": "/newsroom/stories/", "kind": "list", "check": ("table.stories tbody tr", 10), "scopes": [(ST, "table.stories th", "text")]}
    detail = lambda i: {"path": f"/newsroom/stories/{i}/", "kind": "detail", "check": ("dl.story dt", 5), "scopes": [(ST, "dl.story dt", "text")]}
    form = lambda path: {"path": path, "kind": "form", "check": ("form.story select", 3), "scopes": [(ST, "", C.main_inputs)]}
    plan = [(board(), 1440, "light"), (board(), 1920, "dark"), (board(), 1280, "light"),
            (board(f"?desk={desks[0]}"), 1280, "dark"), (board(f"?desk={desks[1]}"), 1920, "light"), (board(f"?desk={desks[2]}"), 1440, "light"),
            (board(f"?desk={desks[3]}"), 1920, "dark"), (board(f"?desk={desks[4]}"), 1440, "dark"),
            (lst, 1440, "light"), (lst, 1920, "dark"), (detail(ids[4]), 1280, "light"), (detail(ids[17]), 1920, "dark"),
            (form(f"/newsroom/stories/{ids[8]}/edit/"), 1440, "dark"), (form("/newsroom/stories/new/"), 1280, "light")]
    return [{**pg, "width": w, "theme": th} for pg, w, th in plan]


def collect_jkanban(sh: C.Shooter):
    root = site()
    db = root / "db.sqlite3"
    p, base = serve_site(root, "jkanban.log")
    try:
        src = {"name": "jkanban", "package": f"jkanban@1.3.1 (Django@{version('Django')} app of ours)", "base": base, "db": db,
               "group": "train", "login": None, "ignore": {""}, "aliases": {"Words": "word_count", "WORDS": "word_count"},
               "display": {SG: ["name"], DK: ["name"], RP: ["full_name"]}}
        for i, pg in enumerate(kanban_pages(db)):
            spec = {"scopes": [], **pg, "before": T.needs(*pg["check"])}
            T.try_shoot(sh, src, spec, i, f"jkanban {pg['path']}")
    finally:
        p.terminate(); p.wait()


COLLECTORS = {"django-machina": collect_machina, "jkanban": collect_jkanban}


def missing() -> str | None:
    return None if (JKANBAN / "dist" / "jkanban.min.js").exists() else f"missing jkanban npm copy (JKANBAN_DIR): {JKANBAN}"


def main(argv=None):
    C.run_collectors(COLLECTORS, argv, __doc__.splitlines()[0], check=missing)


if __name__ == "__main__":
    main()
