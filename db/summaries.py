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

# table name -> the quotes columns it groups by
SUMMARIES: dict[str, list[str]] = {
    # the quotes page's facets with no filter (metadata.yml)
    "quote_counts_speaker": ["speaker_id"],
    "quote_counts_outlet": ["outlet_id"],
    "quote_counts_year": ["published_year"],
    "quote_counts_month": ["published_month"],
    "quote_counts_day": ["published"],
    # a speaker's page: their months (the chart) and outlets, and how many articles quote them
    "speaker_month_counts": ["speaker_id", "published_month"],
    "speaker_outlet_counts": ["speaker_id", "outlet_id"],
    "speaker_article_counts": ["speaker_id", "article_id"],
}

# the quotes column a one-column summary table counts
FACET_TABLES: dict[str, str] = {cols[0]: name for name, cols in SUMMARIES.items() if name.startswith("quote_counts_")}

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


def _trigger_sql() -> dict[str, str]:
    columns = sorted({c for cols in SUMMARIES.values() for c in cols})
    adds = "\n  ".join(_add(t, c) for t, c in SUMMARIES.items())
    subs = "\n  ".join(_subtract(t, c) for t, c in SUMMARIES.items())
    changed = " or ".join(f"old.[{c}] is not new.[{c}]" for c in columns)
    of = ", ".join(f"[{c}]" for c in columns)
    return {
        TRIGGERS["insert"]: f"create trigger [{TRIGGERS['insert']}] after insert on quotes begin\n  {adds}\nend",
        TRIGGERS["delete"]: f"create trigger [{TRIGGERS['delete']}] after delete on quotes begin\n  {subs}\nend",
        TRIGGERS["update"]: (
            f"create trigger [{TRIGGERS['update']}] after update of {of} on quotes when {changed} begin\n"
            f"  {subs}\n  {adds}\nend"
        ),
    }


def rebuild_summaries(db: sqlite_utils.Database) -> None:
    """Recount every summary table from `quotes` (one GROUP BY each)."""
    for table, cols in SUMMARIES.items():
        names = ", ".join(f"[{c}]" for c in cols)
        db.execute(f"delete from [{table}]")
        db.execute(f"insert into [{table}] ({names}, n) select {names}, count(*) from quotes group by {names}")


def ensure_summaries(db: sqlite_utils.Database) -> None:
    """Make the summary tables and their triggers; recount when any was missing.

    A missing table or trigger means the counts may not have followed `quotes` (an older
    quotedb, a bulk load that dropped the triggers): they are counted again from scratch.
    """
    stale = False
    for table, cols in SUMMARIES.items():
        if not db[table].exists():
            # no declared types: the values are stored as `quotes` holds them
            names = ", ".join(f"[{c}]" for c in cols)
            db.execute(f"create table [{table}] ({names}, n integer not null)")
            stale = True
        # unique on the group (NULLs are kept apart by the triggers' IS match), and, for a
        # facet, the largest counts first without sorting every value
        db[table].create_index(cols, unique=True, if_not_exists=True)
        if len(cols) == 1:
            db[table].create_index([DescIndex("n"), cols[0]], if_not_exists=True)
    existing = {t.name: t.sql for t in db["quotes"].triggers}
    for name, sql in _trigger_sql().items():
        if existing.get(name) != sql:
            if name in existing:
                db.execute(f"drop trigger [{name}]")
            db.execute(sql)
            stale = True
    if stale:
        rebuild_summaries(db)
