"""Read articles from files, directories, stdin and URLs: where each input's bytes come from.

Each input gives `Item`s: an article, or a one-line reason it could not be read, which the
caller reports against the input's name before going on. What the bytes are is decided by
`ingest.formats`; every request goes through `ingest.network`. A feed's entries are fetched
here, one level deep: an entry that is itself a feed is an error line, never followed.
"""

from __future__ import annotations

import errno
import os
import stat
import sys
import unicodedata
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

from . import formats
from .formats import (  # noqa: F401 -- the article limits, re-exported for the CLI's help
    JSONL_SUFFIXES,
    KNOWN_SUFFIXES,
    MAX_ARTICLE_CHARS,
    MAX_PAGE_CHARS,
    MAX_QUOTATION_MARKS,
    detect_format,
    read_document,
    read_feed,
    read_jsonl_stream,
    text_of,
)
from .network import Policy, fetch
from .records import Item, SourceError

__all__ = ["Item", "SourceError", "read_bytes", "read_sources", "read_url", "display_name"]

URL_TIMEOUT = 20  # seconds for one fetch in all: connecting, redirects, headers and body


def read_sources(sources: list[str], defaults: dict | None = None) -> Iterator[Item]:
    """Every article in the given sources, in order, one Item each.

    The hosts of URLs given here are trusted to be on private addresses (a server on
    127.0.0.1 or the intranet); links and redirects anywhere else must lead to public ones."""
    defaults = defaults or {}
    policy = Policy.typed(sources)
    for source in sources:
        for item in _read_source(source, defaults, policy):
            yield displayable(item)


def displayable(item: Item) -> Item:
    """The item with its name, reason and source escaped (display_name): they go into
    one-line messages and the database as they are."""
    item.name = display_name(item.name)
    if item.error is not None:
        item.error = display_name(item.error)
    if item.article is not None and item.article.source is not None:
        item.article.source = display_name(item.article.source)
    return item


def display_name(name: str) -> str:
    """A name safe to print on one line and store as UTF-8: the bytes of a file name that
    are not UTF-8 (which Python carries as lone surrogates) and control characters such as
    a newline, which could forge an extra error line, are written as escapes."""
    name = name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    if name.isprintable():
        return name
    return "".join(
        c.encode("unicode_escape").decode("ascii") if unicodedata.category(c) in ("Cc", "Zl", "Zp", "Cs") else c
        for c in name
    )


def _read_source(source: str, defaults: dict, policy: Policy) -> Iterator[Item]:
    if source == "-":
        data = _read_at_most(sys.stdin.buffer, formats.MAX_INPUT_BYTES + 1)
        yield from read_bytes(data, "", defaults, "-", policy=policy)
        return
    if source.startswith(("http://", "https://")):
        yield from read_url(source, defaults, policy)
        return
    root = Path(source)
    try:
        is_dir = stat.S_ISDIR(os.stat(root).st_mode)
    except OSError as e:
        missing = e.errno in (errno.ENOENT, errno.ENOTDIR)
        yield Item(source, error="no such file or directory" if missing else e.strerror or "cannot read")
        return
    if not is_dir:
        yield from _read_file(root, root.name, defaults, policy)
        return
    for rel, error in _walk(root):
        # names relative to what was given: no absolute path of the user's machine is stored
        # (by the directory's own name, so "." and ".." work too)
        name = str(Path(root.resolve().name) / rel)
        if error is not None:
            yield Item(name, error=error)
        elif rel.suffix.lower() not in KNOWN_SUFFIXES:
            yield Item(name, error="not a format quotedb reads", skipped=True)
        else:
            yield from _read_file(root / rel, name, defaults, policy)


def _walk(root: Path) -> list[tuple[Path, str | None]]:
    """The files under a directory (those of a format quotedb does not read too, to be named
    as skipped) and the directories that could not be listed, with why, as paths relative to
    it in sorted order. Hidden files and directories are left out, and symbolic links to
    directories are not followed (no loops)."""
    found: list[tuple[Path, str | None]] = []

    def unreadable(e: OSError) -> None:
        found.append((Path(os.path.relpath(e.filename, root)), f"unreadable directory: {e.strerror or 'cannot list'}"))

    for dirpath, dirnames, filenames in os.walk(root, onerror=unreadable):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        rel = Path(os.path.relpath(dirpath, root))
        for f in filenames:
            if not f.startswith("."):
                found.append((rel / f, None))
    return sorted(found, key=lambda entry: entry[0].parts)


def _read_file(path: Path, name: str, defaults: dict, policy: Policy) -> Iterator[Item]:
    """One file: refused unless it is a regular file within the size limit (checked before
    anything is read: a FIFO would be waited on for ever, a sparse file of 3 GB read whole)."""
    suffix = path.suffix.lower()
    try:
        # O_NONBLOCK: opening a FIFO with no writer returns at once instead of waiting
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except OSError as e:
        yield Item(name, error=e.strerror or "cannot read")
        return
    try:
        with os.fdopen(fd, "rb") as f:
            info = os.fstat(f.fileno())
            if not stat.S_ISREG(info.st_mode):
                yield Item(name, error="not a regular file (a FIFO, socket or device): not read")
                return
            if suffix in JSONL_SUFFIXES:
                yield from read_jsonl_stream(f, defaults, name)
                return
            limit = formats.MAX_INPUT_BYTES
            if info.st_size > limit:
                yield Item(name, error=f"input too large: {info.st_size:,} bytes, the limit is {limit:,}")
                return
            data = _read_at_most(f, limit + 1, info.st_size + 1)
    except OSError as e:
        yield Item(name, error=e.strerror or "cannot read")
        return
    yield from read_bytes(data, suffix, defaults, name, policy=policy)


def _read_at_most(f, limit: int, expected: int = 1 << 20) -> bytes:  # type: ignore[no-untyped-def]
    """Up to `limit` bytes. In pieces: read(limit) sets aside `limit` bytes (64 MB) up front,
    whatever the file holds, and a file can grow after its size was checked."""
    chunks = []
    size = 0
    while size < limit and (chunk := f.read(min(max(expected - size, 1 << 16), limit - size))):
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


def read_bytes(
    data: bytes, suffix: str, defaults: dict, source: str, url: str | None = None, policy: Policy | None = None
) -> Iterator[Item]:
    """The articles of one input's bytes, whatever its format. `suffix` is the file's
    ("" for stdin); a feed's entries are fetched under `policy` (by default: public hosts only)."""
    try:
        fmt = detect_format(data, suffix)
        text = text_of(data)
    except SourceError as e:
        known = suffix in KNOWN_SUFFIXES or not suffix  # a file with no suffix is read as text
        yield Item(source, error=str(e) if known else f"{suffix} is not a format quotedb reads: {e}")
        return
    if fmt == "feed":
        yield from _read_feed(text, defaults, source, None, policy or Policy())
    else:
        yield from read_document(text, fmt, defaults, source, url)


def read_url(url: str, defaults: dict, policy: Policy | None = None, in_feed: bool = False) -> Iterator[Item]:
    """The articles of one URL: a page, a JSON or text document, or a feed (unless this URL
    is itself a feed's entry)."""
    policy = policy or Policy()
    try:
        fetched = fetch(url, URL_TIMEOUT, policy)
        try:
            suffix = Path(urllib.parse.urlsplit(fetched.url).path).suffix.lower()
        except ValueError:
            suffix = ""
        fmt = detect_format(fetched.body, suffix, fetched.content_type)
        if fmt == "feed" and in_feed:
            raise SourceError(
                "a feed entry that is itself a feed: feeds are read one level deep, entries must be pages"
            )
        text = text_of(fetched.body)
    except SourceError as e:
        yield Item(url, error=str(e))
        return
    if fmt == "feed":
        yield from _read_feed(text, defaults, url, fetched.url, policy)
        return
    for item in read_document(text, fmt, defaults, url, url):
        if item.article is not None and not item.article.url and fmt == "html":
            item.article.url = url
        yield item


def _read_feed(text: str, defaults: dict, source: str, base_url: str | None, policy: Policy) -> Iterator[Item]:
    """Each entry's page, fetched; at most MAX_FEED_ENTRIES of them."""
    try:
        feed = read_feed(text, source, base_url)
    except SourceError as e:
        yield Item(source, error=str(e))
        return
    outlet = defaults.get("outlet") or feed.title
    for entry in feed.entries:
        if entry.link is None:
            yield Item(entry.name, error=entry.error)
            continue
        for item in read_url(entry.link, {**defaults, "outlet": outlet}, policy, in_feed=True):
            if item.article is not None:
                item.article.title = item.article.title or entry.title
                item.article.outlet = item.article.outlet or outlet
            yield item
    if feed.more:
        yield Item(
            source,
            error=f"feed lists {len(feed.entries) + feed.more:,} entries: the first {len(feed.entries):,} were read, the rest skipped (the limit)",
        )
