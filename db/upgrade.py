"""A database from before quotation groups and copies, indexed and grouped in bulk.

What Store.finish runs the first time this version writes to such a database. Incrementally
(copies.mark, groups.place a batch at a time) it went at ~400 quotations a second: a look-up
and a check per quotation. Here every key is worked out first, by worker processes (pure
computation: ingest/utterance.py, ingest/similarity.py), written in key order, and the edges
come from one pass down the key index: quotations sharing a key are checked against each other
once, whatever their number of keys. The result is what the incremental path gives (the same
definitions; tests/test_groups.py compares them): copy_of is the earliest earlier article alike,
groups the connected components. One difference at the margin: a key held by more than
COMMON_KEY_GROUPS distinct wordings is no look-up key here, where incrementally the count is
of groups at the time of the look-up.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from typing import Any

import sqlite_utils

from ingest.copy_keys import COPY_THRESHOLD, copy_keys, runs
from ingest.parallel import can_fork, ordered_map
from ingest.similarity import jaccard
from ingest.utterance import Wording, same_utterance

from . import groups
from .copies import order

CHUNK = 5000  # rows a worker gets at a time
# Below this many quotations without a group the incremental path is as quick and simpler.
BULK_FROM = 2000


def _processes() -> int:
    return max(1, min(os.cpu_count() or 1, 8)) if can_fork() else 1


def _map(fn: Callable[[Any, list], list], chunks: Iterator[list]) -> Iterator[list]:
    processes = _processes()
    if processes == 1:
        return (fn(None, chunk) for chunk in chunks)
    return ordered_map(fn, chunks, None, processes)


def _chunks(db: sqlite_utils.Database, sql: str) -> Iterator[list]:
    """The rows of sql (its first column an id, `where id > ?`, ordered by id), CHUNK at a time."""
    after = 0
    while True:
        rows = db.execute(sql, [after, CHUNK]).fetchall()
        if not rows:
            return
        after = rows[-1][0]
        yield rows


def _quote_keys(_: Any, rows: list) -> list[tuple[int, int]]:
    return [(k, i) for i, quote, speaker_id in rows for k in Wording(i, quote or "", speaker_id).keys()]


def _article_keys(_: Any, rows: list) -> list[tuple[int, int]]:
    return [(k, i) for i, text in rows for k in copy_keys(text or "").keys]


Transaction = Callable[[sqlite_utils.Database], AbstractContextManager]


def _write_keys(
    db: sqlite_utils.Database, table: str, column: str, pairs: Iterator[list], transaction: Transaction
) -> None:
    """Keys a transaction per chunk: a crash loses one chunk, and the next run writes them again."""
    for chunk in pairs:
        with transaction(db):
            # in key order: one pass down the index instead of a jump per row
            db.conn.executemany(f"insert or ignore into {table} (key, {column}) values (?, ?)", sorted(chunk))


def _sharing(db: sqlite_utils.Database, table: str, column: str) -> Iterator[list[int]]:
    """The rows of each key held by more than one, key by key (a cursor, never all at once)."""
    for (members,) in db.execute(f"select group_concat({column}) from {table} group by key having count(*) > 1"):
        yield [int(i) for i in members.split(",")]


def wanted(db: sqlite_utils.Database) -> bool:
    """Whether the database is one from before groups: no group yet, BULK_FROM quotations."""
    return (
        db.execute("select 1 from quote_groups limit 1").fetchone() is None
        and db.execute("select count(*) from (select 1 from quotes limit ?)", [BULK_FROM]).fetchone()[0] >= BULK_FROM
    )


def run(db: sqlite_utils.Database, transaction: Transaction) -> None:
    """Copies marked, then quotations keyed and grouped; keys a transaction per chunk, each
    of the rest in one (a crash leaves no group, and the next run starts again)."""
    mark_copies(db, transaction)
    _write_keys(
        db,
        "group_keys",
        "quote_id",
        _map(_quote_keys, _chunks(db, "select id, quote, speaker_id from quotes where id > ? order by id limit ?")),
        transaction,
    )
    with transaction(db):
        group_quotes(db)


def mark_copies(db: sqlite_utils.Database, transaction: Transaction) -> int:
    """Index every article's text and set copy_of on every article. Returns how many are copies."""
    _write_keys(
        db,
        "article_keys",
        "article_id",
        _map(_article_keys, _chunks(db, "select id, text from articles where id > ? order by id limit ?")),
        transaction,
    )
    with transaction(db):
        return _set_copies(db)


def _set_copies(db: sqlite_utils.Database) -> int:
    pairs = {tuple(sorted(p)) for ids in _sharing(db, "article_keys", "article_id") for p in _pairs(ids)}
    involved = sorted({i for p in pairs for i in p})
    rows: dict[int, dict] = {}
    for at in range(0, len(involved), CHUNK):
        part = ",".join(map(str, involved[at : at + CHUNK]))
        for r in db.query(f"select id, key, published, text from articles where id in ({part})"):
            rows[r["id"]] = {**r, "runs": runs(r["text"])}
    earliest: dict[int, int] = {}
    for a, b in pairs:
        if jaccard(rows[a]["runs"], rows[b]["runs"]) < COPY_THRESHOLD:
            continue
        first, later = sorted((rows[a], rows[b]), key=order)
        if order(first) == order(later):
            continue
        if later["id"] not in earliest or order(first) < order(rows[earliest[later["id"]]]):
            earliest[later["id"]] = first["id"]
    db.conn.executemany("update articles set copy_of = ? where id = ?", [(o, i) for i, o in sorted(earliest.items())])
    return len(earliest)


def _pairs(ids: list[int]) -> Iterator[tuple[int, int]]:
    for n, a in enumerate(ids):
        for b in ids[n + 1 :]:
            yield a, b


def group_quotes(db: sqlite_utils.Database) -> int:
    """Group every quotation, keyed and none with a group yet. Returns the groups of more than one."""
    unions = groups.Unions()
    block: list[list[int]] = []

    def check(block: list[list[int]]) -> None:
        ids = sorted({i for members in block for i in members})
        read = {}
        for at in range(0, len(ids), CHUNK):
            part = ",".join(map(str, ids[at : at + CHUNK]))
            for i, quote, speaker_id in db.execute(f"select id, quote, speaker_id from quotes where id in ({part})"):
                read[i] = Wording(i, quote or "", speaker_id)
        for members in block:
            # one of each wording is checked: equal wordings have the same edges
            distinct: dict[tuple, Wording] = {}
            for i in members:
                w = read[i]
                same = distinct.setdefault(w.identity, w) if w.identity is not None else w
                if same is not w:
                    unions.union(w.id, same.id)
            if len(distinct) > groups.COMMON_KEY_GROUPS:
                continue  # boilerplate: no look-up key
            for a, b in _pairs(list(distinct.values())):
                if unions.root(a.id) != unions.root(b.id) and same_utterance(a, b):
                    unions.union(a.id, b.id)

    held = 0
    for members in _sharing(db, "group_keys", "quote_id"):
        block.append(members)
        held += len(members)
        if held >= 50 * CHUNK:
            check(block)
            block, held = [], 0
    check(block)
    # every quotation its own group (the group's id its own, as quote_groups is empty), its
    # row as recount() writes it for one quotation; then the components merged and recounted
    db.conn.create_function(
        "quotedb_one_credit",
        2,
        lambda speaker_id, name: json.dumps(
            [{"speaker_id": speaker_id, "name": name, "quotes": 1}] if speaker_id is not None else []
        ),
        deterministic=True,
    )
    db.execute(
        """insert into quote_groups (id, canonical, canonical_quote_id, first_published, first_quote_id,
             first_article_id, first_outlet_id, last_published, quotes, articles, outlets, copies,
             original_articles, speaker_count, speakers, unattributed)
           select q.id, q.quote, q.id, q.published, q.id, q.article_id, q.outlet_id, nullif(q.published, ''),
             1, 1, q.outlet_id is not null, a.copy_of is not null, a.copy_of is null, q.speaker_id is not null,
             quotedb_one_credit(q.speaker_id, s.name), q.speaker_id is null
           from quotes q join articles a on a.id = q.article_id left join speakers s on s.id = q.speaker_id
           where q.group_id is null"""
    )
    db.execute("update quotes set group_id = id where group_id is null")
    components: dict[int, list[int]] = {}
    for node in list(unions.parent):
        components.setdefault(unions.root(node), []).append(node)
    merged = {root: members for root, members in components.items() if len(members) > 1}
    for root, members in merged.items():
        others = ",".join(str(m) for m in members if m != root)
        db.execute(f"update quotes set group_id = ? where id in ({others})", [root])
        db.execute(f"delete from quote_groups where id in ({others})")
    groups.recount(db, merged)
    return len(merged)
