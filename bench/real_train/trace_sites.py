"""What each Django project builder of the collectors does, without running Django: the commands it would run (with
their folder and environment) and every file it writes (a hash each), into a fresh temporary WORK per builder.
Run it before and after changing a builder or `collect.migrate_and_seed`; the two JSON files must be identical.

    python bench/real_train/trace_sites.py /tmp/before.json      # the project venv is enough: nothing is imported from Django
"""
import hashlib, importlib, json, sys, tempfile
from pathlib import Path
HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent / "real_ui"), str(HERE)]
import collect as C
calls = []
def fake_run(cmd, cwd, env=None):
    calls.append([[str(c) for c in cmd], str(Path(cwd).relative_to(WORKDIR)), env or {}])
C.run = fake_run
SITES = [("collect", "django_project"), ("collect", "dj2_project"), ("collect", "wagtail_project"), ("collect_train", "django_project"),
         ("collect_kinds", "site"), ("collect_more_a", "sail_site"), ("collect_more_b", "site"), ("collect_more_c", "explorer_site"),
         ("collect_more_d", "django_project"), ("collect_random", "django_project")]
out = {}
for mod, fn in SITES:
    m = importlib.import_module(mod)
    if hasattr(m, "run") and m is not C and m.run is not fake_run: m.run = fake_run
    WORKDIR = Path(tempfile.mkdtemp())
    m.WORK = WORKDIR; C.WORK = WORKDIR
    if fn == "dj2_project": (WORKDIR / "django_apps2" / "vendor").mkdir(parents=True)
    if fn == "wagtail_project":
        (WORKDIR / "wagtail" / "cms" / "cms" / "settings").mkdir(parents=True); (WORKDIR / "wagtail" / "cms" / "cms" / "settings" / "dev.py").write_text("X = 1\n")
    calls.clear()
    try: getattr(m, fn)()
    except Exception as e: out[f"{mod}.{fn}"] = {"error": f"{type(e).__name__}: {e}"}; continue
    files = {str(p.relative_to(WORKDIR)): hashlib.sha256(p.read_bytes()).hexdigest()[:16] for p in sorted(WORKDIR.rglob("*")) if p.is_file()}
    out[f"{mod}.{fn}"] = {"calls": list(calls), "files": files}
Path(sys.argv[1]).write_text(json.dumps(out, indent=1))
for k, v in out.items(): print(k, v.get("error") or f"{len(v['calls'])} calls, {len(v['files'])} files")
