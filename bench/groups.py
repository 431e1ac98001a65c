"""What quotation grouping costs one new article in a database of a million quotations.

    .venv/bin/python bench/groups.py --quotes 1000000 /tmp/groups-1m.db

Builds the database with bench/generate.py when the file is missing, then groups it the way
an ingest upgrading a database from before groups does (Store.finish: syndicated copies, then
every quotation; timed), then stores --articles new articles through Store.save, each of five
quotations: an exact copy of a stored one, a trimmed one (its first words cut), one with a
word changed, and two new ones. Prints, per article, the time spent grouping (copies.mark,
groups.split/place/recount) and the whole save, p50 and p95 in ms, and the size of the
look-up tables.
"""
from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from db import copies, groups  # noqa: E402
from db.store import Store, open_db  # noqa: E402
from ingest.records import Article, Quote  # noqa: E402

TIMED = [(copies, "mark"), (groups, "split"), (groups, "place"), (groups, "recount"), (groups, "groups_of_articles")]


class Clock:
    """Wraps the grouping functions and adds up the time spent in them."""

    def __init__(self) -> None:
        self.spent = 0.0
        self.depth = 0
        for module, name in TIMED:
            setattr(module, name, self._wrap(getattr(module, name)))

    def _wrap(self, fn):
        def timed(*args, **kwargs):
            self.depth += 1
            t0 = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                self.depth -= 1
                if self.depth == 0:
                    self.spent += time.perf_counter() - t0

        return timed


def new_articles(db, n: int, seed: int = 7) -> list[tuple[Article, list[Quote]]]:
    rng = random.Random(seed)
    top = db.execute("select max(id) from quotes").fetchone()[0]
    vocab = [r[0] for r in db.execute("select quote from quotes where id % 997 = 0 limit 2000")]
    pool = " ".join(vocab).split()
    made = []
    for i in range(n):
        picked = []
        while len(picked) < 3:
            row = db.execute("select quote, speaker_name from quotes where id = ?", [rng.randint(1, top)]).fetchone()
            if row and len(row[0].split()) >= 12:
                picked.append(row)
        copy, trimmed, changed = picked
        words = changed[0].split()
        words[len(words) // 2] = rng.choice(pool)
        texts = [
            (copy[0], copy[1]),
            (" ".join(trimmed[0].split()[3:]), trimmed[1]),
            (" ".join(words), changed[1]),
            (" ".join(rng.choice(pool) for _ in range(rng.randint(8, 30))), "Ines Harrow"),
            (" ".join(rng.choice(pool) for _ in range(rng.randint(8, 30))), "Ines Harrow"),
        ]
        paragraphs, quotes, at = [f"Bench article {i}"], [], len(f"Bench article {i}") + 2
        for text, speaker in texts:
            para = f'"{text}," said {speaker or "a spokesman"}.'
            quotes.append(Quote(quote=text, start=at + 1, end=at + 1 + len(text), speaker=speaker, context=para, context_start=at))
            paragraphs.append(para)
            at += len(para) + 2
        body = "\n\n".join(paragraphs)
        made.append((Article(text=body, title=f"Bench {i}", outlet="Bench Gazette", published="2026-01-01", url=f"https://bench.example/{seed}/{i}"), quotes))
    return made


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("db", help="database file (built with bench/generate.py when missing)")
    parser.add_argument("--quotes", type=int, default=1_000_000)
    parser.add_argument("--articles", type=int, default=200)
    args = parser.parse_args()

    if not os.path.exists(args.db):
        from generate import generate

        print(generate(args.db, args.quotes, log=lambda *a: None))
    store = Store(open_db(args.db), "bench")
    ungrouped = store.db.execute("select count(*) from quotes where group_id is null").fetchone()[0]
    if ungrouped:
        t0 = time.perf_counter()
        store.finish()
        spent = time.perf_counter() - t0
        print(f"grouped {ungrouped:,} quotations of a database from before groups: {spent:.0f} s ({ungrouped / spent:,.0f} a second)")
    counts = {t: store.db.execute(f"select count(*) from {t}").fetchone()[0] for t in ("quotes", "quote_groups", "group_keys", "article_keys")}
    print("rows:", ", ".join(f"{t} {n:,}" for t, n in counts.items()), f"; file {os.path.getsize(args.db) / 1e6:,.0f} MB")

    clock = Clock()
    grouping, saving = [], []
    for article, quotes in new_articles(store.db, args.articles, seed=int(time.time())):
        before = clock.spent
        t0 = time.perf_counter()
        store.save(article, quotes)
        saving.append((time.perf_counter() - t0) * 1000)
        grouping.append((clock.spent - before) * 1000)

    def p(values, q):
        return statistics.quantiles(values, n=100)[q - 1]

    print(f"{len(grouping)} new articles of 5 quotations into {counts['quotes']:,} quotations:")
    print(f"  grouping (copies, groups): p50 {p(grouping, 50):.1f} ms, p95 {p(grouping, 95):.1f} ms")
    print(f"  whole Store.save:          p50 {p(saving, 50):.1f} ms, p95 {p(saving, 95):.1f} ms")
    store.db.close()


if __name__ == "__main__":
    main()
