"""How alike two texts are: normalised words, shingles, MinHash band keys, Jaccard.

What quotation groups (ingest/utterance.py, db/groups.py) and syndicated copies (db/copies.py)
are built on. Pure computation, no database: extraction workers work keys out and the writer
only looks them up. Every key is a signed 64-bit integer so that it fits an SQLite INTEGER and
an index on it stays small; the hash is blake2b, not Python's hash(), so keys are the same in
every process and run.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Sequence

import numpy as np
from datasketch import MinHash, MinHashLSH

_APOSTROPHES = re.compile(r"[\u0027\u2018\u2019\u02bc\u0060\u00b4]")
_WORD = re.compile(r"\w+")


def words(text: str) -> list[str]:
    """The words of text, equal for two wordings that differ only in case, accents and other
    marks, punctuation, quotation marks, whitespace, ellipses or dashes (`don't` = `dont`)."""
    if text.isascii():  # most news text: nothing to decompose (a 500-word article 4x faster)
        plain = text.lower()
    else:
        decomposed = unicodedata.normalize("NFKD", text)
        plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return _WORD.findall(_APOSTROPHES.sub("", plain).replace("_", " "))


def key(*parts: object) -> int:
    """A stable signed 64-bit key for parts (a kind tag first, so kinds never collide)."""
    digest = hashlib.blake2b("\x1f".join(map(str, parts)).encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def shingles(tokens: Sequence[str], n: int) -> set[str]:
    """The runs of n consecutive words (the whole text when it is shorter)."""
    if len(tokens) <= n:
        return {" ".join(tokens)} if tokens else set()
    return {" ".join(tokens[i : i + n]) for i in range(len(tokens) - n + 1)}


def jaccard(a: set, b: set) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


def contains(longer: Sequence[str], shorter: Sequence[str]) -> bool:
    """shorter is a contiguous run of longer's words."""
    return f" {' '.join(shorter)} " in f" {' '.join(longer)} "


class Bander:
    """MinHash band keys of shingle sets, for an LSH index kept as rows of a table.

    datasketch's MinHashLSH keeps its index in memory (or Redis/Cassandra); here it only chooses
    the bands and rows for a threshold, and the keys of each band go into SQLite, so finding the
    candidates of a new text is one indexed look-up however large the database.
    """

    def __init__(self, tag: str, threshold: float, num_perm: int, weights: tuple[float, float] = (0.2, 0.8)):
        self.tag = tag
        # weights (false positives, false negatives): a false positive costs one exact check of
        # the candidate, a false negative a missed group, so misses weigh four times more
        # (with 64 permutations at threshold 0.4: 21 bands of 3, a pair at 0.45 found 87%,
        # at 0.5 94%, where equal weights chose 16 bands of 4 finding 49% and 64%)
        lsh = MinHashLSH(threshold=threshold, num_perm=num_perm, weights=weights)
        self.bands, self.rows = lsh.b, lsh.r
        self.num_perm = num_perm
        # copied for every set: MinHash.bulk made its permutations again on each call (~1 ms,
        # a tenth of the writer's MinHash time when it hashed one article's quotes at a time)
        self._empty = MinHash(num_perm=num_perm, seed=1)

    def keys_of_many(self, sets: Iterable[set[str]]) -> list[list[int]]:
        out: list[list[int]] = []
        for x in sets:
            if not x:
                out.append([])
                continue
            m = self._empty.copy()
            m.update_batch([s.encode() for s in sorted(x)])
            values = np.asarray(m.hashvalues, dtype=np.uint64)
            out.append(
                [
                    key(self.tag, band, values[band * self.rows : (band + 1) * self.rows].tobytes().hex())
                    for band in range(self.bands)
                ]
            )
        return out
