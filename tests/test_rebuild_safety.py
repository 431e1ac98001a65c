"""No data lost by `rebuild` (issue 11, points 1-3; its file handling in db/rebuild.py, issue 14).

- a rebuild swaps its new file in only when it read at least one article and no input failed
  (or --allow-failures says so); otherwise the old file stays, byte for byte;
- ingest and rebuild of one database exclude each other; an ingest whose file is replaced
  under it stops with an error instead of reporting success;
- the new file keeps the old one's mode; a full disk ends in one error line, old file kept.
"""

from __future__ import annotations

import errno
import hashlib
import os
import sqlite3
import stat
import subprocess
from pathlib import Path

import pytest

from fixtures_ingest import (
    FERRY,
    HARBOUR,
    LIBRARY,
    check_whole,
    error_lines,
    nlp,  # noqa: F401  (fixture)
    quotedb_process,
    rows,
    run,
    wait_until,
    write_corpus,
)


@pytest.fixture(autouse=True)
def _model(nlp):  # noqa: F811
    """Load spaCy before the first test so no test pays for it alone."""


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def sources(db: Path) -> list[str]:
    return [r["source"] for r in rows(db, "select source from articles order by id")]


@pytest.fixture
def site(tmp_path: Path) -> Path:
    """A site folder holding q.db, built from old.txt; the articles for new builds beside it."""
    (tmp_path / "old.txt").write_text(HARBOUR, encoding="utf-8")
    (tmp_path / "good.txt").write_text(LIBRARY, encoding="utf-8")
    (tmp_path / "bad.json").write_text("[", encoding="utf-8")
    (tmp_path / "site").mkdir()
    db = tmp_path / "site" / "q.db"
    assert run(["ingest", str(db), str(tmp_path / "old.txt")]).exit_code == 0
    return db


def folder(db: Path) -> list[str]:
    """The files beside the database, but SQLite's own -wal and -shm (our read-only reads leave them)."""
    return sorted(p.name for p in db.parent.iterdir() if not p.name.endswith(("-wal", "-shm")))


# --- 1. only a good build is swapped in ---------------------------------------------------------


def test_rebuild_from_nothing_keeps_the_old_file(site: Path, tmp_path: Path) -> None:
    before, inode = digest(site), site.stat().st_ino
    result = run(["rebuild", str(site), str(tmp_path / "nonexistent"), "http://127.0.0.1:9/x"])
    assert result.exit_code == 1
    errors = error_lines(result.stderr)
    assert errors[:2] == [
        f"error: {tmp_path / 'nonexistent'}: no such file or directory",
        errors[1],  # the refused connection, in the fetcher's words
    ] and errors[1].startswith("error: http://127.0.0.1:9/x: ")
    assert errors[2:] == [
        f"error: {site}: not replaced, the old database is kept: no article was read; quotedb reads "
        + errors[2].split("quotedb reads ")[1]
    ]
    assert (digest(site), site.stat().st_ino) == (before, inode)
    assert sources(site) == ["old.txt"]
    assert folder(site) == ["q.db"]


def test_rebuild_with_a_failed_input_keeps_the_old_file_unless_allowed(site: Path, tmp_path: Path) -> None:
    before = digest(site)
    args = ["rebuild", str(site), str(tmp_path / "good.txt"), str(tmp_path / "bad.json")]
    result = run(args)
    assert result.exit_code == 1
    assert error_lines(result.stderr) == [
        "error: bad.json: bad JSON: Expecting value at line 1",
        f"error: {site}: not replaced, the old database is kept: 1 input failed (--allow-failures swaps it in all the same)",
    ]
    assert digest(site) == before and folder(site) == ["q.db"]

    result = run([*args, "--allow-failures"])
    assert result.exit_code == 1  # an input failed; the good one went in all the same
    assert error_lines(result.stderr) == ["error: bad.json: bad JSON: Expecting value at line 1"]
    assert sources(site) == ["good.txt"]


def test_rebuild_of_a_new_database_that_reads_nothing_writes_nothing(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    db = tmp_path / "site" / "q.db"
    result = run(["rebuild", str(db), str(tmp_path / "empty"), "--allow-failures"])
    assert result.exit_code == 1
    assert error_lines(result.stderr)[-1].startswith(
        f"error: {db}: not replaced, nothing was written: no article was read"
    )
    assert folder(db) == []


# --- 2. ingest and rebuild exclude each other ---------------------------------------------------


def test_an_ingest_during_a_rebuild_waits_and_lands_in_the_new_file(site: Path, tmp_path: Path) -> None:
    """`ingest c.db setA` while `rebuild c.db setB` runs: setA ends up in the rebuilt file."""
    set_a, set_b = tmp_path / "setA", tmp_path / "setB"
    set_a.mkdir()
    set_b.mkdir()
    write_corpus(set_a, 5, "Quay series")
    write_corpus(set_b, 60, "Ferry series")
    proc = quotedb_process(
        ["rebuild", str(site), str(set_b)], tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    try:
        # the temporary file is made once the rebuild holds the lock
        assert wait_until(lambda: any(site.parent.glob(".q.db.*.building")) or proc.poll() is not None, timeout=90)
        assert proc.poll() is None, "the rebuild ended before the ingest could start"
        result = run(["ingest", str(site), str(set_a), "--wait", "300"])
        assert proc.wait(timeout=300) == 0, proc.stderr.read().decode(errors="replace")
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait()
        proc.stderr.close()
    assert result.exit_code == 0, result.stderr
    assert result.stderr.startswith("waiting: q.db is being rebuilt: waiting up to 300 s\n")
    stored = sources(site)
    assert sorted(stored) == sorted(
        [f"setB/{p.name}" for p in set_b.iterdir()] + [f"setA/{p.name}" for p in set_a.iterdir()]
    )
    check_whole(site)


def test_a_rebuild_during_an_ingest_gives_up_and_takes_nothing(site: Path, tmp_path: Path) -> None:
    """`rebuild` while an ingest writes: after --wait it says so, and the ingest's articles all stay."""
    set_a = tmp_path / "setA"
    set_a.mkdir()
    write_corpus(set_a, 80, "Quay series")
    proc = quotedb_process(
        ["ingest", str(site), str(set_a)], tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    try:
        assert wait_until(lambda: len(sources(site)) > 1 or proc.poll() is not None, timeout=90)
        assert proc.poll() is None, "the ingest ended before the rebuild could start"
        result = run(["rebuild", str(site), str(tmp_path / "good.txt"), "--wait", "0.5"])
        assert proc.wait(timeout=300) == 0, proc.stderr.read().decode(errors="replace")
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait()
        proc.stderr.close()
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        "waiting: q.db is being written or rebuilt: waiting up to 0.5 s",
        f"error: {site}: an ingest or a rebuild is still at work on it after 0.5 s; try again when it ends, or wait longer with --wait",
    ]
    assert sorted(sources(site)) == sorted(["old.txt"] + [f"setA/{p.name}" for p in set_a.iterdir()])
    assert folder(site) == ["q.db"]


def test_an_ingest_whose_file_is_replaced_stops_with_an_error(site: Path, tmp_path: Path, monkeypatch) -> None:
    """Something other than quotedb (an old version, a `mv`) replaces the file mid-ingest."""
    from db.store import Store

    other = tmp_path / "other.db"
    assert run(["ingest", str(other), str(tmp_path / "good.txt")]).exit_code == 0
    real_save = Store.save

    def save_then_replace(self, article, quotes):
        n = real_save(self, article, quotes)
        if other.exists():
            os.replace(other, site)
        return n

    monkeypatch.setattr(Store, "save", save_then_replace)
    (tmp_path / "more.txt").write_text(FERRY, encoding="utf-8")
    result = run(["ingest", str(site), str(tmp_path / "more.txt")])
    assert result.exit_code == 1
    assert error_lines(result.stderr) == [
        f"error: {site}: the file was replaced while this ingest wrote to it; what it stored went to the replaced file: run the ingest again"
    ]
    assert "articles read" not in result.stderr  # no summary that reads as success


# --- 3. mode and a full disk --------------------------------------------------------------------


def test_rebuild_keeps_the_old_files_mode(site: Path, tmp_path: Path) -> None:
    site.chmod(0o664)
    assert run(["rebuild", str(site), str(tmp_path / "good.txt")]).exit_code == 0
    assert stat.S_IMODE(site.stat().st_mode) == 0o664
    assert sources(site) == ["good.txt"]
    # a new database gets what an ingest would make (0644 under the usual umask), not mkstemp's 0600
    fresh = tmp_path / "fresh.db"
    assert run(["rebuild", str(fresh), str(tmp_path / "good.txt")]).exit_code == 0
    ingested = tmp_path / "ingested.db"
    assert run(["ingest", str(ingested), str(tmp_path / "good.txt")]).exit_code == 0
    assert stat.S_IMODE(fresh.stat().st_mode) == stat.S_IMODE(ingested.stat().st_mode)


def _full_on_save(monkeypatch) -> None:
    """SQLite's own SQLITE_FULL: the build file may not grow past its first few pages."""
    import db.store

    real_open = db.store.open_db

    def small_disk(path):
        conn = real_open(path)
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages + 2}")
        return conn

    monkeypatch.setattr(db.store, "open_db", small_disk)


def _full_on_optimize(monkeypatch) -> None:
    """The disk fills while `PRAGMA optimize` writes its statistics."""
    from db.store import Store, _reshape

    def finish(self):
        _reshape(self.db)
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(Store, "finish", finish)


def _full_on_swap(monkeypatch) -> None:
    real = os.replace

    def replace(src, dst):
        if str(src).endswith(".building"):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real(src, dst)

    monkeypatch.setattr(os, "replace", replace)


@pytest.mark.parametrize(
    "inject, reason",
    [
        (_full_on_save, "database or disk is full"),
        (_full_on_optimize, "cannot finish: database or disk is full"),
        (_full_on_swap, "[Errno 28] No space left on device"),
    ],
    ids=["save", "optimize", "swap"],
)
def test_a_full_disk_during_rebuild_keeps_the_old_file_in_one_line(
    site: Path, tmp_path: Path, monkeypatch, inject, reason
) -> None:
    (tmp_path / "many").mkdir()
    write_corpus(tmp_path / "many", 12)
    before = digest(site)
    inject(monkeypatch)
    result = run(["rebuild", str(site), str(tmp_path / "many")])
    assert result.exit_code == 1
    assert "Traceback" not in result.stderr
    assert error_lines(result.stderr) == [f"error: {site}: rebuild failed, the old database is kept: {reason}"]
    assert digest(site) == before and sources(site) == ["old.txt"]
    assert folder(site) == ["q.db"]


def test_a_full_disk_stops_an_ingest_in_one_line_keeping_what_it_stored(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "many").mkdir()
    write_corpus(tmp_path / "many", 12)
    _full_on_save(monkeypatch)
    db = tmp_path / "q.db"
    result = run(["ingest", str(db), str(tmp_path / "many")])
    assert result.exit_code == 1
    [line] = error_lines(result.stderr)
    stored = len(rows(db, "select id from articles"))
    assert line == f"error: {db}: stopped, database or disk is full; the {stored} articles stored before it are kept"
    check_whole(db)


# --- 5. the file handling as a library ------------------------------------------------------------


def test_rebuild_file_handling_is_a_library(tmp_path: Path) -> None:
    import quotedb.cli as cli
    from db import rebuild

    target = tmp_path / "lib.db"
    sqlite3.connect(target).execute("create table t (x)").connection.close()
    with rebuild.locked(target, exclusive=True, wait=0):
        with pytest.raises(rebuild.DatabaseBusy):
            with rebuild.locked(target, exclusive=False, wait=0.2):
                pass
    with rebuild.locked(target, exclusive=False, wait=0), rebuild.locked(target, exclusive=False, wait=0):
        pass  # ingests run side by side

    with rebuild.Build(target, wait=0) as build:
        sqlite3.connect(build.path).execute("create table u (y)").connection.close()
        build.swap()
    assert [r["name"] for r in rows(target, "select name from sqlite_master")] == ["u"]
    with rebuild.Build(target, wait=0) as build:
        pass  # not swapped: the old file stays
    assert [r["name"] for r in rows(target, "select name from sqlite_master")] == ["u"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lib.db"]
    # the command keeps no file handling of its own
    assert not {"tempfile", "fcntl"} & set(vars(cli))
