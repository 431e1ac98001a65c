"""Read articles from files, directories, stdin and URLs.

Each reader yields `Article` records or raises `SourceError` with a one-line
reason; the caller reports it against the input's name and goes on.
"""
from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import charset_normalizer
import yaml

from .dates import DateError, iso_date
from .records import Article

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
JSON_SUFFIXES = {".json"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | FEED_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES
FIELDS = ("text", "title", "outlet", "url", "date", "author", "id")
URL_TIMEOUT = 20

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
QUOTATION_MARKS = '"“”„‟«»'


class SourceError(Exception):
    """An input that cannot be read as an article; the message says why."""


@dataclass
class Item:
    """One article read from an input, or the reason it could not be read."""

    name: str  # the input as the user would recognise it: path relative to what they gave, url, "-"
    article: Article | None = None
    error: str | None = None
    skipped: bool = False  # a file in a directory in a format quotedb does not read: named, not failed


def decode(data: bytes, name: str) -> str:
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


def _article(fields: dict, defaults: dict, source: str) -> Article:
    """An Article from a mapping of fields, checking types and the date."""
    if not isinstance(fields, dict):
        raise SourceError("expected a JSON object with a 'text' field")
    text = fields.get("text")
    if not isinstance(text, str) or not text.strip():
        raise SourceError("no article text")
    check_size(text)
    _check_unicode("text", text)
    values = {}
    for key in ("title", "outlet", "url", "author", "id"):
        v = fields.get(key)
        if v is not None and (isinstance(v, bool) or not isinstance(v, (str, int))):
            raise SourceError(f"field {key!r} should be a string")
        if isinstance(v, str):
            _check_unicode(key, v)
        values[key] = str(v).strip() if v is not None and str(v).strip() else None
    raw_date = fields.get("date") or fields.get("published")
    try:
        published = iso_date(raw_date) if raw_date else None
    except DateError as e:
        raise SourceError(str(e)) from None
    article = Article(
        text=normalise_newlines(text),
        title=values["title"],
        outlet=values["outlet"] or defaults.get("outlet"),
        url=values["url"],
        published=published or defaults.get("date"),
        author=values["author"],
        source=source,
        id=values["id"],
    )
    return article


def _check_unicode(key: str, value: str) -> None:
    # JSON can carry lone surrogates ("\ud800"); no UTF-8 holds them, so SQLite could not store them
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as e:
        raise SourceError(f"field {key!r} holds an unpaired surrogate at character {e.start}") from None


def check_size(text: str) -> None:
    """Refuse an article too long or too full of quotation marks to extract in reasonable time."""
    if len(text) > MAX_ARTICLE_CHARS:
        raise SourceError(f"article too long: {len(text):,} characters, the limit is {MAX_ARTICLE_CHARS:,}")
    marks = sum(text.count(m) for m in QUOTATION_MARKS)
    if marks > MAX_QUOTATION_MARKS:
        raise SourceError(f"too many quotation marks: {marks:,}, the limit is {MAX_QUOTATION_MARKS:,}")


def split_front_matter(text: str) -> tuple[dict, str]:
    """YAML front matter between `---` lines at the top of a text file."""
    if not text.startswith("---"):
        return {}, text
    lines = text.split("\n")
    for i in range(1, len(lines)):
        if lines[i].strip() in ("---", "..."):
            try:
                meta = yaml.safe_load("\n".join(lines[1:i])) or {}
            except yaml.YAMLError as e:
                raise SourceError(f"bad front matter: {str(e).splitlines()[0]}") from None
            except ValueError as e:  # a YAML timestamp that is no date, e.g. 2024-02-30
                raise SourceError(f"bad front matter: {e}") from None
            if not isinstance(meta, dict):
                raise SourceError("bad front matter: not a mapping")
            return meta, "\n".join(lines[i + 1 :]).lstrip("\n")
    return {}, text


def read_text(text: str, defaults: dict, source: str) -> Article:
    meta, body = split_front_matter(normalise_newlines(text))
    meta = {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in meta.items()}
    return _article({**meta, "text": body}, defaults, source)


def read_html(html: str, defaults: dict, source: str, url: str | None = None) -> Article:
    from . import html as html_reader

    if len(html) > MAX_PAGE_CHARS:
        raise SourceError(f"page too large: {len(html):,} characters, the limit is {MAX_PAGE_CHARS:,}")
    fields = html_reader.extract(html, url)
    return _article(fields, defaults, source)


def read_json(text: str, defaults: dict, source: str) -> Iterator[Item]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise SourceError(f"bad JSON: {e.msg} at line {e.lineno}") from None
    records = data if isinstance(data, list) else [data]
    for i, rec in enumerate(records):
        name = f"{source}[{i}]" if isinstance(data, list) else source
        try:
            yield Item(name, _article(rec, defaults, name))
        except SourceError as e:
            yield Item(name, error=str(e))


def _jsonl_line(line: str, defaults: dict, name: str) -> Item:
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as e:
        return Item(name, error=f"bad JSON line: {e.msg}")
    try:
        return Item(name, _article(rec, defaults, name))
    except SourceError as e:
        return Item(name, error=str(e))


def read_jsonl(lines: Iterator[str], defaults: dict, source: str) -> Iterator[Item]:
    for n, line in enumerate(lines, 1):
        if line.strip():
            yield _jsonl_line(line, defaults, f"{source}:{n}")


def read_jsonl_file(path: Path, defaults: dict, source: str) -> Iterator[Item]:
    """A .jsonl file read line by line, so memory stays flat however many articles it holds
    (and the whole-input size limit does not apply; each article's own limits do)."""
    seen = False
    n = 0
    with path.open("rb") as f:
        for raw in f:
            try:
                text = raw.decode("utf-8-sig" if n == 0 else "utf-8")
            except UnicodeDecodeError as e:
                n += 1
                yield Item(f"{source}:{n}", error=f"invalid UTF-8 at byte {e.start} of the line")
                continue
            for line in text.splitlines() or [""]:  # a lone \r ends a line too
                n += 1
                if line.strip():
                    seen = True
                    yield _jsonl_line(line, defaults, f"{source}:{n}")
    if not seen:
        yield Item(source, error="empty input")


def read_bytes(data: bytes, suffix: str, defaults: dict, source: str, url: str | None = None) -> Iterator[Item]:
    """Dispatch on the format of one input's bytes."""
    try:
        if len(data) > MAX_INPUT_BYTES:
            raise SourceError(f"input too large: {len(data):,} bytes, the limit is {MAX_INPUT_BYTES:,}")
        if not data.strip():
            raise SourceError("empty input")
        text = decode(data, source)
        if not text.strip():
            raise SourceError("empty input")
        if "\x00" in text:
            raise SourceError("binary data, not text")
        head = text.lstrip()[:500].lower()
        if suffix in JSONL_SUFFIXES:
            yield from read_jsonl(iter(text.splitlines()), defaults, source)
        elif suffix in JSON_SUFFIXES:
            yield from read_json(text, defaults, source)
        elif suffix in FEED_SUFFIXES or head.startswith("<?xml") and ("<rss" in head or "<feed" in head):
            from .feeds import read_feed

            yield from read_feed(text, defaults, source)
        elif suffix in HTML_SUFFIXES or head.startswith(("<!doctype html", "<html")):
            yield Item(source, read_html(text, defaults, source, url))
        else:
            yield Item(source, read_text(text, defaults, source))
    except SourceError as e:
        known = suffix in KNOWN_SUFFIXES or not suffix  # a file with no suffix is read as text
        yield Item(source, error=str(e) if known else f"{suffix} is not a format quotedb reads: {e}")


def read_url(url: str, defaults: dict) -> Iterator[Item]:
    from .fetch import fetch

    try:
        data, content_type = fetch(url, URL_TIMEOUT)
    except SourceError as e:
        yield Item(url, error=str(e))
        return
    suffix = Path(url.split("?")[0]).suffix.lower()
    if "html" in content_type:
        suffix = ".html"
    elif "json" in content_type and suffix not in JSONL_SUFFIXES:
        suffix = ".json"
    elif "xml" in content_type or "rss" in content_type or "atom" in content_type:
        suffix = ".xml"
    elif content_type.startswith("text/plain"):
        suffix = ".txt"
    elif suffix not in KNOWN_SUFFIXES:
        yield Item(url, error=f"not an article: content type {content_type or 'unknown'}")
        return
    for item in read_bytes(data, suffix, defaults, url, url):
        if item.article is not None and not item.article.url and suffix == ".html":
            item.article.url = url
        yield item


def _files(path: Path) -> Iterator[Path]:
    if path.is_dir():
        for p in sorted(path.rglob("*")):
            if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts):
                yield p
    else:
        yield path


def read_sources(sources: list[str], defaults: dict | None = None) -> Iterator[Item]:
    """Every article in the given sources, in order, one Item each."""
    defaults = defaults or {}
    for source in sources:
        if source == "-":
            data = sys.stdin.buffer.read()
            yield from read_bytes(data, _sniff_suffix(data), defaults, "-")
            continue
        if source.startswith(("http://", "https://")):
            yield from read_url(source, defaults)
            continue
        root = Path(source)
        if not root.exists():
            yield Item(source, error="no such file or directory")
            continue
        for path in _files(root):
            # names relative to what was given: no absolute path of the user's machine is stored
            # (by the directory's own name, so "." and ".." work too)
            name = str(Path(root.resolve().name) / path.relative_to(root)) if root.is_dir() else path.name
            if root.is_dir() and path.suffix.lower() not in KNOWN_SUFFIXES:
                yield Item(name, error="not a format quotedb reads", skipped=True)
                continue
            try:
                if path.suffix.lower() in JSONL_SUFFIXES:
                    yield from read_jsonl_file(path, defaults, name)
                    continue
                data = path.read_bytes()
            except OSError as e:
                yield Item(name, error=e.strerror or "cannot read")
                continue
            yield from read_bytes(data, path.suffix.lower(), defaults, name)


def _sniff_suffix(data: bytes) -> str:
    head = data.lstrip()[:200]
    if head.startswith(b"{"):
        return ".jsonl"
    if head.startswith(b"["):
        return ".json"
    if head.lower().startswith((b"<!doctype html", b"<html")):
        return ".html"
    if head.startswith(b"<?xml"):
        return ".xml"
    return ".txt"
