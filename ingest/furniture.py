"""Page furniture and headings: lines of a page that are nobody's words and name no speaker.

`Story continues below advertisement`, `READ MORE: ...`, `With files from ...`, a photo credit or caption,
a subheading (`Costs under review`, `THE WEEKEND'S POLLS`), a dateline (`LONDON —`). They are
blanked before the parse (offsets unchanged), so none of them becomes a speaker or the subject
a quotation is given to. A heading that holds a quotation stays: a headline's quoted words
(`Mayor 'appalled' by ferry fares`) are credited like any other.
"""

from __future__ import annotations

import re

from .marks import DOUBLE_MARKS, paragraphs

# whole lines that are the page's, not the story's
_FURNITURE = re.compile(
    r"^\W*(?:story continues below|advertisement\b|read more\b|related\b|more from\b|recommended\b|watch\b\W*:|listen\b\W*:"
    r"|with files from\b|photo(?:graph)?s?\b\s*(?:by\b|:|credit)|image(?:s)?\b\s*(?:by\b|:|credit)|file photo\b|credit\s*:"
    r"|\(?(?:photo|image|picture)s?\b[^)]{0,80}\b(?:by|via|courtesy|credit)\b|click here\b|sign up\b|subscribe\b"
    r"|follow\b.{0,60}\bon (?:twitter|x|facebook|instagram)\b|share this\b|getty\b|ap photo\b|reuters\b\W*$|___)",
    re.IGNORECASE,
)
# a dateline opening the first line of a story: `LONDON —`, `PORTLAND, Ore. -`
_DATELINE = re.compile(
    r"^\s*[A-Z][A-Z .'’-]{2,}(?:,\s*[A-Z][\w.]*\.?(?:\s[A-Z][\w.]*\.?)?)?\s*(?:\([^)]{1,20}\)\s*)?[—–-]+\s"
)
# a photo's caption: sentences, then its credit in brackets (`... in Montreal. (Jane Roe/Agency)`,
# `(THE CANADIAN PRESS FILE PHOTO)`): a few words, no sentence's end inside (an aside in brackets,
# `(Rubio has since dropped out.)`, ends with one)
_CAPTION = re.compile(r"[.!?][\"”’']?\s*\(\s*(?:[^().!?\s]+\s*){1,8}\)\s*$")
_SENTENCE_END = re.compile(r"[.!?…:;,][\"”'’)\]]*\s*$")


def is_heading(line: str) -> bool:
    """A line that reads as a heading or a caption's label: short, in capitals or title case, or
    short without a sentence's end."""
    words = line.split()
    if not words or len(words) > 16 or any(m in line for m in DOUBLE_MARKS):
        return False
    letters = [c for c in line if c.isalpha()]
    if len(letters) >= 4 and all(c.isupper() for c in letters):
        return True  # `THE WEEKEND'S POLLS`, `ABSTRACT.`
    capital = [w for w in words if w[:1].isupper()]
    if len(words) >= 4 and len(capital) >= 0.8 * len(words):
        return True  # a headline in title case, full stop or not: `Trump Warns Clinton Policy On Syria ...`
    if len(words) > 12 or _SENTENCE_END.search(line):
        return False
    if len(letters) < 4:
        return len(words) <= 2  # a list number, a section mark
    # a subheading in sentence case (`Costs under review`): short and without a sentence's end
    return len(capital) >= 0.6 * len(words) or len(words) <= 5


def furniture_spans(text: str, quoting: set[int] = frozenset()) -> list[tuple[int, int]]:
    """(start, end) of every line that is page furniture or a heading, and of a dateline.

    quoting: the starts of the lines that hold a quotation; a heading among them stays.
    """
    out = []
    for k, (start, end) in enumerate(paragraphs(text)):
        line = text[start:end]
        if _FURNITURE.match(line) or (start not in quoting and (is_heading(line.strip()) or _CAPTION.search(line))):
            out.append((start, end))
        elif k < 3:
            m = _DATELINE.match(line)
            if m:
                out.append((start, start + m.end()))
    return out


def blank_furniture(text: str, quoting: set[int] = frozenset(), also: list[tuple[int, int]] = ()) -> str:
    """The text with its furniture and headings (and the spans `also` gives) blanked to spaces, offsets unchanged."""
    spans = furniture_spans(text, quoting) + list(also)
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)
