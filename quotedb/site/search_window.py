"""A table's own search (`?_search=`) within a window of its newest matches.

Datasette's table search is `id in (select rowid from FTS where FTS match ...)`: the page's
rows, count and every facet then read every match. At 10M quotations `?_search=housing`
matches ~400,000 and the page passed the 3 s query limit ("SQL Interrupted"). A table with
`search_window: N` in its metadata searches the N most recently added matches only (the
highest rowids, which FTS5 reads newest first and stops): its rows, its count and its
facets are those N at most, and other filters narrow them (metadata.yml sets 5,000 for the
quotes table, and says why). The ranked search page keeps its own window of 20,000, ranked
by the FTS index alone and narrowed by its filters first.

What it gives up, which the page says when it happens (templates/table.html): a search
matching more than N quotations shows, counts and facets only the newest N, so an older
match is found by a narrower search or the search page's speaker, outlet and dates.

Datasette adds its search clause in datasette.filters' `search_filters`; two clauses would
still read every match, so `install` takes that module's hooks out and registers this
module, which holds its other two (`where_filters`, `through_filters`) unchanged and a
search hook that windows the tables configured so and leaves the others to Datasette's.
"""

from __future__ import annotations

import sys

from datasette import filters as datasette_filters
from datasette import hookimpl
from datasette.filters import FilterArguments, through_filters, where_filters  # noqa: F401  (registered here)
from datasette.plugins import pm
from datasette.utils import escape_sqlite

CONFIG_KEY = "search_window"
DEFAULT_HOOKS = "datasette.filters"
NAME = "quotedb.search_window"


def window_of(datasette, database: str, table: str) -> int | None:
    """The table's configured window, or None (Datasette's search, every match)."""
    value = (datasette.table_metadata(database, table) or {}).get(CONFIG_KEY)
    try:
        window = int(value)
    except (TypeError, ValueError):
        return None
    return window if window > 0 else None


@hookimpl(specname="filters_from_request")
def windowed_search_filters(request, database, table, datasette):
    window = window_of(datasette, database, table) if table else None
    # a column search (`_search_quote=`) keeps Datasette's: quotes_fts has one column, so
    # `_search` is the same search, and the one the page's form sends
    if window is None or "_search" not in request.args:
        return datasette_filters.search_filters(request, database, table, datasette)

    async def inner():
        table_metadata = datasette.table_metadata(database, table)
        db = datasette.get_database(database)
        fts_table = request.args.get("_fts_table") or table_metadata.get("fts_table") or await db.fts_table(table)
        if not fts_table:
            return FilterArguments([], {}, [], {"supports_search": False})
        fts_pk = request.args.get("_fts_pk", table_metadata.get("fts_pk", "rowid"))
        raw = request.args.get("_searchmode", table_metadata.get("searchmode")) == "raw"
        match = ":search" if raw else "escape_fts(:search)"
        search = request.args["_search"]
        fts = escape_sqlite(fts_table)
        newest = f"select rowid from {fts} where {fts} match {match} order by rowid desc limit {window}"
        # whether there are more matches than the window: reads window + 1 rowids, no rows
        beyond = (
            await db.execute(
                f"select count(*) > {window} from (select rowid from {fts} where {fts} match {match} limit {window + 1})",
                {"search": search},
            )
        ).first()[0]
        description = f'search matches "{search}"' + (f" (the {window:,} newest matches)" if beyond else "")
        return FilterArguments(
            [f"{escape_sqlite(fts_pk)} in ({newest})"],
            {"search": search},
            [description],
            {"supports_search": True, "search": search, "quotedb_search_window": window if beyond else None},
        )

    return inner


def install() -> None:
    """Datasette's filter hooks replaced by this module's (idempotent: every Datasette made
    in one process loads the plugins directory again)."""
    if pm.get_plugin(DEFAULT_HOOKS) is not None:
        pm.unregister(name=DEFAULT_HOOKS)
    if pm.get_plugin(NAME) is None:
        pm.register(sys.modules[__name__], name=NAME)
