"""Quotations as citations: `.bib` (BibTeX) and `.csljson` (CSL-JSON) downloads.

Offered on a quote's page (`/db/quotes/7.bib`) and on the quotes table, where they cite
the quotations on the page, filters and search applied (`/db/quotes.bib?speaker_id=3`).
The formats themselves are in quotedb/citation.py.
"""

from __future__ import annotations

from datasette import hookimpl

from quotedb.citation import Citation, bibtex, csl_json

CITE_SQL = """
select quotes.id, quotes.quote, quotes.speaker_name, quotes.speaker_role, quotes.published,
       speakers.name as speaker, speakers.role as role, outlets.name as outlet,
       articles.title as article_title, articles.url as article_url, articles.author as article_author
from quotes left join speakers on speakers.id = quotes.speaker_id
left join outlets on outlets.id = quotes.outlet_id
left join articles on articles.id = quotes.article_id
where quotes.id in ({})
"""


def _can_render(table, columns, view_name):
    return table == "quotes" and view_name in ("row", "table") and "id" in (columns or [])


async def citations(datasette, database: str, ids: list[int]) -> list[Citation]:
    """The citations of quotations `ids`, in that order."""
    if not ids:
        return []
    db = datasette.get_database(database)
    result = await db.execute(CITE_SQL.format(", ".join("?" * len(ids))), ids)
    by_id = {row["id"]: Citation.from_row(dict(row)) for row in result.rows}
    return [by_id[i] for i in ids if i in by_id]


def _renderer(extension: str, content_type: str, write):
    async def render(datasette, database, table, rows, columns, view_name):
        ids = [row["id"] for row in rows if row["id"] is not None]
        cited = await citations(datasette, database, ids)
        name = f"quote-{ids[0]}" if view_name == "row" and ids else "quotations"
        return {
            "body": write(cited),
            "content_type": content_type,
            "headers": {"content-disposition": f'attachment; filename="{name}.{extension}"'},
        }

    return {"extension": extension, "render": render, "can_render": _can_render}


@hookimpl
def register_output_renderer(datasette):
    return [
        _renderer("bib", "application/x-bibtex; charset=utf-8", bibtex),
        _renderer("csljson", "application/vnd.citationstyles.csl+json; charset=utf-8", csl_json),
    ]
