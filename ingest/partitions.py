"""Sources cut into partitions that cluster workers read themselves (`quotedb ... --dask`).

A source is a local path, an fsspec URL (s3://, gs://, file://, with globs) or an http(s)
URL. Listing it gives its files and their sizes (metadata only); a large JSON-lines file is
cut into byte ranges between lines; small files are grouped. A worker reads a partition
into the same `Item`s, with the same names, that `ingest.sources.read_sources` gives for
the whole source, so a cluster ingest stores the same rows as a local one.
"""

from __future__ import annotations

import io
import posixpath
from collections.abc import Iterator
from dataclasses import dataclass, field

import fsspec

from .formats import JSONL_SUFFIXES, KNOWN_SUFFIXES, MAX_INPUT_BYTES, jsonl_ranges, read_jsonl_stream
from .network import Policy
from .records import Item
from .sources import displayable, read_bytes, read_url


@dataclass(frozen=True)
class Piece:
    """One file, or one byte range of a JSON-lines file, or one http(s) URL, to read."""

    url: str  # what fsspec opens (or the http(s) URL)
    name: str  # the name read_sources gives it: path relative to what the user gave
    size: int = 0
    start: int = 0  # a byte range [start, end) of a .jsonl file starting at line first_line;
    end: int | None = None  # end None: the whole file
    first_line: int = 0

    @property
    def is_jsonl(self) -> bool:
        return posixpath.splitext(self.url)[1].lower() in JSONL_SUFFIXES

    @property
    def is_web(self) -> bool:
        return self.url.startswith(("http://", "https://"))


@dataclass
class Listing:
    """What one source holds: its pieces, the names of files skipped (a format quotedb does
    not read), or the one-line reason it cannot be read at all."""

    source: str
    pieces: list[Piece] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    error: str | None = None


@dataclass(frozen=True)
class Partition:
    """Pieces a worker reads and extracts as one task; `index` orders them (and their output files)."""

    index: int
    pieces: tuple[Piece, ...]


def list_source(source: str) -> Listing:
    """The files of one source, by fsspec: a file, a directory (walked, hidden entries left
    out, as ingest.sources does), or a glob. Runs on a worker, which must be able to read it."""
    if source == "-":
        return Listing(source, error="standard input cannot be read by cluster workers: give a file or URL")
    if source.startswith(("http://", "https://")):
        return Listing(source, [Piece(source, source)])
    try:
        fs, path = fsspec.core.url_to_fs(source)
        if fsspec.core.has_magic(path):
            found = fs.glob(path, detail=True)
            files = {p: info for p, info in found.items() if info.get("type") != "directory"}
            names = {p: posixpath.basename(p.rstrip("/")) for p in files}
        elif fs.isdir(path):
            root = path.rstrip("/")
            files = fs.find(root, detail=True)
            top = posixpath.basename(fs._strip_protocol(root).rstrip("/")) or root
            # hidden files and directories left out, as os.walk in ingest.sources leaves them
            files = {
                p: i
                for p, i in files.items()
                if not any(s.startswith(".") for s in posixpath.relpath(p, root).split("/"))
            }
            names = {p: posixpath.join(top, posixpath.relpath(p, root)) for p in files}
        elif fs.isfile(path):
            files = {path: fs.info(path)}
            names = {path: posixpath.basename(path.rstrip("/"))}
        else:
            return Listing(source, error="no such file or directory")
    except Exception as e:  # noqa: BLE001 -- any filesystem's failure is this source's one line
        return Listing(source, error=_reason(e))
    listing = Listing(source)
    for path in sorted(files, key=lambda p: names[p].split("/")):
        rel = names[path]
        if posixpath.splitext(path)[1].lower() not in KNOWN_SUFFIXES:
            listing.skipped.append(rel)
            continue
        listing.pieces.append(Piece(fs.unstrip_protocol(path), rel, int(files[path].get("size") or 0)))
    if not listing.pieces and not listing.skipped and fsspec.core.has_magic(path):
        listing.error = "no file matches"
    return listing


def split_piece(piece: Piece, every: int) -> list[Piece]:
    """A JSON-lines file as byte ranges of about `every` bytes (read once, bytes only)."""
    with fsspec.open(piece.url, "rb") as f:
        ranges = jsonl_ranges(f, every)
    if len(ranges) == 1:
        return [piece]
    return [Piece(piece.url, piece.name, end - start, start, end, line) for start, end, line in ranges]


def partitions(pieces: list[Piece], every: int, first_index: int = 0) -> list[Partition]:
    """Pieces grouped, in order, into partitions of about `every` bytes (a larger piece alone)."""
    found: list[Partition] = []
    group: list[Piece] = []
    size = 0
    for piece in pieces:
        if group and size + piece.size > every:
            found.append(Partition(first_index + len(found), tuple(group)))
            group, size = [], 0
        group.append(piece)
        size += piece.size
    if group:
        found.append(Partition(first_index + len(found), tuple(group)))
    return found


def read_partition(partition: Partition, defaults: dict, policy: Policy) -> Iterator[Item]:
    """Every article of a partition's pieces, named as read_sources names them."""
    for piece in partition.pieces:
        for item in _read_piece(piece, defaults, policy):
            yield displayable(item)


def _read_piece(piece: Piece, defaults: dict, policy: Policy) -> Iterator[Item]:
    if piece.is_web:
        yield from read_url(piece.url, defaults, policy)
        return
    try:
        with fsspec.open(piece.url, "rb") as f:
            if piece.is_jsonl:
                if piece.end is None:
                    yield from read_jsonl_stream(f, defaults, piece.name)
                    return
                f.seek(piece.start)
                # a range is a few MB at most (partition size): read whole, then line by line
                data = io.BytesIO(f.read(piece.end - piece.start))
                yield from read_jsonl_stream(data, defaults, piece.name, piece.first_line, whole=False)
                return
            if piece.size > MAX_INPUT_BYTES:
                yield Item(piece.name, error=f"input too large: {piece.size:,} bytes, the limit is {MAX_INPUT_BYTES:,}")
                return
            data = f.read(MAX_INPUT_BYTES + 1)
    except Exception as e:  # noqa: BLE001 -- any filesystem's failure is this file's one line
        yield Item(piece.name, error=_reason(e))
        return
    yield from read_bytes(data, posixpath.splitext(piece.url)[1].lower(), defaults, piece.name, policy=policy)


def _reason(e: Exception) -> str:
    """An exception as the one line that names what went wrong (no traceback, no newline)."""
    if isinstance(e, OSError) and e.strerror:
        return e.strerror
    text = " ".join(str(e).split()) or type(e).__name__
    return text if len(text) <= 200 else text[:197] + "..."
