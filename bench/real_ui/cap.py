"""The bundled adapter with a larger reader token cap, on the training-only real pages whose text the 400-token cap cut.

The reader (chapter 06a) keeps at most `max_tokens` (400) estimated tokens of a page's text and marks the cut with a
line `…`. 51 of the 238 training-only pages are cut (`records_real_v4`); they hold more tables (3.8 a page) and the
bundled adapter finds fewer of them. This reads those pages again with a larger cap, answers them with the bundled
adapter (llama.cpp, page names, grounded), and compares with its committed answers under the 400 cap.

    python bench/real_ui/cap.py 600          # appends to bench/real_ui/cap/cap600.jsonl (resumable), prints the means
"""
import json, sys, time, statistics as st
from pathlib import Path
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE)); import errors as E
from ghost_architect.evaluate import read_rows, EvalItem, score_row
from ghost_architect.infer import EmbeddedBackend, make_prediction
from ghost_architect.reader import read_page
cap = int(sys.argv[1])
trunc = {i for i, t in E.page_texts().items() if t.rstrip().endswith('\n…') or '\n…\n' in t}
b = EmbeddedBackend(); b.load()
out = HERE / 'cap' / f'cap{cap}.jsonl'; done = {json.loads(l)['id'] for l in out.open()} if out.exists() else set()
for data, run in E.RUNS:
    for r in read_rows(run / 'results.jsonl'):
        if r['id'] not in trunc or r['id'] in done: continue
        img = data / 'images' / f"{r['id']}.png"
        t0 = time.perf_counter(); text = read_page(img, max_tokens=cap).text; t1 = time.perf_counter()
        o = b.answer(text); t2 = time.perf_counter()
        p = b.finish(make_prediction(o['text'], 'cap', {}, o['tokens'], text), text); p.seconds = {'total': t2 - t0, 'ocr': t1 - t0, 'generate': t2 - t1}
        truth = json.loads((data / 'labels' / f"{r['id']}.json").read_text())['ddl']
        row = score_row(EvalItem(r['id'], str(img), truth, r['domain'], r['view']), p)
        row.update(base_tables=r['tables_f1'], base_columns=r['columns_f1'], base_seconds=r['seconds'], chars=len(text))
        with out.open('a') as f: f.write(json.dumps(row, default=str) + '\n')
rows = [json.loads(l) for l in out.open()]
print(cap, len(rows), 'base', round(st.mean(r['base_tables'] for r in rows), 3), round(st.mean(r['base_columns'] for r in rows), 3),
      'cap', round(st.mean(r['tables_f1'] for r in rows), 3), round(st.mean(r['columns_f1'] for r in rows), 3),
      'sec', round(st.median(r['base_seconds'] for r in rows), 2), round(st.median(r['seconds'] for r in rows), 2))
