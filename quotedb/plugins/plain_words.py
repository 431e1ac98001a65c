"""Plain words where Datasette shows database words.

- Facet headings, and the names of columns on a page, from `labels` in metadata.yml
  (`plugins: quotedb: labels:` of a table): Speaker, not speaker_id.
- The canned queries' form fields, from `parameters` (`plugins: quotedb:` of the database).
- Breadcrumbs: Home / All data / Quotations, not home / quotes / quotes.
- The filter form's column choices: "Speaker", sending speaker_id as before.
- What a filtered quotes page shows, in words: "said by Marta Quillfeather in 2024,
  matching “wall”", not "where speaker_id = 3".
"""

from __future__ import annotations

import re

from datasette import hookimpl
from markupsafe import Markup, escape

CONFIG = "quotedb"

# what a reader calls each of our tables
TABLE_NAMES = {
    "quotes": "Quotations",
    "quotes_export": "Quotations for export",
    "speakers": "Speakers",
    "outlets": "Outlets",
    "articles": "Articles",
}

DATE_FILTERS = {"published_year": "in {}", "published_month": "in {}", "published": "on {}"}


def labels(datasette, database: str | None, table: str | None) -> dict[str, str]:
    config = datasette.plugin_config(CONFIG, database=database, table=table) or {} if database else {}
    return dict(config.get("labels") or {})


def parameters(datasette, database: str | None, key: str = "parameters") -> dict[str, str]:
    """The canned queries' words for their form fields (`parameters`) or result columns (`columns`)."""
    config = datasette.plugin_config(CONFIG, database=database) or {} if database else {}
    return dict(config.get(key) or {})


def table_name(datasette, database: str | None, table: str) -> str:
    if table in TABLE_NAMES:
        return TABLE_NAMES[table]
    title = (datasette.metadata(database=database, table=table) or {}).get("title") if database else None
    return title or table.replace("_", " ")


async def _name_of(db, table: str, column: str, pk: str) -> str | None:
    try:
        row = (await db.execute(f"select {column} from {table} where id = ?", [int(pk)])).first()
    except (ValueError, TypeError):
        return None
    return row[0] if row else None


# the query string arguments a plain description covers; any other filter keeps Datasette's
_PLAIN_ARGS = {
    "speaker_id",
    "speaker_id__isnull",
    "outlet_id",
    "article_id",
    "_search",
    "_sort",
    "_sort_desc",
    "_facet",
    "_size",
    "_next",
    "_labels",
    "_wide",
    "_col",
    "_nocol",
    *DATE_FILTERS,
}


async def plain_description(datasette, database: str, args) -> str | None:
    """What the quotes shown are, in words, or None if a filter has no plain wording."""
    # the filter form sends `speaker_id__exact=3`, a link `speaker_id=3`: the same filter
    args = {key.removesuffix("__exact"): args.get(key) for key in args.keys()}
    if any(key not in _PLAIN_ARGS for key in args):
        return None
    db = datasette.get_database(database)
    parts = []
    if args.get("speaker_id__isnull") == "1":
        parts.append("with no known speaker")
    if args.get("speaker_id"):
        parts.append(f"said by {await _name_of(db, 'speakers', 'name', args['speaker_id']) or 'nobody known'}")
    if args.get("outlet_id"):
        parts.append(f"in {await _name_of(db, 'outlets', 'name', args['outlet_id']) or 'an unknown outlet'}")
    if args.get("article_id"):
        parts.append(f"in the article “{await _name_of(db, 'articles', 'title', args['article_id']) or 'untitled'}”")
    for column, wording in DATE_FILTERS.items():
        if args.get(column):
            parts.append(wording.format(args[column]))
    if args.get("_search"):
        parts.append(f"matching “{args['_search']}”")
    sort = args.get("_sort") or args.get("_sort_desc") or "published"
    if sort == "published":
        parts.append("oldest first" if args.get("_sort") else "newest first")
    return ", ".join(parts)


def _crumbs(datasette):
    async def crumb_items(request, table=None, database=None):
        items = [{"href": datasette.urls.instance(), "label": "Home"}]
        if database:
            items.append({"href": datasette.urls.database(database), "label": "All data"})
        if table:
            items.append(
                {"href": datasette.urls.table(database, table), "label": table_name(datasette, database, table)}
            )
        return items

    return crumb_items


@hookimpl
def extra_template_vars(view_name, database, table, request, datasette):
    async def plain_vars():
        found = {"crumb_items": _crumbs(datasette), "quotedb_labels": labels(datasette, database, table)}
        if view_name == "table" and table:
            found["quotedb_table_name"] = table_name(datasette, database, table)
        if view_name == "table" and table in ("quotes", "quotes_export") and request is not None:
            described = await plain_description(datasette, database, request.args)
            if described is not None:
                # Datasette's "where speaker_id = 3" in the heading and the tab title
                found["human_description_en"] = described
        if database:  # the canned query pages (Datasette 0.65 names their view "")
            found["quotedb_parameters"] = parameters(datasette, database)
            found["quotedb_columns"] = parameters(datasette, database, "columns")
        return found

    return plain_vars


# Datasette 0.65's filter form lists columns as `<option>speaker_id</option>` (the text is
# the value sent); the label goes in the text and the column into `value`.
_COLUMN_OPTION = re.compile(r"<option( selected)?>([A-Za-z0-9_]+)</option>")


def relabel_options(html: str, column_labels: dict[str, str]) -> Markup:
    """The filter form's column choices in the table's words."""

    def plain(match: re.Match) -> str:
        selected, column = match.group(1) or "", match.group(2)
        if column not in column_labels:
            return match.group(0)
        return f'<option value="{escape(column)}"{selected}>{escape(column_labels[column])}</option>'

    return Markup(_COLUMN_OPTION.sub(plain, str(html)))


@hookimpl
def prepare_jinja2_environment(env):
    env.filters["quotedb_relabel_options"] = relabel_options


def _word_list(value) -> str | None:
    import json

    try:
        items = json.loads(value)
    except (TypeError, ValueError):
        return None
    if not isinstance(items, list):
        return None
    return ", ".join(str(i) for i in items)


@hookimpl
def render_cell(value, column, table):
    # aliases are stored as a JSON list: shown as the names, separated by commas
    if column == "aliases" and table == "speakers" and isinstance(value, str):
        words = _word_list(value)
        if words is not None:
            return escape(words) if words else escape("none")
    return None
