"""ingest.sources and ingest.formats on their own: decoding, front matter, dates, names,
limits, format detection. No spaCy needed."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import pytest

from ingest import formats, sources
from ingest.dates import DateError, iso_date
from ingest.formats import decode, detect_format, split_front_matter
from ingest.records import Article, SourceError
from ingest.sources import read_bytes, read_sources

SAID = '"The tide waits for no one," said Ada Moss.\n'


@pytest.mark.parametrize(
    "data, text",
    [
        (SAID.encode(), SAID),
        (b"\xef\xbb\xbf" + SAID.encode(), SAID),
        ("\ufeff".encode("utf-16-le") + SAID.encode("utf-16-le"), SAID),
        ("\ufeff".encode("utf-16-be") + SAID.encode("utf-16-be"), SAID),
        (
            '"Não é culpa minha," said José Núñez of the café.\n'.encode("latin-1"),
            '"Não é culpa minha," said José Núñez of the café.\n',
        ),
        (
            ('Глава района Иван Петров заявил журналистам: "Мост откроют до конца года", сказал Петров. ' * 2).encode(
                "cp1251"
            ),
            'Глава района Иван Петров заявил журналистам: "Мост откроют до конца года", сказал Петров. ' * 2,
        ),
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "latin1", "cp1251"],
)
def test_decode(data: bytes, text: str) -> None:
    assert decode(data, "x").lstrip("\ufeff") == text


@pytest.mark.parametrize(
    "data, reason",
    [
        ("Zoë said".encode() + b"\xff", "invalid UTF-8 at byte 9"),
        (b"\x00\x01\x02\x03binary\xff", "binary data, not text"),
        (b"\xff\xfea", "broken UTF-16 text"),
    ],
)
def test_decode_refuses(data: bytes, reason: str) -> None:
    with pytest.raises(SourceError, match=reason):
        decode(data, "x")


def test_valid_utf8_with_nul_is_binary() -> None:
    [item] = read_bytes(b"\x00\x01\x02\x03binary", ".txt", {}, "b.txt")
    assert item.error == "binary data, not text"


def test_front_matter() -> None:
    meta, body = split_front_matter("---\ntitle: Quay\ndate: 2024-03-05\n...\n\nBody text.\n")
    assert meta == {"title": "Quay", "date": dt.date(2024, 3, 5)}
    assert body == "Body text.\n"
    assert split_front_matter("--- not front matter\nBody")[0] == {}
    assert split_front_matter("---\ntitle: never closed\nBody") == ({}, "---\ntitle: never closed\nBody")


@pytest.mark.parametrize(
    "value, iso",
    [
        ("2024-03-05", "2024-03-05"),
        ("5 March 2024", "2024-03-05"),
        ("Tue, 05 Mar 2024 08:00:00 GMT", "2024-03-05"),
        ("2024-03-05T23:30:00+02:00", "2024-03-05"),
        (dt.date(2024, 3, 5), "2024-03-05"),
        (dt.datetime(2024, 3, 5, 12), "2024-03-05"),
    ],
)
def test_iso_date(value, iso: str) -> None:
    assert iso_date(value) == iso


@pytest.mark.parametrize("value", ["2024-02-30", "32/13/2024", "not a date", "9" * 40, 20240305, None, ""])
def test_iso_date_refuses(value) -> None:
    with pytest.raises(DateError, match="bad date"):
        iso_date(value)


def test_article_identity() -> None:
    assert Article("t", url="https://x.example/a", id="7").key == "url:https://x.example/a"
    assert Article("t", id="7").key == "id:7"
    assert Article("t").key == Article("t", title="other").key != Article("u").key


def test_names_are_relative_to_what_was_given(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "corpus" / "sub").mkdir(parents=True)
    (tmp_path / "corpus" / "sub" / "a.txt").write_text(SAID, encoding="utf-8")
    monkeypatch.chdir(tmp_path / "corpus" / "sub")
    names = lambda src: [i.name for i in read_sources([src])]  # noqa: E731
    assert names(".") == ["sub/a.txt"]
    assert names("..") == ["corpus/sub/a.txt"]
    assert names("a.txt") == ["a.txt"]
    assert names(str(tmp_path / "corpus")) == ["corpus/sub/a.txt"]
    assert names(str(tmp_path / "corpus" / "sub" / "a.txt")) == ["a.txt"]
    assert [i.article.source for i in read_sources([str(tmp_path / "corpus")])] == ["corpus/sub/a.txt"]


def test_unreadable_file(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root reads every file")
    p = tmp_path / "locked.txt"
    p.write_text(SAID, encoding="utf-8")
    p.chmod(0)
    [item] = read_sources([str(p)])
    assert item.error == "Permission denied"


def test_size_limits(monkeypatch) -> None:
    [item] = read_bytes(("x" * (sources.MAX_ARTICLE_CHARS + 1)).encode(), ".txt", {}, "big.txt")
    assert (
        item.error
        == f"article too long: {sources.MAX_ARTICLE_CHARS + 1:,} characters, the limit is {sources.MAX_ARTICLE_CHARS:,}"
    )
    [item] = read_bytes(("“a” " * (sources.MAX_QUOTATION_MARKS // 2 + 1)).encode(), ".txt", {}, "marks.txt")
    assert item.error.startswith("too many quotation marks:")
    [item] = read_bytes(('"a" ' * (sources.MAX_QUOTATION_MARKS // 2)).encode(), ".txt", {}, "ok.txt")
    assert item.article is not None
    [item] = read_bytes(b"<html>" + b" " * sources.MAX_PAGE_CHARS + b"</html>", ".html", {}, "big.html")
    assert (
        item.error
        == f"page too large: {sources.MAX_PAGE_CHARS + 13:,} characters, the limit is {sources.MAX_PAGE_CHARS:,}"
    )
    monkeypatch.setattr(formats, "MAX_INPUT_BYTES", 100)
    [item] = read_bytes(b"x" * 101, ".jsonl", {}, "huge.jsonl")
    assert item.error == "input too large: 101 bytes, the limit is 100"


def test_jsonl_skips_blank_lines_and_takes_crlf() -> None:
    data = (
        json.dumps({"id": "a", "text": SAID}) + "\r\n\r\n   \r\n" + json.dumps({"id": "b", "text": SAID}) + "\r\n"
    ).encode()
    items = list(read_bytes(data, ".jsonl", {}, "x.jsonl"))
    assert [(i.name, i.article.id) for i in items] == [("x.jsonl:1", "a"), ("x.jsonl:4", "b")]


@pytest.mark.parametrize(
    "data, fmt",
    [
        (b'{"text": "a"}\n{"text": "b"}', "jsonl"),
        (b'  [{"text": "a"}]', "json"),
        (b"<!DOCTYPE html><html></html>", "html"),
        (b"<?xml version='1.0'?><rss/>", "feed"),
        (b"Plain words.", "text"),
        (b"---\ntitle: x\n---\nText", "text"),
    ],
)
def test_stdin_format_sniffing(data: bytes, fmt: str) -> None:
    assert detect_format(data) == fmt


def test_defaults_fill_only_what_is_missing() -> None:
    [item] = read_bytes(
        f"---\noutlet: Island Post\n---\n{SAID}".encode(), ".md", {"outlet": "Other", "date": "2024-01-01"}, "a.md"
    )
    assert (item.article.outlet, item.article.published) == ("Island Post", "2024-01-01")


def test_text_fields_are_trimmed_and_blank_ones_dropped() -> None:
    [item] = read_bytes(
        json.dumps({"text": SAID, "title": "  Quay  ", "author": "   ", "id": 12}).encode(), ".json", {}, "a.json"
    )
    assert (item.article.title, item.article.author, item.article.id) == ("Quay", None, "12")


def test_jsonl_file_is_read_line_by_line(tmp_path) -> None:
    """Read line by line: one undecodable line fails alone, and lines are numbered as splitlines numbers them."""
    from ingest.sources import read_sources

    good = json.dumps({"text": 'The ferry left at noon. "On time," said captain Ines Calder.'})
    path = tmp_path / "big.jsonl"
    path.write_bytes(
        ("\n".join([good] * 3) + "\n").encode()
        + b'{"text": "caf\xe9"}\n'
        + good.encode()
        + b"\r"
        + good.encode()
        + b"\n\n"
    )
    items = list(read_sources([str(path)]))
    assert [(i.name, i.error) for i in items] == [
        ("big.jsonl:1", None),
        ("big.jsonl:2", None),
        ("big.jsonl:3", None),
        ("big.jsonl:4", "invalid UTF-8 at byte 13 of the line"),
        ("big.jsonl:5", None),
        ("big.jsonl:6", None),
    ]
    assert items[0].article.source == "big.jsonl:1"
