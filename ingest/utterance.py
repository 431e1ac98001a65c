"""When two quotations are the same utterance, and the look-up keys that find the candidates.

Two quotations are the same utterance (an *edge*) when
- their words are equal after normalising case, marks, punctuation, whitespace, ellipses
  and dashes (similarity.words); or
- one, of at least CONTAINED_WORDS words, is a contiguous run of the other (a trimmed quote); or
- their word pairs are nearly the same: Jaccard >= NEAR_THRESHOLD, of all pairs and of the
  pairs holding a content word (a few words changed, added or dropped).
A quotation of fewer than SHORT_WORDS words (`No comment.`, `Thank you.`) has an edge only to
the same words of the same speaker: two people saying `No comment` share no quotation.

A quotation's look-up keys: its exact-words key, every run of CONTAINED_WORDS words (so a
trimmed quote finds the quote it was cut from, and the other way round), and the MinHash LSH
band keys of its content word pairs. Two quotations with an edge share at least one (the
bands: with the probability NEAR_THRESHOLD's banding gives). All of it is pure computation on
the text: `text_keys` runs where a quotation is extracted (worker processes, Dask workers,
`quotedb extract --output`) and the records carry its result (records.LookupKeys), so the one
writer (db/groups.py) only looks keys up; only a short quotation's key, which holds its
speaker's database id, is made there.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from .records import LookupKeys
from .similarity import Bander, contains, jaccard, key, shingles, words
from .stop_words import STOP_WORDS

SHORT_WORDS = 6
CONTAINED_WORDS = 8
# Nearly equal: Jaccard >= NEAR_THRESHOLD on the word pairs (2-shingles), and on the pairs
# holding a word other than a stop word. Measured on the quotations quotedb finds in
# ../shared/eval/dev.jsonl (1,831 of 6 words or more), every pair neither equal nor a run of
# the other with either figure >= 0.3 read by hand (18 pairs): the 5 true ones (`We're going
# to build a wall` / `We are going to build a wall`, a trimmed quote with a clause changed, a
# tweet quoted in part) have both >= 0.41; of the 13 false ones, word pairs alone let `The
# kids thought it was part of the fireworks` / `We just told them it was part of the
# fireworks` through (0.42, content pairs 0.17), content pairs alone `So they clearly think
# I'm going to do what I say I will do` / `You think I'm going to change?` (0.43, word pairs
# 0.20); no false pair has both >= 0.38.
NEAR_THRESHOLD = 0.4
NUM_PERM = 64
SHINGLE = 2
BANDER = Bander("band", NEAR_THRESHOLD, NUM_PERM)
# Bump when text_keys would give other keys for the same text (a constant above, the hash, the
# stop words): records extracted before then carry keys the writer no longer uses.
KEYS_VERSION = 1


@dataclass
class Wording:
    """What grouping reads of one quotation: its id and speaker in the database (None for
    neither when it is not stored yet), its words, word pairs and content word pairs."""

    id: int
    quote: str
    speaker_id: int | None
    tokens: list[str] = field(init=False)

    def __post_init__(self) -> None:
        self.tokens = words(self.quote)

    # worked out when first needed: most quotations the writer places have no candidate
    @functools.cached_property
    def pairs(self) -> set[str]:
        return shingles(self.tokens, SHINGLE) if not self.short else set()

    @functools.cached_property
    def banded(self) -> set[str]:
        # the pairs with a word other than a stop word, which the LSH bands are made of:
        # with every pair, random sentences sharing `of the` and `in the` drew ~20 candidates
        # a quotation at 20,000 quotations (bench/groups.py), and 50 times more at a million
        content = {p for p in self.pairs if not all(w in STOP_WORDS for w in p.split())}
        return content or self.pairs

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

    def text_keys(self) -> list[int]:
        """The look-up keys that depend on the words alone: none for a short quotation."""
        if not self.tokens or self.short:
            return []
        found = {key("exact", *self.tokens)}
        n = CONTAINED_WORDS
        found.update(key("run", *self.tokens[i : i + n]) for i in range(len(self.tokens) - n + 1))
        found.update(BANDER.keys_of_many([self.banded])[0])
        return sorted(found)

    def keys(self, given: LookupKeys | None = None) -> set[int]:
        """Every look-up key of the quotation: `given` (worked out at extraction) when it is of
        this KEYS_VERSION, else its text keys worked out here; a short one's with its speaker."""
        if not self.tokens:
            return set()
        if self.short:
            # only the same speaker's same words; no speaker, nothing to share it with
            return {key("short", self.speaker_id, *self.tokens)} if self.speaker_id is not None else set()
        if given is not None and given.version == KEYS_VERSION:
            return set(given.keys)
        return set(self.text_keys())


def group_keys(quote: str) -> LookupKeys:
    """The look-up keys of a quotation's text, for its record (what extraction adds)."""
    return LookupKeys(KEYS_VERSION, Wording(0, quote, None).text_keys())


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
