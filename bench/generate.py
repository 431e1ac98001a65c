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

from db.schema import INDEXES, TABLES, ensure_shape  # noqa: E402
from db.store import speaker_key  # noqa: E402
from db.summaries import rebuild_summaries  # noqa: E402

FIRST_DAY = dt.date(2019, 1, 1)
LAST_DAY = dt.date(2025, 12, 31)
QUOTES_PER_ARTICLE = 5  # mean
CHUNK_ARTICLES = 20_000
BATCH = 2_000


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
    speaker_rows = [["id", "key", "name", "aliases", "role"]]
    for i, name in enumerate(names, 1):
        role = ROLES[pyrng.randrange(len(ROLES))] if pyrng.random() < 0.6 else None
        speaker_rows.append([i, speaker_key(name), name, json.dumps([name.split()[-1]]), role])
    db["speakers"].insert_all(speaker_rows, batch_size=BATCH)

    vocab = vocabulary(random.Random(seed))
    word_p = zipf_p(len(vocab), 1.0, 2.7)
    days = (LAST_DAY - FIRST_DAY).days + 1
    ingested_at = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()

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

        q_rand = rng.random((n_q, 4)).tolist()
        q_len_l, lead_l, tail_l = q_len.tolist(), lead_len.tolist(), tail_len.tolist()
        articles = [article_cols]
        quotes = [quote_cols]
        qi = 0
        for a in range(n_art):
            article_id += 1
            outlet_id = int(outlets[a])
            outlet_articles[outlet_id] += 1
            published = (FIRST_DAY + dt.timedelta(days=int(day_offsets[a]))).isoformat()
            title = sentence(take(int(title_len[a])))
            spk = art_speakers[a, : art_nspk[a]].tolist()
            parts = [title]
            offset = len(title) + 2
            for _ in range(int(per_article[a])):
                r = q_rand[qi]
                quote_id += 1
                qw = take(q_len_l[qi])
                if len(qw) > 24:  # two sentences
                    cut = len(qw) // 2
                    quote = sentence(qw[:cut]) + ". " + sentence(qw[cut:])
                else:
                    quote = sentence(qw)
                lead = sentence(take(lead_l[qi])) + ". "
                speaker_id = spk[int(r[0] * len(spk))]
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
                quotes.append(
                    [
                        quote_id,
                        quote,
                        speaker_id if resolved else None,
                        name if resolved else None,
                        mention,
                        cue,
                        kind,
                        method,
                        round(0.5 + 0.45 * r[0], 2),
                        article_id,
                        outlet_id,
                        published,
                        published[:7],
                        published[:4],
                        q_start,
                        q_start + len(quote),
                        m_start,
                        m_start + len(mention),
                        context,
                        offset,
                        None,
                    ]
                )
                parts.append(context)
                offset += len(context) + 2
                qi += 1
            text = "\n\n".join(parts)
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
                    int(per_article[a]),
                    text,
                    ingested_at,
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
        "rows_s": round(t_rows - t0, 1),
        "fts_s": round(t_fts - t_rows, 1),
        "indexes_s": round(t_idx - t_fts, 1),
        "summaries_s": round(t_sum - t_idx, 1),
        "total_s": round(t_end - t0, 1),
        "size_mb": round(os.path.getsize(path) / 1e6, 1),
    }
    return figures


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("db", help="new database file to write")
    ap.add_argument("--quotes", type=int, default=100_000, help="number of quotes (default 100000)")
    ap.add_argument("--seed", type=int, default=5)
    args = ap.parse_args()
    figures = generate(args.db, args.quotes, args.seed)
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
