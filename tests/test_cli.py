"""The quotedb commands: error reporting and exit status, `extract`'s JSON lines,
`rebuild`'s atomic swap, and the seed articles (issue 2)."""

from __future__ import annotations

import json
import os
import re
import sqlite3
from pathlib import Path

import pytest

from fixtures_ingest import (
    FERRY,
    HARBOUR,
    LIBRARY,
    SHARED,
    error_lines,
    nlp,  # noqa: F401  (fixture)
    rows,
    run,
    summary,
)


@pytest.fixture(autouse=True)
def _model(nlp):  # noqa: F811
    """Load spaCy before the first test so no test pays for it alone."""


# --- bad inputs beside good ones -------------------------------------------------------------


def test_bad_inputs_are_reported_and_good_ones_land(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(LIBRARY, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "broken.json").write_text('{"text": "unterminated', encoding="utf-8")
    (tmp_path / "mixed.jsonl").write_text(
        json.dumps({"id": "ok", "text": FERRY}) + "\n{not json}\n" + json.dumps({"id": "no-text"}) + "\n",
        encoding="utf-8",
    )
    db = tmp_path / "q.db"
    result = run(
        [
            "ingest",
            str(db),
            str(tmp_path / "good.txt"),
            str(tmp_path / "empty.txt"),
            str(tmp_path / "missing.md"),
            str(tmp_path / "broken.json"),
            str(tmp_path / "mixed.jsonl"),
        ]
    )
    assert result.exit_code == 1
    assert result.stdout == ""
    assert error_lines(result.stderr) == [
        "error: empty.txt: empty input",
        f"error: {tmp_path / 'missing.md'}: no such file or directory",
        "error: broken.json: bad JSON: Unterminated string starting at at line 1",
        "error: mixed.jsonl:2: bad JSON line: Expecting property name enclosed in double quotes",
        "error: mixed.jsonl:3: no article text",
    ]
    counts = summary(result.stderr)
    assert counts == {
        "articles_read": 7,
        "new": 2,
        "changed": 0,
        "unchanged": 0,
        "failed": 5,
        "quotes_written": 2,
        "speakers": 2,
    }
    assert counts["articles_read"] == counts["new"] + counts["changed"] + counts["unchanged"] + counts["failed"]
    assert sorted(r["source"] for r in rows(db, "select source from articles")) == ["good.txt", "mixed.jsonl:1"]


def test_two_workers_store_the_same_rows_and_report_the_same_errors(tmp_path: Path) -> None:
    (tmp_path / "library.txt").write_text(LIBRARY, encoding="utf-8")
    (tmp_path / "harbour.txt").write_text(HARBOUR, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "mixed.jsonl").write_text(
        "\n".join(json.dumps({"id": f"ferry-{k}", "text": FERRY}) for k in range(9)) + "\n{not json}\n",
        encoding="utf-8",
    )
    sources = [str(tmp_path / name) for name in ("library.txt", "empty.txt", "mixed.jsonl", "harbour.txt")]
    results = {jobs: run(["ingest", str(tmp_path / f"j{jobs}.db"), *sources, "--jobs", str(jobs)]) for jobs in (1, 2)}
    assert results[2].exit_code == results[1].exit_code == 1
    assert error_lines(results[2].stderr) == error_lines(results[1].stderr)
    assert summary(results[2].stderr) == summary(results[1].stderr)
    table = "select a.source, q.quote, q.start, q.speaker_name, q.cue from quotes q join articles a on a.id = q.article_id order by q.id"
    assert rows(tmp_path / "j2.db", table) == rows(tmp_path / "j1.db", table)
    assert len(rows(tmp_path / "j2.db", table)) > 10


def test_exit_status_zero_when_nothing_failed(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(LIBRARY, encoding="utf-8")
    result = run(["ingest", str(tmp_path / "q.db"), str(tmp_path / "good.txt")])
    assert result.exit_code == 0
    assert error_lines(result.stderr) == []


def test_bad_date_option_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(LIBRARY, encoding="utf-8")
    result = run(["ingest", str(tmp_path / "q.db"), str(tmp_path / "good.txt"), "--date", "2024-02-30"])
    assert result.exit_code == 2
    assert "--date" in result.stderr and "2024-02-30" in result.stderr
    assert not (tmp_path / "q.db").exists()


def test_extraction_crash_fails_one_article_only(tmp_path: Path, monkeypatch) -> None:
    import ingest.pipeline

    real = ingest.pipeline.analyse

    def flaky(text, spans, doc):
        if "Gullholm" in text:
            raise RuntimeError("boom")
        return real(text, spans, doc)

    monkeypatch.setattr(ingest.pipeline, "analyse", flaky)
    (tmp_path / "a.txt").write_text(LIBRARY, encoding="utf-8")
    (tmp_path / "b.txt").write_text(FERRY, encoding="utf-8")
    db = tmp_path / "q.db"
    result = run(["ingest", str(db), str(tmp_path / "a.txt"), str(tmp_path / "b.txt")])
    assert result.exit_code == 1
    assert error_lines(result.stderr) == ["error: b.txt: extraction failed: boom"]
    assert summary(result.stderr)["failed"] == 1
    assert [r["source"] for r in rows(db, "select source from articles")] == ["a.txt"]


# --- extract ---------------------------------------------------------------------------------


def test_extract_prints_one_prediction_line_per_input(tmp_path: Path) -> None:
    texts = {"harbour": HARBOUR, "library": LIBRARY, "plain": "No quotation here at all.\n"}
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": k, "text": t}) + "\n" for k, t in texts.items()), encoding="utf-8")
    result = run(["extract", str(src)])
    assert result.exit_code == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["id"] for line in lines] == ["harbour", "library", "plain"]
    for line in lines:
        assert set(line) == {"id", "quotes"}
        text = texts[line["id"]]
        for q in line["quotes"]:
            assert set(q) == {"quote", "start", "end", "speaker", "speaker_start", "speaker_end", "cue", "kind"}
            assert text[q["start"] : q["end"]] == q["quote"]
            if q["speaker_start"] is not None:
                assert text[q["speaker_start"] : q["speaker_end"]]
    assert [(q["quote"].rstrip(",."), q["speaker"], q["cue"], q["kind"]) for q in lines[0]["quotes"]] == [
        ("We will build the quay by spring", "Edda Varga", "said", "direct"),
        ("It is a waste of money", "Tomas Brenner", "said", "direct"),
    ]
    assert lines[2]["quotes"] == []


def test_extract_offsets_survive_non_ascii(tmp_path: Path) -> None:
    text = '🚢 Ferry news 🇳🇴. «Å bygge kaien tar tid», said Åse Lindqvist. "Ça va — 👍🏽 mostly," Zoë Ng said.\n'
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "x", "text": text}, ensure_ascii=False) + "\n", encoding="utf-8")
    result = run(["extract", str(src)])
    [line] = [json.loads(x) for x in result.stdout.splitlines()]
    assert line["quotes"], "expected quotes"
    for q in line["quotes"]:
        assert text[q["start"] : q["end"]] == q["quote"]


def test_extract_reports_bad_lines_and_goes_on(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "text": LIBRARY}) + "\nnot json\n", encoding="utf-8")
    result = run(["extract", str(src)])
    assert result.exit_code == 1
    assert [json.loads(x)["id"] for x in result.stdout.splitlines()] == ["a"]
    assert error_lines(result.stderr) == ["error: in.jsonl:2: bad JSON line: Expecting value"]


def test_extract_from_stdin(tmp_path: Path) -> None:
    result = run(["extract", "-"], input=LIBRARY)
    assert result.exit_code == 0
    [line] = [json.loads(x) for x in result.stdout.splitlines()]
    assert line["id"] == "-"
    assert [q["speaker"] for q in line["quotes"]] == ["Oona Maddox"]


# --- rebuild ---------------------------------------------------------------------------------


def _temp_files(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir() if p.name.startswith("."))


def test_rebuild_swaps_a_complete_file_in_at_once(tmp_path: Path, monkeypatch) -> None:
    import quotedb.library as library

    (tmp_path / "old.txt").write_text(HARBOUR, encoding="utf-8")
    (tmp_path / "new1.txt").write_text(LIBRARY, encoding="utf-8")
    (tmp_path / "new2.txt").write_text(FERRY, encoding="utf-8")
    db = tmp_path / "site" / "q.db"
    db.parent.mkdir()
    assert run(["ingest", str(db), str(tmp_path / "old.txt")]).exit_code == 0
    old_inode = db.stat().st_ino

    seen: dict = {}
    real_ingest, real_replace = library.ingest, os.replace

    def watching_ingest(path, *args, **kwargs):
        summary_ = real_ingest(path, *args, **kwargs)
        # built elsewhere; the served file still the old one, whole and readable
        seen["built_in"] = Path(path).parent
        seen["during"] = rows(db, "select source from articles")
        return summary_

    def watching_replace(src, dst):
        seen["before_swap"] = rows(db, "select source from articles")
        seen["new_file"] = rows(src, "select source from articles order by id")
        seen["journal_files"] = [
            p for p in (src + "-wal", src + "-journal") if os.path.exists(p) and os.path.getsize(p)
        ]
        return real_replace(src, dst)

    monkeypatch.setattr(library, "ingest", watching_ingest)  # what a rebuild builds with
    monkeypatch.setattr(os, "replace", watching_replace)
    result = run(["rebuild", str(db), str(tmp_path / "new1.txt"), str(tmp_path / "new2.txt")])
    assert result.exit_code == 0, result.stderr
    assert seen["built_in"] == db.parent  # same file system: os.replace is atomic
    assert seen["during"] == seen["before_swap"] == [{"source": "old.txt"}]
    assert seen["new_file"] == [{"source": "new1.txt"}, {"source": "new2.txt"}]
    assert seen["journal_files"] == []  # one self-contained file goes live
    assert db.stat().st_ino != old_inode
    assert [r["source"] for r in rows(db, "select source from articles order by id")] == ["new1.txt", "new2.txt"]
    assert _temp_files(db.parent) == []
    assert sorted(p.name for p in db.parent.iterdir()) == ["q.db"]


class Died(Exception):
    pass


def test_rebuild_that_dies_leaves_the_old_file_and_no_temp_files(tmp_path: Path, monkeypatch) -> None:
    import quotedb.library as library

    (tmp_path / "old.txt").write_text(HARBOUR, encoding="utf-8")
    db = tmp_path / "site" / "q.db"
    db.parent.mkdir()
    run(["ingest", str(db), str(tmp_path / "old.txt")])
    real_ingest = library.ingest

    def dying(path, *args, **kwargs):
        real_ingest(path, *args, **kwargs)
        raise Died

    monkeypatch.setattr(library, "ingest", dying)
    with pytest.raises(Died):
        run(["rebuild", str(db), str(tmp_path / "old.txt")])
    assert [r["source"] for r in rows(db, "select source from articles")] == ["old.txt"]
    assert _temp_files(db.parent) == []


def test_rebuild_reports_bad_inputs_and_keeps_good_ones(tmp_path: Path) -> None:
    """With --allow-failures; without it such a build is not swapped in (test_rebuild_safety.py)."""
    (tmp_path / "good.txt").write_text(LIBRARY, encoding="utf-8")
    (tmp_path / "bad.json").write_text("[", encoding="utf-8")
    db = tmp_path / "q.db"
    result = run(["rebuild", str(db), str(tmp_path / "good.txt"), str(tmp_path / "bad.json"), "--allow-failures"])
    assert result.exit_code == 1
    assert len(error_lines(result.stderr)) == 1 and error_lines(result.stderr)[0].startswith(
        "error: bad.json: bad JSON"
    )
    assert [r["source"] for r in rows(db, "select source from articles")] == ["good.txt"]


# --- the seed articles -----------------------------------------------------------------------

SEED_SPEAKERS = ["Ushakov", "Lukashenko", "Trump", "Kobzova", "Shamshur"]


@pytest.mark.shared
def test_seed_articles_credit_every_named_speaker(tmp_path: Path) -> None:
    seeds = SHARED / "seeds"
    if not seeds.is_dir():
        pytest.skip("../shared/seeds not present")
    files = sorted(str(p) for p in seeds.glob("*.txt"))
    assert len(files) == 2
    db = tmp_path / "seeds.db"
    result = run(["ingest", str(db), *files])
    assert result.exit_code == 0, result.stderr
    assert summary(result.stderr)["new"] == 2
    credited = rows(
        db, "select s.name, count(q.id) as n from speakers s join quotes q on q.speaker_id = s.id group by s.id"
    )
    missing = [
        surname
        for surname in SEED_SPEAKERS
        if not any(re.search(rf"\b{surname}\b", r["name"]) and r["n"] >= 1 for r in credited)
    ]
    assert missing == [], f"speakers without a quote: {missing}; credited: {credited}"
    # and the stored rows point into the stored text
    for r in rows(db, "select q.quote, q.start, q.end, a.text from quotes q join articles a on a.id = q.article_id"):
        assert r["text"][r["start"] : r["end"]] == r["quote"]


def test_db_path_that_is_not_a_database(tmp_path: Path) -> None:
    (tmp_path / "notes.db").write_text("my shopping list, not a database\n" * 100, encoding="utf-8")
    (tmp_path / "a.txt").write_text(LIBRARY, encoding="utf-8")
    result = run(["ingest", str(tmp_path / "notes.db"), str(tmp_path / "a.txt")])
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [
        f"Error: {tmp_path / 'notes.db'}: cannot open as a quotedb database: file is not a database"
    ]
    assert (tmp_path / "notes.db").read_text(encoding="utf-8").startswith("my shopping list")


def test_store_failure_fails_one_article_only(tmp_path: Path, monkeypatch) -> None:
    from db.store import Store

    real = Store._speaker_id

    def failing(self, quote):
        # mid-transaction: the article row is written, its quotes not yet
        if quote.speaker == "Ivo Serrano":
            raise sqlite3.OperationalError("disk I/O error")
        return real(self, quote)

    monkeypatch.setattr(Store, "_speaker_id", failing)
    (tmp_path / "a.txt").write_text(LIBRARY, encoding="utf-8")
    (tmp_path / "b.txt").write_text(FERRY, encoding="utf-8")
    (tmp_path / "c.txt").write_text(HARBOUR, encoding="utf-8")
    db = tmp_path / "q.db"
    result = run(["ingest", str(db), str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), str(tmp_path / "c.txt")])
    assert result.exit_code == 1
    assert error_lines(result.stderr) == ["error: b.txt: cannot store: disk I/O error"]
    assert [r["source"] for r in rows(db, "select source from articles order by id")] == ["a.txt", "c.txt"]


def test_help_states_the_limits_in_force() -> None:
    from ingest import sources

    text = " ".join(run(["ingest", "--help"]).stdout.split())
    for limit in (sources.MAX_ARTICLE_CHARS, sources.MAX_QUOTATION_MARKS, sources.MAX_PAGE_CHARS):
        assert f"{limit:,}" in text
