"""Export links of the quotes page that carry names beside the ids.

The quotes table holds ids (speaker_id, outlet_id, article_id); a spreadsheet needs the
speaker's and outlet's names and the article's title and url. The view quotes_export
(db/schema.py) has them under the same column names as quotes, so the page's filters,
search and sort apply to it unchanged: its links are the page's query string on that view.
`plugins: quotedb: export:` of a table in metadata.yml names the view.
"""

from __future__ import annotations

import urllib.parse

from datasette import hookimpl

# what only the page uses: paging, facets and the choice of columns shown
PAGE_ONLY = {"_next", "_facet", "_facet_size", "_wide", "_col", "_nocol", "_labels", "_size"}


def export_links(datasette, database: str, view: str, table: str, args: list[tuple[str, str]]) -> dict[str, str]:
    kept = [(k, v) for k, v in args if k not in PAGE_ONLY]

    def url(fmt: str, extra: list[tuple[str, str]]) -> str:
        return datasette.urls.table(database, view, format=fmt) + "?" + urllib.parse.urlencode(kept + extra)

    return {
        "CSV": url("csv", [("_stream", "on"), ("_dl", "on")]),
        "JSON": url("json", [("_shape", "array"), ("_size", "max")]),
        # the citations of the quotations shown (quotedb/plugins/cite.py), from the table itself
        "BibTeX": datasette.urls.table(database, table, format="bib") + "?" + urllib.parse.urlencode(kept),
        "CSL-JSON": datasette.urls.table(database, table, format="csljson") + "?" + urllib.parse.urlencode(kept),
    }


@hookimpl
def extra_template_vars(view_name, database, table, request, datasette):
    if view_name != "table" or not table or request is None:
        return None
    view = (datasette.plugin_config("quotedb", database=database, table=table) or {}).get("export")
    if not view:
        return None
    args = urllib.parse.parse_qsl(request.query_string, keep_blank_values=True)
    return {"quotedb_export": export_links(datasette, database, view, table, args)}
