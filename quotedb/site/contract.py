"""Which tables and columns the site's hooks act on, as metadata.yml says under
`plugins: quotedb:` (read with Datasette's plugin_config), so the names live in one place:

- a table's `mark:` columns get the search's words marked, and its `page:` names the row
  page (speaker, quote, outlet, article) whose data it gets;
- a table's `links:` (or, for canned queries, the database's) make result columns links:
  `{column: {table: T, id: ID_COLUMN}}` to the row of T whose key is in ID_COLUMN (the cell
  itself when no id is given), or `{column: {url: URL_COLUMN}}` to an http(s) address;
- the database's `search_args:` are the request arguments that hold a search, and its
  `mark:` the query result columns to mark.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import Any

CONFIG = "quotedb"


@dataclass(frozen=True)
class Contract:
    """What the hooks do in one table (or, table None, in one database's canned queries)."""

    mark: frozenset[str] = frozenset()
    links: dict[str, dict[str, str]] = field(default_factory=dict)
    page: str | None = None
    search_args: tuple[str, ...] = ()


def _config(datasette: Any, database: str | None, table: str | None) -> dict:
    if database is None:
        return {}
    if table is None:
        return datasette.plugin_config(CONFIG, database=database) or {}
    # a table's own section only: the database's is for its canned queries
    return datasette.plugin_config(CONFIG, database=database, table=table, fallback=False) or {}


# render_cell asks for every cell of a page: read metadata once per table
@functools.lru_cache(maxsize=256)
def contract(datasette: Any, database: str | None, table: str | None) -> Contract:
    config = _config(datasette, database, table)
    search_args = _config(datasette, database, None).get("search_args") or ()
    return Contract(
        mark=frozenset(config.get("mark") or ()),
        links=dict(config.get("links") or {}),
        page=config.get("page"),
        search_args=tuple(search_args),
    )
