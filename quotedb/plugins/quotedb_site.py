"""What Datasette's configuration cannot do for the quotedb site.

- SQL functions quotedb_fts(q) and quotedb_phrase(q): a user's words or "quoted phrase"
  turned into a safe FTS5 query, so no input is an FTS5 syntax error; the same function
  replaces Datasette's escape_fts, so the tables' ?_search= reads searches the same way.
- The search terms marked in the `quote` column wherever a search was made (the quotes
  table's _search, the canned queries' q or phrase), the text escaped first.
- In canned-query results, speaker, outlet, article and quote_id shown as links.
- The data of the quote, speaker, outlet and article pages (templates/row.html and its
  partials): a quotation shown without the writer's trailing comma (quotedb/quotation.py),
  its paragraph and the one naming its speaker, its citation (quotedb/citation.py).

Every value that comes from an article reaches the page through Jinja autoescaping or
markupsafe.escape; nothing from the data is marked safe unescaped.
"""
from __future__ import annotations

import contextvars
import functools
import json
import re
import urllib.parse

from datasette import hookimpl
from datasette.utils import tilde_decode, tilde_encode
from markupsafe import Markup, escape

from quotedb.citation import Citation
from quotedb.quotation import display_quote

# the query string of the request being answered, for render_cell (which is not given it)
_query_args: contextvars.ContextVar[dict] = contextvars.ContextVar("quotedb_query_args", default={})

# request argument that holds the search for each column we mark
SEARCH_ARGS = ("_search", "q", "phrase")
MARKED_COLUMNS = ("quote", "example")

_TERM = re.compile(r'"([^"]*)"?|(\S+)')
_WORD = re.compile(r"\w+")


# --- search -------------------------------------------------------------------------------


# words a search is read as, at most: a pasted article of 2,500 words took the server ~1.7 s
# to mark, blocking every other request; a real search, even a long phrase, is far shorter
MAX_SEARCH_WORDS = 64


def parse_search(text: str | None) -> list[tuple[list[str], bool]]:
    """A user's search as (words of a phrase, last word is a prefix) items, all required;
    its first MAX_SEARCH_WORDS words only."""
    items: list[tuple[list[str], bool]] = []
    room = MAX_SEARCH_WORDS
    for match in _TERM.finditer(text or ""):
        quoted, bare = match.group(1), match.group(2)
        chunk = quoted if quoted is not None else bare
        words = [w for w in _WORD.findall(chunk) if w.strip("_")]
        if words:
            kept = words[:room]
            items.append((kept, quoted is None and bare.endswith("*") and len(kept) == len(words)))
            room -= len(kept)
            if room == 0:
                break
    return items


# what a search without words looks for: a private-use character no article is made of
# (FTS5 treats MATCH NULL or '' as a syntax error, which an empty search form must not show)
NOTHING = '"\ue000"'


def fts_query(text: str | None) -> str:
    """An FTS5 query matching every word or phrase of `text`; one matching nothing if it has no words."""
    items = parse_search(text)
    if not items:
        return NOTHING
    return " ".join('"{}"{}'.format(" ".join(words), "*" if prefix else "") for words, prefix in items)


def fts_phrase(text: str | None) -> str:
    """An FTS5 query matching all the words of `text` as one phrase (nothing if it has no words)."""
    words = [w for words, _ in parse_search((text or "").replace('"', " ")) for w in words]
    return '"{}"'.format(" ".join(words)) if words else NOTHING


_SUFFIXES = ("ingly", "edly", "ing", "ies", "ied", "es", "ed", "ly", "s", "y", "e")


def stem(word: str) -> str:
    """A rough stem, to mark the words that the porter tokenizer of quotes_fts matched."""
    w = word.lower()
    for suffix in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)]
            break
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiouls":
        w = w[:-1]
    return w


Item = tuple[tuple[str, ...], tuple[str, ...], bool]  # words lowered, their stems, last is a prefix


@functools.lru_cache(maxsize=64)
def _search_index(search: str) -> tuple[dict[str, set[Item]], dict[str, set[Item]], tuple[int, ...]]:
    """The items of a search by what their first word must be: a stem, or (a one-word
    prefix search) the token's first letters; and the lengths of those prefixes.
    Cached: render_cell asks for it once per cell of the same search."""
    by_stem: dict[str, set[Item]] = {}
    by_prefix: dict[str, set[Item]] = {}
    for words, prefix in parse_search(search):
        item = (tuple(w.lower() for w in words), tuple(stem(w) for w in words), prefix)
        if prefix and len(words) == 1:
            by_prefix.setdefault(item[0][0], set()).add(item)
        else:
            by_stem.setdefault(item[1][0], set()).add(item)
    return by_stem, by_prefix, tuple(sorted({len(p) for p in by_prefix}))


def marked(text: str, search: str | None) -> Markup | None:
    """text escaped, with the words of `search` in <mark>; None if nothing matches.

    One pass over the text's words: each is looked up among the search's items by its stem
    (or first letters), so the cost grows with the text, not with text x search words.
    """
    if not search or not text:
        return None
    by_stem, by_prefix, prefix_lengths = _search_index(search)
    if not by_stem and not by_prefix:
        return None
    tokens = [(m.start(), m.end(), m.group().lower()) for m in _WORD.finditer(text)]
    stems = [stem(t[2]) for t in tokens]
    spans = []
    for i, (start, _, token) in enumerate(tokens):
        candidates = list(by_stem.get(stems[i], ()))
        for length in prefix_lengths:
            candidates.extend(by_prefix.get(token[:length], ()))
        for lowered, wanted, prefix in candidates:
            n = len(wanted)
            if i + n > len(tokens):
                continue
            if all(
                tokens[i + j][2].startswith(lowered[j]) if prefix and j == n - 1 else stems[i + j] == wanted[j]
                for j in range(1, n)
            ):
                spans.append((start, tokens[i + n - 1][1]))
    if not spans:
        return None
    spans.sort()
    merged = [list(spans[0])]
    for s, e in spans[1:]:
        if s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    out, at = [], 0
    for s, e in merged:
        out.append(escape(text[at:s]))
        out.append(Markup("<mark>") + escape(text[s:e]) + Markup("</mark>"))
        at = e
    out.append(escape(text[at:]))
    return Markup("").join(out)


@hookimpl(trylast=True)
def prepare_connection(conn):
    conn.create_function("quotedb_fts", 1, fts_query, deterministic=True)
    conn.create_function("quotedb_phrase", 1, fts_phrase, deterministic=True)
    # The table pages' ?_search= (searchmode: escaped) runs `match escape_fts(:search)`;
    # registered after Datasette's own escape_fts, this gives it the same syntax as the
    # search query: words, "phrases", prefix*; never an FTS5 syntax error.
    conn.create_function("escape_fts", 1, fts_query, deterministic=True)


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


# --- cells --------------------------------------------------------------------------------


def safe_url(url) -> str | None:
    """url if it is an http(s) address, else None (no javascript: links from article data)."""
    if isinstance(url, str) and re.match(r"https?://", url.strip(), re.I):
        return url.strip()
    return None


def _link(href: str, text) -> Markup:
    return Markup('<a href="{}">{}</a>').format(href, text)


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    if column in MARKED_COLUMNS and isinstance(value, str) and table in (None, "quotes", "quotes_export"):
        shown = display_quote(value)
        args = _query_args.get()
        search = next((args[a] for a in SEARCH_ARGS if args.get(a)), None)
        if search:
            result = marked(shown, search)
            if result is not None:
                return result
        if shown != value:
            return escape(shown)
    if table not in (None, "speaker_summary") or value is None:
        return None
    # canned queries and the speaker_summary view: names they give to columns
    keys = row.keys() if hasattr(row, "keys") else []
    urls = datasette.urls

    def row_url(table_name, pk):
        return urls.row(database, table_name, tilde_encode(str(pk)))

    if column == "quote_id":
        return _link(row_url("quotes", value), Markup("open&nbsp;#") + escape(str(value)))
    if column == "speaker" and "speaker_id" in keys and row["speaker_id"] is not None:
        return _link(row_url("speakers", row["speaker_id"]), value)
    if column == "outlet" and "outlet_id" in keys and row["outlet_id"] is not None:
        return _link(row_url("outlets", row["outlet_id"]), value)
    if column == "article" and "url" in keys and safe_url(row["url"]):
        return _link(safe_url(row["url"]), value)
    return None


# --- pages --------------------------------------------------------------------------------


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
        return context[:s], quote, context[s + len(quote):]
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


def month_chart(counts: dict[str, int], width: int = 640, height: int = 160) -> dict | None:
    """Bars for a quotes-over-time chart: one a month from the first to the last, gaps as 0.

    Spans of more than ten years are drawn by year instead.
    """
    months = sorted(m for m in counts if m and re.fullmatch(r"\d{4}-\d{2}", m))
    if not months:
        return None
    y0, m0 = map(int, months[0].split("-"))
    y1, m1 = map(int, months[-1].split("-"))
    if y1 - y0 > 10:
        years: dict[str, int] = {}
        for m in months:
            years[m[:4]] = years.get(m[:4], 0) + counts[m]
        labels = [str(y) for y in range(y0, y1 + 1)]
        values = [years.get(label, 0) for label in labels]
        unit = "year"
    else:
        labels = []
        y, m = y0, m0
        while (y, m) <= (y1, m1):
            labels.append(f"{y:04d}-{m:02d}")
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        values = [counts.get(label, 0) for label in labels]
        unit = "month"
    top = max(values) or 1
    plot_h = height - 30
    step = width / len(labels)
    bar_w = max(step * 0.8, 1)
    every = max(1, round(len(labels) / 8))  # at most about 8 axis labels
    bars = []
    for i, (label, value) in enumerate(zip(labels, values)):
        h = round((plot_h - 14) * value / top, 1)  # 14px above the tallest bar for its count
        bars.append(
            {
                "label": label,
                "count": value,
                "x": round(i * step + (step - bar_w) / 2, 1),
                "y": round(plot_h - h, 1),
                "w": round(bar_w, 1),
                "h": h,
                "tick": i % every == 0 or i == len(labels) - 1,
                "cx": round(i * step + step / 2, 1),
            }
        )
    return {"bars": bars, "width": width, "height": height, "plot_h": plot_h, "max": top, "unit": unit}


def _aliases(raw) -> list[str]:
    try:
        value = json.loads(raw or "[]")
    except (TypeError, ValueError):
        return [raw] if raw else []
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]


# A speaker's counts, read from the tables db/summaries.py keeps: at 10M quotations the
# most-quoted speaker has ~700,000, and counting them took most of the page's time
# (bench/serve.py). Their first and last dates and each outlet's last are index seeks.
SPEAKER_COUNTS_KEPT = {
    "stats": """select (select coalesce(sum(n), 0) from speaker_outlet_counts where speaker_id = :id) as quotes,
                       (select count(outlet_id) from speaker_outlet_counts where speaker_id = :id) as outlets,
                       (select count(*) from speaker_article_counts where speaker_id = :id) as articles,
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
    speaker = await _first(db, "select id, name, aliases, role from speakers where id = ?", [pk])
    if speaker is None:
        return None
    sql = SPEAKER_COUNTS_KEPT if await db.table_exists("speaker_article_counts") else SPEAKER_COUNTS
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


PAGES = {"speakers": speaker_page, "quotes": quote_page, "outlets": outlet_page, "articles": article_page}


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
    if view_name != "row" or table not in PAGES or request is None:
        return None

    async def row_vars():
        try:
            pk = int(tilde_decode(request.url_vars["pks"]))
        except (KeyError, ValueError):
            return {}
        data = await PAGES[table](datasette.get_database(database), pk)
        return {"quotedb": data} if data else {}

    return row_vars
