"""Quotation groups: every stored quotation joined to the others that are the same utterance.

When two quotations are the same utterance (an *edge*), and their look-up keys, are defined in
ingest/utterance.py (pure computation; extraction works the keys out and the records carry
them). A group is a connected component of edges. Since an edge depends on the two quotations
alone (never on what was stored before), groups do not depend on the order articles came in: a
fresh build, a re-ingest and a rebuild give the same groups (tests/test_groups.py), with one
exception: a key held by more than COMMON_KEY_GROUPS groups (boilerplate every press release
ends with) stops being a look-up key, and an edge only such keys found is not looked for past
that point.

Look-up keys live in `group_keys` (key, quote_id), indexed by key. Placing a new quotation is
one indexed query for candidates and a check of each; nothing is held in memory between runs.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

import sqlite_utils

from ingest.records import LookupKeys
from ingest.similarity import words
from ingest.utterance import Wording, same_utterance

from . import reads

# A key held by more than this many groups is no look-up key. On dev (2,576 quotations) the
# most-held key, a band of `want to` / `going to` pairs, is held by 13 groups, so 100 changes
# no group there; 3,000 quotations sharing a 12-word tail (bench/groups.py --boilerplate
# 3000) cost 27 ms of grouping per article of 10 at the end with it, 479 ms without.
COMMON_KEY_GROUPS = 100


def _wordings(db: sqlite_utils.Database, sql: str, params: Iterable = ()) -> list[Wording]:
    return [Wording(r["id"], r["quote"] or "", r["speaker_id"]) for r in db.query(sql, list(params))]


def _in(ids: Iterable[int]) -> str:
    return ",".join(map(str, map(int, ids)))


def _new_group(db: sqlite_utils.Database) -> int:
    # plain SQL: sqlite-utils' insert and update read the table's schema each call (~1 ms)
    return db.execute("insert into quote_groups (quotes) values (0)").lastrowid


class Unions:
    """Union-find over hashable nodes; a root is the smallest node of its set."""

    def __init__(self) -> None:
        self.parent: dict = {}

    def root(self, x):
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a, b) -> None:
        ra, rb = self.root(a), self.root(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _look_up_keys(db: sqlite_utils.Database, keys: Iterable[int]) -> set[int]:
    """Of keys (written, each with a holder), those held by another row and by at most
    COMMON_KEY_GROUPS groups: the others find nothing, or are no look-up keys.

    An index-only count first (most keys have one holder, the quotation that was just given
    it); distinct groups are counted only for keys with many holders, which are most often
    one quotation carried many times."""
    shared: set[int] = set()
    busy: list[int] = []
    for k, holders in db.execute(
        f"select key, count(*) from group_keys where key in ({_in(keys)}) group by key having count(*) > 1"
    ):
        if holders > COMMON_KEY_GROUPS:
            busy.append(k)
        else:
            shared.add(k)
    if not busy:
        return shared
    common = {
        k
        for (k,) in db.execute(
            f"""select group_keys.key from group_keys join quotes on quotes.id = group_keys.quote_id
                where group_keys.key in ({_in(busy)}) group by group_keys.key
                having count(distinct quotes.group_id) > ?""",
            [COMMON_KEY_GROUPS],
        )
    }
    return shared | (set(busy) - common)


def place(
    db: sqlite_utils.Database,
    quote_ids: list[int],
    touched: set[int] | None = None,
    given: dict[int, LookupKeys | None] | None = None,
) -> set[int]:
    """Give each of quote_ids (stored, not yet grouped) its group: joining, and merging, the
    groups it has edges to, or a new one. Returns the groups whose members changed. `given`:
    the look-up keys extraction worked out, by quote id (the others are worked out here).

    The batch at once: its keys written, everyone sharing one read in one query per 500
    quotations, the edges found, then connected (a quotation of the batch to another, or to
    a stored group), so a batch of 5,000 costs a few queries, not a few per quotation.
    """
    touched = set() if touched is None else touched
    given = given or {}
    if not quote_ids:
        return touched
    new = _wordings(db, f"select id, quote, speaker_id from quotes where id in ({_in(quote_ids)}) order by id")
    all_keys = [w.keys(given.get(w.id)) for w in new]
    # all at once, in key order: one pass down the index instead of a jump per row
    db.conn.executemany(
        "insert or ignore into group_keys (key, quote_id) values (?, ?)",
        sorted((k, w.id) for w, keys in zip(new, all_keys) for k in keys),
    )
    ours = {w.id: w for w in new}
    unions = Unions()  # nodes: ("q", quote id) of the batch, ("g", group id) of stored groups
    # The same words twice in the batch (a wire text quoted over and over, a generated
    # corpus) have the same edges: joined at once, and only the first looks for the others.
    # Without this, 1,000 equal quotations in one article took 43 s to save (each checked
    # against each), and 20,000 did not finish.
    first_of: dict[tuple, Wording] = {}
    searching: list[tuple[Wording, set[int]]] = []
    for w, keys in zip(new, all_keys):
        same = first_of.setdefault(w.identity, w) if w.identity is not None else w
        if same is w:
            searching.append((w, keys))
        else:
            unions.union(("q", w.id), ("q", same.id))
    read: dict[tuple, Wording] = {}  # a stored wording read once however many hold it
    for chunk in range(0, len(searching), 500):
        wanted: dict[int, list[Wording]] = {}
        for w, keys in searching[chunk : chunk + 500]:
            for k in keys:
                wanted.setdefault(k, []).append(w)
        look_up = _look_up_keys(db, wanted) if wanted else set()
        if not look_up:
            continue
        sharers = db.execute(
            f"""select group_keys.key, quotes.id, quotes.quote, quotes.speaker_id, quotes.group_id
                from group_keys join quotes on quotes.id = group_keys.quote_id
                where group_keys.key in ({_in(look_up)})"""
        ).fetchall()
        checked: set[tuple] = set()
        for k, other_id, quote, speaker_id, group_id in sharers:
            if other_id in ours:
                other, them = ours[other_id], ("q", other_id)
            elif group_id is None:
                continue  # not placed yet: it finds these when it is
            else:
                # one check per wording of a stored group: its equal-worded members have its edges
                them = ("g", group_id, quote, speaker_id)
                other = None
            for w in wanted[k]:
                pair = (w.id, them)
                if other_id == w.id or pair in checked:
                    continue
                checked.add(pair)
                if other is None:
                    other = read.get((quote, speaker_id))
                    if other is None:
                        other = read[(quote, speaker_id)] = Wording(other_id, quote or "", speaker_id)
                if same_utterance(w, other):
                    unions.union(("q", w.id), ("g", group_id) if other_id not in ours else ("q", other_id))
    by_root: dict = {}
    for w in new:
        by_root.setdefault(unions.root(("q", w.id)), []).append(w.id)
    stored_groups: dict = {}
    for node in list(unions.parent):
        if node[0] == "g":
            stored_groups.setdefault(unions.root(node), []).append(node[1])
    assigned: list[tuple[int, int]] = []
    for root, members in by_root.items():
        stored = sorted(stored_groups.get(root, []))
        if stored:
            group_id, *merged = stored
            if merged:
                db.execute(f"update quotes set group_id = ? where group_id in ({_in(merged)})", [group_id])
                db.execute(f"delete from quote_groups where id in ({_in(merged)})")
                touched.difference_update(merged)
        else:
            group_id = _new_group(db)
        assigned.extend((group_id, m) for m in members)
        touched.add(group_id)
    db.conn.executemany("update quotes set group_id = ? where id = ?", sorted(assigned, key=lambda a: a[1]))
    return touched


def _components(db: sqlite_utils.Database, members: list[Wording]) -> list[list[Wording]]:
    """The connected components of members by edges, largest first (ties: lowest id)."""
    parent = {m.id: m.id for m in members}

    def root(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: int, b: int) -> None:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    # the same words (and, when short, the same speaker) always connect: one of each is checked
    distinct: dict[tuple, Wording] = {}
    for m in members:
        same = distinct.setdefault((tuple(m.tokens), m.speaker_id if m.short else None), m)
        if same is not m and same_utterance(same, m):
            union(same.id, m.id)
    # their keys as stored (none worked out again), the look-up keys among them as place() uses
    stored: dict[int, set[int]] = {}
    ids = [m.id for m in distinct.values()]
    for at in range(0, len(ids), 5000):
        for k, quote_id in db.execute(
            f"select key, quote_id from group_keys where quote_id in ({_in(ids[at : at + 5000])})"
        ):
            stored.setdefault(quote_id, set()).add(k)
    keys_of = {m.id: stored.get(m.id) or m.keys() for m in distinct.values()}
    look_up = _look_up_keys(db, set().union(*keys_of.values())) if keys_of else set()
    by_key: dict[int, list[Wording]] = {}
    for m in distinct.values():
        for k in keys_of[m.id] & look_up:
            by_key.setdefault(k, []).append(m)
    for sharing in by_key.values():
        for i, a in enumerate(sharing):
            for b in sharing[i + 1 :]:
                if root(a.id) != root(b.id) and same_utterance(a, b):
                    union(a.id, b.id)
    components: dict[int, list[Wording]] = {}
    for m in members:
        components.setdefault(root(m.id), []).append(m)
    return sorted(components.values(), key=lambda c: (-len(c), min(m.id for m in c)))


def split(db: sqlite_utils.Database, group_ids: Iterable[int], touched: set[int] | None = None) -> set[int]:
    """After quotations left group_ids: a group left empty is deleted, one whose members no
    longer connect is split (its largest part keeps the id). Returns the groups to recount."""
    touched = set() if touched is None else touched
    for group_id in sorted(set(group_ids)):
        members = _wordings(db, "select id, quote, speaker_id from quotes where group_id = ? order by id", [group_id])
        if not members:
            db.execute("delete from quote_groups where id = ?", [group_id])
            touched.discard(group_id)
            continue
        touched.add(group_id)
        for part in _components(db, members)[1:]:
            new_id = _new_group(db)
            db.execute(f"update quotes set group_id = ? where id in ({_in(m.id for m in part)})", [new_id])
            touched.add(new_id)
    return touched


def recount(db: sqlite_utils.Database, group_ids: Iterable[int]) -> None:
    """Write each group's canonical wording, first report and counts from its quotations.

    Ties are broken by the article's key and the quotation's offset, never by row ids, so a
    rebuild writes the same values. Read and written 500 groups to a statement: an article's
    new quotations are most often a group each, and dev's 2,569 took 2,555 queries and as
    many updates (0.37 s of SQLite time) one group at a time, 257 of each now.
    """
    ids = sorted(set(group_ids))
    for chunk in range(0, len(ids), 500):
        part = ids[chunk : chunk + 500]
        found = reads.rows(
            db,
            f"""select quotes.group_id, quotes.id, quotes.quote, quotes.speaker_id, quotes.article_id,
                       quotes.outlet_id, quotes.published, quotes.start, articles.key as article_key,
                       articles.copy_of is not null as is_copy, speakers.name as speaker
                from quotes join articles on articles.id = quotes.article_id
                left join speakers on speakers.id = quotes.speaker_id
                where quotes.group_id in ({_in(part)})""",
        )
        members: dict[int, list[dict]] = {}
        for r in found:
            members.setdefault(r["group_id"], []).append(r)
        updates = [_group_values(members[g]) | {"id": g} for g in part if g in members]
        if updates:
            db.conn.executemany(
                f"update quote_groups set {', '.join(f'[{c}] = :{c}' for c in updates[0] if c != 'id')} where id = :id",
                updates,
            )


def _group_values(rows: list[dict]) -> dict:
    """A group's row of quote_groups from its quotations."""
    order = lambda r: (r["published"] is None, r["published"] or "", r["article_key"], r["start"])  # noqa: E731
    first = min(rows, key=order)
    canonical = min(rows, key=lambda r: (-len(words(r["quote"])), -len(r["quote"]), order(r)))
    credits: dict[int, dict] = {}
    for r in rows:
        if r["speaker_id"] is not None:
            credit = credits.setdefault(
                r["speaker_id"], {"speaker_id": r["speaker_id"], "name": r["speaker"], "quotes": 0}
            )
            credit["quotes"] += 1
    speakers = sorted(credits.values(), key=lambda c: (-c["quotes"], c["name"] or ""))
    originals = [r for r in rows if not r["is_copy"]]
    return {
        "canonical": canonical["quote"],
        "canonical_quote_id": canonical["id"],
        "first_published": first["published"],
        "first_quote_id": first["id"],
        "first_article_id": first["article_id"],
        "first_outlet_id": first["outlet_id"],
        "last_published": max((r["published"] for r in rows if r["published"]), default=None),
        "quotes": len(rows),
        "articles": len({r["article_id"] for r in rows}),
        "outlets": len({r["outlet_id"] for r in rows if r["outlet_id"] is not None}),
        "copies": len(rows) - len(originals),
        "original_articles": len({r["article_id"] for r in originals}),
        "speaker_count": len(speakers),
        "speakers": json.dumps(speakers),
        "unattributed": sum(1 for r in rows if r["speaker_id"] is None),
    }


def groups_of_articles(db: sqlite_utils.Database, article_ids: Iterable[int]) -> set[int]:
    ids = _in(article_ids)
    if not ids:
        return set()
    return {
        r["group_id"]
        for r in db.query(f"select distinct group_id from quotes where article_id in ({ids}) and group_id is not null")
    }


def place_ungrouped(db: sqlite_utils.Database, limit: int = 5000) -> int:
    """Group up to limit stored quotations that have no group (a database from before groups,
    one batch per call so the caller can commit between). Returns how many."""
    ids = [r["id"] for r in db.query("select id from quotes where group_id is null order by id limit ?", [limit])]
    if ids:
        recount(db, place(db, ids))
    return len(ids)
