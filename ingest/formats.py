"""Readers of every input format, and the one place that decides which format an input is.

Bytes in, `Item`s out; nothing here opens a file or a connection. A feed is read into its
entries' links only: fetching them is `ingest.sources`' job, through `ingest.network`.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Literal

import charset_normalizer
import yaml

from .dates import DateError, iso_date
from .records import Article, Item, SourceError

Format = Literal["text", "html", "json", "jsonl", "feed"]

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
JSON_SUFFIXES = {".json"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | FEED_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES

# Limits past which an input is refused with a one-line reason instead of read.
# Measured with en_core_web_sm on a shared 2-core machine: 400,000 characters of news
# extract in about 20 s and 770 MB, mostly spaCy's parse; 1,000 quotations in one
# paragraph take 17 s (work per quotation grows with its paragraph). A 50 MB text
# would take an hour and gigabytes. The longest long-form news pieces run to
# ~150,000 characters and a few hundred quotation marks.
MAX_ARTICLE_CHARS = 500_000
MAX_QUOTATION_MARKS = 2_000
# trafilatura's time grows faster than the page (measured: 1 MB 2 s, 5 MB 15 s, 20 MB
# 250 s and 700 MB); news pages weigh 0.1 to 3 MB.
MAX_PAGE_CHARS = 5_000_000
MAX_INPUT_BYTES = 64 * 1024 * 1024  # one file, page or stdin; a .jsonl of many articles fits
# One JSONL line is one article: 500,000 characters, each at most 12 bytes as a JSON escape
# pair, plus its other fields. A longer line is refused without being held in memory whole.
MAX_JSONL_LINE_BYTES = 8 * 1024 * 1024
# Front matter is a few lines of metadata; the pure-Python YAML parser (needed to refuse
# aliases) reads about 1 MB a second, so a megabyte of "front matter" is an attack, not a title.
MAX_FRONT_MATTER_CHARS = 64 * 1024
# News feeds list 10 to 100 entries; the largest publishers' "all stories" feeds a few hundred.
# Each entry is one fetch, so this bounds the work one feed can ask for.
MAX_FEED_ENTRIES = 500
QUOTATION_MARKS = '"“”„‟«»'


def detect_format(data: bytes, suffix: str = "", content_type: str | None = None) -> Format:
    """An input's format: by its content type when fetched, else by its file suffix, else by
    its first characters (stdin). A fetched document whose content type is not an article
    format, and whose url's suffix says nothing either, is refused."""
    head = _head(data)
    if content_type is not None:
        ct = content_type.lower()
        if "html" in ct:
            return "html"
        if "json" in ct:
            return "jsonl" if suffix in JSONL_SUFFIXES else "json"
        if "xml" in ct or "rss" in ct or "atom" in ct:
            return "feed"
        if ct.startswith("text/plain"):
            suffix = ".txt"
        elif suffix not in KNOWN_SUFFIXES:
            raise SourceError(f"not an article: content type {content_type or 'unknown'}")
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in JSON_SUFFIXES:
        return "json"
    if suffix in FEED_SUFFIXES or head.startswith(b"<?xml") and (b"<rss" in head or b"<feed" in head):
        return "feed"
    if suffix in HTML_SUFFIXES or head.startswith((b"<!doctype html", b"<html")):
        return "html"
    if not suffix:  # stdin: nothing but the bytes to go by
        if head.startswith(b"{"):
            return "jsonl"
        if head.startswith(b"["):
            return "json"
        if head.startswith(b"<?xml"):
            return "feed"
    return "text"


def _head(data: bytes) -> bytes:
    """The first few hundred bytes, lower case, without a byte order mark or leading space."""
    start = data[:1000]
    if start.startswith((b"\xff\xfe", b"\xfe\xff")):
        start = start.decode("utf-16", errors="ignore").encode("utf-8")
    return start.removeprefix(b"\xef\xbb\xbf").lstrip()[:500].lower()


# --- bytes to text ---------------------------------------------------------------------------


def decode(data: bytes, name: str = "") -> str:
    """Bytes to text: UTF-8 (with or without BOM) first, else the most likely encoding."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise SourceError("broken UTF-16 text") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        bad_at = e.start
    if b"\x00" in data[:4096]:
        raise SourceError("binary data, not text")
    if _UTF8_SEQUENCE.search(data):
        # UTF-8 with broken bytes: guessing a legacy encoding would garble all of it
        raise SourceError(f"invalid UTF-8 at byte {bad_at}")
    matches = charset_normalizer.from_bytes(data)
    best = matches.best()
    if best is None:
        raise SourceError("unknown text encoding")
    # Western (Windows-1252) wins whenever it reads the bytes as cleanly as the best guess:
    # on a short text Baltic or Central European code pages can score a little more
    # "coherent", but garble Latin-1's accented letters, and Western is what legacy news is in
    for m in matches:
        if m.encoding in ("cp1252", "latin_1") and m.chaos <= best.chaos:
            return str(m)
    return str(best)


# a multi-byte UTF-8 character: a legacy 8-bit text almost never holds one
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def text_of(data: bytes) -> str:
    """An input's bytes as text, refusing what is too large, empty or binary."""
    if len(data) > MAX_INPUT_BYTES:
        raise SourceError(f"input too large: {len(data):,} bytes, the limit is {MAX_INPUT_BYTES:,}")
    if not data.strip():
        raise SourceError("empty input")
    text = decode(data)
    if not text.strip():
        raise SourceError("empty input")
    if "\x00" in text:
        raise SourceError("binary data, not text")
    return text


# --- fields to an Article ----------------------------------------------------------------------


def article_from(fields: dict, defaults: dict, source: str) -> Article:
    """An Article from a mapping of fields, checking types, characters and the date."""
    if not isinstance(fields, dict):
        raise SourceError("expected a JSON object with a 'text' field")
    text = fields.get("text")
    if not isinstance(text, str) or not text.strip():
        raise SourceError("no article text")
    check_size(text)
    _check_characters("text", text)
    values = {}
    for key in ("title", "outlet", "url", "author", "id"):
        v = fields.get(key)
        if v is not None and (isinstance(v, bool) or not isinstance(v, (str, int))):
            raise SourceError(f"field {key!r} should be a string")
        if isinstance(v, str):
            _check_characters(key, v)
        values[key] = str(v).strip() if v is not None and str(v).strip() else None
    raw_date = fields.get("date") or fields.get("published")
    try:
        published = iso_date(raw_date) if raw_date else None
    except DateError as e:
        raise SourceError(str(e)) from None
    return Article(
        text=normalise_newlines(text),
        title=values["title"],
        outlet=values["outlet"] or defaults.get("outlet"),
        url=values["url"],
        published=published or defaults.get("date"),
        author=values["author"],
        source=source,
        id=values["id"],
    )


def _check_characters(key: str, value: str) -> None:
    # JSON can carry lone surrogates ("\ud800"); no UTF-8 holds them, so SQLite could not store them
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as e:
        raise SourceError(f"field {key!r} holds an unpaired surrogate at character {e.start}") from None
    # and NUL ("\u0000"), which a file is refused for: C code that reads the row (SQLite's
    # FTS tokenizer, a client's strings) ends the text there
    nul = value.find("\x00")
    if nul >= 0:
        raise SourceError(f"field {key!r} holds a NUL character at character {nul}")


def check_size(text: str) -> None:
    """Refuse an article too long or too full of quotation marks to extract in reasonable time."""
    if len(text) > MAX_ARTICLE_CHARS:
        raise SourceError(f"article too long: {len(text):,} characters, the limit is {MAX_ARTICLE_CHARS:,}")
    marks = sum(text.count(m) for m in QUOTATION_MARKS)
    if marks > MAX_QUOTATION_MARKS:
        raise SourceError(f"too many quotation marks: {marks:,}, the limit is {MAX_QUOTATION_MARKS:,}")


# --- text with front matter -------------------------------------------------------------------


class _FrontMatterLoader(yaml.SafeLoader):
    """YAML's safe loader without aliases: front matter never needs them, and nine nested
    aliases of nine make a billion-element list from 300 bytes (measured: 3.2 GB, then
    MemoryError)."""

    def compose_node(self, parent, index):  # type: ignore[no-untyped-def]
        if self.check_event(yaml.AliasEvent):
            raise yaml.composer.ComposerError(
                None, None, "aliases (*name) are not allowed", self.peek_event().start_mark
            )
        return super().compose_node(parent, index)


def split_front_matter(text: str) -> tuple[dict, str]:
    """YAML front matter between `---` lines at the top of a text file."""
    if not text.startswith("---"):
        return {}, text
    lines = text.split("\n")
    for i in range(1, len(lines)):
        if lines[i].strip() in ("---", "..."):
            block = "\n".join(lines[1:i])
            if len(block) > MAX_FRONT_MATTER_CHARS:
                raise SourceError(
                    f"bad front matter: {len(block):,} characters, the limit is {MAX_FRONT_MATTER_CHARS:,}"
                )
            try:
                meta = yaml.load(block, Loader=_FrontMatterLoader) or {}  # noqa: S506 -- a safe loader
            except yaml.YAMLError as e:
                raise SourceError(f"bad front matter: {str(e).splitlines()[0]}") from None
            except ValueError as e:  # a YAML timestamp that is no date, e.g. 2024-02-30
                raise SourceError(f"bad front matter: {e}") from None
            except RecursionError:
                raise SourceError("bad front matter: nested too deeply") from None
            if not isinstance(meta, dict):
                raise SourceError("bad front matter: not a mapping")
            return meta, "\n".join(lines[i + 1 :]).lstrip("\n")
    return {}, text


def read_text(text: str, defaults: dict, source: str) -> Article:
    meta, body = split_front_matter(normalise_newlines(text))
    meta = {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in meta.items()}
    return article_from({**meta, "text": body}, defaults, source)


# --- HTML ------------------------------------------------------------------------------------


def read_html(html: str, defaults: dict, source: str, url: str | None = None) -> Article:
    from . import html as html_reader

    if len(html) > MAX_PAGE_CHARS:
        raise SourceError(f"page too large: {len(html):,} characters, the limit is {MAX_PAGE_CHARS:,}")
    fields = html_reader.extract(html, url)
    return article_from(fields, defaults, source)


# --- JSON and JSON lines -----------------------------------------------------------------------


def _loads(text: str) -> object:
    try:
        return json.loads(text)
    except RecursionError:  # [[[[... 100,000 deep: Python's parser recurses once a level
        raise SourceError("bad JSON: nested too deeply") from None


def read_json(text: str, defaults: dict, source: str) -> Iterator[Item]:
    try:
        data = _loads(text)
    except json.JSONDecodeError as e:
        raise SourceError(f"bad JSON: {e.msg} at line {e.lineno}") from None
    records = data if isinstance(data, list) else [data]
    for i, rec in enumerate(records):
        name = f"{source}[{i}]" if isinstance(data, list) else source
        try:
            yield Item(name, article_from(rec, defaults, name))
        except SourceError as e:
            yield Item(name, error=str(e))


def read_jsonl_line(line: str, defaults: dict, name: str) -> Item:
    try:
        rec = _loads(line)
    except json.JSONDecodeError as e:
        return Item(name, error=f"bad JSON line: {e.msg}")
    except SourceError as e:
        return Item(name, error=str(e))
    try:
        return Item(name, article_from(rec, defaults, name))
    except SourceError as e:
        return Item(name, error=str(e))


def read_jsonl(lines: Iterator[str], defaults: dict, source: str) -> Iterator[Item]:
    for n, line in enumerate(lines, 1):
        if line.strip():
            yield read_jsonl_line(line, defaults, f"{source}:{n}")


def read_jsonl_stream(
    f: io.BufferedIOBase, defaults: dict, source: str, first_line: int = 0, whole: bool = True
) -> Iterator[Item]:
    """A JSONL stream read line by line, so memory stays flat however many articles it holds
    (the whole-input size limit does not apply; each line's and article's own limits do).

    A byte range of a larger file (ingest.partitions) starts at line `first_line`, so its
    names are the file's own; only a whole file with no line is "empty input"."""
    seen = False
    n = first_line
    while raw := f.readline(MAX_JSONL_LINE_BYTES + 1):
        lines = _numbered_lines(f, raw, n)
        if isinstance(lines, str):
            n += 1
            seen = True
            yield Item(f"{source}:{n}", error=lines)
            continue
        for line in lines:
            n += 1
            if line.strip():
                seen = True
                yield read_jsonl_line(line, defaults, f"{source}:{n}")
    if not seen and whole:
        yield Item(source, error="empty input")


def _numbered_lines(f: io.BufferedIOBase, raw: bytes, n: int) -> list[str] | str:
    """The lines one raw line of a JSONL stream counts as (a lone \\r ends a line too), or
    the one-line error it counts as once (an overlong line is drained from f here)."""
    if len(raw) > MAX_JSONL_LINE_BYTES and not raw.endswith(b"\n"):
        while (rest := f.readline(MAX_JSONL_LINE_BYTES)) and not rest.endswith(b"\n"):
            pass  # the rest of the overlong line, dropped a piece at a time
        return f"line too long: over {MAX_JSONL_LINE_BYTES:,} bytes"
    try:
        text = raw.decode("utf-8-sig" if n == 0 else "utf-8")
    except UnicodeDecodeError as e:
        return f"invalid UTF-8 at byte {e.start} of the line"
    return text.splitlines() or [""]


def jsonl_ranges(f: io.BufferedIOBase, every: int) -> list[tuple[int, int, int]]:
    """(start, end, first line) byte ranges of a JSONL stream of about `every` bytes each,
    cut between lines and numbered as read_jsonl_stream numbers them (bytes only: no article
    is parsed), so each range can be read on its own."""
    ranges: list[tuple[int, int, int]] = []
    start = start_line = n = position = 0
    while raw := f.readline(MAX_JSONL_LINE_BYTES + 1):
        lines = _numbered_lines(f, raw, n)
        n += 1 if isinstance(lines, str) else len(lines)
        position = f.tell()
        if position - start >= every:
            ranges.append((start, position, start_line))
            start, start_line = position, n
    if position > start or not ranges:
        ranges.append((start, position, start_line))
    return ranges


# --- feeds -------------------------------------------------------------------------------------


@dataclass
class FeedEntry:
    """One entry of a feed: the link to its page, or why it has none that can be followed."""

    name: str
    link: str | None = None
    title: str | None = None
    error: str | None = None


@dataclass
class Feed:
    title: str | None
    entries: list[FeedEntry] = field(default_factory=list)
    more: int = 0  # entries past MAX_FEED_ENTRIES, not read


def read_feed(text: str, source: str, base_url: str | None = None) -> Feed:
    """The entries of an RSS or Atom feed. A relative link is resolved against the feed's own
    url when it was fetched; in a feed read from a file it has nothing to be relative to."""
    import urllib.parse

    import feedparser

    # a stream, never the text: given a string feedparser fetches it if it looks like a URL
    # (file:, ftp:, http:) and opens it if it names a file
    feed = feedparser.parse(
        io.BytesIO(text.encode("utf-8")), response_headers={"content-type": "application/xml; charset=utf-8"}
    )
    if feed.bozo and not any(entry.get("link") for entry in feed.entries):
        raise SourceError("not a readable RSS or Atom feed")
    result = Feed(feed.feed.get("title"))
    for n, entry in enumerate(feed.entries, 1):
        name = f"{source}[{n}]"
        if n > MAX_FEED_ENTRIES:
            result.more = len(feed.entries) - MAX_FEED_ENTRIES
            break
        link = (entry.get("link") or "").strip()
        if not link:
            # reported, not skipped silently: the summary must account for every entry
            result.entries.append(FeedEntry(name, error="feed entry without a link"))
        elif _is_relative(link) and base_url is None:
            result.entries.append(
                FeedEntry(name, error="relative link in a feed read from a file: nothing to resolve it against")
            )
        else:
            absolute = urllib.parse.urljoin(base_url, link) if _is_relative(link) else link
            result.entries.append(FeedEntry(name, absolute, entry.get("title")))
    return result


def _is_relative(link: str) -> bool:
    """Whether a link has no scheme. One that does not parse at all (`http://[::1/x`) is not
    relative: the network module refuses it with its reason."""
    import urllib.parse

    try:
        return not urllib.parse.urlsplit(link).scheme
    except ValueError:
        return False


# --- one document ------------------------------------------------------------------------------


def read_document(text: str, fmt: Format, defaults: dict, source: str, url: str | None = None) -> Iterator[Item]:
    """The articles of one decoded document of a format other than a feed."""
    try:
        if fmt == "jsonl":
            yield from read_jsonl(iter(text.splitlines()), defaults, source)
        elif fmt == "json":
            yield from read_json(text, defaults, source)
        elif fmt == "html":
            yield Item(source, read_html(text, defaults, source, url))
        elif fmt == "text":
            yield Item(source, read_text(text, defaults, source))
        else:
            raise ValueError(f"read_document reads no {fmt}")
    except SourceError as e:
        yield Item(source, error=str(e))
