"""Markdown tables of bench/reader/ocr_speed.json (pasted into bench/reader/README.md).

    python bench/reader/report.py bench/reader/ocr_speed.json
"""
import json, statistics, sys

r = json.load(open(sys.argv[1] if len(sys.argv) > 1 else "bench/reader/ocr_speed.json"))
print(f"Machine: {r['machine']}\n")
print("| page | size | det scale | threads | boxes | detect wall / CPU s | recognise wall / CPU s | coverage of DOM words |")
print("|---|---|---|---|---|---|---|---|")
for e in r["engine"]:
    print(f"| {e['page']} | {e['size'][0]}×{e['size'][1]} | {e['det_scale']} | {e['threads']} | {e['boxes']} | "
          f"{e['detect_s']:.2f} / {e['detect_cpu_s']:.2f} | {e['recognize_s']:.2f} / {e['recognize_cpu_s']:.2f} | {e['coverage']:.3f} |")
print("\n| page | size | v1 wall / CPU s | v2 wall / CPU s | v2 boxes read / found | v1 → v2 tokens | key-word coverage v1 → v2 | nav share of prompt words v1 → v2 |")
print("|---|---|---|---|---|---|---|---|")
P = r["pages"]
for p in P:
    a, b = p["v1"], p["v2"]
    print(f"| {p['page']} | {p['size'][0]}×{p['size'][1]} | {a['seconds']:.1f} / {a['cpu_s']:.1f} | {b['seconds']:.1f} / {b['cpu_s']:.1f} | "
          f"{b['read']} / {b['boxes']} | {a['tokens']} → {b['tokens']} | {a['key_coverage']:.2f} → {b['key_coverage']:.2f} | {a['nav_share']:.2f} → {b['nav_share']:.2f} |")
med = lambda k, f: statistics.median(p[k][f] for p in P)
print(f"| **median** | | {med('v1', 'seconds'):.1f} / {med('v1', 'cpu_s'):.1f} | {med('v2', 'seconds'):.1f} / {med('v2', 'cpu_s'):.1f} | | "
      f"{med('v1', 'tokens'):.0f} → {med('v2', 'tokens'):.0f} | {med('v1', 'key_coverage'):.2f} → {med('v2', 'key_coverage'):.2f} | "
      f"{med('v1', 'nav_share'):.2f} → {med('v2', 'nav_share'):.2f} |")
