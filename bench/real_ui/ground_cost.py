"""What grounding costs per answer, measured apart from the model: `make_prediction` (extract, check, repair) alone and
`ground_prediction` after it, side by side on the same answers: the validation set's answers as the model wrote them
(`runs/embedded-ungrounded`) with their pages' layout text (read first, not timed). Writes ground_cost.json.

    python bench/real_ui/ground_cost.py [--repeat 5]
"""
import argparse, json, statistics, time
from pathlib import Path

from evaluate import machine  # bench/real_ui/evaluate.py, beside this script
from ghost_architect.core import write_atomic

HERE = Path(__file__).resolve().parent


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5, help="timings per answer; the least is kept")
    a = ap.parse_args(argv)
    from ghost_architect.evaluate import eval_items
    from ghost_architect.infer import ground_prediction, make_prediction
    from ghost_architect.reader import read_page
    rows = [json.loads(l) for l in (HERE / "runs/embedded-ungrounded/results.jsonl").read_text().splitlines()]
    images = {i.id: i.image for i in eval_items(HERE / "data", split=None)}
    check, ground, grounded = [], [], 0
    for r in rows:
        text = read_page(images[r["id"]]).text
        best_c = best_g = float("inf")
        for _ in range(a.repeat):
            t0 = time.perf_counter(); p = make_prediction(r["sql"], "embedded", {})
            t1 = time.perf_counter(); g = ground_prediction(p, text)
            t2 = time.perf_counter()
            best_c, best_g = min(best_c, t1 - t0), min(best_g, t2 - t1)
        check.append(best_c * 1000); ground.append(best_g * 1000); grounded += g is not p
    def stats(xs):
        xs = sorted(xs)
        return {"p50_ms": round(statistics.median(xs), 2), "p95_ms": round(xs[int(0.95 * (len(xs) - 1))], 2), "max_ms": round(xs[-1], 2)}
    out = {"machine": machine(), "n": len(rows), "grounded": grounded, "repeat": a.repeat,
           "make_prediction": stats(check), "ground_prediction": stats(ground)}
    write_atomic(HERE / "ground_cost.json", (json.dumps(out, indent=1) + "\n").encode())
    print(json.dumps(out, indent=1))


if __name__ == "__main__": main()
