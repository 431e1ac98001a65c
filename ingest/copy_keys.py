"""When one article is a syndicated copy of another (nearly the same text), and the look-up keys
that find the candidates: MinHash LSH band keys of the text's 5-word runs.

Pure computation on the text, like ingest/utterance.py for quotations: the Dask workers and
`quotedb extract --output` work an article's keys out and its record carries them
(records.Article.copy_keys), so the writer (db/copies.py) only looks them up.
"""

from __future__ import annotations

from .records import LookupKeys
from .similarity import Bander, shingles, words

# Jaccard of 5-word runs. ../shared/eval/dev.jsonl has no syndicated copy: its two most alike
# articles (one outlet's boilerplate) score 0.074. Each of its 286 articles of 6+ paragraphs
# run again with another headline, the last paragraph dropped and a 25-word syndication line
# added scores at least 0.538 (5th percentile 0.675); cut to its first two thirds, 0.383 (5th
# percentile 0.492). 0.5 takes the first kind always and half of the second, far above 0.074.
COPY_THRESHOLD = 0.5
SHINGLE = 5
BANDER = Bander("article", COPY_THRESHOLD, 64)
# Bump when copy_keys would give other keys for the same text.
KEYS_VERSION = 1


def runs(text: str | None) -> set[str]:
    return shingles(words(text or ""), SHINGLE)


def copy_keys(text: str) -> LookupKeys:
    """The look-up keys of an article's text, for its record."""
    return LookupKeys(KEYS_VERSION, BANDER.keys_of_many([runs(text)])[0])


def keys_of(text: str, given: LookupKeys | None) -> list[int]:
    """`given` when it is of this KEYS_VERSION, else the keys worked out here."""
    if given is not None and given.version == KEYS_VERSION:
        return list(given.keys)
    return copy_keys(text).keys
