"""Open every page of the built docs site in headless Chromium, served from 127.0.0.1.

A page fails when it does not load (HTTP status other than 200), when its text is (nearly) empty, or when
it shows a Python traceback. Screenshots of each page go to .site_check/ for a person to look at. Prints
one line per page and `N passed, N failed`; exits non-zero when a page failed. Usage:

    python tools/check_site.py [site_dir]
"""
import functools
import http.server
import os
import sys
import threading
from pathlib import Path

from playwright.sync_api import sync_playwright

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
MARKERS = ("Traceback (most recent call last)", "ModuleNotFoundError", "NameError:")


def serve(root: Path):
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args): pass
    handler = functools.partial(Quiet, directory=str(root))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd


def check(site: Path, shots: Path) -> tuple[int, int]:
    pages = sorted(p.relative_to(site).as_posix() for p in site.glob("*.html") if p.name != "404.html")
    if not pages:
        print(f"no pages in {site}")
        return 0, 1
    shots.mkdir(exist_ok=True)
    httpd = serve(site)
    base = f"http://127.0.0.1:{httpd.server_address[1]}/"
    passed = failed = 0
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(base) else route.abort())
        for name in pages:
            problems = []
            resp = page.goto(base + name, wait_until="load", timeout=60_000)
            if resp is None or resp.status != 200: problems.append(f"HTTP {resp.status if resp else 'no response'}")
            article = page.locator("article")
            text = article.inner_text() if article.count() else page.inner_text("body")
            if len(text.strip()) < 200: problems.append(f"nearly empty ({len(text.strip())} characters)")
            problems += [f"shows {m!r}" for m in MARKERS if m in text]
            page.screenshot(path=str(shots / (Path(name).stem + ".png")), full_page=False)
            print(f"{'ok  ' if not problems else 'FAIL'} {name:32} {len(text):7,} chars" + ("  " + "; ".join(problems) if problems else ""))
            passed, failed = passed + (not problems), failed + bool(problems)
        browser.close()
    httpd.shutdown()
    return passed, failed


if __name__ == "__main__":
    site = Path(sys.argv[1] if len(sys.argv) > 1 else "site")
    p, f = check(site, Path(".site_check"))
    print(f"{p} passed, {f} failed")
    sys.exit(1 if f else 0)
