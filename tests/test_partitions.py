"""Sources cut into partitions for cluster workers (ingest.partitions), without a cluster or a
model: whatever the cut, the items read are those `read_sources` gives for the whole source.
The articles are made up (fictional people and places)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("fsspec")

from ingest.network import Policy  # noqa: E402
from ingest.partitions import list_source, partitions, read_partition, split_piece  # noqa: E402
from ingest.sources import read_sources  # noqa: E402


def _lines(path: Path, n: int) -> None:
    with path.open("w", encoding="utf-8") as f:
        for k in range(n):
            text = f'Harbour master Ines Okafor spoke on day {k}. "The tide is early," Okafor said.'
            f.write(json.dumps({"id": f"a{k}", "text": text}) + "\n")
            if k == 5:
                f.write("\n{not json\n")  # a blank line and a bad one: numbered as the whole file numbers them


def _read(source: str, every: int) -> list:
    listing = list_source(source)
    assert listing.error is None
    pieces = [r for piece in listing.pieces for r in (split_piece(piece, every) if piece.is_jsonl else [piece])]
    return [item for part in partitions(pieces, every) for item in read_partition(part, {}, Policy())]


@pytest.mark.parametrize("every", [64, 300, 10_000_000])
def test_a_jsonl_file_cut_into_byte_ranges_reads_as_the_whole_file(tmp_path, every):
    path = tmp_path / "wire.jsonl"
    _lines(path, 20)
    whole = [(i.name, i.article, i.error) for i in read_sources([str(path)])]
    cut = [(i.name, i.article, i.error) for i in _read(str(path), every)]
    assert cut == whole
    assert ("wire.jsonl:8", None, "bad JSON line: Expecting property name enclosed in double quotes") in cut


def test_a_file_url_and_a_glob_are_listed_by_the_workers_names(tmp_path):
    (tmp_path / "b.md").write_text('"Nets first," said skipper Ruy Castell.\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text('"Boats second," said skipper Ruy Castell.\n', encoding="utf-8")
    (tmp_path / "c.csv").write_text("x\n", encoding="utf-8")
    listing = list_source(f"file://{tmp_path}/*.*")
    assert [p.name for p in listing.pieces] == ["a.txt", "b.md"]
    assert listing.skipped == ["c.csv"]
    directory = list_source(str(tmp_path))
    assert [p.name for p in directory.pieces] == [f"{tmp_path.name}/a.txt", f"{tmp_path.name}/b.md"]
    assert [i.name for i in _read(str(tmp_path), 1 << 20)] == [
        i.name for i in read_sources([str(tmp_path)]) if not i.skipped
    ]


def test_a_source_that_cannot_be_listed_is_one_reason(tmp_path):
    assert list_source(str(tmp_path / "gone.jsonl")).error == "no such file or directory"
    assert list_source(f"file://{tmp_path}/*.jsonl").error == "no file matches"
    assert list_source("-").error.startswith("standard input cannot be read by cluster workers")
