"""The Datasette site as a journalist uses it, through datasette.client.

The Datasette is built by quotedb.serving.datasette_kwargs, with the metadata, settings,
templates and plugins of `quotedb serve`, over the fictional corpus of conftest.py,
stored under the name `newsroom` (so the `quotes` section of metadata.yml must follow it).
"""

from __future__ import annotations

import csv
import html
import io
import re
import sqlite3
import urllib.parse
from types import SimpleNamespace

import markupsafe
import pytest
import sqlite_utils

from quotedb.site import charts, pages, search

DB = "newsroom"
EMPTY = {"speaker": "", "outlet": "", "since": "", "until": ""}


# --- helpers ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def ids(site_db):
    db = sqlite_utils.Database(site_db)
    quotes = {r["quote"]: r["id"] for r in db.query("select id, quote from quotes")}
    speakers = {r["name"]: r["id"] for r in db.query("select id, name from speakers")}
    outlets = {r["name"]: r["id"] for r in db.query("select id, name from outlets")}
    db.close()
    return {"quote": quotes, "speaker": speakers, "outlet": outlets}


def page(site, path: str, status: int = 200) -> str:
    response = site.get(path)
    assert response.status_code == status, (path, response.status_code, response.text[:2000])
    return response.text


def rows(site, path: str) -> list[dict]:
    response = site.get(path)
    assert response.status_code == 200, (path, response.text[:2000])
    data = response.json()
    assert isinstance(data, list), data
    return data


def query(name: str, **params) -> str:
    return f"/{DB}/{name}.json?" + urllib.parse.urlencode({**params, "_shape": "array"})


def content(text: str) -> str:
    """The page's own content, without Datasette's header, footer and scripts."""
    match = re.search(r'<section class="content">(.*)</section>', text, re.S)
    assert match, text[:500]
    return match.group(1)


def visible(fragment: str) -> str:
    """Text of an HTML fragment, tags dropped and entities decoded, spaces squeezed."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", fragment)).split())


def esc(text: str) -> str:
    """text as Jinja autoescaping writes it."""
    return str(markupsafe.escape(text))


def assert_no_payload(text: str) -> None:
    """None of the XSS payloads of the corpus reaches the page as markup."""
    for payload in ("<script>alert(", "<img src=x", "<img", 'href="javascript:', "<b>(Bytewatch)", "<i>T. F."):
        assert payload not in text, payload


# --- configuration ------------------------------------------------------------------------


def test_serve_and_tests_use_the_same_configuration(site_db):
    from quotedb.paths import PLUGINS, TEMPLATES
    from quotedb.serving import datasette_kwargs, serve_args

    kwargs = datasette_kwargs(str(site_db))
    assert set(kwargs["metadata"]["databases"]) == {DB}
    assert kwargs["template_dir"] == str(TEMPLATES) and kwargs["plugins_dir"] == str(PLUGINS)
    args = serve_args(str(site_db), "127.0.0.1", 8123, False)
    assert args[args.index("--template-dir") + 1] == str(TEMPLATES)
    assert args[args.index("--plugins-dir") + 1] == str(PLUGINS)
    settings = {args[i + 1]: args[i + 2] for i, a in enumerate(args) if a == "--setting"}
    assert settings["allow_download"] == "false"
    assert settings["default_page_size"] == str(kwargs["settings"]["default_page_size"])


def test_settings_apply(site):
    settings = site.get("/-/settings.json").json()
    assert settings["default_page_size"] == 50
    assert settings["allow_download"] is False
    assert settings["allow_csv_stream"] is True


def test_whole_database_download_is_off_but_exports_are_on(site):
    assert site.get(f"/{DB}.db").status_code == 403
    assert site.get(f"/{DB}/quotes.csv").status_code == 200
    assert site.get(f"/{DB}/quotes.json").status_code == 200


def test_no_page_loads_anything_from_another_host(site, ids, corpus):
    paths = [
        "/",
        f"/{DB}",
        f"/{DB}/quotes",
        f"/{DB}/search?q=wall",
        f"/{DB}/speakers/{ids['speaker']['Marta Quillfeather']}",
        f"/{DB}/quotes/{ids['quote'][corpus.XSS_QUOTE]}",
        f"/{DB}/outlets/{ids['outlet']['Harbour Ledger']}",
        "/-/search?q=wall",
    ]
    for path in paths:
        text = page(site, path)
        for tag in re.findall(r"<(?:script|link|img|iframe|source|video|audio|object|embed)\b[^>]*>", text):
            if 'rel="alternate"' in tag:  # names the JSON version, loads nothing
                continue
            for url in re.findall(r'\b(?:src|href|data)="([^"]+)"', tag):
                assert url.startswith("/") and not url.startswith("//"), (path, tag)
        assert "@import" not in text and "url(http" not in text


# --- home ---------------------------------------------------------------------------------


def test_home_page_offers_the_search_and_the_starting_points(site):
    text = content(page(site, "/"))
    assert f'action="/{DB}/search"' in text
    assert 'name="q"' in text
    for target in (
        "quotes",
        "speakers",
        "outlets",
        "who_said",
        "speaker_quotes",
        "top_speakers_by_outlet_month",
        "same_day_speakers",
    ):
        assert f'href="/{DB}/{target}"' in text, target


# --- search -------------------------------------------------------------------------------


def test_search_finds_words_in_any_order_and_marks_them(site):
    text = page(site, f"/{DB}/search?q=wall+sea&speaker=&outlet=&since=&until=")
    body = content(text)
    assert "We will build a <mark>sea</mark> <mark>wall</mark> that outlasts every one of us" in body
    assert "If the <mark>sea</mark> <mark>wall</mark> budget comes out of our wages, we strike" in body
    # wall alone, without sea, is not a match
    assert "The old wall is failing" not in body


def test_search_ranks_by_relevance_not_by_date(site):
    found = rows(site, query("search", q="tide", **EMPTY))
    assert [r["quote"] for r in found] == [
        # three times "tide", in the older article, comes first
        "Tide after tide, the high tide keeps climbing",
        "Winter tides rose higher than our models predicted",
    ]
    assert found[0]["published"] < found[1]["published"]


def test_search_result_has_speaker_outlet_date_and_article_link(site, ids):
    body = content(page(site, f"/{DB}/search?q=cheaper+flooded&speaker=&outlet=&since=&until="))
    quote_id = ids["quote"]["A sea wall is cheaper than a flooded town"]
    assert f'<a href="/{DB}/quotes/{quote_id}">' in body
    assert "A sea wall is <mark>cheaper</mark> than a <mark>flooded</mark> town" in body
    assert f'<a href="/{DB}/speakers/{ids["speaker"]["Marta Quillfeather"]}">Marta Quillfeather</a>' in body
    assert f'<a href="/{DB}/outlets/{ids["outlet"]["Valley Courier"]}">Valley Courier</a>' in body
    assert "2024-11-04" in body
    assert (
        '<a href="https://valley-courier.example/news/sea-wall-council">Sea wall plan divides the council</a>' in body
    )
    # and a way to the same search with facets
    assert f'href="/{DB}/quotes?_search=cheaper+flooded"' in body


def test_search_phrase_in_double_quotes_is_exact(site):
    assert len(rows(site, query("search", q="wall sea", **EMPTY))) == 4
    assert rows(site, query("search", q='"wall sea"', **EMPTY)) == []
    phrase = rows(site, query("search", q='"sea wall budget"', **EMPTY))
    assert [r["speaker"] for r in phrase] == ["Lena Vostrikova"]


def test_search_matches_word_forms_and_prefixes(site):
    # the porter stemmer: "walls" finds "wall"; a trailing * finds what starts with it
    assert len(rows(site, query("search", q="walls", **EMPTY))) == 6
    taxes = rows(site, query("search", q="tax*", **EMPTY))
    assert [r["quote"] for r in taxes] == ["Taxes on harbour fees could cover the first phase of the wall"]
    body = content(page(site, f"/{DB}/search?q=tax*&speaker=&outlet=&since=&until="))
    assert "<mark>Taxes</mark> on harbour fees" in body


def test_search_narrowed_by_speaker_outlet_and_dates(site):
    assert {r["speaker"] for r in rows(site, query("search", **{**EMPTY, "q": "sea wall", "speaker": "vostri"}))} == {
        "Lena Vostrikova"
    }
    assert {r["outlet"] for r in rows(site, query("search", **{**EMPTY, "q": "sea wall", "outlet": "Valley"}))} == {
        "Valley Courier"
    }
    since = rows(site, query("search", **{**EMPTY, "q": "sea wall", "since": "2024-12-01"}))
    assert sorted(r["published"] for r in since) == ["2024-12-10", "2024-12-10"]
    until = rows(site, query("search", **{**EMPTY, "q": "sea wall", "until": "2024-11"}))
    assert sorted(r["published"] for r in until) == ["2024-11-04", "2024-11-04"]


@pytest.mark.parametrize(
    "q", ["", " ", '"', '""', "AND", "OR NOT", "NEAR(", "sea AND", "*", "a:b", "wall)", "-wall", "^sea", "'"]
)
def test_search_never_fails_on_odd_input(site, q):
    response = site.get(query("search", q=q, **EMPTY))
    assert response.status_code == 200, response.text
    html_response = site.get(f"/{DB}/search?" + urllib.parse.urlencode({"q": q, **EMPTY}))
    assert html_response.status_code == 200
    assert "message-error" not in html_response.text


def test_search_parameters_left_out_mean_no_limit(site):
    assert rows(site, f"/{DB}/search.json?q=wages&_shape=array") == rows(site, query("search", q="wages", **EMPTY))


def test_search_empty_shows_the_form_without_error(site):
    text = page(site, f"/{DB}/search")
    assert 'name="q"' in text and "message-error" not in text


def test_search_exports_csv_and_json_without_markup(site):
    response = site.get(f"/{DB}/search.csv?q=sea+wall&speaker=&outlet=&since=&until=")
    assert response.status_code == 200
    table = list(csv.DictReader(io.StringIO(response.text)))
    assert len(table) == 4
    assert {"quote_id", "quote", "speaker", "outlet", "published", "article", "url"} <= set(table[0])
    assert "We will build a sea wall that outlasts every one of us" in {r["quote"] for r in table}
    assert "<mark>" not in response.text
    data = rows(site, query("search", q="sea wall", **EMPTY))
    assert {r["quote_id"] for r in data} == {int(r["quote_id"]) for r in table}


# --- the quotes table: facets, search with facets, export -----------------------------------


def test_quotes_table_has_speaker_outlet_and_date_facets(site):
    data = site.get(f"/{DB}/quotes.json?_labels=on").json()
    facets = data["facet_results"]
    assert {"speaker_id", "outlet_id", "published", "published_month", "published_year"} <= set(facets)
    years = {f["value"]: f["count"] for f in facets["published_year"]["results"]}
    assert years == {"2024": 7, "2025": 6}
    months = {f["value"]: f["count"] for f in facets["published_month"]["results"]}
    assert months["2024-11"] == 5 and months["2025-03"] == 4
    days = {f["value"]: f["count"] for f in facets["published"]["results"]}
    assert days["2024-11-04"] == 5
    speakers = {f["label"]: f["count"] for f in facets["speaker_id"]["results"]}
    assert speakers["Marta Quillfeather"] == 4
    assert speakers["Osei Brannigan"] == 4
    outlets = {f["label"]: f["count"] for f in facets["outlet_id"]["results"]}
    assert outlets == {"Harbour Ledger": 7, "Valley Courier": 2, "Northgate Tribune": 4}


def test_quotes_facets_show_names_on_the_page(site):
    body = content(page(site, f"/{DB}/quotes"))
    for facet in ("speaker_id", "outlet_id", "published_year", "published_month", "published"):
        assert f'id="facet-{facet}"' in body, facet
    assert "Marta Quillfeather</a> 4" in body
    assert "2024-11</a> 5" in body


def test_search_combined_with_facets(site, ids):
    quill = ids["speaker"]["Marta Quillfeather"]
    data = site.get(f"/{DB}/quotes.json?_search=wall&speaker_id={quill}&_labels=on&_shape=objects").json()
    assert {r["quote"] for r in data["rows"]} == {
        "We will build a sea wall that outlasts every one of us",
        "A sea wall is cheaper than a flooded town",
        "Nobody's wages will fund the sea wall",
    }
    months = {f["value"]: f["count"] for f in data["facet_results"]["published_month"]["results"]}
    assert months == {"2024-11": 2, "2024-12": 1}
    narrowed = site.get(
        f"/{DB}/quotes.json?_search=wall&speaker_id={quill}&published_month=2024-12&_shape=objects"
    ).json()
    assert [r["quote"] for r in narrowed["rows"]] == ["Nobody's wages will fund the sea wall"]


def test_quotes_table_page_marks_the_search_and_links_to_ranking(site):
    body = content(page(site, f"/{DB}/quotes?_search=wages"))
    assert "Nobody&#39;s <mark>wages</mark> will fund the sea wall" in body
    assert '<h2 class="quotedb-count">3 quotations matching “wages”, newest first</h2>' in body
    assert f'href="/{DB}/search?q=wages"' in body
    # readable columns: quotation, speaker, outlet, date, article
    assert 'class="rows-and-columns quotedb-results"' in body
    assert f'<a href="/{DB}/speakers/' in body


def test_quotes_table_all_columns_on_request(site):
    body = content(page(site, f"/{DB}/quotes?_wide=1"))
    assert "quotedb-results" not in body
    assert 'data-column="context_start"' in body


def test_export_of_a_faceted_search_as_csv_and_json(site, ids):
    outlet = ids["outlet"]["Northgate Tribune"]
    response = site.get(f"/{DB}/quotes.csv?_search=wages&outlet_id={outlet}&_labels=on&_size=max")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain") or "csv" in response.headers["content-type"]
    table = list(csv.DictReader(io.StringIO(response.text)))
    assert {r["quote"] for r in table} == {
        "If the sea wall budget comes out of our wages, we strike",
        "Nobody's wages will fund the sea wall",
    }
    assert {r["outlet_id_label"] for r in table} == {"Northgate Tribune"}
    assert {r["speaker_id_label"] for r in table} == {"Lena Vostrikova", "Marta Quillfeather"}
    download = site.get(f"/{DB}/quotes.csv?_search=wages&outlet_id={outlet}&_dl=1")
    assert "attachment" in download.headers.get("content-disposition", "")
    data = rows(site, f"/{DB}/quotes.json?_search=wages&outlet_id={outlet}&_shape=array")
    assert {r["quote"] for r in data} == {r["quote"] for r in table}
    assert all(r["published"] == "2024-12-10" for r in data)


# --- speaker page -------------------------------------------------------------------------


def test_speaker_page_says_who_they_are(site, ids):
    sid = ids["speaker"]["Marta Quillfeather"]
    text = page(site, f"/{DB}/speakers/{sid}")
    assert "<title>Marta Quillfeather: quotes</title>" in text
    body = content(text)
    assert ">Marta Quillfeather</h1>" in body
    assert "mayor of Port Ellery" in body
    aliases = re.search(r'class="speaker-aliases">(.*?)</dd>', body, re.S).group(1)
    assert visible(aliases) == "Mayor Quillfeather, Quillfeather"
    count = visible(re.search(r'class="speaker-count">(.*?)</dd>', body, re.S).group(1))
    assert count == "4 quotes in 4 articles from 3 outlets"


def test_speaker_page_lists_outlets_chart_and_quotes(site, ids):
    sid = ids["speaker"]["Marta Quillfeather"]
    body = content(page(site, f"/{DB}/speakers/{sid}"))
    outlets = re.search(r'<table class="quotedb-table speaker-outlets">(.*?)</table>', body, re.S).group(1)
    names = re.findall(r'<a href="/newsroom/outlets/\d+">([^<]+)</a>', outlets)
    assert names == ["Harbour Ledger", "Northgate Tribune", "Valley Courier"]
    assert f'href="/{DB}/quotes?speaker_id={sid}&amp;outlet_id={ids["outlet"]["Harbour Ledger"]}">2</a>' in outlets
    # the chart: one bar a month from the first quote to the last, months without quotes at 0
    svg = re.search(r'<svg class="quotedb-chart".*?</svg>', body, re.S).group(0)
    bars = dict(re.findall(r'data-label="([^"]+)" data-count="(\d+)"', svg))
    assert bars == {"2024-11": "2", "2024-12": "1", "2025-01": "0", "2025-02": "0", "2025-03": "1"}
    heights = dict(
        re.findall(r'data-label="([^"]+)" data-count="\d+" x="[^"]+" y="[^"]+" width="[^"]+" height="([^"]+)"', svg)
    )
    assert float(heights["2024-11"]) == 2 * float(heights["2024-12"]) > 0
    assert float(heights["2025-01"]) == 0
    # the quotes, newest first, each linked to its context
    quotes = re.findall(r'<div class="quote-text">“([^<]*)”</div>', body)
    assert [html.unescape(q) for q in quotes] == [
        "The budget talks start today and the doors stay open",
        "Nobody's wages will fund the sea wall",
        "A sea wall is cheaper than a flooded town",
        "We will build a sea wall that outlasts every one of us",
    ]
    nobody = ids["quote"]["Nobody's wages will fund the sea wall"]
    assert f'href="/{DB}/quotes/{nobody}">in context</a>' in body
    # searching their quotes and their quotes in a date range
    assert f'<input type="hidden" name="speaker_id" value="{sid}">' in body
    assert f'action="/{DB}/speaker_quotes"' in body
    assert f'href="/{DB}/quotes_export.csv?speaker_id={sid}' in body  # with names beside the ids


def test_speaker_without_quotes_in_other_outlets(site, ids):
    body = content(page(site, f"/{DB}/speakers/{ids['speaker']['Tobias Fenwick']}"))
    assert "security researcher &lt;b&gt;(Bytewatch)&lt;/b&gt;" in body
    assert "2 quotes" in body
    aliases = re.search(r'class="speaker-aliases">(.*?)</dd>', body, re.S).group(1)
    assert visible(aliases) == "<i>T. F.</i>, Fenwick"
    assert_no_payload(body)


# --- article page -------------------------------------------------------------------------


def test_article_page_marks_every_quotation_in_the_text(site, site_db, ids):
    db = sqlite_utils.Database(site_db)
    article = next(db.query("select * from articles where title = 'Mayor promises a sea wall for Port Ellery'"))
    text = page(site, f"/{DB}/articles/{article['id']}")
    assert "<title>Mayor promises a sea wall for Port Ellery</title>" in text
    body = content(text)
    shown = re.search(r'<div class="quotedb-context quotedb-article-text">(.*?)</div>', body, re.S).group(1)
    # the whole text, nothing added or lost
    assert html.unescape(re.sub(r"<[^>]+>", "", shown)) == article["text"]
    marks = re.findall(
        r'<a class="quote-mark" href="/newsroom/quotes/(\d+)" title="([^"]*)"><mark>(.*?)</mark></a>', shown
    )
    quotes = list(
        db.query("select id, quote, speaker_name from quotes where article_id = ? order by start", [article["id"]])
    )
    assert [(int(i), html.unescape(t), html.unescape(q)) for i, t, q in marks] == [
        (q["id"], q["speaker_name"], q["quote"]) for q in quotes
    ]
    assert visible(re.search(r'class="article-outlet">(.*?)</dd>', body, re.S).group(1)) == "Harbour Ledger"
    assert visible(re.search(r'class="article-date">(.*?)</dd>', body, re.S).group(1)) == "2024-11-04"
    assert '<a href="https://harbour-ledger.example/2024/11/04/sea-wall" rel="noopener noreferrer">' in body
    assert 'class="quotedb-record"' in body  # the raw record, folded


def test_article_segments_skip_overlaps_and_find_misplaced_quotes():
    text = "He said: one two. She said: three."
    quotes = [
        {"id": 1, "quote": "one two", "start": 9, "end": 16},
        {"id": 2, "quote": "two", "start": 13, "end": 16},  # inside the first: left out
        {"id": 3, "quote": "three", "start": 0, "end": 5},  # wrong offsets: found after the first
        {"id": 4, "quote": "absent", "start": None, "end": None},
    ]
    segments = pages.article_segments(text, quotes)
    assert "".join(s["text"] for s in segments) == text
    assert [(s["text"], s["quote"]["id"]) for s in segments if "quote" in s] == [("one two", 1), ("three", 3)]


def test_missing_speaker_is_a_404(site):
    assert site.get(f"/{DB}/speakers/9999").status_code == 404


# --- quote page ---------------------------------------------------------------------------


def test_quote_page_shows_the_quotation_in_its_context(site, site_db, ids):
    qid = ids["quote"]["The old wall is failing faster than anyone admits"]
    row = sqlite_utils.Database(site_db)["quotes"].get(qid)
    body = content(page(site, f"/{DB}/quotes/{qid}"))
    context = re.search(r'<div class="quotedb-context">(.*?)</div>', body, re.S).group(1)
    marked = re.search(r'<mark class="quote-in-context">(.*?)</mark>', context, re.S).group(1)
    s, e = row["start"] - row["context_start"], row["end"] - row["context_start"]
    assert html.unescape(marked) == row["context"][s:e] == row["quote"]
    before = html.unescape(context.split("<mark", 1)[0])
    assert before == row["context"][:s]
    assert html.unescape(re.sub(r"<[^>]+>", "", context)) == row["context"]


def test_quote_page_gives_speaker_cue_confidence_and_article(site, ids):
    qid = ids["quote"]["The old wall is failing faster than anyone admits"]
    text = page(site, f"/{DB}/quotes/{qid}")
    assert f"<title>Quote #{qid} by Osei Brannigan</title>" in text
    body = content(text)

    def fact(name):
        return visible(re.search(rf'class="quote-{name}">(.*?)</dd>', body, re.S).group(1))

    assert fact("speaker").startswith("Osei Brannigan, harbour engineer")
    assert f'<a href="/{DB}/speakers/{ids["speaker"]["Osei Brannigan"]}">Osei Brannigan</a>' in body
    assert fact("cue") == "said"
    assert fact("confidence") == "0.90 (speaker found by name)"
    assert fact("article") == "Mayor promises a sea wall for Port Ellery by Staff"
    assert fact("outlet") == "Harbour Ledger"
    assert fact("date") == "2024-11-04"
    assert '<a href="https://harbour-ledger.example/2024/11/04/sea-wall" rel="noopener noreferrer">' in body
    # the other quotes of the article, and the raw record
    assert "Tide after tide, the high tide keeps climbing" in body
    assert "We will build a sea wall that outlasts every one of us" in body
    assert 'class="quotedb-record"' in body


def test_unattributed_quote_page(site, ids):
    qid = ids["quote"]["We have heard promises before"]
    body = content(page(site, f"/{DB}/quotes/{qid}"))
    assert "not attributed" in visible(re.search(r'class="quote-speaker">(.*?)</dd>', body, re.S).group(1))
    assert "0.30" in body
    assert '<mark class="quote-in-context">We have heard promises before</mark>' in body


# --- outlet page --------------------------------------------------------------------------


def test_outlet_page_shows_whom_it_quotes_most(site, ids):
    oid = ids["outlet"]["Harbour Ledger"]
    text = page(site, f"/{DB}/outlets/{oid}")
    assert "<title>Harbour Ledger: whom it quotes</title>" in text
    body = content(text)
    table = re.search(r'<table class="quotedb-table outlet-speakers">(.*?)</table>', body, re.S).group(1)
    ranked = [
        (name, int(n))
        for name, n in re.findall(r'speakers/\d+">([^<]+)</a></td>.*?speaker_id=\d+">(\d+)</a>', table, re.S)
    ]
    assert ranked == [("Osei Brannigan", 4), ("Marta Quillfeather", 2)]
    assert "Mayor opens the budget talks" in body
    assert visible(re.search(r'class="outlet-articles">(.*?)</dd>', body, re.S).group(1)) == "3"


# --- canned queries -----------------------------------------------------------------------


def test_canned_queries_are_listed_with_titles(site):
    data = site.get(f"/{DB}.json").json()
    titles = {q["name"]: q["title"] for q in data["queries"]}
    assert titles == {
        "search": "Search quotations",
        "who_said": "Who said a phrase",
        "speaker_quotes": "A speaker's quotes in a date range",
        "top_speakers_by_outlet_month": "Most-quoted speakers per outlet and month",
        "same_day_speakers": "Speakers quoted by several outlets on the same day",
        "speaker_feed": "New quotations of a speaker",
        "search_feed": "New quotations matching a search",
        "conflicts": "Quotations credited to more than one person",
        "most_carried": "The most-carried quotations",
    }


def test_who_said_a_phrase(site, ids):
    found = rows(site, query("who_said", phrase="sea walls"))
    assert [(r["speaker"], r["times"]) for r in found] == [("Marta Quillfeather", 3), ("Lena Vostrikova", 1)]
    assert found[0]["first_said"] == "2024-11-04" and found[0]["last_said"] == "2024-12-10"
    assert set(found[0]["outlets"].split(",")) == {"Harbour Ledger", "Valley Courier", "Northgate Tribune"}
    assert found[0]["example"] == "We will build a sea wall that outlasts every one of us"
    assert rows(site, query("who_said", phrase="wall sea")) == []
    body = content(page(site, f"/{DB}/who_said?phrase=sea+wall"))
    assert f'<a href="/{DB}/speakers/{ids["speaker"]["Marta Quillfeather"]}">Marta Quillfeather</a>' in body
    assert "We will build a <mark>sea</mark> <mark>wall</mark> that outlasts" in body


def test_who_said_includes_unattributed_quotes(site):
    found = rows(site, query("who_said", phrase="heard promises"))
    assert [(r["speaker"], r["speaker_id"]) for r in found] == [("(unattributed)", None)]


def test_speaker_quotes_in_a_date_range(site):
    found = rows(site, query("speaker_quotes", speaker="Quillfeather", since="2024-12-01", until="2025-03"))
    assert [(r["published"], r["quote"]) for r in found] == [
        ("2025-03-02", "The budget talks start today and the doors stay open"),
        ("2024-12-10", "Nobody's wages will fund the sea wall"),
    ]
    # an alias finds them too, and empty dates mean no limit
    assert len(rows(site, query("speaker_quotes", speaker="Mayor Quillfeather", since="", until=""))) == 4
    assert rows(site, query("speaker_quotes", speaker="Quillfeather", since="2026-01-01", until="")) == []


def test_most_quoted_speakers_per_outlet_and_month(site):
    found = rows(site, query("top_speakers_by_outlet_month", outlet="Harbour", month="", top=""))
    assert {(r["month"], r["rank"], r["speaker"], r["quotes"]) for r in found} == {
        ("2025-03", 1, "Marta Quillfeather", 1),
        ("2025-01", 1, "Osei Brannigan", 2),
        ("2024-11", 1, "Osei Brannigan", 2),
        ("2024-11", 2, "Marta Quillfeather", 1),
    }
    top1 = rows(site, query("top_speakers_by_outlet_month", outlet="Harbour", month="2024-11", top="1"))
    assert [(r["speaker"], r["quotes"]) for r in top1] == [("Osei Brannigan", 2)]
    every = rows(site, query("top_speakers_by_outlet_month", outlet="", month="2024-11", top=""))
    assert {r["outlet"] for r in every} == {"Harbour Ledger", "Valley Courier"}


def test_speakers_quoted_by_several_outlets_on_the_same_day(site):
    found = rows(site, query("same_day_speakers", since="", until="", min_outlets=""))
    assert [(r["day"], r["speaker"], r["outlet_count"]) for r in found] == [("2024-11-04", "Marta Quillfeather", 2)]
    assert set(found[0]["outlets"].split(",")) == {"Harbour Ledger", "Valley Courier"}
    assert rows(site, query("same_day_speakers", since="", until="", min_outlets="3")) == []
    assert rows(site, query("same_day_speakers", since="2024-12-01", until="", min_outlets="")) == []


@pytest.mark.parametrize(
    "name", ["search", "who_said", "speaker_quotes", "top_speakers_by_outlet_month", "same_day_speakers"]
)
def test_canned_query_pages_show_their_form_and_sql(site, name):
    text = page(site, f"/{DB}/{name}")
    assert "message-error" not in text
    assert 'name="' in text
    # a page in words: its title as the tab's title, labelled fields, no database words
    titles = {q["name"]: q["title"] for q in site.get(f"/{DB}.json").json()["queries"]}
    assert html.unescape(re.search(r"<title>(.*?)</title>", text, re.S).group(1)) == titles[name]
    for database_words in ("Query parameters", "Run SQL", "Custom SQL query"):
        assert database_words not in text, database_words
    assert 'value="Search"' in text if name in ("search", "who_said") else 'value="Show"' in text
    # the SQL folded away, one click to show it
    assert 'id="sql-query"' not in text
    assert f'href="/{DB}/{name}?_show_sql=1">Show the SQL</a>' in text
    assert 'id="sql-query"' in page(site, f"/{DB}/{name}?_show_sql=1")
    assert "Edit SQL" in text  # a starting point for one's own SQL


# --- untrusted article text ---------------------------------------------------------------


def test_article_markup_is_shown_as_text_everywhere(site, ids, corpus):
    XSS_TITLE, XSS_QUOTE, XSS_IMG_QUOTE = corpus.XSS_TITLE, corpus.XSS_QUOTE, corpus.XSS_IMG_QUOTE
    qid = ids["quote"][XSS_QUOTE]
    img = ids["quote"][XSS_IMG_QUOTE]
    sid = ids["speaker"]["Tobias Fenwick"]
    oid = ids["outlet"]["Northgate Tribune"]
    paths = [
        f"/{DB}/quotes/{qid}",
        f"/{DB}/quotes/{img}",
        f"/{DB}/speakers/{sid}",
        f"/{DB}/outlets/{oid}",
        f"/{DB}/search?q=script+alert&speaker=&outlet=&since=&until=",
        f"/{DB}/search?q=onerror&speaker=&outlet=&since=&until=",
        f"/{DB}/who_said?phrase=comment+box",
        f"/{DB}/quotes?_search=script",
        f"/{DB}/quotes?_search=script&_wide=1",
        f"/{DB}/articles",
        f"/{DB}/articles/6",
        f"/{DB}/speaker_quotes?speaker=Fenwick&since=&until=",
        f"/{DB}/speakers",
        f"/{DB}/speaker_summary",
        f"/{DB}/quotes?_wide=1&speaker_id={sid}",
        f"/{DB}/quotes/{qid}?_wide=1",
    ]
    for path in paths:
        text = page(site, path)
        body = content(text)
        assert_no_payload(body)
    quote_page = content(page(site, f"/{DB}/quotes/{qid}"))
    assert esc(XSS_QUOTE) in quote_page
    assert "Typing &lt;script&gt;alert(1)&lt;/script&gt; into the comment box" in quote_page
    assert esc(XSS_TITLE) in quote_page
    assert "&lt;script&gt;alert(&#34;title&#34;)&lt;/script&gt;" in quote_page
    assert esc(XSS_IMG_QUOTE) in content(page(site, f"/{DB}/quotes/{img}"))
    # the article's address is javascript:, so it is shown but never linked
    assert "javascript:alert(3)" in visible(quote_page)
    assert 'href="javascript:' not in quote_page
    search = content(page(site, f"/{DB}/search?q=script+alert&speaker=&outlet=&since=&until="))
    assert "Typing &lt;<mark>script</mark>&gt;<mark>alert</mark>(1)&lt;/<mark>script</mark>&gt;" in search
    # the article's title is shown as text, and not linked since its address is not http(s)
    assert f'<td class="col-article">{esc(XSS_TITLE)}</td>' in search


# --- the site's helpers (quotedb/site/) -------------------------------------------------------------


def test_fts_query_is_always_valid_fts5():
    conn = sqlite3.connect(":memory:")
    conn.execute("create virtual table t using fts5(x, tokenize='porter')")
    conn.execute("insert into t values ('the sea wall holds'), ('NEAR the AND gate')")
    nasty = [
        "",
        '"',
        'a"b',
        "NEAR(a b)",
        "AND",
        "x OR",
        "(",
        ")",
        "*",
        "^a",
        "a:b",
        "'",
        "sea -wall",
        "ça va",
        "\\",
        "x" * 500,
        "NOT",
        "near and",
    ]
    for text in nasty:
        for q in (search.fts_query(text), search.fts_phrase(text)):
            conn.execute("select * from t where t match ?", [q]).fetchall()
    assert search.fts_query('sea "wall holds" gat*') == '"sea" "wall holds" "gat"*'
    assert conn.execute("select count(*) from t where t match ?", [search.fts_query("and near")]).fetchone()[0] == 1
    assert search.fts_phrase('"sea" wall') == '"sea wall"'


def test_marked_escapes_first():
    assert (
        str(search.marked("<b>walls</b> & the wall", "wall"))
        == "&lt;b&gt;<mark>walls</mark>&lt;/b&gt; &amp; the <mark>wall</mark>"
    )
    assert search.marked("nothing here", "wall") is None
    assert str(search.marked("Sea  wall, sea", '"sea wall"')) == "<mark>Sea  wall</mark>, sea"


def test_month_chart_fills_gaps_and_switches_to_years():
    chart = charts.month_chart({"2024-11": 2, "2025-02": 1})
    assert [b["label"] for b in chart["bars"]] == ["2024-11", "2024-12", "2025-01", "2025-02"]
    assert [b["count"] for b in chart["bars"]] == [2, 0, 0, 1]
    long = charts.month_chart({"2001-01": 1, "2020-06": 3})
    assert long["unit"] == "year" and len(long["bars"]) == 20
    assert charts.month_chart({}) is None


def test_split_context_prefers_offsets_and_falls_back():
    assert pages.split_context("He said: hi there.", 100, 110, 118, "hi there") == ("He said: ", "hi there", ".")
    # offsets that do not point at the quote: found by its text
    assert pages.split_context("He said: hi there.", 0, 1, 3, "hi there") == ("He said: ", "hi there", ".")
    assert pages.split_context(None, 0, 0, 1, "x") is None
    assert pages.split_context("unrelated", 0, 50, 60, "x") is None


def test_table_search_reads_searches_like_the_search_query(site):
    # prefix, phrase and odd input behave the same on the quotes table page
    data = site.get(f"/{DB}/quotes.json?_search=tax*&_shape=array").json()
    assert [r["quote"] for r in data] == ["Taxes on harbour fees could cover the first phase of the wall"]
    assert site.get(f"/{DB}/quotes.json?_search=%22wall+sea%22&_shape=array").json() == []
    assert len(site.get(f"/{DB}/quotes.json?_search=wall+sea&_shape=array").json()) == 4
    for odd in ("%22", "NEAR(", "AND", "-"):
        response = site.get(f"/{DB}/quotes?_search={odd}")
        assert response.status_code == 200 and "message-error" not in response.text


def test_most_quoted_speakers_view_links_to_speaker_pages(site, ids):
    body = content(page(site, f"/{DB}/speakers"))
    assert '<a href="speaker_summary">the most-quoted speakers first</a>' in body
    data = site.get(f"/{DB}/speaker_summary.json?_shape=array").json()
    assert [(r["speaker"], r["quotes"]) for r in data][:2] in (
        [("Marta Quillfeather", 4), ("Osei Brannigan", 4)],
        [("Osei Brannigan", 4), ("Marta Quillfeather", 4)],
    )
    body = content(page(site, f"/{DB}/speaker_summary"))
    assert "<h1>Most-quoted speakers (view)</h1>" in body
    sid = ids["speaker"]["Lena Vostrikova"]
    assert f'<td class="col-speaker type-str"><a href="/{DB}/speakers/{sid}">Lena Vostrikova</a></td>' in body


# --- sparse records: no title, outlet, date, url or context -------------------------------


@pytest.fixture(scope="module")
def bare(tmp_path_factory, make_site):
    from db.store import Store, open_db
    from ingest.records import Article, Quote

    path = tmp_path_factory.mktemp("bare") / "bare.db"
    store = Store(open_db(str(path)), "test-1")
    text = 'Someone wrote this down. "Keep the lights on," said Ada Rook. "And lock up," she added.'
    first = text.index("Keep the lights on")
    second = text.index("And lock up")
    store.save(
        Article(text=text),
        [
            Quote(
                quote="Keep the lights on", start=first, end=first + 18, speaker="Ada Rook", cue="said", confidence=0.8
            ),
            Quote(
                quote="And lock up",
                start=second,
                end=second + 11,
                mention="she",
                cue="added",
                confidence=0.2,
                context=text,
                context_start=0,
            ),
        ],
    )
    store.finish()
    store.db.close()
    return make_site(path)


def test_sparse_speaker_page(bare):
    body = content(page(bare, "/bare/speakers/1"))
    assert ">Ada Rook</h1>" in body
    assert "no other names" in body
    assert "quotedb-chart" not in body  # no dated quote, no chart
    assert "undated" in body


def test_sparse_quote_pages(bare):
    body = content(page(bare, "/bare/quotes/1"))
    assert "No context paragraph was stored." in body
    assert visible(re.search(r'class="quote-outlet">(.*?)</dd>', body, re.S).group(1)) == "unknown"
    assert visible(re.search(r'class="quote-date">(.*?)</dd>', body, re.S).group(1)) == "undated"
    assert visible(re.search(r'class="quote-url">(.*?)</dd>', body, re.S).group(1)) == "no address"
    assert ">untitled</a>" in body
    second = content(page(bare, "/bare/quotes/2"))
    assert '<mark class="quote-in-context">And lock up</mark>' in second
    assert "not attributed" in second


def test_sparse_search_and_facets(bare):
    found = rows(bare, "/bare/search.json?" + urllib.parse.urlencode({"q": "lights", **EMPTY, "_shape": "array"}))
    assert [r["quote"] for r in found] == ["Keep the lights on"]
    assert bare.get("/bare/quotes").status_code == 200


def test_arbitrary_sql_can_use_the_search_functions(site):
    sql = "select quote from quotes where id in (select rowid from quotes_fts where quotes_fts match quotedb_fts(:q)) order by id"
    data = rows(
        site, f"/{DB}.json?" + urllib.parse.urlencode({"sql": sql, "q": '"sea wall" budget', "_shape": "array"})
    )
    assert data == [{"quote": "If the sea wall budget comes out of our wages, we strike"}]


def test_quotes_table_shows_the_mention_of_an_unattributed_quote(site):
    body = content(page(site, f"/{DB}/quotes?_search=promises"))
    assert '<em class="mention" title="not attributed to a named speaker">she</em>' in body


# --- issue 12: a site in plain words ------------------------------------------------------
# A second small corpus (fictional): a speaker whose name stems like a word of the quotes
# ("Ferris", "ferry"), an article naming her by surname only, a speaker named in the
# paragraph before his quotation, an unattributed quotation, and news-style trailing commas
# inside the marks.

PLAIN = [
    # (title, outlet, date, url, paragraphs, [(quotation as stored, speaker, mention)])
    (
        "Islanders wait for a second boat",
        "Quay Gazette",
        "2025-05-01",
        "https://quay-gazette.example/2025/05/01/boat",
        ['"Nobody asked the islanders about the boat," said Calla Ferris.'],
        [("Nobody asked the islanders about the boat,", "Calla Ferris", "Calla Ferris")],
    ),
    (
        "The boat question again",
        "Quay Gazette",
        "2025-05-08",
        "https://quay-gazette.example/2025/05/08/again",
        ['Ferris was not done. "We need a second boat," Ferris said.'],
        [("We need a second boat,", "Ferris", "Ferris")],
    ),
    (
        "Morning crossings are full",
        "Strand Herald",
        "2025-06-02",
        "https://strand-herald.example/crossings",
        [
            '"The ferry is full by seven and the boat is old," said Dov Amberly.',
            "Harbourmaster Pell Orrin spoke next:",
            '"Every mooring is taken until spring."',
            '"It was chaos on the boat," one passenger said.',
        ],
        [
            ("The ferry is full by seven and the boat is old,", "Dov Amberly", "Dov Amberly"),
            ("Every mooring is taken until spring.", "Pell Orrin", "Pell Orrin"),
            ("It was chaos on the boat,", None, "one passenger"),
        ],
    ),
]


def _build_plain(path) -> None:
    from db.store import Store, open_db
    from ingest.records import Article, Quote

    store = Store(open_db(str(path)), "test-1")
    for title, outlet, date, url, paragraphs, quotes in PLAIN:
        text = "\n".join(paragraphs)
        records = []
        for quotation, who, mention in quotes:
            start = text.index(quotation)
            end = start + len(quotation)
            begin = text.rfind("\n", 0, start) + 1
            finish = text.find("\n", end)
            finish = len(text) if finish < 0 else finish
            at = text.find(mention)
            records.append(
                Quote(
                    quote=quotation,
                    start=start,
                    end=end,
                    speaker=who,
                    mention=mention,
                    cue="said",
                    speaker_start=at,
                    speaker_end=at + len(mention),
                    context=text[begin:finish],
                    context_start=begin,
                    kind="direct",
                    confidence=0.9 if who else 0.3,
                )
            )
        store.save(Article(text=text, title=title, outlet=outlet, url=url, published=date, author="Desk"), records)
    store.finish()
    store.db.close()


@pytest.fixture(scope="module")
def plain(tmp_path_factory, make_site):
    path = tmp_path_factory.mktemp("plain") / "harbour.db"
    _build_plain(path)
    db = sqlite_utils.Database(path)
    found = SimpleNamespace(
        path=path,
        quote={
            display: r["id"] for r in db.query("select id, quote from quotes") for display in [r["quote"].rstrip(",")]
        },
        speaker={r["name"]: r["id"] for r in db.query("select id, name from speakers")},
    )
    db.close()
    found.site = make_site(path)
    return found


def search_rows(site, db: str, q: str, **filters) -> list[dict]:
    params = {"q": q, **EMPTY, **filters, "_shape": "array"}
    return rows(site, f"/{db}/search.json?" + urllib.parse.urlencode(params))


def test_search_reads_the_quotation_not_the_speaker(plain):
    # "ferry" and "Ferris" share the porter stem "ferri": only the quotation's words count
    found = search_rows(plain.site, "harbour", "ferry")
    assert [r["quote"] for r in found] == ["The ferry is full by seven and the boat is old,"]
    # her name finds the word it stems like, never her quotations for being hers
    assert [r["quote"] for r in search_rows(plain.site, "harbour", "Ferris")] == [
        "The ferry is full by seven and the boat is old,"
    ]
    assert search_rows(plain.site, "harbour", "Amberly") == []
    fts_columns = [c.name for c in sqlite_utils.Database(plain.path)["quotes_fts"].columns]
    assert fts_columns == ["quote"]


def test_search_speaker_filter_finds_the_person_by_any_name(plain):
    ferris = plain.speaker["Calla Ferris"]
    for name in ("Calla Ferris", "Ferris", "calla"):
        found = search_rows(plain.site, "harbour", "boat", speaker=name)
        # the article that said only "Ferris" included
        assert {r["quote_id"] for r in found} == {
            plain.quote["Nobody asked the islanders about the boat"],
            plain.quote["We need a second boat"],
        }, name
        assert {r["speaker_id"] for r in found} == {ferris}
    assert search_rows(plain.site, "harbour", "boat", speaker="Nobody Known") == []


def test_speaker_page_searches_and_follows_that_person(plain):
    ferris = plain.speaker["Calla Ferris"]
    text = page(plain.site, f"/harbour/speakers/{ferris}")
    body = content(text)
    form = re.search(r'<form class="quotedb-search" action="([^"]+)"[^>]*>(.*?)</form>', body, re.S)
    assert form.group(1) == "/harbour/quotes"
    assert f'name="speaker_id" value="{ferris}"' in form.group(2) and 'name="_search"' in form.group(2)
    found = rows(plain.site, f"/harbour/quotes.json?speaker_id={ferris}&_search=boat&_shape=array")
    assert len(found) == 2
    assert f'href="/harbour/speaker_feed.atom?speaker_id={ferris}"' in body
    assert (
        f'type="application/atom+xml" title="New quotations of Calla Ferris" href="/harbour/speaker_feed.atom?speaker_id={ferris}"'
        in text
    )


def test_schema_moves_an_old_search_index_to_the_quotation_alone(tmp_path):
    from db.store import open_db

    path = tmp_path / "old.db"
    _build_plain(path)
    old = sqlite_utils.Database(path)
    old["quotes"].disable_fts()
    old["quotes"].enable_fts(["quote", "speaker_name"], fts_version="FTS5", create_triggers=True, tokenize="porter")
    assert old.execute("select count(*) from quotes_fts where quotes_fts match 'amberly'").fetchone()[0] == 1
    old.close()
    db = open_db(str(path))
    assert [c.name for c in db["quotes_fts"].columns] == ["quote"]
    assert db.execute("select count(*) from quotes_fts where quotes_fts match 'amberly'").fetchone()[0] == 0
    assert db.execute("select count(*) from quotes_fts where quotes_fts match 'boat'").fetchone()[0] == 4
    # and the triggers follow the table again
    db.execute("update quotes set quote = 'A ferry at last' where speaker_name = 'Ferris'")
    assert db.execute("select count(*) from quotes_fts where quotes_fts match 'ferry'").fetchone()[0] == 2
    db.close()


def test_facet_headings_are_words(plain):
    body = content(page(plain.site, "/harbour/quotes"))
    headings = [
        visible(h).rsplit(" ", 1)[0]
        for h in re.findall(r'<p class="facet-info-name">\s*<strong>(.*?)</strong>', body, re.S)
    ]
    assert sorted(headings) == ["Day", "Month", "Outlet", "Speaker", "Year"]
    for facet in ("speaker_id", "outlet_id", "published_year", "published_month", "published"):
        assert f'id="facet-{facet}"' in body  # the facets keep their column for links and scripts


def test_filter_form_offers_columns_in_words(plain):
    ferris = plain.speaker["Calla Ferris"]
    body = content(page(plain.site, f"/harbour/quotes?speaker_id={ferris}"))
    form = re.search(r'<form class="filters".*?</form>', body, re.S).group(0)
    # the choices read as words and still send the column
    assert '<option value="speaker_id">Speaker</option>' in form
    assert '<option value="published_month">Month</option>' in form
    assert '<option value="speaker_id" selected>Speaker</option>' in form  # the applied filter
    assert not re.search(r"<option( selected)?>(speaker_id|outlet_id|published_month)</option>", form)
    # the form still filters: Datasette reads the value, not the label
    sent = plain.site.get(f"/harbour/quotes.json?_filter_column=speaker_id&_filter_op=exact&_filter_value={ferris}")
    assert sent.status_code == 302 and sent.headers["location"] == f"/harbour/quotes.json?speaker_id__exact={ferris}"
    title = html.unescape(
        re.search(r"<title>(.*?)</title>", page(plain.site, f"/harbour/quotes?speaker_id__exact={ferris}")).group(1)
    )
    assert title == "Quotations: 2 said by Calla Ferris, newest first"


def test_unknown_speaker_facet_value(plain):
    data = plain.site.get("/harbour/quotes.json").json()
    speakers = {f["label"]: f["count"] for f in data["facet_results"]["speaker_id"]["results"]}
    assert speakers == {"Calla Ferris": 2, "Dov Amberly": 1, "Pell Orrin": 1, "unknown speaker": 1}
    body = content(page(plain.site, "/harbour/quotes"))
    link = re.search(r'<li class="facet-unknown"><a href="([^"]+)"><em>unknown speaker</em></a> 1</li>', body)
    assert link and "speaker_id__isnull=1" in html.unescape(link.group(1))
    text = page(plain.site, "/harbour/quotes?speaker_id__isnull=1")
    assert "with no known speaker" in re.search(r"<title>(.*?)</title>", text).group(1)
    assert [r["quote"] for r in rows(plain.site, "/harbour/quotes.json?speaker_id__isnull=1&_shape=array")] == [
        "It was chaos on the boat,"
    ]
    # selected, it says so and can be removed
    assert re.search(
        r'<li class="facet-unknown"><em>unknown speaker</em> &middot; 1 <a href="[^"]+" class="cross"', content(text)
    )
    # a filter narrows its count like any other value
    outlet = rows(plain.site, "/harbour/outlets.json?name=Quay+Gazette&_shape=array")[0]["id"]
    narrowed = plain.site.get(f"/harbour/quotes.json?outlet_id={outlet}").json()["facet_results"]["speaker_id"][
        "results"
    ]
    assert {f["label"] for f in narrowed} == {"Calla Ferris"}


def test_titles_and_breadcrumbs_in_words(plain):
    qid = plain.quote["We need a second boat"]
    text = page(plain.site, f"/harbour/quotes/{qid}")
    crumbs = visible(re.search(r'<p class="crumbs">(.*?)</p>', text, re.S).group(1))
    assert crumbs == "Home / All data / Quotations"
    ferris = plain.speaker["Calla Ferris"]
    table = page(plain.site, f"/harbour/quotes?speaker_id={ferris}&_search=boat")
    title = html.unescape(re.search(r"<title>(.*?)</title>", table).group(1))
    assert title == "Quotations: 2 said by Calla Ferris, matching “boat”, newest first"
    assert "speaker_id =" not in content(table)
    assert (
        html.unescape(re.search(r"<title>(.*?)</title>", page(plain.site, "/harbour/search?q=boat")).group(1))
        == "Search quotations: “boat”"
    )
    assert "<title>Speakers" in page(plain.site, "/harbour/speakers")


def test_aliases_are_words_not_json(site):
    body = content(page(site, f"/{DB}/speakers"))
    assert '<td class="col-aliases type-str">Mayor Quillfeather, Quillfeather</td>' in body
    assert "[&#34;" not in body and '["' not in body


def test_exports_carry_names_beside_the_ids(plain):
    ferris = plain.speaker["Calla Ferris"]
    body = content(page(plain.site, f"/harbour/quotes?speaker_id={ferris}&_search=boat"))
    links = dict(re.findall(r'<a class="export-([a-z-]+)" href="([^"]+)"', body))
    csv_url = html.unescape(links["csv"])
    assert csv_url.startswith("/harbour/quotes_export.csv?")
    assert {("speaker_id", str(ferris)), ("_search", "boat")} <= set(urllib.parse.parse_qsl(csv_url.split("?", 1)[1]))
    table = list(csv.DictReader(io.StringIO(plain.site.get(csv_url).text)))
    assert {
        "id",
        "quote",
        "speaker_id",
        "speaker",
        "outlet_id",
        "outlet",
        "article_id",
        "article_title",
        "article_url",
        "published",
    } <= set(table[0])
    assert sorted((r["speaker"], r["outlet"], r["article_title"], r["article_url"], r["published"]) for r in table) == [
        (
            "Calla Ferris",
            "Quay Gazette",
            "Islanders wait for a second boat",
            "https://quay-gazette.example/2025/05/01/boat",
            "2025-05-01",
        ),
        (
            "Calla Ferris",
            "Quay Gazette",
            "The boat question again",
            "https://quay-gazette.example/2025/05/08/again",
            "2025-05-08",
        ),
    ]
    data = rows(plain.site, html.unescape(links["json"]))
    assert {(r["speaker"], r["outlet"], r["article_title"]) for r in data} == {
        ("Calla Ferris", "Quay Gazette", "Islanders wait for a second boat"),
        ("Calla Ferris", "Quay Gazette", "The boat question again"),
    }
    unknown = rows(plain.site, "/harbour/quotes_export.json?speaker_id__isnull=1&_shape=array")
    assert [(r["speaker"], r["mention"], r["outlet"]) for r in unknown] == [(None, "one passenger", "Strand Herald")]


def test_context_shows_the_attribution_paragraph_and_the_quotation_marked(plain):
    qid = plain.quote["Every mooring is taken until spring."]
    body = content(page(plain.site, f"/harbour/quotes/{qid}"))
    paragraphs = re.findall(r'<div class="quotedb-context( quotedb-attribution)?">(.*?)</div>', body, re.S)
    assert [(bool(a), p) for a, p in paragraphs] == [
        (True, 'Harbourmaster <mark class="speaker-in-context">Pell Orrin</mark> spoke next:'),
        (False, '&#34;<mark class="quote-in-context">Every mooring is taken until spring.</mark>&#34;'),
    ]
    # in one paragraph, both are marked there
    same = content(page(plain.site, f"/harbour/quotes/{plain.quote['We need a second boat']}"))
    one = re.findall(r'<div class="quotedb-context">(.*?)</div>', same, re.S)
    assert one == [
        '<mark class="speaker-in-context">Ferris</mark> was not done. &#34;<mark class="quote-in-context">We need a second boat,</mark>&#34; Ferris said.'
    ]


def test_quotation_shown_without_the_writers_comma(plain, plain_db_rows=None):
    qid = plain.quote["We need a second boat"]
    row = sqlite_utils.Database(plain.path)["quotes"].get(qid)
    article = sqlite_utils.Database(plain.path)["articles"].get(row["article_id"])
    assert article["text"][row["start"] : row["end"]] == row["quote"] == "We need a second boat,"  # offsets unchanged
    body = content(page(plain.site, f"/harbour/quotes/{qid}"))
    assert '<blockquote class="quotedb-quote">“We need a second boat”</blockquote>' in body
    listing = content(page(plain.site, "/harbour/quotes"))
    assert ">We need a second boat</td>" in listing and "second boat,<" not in listing
    searched = content(page(plain.site, "/harbour/search?q=second&speaker=&outlet=&since=&until="))
    assert "We need a <mark>second</mark> boat</td>" in searched
    speaker = content(page(plain.site, f"/harbour/speakers/{plain.speaker['Calla Ferris']}"))
    assert "“We need a second boat”" in speaker
    # a question mark, an exclamation mark or a full stop is the speaker's own
    from quotedb.quotation import display_quote

    assert [display_quote(t) for t in ("Why not?", "Stop!", "It ended.", "We strike,", "as follows:", "Wait —")] == [
        "Why not?",
        "Stop!",
        "It ended.",
        "We strike",
        "as follows",
        "Wait —",
    ]


def test_cite_this_quotation(plain):
    qid = plain.quote["Nobody asked the islanders about the boat"]
    body = content(page(plain.site, f"/harbour/quotes/{qid}"))
    text = html.unescape(re.search(r'<textarea id="cite-text"[^>]*>(.*?)</textarea>', body, re.S).group(1))
    assert text == (
        "Calla Ferris: “Nobody asked the islanders about the boat” Quoted in “Islanders wait for a "
        "second boat”, Quay Gazette, 2025-05-01. https://quay-gazette.example/2025/05/01/boat"
    )
    assert f'href="/harbour/quotes/{qid}.bib"' in body and f'href="/harbour/quotes/{qid}.csljson"' in body
    bib = plain.site.get(f"/harbour/quotes/{qid}.bib")
    assert bib.status_code == 200 and f'filename="quote-{qid}.bib"' in bib.headers["content-disposition"]
    assert bib.text == (
        f"@article{{quotedb-quote-{qid},\n"
        "  title = {Islanders wait for a second boat},\n"
        "  journal = {Quay Gazette},\n"
        "  author = {Desk},\n"
        "  date = {2025-05-01},\n"
        "  year = {2025},\n"
        "  url = {https://quay-gazette.example/2025/05/01/boat},\n"
        "  note = {Calla Ferris: ``Nobody asked the islanders about the boat''}\n"
        "}\n"
    )
    csl = plain.site.get(f"/harbour/quotes/{qid}.csljson")
    assert csl.headers["content-type"].startswith("application/vnd.citationstyles.csl+json")
    assert csl.json() == [
        {
            "id": f"quotedb-quote-{qid}",
            "type": "article-newspaper",
            "title": "Islanders wait for a second boat",
            "note": "Calla Ferris: “Nobody asked the islanders about the boat”",
            "container-title": "Quay Gazette",
            "author": [{"literal": "Desk"}],
            "issued": {"date-parts": [[2025, 5, 1]]},
            "URL": "https://quay-gazette.example/2025/05/01/boat",
        }
    ]
    # the quotations of a page, cited together; an unknown speaker is said to be unknown
    every = plain.site.get("/harbour/quotes.bib?_search=boat").text
    assert every.count("@article{") == 4 and "Unknown speaker: ``It was chaos on the boat''" in every


def test_bibtex_escapes_what_would_break_a_field():
    from quotedb.citation import Citation

    cite = Citation.from_row(
        {
            "id": 1,
            "quote": "100% {sure} & #1",
            "speaker": "A_B",
            "article_title": "T~x",
            "published": "2025",
            "article_url": "javascript:alert(1)",
        }
    )
    bib = cite.bibtex()
    assert r"note = {A\_B: ``100\% \{sure\} \& \#1''}" in bib
    assert r"title = {T\textasciitilde{}x}" in bib
    assert "url" not in bib  # not a web address: not cited as one


def _atom(site, path: str):
    import xml.etree.ElementTree as ET

    response = site.get(path)
    assert response.status_code == 200, response.text[:500]
    assert response.headers["content-type"].startswith("application/atom+xml")
    ns = {"a": "http://www.w3.org/2005/Atom"}
    feed = ET.fromstring(response.content)
    entries = [
        (e.find("a:title", ns).text, e.find("a:link", ns).get("href"), e.find("a:updated", ns).text)
        for e in feed.findall("a:entry", ns)
    ]
    return feed.find("a:title", ns).text, entries


def test_atom_feed_of_a_speaker(plain):
    ferris = plain.speaker["Calla Ferris"]
    title, entries = _atom(plain.site, f"/harbour/speaker_feed.atom?speaker_id={ferris}")
    assert title == "New quotations of Calla Ferris"
    assert [(t, link.rsplit("/", 1)[1]) for t, link, _ in entries] == [
        ("Calla Ferris: “We need a second boat”", str(plain.quote["We need a second boat"])),
        (
            "Calla Ferris: “Nobody asked the islanders about the boat”",
            str(plain.quote["Nobody asked the islanders about the boat"]),
        ),
    ]
    assert all(link.startswith("http") and "/harbour/quotes/" in link for _, link, _ in entries)


def test_atom_feed_of_a_saved_search(plain):
    body = content(page(plain.site, "/harbour/search?q=boat&speaker=ferris&outlet=&since=&until="))
    link = html.unescape(re.search(r'<a class="atom-feed" href="([^"]+)"', body).group(1))
    assert link == "/harbour/search_feed.atom?q=boat&speaker=ferris&outlet="
    title, entries = _atom(plain.site, link)
    assert title == "New quotations matching a search: “boat” by ferris"
    assert len(entries) == 2
    # a search nothing matches yet is an empty feed, not an error
    title, entries = _atom(plain.site, "/harbour/search_feed.atom?q=albatross&speaker=&outlet=")
    assert entries == []
