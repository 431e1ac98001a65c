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
    headline: bool = False  # in the headline or standfirst lines (`headline`)

    @property
    def open_ended(self) -> bool:
        return self.close_mark is None

    def opens_paragraph(self, text: str) -> bool:
        """Nothing but space stands before the quotation in its paragraph."""
        return not text[self.para_start : self.open_mark].strip()

    def ends_paragraph(self, text: str) -> bool:
        """Nothing but space stands after the quotation in its paragraph."""
        after = self.close_mark + 1 if self.close_mark is not None else self.end
        return not text[after : self.para_end].strip()


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
    """Every double-quoted span of the text, and the single-quoted ones of its headline and
    standfirst, in order."""
    spans = _double_quoted(text)
    single = _single_quoted_in_headline(text, spans)
    if single:
        spans = sorted(spans + single, key=lambda s: s.open_mark)
    lines = set(headline(text))
    for s in spans:
        s.headline = (s.para_start, s.para_end) in lines
    return spans


# A headline or a standfirst quotes with single marks (`Mayor 'appalled' by ferry fares`): the
# first lines of the text while they are this short.
HEADLINE_LINES = 2
HEADLINE_WORDS = 25
# words an apostrophe opens (`'em`, `rock 'n' roll`, `'til`), never a quotation
_ELIDED = frozenset("em n til cause tis twas round bout nuff er".split())
_WORD_RE = re.compile(r"[^\W_]+")


def headline(text: str) -> list[tuple[int, int]]:
    """The offsets of the headline and standfirst lines: the first lines while they are short."""
    lines: list[tuple[int, int]] = []
    paras = paragraphs(text)
    # a body follows a headline: a text of one line is a body
    for lo, hi in paras[: min(HEADLINE_LINES, len(paras) - 1)]:
        if len(text[lo:hi].split()) > HEADLINE_WORDS:
            break
        lines.append((lo, hi))
    return lines


def _single_quoted_in_headline(text: str, spans: list[QuotedSpan]) -> list[QuotedSpan]:
    """The single-quoted spans of the headline and standfirst lines, apostrophes told apart
    (`it's`, `o'clock`, `the '90s`, `Jones' car`): a mark opens at a word's start and closes
    at a word's end. One whose words the body quotes again is left to the body's quotation,
    which carries the cue: the headline only repeats it."""
    found: list[QuotedSpan] = []
    for lo, hi in headline(text):
        taken = [(s.open_mark, s.close_mark if s.close_mark is not None else s.para_end) for s in spans]
        i = lo
        while i < hi:
            if text[i] not in "‘'" or any(a <= i <= b for a, b in taken) or not _opens_single(text, i, lo, hi):
                i += 1
                continue
            close = _single_closer(text, i, hi)
            if close is None:
                i += 1
                continue
            s, e = _trimmed(text, i + 1, close)
            if e > s and not _quoted_again(text, text[s:e], spans, hi):
                found.append(QuotedSpan(s, e, i, close, lo, hi))
            i = close + 1
    return found


def _opens_single(text: str, i: int, lo: int, hi: int) -> bool:
    prev = text[i - 1] if i > lo else " "
    if i + 1 >= hi or not (prev in _OPEN_CONTEXT or prev in DOUBLE_MARKS or i == lo):
        return False
    word = _WORD_RE.match(text, i + 1)
    if word is None:
        return False
    w = word.group().lower()
    # `the '90s`, `'em`
    return w not in _ELIDED and not re.fullmatch(r"\d0s|\d\ds?", w)


def _single_closer(text: str, i: int, hi: int) -> int | None:
    """The mark closing the single quotation opened at i: the first `'` or `’` after a word's
    last character and before no letter (`it's`, `o'clock` go on), within the line."""
    for j in range(i + 2, hi):
        if text[j] not in "’'":
            continue
        after = text[j + 1] if j + 1 < hi else " "
        if text[j - 1].isspace() or after.isalnum():
            continue
        # `Jones' car` inside a quotation: a plural's apostrophe when a later mark can close, with
        # no quotation opening in between (`Only 'Two Instances' where Donations 'Slipped'`)
        if text[j - 1] in "sS" and after == " ":
            later = _single_closer(text, j, hi)
            if later is not None and not any(
                text[k] in "‘'" and _opens_single(text, k, i, hi) for k in range(j + 1, later)
            ):
                continue
        return j
    return None


def _quoted_again(text: str, quoted: str, spans: list[QuotedSpan], after: int) -> bool:
    """The body quotes these words again, or, for two words or more, writes them as its own (a
    name or a term: `Frustrated parents rally to 'Reclaim Our Schools'` ... the Reclaim Our
    Schools campaign)."""
    words = _WORD_RE.findall(quoted.lower())
    if not words:
        return False
    phrase = " ".join(words)
    if len(words) > 1 and phrase in " ".join(_WORD_RE.findall(text[after:].lower())):
        return True
    return any(
        s.open_mark > after and phrase in " ".join(_WORD_RE.findall(text[s.start : s.end].lower())) for s in spans
    )


def _double_quoted(text: str) -> list[QuotedSpan]:
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
