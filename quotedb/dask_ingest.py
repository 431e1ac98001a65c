"""The client side of `quotedb ingest/extract --dask` and `quotedb load`.

Extraction runs on a Dask cluster (dask.distributed; `local:N` starts a LocalCluster of N
worker processes on this machine). The workers list and read the sources themselves
(ingest.partitions) and send back quote records (ingest.worker); this process only writes
them, through db/ as a local ingest does: one transaction per article, in source order, so
the rows are the same as a one-process ingest's and a stopped run resumes where it stopped.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, Protocol

import click

from db import rebuild as files

# Waiting for a scheduler that does not answer: long enough for one across a network,
# short enough that a wrong address is told at once.
CONNECT_TIMEOUT = 10
# Partition size: about sixteen partitions per worker, so the last ones finish together (with
# four, a worker idled for up to an eighth of the run at its end), within bounds: small ones
# cost a task each (~1 ms of scheduler time), big ones memory on the client (a result holds
# the articles' texts and quotes).
MIN_PARTITION_BYTES = 16 * 1024
MAX_PARTITION_BYTES = 8 * 1024 * 1024
PARTITIONS_PER_WORKER = 16
# Partitions in flight per worker. Results are written in source order, so a slow partition
# at the head holds back new submissions: with two per worker the others ran dry behind it.
# The client holds at most this many results (its memory stays flat).
IN_FLIGHT_PER_WORKER = 4
# A LocalCluster (`local:N`, and the tests'): one extraction per process, as spaCy's parse is
# CPU-bound; no dashboard, and the scheduler's HTTP server (health and metrics routes, which
# it starts even without one) on a free port: with dashboard_address=None it took 8787 and
# warned when another cluster on the machine held it.
LOCAL_CLUSTER: dict[str, Any] = {
    "threads_per_worker": 1,
    "processes": True,
    "dashboard_address": ":0",
    "scheduler_kwargs": {"dashboard": False},
    "silence_logs": logging.ERROR,
}


class Counts(Protocol):
    """The ingest summary the CLI keeps (quotedb.cli.Summary)."""

    read: int
    new: int
    changed: int
    unchanged: int
    failed: int
    quotes: int
    skipped: int

    def line(self, speakers: int) -> str: ...


class ClusterError(click.ClickException):
    """The cluster cannot be reached or went away: one line, what was stored is kept."""


@dataclass
class Plan:
    partitions: list  # list[ingest.partitions.Partition]
    workers: int


Report = Callable[[str], None]


def _stderr(line: str) -> None:
    click.echo(line, err=True)


@contextlib.contextmanager
def connect(address: str, model: str | None) -> Iterator[Any]:
    """A client of the cluster at `address` (tcp://host:8786, or local:N), with the pipeline
    plugin registered on every worker."""
    if model is not None and not isinstance(model, str):
        raise ClusterError("on a Dask cluster the model is given by name: each worker loads it")
    try:
        from distributed import Client, LocalCluster

        from ingest.worker import PipelinePlugin
    except ImportError as e:
        raise click.ClickException(f"--dask needs the dask extra (pip install 'quotedb[dask]'): {e}") from None

    with contextlib.ExitStack() as stack:
        # the client's own log lines (a traceback when the scheduler goes) would bury the one
        # error line this module prints; warnings of the cluster's machinery stay out of stderr
        stack.enter_context(_quiet(logging.getLogger("distributed")))
        if address.startswith("local:"):
            try:
                n = int(address.removeprefix("local:"))
            except ValueError:
                n = 0
            if n < 1:
                raise click.BadParameter(f"{address}: local:N needs a number of workers N >= 1", param_hint="--dask")
            cluster = stack.enter_context(LocalCluster(n_workers=n, **LOCAL_CLUSTER))
            client = stack.enter_context(Client(cluster))
        else:
            try:
                client = stack.enter_context(Client(address, timeout=CONNECT_TIMEOUT))
            except (OSError, TimeoutError, ValueError) as e:
                raise ClusterError(f"{address}: cannot reach the Dask scheduler: {_reason(e)}") from None
        try:
            client.wait_for_workers(1, timeout=60)
            client.register_plugin(PipelinePlugin(model))
        except Exception as e:  # noqa: BLE001 -- a worker that cannot load the pipeline, a lost scheduler
            raise ClusterError(f"{address}: the cluster's workers cannot start: {_reason(e)}") from None
        yield client


@contextlib.contextmanager
def _quiet(logger: logging.Logger) -> Iterator[None]:
    """The logger and its children that have levels of their own at CRITICAL for the block."""
    names = [logger.name] + [n for n in logging.root.manager.loggerDict if n.startswith(logger.name + ".")]
    loggers = [logging.getLogger(n) for n in names]
    levels = [each.level for each in loggers]
    for each in loggers:
        if each is logger or each.level:
            each.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        for each, level in zip(loggers, levels):
            each.setLevel(level)


def plan(client: Any, sources: list[str], on_error: Callable[[str, str], None], on_skip: Callable[[str], None]) -> Plan:
    """The sources as partitions, listed and cut by the workers (the client reads no source)."""
    from ingest import partitions as p

    workers = max(1, len(client.scheduler_info(n_workers=-1)["workers"]))
    pieces: list[p.Piece] = []
    for listing in client.gather(client.map(p.list_source, sources, pure=False)):
        if listing.error is not None:
            on_error(listing.source, listing.error)
        for name in listing.skipped:
            on_skip(name)
        pieces.extend(listing.pieces)
    total = sum(piece.size for piece in pieces)
    every = min(MAX_PARTITION_BYTES, max(MIN_PARTITION_BYTES, total // (workers * PARTITIONS_PER_WORKER)))
    big = [k for k, piece in enumerate(pieces) if piece.is_jsonl and piece.size > every]
    cut = client.gather(client.map(p.split_piece, [pieces[k] for k in big], every=every, pure=False))
    for k, ranges in sorted(zip(big, cut), reverse=True):
        pieces[k : k + 1] = ranges
    return Plan(p.partitions(pieces, every), workers)


def in_order(client: Any, fn: Callable, partitions: list, window: int, *args: Any) -> Iterator[Any]:
    """fn(partition, *args) for each partition on the cluster, results in partition order,
    with at most `window` partitions submitted and not yet taken (memory stays flat).

    A worker that dies has its tasks run again elsewhere by the scheduler; a result is
    taken once, so nothing is written twice."""
    pending: deque = deque()
    todo = iter(partitions)
    try:
        for partition in todo:
            pending.append(
                client.submit(fn, partition, *args, pure=False, key=f"quotedb-{partition.index}-{time.time_ns()}")
            )
            if len(pending) >= window:
                yield _result(pending.popleft())
        while pending:
            yield _result(pending.popleft())
    finally:
        for future in pending:  # stopped early: what was not started is not run
            future.cancel()


def _result(future: Any) -> Any:
    import asyncio

    from distributed import KilledWorker

    try:
        return future.result()
    except KilledWorker:
        raise ClusterError(
            "a partition's task killed the workers it ran on, time after time (out of memory?): stopped"
        ) from None
    except asyncio.CancelledError as e:  # what the client's futures end with when it lost the scheduler
        raise _gone(e) from None
    except Exception as e:
        if future.status == "error":  # the task itself raised: a bug, shown whole
            raise
        raise _gone(e) from None


def _gone(e: BaseException) -> ClusterError:
    # a cancelled future says why in a paragraph; its reason is the one word needed
    return ClusterError(f"the Dask scheduler went away ({getattr(e, 'reason', None) or _reason(e)}): stopped")


def _reason(e: BaseException) -> str:
    text = " ".join(str(e).split()) or type(e).__name__
    return text if len(text) <= 200 else text[:197] + "..."


def ingest(
    db_path: str,
    sources: list[str],
    defaults: dict,
    force: bool,
    model: str | None,
    address: str,
    held: files.Held | None,
    summary: Counts,
    report: Report = _stderr,
) -> Counts:
    """Extract on the cluster, write here: the `--dask` path of `quotedb ingest`."""
    from db.store import Store, open_db
    from ingest.network import Policy
    from ingest.pipeline import EXTRACTOR_VERSION
    from ingest.worker import extract_partition

    try:
        store = Store(open_db(db_path), EXTRACTOR_VERSION)
    except sqlite3.Error as e:
        raise click.ClickException(f"{db_path}: cannot open as a quotedb database: {e}") from None

    def fail(name: str, reason: str) -> None:
        summary.failed += 1
        report(f"error: {name}: {reason}")

    def skip(name: str) -> None:
        summary.skipped += 1
        report(f"skipped: {name}: not a format quotedb reads")

    def stored() -> int:
        return summary.new + summary.changed

    seen: dict[str, str] = {}  # key -> text hash of the articles met in this run
    finish_error: sqlite3.Error | None = None
    try:
        with connect(address, model) as client:
            known = {} if force else _known(store)
            work = plan(client, sources, fail, skip)
            # scattered once to every worker, not sent with each task
            (shared,) = client.scatter([known], broadcast=True, hash=False)
            window = IN_FLIGHT_PER_WORKER * work.workers
            trusted = Policy.typed(sources)
            try:
                for outcomes in in_order(client, extract_partition, work.partitions, window, shared, defaults, trusted):
                    for outcome in outcomes:
                        _write(store, outcome, force, seen, summary, fail, report, db_path)
                        if held is not None:
                            held.check()
            except ClusterError as e:
                raise ClusterError(
                    f"{address}: {e.message}; the {stored()} articles stored before it are kept, run the same command to go on"
                ) from None
    finally:
        try:
            store.finish()
            speakers = store.counts()["speakers"]
        except sqlite3.Error as e:
            finish_error = e
        store.db.close()
    if finish_error is not None:
        raise click.ClickException(
            f"{db_path}: stopped, cannot finish: {finish_error}; the {stored()} articles stored before it are kept"
        )
    report(summary.line(speakers))
    return summary


def _known(store: Any) -> dict[str, str]:
    """key -> text hash of the articles stored at this extractor version: the ones a worker
    can skip without extracting."""
    rows = store.db.execute(
        "select key, content_hash from articles where extractor_version = ?", [store.extractor_version]
    )
    return dict(rows.fetchall())


def _write(
    store: Any,
    outcome: Any,
    force: bool,
    seen: dict[str, str],
    summary: Counts,
    fail: Callable,
    report: Report,
    db_path: str,
) -> None:
    """One item of a partition into the database, counted as the local ingest counts it."""
    item = outcome.item
    if item.skipped:
        summary.skipped += 1
        report(f"skipped: {item.name}: {item.error}")
        return
    summary.read += 1
    if outcome.unchanged is not None:
        key, digest = outcome.unchanged
        seen.setdefault(key, digest)
        summary.unchanged += 1
        return
    article = item.article
    if article is None:
        fail(item.name, item.error)
        return
    try:
        status = store.status_in_run(article, force, seen)
    except sqlite3.Error as e:
        fail(item.name, f"cannot read the database: {e}")
        return
    if status == "unchanged":
        summary.unchanged += 1
        return
    if outcome.failure is not None:
        fail(item.name, f"extraction failed: {outcome.failure}")
        return
    try:
        summary.quotes += store.save(article, outcome.quotes)
    except sqlite3.Error as e:  # its transaction rolled back: nothing of it half-stored
        if getattr(e, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL:
            raise click.ClickException(
                f"{db_path}: stopped, {e}; the {summary.new + summary.changed} articles stored before it are kept"
            ) from None
        fail(item.name, f"cannot store: {e}")
        return
    setattr(summary, status, getattr(summary, status) + 1)


def extract_to_parquet(
    sources: list[str], defaults: dict, model: str | None, address: str, output: str, report: Report = _stderr
) -> int:
    """`quotedb extract --dask --output DIR`: every partition's records as DIR/part-NNNNNN.parquet,
    written by the workers. Returns the number of inputs that failed."""
    from ingest.network import Policy
    from ingest.worker import extract_to_parquet as task

    failed = 0

    def fail(name: str, reason: str) -> None:
        nonlocal failed
        failed += 1
        report(f"error: {name}: {reason}")

    articles = quotes = 0
    with connect(address, model) as client:
        work = plan(client, sources, fail, lambda name: report(f"skipped: {name}: not a format quotedb reads"))
        window = IN_FLIGHT_PER_WORKER * work.workers
        for part in in_order(client, task, work.partitions, window, defaults, Policy.typed(sources), output):
            for name, reason in part.skipped:
                report(f"skipped: {name}: {reason}")
            for name, reason in part.failures:
                fail(name, reason)
            articles += part.articles
            quotes += part.quotes
    report(
        f"partitions written: {len(work.partitions)}, articles: {articles}, quotes: {quotes}, failed: {failed}; in {output}"
    )
    return failed
