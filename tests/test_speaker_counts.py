"""The kept per-speaker counts (db/speaker_counts.py) equal a recount after every kind of write:
a fresh build, every article stored again, an article replaced (a group split, a quotation
gone), copies found and lost, hand edits and deletes, a database grouped in bulk, an older
database gaining the table, and the CLI's ingest, `--all` and rebuild."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from db.speaker_counts import RECOUNT, TABLE
from db.store import Store, open_db
from fixtures_groups import ARTICLES, BRANN, WALL, build
from fixtures_ingest import nlp  # noqa: F401  (the spaCy pipeline, once a session)


def kept_and_counted(path: Path | str) -> tuple[list, list]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        kept = sorted(conn.execute(f"select speaker_id, groups, articles, copies from {TABLE}").fetchall())
        counted = sorted(conn.execute(RECOUNT).fetchall())
    finally:
        conn.close()
    return kept, counted


def assert_exact(path: Path | str) -> list:
    kept, counted = kept_and_counted(path)
    assert kept == counted
    return kept


def by_name(path: Path | str) -> dict[str, tuple[int, int]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {
            name: (groups, articles, copies)
            for name, groups, articles, copies in conn.execute(
                f"select speakers.name, groups, articles, copies from {TABLE} join speakers on speakers.id = {TABLE}.speaker_id"
            )
        }
    finally:
        conn.close()


def test_a_fresh_build_counts_distinct_quotations_and_reports_in_copies(tmp_path):
    path = build(tmp_path / "fresh.db")
    assert_exact(path)
    counts = by_name(path)
    # Brannigan's wire quotation is three reports, two of them in syndicated copies
    assert counts[BRANN[0]][2] == 2
    conn = sqlite3.connect(path)
    reports = conn.execute(
        "select count(*) from quotes join speakers on speakers.id = quotes.speaker_id where speakers.name = ?",
        [BRANN[0]],
    ).fetchone()[0]
    assert counts[BRANN[0]][0] < reports


def test_every_article_stored_again_in_another_order(tmp_path):
    path = build(tmp_path / "twice.db")
    expected = by_name(path)
    build(path, list(reversed(ARTICLES)), store=Store(open_db(str(path)), "test-2"))  # as --all does
    assert_exact(path)
    assert by_name(path) == expected


def test_replacing_articles_splits_groups_and_moves_copies(tmp_path):
    path = build(tmp_path / "replaced.db")
    current = list(ARTICLES)
    wall = next(n for n, e in enumerate(current) if any(q[0] == WALL for q in e[5]))
    # the wire story's original (the earliest of three sites carrying it)
    wire = next(n for n, e in enumerate(current) if e[0] == "https://harbour-ledger.example/flood")
    # one article loses its wall quotation; the wire story's original is rewritten, so the
    # next site is the original and the last one a copy of it: one report in copies fewer
    current[wall] = (*current[wall][:5], [q for q in current[wall][5] if q[0] != WALL])
    current[wire] = (*current[wire][:4], ["The wire story was withdrawn."], [])
    for n in (wall, wire):
        build(path, [current[n]], store=Store(open_db(str(path)), "test-1"))
        assert_exact(path)
    assert by_name(path)[BRANN[0]][2] == 1
    assert by_name(path) == by_name(build(tmp_path / "fresh.db", current))


def test_hand_edits_and_deletes_keep_the_counts(tmp_path):
    path = build(tmp_path / "hand.db")
    db = open_db(str(path))
    one, two = [r[0] for r in db.execute("select id from speakers order by id limit 2").fetchall()]
    db.execute(
        "update quotes set speaker_id = ? where id in (select id from quotes where speaker_id = ? limit 2)", [two, one]
    )
    db.execute(
        "update quotes set group_id = (select min(group_id) from quotes) where id = (select max(id) from quotes)"
    )
    db.execute("update articles set copy_of = null where copy_of is not null")
    db.execute("delete from quotes where id = (select min(id) from quotes where speaker_id = ?)", [two])
    db.execute(
        "update quotes set speaker_id = null where id = (select max(id) from quotes where speaker_id is not null)"
    )
    db.conn.commit()
    db.close()
    assert_exact(path)


@pytest.mark.parametrize("bulk", [False, True])
def test_a_database_grouped_after_the_fact(tmp_path, monkeypatch, bulk):
    from db import upgrade
    from test_groups import _stripped_of_groups

    if bulk:
        monkeypatch.setattr(upgrade, "BULK_FROM", 1)
    path = build(tmp_path / "old.db")
    expected = by_name(path)
    db = _stripped_of_groups(path)
    assert_exact(path)
    Store(db, "test-1").finish()
    db.close()
    assert_exact(path)
    assert by_name(path) == expected


def test_an_older_database_gains_the_counts(tmp_path):
    path = build(tmp_path / "older.db")
    expected = by_name(path)
    conn = sqlite3.connect(path)
    # the table as an earlier version made it, without its articles, and wrong
    conn.execute(f"drop table {TABLE}")
    conn.execute(
        f"create table {TABLE} (speaker_id integer primary key, groups integer not null, copies integer not null)"
    )
    conn.execute(f"insert into {TABLE} values (1, 99, 99)")
    for (name,) in conn.execute(
        "select name from sqlite_master where type = 'trigger' and name like 'speaker_counts_%'"
    ).fetchall():
        conn.execute(f"drop trigger {name}")
    conn.commit()
    conn.close()
    open_db(str(path)).close()
    assert by_name(path) == expected
    assert_exact(path)


def test_ingest_all_and_rebuild_keep_the_counts(tmp_path, nlp):  # noqa: F811
    from fixtures_ingest import run
    from test_groups import _write_articles

    articles = tmp_path / "articles"
    _write_articles(articles, ARTICLES)
    db = tmp_path / "site.db"
    assert run(["ingest", str(db), str(articles)]).exit_code == 0
    expected = assert_exact(db)
    assert any(copies for *_, copies in expected)
    assert run(["ingest", "--all", str(db), str(articles)]).exit_code == 0
    assert assert_exact(db) == expected
    named = by_name(db)
    assert run(["rebuild", str(db), str(articles)]).exit_code == 0
    assert_exact(db)
    assert by_name(db) == named


def test_a_database_in_shape_is_not_counted_again(tmp_path, monkeypatch):
    # every open and every ingest runs ensure_shape: at 10M quotations a recount is minutes
    from db import speaker_counts, summaries

    path = build(tmp_path / "shaped.db")
    recounts = []
    monkeypatch.setattr(summaries, "rebuild_summaries", lambda db: recounts.append("summaries"))
    monkeypatch.setattr(speaker_counts, "recount", lambda db: recounts.append("speaker_counts"))
    open_db(str(path)).close()
    assert recounts == []
