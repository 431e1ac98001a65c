"""Syndicated copies: an article whose text is nearly that of an earlier one (a wire story run
by several sites) gets `articles.copy_of`, so counts can leave copies out.

`copy_of` is the earliest (by date, then key) other article at least COPY_THRESHOLD alike
(Jaccard of 5-word runs), when that one is earlier than this one; null otherwise. It depends
on the pair of texts alone, so a rebuild sets the same values whatever order articles came in.
Candidates come from MinHash LSH band keys in `article_keys`, one indexed look-up; the keys
and the threshold are in ingest/copy_keys.py.
"""

from __future__ import annotations

from collections.abc import Iterable

import sqlite_utils

from ingest.copy_keys import COPY_THRESHOLD, keys_of, runs
from ingest.records import LookupKeys
from ingest.similarity import jaccard


def order(row: dict) -> tuple:
    return (row["published"] is None, row["published"] or "", row["key"])


def _alike(db: sqlite_utils.Database, article_id: int, text: str | None, keys: Iterable[int]) -> list[dict]:
    """The other articles sharing a band key with this one and at least COPY_THRESHOLD alike."""
    keys = list(keys)
    if not keys:
        return []
    rows = list(
        db.query(
            f"""select id, key, published, copy_of, text from articles where id in (
                  select article_id from article_keys where key in ({",".join(map(str, keys))}) and article_id != ?)""",
            [article_id],
        )
    )
    if not rows:
        return []  # most articles: their own words are never needed
    mine = runs(text)
    return [r for r in rows if jaccard(mine, runs(r["text"])) >= COPY_THRESHOLD]


def _earliest(me: dict, alike: list[dict]) -> int | None:
    earlier = [r for r in alike if order(r) < order(me)]
    return min(earlier, key=order)["id"] if earlier else None


def _set(db: sqlite_utils.Database, article_id: int, copy_of: int | None, changed: set[int]) -> None:
    current = db.execute("select copy_of from articles where id = ?", [article_id]).fetchone()
    if current and current[0] != copy_of:
        db.execute("update articles set copy_of = ? where id = ?", [copy_of, article_id])
        changed.add(article_id)


def _recheck(db: sqlite_utils.Database, article_id: int, changed: set[int]) -> None:
    me = next(iter(db.query("select id, key, published, text from articles where id = ?", [article_id])), None)
    if me is None:
        return
    keys = [r[0] for r in db.execute("select key from article_keys where article_id = ?", [article_id])]
    _set(db, article_id, _earliest(me, _alike(db, article_id, me["text"], keys)), changed)


def mark(db: sqlite_utils.Database, article_id: int, given: LookupKeys | None = None) -> set[int]:
    """Index the stored article's text and set copy_of on it and on the articles it changes.
    Returns the ids of the other articles whose copy_of changed (their groups' counts move).
    `given`: the text's look-up keys as extraction worked them out (else worked out here)."""
    me = next(iter(db.query("select id, key, published, text from articles where id = ?", [article_id])))
    keys = keys_of(me["text"] or "", given)
    db.execute("delete from article_keys where article_id = ?", [article_id])
    db.conn.executemany(
        "insert or ignore into article_keys (key, article_id) values (?, ?)", [(k, article_id) for k in keys]
    )
    changed: set[int] = set()
    # those that were copies of this article's old text or date are worked out again
    for r in list(db.query("select id from articles where copy_of = ?", [article_id])):
        db.execute("update articles set copy_of = null where id = ?", [r["id"]])
        changed.add(r["id"])
        _recheck(db, r["id"], changed)
    alike = _alike(db, article_id, me["text"], keys)
    _set(db, article_id, _earliest(me, alike), set())
    for other in alike:
        if order(me) < order(other):
            current = next(
                iter(db.query("select id, key, published from articles where id = ?", [other["copy_of"]])), None
            )
            if current is None or order(me) < order(current):
                _set(db, other["id"], article_id, changed)
    changed.discard(article_id)
    return changed


def mark_unindexed(db: sqlite_utils.Database, after: int = 0, limit: int = 1000) -> int | None:
    """mark() up to limit articles with id above `after` whose text was never indexed (a
    database from before copies): one batch per call, so the caller can commit between.
    Returns the last id done, None when there was none (an article of no words stays unindexed)."""
    ids = [
        r["id"]
        for r in db.query(
            """select id from articles where id > ? and not exists (
                 select 1 from article_keys where article_id = articles.id) order by id limit ?""",
            [after, limit],
        )
    ]
    for article_id in ids:
        mark(db, article_id)
    return ids[-1] if ids else None
