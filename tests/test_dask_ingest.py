"""`quotedb ingest/extract --dask` and `quotedb load` on a LocalCluster of two worker processes:
the rows are those of a one-process ingest, whatever happens to a worker or the client.

The corpus is the bundled demo (fictional people and outlets) as one JSON-lines file, cut
into several byte ranges, and a directory of its first articles as Markdown.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytest.importorskip("distributed")

from distributed import Client, LocalCluster  # noqa: E402

from quotedb import dask_ingest  # noqa: E402
from quotedb.cli import run_ingest  # noqa: E402
from quotedb.paths import DEMO_ARTICLES  # noqa: E402
from tests.fixtures_ingest import REPO, free_port, run  # noqa: E402

# the corpus below: every demo article as a JSON line, and three of them again as Markdown
ARTICLES = len(list(DEMO_ARTICLES.glob("*.md"))) + 3


@pytest.fixture(scope="module")
def cluster():
    # no dashboard, the scheduler's HTTP server on a free port (as `--dask local:N`): with
    # dashboard_address=None it took 8787 and warned when another cluster held it
    with LocalCluster(n_workers=2, **dask_ingest.LOCAL_CLUSTER) as running:
        yield running


@pytest.fixture(autouse=True)
def small_partitions(monkeypatch):
    # the corpus is 30 kB: partitions of ~2 kB make a dozen tasks, several in flight per worker
    monkeypatch.setattr(dask_ingest, "MIN_PARTITION_BYTES", 2048)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> list[str]:
    from ingest.sources import read_sources

    root = tmp_path_factory.mktemp("corpus")
    lines = root / "demo.jsonl"
    with lines.open("w", encoding="utf-8") as f:
        for item in read_sources([str(DEMO_ARTICLES)]):
            a = item.article
            f.write(
                json.dumps({"id": item.name, "title": a.title, "outlet": a.outlet, "date": a.published, "text": a.text})
                + "\n"
            )
    folder = root / "folder"
    folder.mkdir()
    for path in sorted(DEMO_ARTICLES.iterdir())[:3]:
        (folder / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "notes.csv").write_text("not an article\n", encoding="utf-8")
    return [str(lines), str(folder)]


def rows(db_path: Path) -> dict[str, list[tuple]]:
    """Every row of the tables ingest writes, but the time it wrote them."""
    with sqlite3.connect(db_path) as conn:
        found = {}
        for table in ("articles", "quotes", "speakers", "outlets"):
            columns = [r[1] for r in conn.execute(f"pragma table_info({table})") if r[1] != "ingested_at"]
            found[table] = conn.execute(f"select {', '.join(map(repr, columns))} from {table} order by id").fetchall()
    return found


@pytest.fixture(scope="module")
def reference(tmp_path_factory, corpus) -> dict[str, list[tuple]]:
    """The rows of a one-process ingest (--jobs 1) of the corpus."""
    db = tmp_path_factory.mktemp("ref") / "ref.db"
    summary = run_ingest(str(db), corpus, {}, False, None, 1)
    assert summary.new == ARTICLES and summary.skipped == 1
    return rows(db)


def test_same_rows_as_a_one_process_ingest_and_unchanged_ones_skipped(tmp_path, cluster, corpus, reference, capsys):
    db = tmp_path / "q.db"
    summary = run_ingest(str(db), corpus, {}, False, None, dask=cluster.scheduler_address)
    assert (summary.new, summary.skipped, summary.failed) == (ARTICLES, 1, 0)
    assert rows(db) == reference
    assert "skipped: folder/notes.csv: not a format quotedb reads" in capsys.readouterr().err

    again = run_ingest(str(db), corpus, {}, False, None, dask=cluster.scheduler_address)
    assert (again.read, again.unchanged, again.new, again.changed) == (ARTICLES, ARTICLES, 0, 0)
    assert rows(db) == reference


def test_a_worker_killed_mid_run_has_its_partitions_rerun_and_nothing_stored_twice(
    tmp_path, cluster, corpus, reference, monkeypatch
):
    with Client(cluster) as client:
        victim = next(iter(client.run(os.getpid).values()))
    write = dask_ingest._write
    written = 0

    def write_then_kill(*args, **kwargs):
        nonlocal written
        write(*args, **kwargs)
        written += 1
        if written == 1:  # partitions are in flight on both workers now
            os.kill(victim, signal.SIGKILL)

    monkeypatch.setattr(dask_ingest, "_write", write_then_kill)
    db = tmp_path / "q.db"
    summary = run_ingest(str(db), corpus, {}, False, None, dask=cluster.scheduler_address)
    assert (summary.new, summary.failed) == (ARTICLES, 0)
    assert rows(db) == reference
    with Client(cluster) as client:
        client.wait_for_workers(2, timeout=60)
        assert victim not in client.run(os.getpid).values()  # it was killed and replaced


def test_a_killed_client_leaves_whole_articles_and_the_same_command_resumes(tmp_path, cluster, corpus, reference):
    db = tmp_path / "q.db"
    command = [sys.executable, "-m", "quotedb", "ingest", str(db), *corpus, "--dask", cluster.scheduler_address]
    child = subprocess.Popen(command, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 120
        while _stored(db) < 3:
            assert child.poll() is None, child.stderr.read().decode()
            assert time.monotonic() < deadline
            time.sleep(0.05)
        child.kill()
    finally:
        child.wait()
    assert 3 <= _stored(db) < ARTICLES
    result = run(["ingest", str(db), *corpus, "--dask", cluster.scheduler_address])
    assert "unchanged: " in result.stderr and "failed: 0" in result.stderr
    assert rows(db) == reference


def _stored(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
            return conn.execute("select count(*) from articles").fetchone()[0]
    except sqlite3.Error:
        return 0


def test_an_unreachable_scheduler_is_one_error_line(tmp_path, corpus, monkeypatch):
    monkeypatch.setattr(dask_ingest, "CONNECT_TIMEOUT", 2)
    address = f"tcp://127.0.0.1:{free_port()}"
    result = run(["ingest", str(tmp_path / "q.db"), *corpus, "--dask", address])
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"Error: {address}: cannot reach the Dask scheduler"), lines


def test_a_source_the_workers_cannot_read_is_named_and_the_rest_stored(tmp_path, cluster, corpus):
    missing = str(tmp_path / "nowhere" / "gone.jsonl")
    result = run(["ingest", str(tmp_path / "q.db"), missing, corpus[1], "--dask", cluster.scheduler_address])
    assert result.exit_code == 1
    assert f"error: {missing}: no such file or directory" in result.stderr.splitlines()
    assert "new: 3," in result.stderr


def test_extract_to_parquet_then_load_stores_the_same_rows(tmp_path, cluster, corpus, reference):
    out = tmp_path / "parts"
    result = run(["extract", *corpus, "--dask", cluster.scheduler_address, "--output", str(out)])
    assert result.exit_code == 0, result.stderr
    assert len(list(out.glob("part-*.parquet"))) > 1
    db = tmp_path / "q.db"
    loaded = run(["load", str(db), str(out)])
    assert loaded.exit_code == 0, loaded.stderr
    assert rows(db) == reference
    again = run(["load", str(db), str(out)])
    assert f"unchanged: {ARTICLES}" in again.stderr


def test_a_scheduler_gone_mid_run_is_one_error_line_and_the_same_command_resumes(
    tmp_path, cluster, corpus, reference, monkeypatch
):
    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    scheduler = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "distributed.cli.dask_scheduler",
            "--port",
            str(port),
            "--no-dashboard",
            "--dashboard-address",
            ":0",
        ],
        **quiet,
    )
    worker = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "distributed.cli.dask_worker",
            address,
            "--nthreads",
            "1",
            "--no-dashboard",
            "--no-nanny",
        ],
        **quiet,
    )
    write = dask_ingest._write
    written = 0

    def write_then_kill_the_scheduler(*args, **kwargs):
        nonlocal written
        write(*args, **kwargs)
        written += 1
        if written == 1:
            scheduler.kill()
            scheduler.wait()

    monkeypatch.setattr(dask_ingest, "_write", write_then_kill_the_scheduler)
    db = tmp_path / "q.db"
    try:
        result = run(["ingest", str(db), *corpus, "--dask", address])
    finally:
        for process in (scheduler, worker):
            process.kill()
            process.wait()
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert lines[-1].startswith(f"Error: {address}: the Dask scheduler went away"), lines
    assert "articles stored before it are kept, run the same command to go on" in lines[-1]
    assert not any("Traceback" in line for line in lines)
    assert 1 <= _stored(db) < ARTICLES

    monkeypatch.setattr(dask_ingest, "_write", write)
    resumed = run(["ingest", str(db), *corpus, "--dask", cluster.scheduler_address])
    assert resumed.exit_code == 0, resumed.stderr
    assert "failed: 0" in resumed.stderr
    assert rows(db) == reference
