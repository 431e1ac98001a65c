"""The Datasette hooks of the quotedb site, registered by quotedb/plugins/quotedb_site.py.

- SQL functions quotedb_fts(q) and quotedb_phrase(q) (search.py); the same function
  replaces Datasette's escape_fts, so the tables' ?_search= reads searches the same way.
- The search's words marked in the columns metadata.yml names (`mark:`), wherever a search
  was made (the request arguments `search_args:`), the text escaped first.
- In canned-query results and the views metadata.yml names, columns shown as links (`links:`).
- The data of the row pages (`page:`), from pages.py.
- On a query page, which page of its results is shown and the links to the others
  (canned queries with `page_size:`), from paging.py.
"""

from __future__ import annotations

import contextvars
import urllib.parse
from collections.abc import Mapping
from types import MappingProxyType

from datasette import hookimpl
from datasette.utils import tilde_decode, tilde_encode
from markupsafe import Markup, escape

from quotedb.quotation import display_quote

from .cells import cells_by_column, link, result_rows, safe_url, table_url
from .contract import contract
from .pages import PAGES
from .paging import page_of
from .search import fts_phrase, fts_query, marked

# the query string of the request being answered, for render_cell (which is not given it)
_query_args: contextvars.ContextVar[Mapping[str, str]] = contextvars.ContextVar(
    "quotedb_query_args", default=MappingProxyType({})
)


@hookimpl(trylast=True)
def prepare_connection(conn):
    conn.create_function("quotedb_fts", 1, fts_query, deterministic=True)
    conn.create_function("quotedb_phrase", 1, fts_phrase, deterministic=True)
    # The table pages' ?_search= (searchmode: escaped) runs `match escape_fts(:search)`;
    # registered after Datasette's own escape_fts, this gives it the same syntax as the
    # search query: words, "phrases", prefix*; never an FTS5 syntax error.
    conn.create_function("escape_fts", 1, fts_query, deterministic=True)


@hookimpl
def prepare_jinja2_environment(env):
    env.filters["quotedb_cells_by_column"] = cells_by_column
    env.filters["quotedb_result_rows"] = result_rows


@hookimpl
def asgi_wrapper(datasette):
    def wrap(app):
        async def remember_query(scope, receive, send):
            token = None
            if scope.get("type") == "http":
                qs = scope.get("query_string", b"").decode("utf-8", "replace")
                token = _query_args.set(dict(urllib.parse.parse_qsl(qs, keep_blank_values=True)))
            try:
                await app(scope, receive, send)
            finally:
                if token is not None:
                    _query_args.reset(token)

        return remember_query

    return wrap


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    terms = contract(datasette, database, table)
    if column in terms.mark and isinstance(value, str):
        shown = display_quote(value)
        args = _query_args.get()
        search = next((args[a] for a in terms.search_args if args.get(a)), None)
        if search:
            result = marked(shown, search)
            if result is not None:
                return result
        if shown != value:
            return escape(shown)
    target = terms.links.get(column)
    if target is None or value is None:
        return None
    keys = row.keys() if hasattr(row, "keys") else []
    if "url" in target:
        href = safe_url(row[target["url"]]) if target["url"] in keys else None
        return link(href, value) if href else None
    key = value
    if "id" in target:
        if target["id"] not in keys or row[target["id"]] is None:
            return None
        key = row[target["id"]]
    href = f"{table_url(datasette, database, target['table'])}/{tilde_encode(str(key))}"
    if "id" not in target:  # the cell is the row's number: `open #12`
        return link(href, Markup("open&nbsp;#") + escape(str(value)))
    return link(href, value)


async def _quotes_database(datasette) -> str | None:
    for name, db in datasette.databases.items():
        if name != "_internal" and await db.table_exists("quotes") and await db.table_exists("quotes_fts"):
            return name
    return None


@hookimpl
def extra_template_vars(template, database, table, view_name, request, datasette):
    if view_name == "index":

        async def index_vars():
            return {"quotedb_database": await _quotes_database(datasette)}

        return index_vars
    if table is None and database and request is not None and view_name != "row":
        # a query page: which page of its results, for queries with a page_size (paging.py)
        args = urllib.parse.parse_qsl(request.query_string, keep_blank_values=True)
        return {"quotedb_page": page_of(request.path, args)}
    if view_name != "row" or request is None:
        return None
    page = PAGES.get(contract(datasette, database, table).page)
    if page is None:
        return None

    async def row_vars():
        try:
            pk = int(tilde_decode(request.url_vars["pks"]))
        except (KeyError, ValueError):
            return {}
        data = await page(datasette.get_database(database), pk)
        return {"quotedb": data} if data else {}

    return row_vars
