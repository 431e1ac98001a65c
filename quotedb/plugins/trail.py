"""The quote trail and attribution conflicts (issue 13), on the groups db/groups.py keeps.

- A quotation's page gets `quotedb_trail`: who reported it first and when, then every report
  in date order, with its wording where it differs from the group's (the differences marked)
  and the speaker it credits (templates/_quotedb_trail.html).
- A speaker's page gets `quotedb_speaker_groups`: distinct quotations, reports, and reports
  in syndicated copies, counted apart.
- /-/conflicts: the quotations credited to more than one person, most reported first.
- In canned-query results, `times` links to every occurrence of the row's group.
"""

from __future__ import annotations

import json

from datasette import Response, hookimpl
from datasette.utils import tilde_decode

from quotedb.quotation import display_quote
from quotedb.site.cells import link, table_url
from quotedb.wording import difference

# reports listed on a quotation's page; the rest are one click away (every occurrence)
TRAIL_ROWS = 200
CONFLICT_ROWS = 500


async def _rows(db, sql: str, params=()) -> list[dict]:
    return [dict(r) for r in (await db.execute(sql, params)).rows]


async def _groups_database(datasette):
    for name, db in datasette.databases.items():
        if name != "_internal" and await db.table_exists("quote_groups"):
            return db
    return None


def _credits(raw: str | None) -> list[dict]:
    try:
        value = json.loads(raw or "[]")
    except ValueError:
        return []
    return value if isinstance(value, list) else []


async def trail(db, quote_id: int) -> dict | None:
    """The group of quotation quote_id as a trail, or None when it has no group."""
    found = await _rows(
        db,
        "select quote_groups.* from quotes join quote_groups on quote_groups.id = quotes.group_id where quotes.id = ?",
        [quote_id],
    )
    if not found:
        return None
    group = found[0]
    reports = await _rows(
        db,
        """select quotes.id, quotes.quote, quotes.published, quotes.speaker_id, quotes.speaker_name,
                  speakers.name as speaker, quotes.outlet_id, outlets.name as outlet,
                  quotes.article_id, articles.title as article, articles.copy_of,
                  originals.title as copy_of_title
           from quotes join articles on articles.id = quotes.article_id
           left join outlets on outlets.id = quotes.outlet_id
           left join speakers on speakers.id = quotes.speaker_id
           left join articles as originals on originals.id = articles.copy_of
           where quotes.group_id = ?
           order by quotes.published is null, quotes.published, articles.key, quotes.start
           limit ?""",
        [group["id"], TRAIL_ROWS],
    )
    canonical = display_quote(group["canonical"] or "")
    for r in reports:
        r["shown"] = display_quote(r["quote"])
        r["difference"] = difference(r["shown"], canonical)
        r["here"] = r["id"] == quote_id
    return {
        "group": group,
        "canonical": canonical,
        "credits": _credits(group["speakers"]),
        "first": reports[0] if reports else None,
        "reports": reports,
        "more": group["quotes"] - len(reports),
    }


async def speaker_groups(db, speaker_id: int) -> dict:
    if await db.table_exists("speaker_counts"):
        # kept counts (db/speaker_counts.py, db/summaries.py): for the most-quoted speaker at
        # 10M quotations (621,477) the counts below took 142 ms (distinct), 51 ms (reports)
        # and 556 ms (in copies, each quotation checked against the list of copies)
        rows = await _rows(
            db,
            """select coalesce((select groups from speaker_counts where speaker_id = :id), 0) as distinct_quotes,
                      coalesce((select n from quote_counts_speaker where speaker_id = :id), 0) as reports,
                      coalesce((select copies from speaker_counts where speaker_id = :id), 0) as in_copies""",
            {"id": speaker_id},
        )
        return rows[0]
    # a database no quotedb of this version has shaped: counted from indexes of quotes
    rows = await _rows(
        db,
        """select
             (select count(distinct group_id) from quotes where speaker_id = :id) as distinct_quotes,
             (select count(*) from quotes where speaker_id = :id) as reports,
             (select count(*) from quotes where speaker_id = :id
                and article_id in (select id from articles where copy_of is not null)) as in_copies""",
        {"id": speaker_id},
    )
    return rows[0]


@hookimpl
def extra_template_vars(view_name, table, request, database, datasette):
    if view_name != "row" or table not in ("quotes", "speakers") or request is None:
        return None

    async def group_vars():
        db = datasette.get_database(database)
        if not await db.table_exists("quote_groups"):
            return {}
        try:
            pk = int(tilde_decode(request.url_vars["pks"]))
        except (KeyError, ValueError):
            return {}
        if table == "quotes":
            return {"quotedb_trail": await trail(db, pk)}
        return {"quotedb_speaker_groups": await speaker_groups(db, pk)}

    return group_vars


async def conflicts_page(datasette, request):
    db = await _groups_database(datasette)
    groups = []
    if db is not None:
        groups = await _rows(
            db,
            """select quote_groups.*, outlets.name as first_outlet
               from quote_groups left join outlets on outlets.id = quote_groups.first_outlet_id
               where speaker_count > 1
               order by quotes desc, first_published, id limit ?""",
            [CONFLICT_ROWS],
        )
        for g in groups:
            g["shown"] = display_quote(g["canonical"] or "")
            g["credits"] = _credits(g["speakers"])
    return Response.html(
        await datasette.render_template(
            "quotedb_conflicts.html",
            {"groups": groups, "database": db.name if db else None, "limit": CONFLICT_ROWS},
            request=request,
        )
    )


@hookimpl
def register_routes():
    return [(r"^/-/conflicts$", conflicts_page)]


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    # canned queries: how many times the row's quotation was reported, a link to every report
    if table is not None or column != "times" or value is None:
        return None
    keys = row.keys() if hasattr(row, "keys") else []
    if "group_id" not in keys or row["group_id"] is None:
        return None
    label = "once" if value == 1 else f"{value} times"
    href = table_url(datasette, database, "quotes") + f"?group_id={int(row['group_id'])}&_sort=published"
    return link(href, label, **{"class": "every-occurrence"})
