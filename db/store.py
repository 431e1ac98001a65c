"""Every write to the database: articles with their quotes, outlets, speakers."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from collections.abc import Iterator

import sqlite_utils

from ingest.names import kind_of, name_key, speaker_key
from ingest.records import Article, Quote

from . import copies, groups, reads, upgrade
from .schema import FTS, ensure_shape


def open_db(path: str) -> sqlite_utils.Database:
    """The database at path in WAL mode (readers go on while we write), in this version's shape."""
    db = sqlite_utils.Database(path)
    # a writer waits for another writer instead of failing at once; 10 s was once too short
    # for three ingests at once on a loaded 2-core machine (one article's write, groups and
    # counts included, or the shape check at the end, held the lock that long)
    db.execute("PRAGMA busy_timeout = 60000")
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA foreign_keys = ON")
    _reshape(db)
    return db


@contextlib.contextmanager
def write_transaction(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """One transaction that holds the write lock from its start.

    BEGIN IMMEDIATE, not sqlite-utils' plain BEGIN: a transaction that reads first and
    writes later fails at once (SQLITE_BUSY_SNAPSHOT, no busy wait) if another ingest
    committed in between; taking the lock first makes a second writer wait its turn.
    sqlite-utils' own writes inside become savepoints of this transaction.
    """
    db.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        db.rollback()
        raise
    db.execute("COMMIT")


def _reshape(db: sqlite_utils.Database) -> None:
    # one transaction: a crash mid-way (e.g. FTS table made, its triggers not yet)
    # must not leave a shape that ensure_shape would take for complete
    with write_transaction(db):
        for table in FTS:
            # an index without its triggers (a crash of an older quotedb mid-shape, or a
            # hand edit) silently stops following its table: made again from the rows
            triggers = {t.name for t in db[table].triggers}
            if db[table].detect_fts() and not {f"{table}_ai", f"{table}_ad", f"{table}_au"} <= triggers:
                db[table].disable_fts()
        ensure_shape(db)


def _kind_wins(new: str | None, stored: str | None, name: str) -> bool:
    """Whether one quotation's reading of its speaker's kind replaces the stored one. A
    person's reading wins over an organisation's unless the name itself is an organisation's
    (`... Company`, `... Ministry`): the small model labels a person's name ORG now and then
    (a union president, `Tomas Reyes`, in one demo article of three), hardly ever the reverse;
    so the kind does not depend on which article came first."""
    if not new or new == stored:
        return False
    if kind_of(name) == "organisation":
        return new == "organisation"
    return stored is None or new == "person"


class Store:
    """Writes articles and their quotes; one transaction per article, so a crash leaves whole articles."""

    def __init__(self, db: sqlite_utils.Database, extractor_version: str):
        self.db = db
        self.extractor_version = extractor_version
        # once: `db[name]` asks SQLite for the views each time, twice
        self._tables = {name: db.table(name) for name in ("articles", "outlets", "quotes", "speakers")}

    def status(self, article: Article, force: bool = False) -> str:
        """new | changed | unchanged, by the article's key, text hash and extractor version."""
        rows = reads.rows(self.db, "select content_hash, extractor_version from articles where key = ?", [article.key])
        if not rows:
            return "new"
        row = rows[0]
        if force or row["content_hash"] != article.content_hash or row["extractor_version"] != self.extractor_version:
            return "changed"
        return "unchanged"

    def status_in_run(self, article: Article, force: bool, met: dict[str, str]) -> str:
        """status(), except that an article met earlier in the same run (`met`: key -> text
        hash, updated here) is judged against that copy, which may not be stored yet."""
        status = self.status(article, force)
        if article.key in met:
            status = "unchanged" if met[article.key] == article.content_hash else "changed"
        met[article.key] = article.content_hash
        return status

    def _outlet_id(self, name: str | None) -> int | None:
        if not name:
            return None
        rows = reads.rows(self.db, "select id from outlets where name = ?", [name])
        return rows[0]["id"] if rows else self._tables["outlets"].insert({"name": name}).last_pk

    def _speaker_id(self, quote: Quote) -> int | None:
        if not quote.speaker:
            return None
        key = speaker_key(quote.speaker)
        table = self._tables["speakers"]
        rows = reads.rows(self.db, "select id, name, aliases, role, kind from speakers where key = ?", [key])
        if not rows and " " not in key:
            # a bare surname joins the one full name that ends with it, never a guess between several
            rows = reads.rows(
                self.db,
                "select id, name, aliases, role, kind from speakers where surname = ? and key like '% %'",
                [key],
            )
            rows = rows if len(rows) == 1 else []
        names = {quote.speaker, *quote.speaker_aliases}
        if rows:
            row = rows[0]
            aliases = set(json.loads(row["aliases"] or "[]")) | names
            aliases.discard(row["name"])
            update = {"aliases": json.dumps(sorted(aliases))}
            if quote.speaker_role:
                update["role"] = quote.speaker_role
            if _kind_wins(quote.speaker_kind, row["kind"], row["name"]):
                update["kind"] = quote.speaker_kind
            # written only when something is new: most quotes repeat what the row holds
            if (
                update["aliases"] != row["aliases"]
                or update.get("role", row["role"]) != row["role"]
                or "kind" in update
            ):
                table.update(row["id"], update)
            return row["id"]
        aliases = sorted(names - {quote.speaker})
        return table.insert(
            {
                "key": key,
                "name": quote.speaker,
                "surname": name_key(quote.speaker),
                "aliases": json.dumps(aliases),
                "role": quote.speaker_role,
                "kind": quote.speaker_kind,
            }
        ).last_pk

    def save(self, article: Article, quotes: list[Quote]) -> int:
        """Insert or replace one article and all its quotes, atomically. Returns quotes written.

        A replaced article leaves nothing stale: the outlet it moved from is recounted (and
        removed when it has no article left), and a speaker its old quotes named who has no
        quote left is removed, in the same transaction.
        """
        # not `with conn:`: sqlite-utils' own writes inside would commit early under a
        # plain connection context, and a crash could leave half an article
        with write_transaction(self.db):
            outlet_id = self._outlet_id(article.outlet)
            existing = reads.rows(self.db, "select id, outlet_id from articles where key = ?", [article.key])
            record = {
                "key": article.key,
                "url": article.url,
                "title": article.title,
                "outlet_id": outlet_id,
                "published": article.published,
                "author": article.author,
                "source": article.source,
                "content_hash": article.content_hash,
                "extractor_version": self.extractor_version,
                "quote_count": len(quotes),
                "text": article.text,
                "ingested_at": dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
            }
            old_speakers: list[int] = []
            outlets = {outlet_id}
            if existing:
                article_id = existing[0]["id"]
                outlets.add(existing[0]["outlet_id"])
                old_speakers = [
                    r["speaker_id"]
                    for r in reads.rows(
                        self.db,
                        "select distinct speaker_id from quotes where article_id = ? and speaker_id is not null",
                        [article_id],
                    )
                ]
                old_groups = groups.groups_of_articles(self.db, [article_id])
                self._tables["quotes"].delete_where("article_id = ?", [article_id])
                self._tables["articles"].update(article_id, record)
                touched = groups.split(self.db, old_groups)
            else:
                article_id = self._tables["articles"].insert(record).last_pk
                touched = set()
            # the groups of articles that became (or stopped being) copies are recounted
            touched |= groups.groups_of_articles(self.db, copies.mark(self.db, article_id, article.copy_keys))
            published = article.published
            rows = []
            for q in quotes:
                rows.append(
                    {
                        "quote": q.quote,
                        "speaker_id": self._speaker_id(q),
                        "speaker_name": q.speaker,
                        "mention": q.mention,
                        "cue": q.cue,
                        "kind": q.kind,
                        "method": q.method,
                        "confidence": q.confidence,
                        "article_id": article_id,
                        "outlet_id": outlet_id,
                        "published": published,
                        "published_month": published[:7] if published else None,
                        "published_year": published[:4] if published else None,
                        "start": q.start,
                        "end": q.end,
                        "speaker_start": q.speaker_start,
                        "speaker_end": q.speaker_end,
                        "context": q.context,
                        "context_start": q.context_start,
                        "speaker_role": q.speaker_role,
                    }
                )
            if rows:
                self._tables["quotes"].insert_all(rows)
                new_ids = [
                    r[0]
                    for r in self.db.execute("select id from quotes where article_id = ? order by id", [article_id])
                ]
                given = dict(zip(new_ids, (q.group_keys for q in quotes)))  # worked out at extraction
                groups.recount(self.db, groups.place(self.db, new_ids, touched, given))
            else:
                groups.recount(self.db, touched)
            for oid in outlets - {None}:
                self.db.execute(
                    "update outlets set articles = (select count(*) from articles where outlet_id = ?) where id = ?",
                    [oid, oid],
                )
                # no article, hence no quote, points at an outlet whose count is 0
                self.db.execute("delete from outlets where id = ? and articles = 0", [oid])
            for sid in old_speakers:
                # by quotes.speaker_id's index; the new quotes are in, so a speaker named again stays
                self.db.execute(
                    "delete from speakers where id = ? and not exists (select 1 from quotes where speaker_id = ?)",
                    [sid, sid],
                )
        return len(quotes)

    def finish(self) -> None:
        _reshape(self.db)
        # a database from before quotation groups: its articles and quotations are indexed
        # and grouped here, once: in bulk (db/upgrade.py), or a batch per transaction when
        # only a few are left (what is done stays done)
        bulk = upgrade.wanted(self.db)
        if bulk:
            upgrade.run(self.db, write_transaction)
        after: int | None = 0
        while after is not None:
            with write_transaction(self.db):
                after = copies.mark_unindexed(self.db, after)
        grouped = 0
        while True:
            with write_transaction(self.db):
                done = groups.place_ungrouped(self.db)
            if not done:
                break
            grouped += done
        # with the write lock taken first, as every write here: on its own, PRAGMA optimize reads
        # the statistics and then writes them, and a read that another ingest's commit made stale
        # cannot become a write (SQLITE_BUSY at once, no busy wait: tests/test_robust_concurrent.py
        # failed so once in four clean-clone runs, three ingests at once: `cannot finish`)
        with write_transaction(self.db):
            if grouped or bulk:
                # statistics gathered while group_id was null tell the planner every quotation
                # shares one group, and it scans the table for a group's quotations (10 ms each
                # at 20,000 quotations): gathered again
                self.db.execute("ANALYZE quotes")
            self.db.execute("PRAGMA optimize")

    def counts(self) -> dict:
        return {
            "articles": self.db["articles"].count,
            "quotes": self.db["quotes"].count,
            "speakers": self.db["speakers"].count,
        }
