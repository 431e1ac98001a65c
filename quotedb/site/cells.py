"""Table and query cells: addresses that may be links, and links made safely."""

from __future__ import annotations

import functools
import re
from typing import Any

from datasette.utils import to_css_class
from markupsafe import Markup, escape


def safe_url(url) -> str | None:
    """url if it is an http(s) address, else None (no javascript: links from article data)."""
    if isinstance(url, str) and re.match(r"https?://", url.strip(), re.I):
        return url.strip()
    return None


# render_cell makes a link for each of 5 cells a row of the search page: Markup.format (an
# escaping string.Formatter) took 14 us a link, this 4 us, with the same escaping
def link(href: str, text, **attributes: str) -> Markup:
    extra = "".join(f' {name}="{escape(value)}"' for name, value in attributes.items())
    return Markup(f'<a{extra} href="{escape(href)}">{escape(text)}</a>')


# datasette.urls.table looks up the database and the base_url setting each time (10 us); a
# page of search results asks it 300 times for the same few tables
@functools.lru_cache(maxsize=256)
def table_url(datasette: Any, database: str, table: str) -> str:
    """The address of a table, as datasette.urls.table gives it, for one Datasette instance."""
    return str(datasette.urls.table(database, table))


# the quotes page's template picks 7 of a row's 21 cells by name: made in its own Jinja
# loop (async, a chunk at a time) this map cost the outlet-month page ~5 ms of CPU at 1M
def cells_by_column(row: list[dict]) -> dict[str, dict]:
    """A row of Datasette's table page (its cells) by column name."""
    return {cell["column"]: cell for cell in row}


# a query page's rows in one call: the template's own loop over every cell, which
# Datasette's Jinja (async) renders a chunk at a time, took ~5 chunks a cell
def result_rows(rows: list, columns: list[str]) -> Markup:
    """The <tr> of each row of a query's results, a <td class="col-COLUMN"> for each cell
    (its value as render_cell gave it, escaped unless it is markup)."""
    cells = [f'<td class="col-{escape(to_css_class(c))}">' for c in columns]
    return Markup(
        "\n".join(
            "<tr>" + "".join(f"{td}{escape(value)}</td>" for td, value in zip(cells, row)) + "</tr>" for row in rows
        )
    )
