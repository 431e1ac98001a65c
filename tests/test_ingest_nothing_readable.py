"""Issue 12: `-h` is help for every command, and an ingest that finds nothing it can read
says so: exit 1, each file of another format named, and the formats quotedb reads."""

from __future__ import annotations

from pathlib import Path

import pytest

from fixtures_ingest import LIBRARY, error_lines, nlp, rows, run, summary  # noqa: F401

FORMATS = (
    "quotedb reads text (.markdown .md .text .txt), HTML (.htm .html .xhtml), JSON (.json), "
    "JSON lines (.jsonl .ndjson), RSS/Atom feeds (.atom .rss .xml), and http(s) URLs"
)


@pytest.fixture(autouse=True)
def _model(nlp):  # noqa: F811
    """Load spaCy before the first test so no test pays for it alone."""


def test_dash_h_is_help_for_every_command() -> None:
    from quotedb.cli import cli

    assert run(["-h"]).stdout.startswith("Usage: cli [OPTIONS] COMMAND")
    for name in cli.commands:
        result = run([name, "-h"])
        assert result.exit_code == 0, (name, result.stderr)
        assert result.stdout.startswith(f"Usage: cli {name} "), name
    assert "--host TEXT" in run(["serve", "--help"]).stdout


def office_files(d: Path) -> None:
    d.mkdir()
    (d / "minutes.docx").write_bytes(b"PK\x03\x04\x14\x00\x06\x00" + bytes(200))
    (d / "budget.pdf").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(200))
    (d / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))


def test_a_directory_with_nothing_readable_exits_1_naming_what_it_skipped(tmp_path: Path) -> None:
    office_files(tmp_path / "inbox")
    db = tmp_path / "q.db"
    result = run(["ingest", str(db), str(tmp_path / "inbox")])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        "skipped: inbox/budget.pdf: not a format quotedb reads",
        "skipped: inbox/minutes.docx: not a format quotedb reads",
        "skipped: inbox/photo.png: not a format quotedb reads",
        "articles read: 0, new: 0, changed: 0, unchanged: 0, failed: 0; quotes written: 0; speakers: 0",
        f"error: no article in {tmp_path / 'inbox'}; {FORMATS}",
    ]


def test_an_empty_directory_exits_1(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = run(["ingest", str(tmp_path / "q.db"), str(tmp_path / "empty")])
    assert result.exit_code == 1
    assert error_lines(result.stderr) == [f"error: no article in {tmp_path / 'empty'}; {FORMATS}"]


def test_files_of_other_formats_beside_articles_are_named_not_failed(tmp_path: Path) -> None:
    office_files(tmp_path / "inbox")
    (tmp_path / "inbox" / "library.txt").write_text(LIBRARY, encoding="utf-8")
    db = tmp_path / "q.db"
    result = run(["ingest", str(db), str(tmp_path / "inbox")])
    assert result.exit_code == 0
    assert [ln for ln in result.stderr.splitlines() if ln.startswith("skipped: ")] == [
        "skipped: inbox/budget.pdf: not a format quotedb reads",
        "skipped: inbox/minutes.docx: not a format quotedb reads",
        "skipped: inbox/photo.png: not a format quotedb reads",
    ]
    assert summary(result.stderr)["new"] == 1
    assert rows(db, "select source from articles") == [{"source": "inbox/library.txt"}]


def test_a_file_of_another_format_named_on_the_command_line_is_named_as_such(tmp_path: Path) -> None:
    office_files(tmp_path / "inbox")
    result = run(["ingest", str(tmp_path / "q.db"), str(tmp_path / "inbox" / "minutes.docx")])
    assert result.exit_code == 1
    assert error_lines(result.stderr) == [
        "error: minutes.docx: .docx is not a format quotedb reads: binary data, not text"
    ]
