"""`quotedb load DB DIR`: records extracted elsewhere (`quotedb extract --output`, Parquet)
written into a database, through db/ exactly as ingest writes them: one transaction per
article, in partition order, unchanged articles skipped."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

import click

from db.store import Store, open_db
from ingest.parquet import part_files, read_part
from ingest.pipeline import EXTRACTOR_VERSION


@dataclass
class Loaded:
    articles: int = 0
    unchanged: int = 0
    quotes: int = 0
    failed: int = 0


def _stderr(line: str) -> None:
    click.echo(line, err=True)


def load(db_path: str, directory: str, report: Callable[[str], None] = _stderr) -> Loaded:
    """Write every record of the part files under `directory` into db_path."""
    try:
        parts = part_files(directory)
    except (OSError, ValueError) as e:
        raise click.ClickException(f"{directory}: cannot read: {e}") from None
    try:
        store = Store(open_db(db_path), EXTRACTOR_VERSION)
    except sqlite3.Error as e:
        raise click.ClickException(f"{db_path}: cannot open as a quotedb database: {e}") from None
    done = Loaded()
    try:
        for path in parts:
            try:
                for article, quotes in read_part(path):
                    if store.status(article) == "unchanged":
                        done.unchanged += 1
                        continue
                    done.quotes += store.save(article, quotes)
                    done.articles += 1
            except (OSError, ValueError) as e:  # a damaged part file: named, the others loaded
                done.failed += 1
                report(f"error: {path}: cannot read: {' '.join(str(e).split())}")
    finally:
        store.finish()
        store.db.close()
    report(
        f"parts: {len(parts)}, articles written: {done.articles}, unchanged: {done.unchanged}, "
        f"quotes written: {done.quotes}, failed: {done.failed}"
    )
    return done
