"""Build a large, realistic-looking quotedb database for the serving benchmark.

    .venv/bin/python bench/generate.py --quotes 1000000 big.db

Written straight to SQLite with sqlite-utils bulk inserts into the shape that
db.schema.ensure_shape makes, never through spaCy, so a million quotes take
about a minute. Speakers are quoted with Zipf-like frequencies (a few speakers
get most quotes, a long tail gets one or two), outlets are skewed too, dates
span several years, and quotations, contexts and titles are drawn from a
Zipf-weighted vocabulary: ~700 common English words, then a long tail of
~40k rarer ones (WordNet lists in the spaCy model's lemmatizer), so search
terms match realistic fractions of the quotes. All names are made up.

For speed the load runs with the triggers (full-text index, kept facet counts)
and the secondary indexes dropped; the full-text index is rebuilt in one pass
at the end, the triggers put back as they were, ensure_shape recreates the
indexes, the facet counts of db/summaries.py are counted once, then ANALYZE
and an FTS5 optimize leave the file as a published snapshot would be. Rows go
in by chunks of 20,000 articles (~100,000 quotes), so memory stays flat at any
size.

Quotation groups (db/groups.py) are written in bulk, never through grouping's look-ups:
- a syndicated copy: COPY_SHARE of the articles are an article of the day or two before,
  run by another outlet (the same text and a wire line, `copy_of` set); each of its
  quotations joins its original's group;
- a re-report: REREPORT_SHARE of the other quotations repeat a quotation published up to
  three days before (half its exact words, half with its first words cut, a run of at least
  CONTAINED_WORDS words, so grouping's own rule joins them), credited to the same speaker
  but for CONFLICT_SHARE of them (another speaker of the article: a conflict);
- every other quotation is a group of its own.
`quotes.group_id` is the id of the group's first generated quotation. quote_groups rows are
written at the end: one insert for the groups of one quotation, and for the others the
values groups.recount would write, from one ordered pass over their quotations
(`--check N` recounts N of them through groups.recount and compares). Not written: the
look-up keys (`group_keys`, `article_keys`), which only ingest reads (at 1M they were
20M rows and 1.2 GB; bench/groups.py makes them).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import math
import os
import random
import sys
import time
from pathlib import Path

import numpy as np
import sqlite_utils

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from words import CUES, OUTLETS, ROLES, fictional_names, vocabulary  # noqa: E402

from db.groups import CONTAINED_WORDS, SHORT_WORDS  # noqa: E402
from db.schema import INDEXES, TABLES, ensure_shape  # noqa: E402
from db.similarity import words as wording_words  # noqa: E402
from db.store import speaker_key  # noqa: E402
from db.summaries import rebuild_summaries  # noqa: E402

FIRST_DAY = dt.date(2019, 1, 1)
LAST_DAY = dt.date(2025, 12, 31)
QUOTES_PER_ARTICLE = 5  # mean
CHUNK_ARTICLES = 20_000
BATCH = 2_000
# Quotation groups (see the docstring). dev.jsonl (one election, seven outlets, no wire copy)
# has 1% of its quotations in groups of more than one; a newsroom archive carrying wire
# stories has far more, so these err on the side of more grouped rows to read.
COPY_SHARE = 0.06
REREPORT_SHARE = 0.06
CONFLICT_SHARE = 0.05
RECENT_DAYS = 3  # a re-report or a copy is of the last days' news
POOL = 32  # recent quotations and articles kept per day to draw from


def zipf_p(n: int, s: float, shift: float = 0.0) -> np.ndarray:
    w = 1.0 / np.power(np.arange(1, n + 1) + shift, s)
    return w / w.sum()


def sentence(words: list[str]) -> str:
    text = " ".join(words)
    return text[:1].upper() + text[1:]


def drop_bulk_overhead(db: sqlite_utils.Database) -> list[str]:
    """Drop the FTS triggers and secondary indexes; return the trigger SQL to restore."""
    triggers = [
        r["sql"] for r in db.query("select sql from sqlite_master where type = 'trigger' and tbl_name = 'quotes'")
    ]
    for r in list(db.query("select name from sqlite_master where type = 'trigger' and tbl_name = 'quotes'")):
        db.execute(f"drop trigger [{r['name']}]")
    for table in INDEXES:
        for idx in db[table].indexes:
            if not idx.unique and not idx.name.startswith("sqlite_autoindex"):
                db.execute(f"drop index [{idx.name}]")
    return triggers


class Pools:
    """The last days' news to re-report and copy from: per day, up to POOL quotations
    (id, text, speaker id, group id) and up to POOL // 4 original articles, a random one
    replaced once full, so memory stays bounded at any size."""

    def __init__(self, days: int, rng: random.Random) -> None:
        self.quotes: list[list] = [[] for _ in range(days)]
        self.articles: list[list] = [[] for _ in range(days)]
        self.rng = rng

    def _keep(self, pool: list, item, size: int) -> None:
        if len(pool) < size:
            pool.append(item)
        else:
            pool[self.rng.randrange(size)] = item

    def keep_quote(self, day: int, item: tuple) -> None:
        self._keep(self.quotes[day], item, POOL)

    def keep_article(self, day: int, item: tuple) -> None:
        self._keep(self.articles[day], item, POOL // 4)

    def recent(self, pools: list[list], day: int, earliest_back: int):
        """One item from a day earliest_back..RECENT_DAYS-1 days before `day`, or None."""
        back = self.rng.randrange(earliest_back, RECENT_DAYS)
        if day - back < 0 or not pools[day - back]:
            return None
        return self.rng.choice(pools[day - back])


def group_values(rows: list[tuple]) -> dict:
    """What groups.recount writes for one group, from its quotations' rows
    (id, quote, speaker_id, article_id, outlet_id, published, start, article key, is a copy,
    speaker's name); the same rules, kept here to write a million groups in one pass."""

    def order(r):
        return (r[5] is None, r[5] or "", r[7], r[6])

    first = min(rows, key=order)
    canonical = min(rows, key=lambda r: (-len(wording_words(r[1])), -len(r[1]), order(r)))
    credits: dict[int, dict] = {}
    for r in rows:
        if r[2] is not None:
            credits.setdefault(r[2], {"speaker_id": r[2], "name": r[9], "quotes": 0})["quotes"] += 1
    speakers = sorted(credits.values(), key=lambda c: (-c["quotes"], c["name"] or ""))
    originals = [r for r in rows if not r[8]]
    return {
        "canonical": canonical[1],
        "canonical_quote_id": canonical[0],
        "first_published": first[5],
        "first_quote_id": first[0],
        "first_article_id": first[3],
        "first_outlet_id": first[4],
        "last_published": max((r[5] for r in rows if r[5]), default=None),
        "quotes": len(rows),
        "articles": len({r[3] for r in rows}),
        "outlets": len({r[4] for r in rows if r[4] is not None}),
        "copies": len(rows) - len(originals),
        "original_articles": len({r[3] for r in originals}),
        "speaker_count": len(speakers),
        "speakers": json.dumps(speakers),
        "unattributed": sum(1 for r in rows if r[2] is None),
    }


def write_groups(db: sqlite_utils.Database, shared: set[int]) -> int:
    """quote_groups for every group_id of quotes: a group of one quotation in one insert, the
    groups in `shared` (more than one) from one pass over their quotations by group."""
    db["quotes"].create_index(["group_id", "published"], if_not_exists=True)
    # as json.dumps writes it in groups.recount, byte for byte
    db.conn.create_function(
        "one_credit", 2, lambda i, name: json.dumps([{"speaker_id": i, "name": name, "quotes": 1}]), deterministic=True
    )
    db.execute("create temp table shared_groups (id integer primary key)")
    db.conn.executemany("insert into shared_groups values (?)", ((g,) for g in sorted(shared)))
    db.execute("""insert into quote_groups (id, canonical, canonical_quote_id, first_published, first_quote_id,
                    first_article_id, first_outlet_id, last_published, quotes, articles, outlets, copies,
                    original_articles, speaker_count, speakers, unattributed)
                  select q.id, q.quote, q.id, q.published, q.id, q.article_id, q.outlet_id, q.published, 1, 1,
                    q.outlet_id is not null, 0, 1, q.speaker_id is not null,
                    case when q.speaker_id is null then '[]' else one_credit(q.speaker_id, s.name) end,
                    q.speaker_id is null
                  from quotes q left join speakers s on s.id = q.speaker_id
                  where q.group_id = q.id and q.id not in (select id from shared_groups)""")
    cursor = db.execute("""select q.group_id, q.id, q.quote, q.speaker_id, q.article_id, q.outlet_id, q.published,
                             q.start, a.key, a.copy_of is not null, s.name
                           from shared_groups g join quotes q on q.group_id = g.id
                           join articles a on a.id = q.article_id left join speakers s on s.id = q.speaker_id
                           order by g.id""")
    columns = list(TABLES["quote_groups"])
    insert = f"insert into quote_groups ({', '.join(columns)}) values ({', '.join('?' for _ in columns)})"
    pending: list[list] = []
    current, members = None, []

    def flush() -> None:
        if members:
            values = group_values(members)
            pending.append([current, *(values[c] for c in columns[1:])])
        if len(pending) >= BATCH:
            db.conn.executemany(insert, pending)
            pending.clear()

    for row in cursor:
        if row[0] != current:
            flush()
            current, members = row[0], []
        members.append(row[1:])
    flush()
    db.conn.executemany(insert, pending)
    db.execute("drop table shared_groups")
    return len(shared)


def generate(path: str, n_quotes: int, seed: int = 5, log=print) -> dict:
    t0 = time.perf_counter()
    if os.path.exists(path):
        raise SystemExit(f"{path} exists; give a new file name")
    rng = np.random.default_rng(seed)
    pyrng = random.Random(seed)
    db = sqlite_utils.Database(path)
    db.execute("PRAGMA journal_mode = OFF")
    db.execute("PRAGMA synchronous = OFF")
    db.execute("PRAGMA cache_size = -400000")
    db.execute("PRAGMA temp_store = MEMORY")
    ensure_shape(db)
    db.execute("PRAGMA foreign_keys = OFF")  # consistent by construction; checks would only slow the load
    triggers = drop_bulk_overhead(db)

    # outlets: skewed, a couple of big ones and a tail
    outlet_p = zipf_p(len(OUTLETS), 0.9, 1.0)
    # speakers: about one per 20 quotes, Zipf s=1.1 (the top speaker has ~8% of all quotes)
    n_speakers = max(50, n_quotes // 20)
    names = fictional_names(n_speakers, pyrng)
    speaker_p = zipf_p(n_speakers, 1.1, 1.0)
    speaker_rows = [["id", "key", "name", "surname", "aliases", "role", "kind"]]
    for i, name in enumerate(names, 1):
        role = ROLES[pyrng.randrange(len(ROLES))] if pyrng.random() < 0.6 else None
        key = speaker_key(name)
        speaker_rows.append([i, key, name, key.split()[-1], json.dumps([name.split()[-1]]), role, "person"])
    db["speakers"].insert_all(speaker_rows, batch_size=BATCH)

    vocab = vocabulary(random.Random(seed))
    word_p = zipf_p(len(vocab), 1.0, 2.7)
    days = (LAST_DAY - FIRST_DAY).days + 1
    ingested_at = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
    pools = Pools(days, random.Random(seed + 1))
    shared: set[int] = set()  # groups of more than one quotation
    copies = rereports = 0

    article_id = 0
    quote_id = 0
    outlet_articles = np.zeros(len(OUTLETS) + 1, dtype=np.int64)
    article_cols = list(TABLES["articles"])
    quote_cols = list(TABLES["quotes"])
    while quote_id < n_quotes:
        # quotes per article: 1 + Poisson(4), trimmed to hit n_quotes exactly
        per_article = 1 + rng.poisson(QUOTES_PER_ARTICLE - 1, CHUNK_ARTICLES)
        cum = np.cumsum(per_article)
        left = n_quotes - quote_id
        if cum[-1] > left:
            k = int(np.searchsorted(cum, left))
            per_article = per_article[: k + 1]
            per_article[-1] -= int(cum[k] - left)
        n_art = len(per_article)
        n_q = int(per_article.sum())
        outlets = 1 + rng.choice(len(OUTLETS), n_art, p=outlet_p)
        day_offsets = rng.integers(0, days, n_art)
        art_speakers = 1 + rng.choice(n_speakers, (n_art, 3), p=speaker_p)
        art_nspk = rng.integers(1, 4, n_art)
        art_rand = rng.random(n_art).tolist()
        # word budget: title + per quote (lead sentence, quotation, trailing sentence)
        title_len = rng.integers(6, 13, n_art)
        q_len = np.clip(rng.lognormal(math.log(18), 0.55, n_q), 4, 120).astype(int)
        lead_len = rng.integers(8, 26, n_q)
        tail_len = np.where(rng.random(n_q) < 0.5, 0, rng.integers(6, 20, n_q))
        total = int(title_len.sum() + q_len.sum() + lead_len.sum() + tail_len.sum())
        stream = [vocab[i] for i in rng.choice(len(vocab), total, p=word_p).tolist()]
        pos = 0

        def take(n: int) -> list[str]:
            nonlocal pos
            out = stream[pos : pos + n]
            pos += n
            return out

        q_rand = rng.random((n_q, 7)).tolist()
        q_len_l, lead_l, tail_l = q_len.tolist(), lead_len.tolist(), tail_len.tolist()
        articles = [article_cols]
        quotes = [quote_cols]
        qi = 0
        for a in range(n_art):
            if quote_id >= n_quotes:
                break
            planned = int(per_article[a])
            day = int(day_offsets[a])
            published = (FIRST_DAY + dt.timedelta(days=day)).isoformat()
            outlet_id = int(outlets[a])
            source = pools.recent(pools.articles, day, 1) if art_rand[a] < COPY_SHARE else None
            if source is not None and len(source[4]) > n_quotes - quote_id:
                source = None
            if source is not None:
                # a syndicated copy: the original's text and quotations, another outlet, its own day
                qi += planned
                src_id, src_outlet, title, src_text, src_quotes = source
                if outlet_id == src_outlet:
                    outlet_id = outlet_id % len(OUTLETS) + 1
                article_id += 1
                copies += 1
                text = src_text + "\n\nDistributed by the Newswire Agency."
                for q in src_quotes:
                    quote_id += 1
                    if q[1] is None and len(wording_words(q[0])) < SHORT_WORDS:
                        # a short quotation no one is credited with is no one's utterance: its own group
                        q = [*q[:-1], quote_id]
                    else:
                        shared.add(q[-1])
                    quotes.append(
                        [quote_id, *q[:8], article_id, outlet_id, published, published[:7], published[:4], *q[8:]]
                    )
                copy_of = src_id
                n_here = len(src_quotes)
            else:
                article_id += 1
                copy_of = None
                title = sentence(take(int(title_len[a])))
                spk = art_speakers[a, : art_nspk[a]].tolist()
                parts = [title]
                offset = len(title) + 2
                kept = []
                for _ in range(min(planned, n_quotes - quote_id)):
                    r = q_rand[qi]
                    quote_id += 1
                    qw = take(q_len_l[qi])
                    speaker_id = spk[int(r[0] * len(spk))]
                    group_id = quote_id
                    earlier = pools.recent(pools.quotes, day, 0) if r[4] < REREPORT_SHARE else None
                    if earlier is not None:
                        # a re-report: the same words, or its first words cut, of the last days
                        _, quote, earlier_speaker, group_id = earlier
                        tokens = quote.split(" ")
                        if r[5] < 0.5:
                            cut = 1 + int(r[5] * 6)  # 1-3 words
                            tokens = tokens[cut:]
                            quote = tokens[0][:1].upper() + " ".join(tokens)[1:]
                        if earlier_speaker is not None and r[6] >= CONFLICT_SHARE:
                            speaker_id = earlier_speaker
                        shared.add(group_id)
                        rereports += 1
                    elif len(qw) > 24:  # two sentences
                        cut = len(qw) // 2
                        quote = sentence(qw[:cut]) + ". " + sentence(qw[cut:])
                    else:
                        quote = sentence(qw)
                    lead = sentence(take(lead_l[qi])) + ". "
                    resolved = r[1] >= 0.08
                    name = names[speaker_id - 1]
                    if r[1] < 0.70:
                        method, mention = "name", name
                    elif r[1] < 0.85:
                        method, mention = "pronoun", "she" if r[2] < 0.5 else "he"
                    elif r[1] < 0.95:
                        method, mention = "continuation", name
                    else:
                        method, mention = "description", ROLES[int(r[2] * len(ROLES))]
                    cue = CUES[int(r[3] * len(CUES))]
                    kind = "direct" if r[2] < 0.75 else "partial"
                    attribution = f"{cue} {mention}" if r[3] < 0.5 else f"{mention} {cue}"
                    tail = (" " + sentence(take(tail_l[qi])) + ".") if tail_l[qi] else ""
                    context = f"{lead}“{quote},” {attribution}.{tail}"
                    q_start = offset + len(lead) + 1
                    m_start = q_start + len(quote) + 3 + (len(cue) + 1 if r[3] < 0.5 else 0)
                    row = [
                        quote,
                        speaker_id if resolved else None,
                        name if resolved else None,
                        mention,
                        cue,
                        kind,
                        method,
                        round(0.5 + 0.45 * r[0], 2),
                        q_start,
                        q_start + len(quote),
                        m_start,
                        m_start + len(mention),
                        context,
                        offset,
                        None,
                        group_id,
                    ]
                    quotes.append(
                        [quote_id, *row[:8], article_id, outlet_id, published, published[:7], published[:4], *row[8:]]
                    )
                    kept.append(row)
                    if len(quote.split(" ")) > CONTAINED_WORDS + 3:  # long enough to be re-reported trimmed
                        pools.keep_quote(day, (quote_id, quote, row[1], group_id))
                    parts.append(context)
                    offset += len(context) + 2
                    qi += 1
                qi += planned - len(kept)
                n_here = len(kept)
                text = "\n\n".join(parts)
                pools.keep_article(day, (article_id, outlet_id, title, text, kept))
            outlet_articles[outlet_id] += 1
            slug = "-".join(title.lower().split()[:6])
            url = f"https://news.example/{outlet_id}/{published}/{article_id}-{slug}"
            articles.append(
                [
                    article_id,
                    "url:" + url,
                    url,
                    title,
                    outlet_id,
                    published,
                    None,
                    "bench/generate.py",
                    hashlib.sha256(text.encode()).hexdigest(),
                    "1",
                    n_here,
                    text,
                    ingested_at,
                    copy_of,
                ]
            )
        db["articles"].insert_all(articles, batch_size=BATCH)
        db["quotes"].insert_all(quotes, batch_size=BATCH)
        log(f"  {quote_id:>9,} quotes, {article_id:,} articles  ({time.perf_counter() - t0:.1f}s)")

    db["outlets"].insert_all(
        [["id", "name", "articles"]] + [[i + 1, n, int(outlet_articles[i + 1])] for i, n in enumerate(OUTLETS)],
        batch_size=BATCH,
    )
    t_rows = time.perf_counter()
    db.execute("insert into quotes_fts(quotes_fts) values('rebuild')")
    db.execute("insert into quotes_fts(quotes_fts) values('optimize')")
    t_fts = time.perf_counter()
    n_shared = write_groups(db, shared)
    t_groups = time.perf_counter()
    for sql in triggers:
        db.execute(sql)
    db.execute("PRAGMA foreign_keys = ON")
    ensure_shape(db)  # recreates the secondary indexes
    t_idx = time.perf_counter()
    # the summary triggers were off for the load: count once, as they would have
    rebuild_summaries(db)
    t_sum = time.perf_counter()
    db.execute("ANALYZE")
    db.conn.commit()
    db.execute("PRAGMA journal_mode = DELETE")
    db.close()
    t_end = time.perf_counter()
    figures = {
        "quotes": quote_id,
        "articles": article_id,
        "speakers": n_speakers,
        "outlets": len(OUTLETS),
        "copies": copies,
        "rereports": rereports,
        "shared_groups": n_shared,
        "rows_s": round(t_rows - t0, 1),
        "fts_s": round(t_fts - t_rows, 1),
        "groups_s": round(t_groups - t_fts, 1),
        "indexes_s": round(t_idx - t_groups, 1),
        "summaries_s": round(t_sum - t_idx, 1),
        "total_s": round(t_end - t0, 1),
        "size_mb": round(os.path.getsize(path) / 1e6, 1),
    }
    return figures


def check_groups(path: str, n: int, seed: int = 5) -> dict:
    """Recount n groups of several quotations (and n of one) through groups.recount, the
    product's own, and count those whose stored row differs; rolled back, nothing changes."""
    from db import groups

    db = sqlite_utils.Database(path)
    picked = [
        r[0]
        for r in db.execute(
            "select id from (select id from quote_groups where quotes > 1 order by random() limit ?) "
            "union all select id from (select id from quote_groups where quotes = 1 order by random() limit ?)",
            [n, n],
        )
    ]
    columns = list(TABLES["quote_groups"])
    read = f"select {', '.join(columns)} from quote_groups where id = ?"
    before = {g: db.execute(read, [g]).fetchone() for g in picked}
    db.execute("begin")
    groups.recount(db, picked)
    differ = [g for g in picked if db.execute(read, [g]).fetchone() != before[g]]
    db.execute("rollback")
    # and each group of several is one utterance by grouping's rule: every member has an
    # edge to the group's first quotation (a re-report of it, trimmed or not, or a copy)
    apart = 0
    for g in picked:
        members = [
            groups.Wording(r[0], r[1], r[2])
            for r in db.execute("select id, quote, speaker_id from quotes where group_id = ? order by id", [g])
        ]
        apart += sum(1 for m in members[1:] if not groups.same_utterance(members[0], m))
    db.close()
    return {
        "groups_checked": len(picked),
        "rows_differing_from_recount": len(differ),
        "members_not_same_utterance": apart,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("db", help="new database file to write")
    ap.add_argument("--quotes", type=int, default=100_000, help="number of quotes (default 100000)")
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument(
        "--check", type=int, default=0, metavar="N", help="then recount N groups through groups.recount and compare"
    )
    args = ap.parse_args()
    figures = generate(args.db, args.quotes, args.seed)
    if args.check:
        figures.update(check_groups(args.db, args.check))
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
