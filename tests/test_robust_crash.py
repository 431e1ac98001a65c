"""Crash safety (issue 6): `quotedb ingest` SIGKILLed at random points, again and again.

After every kill the database opens, passes integrity_check, holds only whole articles
(quote_count equals its quotes rows), its full-text index agrees with its rows, and no
article stored before is lost; re-running the same ingest completes it, with the same
quotes and quotation groups an uninterrupted ingest stores.
"""

from __future__ import annotations

import random
import signal
import subprocess
import time
from pathlib import Path

from fixtures_groups import snapshot
from fixtures_ingest import (  # noqa: F401
    check_whole,
    nlp,
    old_and_new_site,
    quotedb_process,
    rows,
    run,
    summary,
    wait_until,
    write_corpus,
)

KILLS = 8
TIME_BUDGET = 150  # seconds for the whole kill loop; it stops early rather than run long


def sigkill(proc) -> bool:
    """SIGKILL the process if it is still running, then reap it; True when it was killed."""
    running = proc.poll() is None
    if running:
        proc.send_signal(signal.SIGKILL)
    proc.wait()
    return running


def stored(db: Path) -> list[tuple]:
    return rows_tuple(
        db,
        "select a.source, q.quote, q.speaker_name, q.start from quotes q join articles a on a.id = q.article_id order by a.source, q.start",
    )


def rows_tuple(db: Path, sql: str) -> list[tuple]:
    return [tuple(r.values()) for r in rows(db, sql)]


def test_sigkill_at_random_points_loses_nothing(tmp_path: Path, nlp) -> None:  # noqa: F811
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    write_corpus(corpus, 120)
    db = tmp_path / "q.db"
    rnd = random.Random(606)

    kills = 0
    load_time = None
    known: set[str] = set()
    deadline = time.monotonic() + TIME_BUDGET
    attempts = 0
    while kills < KILLS and time.monotonic() < deadline and attempts < 4 * KILLS:
        # every other run re-extracts everything, so kills land amid replacements too
        args = ["ingest", str(db), str(corpus)] + (["--all"] if attempts % 2 else [])
        attempts += 1
        started = time.monotonic()
        proc = quotedb_process(args, tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            if load_time is None:
                wait_until(lambda: db.exists() or proc.poll() is not None, timeout=60)
                load_time = time.monotonic() - started
                delay = rnd.uniform(0, 1.0)
            else:
                delay = load_time + rnd.uniform(-0.2, 2.0)
            wait_until(lambda: proc.poll() is not None, timeout=max(0.0, started + delay - time.monotonic()))
        finally:
            kills += sigkill(proc)
        if not db.exists():
            continue
        if check_whole(db)["articles"] == 0 and not known:
            continue
        sources = {r["source"] for r in rows(db, "select source from articles")}
        assert known <= sources, f"articles lost after a kill: {known - sources}"
        known = sources

    assert kills >= 3, "too few kills landed to test anything"

    # the same ingest again completes it
    result = run(["ingest", str(db), str(corpus)])
    assert result.exit_code == 0, result.stderr
    counts = summary(result.stderr)
    assert counts["failed"] == 0
    assert counts["new"] + counts["unchanged"] == 120
    whole = check_whole(db)
    assert whole["articles"] == 120

    clean = tmp_path / "clean.db"
    assert run(["ingest", str(clean), str(corpus)]).exit_code == 0
    assert stored(db) == stored(clean)
    assert snapshot(db) == snapshot(clean)  # the same quotation groups and copies
    assert rows_tuple(db, "select name from speakers order by name") == rows_tuple(
        clean, "select name from speakers order by name"
    )
    print(f"kills: {kills}")


def test_kill_during_schema_creation_is_repaired(tmp_path: Path, nlp) -> None:  # noqa: F811
    """A database whose FTS table exists without its triggers (a crash of an older quotedb
    mid-shape) keeps its index in step once it is opened again."""
    import sqlite3

    from fixtures_ingest import LIBRARY

    db = tmp_path / "q.db"
    (tmp_path / "a.txt").write_text(LIBRARY, encoding="utf-8")
    assert run(["ingest", str(db), str(tmp_path / "a.txt")]).exit_code == 0
    with sqlite3.connect(db) as conn:
        for name in ("quotes_ai", "quotes_ad", "quotes_au"):
            conn.execute(f"drop trigger {name}")
    (tmp_path / "b.txt").write_text(LIBRARY.replace("cheapest", "finest"), encoding="utf-8")
    assert run(["ingest", str(db), str(tmp_path / "b.txt")]).exit_code == 0
    check_whole(db)
    assert rows(db, "select count(*) as n from quotes_fts where quotes_fts match 'finest'") == [{"n": 1}]


REBUILD_KILLS = 3


def test_sigkilled_rebuild_leaves_the_old_file_whole(tmp_path: Path, nlp) -> None:  # noqa: F811
    """A rebuild killed at any point leaves the served file whole (old or new, never
    between); the next rebuild clears the killed one's temporary files."""
    old_corpus, new_corpus, db = old_and_new_site(tmp_path, 5, 80)
    site = db.parent
    assert run(["ingest", str(db), str(old_corpus)]).exit_code == 0
    old_sources = {r["source"] for r in rows(db, "select source from articles")}
    new_sources = {f"new/{p.name}" for p in new_corpus.iterdir()}
    rnd = random.Random(60)

    kills = 0
    load_time = None
    deadline = time.monotonic() + TIME_BUDGET / 2
    for _ in range(REBUILD_KILLS * 2):
        if kills >= REBUILD_KILLS or time.monotonic() > deadline:
            break
        started = time.monotonic()
        proc = quotedb_process(
            ["rebuild", str(db), str(new_corpus)], tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        try:
            if load_time is None:
                wait_until(lambda: any(site.glob(".quotes.db.*.building")) or proc.poll() is not None, timeout=60)
                load_time = time.monotonic() - started
            delay = load_time + rnd.uniform(0.0, 1.5)
            wait_until(lambda: proc.poll() is not None, timeout=max(0.0, started + delay - time.monotonic()))
        finally:
            kills += sigkill(proc)
        check_whole(db)
        assert {r["source"] for r in rows(db, "select source from articles")} in (old_sources, new_sources)
    assert kills >= 1

    result = run(["rebuild", str(db), str(new_corpus)])
    assert result.exit_code == 0, result.stderr
    assert {r["source"] for r in rows(db, "select source from articles")} == new_sources
    check_whole(db)
    assert sorted(p.name for p in site.iterdir()) == ["quotes.db"]
    print(f"rebuild kills: {kills}")
