"""The data of the quote, speaker, outlet and article pages (templates/row.html and its
partials): a quotation shown without the writer's trailing comma (quotedb/quotation.py), its
paragraph and the one naming its speaker, its citation (quotedb/citation.py)."""

from __future__ import annotations

import json

from quotedb.citation import Citation
from quotedb.quotation import display_quote

from .cells import safe_url
from .charts import month_chart


async def _rows(db, sql: str, params=()) -> list[dict]:
    return [dict(r) for r in (await db.execute(sql, params)).rows]


async def _first(db, sql: str, params=()) -> dict | None:
    rows = await _rows(db, sql, params)
    return rows[0] if rows else None


def split_context(context, context_start, start, end, quote):
    """(before, quotation, after) of the context paragraph, or None when it cannot be placed."""
    if not context:
        return None
    if None not in (context_start, start, end):
        s, e = start - context_start, end - context_start
        if 0 <= s <= e <= len(context) and (not quote or context[s:e] == quote):
            return context[:s], context[s:e], context[e:]
    if quote and quote in context:
        s = context.index(quote)
        return context[:s], quote, context[s + len(quote) :]
    return None


def _line_at(text: str, at: int) -> tuple[int, int]:
    """Offsets of the line (a paragraph, as ingest/marks.py reads them) holding offset `at`."""
    begin = max(text.rfind("\n", 0, at), text.rfind("\r", 0, at)) + 1
    ends = [i for i in (text.find("\n", at), text.find("\r", at)) if i >= 0]
    return begin, min(ends) if ends else len(text)


def _segments(paragraph: str, spans: list[tuple[int, int, str]]) -> list[dict]:
    """paragraph cut into plain runs and the marked spans (offsets into it), in order."""
    out, at = [], 0
    for s, e, kind in sorted(spans):
        if s < at or not (0 <= s < e <= len(paragraph)):
            continue  # overlapping or outside: left unmarked
        if s > at:
            out.append({"text": paragraph[at:s], "kind": None})
        out.append({"text": paragraph[s:e], "kind": kind})
        at = e
    if at < len(paragraph):
        out.append({"text": paragraph[at:], "kind": None})
    return out


def context_paragraphs(quote: dict, text: str | None = None) -> list[dict] | None:
    """The quotation's paragraph and, when the speaker is named in another one (`He added:`
    the line before), that attribution paragraph too, in article order, each cut into
    segments with the quotation ("quote") and the speaker's mention ("speaker") marked.

    None when the quotation cannot be placed in its stored context paragraph.
    """
    context, context_start = quote.get("context"), quote.get("context_start")
    parts = split_context(context, context_start, quote.get("start"), quote.get("end"), quote.get("quote"))
    if parts is None:
        return None
    qs = len(parts[0])
    spans = [(qs, qs + len(parts[1]), "quote")]
    ss, se = quote.get("speaker_start"), quote.get("speaker_end")
    attribution = None
    if None not in (ss, se, context_start) and ss < se:
        if context_start <= ss and se <= context_start + len(context):
            spans.append((ss - context_start, se - context_start, "speaker"))
        elif text and 0 <= ss < se <= len(text):
            begin, end = _line_at(text, ss)
            if se <= end:
                attribution = {
                    "role": "attribution",
                    "start": begin,
                    "segments": _segments(text[begin:end], [(ss - begin, se - begin, "speaker")]),
                }
    paragraphs = [{"role": "quotation", "start": context_start or 0, "segments": _segments(context, spans)}]
    if attribution:
        paragraphs.append(attribution)
    return sorted(paragraphs, key=lambda p: p["start"])


def _aliases(raw) -> list[str]:
    try:
        value = json.loads(raw or "[]")
    except (TypeError, ValueError):
        return [raw] if raw else []
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]


# A speaker's counts, read from the tables db/summaries.py and db/speaker_counts.py keep: at
# 10M quotations the most-quoted speaker has 621,477, and counting them took most of the
# page's time (bench/serve.py; their articles, 251,596, 21 ms). Their first and last dates
# and each outlet's last are index seeks.
SPEAKER_COUNTS_KEPT = {
    "stats": """select (select coalesce(sum(n), 0) from speaker_outlet_counts where speaker_id = :id) as quotes,
                       (select count(outlet_id) from speaker_outlet_counts where speaker_id = :id) as outlets,
                       (select articles from speaker_counts where speaker_id = :id) as articles,
                       (select min(published) from quotes where speaker_id = :id) as first,
                       (select max(published) from quotes where speaker_id = :id) as last""",
    "outlets": """select outlets.id, outlets.name, counts.n as quotes,
                         -- newest first along (speaker_id, published, ...) to the first of this
                         -- outlet; "+" keeps the planner off the outlet's index (a rare speaker
                         -- at a big outlet would walk the outlet's rows)
                         (select published from quotes where speaker_id = :id and +outlet_id = outlets.id
                          order by published desc limit 1) as last
                  from speaker_outlet_counts as counts join outlets on outlets.id = counts.outlet_id
                  where counts.speaker_id = :id order by quotes desc, outlets.name""",
    "months": """select published_month as month, n from speaker_month_counts
                 where speaker_id = :id and published_month is not null""",
}
# the same counted from `quotes`, for a database no quotedb of this version has shaped
SPEAKER_COUNTS = {
    "stats": """select count(*) as quotes, count(distinct outlet_id) as outlets,
                       count(distinct article_id) as articles,
                       min(published) as first, max(published) as last
                from quotes where speaker_id = :id""",
    "outlets": """select outlets.id, outlets.name, count(*) as quotes, max(quotes.published) as last
                  from quotes join outlets on outlets.id = quotes.outlet_id
                  where quotes.speaker_id = :id group by outlets.id order by quotes desc, outlets.name""",
    "months": """select published_month as month, count(*) as n from quotes
                 where speaker_id = :id and published_month is not null group by published_month""",
}


async def speaker_page(db, pk) -> dict | None:
    speaker = await _first(db, "select id, name, aliases, role, kind from speakers where id = ?", [pk])
    if speaker is None:
        return None
    sql = SPEAKER_COUNTS_KEPT if await db.table_exists("speaker_counts") else SPEAKER_COUNTS
    stats = await _first(db, sql["stats"], {"id": pk})
    outlets = await _rows(db, sql["outlets"], {"id": pk})
    months = await _rows(db, sql["months"], {"id": pk})
    quotes = await _rows(
        db,
        """select quotes.id, quotes.quote, quotes.published, quotes.cue, quotes.outlet_id,
                  outlets.name as outlet, articles.title as article, articles.url
           from quotes left join outlets on outlets.id = quotes.outlet_id
           left join articles on articles.id = quotes.article_id
           where quotes.speaker_id = ?
           order by quotes.published desc, quotes.id desc limit 200""",
        [pk],
    )
    for q in quotes:
        q["url"] = safe_url(q["url"])
        q["quote"] = display_quote(q["quote"])
    return {
        "page": "speaker",
        "speaker": speaker,
        "aliases": _aliases(speaker["aliases"]),
        "stats": stats,
        "outlets": outlets,
        "chart": month_chart({m["month"]: m["n"] for m in months}),
        "quotes": quotes,
    }


async def quote_page(db, pk) -> dict | None:
    quote = await _first(
        db,
        """select quotes.*, articles.title as article_title, articles.url as article_url,
                  articles.author as article_author, outlets.name as outlet,
                  speakers.name as speaker, speakers.role as role
           from quotes left join articles on articles.id = quotes.article_id
           left join outlets on outlets.id = quotes.outlet_id
           left join speakers on speakers.id = quotes.speaker_id
           where quotes.id = ?""",
        [pk],
    )
    if quote is None:
        return None
    quote["article_address"] = quote["article_url"]
    quote["article_url"] = safe_url(quote["article_url"])
    text = None
    ss, cs = quote["speaker_start"], quote["context_start"]
    if ss is not None and cs is not None and quote["context"] and not (cs <= ss < cs + len(quote["context"])):
        # the speaker is named in another paragraph: read it from the article
        text = (await _first(db, "select text from articles where id = ?", [quote["article_id"]]) or {}).get("text")
    others = await _rows(
        db,
        """select quotes.id, quotes.quote, quotes.speaker_id,
                  coalesce(speakers.name, quotes.speaker_name, quotes.mention) as speaker
           from quotes left join speakers on speakers.id = quotes.speaker_id
           where quotes.article_id = ? and quotes.id != ? order by quotes.start""",
        [quote["article_id"], pk],
    )
    for other in others:
        other["quote"] = display_quote(other["quote"])
    return {
        "page": "quote",
        "quote": quote,
        "shown": display_quote(quote["quote"]),
        "paragraphs": context_paragraphs(quote, text),
        "cite": Citation.from_row(quote),
        "others": others,
    }


async def outlet_page(db, pk) -> dict | None:
    outlet = await _first(db, "select id, name, articles from outlets where id = ?", [pk])
    if outlet is None:
        return None
    stats = await _first(
        db,
        """select count(*) as quotes, count(distinct speaker_id) as speakers,
                  min(published) as first, max(published) as last
           from quotes where outlet_id = ?""",
        [pk],
    )
    speakers = await _rows(
        db,
        """select speakers.id, speakers.name, speakers.role, count(*) as quotes,
                  max(quotes.published) as last
           from quotes join speakers on speakers.id = quotes.speaker_id
           where quotes.outlet_id = ? group by speakers.id order by quotes desc, speakers.name limit 30""",
        [pk],
    )
    articles = await _rows(
        db,
        """select id, title, published, quote_count, url from articles where outlet_id = ?
           order by published desc, id desc limit 30""",
        [pk],
    )
    for a in articles:
        a["url"] = safe_url(a["url"])
    top = max((s["quotes"] for s in speakers), default=1)
    for s in speakers:
        s["pct"] = round(100 * s["quotes"] / top)
    return {"page": "outlet", "outlet": outlet, "stats": stats, "speakers": speakers, "articles": articles}


def article_segments(text: str, quotes: list[dict]) -> list[dict]:
    """The article text cut into plain runs and quotations, in order, for marking.

    A quotation is placed by its offsets when they point at its text, else at the first
    occurrence of its text; overlapping or unplaceable quotations are left out.
    """
    spans = []
    for q in quotes:
        s, e = q["start"], q["end"]
        if s is None or e is None or not (0 <= s < e <= len(text)) or (q["quote"] and text[s:e] != q["quote"]):
            at = text.find(q["quote"]) if q["quote"] else -1
            if at < 0:
                continue
            s, e = at, at + len(q["quote"])
        spans.append((s, e, q))
    placed = []
    for s, e, q in sorted(spans, key=lambda span: (span[0], -span[1])):
        if placed and s < placed[-1][1]:
            continue
        placed.append((s, e, q))
    segments, at = [], 0
    for s, e, q in placed:
        if s > at:
            segments.append({"text": text[at:s]})
        segments.append({"text": text[s:e], "quote": q})
        at = e
    if at < len(text):
        segments.append({"text": text[at:]})
    return segments


async def article_page(db, pk) -> dict | None:
    article = await _first(
        db,
        """select articles.id, articles.title, articles.url, articles.published, articles.author,
                  articles.text, articles.outlet_id, outlets.name as outlet
           from articles left join outlets on outlets.id = articles.outlet_id where articles.id = ?""",
        [pk],
    )
    if article is None:
        return None
    quotes = await _rows(
        db,
        """select quotes.id, quotes.quote, quotes.start, quotes."end", quotes.speaker_id,
                  coalesce(speakers.name, quotes.speaker_name, quotes.mention) as speaker
           from quotes left join speakers on speakers.id = quotes.speaker_id
           where quotes.article_id = ? order by quotes.start""",
        [pk],
    )
    article["address"] = article["url"]
    article["url"] = safe_url(article["url"])
    return {
        "page": "article",
        "article": article,
        "quotes": quotes,
        "segments": article_segments(article["text"] or "", quotes),
    }


# by the name a table's `plugins: quotedb: page:` gives (metadata.yml)
PAGES = {"speaker": speaker_page, "quote": quote_page, "outlet": outlet_page, "article": article_page}
