"""What quotation grouping costs one new article in a database of a million quotations.

    .venv/bin/python bench/groups.py --quotes 1000000 /tmp/groups-1m.db

Builds the database with bench/generate.py when the file is missing, then gives it its
look-up keys and groups in bulk (`fill`, bench only: the product's key and edge functions, the
edges found by one pass over group_keys instead of a look-up per quotation, which would take
most of an hour on this shared machine; syndicated copies are not looked for, as the generated
texts are random), then stores --articles new articles through the product's Store.save, each
of five quotations: an exact copy of a stored one, a trimmed one (its first words cut), one
with a word changed, and two new ones, the look-up keys of the article and its quotations
worked out beforehand as extraction does (--keys-on-writer: left to the writer, as for records
from before keys were carried).
Prints, per article, the wall and CPU time spent grouping (copies.mark, groups.split/place/
recount) and the whole save, p50 and p95 in ms, and the size of the look-up tables.

--boilerplate N: instead, N quotations (10 an article) that share their last 12 words, into a
new database, with and without the cap on look-up keys held by many groups
(groups.COMMON_KEY_GROUPS): grouping CPU per article at the start and at the end.
"""

from __future__ import annotations

import argparse
import multiprocessing
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
from ingest import copy_keys, utterance  # noqa: E402
from ingest.records import Article, Quote  # noqa: E402

TIMED = [(copies, "mark"), (groups, "split"), (groups, "place"), (groups, "recount"), (groups, "groups_of_articles")]


class Clock:
    """Wraps the grouping functions and adds up the wall and CPU time spent in them."""

    def __init__(self) -> None:
        self.spent = 0.0
        self.cpu = 0.0
        self.depth = 0
        for module, name in TIMED:
            setattr(module, name, self._wrap(getattr(module, name)))

    @staticmethod
    def undo() -> None:
        for module, name in TIMED:
            setattr(module, name, getattr(module, name).__wrapped__)

    def _wrap(self, fn):
        def timed(*args, **kwargs):
            self.depth += 1
            t0, c0 = time.perf_counter(), time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                self.depth -= 1
                if self.depth == 0:
                    self.spent += time.perf_counter() - t0
                    self.cpu += time.process_time() - c0

        timed.__wrapped__ = fn
        return timed


def new_articles(db, n: int, seed: int = 7, keys: bool = True) -> list[tuple[Article, list[Quote]]]:
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
            quote = Quote(
                quote=text, start=at + 1, end=at + 1 + len(text), speaker=speaker, context=para, context_start=at
            )
            if keys:  # what extraction gives the record
                quote.group_keys = utterance.group_keys(text)
            quotes.append(quote)
            paragraphs.append(para)
            at += len(para) + 2
        body = "\n\n".join(paragraphs)
        article = Article(
            text=body,
            title=f"Bench {i}",
            outlet="Bench Gazette",
            published="2026-01-01",
            url=f"https://bench.example/{seed}/{i}",
        )
        if keys:
            article.copy_keys = copy_keys.copy_keys(body)
        made.append((article, quotes))
    return made


def _quote_keys(rows: list) -> list[tuple[int, int]]:
    wordings = [utterance.Wording(i, q or "", s) for i, q, s in rows]
    return sorted((k, w.id) for w in wordings for k in w.keys())


def fill(db, chunk: int = 5_000, log=print, max_keyed: int | None = None) -> None:
    """Keys and groups for a generated database, in bulk (see the module's docstring)."""
    t0 = time.perf_counter()
    after = 0
    while True:  # articles: their band keys (random texts: no copy to look for)
        rows = db.execute(
            "select id, text from articles where id > ? and not exists (select 1 from article_keys where article_id = articles.id) order by id limit 2000",
            [after],
        ).fetchall()
        if not rows:
            break
        keys = copy_keys.BANDER.keys_of_many([copy_keys.runs(text) for _, text in rows])
        db.conn.executemany(
            "insert or ignore into article_keys (key, article_id) values (?, ?)",
            sorted((k, i) for (i, _), ks in zip(rows, keys) for k in ks),
        )
        db.conn.commit()
        after = rows[-1][0]
    log(f"  article keys: {time.perf_counter() - t0:.0f} s")
    # quotations: the product's keys, worked out by three processes (a shared machine gives
    # each process its share of the CPU), written by this one
    after = 0
    with multiprocessing.get_context("fork").Pool(3) as pool:
        while True:
            batch = []
            for _ in range(6):  # read here: sqlite3 objects stay in this thread
                rows = db.execute(
                    "select id, quote, speaker_id from quotes where id > ? and not exists "
                    "(select 1 from group_keys where quote_id = quotes.id) order by id limit ?",
                    [after, chunk],
                ).fetchall()
                if not rows:
                    break
                after = rows[-1][0]
                batch.append(rows)
            if not batch or (max_keyed and after >= max_keyed):
                break
            for pairs in pool.map(_quote_keys, batch):
                db.conn.executemany("insert or ignore into group_keys (key, quote_id) values (?, ?)", pairs)
            db.conn.commit()
    log(f"  quotation keys: {time.perf_counter() - t0:.0f} s")
    unions = groups.Unions()
    shared = db.execute("select group_concat(quote_id) from group_keys group by key having count(*) > 1").fetchall()
    ids = sorted({int(i) for (members,) in shared for i in members.split(",")})
    found = {}
    for at in range(0, len(ids), 50_000):
        part = ids[at : at + 50_000]
        for i, q, s in db.execute(f"select id, quote, speaker_id from quotes where id in ({','.join(map(str, part))})"):
            found[i] = utterance.Wording(i, q or "", s)
    checks = 0
    for (members,) in shared:
        sharing = [found[int(i)] for i in members.split(",")]
        for n, a in enumerate(sharing):
            for b in sharing[n + 1 :]:
                checks += 1
                if unions.root(a.id) != unions.root(b.id) and utterance.same_utterance(a, b):
                    unions.union(a.id, b.id)
    log(f"  edges: {len(shared):,} shared keys, {checks:,} pairs checked: {time.perf_counter() - t0:.0f} s")
    # every quotation its own group (the group's id its own), then the components merged
    db.execute("""insert into quote_groups (id, canonical, canonical_quote_id, first_published, first_quote_id,
                    first_article_id, first_outlet_id, last_published, quotes, articles, outlets, copies,
                    original_articles, speaker_count, speakers, unattributed)
                  select q.id, q.quote, q.id, q.published, q.id, q.article_id, q.outlet_id, q.published, 1, 1,
                    q.outlet_id is not null, 0, 1, q.speaker_id is not null,
                    case when q.speaker_id is null then '[]' else json_array(json_object('speaker_id', q.speaker_id, 'name', s.name, 'quotes', 1)) end,
                    q.speaker_id is null
                  from quotes q left join speakers s on s.id = q.speaker_id
                  where q.group_id is null""")
    db.execute("update quotes set group_id = id where group_id is null")
    merged = {}
    for node in list(unions.parent):
        merged.setdefault(unions.root(node), []).append(node)
    merged = {root: members for root, members in merged.items() if len(members) > 1}
    for root, members in merged.items():
        db.execute(f"update quotes set group_id = ? where id in ({','.join(map(str, members))})", [root])
        db.execute(f"delete from quote_groups where id in ({','.join(str(m) for m in members if m != root)})")
    groups.recount(db, merged)
    db.conn.commit()
    db.execute("ANALYZE quotes")
    db.execute("ANALYZE quote_groups")
    log(f"  groups: {len(merged):,} of more than one quotation; {time.perf_counter() - t0:.0f} s in all")


BOILERPLATE = "for further details please contact the harbour office press desk on weekdays"


def boilerplate(path: str, n: int) -> None:
    """n quotations sharing their last 12 words into a new database at path, with the cap on
    keys held by many groups and without; grouping CPU per article at the start and the end."""
    rng = random.Random(3)
    vocabulary = [f"word{i}" for i in range(20_000)]
    made = []
    for i in range(n // 10):
        texts = [f"{' '.join(rng.sample(vocabulary, 20))} {BOILERPLATE}" for _ in range(10)]
        body = "\n\n".join(f'"{t}," said Marta Quillfeather.' for t in texts)
        quotes = []
        for t in texts:
            quote = Quote(quote=t, start=body.index(t), end=body.index(t) + len(t), speaker="Marta Quillfeather")
            quote.group_keys = utterance.group_keys(t)
            quotes.append(quote)
        article = Article(text=body, url=f"k:{i}", outlet="Harbour Ledger", copy_keys=copy_keys.copy_keys(body))
        made.append((article, quotes))
    cap = groups.COMMON_KEY_GROUPS
    for label, limit in [(f"keys held by more than {cap} groups no look-up keys", cap), ("no cap", 10**9)]:
        groups.COMMON_KEY_GROUPS = limit
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(path + suffix):
                os.remove(path + suffix)
        store = Store(open_db(path), "bench")
        clock = Clock()
        spent = []
        for article, quotes in made:
            before = clock.cpu
            store.save(article, quotes)
            spent.append((clock.cpu - before) * 1000)
        groups_n = store.db.execute("select count(*) from quote_groups").fetchone()[0]
        store.db.close()
        Clock.undo()
        first, last = spent[:20], spent[-20:]
        print(
            f"{label}: {n:,} quotations sharing 12 words, {groups_n:,} groups; grouping CPU per article of 10: "
            f"first 20 articles p50 {statistics.median(first):.1f} ms, last 20 p50 {statistics.median(last):.1f} ms, "
            f"all {sum(spent) / 1000:.1f} s"
        )
    groups.COMMON_KEY_GROUPS = cap


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("db", help="database file (built with bench/generate.py when missing)")
    parser.add_argument("--quotes", type=int, default=1_000_000)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument(
        "--max-keyed",
        type=int,
        help="stop giving quotations their keys past this id (to measure sooner; the rest are never candidates)",
    )
    parser.add_argument(
        "--keys-on-writer",
        action="store_true",
        help="new records without their look-up keys (the writer works them out)",
    )
    parser.add_argument("--boilerplate", type=int, help="N quotations sharing their last 12 words (see above)")
    args = parser.parse_args()
    if args.boilerplate:
        boilerplate(args.db, args.boilerplate)
        return

    if not os.path.exists(args.db):
        from generate import generate

        print(generate(args.db, args.quotes, log=lambda *a: None))
    store = Store(open_db(args.db), "bench")
    if store.db.execute("select count(*) from quotes where group_id is null").fetchone()[0]:
        print("grouping the generated database in bulk:")
        fill(store.db, max_keyed=args.max_keyed)
    counts = {
        t: store.db.execute(f"select count(*) from {t}").fetchone()[0]
        for t in ("quotes", "quote_groups", "group_keys", "article_keys")
    }
    keyed = store.db.execute("select count(distinct quote_id) from group_keys").fetchone()[0]
    print(f"quotations with their look-up keys: {keyed:,}")
    print(
        "rows:", ", ".join(f"{t} {n:,}" for t, n in counts.items()), f"; file {os.path.getsize(args.db) / 1e6:,.0f} MB"
    )

    clock = Clock()
    grouping, grouping_cpu, saving = [], [], []
    made = new_articles(store.db, args.articles, seed=int(time.time()), keys=not args.keys_on_writer)
    print("look-up keys of the new quotations:", "worked out by the writer" if args.keys_on_writer else "given")
    for article, quotes in made:
        before, before_cpu = clock.spent, clock.cpu
        t0 = time.perf_counter()
        store.save(article, quotes)
        saving.append((time.perf_counter() - t0) * 1000)
        grouping.append((clock.spent - before) * 1000)
        grouping_cpu.append((clock.cpu - before_cpu) * 1000)

    def p(values, q):
        return statistics.quantiles(values, n=100)[q - 1]

    print(f"{len(grouping)} new articles of 5 quotations into {counts['quotes']:,} quotations:")
    print(f"  grouping (copies, groups): p50 {p(grouping, 50):.1f} ms, p95 {p(grouping, 95):.1f} ms")
    print(f"  grouping, CPU time:        p50 {p(grouping_cpu, 50):.1f} ms, p95 {p(grouping_cpu, 95):.1f} ms")
    print(f"  whole Store.save:          p50 {p(saving, 50):.1f} ms, p95 {p(saving, 95):.1f} ms")
    store.db.close()


if __name__ == "__main__":
    main()
