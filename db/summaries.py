"""Counts of quotations by facet value, kept current by triggers on `quotes`.

The quotes page's facets count every quotation by speaker, outlet, year, month and day:
at 10M quotations each is a GROUP BY over the whole table, seconds apiece, on every
load of the page. A speaker's page counts their quotations by month and outlet, a scan
of all their rows. These tables hold those counts; triggers on `quotes` add and
subtract one per row inserted, deleted or moved, in the writer's own transaction, so
they are exact at every commit whatever writes (ingest, re-ingest, a hand `delete`).

Each table has its group columns and `n`; NULL is a value of its own (matched with IS),
and a group whose count falls to zero is removed, so a table always equals
`select cols, count(*) from quotes group by cols`.
"""

from __future__ import annotations

import sqlite_utils
from sqlite_utils.db import DescIndex

from . import speaker_counts
from .triggers import ensure_triggers

# table name -> the quotes columns it groups by
SUMMARIES: dict[str, list[str]] = {
    # the quotes page's facets with no filter (metadata.yml)
    "quote_counts_speaker": ["speaker_id"],
    "quote_counts_outlet": ["outlet_id"],
    "quote_counts_year": ["published_year"],
    "quote_counts_month": ["published_month"],
    "quote_counts_day": ["published"],
    # the same facets with one filter on a speaker, an outlet or a year, the clicks that
    # leave the most rows (a pair serves either of its columns as the filter); and a
    # speaker's page: their months (the chart), outlets and articles
    "speaker_outlet_counts": ["speaker_id", "outlet_id"],
    "speaker_year_counts": ["speaker_id", "published_year"],
    "speaker_month_counts": ["speaker_id", "published_month"],
    "speaker_article_counts": ["speaker_id", "article_id"],
    "outlet_year_counts": ["outlet_id", "published_year"],
    "outlet_month_counts": ["outlet_id", "published_month"],
    "outlet_day_counts": ["outlet_id", "published"],
    "year_month_counts": ["published_year", "published_month"],
    "year_day_counts": ["published_year", "published"],
}

# the quotes column a one-column summary table counts
FACET_TABLES: dict[str, str] = {cols[0]: name for name, cols in SUMMARIES.items() if len(cols) == 1}


# (a date column, a coarser one): the coarser is the first N characters of the finer, as
# db/store.py derives a quotation's month and year from its day (`published`)
DATE_PREFIXES: dict[tuple[str, str], int] = {
    ("published", "published_month"): 7,
    ("published", "published_year"): 4,
    ("published_month", "published_year"): 4,
}


def pair_table(filter_column: str, facet_column: str) -> str | None:
    """The summary table counting facet_column's values among the rows with one filter_column value."""
    if filter_column == facet_column:
        return FACET_TABLES.get(filter_column)
    for name, cols in SUMMARIES.items():
        if set(cols) == {filter_column, facet_column} and len(cols) == 2:
            return name
    return None


TRIGGERS = {"insert": "quotes_summaries_ai", "delete": "quotes_summaries_ad", "update": "quotes_summaries_au"}


def _match(cols: list[str], row: str) -> str:
    return " and ".join(f"[{c}] is {row}.[{c}]" for c in cols)


def _add(table: str, cols: list[str]) -> str:
    names = ", ".join(f"[{c}]" for c in cols)
    values = ", ".join(f"new.[{c}]" for c in cols)
    return (
        f"insert into [{table}] ({names}, n) select {values}, 0 "
        f"where not exists (select 1 from [{table}] where {_match(cols, 'new')});\n"
        f"  update [{table}] set n = n + 1 where {_match(cols, 'new')};"
    )


def _subtract(table: str, cols: list[str]) -> str:
    return (
        f"update [{table}] set n = n - 1 where {_match(cols, 'old')};\n"
        f"  delete from [{table}] where {_match(cols, 'old')} and n = 0;"
    )


# SQLite keeps a trigger's SQL as written except `CREATE TRIGGER`, which it stores in capitals:
# written in lower case, no stored trigger ever matched, and every ensure_shape (every ingest,
# every open) recounted every table, 333 s at 10M quotations.
def _trigger_sql() -> dict[str, str]:
    columns = sorted({c for cols in SUMMARIES.values() for c in cols})
    adds = "\n  ".join(_add(t, c) for t, c in SUMMARIES.items())
    subs = "\n  ".join(_subtract(t, c) for t, c in SUMMARIES.items())
    changed = " or ".join(f"old.[{c}] is not new.[{c}]" for c in columns)
    of = ", ".join(f"[{c}]" for c in columns)
    return {
        TRIGGERS["insert"]: f"CREATE TRIGGER [{TRIGGERS['insert']}] after insert on quotes begin\n  {adds}\nend",
        TRIGGERS["delete"]: f"CREATE TRIGGER [{TRIGGERS['delete']}] after delete on quotes begin\n  {subs}\nend",
        TRIGGERS["update"]: (
            f"CREATE TRIGGER [{TRIGGERS['update']}] after update of {of} on quotes when {changed} begin\n"
            f"  {subs}\n  {adds}\nend"
        ),
    }


def rebuild_summaries(db: sqlite_utils.Database) -> None:
    """Recount every summary table from `quotes` (one GROUP BY each), and db/speaker_counts.py's."""
    for table, cols in SUMMARIES.items():
        names = ", ".join(f"[{c}]" for c in cols)
        db.execute(f"delete from [{table}]")
        db.execute(f"insert into [{table}] ({names}, n) select {names}, count(*) from quotes group by {names}")
    if db[speaker_counts.TABLE].exists():
        speaker_counts.recount(db)


def ensure_summaries(db: sqlite_utils.Database) -> None:
    """Make the summary tables and their triggers; recount when any was missing.

    A missing table or trigger means the counts may not have followed `quotes` (an older
    quotedb, a bulk load that dropped the triggers): they are counted again from scratch.
    """
    stale = False
    # the columns typed as in `quotes`, so a filter's value compares as it does there
    types = {r[1]: r[2] for r in db.execute("pragma table_info(quotes)").fetchall()}
    for table, cols in SUMMARIES.items():
        if not db[table].exists():
            columns = ", ".join(f"[{c}] {types.get(c, '')}".rstrip() for c in cols)
            db.execute(f"create table [{table}] ({columns}, n integer not null)")
            stale = True
        # unique on the group (NULLs are kept apart by the triggers' IS match), and the
        # largest counts first for each facet without sorting every value
        db[table].create_index(cols, unique=True, if_not_exists=True)
        if len(cols) == 1:
            db[table].create_index([DescIndex("n"), cols[0]], if_not_exists=True)
        else:
            for first, second in (cols, cols[::-1]):
                if second in FACET_TABLES:
                    db[table].create_index([first, DescIndex("n"), second], if_not_exists=True)
    if ensure_triggers(db, ("quotes",), _trigger_sql()):
        stale = True
    if stale:
        rebuild_summaries(db)
    # per speaker, their distinct quotations and reports in copies (after the counts above,
    # which its recount reads)
    speaker_counts.ensure(db)
