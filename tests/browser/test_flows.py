"""What a journalist does on the site, in headless Chromium against a real `quotedb serve`.

Expectations are read from the served database itself, so the flows hold for the demo
corpus whatever the extractor finds in it (and for the fixture corpus when the demo
cannot be built). Each flow saves a screenshot under test-output/screenshots/.
"""

from __future__ import annotations

import csv
import io
import json
import re
import urllib.error
import urllib.parse
import urllib.request

import pytest

from quotedb.quotation import display_quote

pytestmark = pytest.mark.browser


def top_speaker(server):
    return server.sql(
        """select speakers.id, speakers.name, count(*) as n from quotes
           join speakers on speakers.id = quotes.speaker_id
           group by speakers.id order by n desc, speakers.id limit 1"""
    )[0]


def search_word(server) -> tuple[str, int]:
    """A word of one of the top speaker's quotes, and that quote's id: the word of 6 letters
    or more found in most quotes, short of a quarter of them (a search with a few results)."""
    speaker = top_speaker(server)
    quotes = server.sql("select id, quote from quotes where speaker_id = ? order by id", [speaker["id"]])
    total = server.sql("select count(*) from quotes")[0][0]
    best = None
    for q in quotes:
        for word in sorted(set(w.lower() for w in re.findall(r"[A-Za-z]{6,}", q["quote"]))):
            hits = server.sql("select count(*) from quotes_fts where quotes_fts match ?", [f'"{word}"'])[0][0]
            # words (and their first four letters) in no speaker's name, so that the
            # prefix search of the facets flow marks a match in every result
            in_names = server.sql("select count(*) from quotes where lower(speaker_name) like ?", [f"%{word[:4]}%"])[0][
                0
            ]
            if in_names == 0 and 1 <= hits <= max(3, total // 4) and (best is None or hits > best[0]):
                best = (hits, word, q["id"])
    if best is None:
        pytest.fail("no word to search for in the top speaker's quotes")
    return best[1], best[2]


def results_ids(page) -> list[int]:
    hrefs = page.locator("td.col-quote_id a").evaluate_all("links => links.map(a => a.getAttribute('href'))")
    return [int(h.rsplit("/", 1)[1]) for h in hrefs]


def search_from_home(watched, text: str, screenshot: str | None = None) -> None:
    page = watched.page
    page.goto(watched.path("/"))
    if screenshot:
        watched.screenshot(screenshot)
    page.fill("#quotedb-q", text)
    page.press("#quotedb-q", "Enter")
    page.wait_for_url(re.compile(r"/search\?"))
    page.wait_for_load_state("load")


def test_search_ranked_marked_and_linked(watched, server):
    word, quote_id = search_word(server)
    search_from_home(watched, word, screenshot="home")
    page = watched.page
    ids = results_ids(page)
    assert quote_id in ids
    # ranked as SQLite's bm25 ranks them (best, i.e. lowest, first), not by date
    score = dict(server.sql("select rowid, rank from quotes_fts where quotes_fts match ?", [f'"{word}"']))
    assert set(ids) == set(score)
    assert [score[i] for i in ids] == sorted(score[i] for i in ids)
    row = page.locator("tr", has=page.locator(f"td.col-quote_id a[href$='/quotes/{quote_id}']"))
    marks = row.locator("td.col-quote mark").all_inner_texts()
    assert any(m.lower().startswith(word[:5]) for m in marks), marks
    db_row = server.sql(
        """select quotes.speaker_id, quotes.published, outlets.name as outlet, articles.url
           from quotes left join outlets on outlets.id = quotes.outlet_id
           left join articles on articles.id = quotes.article_id where quotes.id = ?""",
        [quote_id],
    )[0]
    if db_row["speaker_id"]:
        assert row.locator("td.col-speaker a").get_attribute("href").endswith(f"/speakers/{db_row['speaker_id']}")
    assert row.locator("td.col-outlet").inner_text() == (db_row["outlet"] or "")
    assert row.locator("td.col-published").inner_text() == db_row["published"]
    if db_row["url"] and db_row["url"].startswith("http"):
        assert row.locator("td.col-article a").get_attribute("href") == db_row["url"]
    watched.screenshot("search", docs=True)
    watched.assert_clean()


def test_facets_then_export_csv_and_json(watched, server):
    word, _ = search_word(server)
    # a broader search: the first letters of the word, as a prefix
    search_from_home(watched, word[:4] + "*")
    page = watched.page
    page.click("p.quotedb-facet-link a")
    page.wait_for_url(re.compile(r"/quotes\?_search="))
    for facet in ("speaker_id", "outlet_id", "published_year", "published_month", "published"):
        assert page.locator(f"#facet-{facet}").is_visible(), facet
    before = int(
        re.search(r"([\d,]+) quotations?", page.locator("h2.quotedb-count").inner_text()).group(1).replace(",", "")
    )
    # narrow by the first speaker, then by the first year offered
    speaker_link = page.locator("#facet-speaker_id li:not(.facet-unknown) a").first
    speaker = speaker_link.inner_text()
    speaker_link.click()
    page.wait_for_url(re.compile(r"speaker_id="))
    page.locator("#facet-published_year li a").first.click()
    page.wait_for_url(re.compile(r"published_year="))
    params = urllib.parse.parse_qs(urllib.parse.urlparse(page.url).query)
    year = params["published_year"][0]
    shown = page.locator("table.quotedb-results tbody tr")
    count = shown.count()
    assert 1 <= count <= before
    assert set(page.locator("td.col-speaker_id a").all_inner_texts()) == {speaker}
    assert all(d.startswith(year) for d in page.locator("td.col-published").all_inner_texts())
    assert page.locator("td.col-quote mark").count() >= 1
    watched.screenshot("facets")
    on_page = page.locator("td.col-quote").all_inner_texts()

    # CSV of what is on screen, downloaded as a file
    page.check("#export input[name=_dl]")
    with page.expect_download() as info:
        page.click("#export input[type=submit]")
    text = open(info.value.path(), encoding="utf-8").read()
    table = list(csv.DictReader(io.StringIO(text)))
    assert len(table) == count
    assert [r["quote"] for r in table] == on_page
    assert {r["speaker_id_label"] for r in table} == {speaker}
    assert {r["published_year"] for r in table} == {year}

    # the page's own CSV link downloads the same quotations, and its JSON link shows them
    with page.expect_download() as info:
        page.click("a.export-csv")
    shown_csv = list(csv.DictReader(io.StringIO(open(info.value.path(), encoding="utf-8").read())))
    assert [r["id"] for r in shown_csv] == [r["id"] for r in table]
    page.click("a.export-json")
    page.wait_for_url(re.compile(r"quotes_export\.json\?"))
    data = json.loads(page.inner_text("body"))
    assert len(data) == count
    watched.screenshot("export")
    watched.assert_clean()


def test_speaker_page_from_a_search_result(watched, server):
    word, quote_id = search_word(server)
    speaker = top_speaker(server)
    search_from_home(watched, word)
    page = watched.page
    row = page.locator("tr", has=page.locator(f"td.col-quote_id a[href$='/quotes/{quote_id}']"))
    row.locator("td.col-speaker a").click()
    page.wait_for_url(re.compile(rf"/speakers/{speaker['id']}$"))
    assert page.locator("section.content h1").inner_text() == speaker["name"]
    assert page.title() == f"{speaker['name']}: quotes"
    count = page.locator(".speaker-count").inner_text()
    assert count.startswith(f"{speaker['n']} quote")
    outlets = server.sql(
        "select count(distinct outlet_id) from quotes where speaker_id = ? and outlet_id is not null", [speaker["id"]]
    )[0][0]
    assert page.locator("table.speaker-outlets tr").count() == outlets + 1
    # the chart: drawn in the page, one bar per month, adding up to the dated quotes
    chart = page.locator("svg.quotedb-chart")
    assert chart.is_visible()
    counts = chart.locator("rect.bar").evaluate_all("bars => bars.map(b => Number(b.dataset.count))")
    dated = server.sql(
        "select count(*) from quotes where speaker_id = ? and published_month is not null", [speaker["id"]]
    )[0][0]
    assert sum(counts) == dated and max(counts) > 0
    box = chart.bounding_box()
    assert box["width"] > 300 and box["height"] > 100
    assert page.locator("ul.speaker-quotes li").count() == min(speaker["n"], 200)
    watched.screenshot("speaker", docs=True)
    watched.assert_clean()


def test_quote_in_context_then_its_outlet(watched, server):
    speaker = top_speaker(server)
    page = watched.page
    page.goto(watched.path(f"/{server.database}/speakers/{speaker['id']}"))
    page.locator("ul.speaker-quotes li a:text-is('in context')").first.click()
    page.wait_for_url(re.compile(r"/quotes/\d+$"))
    quote_id = int(page.url.rsplit("/", 1)[1])
    row = server.sql(
        """select quotes.*, articles.title, outlets.name as outlet from quotes
           left join articles on articles.id = quotes.article_id
           left join outlets on outlets.id = quotes.outlet_id where quotes.id = ?""",
        [quote_id],
    )[0]
    assert page.locator("blockquote.quotedb-quote").inner_text() == f"“{display_quote(row['quote'])}”"
    marked = page.locator("div.quotedb-context mark.quote-in-context")
    assert marked.is_visible()
    assert marked.inner_text() == row["quote"]
    context = page.locator("div.quotedb-context:not(.quotedb-attribution)").inner_text()
    assert context == row["context"] or context.strip() == row["context"].strip()
    s = row["start"] - row["context_start"]
    assert row["context"][s : s + len(row["quote"])] == marked.inner_text()
    assert page.locator(".quote-cue").inner_text() == (row["cue"] or "none")
    assert page.locator(".quote-confidence").inner_text().startswith(f"{row['confidence']:.2f}")
    assert page.locator(".quote-article a").first.inner_text() == row["title"]
    assert page.locator(".quote-date").inner_text() == row["published"]
    watched.screenshot("quote")

    # the whole article, this quotation marked among the others and linked back
    page.locator(".quote-article a").first.click()
    page.wait_for_url(re.compile(rf"/articles/{row['article_id']}$"))
    assert page.locator("section.content h1").inner_text() == row["title"]
    back = page.locator(f"a.quote-mark[href$='/quotes/{quote_id}'] mark")
    assert back.inner_text() == row["quote"]
    marked_in_article = page.locator("a.quote-mark").count()
    in_article = server.sql("select count(*) from quotes where article_id = ?", [row["article_id"]])[0][0]
    assert 1 <= marked_in_article <= in_article
    watched.screenshot("article")
    back.click()
    page.wait_for_url(re.compile(rf"/quotes/{quote_id}$"))

    page.locator(".quote-outlet a").click()
    page.wait_for_url(re.compile(rf"/outlets/{row['outlet_id']}$"))
    assert page.locator("section.content h1").inner_text() == row["outlet"]
    numbers = [int(n) for n in page.locator("table.outlet-speakers tr td:nth-child(3) a").all_inner_texts()]
    top = server.sql(
        """select count(*) from quotes where outlet_id = ? and speaker_id is not null
           group by speaker_id order by count(*) desc limit 1""",
        [row["outlet_id"]],
    )[0][0]
    assert numbers and numbers == sorted(numbers, reverse=True) and numbers[0] == top
    watched.screenshot("outlet")
    watched.assert_clean()


def test_article_markup_stays_text(watched, server):
    hostile = server.sql("select id, quote from quotes where quote like '%<script%' order by id limit 1")
    assert hostile, "the corpus has a quotation containing <script>"
    quote_id, quote = hostile[0]["id"], hostile[0]["quote"]
    search_from_home(watched, "script alert")
    page = watched.page
    assert quote_id in results_ids(page)
    text = page.locator("table.rows-and-columns").inner_text()
    assert "<script>" in text
    page.locator(f"td.col-quote_id a[href$='/quotes/{quote_id}']").click()
    page.wait_for_url(re.compile(rf"/quotes/{quote_id}$"))
    assert page.locator("blockquote.quotedb-quote").inner_text() == f"“{display_quote(quote)}”"
    assert page.locator("div.quotedb-context mark.quote-in-context").inner_text() == quote
    scripts = page.locator("section.content script").evaluate_all("s => s.map(e => e.textContent)")
    assert not any("alert" in s for s in scripts)
    watched.screenshot("xss-quote")

    titled = server.sql(
        """select articles.id, articles.title, min(quotes.id) as quote_id from articles
           left join quotes on quotes.article_id = articles.id
           where articles.title like '%<%' group by articles.id order by articles.id limit 1"""
    )
    assert titled, "the corpus has an article whose title contains markup"
    article = titled[0]
    if article["quote_id"]:
        page.goto(watched.path(f"/{server.database}/quotes/{article['quote_id']}"))
        assert page.locator(".quote-article a").first.inner_text() == article["title"]
    page.goto(watched.path(f"/{server.database}/articles/{article['id']}"))
    assert article["title"] in page.locator("section.content").inner_text()
    assert page.locator("section.content img").count() == 0
    page.goto(watched.path(f"/{server.database}/articles"))
    assert article["title"] in page.locator("table.rows-and-columns").inner_text()
    assert page.locator("section.content img").count() == 0
    watched.screenshot("xss-articles")
    assert watched.dialogs == []
    assert watched.errors == []
    watched.assert_clean()


def test_canned_query_who_said_and_its_sql(watched, server):
    speaker = top_speaker(server)
    first = server.sql("select quote from quotes where speaker_id = ? order by id limit 1", [speaker["id"]])[0][0]
    words = re.findall(r"\w+", first)  # as the FTS tokenizer cuts them, so the phrase is in the quote
    phrase = " ".join(words[:3])
    page = watched.page
    page.goto(watched.path("/"))
    page.click("a:text-is('who said a phrase')")
    page.wait_for_url(re.compile(r"/who_said"))
    page.fill("input[name=phrase]", phrase)
    page.click("form.sql input[type=submit]")
    page.wait_for_url(re.compile(r"phrase="))
    speakers = page.locator("td.col-speaker").all_inner_texts()
    assert speaker["name"] in speakers
    assert page.locator("td.col-example mark").count() >= 1
    watched.screenshot("who-said")
    page.click("a.canned-query-edit-sql")
    page.wait_for_url(re.compile(r"\?sql="))
    assert "quotedb_phrase(:phrase)" in page.locator("textarea#sql-editor").input_value()
    assert page.locator("input[name=phrase]").input_value() == phrase
    # run as arbitrary SQL, a starting point for one's own: the same speakers
    page.click("form.sql input[type=submit]")
    page.wait_for_load_state("load")
    assert page.locator("td.col-speaker").all_inner_texts() == speakers
    watched.screenshot("sql")
    watched.assert_clean()


def test_served_settings_and_no_file_download(server):
    with urllib.request.urlopen(server.url + "/-/settings.json") as r:
        settings = json.load(r)
    assert settings["allow_download"] is False and settings["default_page_size"] == 50
    with pytest.raises(urllib.error.HTTPError) as e:
        urllib.request.urlopen(f"{server.url}/{server.database}.db")
    assert e.value.code == 403
    with urllib.request.urlopen(f"{server.url}/{server.database}/quotes.csv") as r:
        assert r.status == 200 and r.read().startswith(b"id,quote,")
