"""The chapter's figure: a grid of generated pages (1440 px wide) beside real screenshots, as bench/data_v2/grid.png."""
import random
import sys
from pathlib import Path

from PIL import Image, ImageDraw

from ghost_architect.data import offline_page
from ghost_architect.pages import PAGE_FRAMEWORKS, KINDS, make_page_example, screenshot

HERE = Path(__file__).parent
REAL = HERE.parent / "real_ui" / "data" / "images"
W, H, COLS = 360, 225, 4  # thumbnails of 1440 × 900


def pick(n: int = 12) -> list[int]:
    "Seeds whose pages cover every kind and framework first, then more."
    seen_k, seen_f, pairs, out = set(), set(), set(), []
    for strict in (True, False):
        for seed in range(400):
            ex, _ = make_page_example(seed)
            k, f = ex.view, ex.style["framework"]
            if seed in out or ex.style["layout"] == "mobile" or (k, f) in pairs or (strict and k in seen_k and f in seen_f): continue
            out.append(seed); seen_k.add(k); seen_f.add(f); pairs.add((k, f))
            if len(out) == n: return out
    return out


def thumb(png: bytes | Path, caption: str) -> Image.Image:
    import io
    im = Image.open(io.BytesIO(png) if isinstance(png, bytes) else png).convert("RGB")
    im = im.crop((0, 0, im.width, min(im.height, im.width * 900 // 1440))).resize((W, H), Image.LANCZOS)
    d = ImageDraw.Draw(im)
    d.rectangle((0, H - 16, W, H), fill=(0, 0, 0)); d.text((4, H - 14), caption, fill=(255, 255, 255))
    return im


def main() -> int:
    from playwright.sync_api import sync_playwright
    thumbs = []
    with sync_playwright() as pw:
        browser, page = offline_page(pw)
        for seed in pick():
            ex, doc = make_page_example(seed)
            png, _ = screenshot(page, doc, (1440, 900), 900)
            thumbs.append(thumb(png, f"generated · {ex.view} · {ex.style['framework']}{' · dark' if ex.style['dark'] else ''}"))
        browser.close()
    real = sorted(REAL.glob("*.png")) if REAL.exists() else []
    by_source = {}
    for p in real: by_source.setdefault(p.stem.rsplit("-", 1)[0], p)
    real = list(by_source.values())[:COLS]
    thumbs += [thumb(p, f"real · {p.stem}") for p in real]
    rows = (len(thumbs) + COLS - 1) // COLS
    sheet = Image.new("RGB", (COLS * W + (COLS - 1) * 6, rows * H + (rows - 1) * 6), "white")
    for k, t in enumerate(thumbs): sheet.paste(t, ((k % COLS) * (W + 6), (k // COLS) * (H + 6)))
    sheet.quantize(colors=128, method=Image.Quantize.MEDIANCUT).save(HERE / "grid.png", optimize=True)
    print(HERE / "grid.png", len(thumbs) - len(real), "generated,", len(real), "real")
    return 0


if __name__ == "__main__":
    sys.exit(main())
