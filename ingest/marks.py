"""Pair quotation marks into quoted spans.

Works paragraph by paragraph (a line of text), because news style never lets a
quotation mark pair across paragraphs: a quotation that goes on into the next
paragraph leaves its mark unclosed and opens a new one there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPENERS = "“„«"  # marks that only open
CLOSERS = "”»"  # marks that only close
AMBIGUOUS = '"‟'  # straight marks: direction comes from the neighbours
DOUBLE_MARKS = OPENERS + CLOSERS + AMBIGUOUS
SINGLE_MARKS = "‘’'"

# Characters after which a mark opens, and before which a mark closes.
_OPEN_CONTEXT = " \t\u00a0([{—–-/"
_CLOSE_CONTEXT = " \t\u00a0)]}.,;:!?—–-…/"
_INNER_TRIM = " \t\u00a0\r"


@dataclass
class QuotedSpan:
    """A stretch of text between a pair of quotation marks, marks excluded."""

    start: int  # first character inside the marks (inner spaces trimmed)
    end: int
    open_mark: int  # offset of the opening mark
    close_mark: int | None  # None: left open to the end of its paragraph
    para_start: int
    para_end: int

    @property
    def open_ended(self) -> bool:
        return self.close_mark is None


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Offsets of each non-empty line."""
    spans = []
    for m in re.finditer(r"[^\r\n]+", text):
        if m.group().strip():
            spans.append((m.start(), m.end()))
    return spans


def previous_paragraph(text: str, para_start: int) -> tuple[int, int] | None:
    """Offsets of the non-empty line before the one starting at para_start, as `paragraphs` gives them."""
    line_end = para_start
    while True:
        k = line_end - 1
        while k >= 0 and text[k] in "\r\n":
            k -= 1
        if k < 0:
            return None
        start = max(text.rfind("\n", 0, k), text.rfind("\r", 0, k)) + 1
        if text[start : k + 1].strip():
            return start, k + 1
        line_end = start


def _inside_markup(text: str, pos: int, para_start: int) -> bool:
    """A mark inside an HTML/XML tag (`<tweet author="...">`) is an attribute delimiter."""
    lt = text.rfind("<", para_start, pos)
    if lt < 0:
        return False
    gt = text.rfind(">", lt, pos)
    return gt < 0 and re.match(r"</?[A-Za-z][\w:-]*[\s>/]", text[lt : lt + 40]) is not None


def _direction(text: str, i: int, lo: int, hi: int) -> str:
    """'open', 'close' or 'either' for the double mark at text[i]."""
    ch = text[i]
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + 1] if i + 1 < hi else " "
    opens = prev in _OPEN_CONTEXT or prev in OPENERS or prev in "‘'" or i == lo
    closes = nxt in _CLOSE_CONTEXT or nxt in CLOSERS or nxt in "’'" or i + 1 == hi
    if ch in OPENERS:
        # A curly opener in closing position is a typing slip for a closer.
        return "close" if closes and not opens and prev not in " \t" else "open"
    if ch in CLOSERS:
        return "open" if opens and not closes and nxt not in " \t" else "close"
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return "either"


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _INNER_TRIM:
        start += 1
    while end > start and text[end - 1] in _INNER_TRIM:
        end -= 1
    return start, end


def find_quoted_spans(text: str) -> list[QuotedSpan]:
    """Every double-quoted span of the text, in order."""
    spans: list[QuotedSpan] = []
    for lo, hi in paragraphs(text):
        open_at: int | None = None
        for i in range(lo, hi):
            if text[i] not in DOUBLE_MARKS or _inside_markup(text, i, lo):
                continue
            d = _direction(text, i, lo, hi)
            if open_at is None:
                # A stray closer with nothing open has lost its opener: skip it.
                if d != "close":
                    open_at = i
                continue
            if d == "open":
                # An opener while one is open: the earlier one was never closed.
                s, e = _trimmed(text, open_at + 1, i)
                if e > s:
                    spans.append(QuotedSpan(s, e, open_at, None, lo, hi))
                open_at = i
                continue
            s, e = _trimmed(text, open_at + 1, i)
            if e > s:
                spans.append(QuotedSpan(s, e, open_at, i, lo, hi))
            open_at = None
        if open_at is not None:
            s, e = _trimmed(text, open_at + 1, hi)
            if e > s:
                spans.append(QuotedSpan(s, e, open_at, None, lo, hi))
    return spans
