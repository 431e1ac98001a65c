"""A user's search as a safe FTS5 query, and its words marked in a quotation.

quotedb_fts(q) and quotedb_phrase(q) (SQL functions, see hooks) turn words or a "quoted
phrase" into an FTS5 query that is never a syntax error; `marked` puts the search's words
in <mark>, the text escaped first.
"""

from __future__ import annotations

import functools
import re

from markupsafe import Markup, escape

_TERM = re.compile(r'"([^"]*)"?|(\S+)')
_WORD = re.compile(r"\w+")


# words a search is read as, at most: a pasted article of 2,500 words took the server ~1.7 s
# to mark, blocking every other request; a real search, even a long phrase, is far shorter
MAX_SEARCH_WORDS = 64


def parse_search(text: str | None) -> list[tuple[list[str], bool]]:
    """A user's search as (words of a phrase, last word is a prefix) items, all required;
    its first MAX_SEARCH_WORDS words only."""
    items: list[tuple[list[str], bool]] = []
    room = MAX_SEARCH_WORDS
    for match in _TERM.finditer(text or ""):
        quoted, bare = match.group(1), match.group(2)
        chunk = quoted if quoted is not None else bare
        words = [w for w in _WORD.findall(chunk) if w.strip("_")]
        if words:
            kept = words[:room]
            items.append((kept, quoted is None and bare.endswith("*") and len(kept) == len(words)))
            room -= len(kept)
            if room == 0:
                break
    return items


# what a search without words looks for: a private-use character no article is made of
# (FTS5 treats MATCH NULL or '' as a syntax error, which an empty search form must not show)
NOTHING = '"\ue000"'


def fts_query(text: str | None) -> str:
    """An FTS5 query matching every word or phrase of `text`; one matching nothing if it has no words."""
    items = parse_search(text)
    if not items:
        return NOTHING
    return " ".join('"{}"{}'.format(" ".join(words), "*" if prefix else "") for words, prefix in items)


def fts_phrase(text: str | None) -> str:
    """An FTS5 query matching all the words of `text` as one phrase (nothing if it has no words)."""
    words = [w for words, _ in parse_search((text or "").replace('"', " ")) for w in words]
    return '"{}"'.format(" ".join(words)) if words else NOTHING


_SUFFIXES = ("ingly", "edly", "ing", "ies", "ied", "es", "ed", "ly", "s", "y", "e")


def stem(word: str) -> str:
    """A rough stem, to mark the words that the porter tokenizer of quotes_fts matched."""
    w = word.lower()
    for suffix in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)]
            break
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiouls":
        w = w[:-1]
    return w


Item = tuple[tuple[str, ...], tuple[str, ...], bool]  # words lowered, their stems, last is a prefix


@functools.lru_cache(maxsize=64)
def _search_index(search: str) -> tuple[dict[str, set[Item]], dict[str, set[Item]], tuple[int, ...]]:
    """The items of a search by what their first word must be: a stem, or (a one-word
    prefix search) the token's first letters; and the lengths of those prefixes.
    Cached: render_cell asks for it once per cell of the same search."""
    by_stem: dict[str, set[Item]] = {}
    by_prefix: dict[str, set[Item]] = {}
    for words, prefix in parse_search(search):
        item = (tuple(w.lower() for w in words), tuple(stem(w) for w in words), prefix)
        if prefix and len(words) == 1:
            by_prefix.setdefault(item[0][0], set()).add(item)
        else:
            by_stem.setdefault(item[1][0], set()).add(item)
    return by_stem, by_prefix, tuple(sorted({len(p) for p in by_prefix}))


def marked(text: str, search: str | None) -> Markup | None:
    """text escaped, with the words of `search` in <mark>; None if nothing matches.

    One pass over the text's words: each is looked up among the search's items by its stem
    (or first letters), so the cost grows with the text, not with text x search words.
    """
    if not search or not text:
        return None
    by_stem, by_prefix, prefix_lengths = _search_index(search)
    if not by_stem and not by_prefix:
        return None
    tokens = [(m.start(), m.end(), m.group().lower()) for m in _WORD.finditer(text)]
    stems = [stem(t[2]) for t in tokens]
    spans = []
    for i, (start, _, token) in enumerate(tokens):
        candidates = list(by_stem.get(stems[i], ()))
        for length in prefix_lengths:
            candidates.extend(by_prefix.get(token[:length], ()))
        for lowered, wanted, prefix in candidates:
            n = len(wanted)
            if i + n > len(tokens):
                continue
            if all(
                tokens[i + j][2].startswith(lowered[j]) if prefix and j == n - 1 else stems[i + j] == wanted[j]
                for j in range(1, n)
            ):
                spans.append((start, tokens[i + n - 1][1]))
    if not spans:
        return None
    spans.sort()
    merged = [list(spans[0])]
    for s, e in spans[1:]:
        if s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    out, at = [], 0
    for s, e in merged:
        out.append(escape(text[at:s]))
        out.append(Markup("<mark>") + escape(text[s:e]) + Markup("</mark>"))
        at = e
    out.append(escape(text[at:]))
    return Markup("").join(out)
