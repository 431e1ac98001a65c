"""Quotation groups: every stored quotation joined to the others that are the same utterance.

Two quotations are the same utterance (an *edge*) when they share a look-up key (below) and
- their words are equal after normalising case, marks, punctuation, whitespace, ellipses
  and dashes (similarity.words); or
- one, of at least CONTAINED_WORDS words, is a contiguous run of the other (a trimmed quote); or
- their word pairs are nearly the same: Jaccard >= NEAR_THRESHOLD, of all pairs and of the
  pairs holding a content word (a few words changed, added or dropped).
A quotation of fewer than SHORT_WORDS words (`No comment.`, `Thank you.`) has an edge only to
the same words of the same speaker: two people saying `No comment` share no quotation.

A group is a connected component of edges. Since an edge depends on the two quotations alone
(never on what was stored before), groups do not depend on the order articles came in: a
fresh build, a re-ingest and a rebuild give the same groups (tests/test_groups.py).

Look-up keys live in `group_keys` (key, quote_id), indexed by key: a quotation's exact-words
key, every run of CONTAINED_WORDS words (so a trimmed quote finds the quote it was cut from,
and the other way round), and the MinHash LSH band keys of its word pairs. Placing a new
quotation is one indexed query for candidates and a check of each; nothing is held in memory
between runs.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field

import sqlite_utils
from spacy.lang.en.stop_words import STOP_WORDS

from .similarity import Bander, contains, jaccard, key, shingles, words

SHORT_WORDS = 6
CONTAINED_WORDS = 8
# Nearly equal: Jaccard >= NEAR_THRESHOLD on the word pairs (2-shingles), and on the pairs
# holding a word other than a stop word (spaCy's list). Measured on the quotations quotedb
# finds in ../shared/eval/dev.jsonl (1,831 of 6 words or more), every pair neither equal nor
# a run of the other with either figure >= 0.3 read by hand (18 pairs): the 5 true ones
# (`We're going to build a wall` / `We are going to build a wall`, a trimmed quote with a
# clause changed, a tweet quoted in part) have both >= 0.41; of the 13 false ones, word
# pairs alone let `The kids thought it was part of the fireworks` / `We just told them it
# was part of the fireworks` through (0.42, content pairs 0.17), content pairs alone `So they
# clearly think I'm going to do what I say I will do` / `You think I'm going to change?`
# (0.43, word pairs 0.20); no false pair has both >= 0.38.
NEAR_THRESHOLD = 0.4
NUM_PERM = 64
SHINGLE = 2
_BANDER = Bander("band", NEAR_THRESHOLD, NUM_PERM)


@dataclass
class Wording:
    """What grouping reads of one stored quotation."""

    id: int
    quote: str
    speaker_id: int | None
    tokens: list[str] = field(init=False)
    pairs: set[str] = field(init=False)
    banded: set[str] = field(init=False)

    def __post_init__(self) -> None:
        self.tokens = words(self.quote)
        self.pairs = shingles(self.tokens, SHINGLE) if not self.short else set()
        # the pairs with a word other than a stop word, which the LSH bands are made of:
        # with every pair, random sentences sharing `of the` and `in the` drew ~20 candidates
        # a quotation at 20,000 quotations (bench/groups.py), and 50 times more at a million
        content = {p for p in self.pairs if not all(w in STOP_WORDS for w in p.split())}
        self.banded = content or self.pairs

    @property
    def short(self) -> bool:
        return len(self.tokens) < SHORT_WORDS

    @property
    def identity(self) -> tuple | None:
        """What decides every edge of this quotation: its words (and, when short, its
        speaker). Two quotations with one identity have the same edges; None: it has none."""
        if not self.tokens or (self.short and self.speaker_id is None):
            return None
        return (self.speaker_id, *self.tokens) if self.short else tuple(self.tokens)

    def keys(self, bands: list[int] | None = None) -> set[int]:
        if not self.tokens:
            return set()
        if self.short:
            # only the same speaker's same words; no speaker, nothing to share it with
            return {key("short", self.speaker_id, *self.tokens)} if self.speaker_id is not None else set()
        found = {key("exact", *self.tokens)}
        n = CONTAINED_WORDS
        found.update(key("run", *self.tokens[i : i + n]) for i in range(len(self.tokens) - n + 1))
        if bands is None:
            bands = _BANDER.keys_of_many([self.banded])[0]
        found.update(bands)
        return found


def same_utterance(a: Wording, b: Wording) -> bool:
    """The edge test, for two quotations that share a look-up key."""
    if not a.tokens or not b.tokens:
        return False
    if a.short or b.short:
        return (
            a.short and b.short and a.speaker_id is not None and a.speaker_id == b.speaker_id and a.tokens == b.tokens
        )
    if a.tokens == b.tokens:
        return True
    longer, shorter = (a, b) if len(a.tokens) >= len(b.tokens) else (b, a)
    if len(shorter.tokens) >= CONTAINED_WORDS and contains(longer.tokens, shorter.tokens):
        return True
    return jaccard(a.pairs, b.pairs) >= NEAR_THRESHOLD and jaccard(a.banded, b.banded) >= NEAR_THRESHOLD


def _wordings(db: sqlite_utils.Database, sql: str, params: Iterable = ()) -> list[Wording]:
    return [Wording(r["id"], r["quote"] or "", r["speaker_id"]) for r in db.query(sql, list(params))]


def _in(ids: Iterable[int]) -> str:
    return ",".join(str(int(i)) for i in ids)


def _new_group(db: sqlite_utils.Database) -> int:
    # plain SQL: sqlite-utils' insert and update read the table's schema each call (~1 ms)
    return db.execute("insert into quote_groups (quotes) values (0)").lastrowid


class _Unions:
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


def place(db: sqlite_utils.Database, quote_ids: list[int], touched: set[int] | None = None) -> set[int]:
    """Give each of quote_ids (stored, not yet grouped) its group: joining, and merging, the
    groups it has edges to, or a new one. Returns the groups whose members changed.

    The batch at once: its keys written, everyone sharing one read in one query per 500
    quotations, the edges found, then connected (a quotation of the batch to another, or to
    a stored group), so a batch of 5,000 costs a few queries, not a few per quotation.
    """
    touched = set() if touched is None else touched
    if not quote_ids:
        return touched
    new = _wordings(db, f"select id, quote, speaker_id from quotes where id in ({_in(quote_ids)}) order by id")
    bands = _BANDER.keys_of_many([w.banded for w in new])
    all_keys = [w.keys(b if not w.short else []) for w, b in zip(new, bands)]
    # all at once, in key order: one pass down the index instead of a jump per row
    db.conn.executemany(
        "insert or ignore into group_keys (key, quote_id) values (?, ?)",
        sorted((k, w.id) for w, keys in zip(new, all_keys) for k in keys),
    )
    ours = {w.id: w for w in new}
    unions = _Unions()  # nodes: ("q", quote id) of the batch, ("g", group id) of stored groups
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
    seen: dict[int, Wording] = {}
    for chunk in range(0, len(searching), 500):
        wanted: dict[int, list[Wording]] = {}
        for w, keys in searching[chunk : chunk + 500]:
            for k in keys:
                wanted.setdefault(k, []).append(w)
        if not wanted:
            continue
        sharers = db.execute(
            f"""select group_keys.key, quotes.id, quotes.quote, quotes.speaker_id, quotes.group_id
                from group_keys join quotes on quotes.id = group_keys.quote_id
                where group_keys.key in ({_in(wanted)})"""
        ).fetchall()
        checked: set[tuple] = set()
        for k, other_id, quote, speaker_id, group_id in sharers:
            if other_id not in ours and group_id is None:
                continue  # not placed yet: it finds these when it is
            other = ours.get(other_id) or seen.setdefault(other_id, Wording(other_id, quote or "", speaker_id))
            # one check per wording of a stored group: its equal-worded members have its edges
            them = ("q", other_id) if other_id in ours else ("g", group_id, other.identity or other_id)
            for w in wanted[k]:
                pair = (w.id, them)
                if other_id == w.id or pair in checked:
                    continue
                checked.add(pair)
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


def _components(members: list[Wording]) -> list[list[Wording]]:
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
    by_key: dict[int, list[Wording]] = {}
    for m in distinct.values():
        for k in m.keys():
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
        for part in _components(members)[1:]:
            new_id = _new_group(db)
            db.execute(f"update quotes set group_id = ? where id in ({_in(m.id for m in part)})", [new_id])
            touched.add(new_id)
    return touched


def recount(db: sqlite_utils.Database, group_ids: Iterable[int]) -> None:
    """Write each group's canonical wording, first report and counts from its quotations.

    Ties are broken by the article's key and the quotation's offset, never by row ids, so a
    rebuild writes the same values.
    """
    for group_id in sorted(set(group_ids)):
        rows = list(
            db.query(
                """select quotes.id, quotes.quote, quotes.speaker_id, quotes.article_id, quotes.outlet_id,
                          quotes.published, quotes.start, articles.key as article_key,
                          articles.copy_of is not null as is_copy, speakers.name as speaker
                   from quotes join articles on articles.id = quotes.article_id
                   left join speakers on speakers.id = quotes.speaker_id
                   where quotes.group_id = ?""",
                [group_id],
            )
        )
        if not rows:
            continue
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
        values = {
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
        db.execute(
            f"update quote_groups set {', '.join(f'[{c}] = ?' for c in values)} where id = ?",
            [*values.values(), group_id],
        )


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
