"""FTS5 `detail` and `optimize` measured on a generated database's quotations.

    .venv/bin/python bench/fts_options.py bench-data/q1m.db

Builds the quotes' full-text index three ways in a scratch file beside nothing else
(detail=full, detail=column, detail=none; porter tokenizer as db/schema.py), before and
after `optimize`, and prints each index's size and the time of the ranked search's inner
query (the 20,000 newest matches, ranked) for words of several frequencies and a phrase.
A phrase needs positions: detail=column and none cannot answer it (FTS5 raises an error).
Prints figures only.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import tempfile
import time

WORDS = ["people", "minister", "housing", "climate", "budget", "police", "water", "reform", "hospital", '"fair deal"']
INNER = "select rowid, rank from quotes_fts where quotes_fts match ? order by rowid desc limit 20000"


def timed(conn: sqlite3.Connection, term: str, rounds: int = 5) -> float | str:
    times = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        try:
            rows = conn.execute(f"select * from ({INNER}) order by rank limit 100", [term]).fetchall()
        except sqlite3.OperationalError as e:
            return f"error: {e}"
        times.append((time.perf_counter() - t0) * 1000)
        del rows
    return round(statistics.median(times), 1)


def main() -> None:
    ap = argparse.ArgumentParser(description="FTS5 detail and optimize, measured (figures only)")
    ap.add_argument("db", help="a database from bench/generate.py")
    args = ap.parse_args()
    print(f"{'detail':8} {'optimized':9} {'build s':>8} {'MB':>7}  " + "  ".join(f"{w:>10}" for w in WORDS))
    for detail in ("full", "column", "none"):
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "fts.db")
            conn = sqlite3.connect(f"file:{path}", uri=True)
            conn.execute("attach ? as src", [f"file:{args.db}?mode=ro"])
            t0 = time.perf_counter()
            conn.execute(f"create virtual table quotes_fts using fts5(quote, tokenize='porter', detail={detail})")
            conn.execute("insert into quotes_fts(rowid, quote) select id, quote from src.quotes")
            conn.commit()
            build = time.perf_counter() - t0
            for optimized in (False, True):
                if optimized:
                    t0 = time.perf_counter()
                    conn.execute("insert into quotes_fts(quotes_fts) values('optimize')")
                    conn.commit()
                    build = time.perf_counter() - t0
                size = conn.execute("select sum(length(block)) from quotes_fts_data").fetchone()[0] / 1e6
                cells = [timed(conn, w) for w in WORDS]
                print(
                    f"{detail:8} {str(optimized):9} {build:8.1f} {size:7.1f}  "
                    + "  ".join(f"{c if isinstance(c, float) else 'no phrase':>10}" for c in cells),
                    flush=True,
                )
            conn.close()


if __name__ == "__main__":
    main()
