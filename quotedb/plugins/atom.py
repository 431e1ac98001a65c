"""Atom feeds of new quotations: `.atom` of the canned queries speaker_feed and search_feed.

datasette-atom 0.9 (the maintained plugin) installs on Datasette 0.65 but fails with a
server error on a feed with no entries (`max()` of no rows), which is what a saved search
returns until a matching quotation is ingested; it also titles entries with raw columns.
This renderer, on feedgen like datasette-atom, serves an empty feed, titles each entry
"Speaker: “words”" and links it to the quotation's page on this site.
"""

from __future__ import annotations

import datetime as dt

from datasette import hookimpl
from datasette.utils.asgi import Response
from feedgen.feed import FeedGenerator

from quotedb.quotation import display_quote

FEEDS = ("speaker_feed", "search_feed")
EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


def _when(value) -> dt.datetime | None:
    """An ISO date or date-time as an aware datetime (UTC when it has no zone)."""
    if not value:
        return None
    try:
        when = dt.datetime.fromisoformat(str(value))
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=dt.UTC)


def _feed_title(datasette, database: str, query_name: str, request, rows) -> str:
    title = (datasette.metadata(database=database) or {}).get("queries", {}).get(query_name, {}).get("title")
    if query_name == "speaker_feed":
        name = rows[0]["speaker"] if rows else None
        return f"New quotations of {name}" if name else "New quotations of a speaker"
    words = [f"“{request.args['q']}”"] if request.args.get("q") else []
    words += [f"by {request.args['speaker']}"] if request.args.get("speaker") else []
    words += [f"in {request.args['outlet']}"] if request.args.get("outlet") else []
    return f"{title or 'New quotations'}: {' '.join(words)}" if words else (title or "New quotations")


def render_atom(datasette, request, database, query_name, rows, columns):
    feed = FeedGenerator()
    feed.id(request.url)
    feed.link(href=request.url, rel="self")
    feed.title(_feed_title(datasette, database, query_name, request, rows))
    feed.generator("quotedb")
    latest = EPOCH
    for row in reversed(rows):  # feedgen lists entries newest-added first
        updated = _when(row["added"]) or _when(row["published"]) or EPOCH
        latest = max(latest, updated)
        page = datasette.absolute_url(request, datasette.urls.row(database, "quotes", row["quote_id"]))
        words = display_quote(row["quote"])
        speaker = row["speaker"] or "Unknown speaker"
        entry = feed.add_entry()
        entry.id(page)
        entry.title(f"{speaker}: “{words}”")
        entry.link(href=page)
        entry.updated(updated)
        if _when(row["published"]):
            entry.published(_when(row["published"]))
        where = ", ".join(p for p in (row["article"], row["outlet"], row["published"]) if p)
        entry.content(f"{speaker}: “{words}”" + (f" ({where})" if where else ""), type="text")
        entry.author({"name": speaker})
    feed.updated(latest)
    return Response(feed.atom_str(pretty=True), content_type="application/atom+xml; charset=utf-8")


def can_render_atom(query_name):
    return query_name in FEEDS


@hookimpl
def register_output_renderer(datasette):
    return {"extension": "atom", "render": render_atom, "can_render": can_render_atom}
