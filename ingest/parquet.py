"""Articles with their quotes as Parquet files, one per partition (`quotedb extract --output`),
and read back in order (`quotedb load`), so extraction and loading can run apart.

One row per article: its fields and a list of its quotes, each a struct of `Quote`'s
fields; the look-up keys of an article and of its quotes included, so the writer need not
work them out (files written before they were carried read back without them). Written through pyarrow to any fsspec location; a file is written under a
temporary name and moved into place, so a reader never sees half of one.
"""

from __future__ import annotations

import dataclasses
import posixpath
from collections.abc import Iterator

import fsspec
import pyarrow as pa
import pyarrow.parquet as pq

from .records import Article, LookupKeys, Quote

_QUOTE_TYPES = {
    "start": pa.int64(),
    "end": pa.int64(),
    "confidence": pa.float64(),
    "speaker_aliases": pa.list_(pa.string()),
    "group_keys": pa.struct([pa.field("version", pa.int64()), pa.field("keys", pa.list_(pa.int64()))]),
}
QUOTE = pa.struct(
    [
        pa.field(
            f.name,
            _QUOTE_TYPES.get(
                f.name, pa.int64() if f.name.endswith("_start") or f.name.endswith("_end") else pa.string()
            ),
        )
        for f in dataclasses.fields(Quote)
    ]
)
SCHEMA = pa.schema(
    [
        *(
            pa.field(f.name, _QUOTE_TYPES["group_keys"] if f.name == "copy_keys" else pa.string())
            for f in dataclasses.fields(Article)
        ),
        pa.field("quotes", pa.list_(QUOTE)),
    ]
)
SUFFIX = ".parquet"


def part_name(index: int) -> str:
    return f"part-{index:06d}{SUFFIX}"


def write_part(output: str, index: int, records: list[tuple[Article, list[Quote]]]) -> str:
    """Write one partition's records to OUTPUT/part-NNNNNN.parquet; returns its path."""
    rows = [
        {**dataclasses.asdict(article), "quotes": [dataclasses.asdict(q) for q in quotes]}
        for article, quotes in records
    ]
    table = pa.Table.from_pylist(rows, schema=SCHEMA)
    fs, root = fsspec.core.url_to_fs(output)
    fs.makedirs(root, exist_ok=True)
    final = posixpath.join(root, part_name(index))
    partial = final + ".partial"
    with fs.open(partial, "wb") as f:
        pq.write_table(table, f)
    fs.mv(partial, final)
    return final


def part_files(directory: str) -> list[str]:
    """The part files under a directory, in partition order."""
    fs, root = fsspec.core.url_to_fs(directory)
    if not fs.isdir(root):
        raise FileNotFoundError(f"{directory}: no such directory")
    return sorted(fs.unstrip_protocol(p) for p in fs.glob(posixpath.join(root, "part-*" + SUFFIX)))


def read_part(path: str) -> Iterator[tuple[Article, list[Quote]]]:
    """The records of one part file, in order, a row group at a time."""
    with fsspec.open(path, "rb") as f:
        for batch in pq.ParquetFile(f).iter_batches():
            for row in batch.to_pylist():
                quotes = [_quote(q) for q in row.pop("quotes") or []]
                keys = row.pop("copy_keys", None)
                yield Article(**row, copy_keys=LookupKeys(**keys) if keys else None), quotes


def _quote(fields: dict) -> Quote:
    keys = fields.pop("group_keys", None)
    return Quote(**fields, group_keys=LookupKeys(**keys) if keys else None)
