"""What a Dask worker runs for `quotedb ... --dask`: the pipeline, loaded once, and the tasks.

The client registers `PipelinePlugin` (Client.register_plugin): every worker, including one
that joins or restarts mid-run, loads the spaCy pipeline once in its setup. A task reads
one partition itself (ingest.partitions), extracts the articles the database does not
already hold as they are, and sends back only records: articles with their quotes, and a
bare skip for unchanged ones. Nothing here knows the database or the client.
"""

from __future__ import annotations

import ctypes
import os
from dataclasses import dataclass

from distributed.diagnostics.plugin import WorkerPlugin
from spacy.language import Language
from threadpoolctl import threadpool_limits

from .network import Policy
from .partitions import Partition, read_partition
from .pipeline import extract_many
from .records import Item, Quote

_nlp: Language | None = None  # the pipeline of this worker process, set by the plugin


class PipelinePlugin(WorkerPlugin):
    """Loads the pipeline into the worker process once, before its first task."""

    name = "quotedb-pipeline"
    idempotent = True  # registered again by the next run on the same cluster: nothing to redo

    def __init__(self, model: str | None = None):
        self.model = model

    def setup(self, worker) -> None:  # type: ignore[no-untyped-def]
        global _nlp
        from .nlp import load

        # one BLAS thread per worker process, as ingest.parallel does for --jobs: N workers
        # on N cores, each with N BLAS threads, ran at half the speed
        threadpool_limits(1)
        _undo_malloc_trim()
        _nlp = load(self.model)


def _undo_malloc_trim() -> None:
    """Give glibc's malloc back its dynamic thresholds in a worker that a Dask nanny started.

    The nanny sets MALLOC_TRIM_THRESHOLD_=65536 (distributed.nanny.pre-spawn-environ) so that
    workers hand freed memory back to the system. Setting it also freezes the mmap threshold
    at 128 kB, so each of the parse's larger arrays is an mmap and a munmap, and memory goes
    back and forth to the system: extraction ran 20-30% slower than in a --jobs worker on the
    same machine (dev, 100 articles, local:2: 12.3-12.9 s against 8.9-10.9 s without it).
    Large thresholds, set here, serve the parse's allocations from the heap again."""
    if "MALLOC_TRIM_THRESHOLD_" not in os.environ:
        return
    try:
        libc = ctypes.CDLL("libc.so.6")
    except OSError:  # not glibc: the variable means nothing there
        return
    m_trim_threshold, m_mmap_threshold = -1, -3  # malloc.h
    libc.mallopt(m_mmap_threshold, 32 << 20)  # glibc's own ceiling for the dynamic threshold
    libc.mallopt(m_trim_threshold, 64 << 20)


def pipeline() -> Language:
    if _nlp is None:
        raise RuntimeError("the quotedb pipeline is not loaded on this worker (PipelinePlugin not registered)")
    return _nlp


@dataclass
class Outcome:
    """One item of a partition as the client needs it to write.

    An unchanged article comes back without its text (`unchanged` holds its key and hash);
    an extracted one with its quotes, or the one-line reason its extraction failed."""

    item: Item
    quotes: list[Quote] | None = None
    failure: str | None = None
    unchanged: tuple[str, str] | None = None


def extract_partition(partition: Partition, known: dict[str, str], defaults: dict, trusted: Policy) -> list[Outcome]:
    """The partition's items, extracted unless `known` (key -> text hash of the articles the
    database holds at this extractor version) says the database has them as they are."""
    outcomes: list[Outcome] = []
    todo: list[tuple[str, Outcome]] = []
    for item in read_partition(partition, defaults, trusted):
        outcome = Outcome(item)
        outcomes.append(outcome)
        article = item.article
        if article is None:
            continue
        if known.get(article.key) == article.content_hash:
            outcome.unchanged = (article.key, article.content_hash)
            item.article = None  # its text need not travel back
            continue
        todo.append((article.text, outcome))
    for extracted, outcome in extract_many(todo, pipeline(), with_copy_keys=True):
        if isinstance(extracted, Exception):
            outcome.failure = str(extracted)
        else:
            outcome.quotes = extracted.quotes
            outcome.item.article.copy_keys = extracted.copy_keys
    return outcomes


@dataclass
class PartWritten:
    """What a partition written as Parquet held: counts, and the lines the client prints."""

    articles: int
    quotes: int
    failures: list[tuple[str, str]]  # (name, reason)
    skipped: list[tuple[str, str]]  # files of a format quotedb does not read


def extract_to_parquet(partition: Partition, defaults: dict, trusted: Policy, output: str) -> PartWritten:
    """Extract every article of the partition and write them, with their quotes, to the
    partition's own Parquet file under `output` (a rerun overwrites it whole)."""
    from .parquet import write_part

    outcomes = extract_partition(partition, {}, defaults, trusted)
    written = [(o.item.article, o.quotes) for o in outcomes if o.item.article is not None and o.quotes is not None]
    write_part(output, partition.index, written)
    failures, skipped = [], []
    for o in outcomes:
        if o.item.skipped:
            skipped.append((o.item.name, o.item.error or ""))
        elif o.item.article is None:
            failures.append((o.item.name, o.item.error or ""))
        elif o.failure is not None:
            failures.append((o.item.name, f"extraction failed: {o.failure}"))
    return PartWritten(len(written), sum(len(q) for _, q in written), failures, skipped)
