"""Records that cross module boundaries: an article (or the reason there is none) in, quotes out."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from .vocabulary import Method


@dataclass
class LookupKeys:
    """Look-up keys worked out where an article was extracted, so the one writer need not: a
    quotation's for quotation groups (ingest/utterance.py), an article's for syndicated copies
    (ingest/copy_keys.py); `version` says which way they were worked out."""

    version: int
    keys: list[int]


@dataclass
class Article:
    """One news article as read from a source, before any extraction."""

    text: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None  # ISO date, YYYY-MM-DD
    author: str | None = None
    source: str | None = None  # where it was read from, relative to what the user gave
    id: str | None = None  # an id the source supplied (jsonl), kept for extract/eval
    # derived from `text` alone, so left out of comparisons; None: the writer works them out
    copy_keys: LookupKeys | None = field(default=None, compare=False, repr=False)

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def key(self) -> str:
        """The article's identity: its url when it has one, else a hash of its text."""
        if self.url:
            return "url:" + self.url
        if self.id:
            return "id:" + self.id
        return "sha256:" + self.content_hash[:32]


class SourceError(Exception):
    """An input that cannot be read as an article; the message says why, in one line."""


@dataclass
class Item:
    """One article read from an input, or the reason it could not be read."""

    name: str  # the input as the user would recognise it: path relative to what they gave, url, "-"
    article: Article | None = None
    error: str | None = None
    skipped: bool = False  # a file in a directory in a format quotedb does not read: named, not failed


@dataclass
class Quote:
    """One quotation found in an article, with the speaker it is credited to."""

    quote: str
    start: int  # code-point offsets into Article.text, without the marks
    end: int
    kind: str = "direct"  # direct | partial
    speaker: str | None = None  # the person's full name; None when only a pronoun or description was found
    speaker_start: int | None = None  # the mention the attribution rests on
    speaker_end: int | None = None
    mention: str | None = None  # the mention as written ("he", "the mayor", "Varga")
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    method: Method | None = None  # how the speaker was found (ingest/vocabulary.py)
    confidence: float = 0.0  # how sure the rule that found the attribution is (vocabulary.CONFIDENCE)
    context: str | None = None  # the paragraph around the quotation
    context_start: int | None = None
    speaker_role: str | None = None  # title or description given for the speaker in this article
    speaker_kind: str | None = None  # person | organisation (names.Kind); None without a speaker
    speaker_aliases: list[str] = field(default_factory=list)
    # derived from `quote` alone, so left out of comparisons; None: the writer works them out
    group_keys: LookupKeys | None = field(default=None, compare=False, repr=False)

    def prediction(self) -> dict:
        """The record in the prediction format of the reference scorer."""
        return {
            "quote": self.quote,
            "start": self.start,
            "end": self.end,
            "speaker": self.speaker or self.mention,
            "speaker_start": self.speaker_start,
            "speaker_end": self.speaker_end,
            "cue": self.cue,
            "kind": self.kind,
        }
