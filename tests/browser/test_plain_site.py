"""Issue 12 in headless Chromium: a site a journalist uses without knowing it is a database.

Search reads only the quotation's words; the speaker filter finds a person by surname;
facets are headed in words and count the quotations with no known speaker; the CSV export
names the speaker, outlet and article; the context view marks the quotation and who says
it; a quotation can be cited and a speaker or a search followed as an Atom feed.
Expectations are read from the served database (the demo corpus, or the fixture corpus).
"""

from __future__ import annotations

import csv
import io
import re
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET

import pytest

from conftest import serving, watching
from quotedb.quotation import display_quote

pytestmark = pytest.mark.browser

ATOM = {"a": "http://www.w3.org/2005/Atom"}


def top_speaker(server):
    return server.sql(
        """select speakers.id, speakers.name, speakers.surname, count(*) as n from quotes
           join speakers on speakers.id = quotes.speaker_id
           group by speakers.id order by n desc, speakers.id limit 1"""
    )[0]


def fts_ids(server, word: str) -> set[int]:
    return {r[0] for r in server.sql("select rowid from quotes_fts where quotes_fts match ?", [f'"{word}"'])}


def common_word(server, speaker_id: int) -> str:
    """A word of 6 letters or more in the most of one speaker's quotations."""
    counts: dict[str, int] = {}
    for row in server.sql("select quote from quotes where speaker_id = ?", [speaker_id]):
        for word in set(w.lower() for w in re.findall(r"[A-Za-z]{6,}", row["quote"])):
            counts[word] = counts.get(word, 0) + 1
    return max(sorted(counts), key=lambda w: counts[w])


def search(watched, **fields: str) -> None:
    page = watched.page
    page.goto(watched.path(f"/{watched.server.database}/search"))
    for name, value in fields.items():
        page.fill(f"form.quotedb-query input[name={name}]", value)
    page.click("form.quotedb-query input[type=submit][value=Search]")
    page.wait_for_url(re.compile(r"/search\?"))
    page.wait_for_load_state("load")


def result_ids(page) -> list[int]:
    hrefs = page.locator("td.col-quote_id a").evaluate_all("links => links.map(a => a.getAttribute('href'))")
    return [int(h.rsplit("/", 1)[1]) for h in hrefs]


def test_search_shows_only_quotations_with_the_word(watched, server):
    # the top speaker's surname: before, it found every quotation credited to them
    speaker = top_speaker(server)
    word = speaker["surname"]
    search(watched, q=word)
    page = watched.page
    ids = result_ids(page)
    assert set(ids) == fts_ids(server, word)
    # every result has the word marked in the quotation itself
    for cell in page.locator("td.col-quote").all():
        assert cell.locator("mark").count() >= 1
    # and a word of theirs finds the quotations holding it, whoever said them
    common = common_word(server, speaker["id"])
    search(watched, q=common)
    assert set(result_ids(page)) == fts_ids(server, common)
    assert page.locator("td.col-quote mark").count() >= len(result_ids(page))
    assert page.title() == f"Search quotations: “{common}”"
    watched.screenshot("search-word")
    watched.assert_clean()


def test_speaker_filter_by_surname_finds_the_person(watched, server):
    speaker = top_speaker(server)
    word = common_word(server, speaker["id"])
    search(watched, q=word, speaker=speaker["surname"])
    page = watched.page
    links = page.locator("td.col-speaker a").evaluate_all("links => links.map(a => a.getAttribute('href'))")
    expected = {r[0] for r in server.sql("select id from quotes where speaker_id = ?", [speaker["id"]])} & fts_ids(
        server, word
    )
    # every quotation of the person, whatever name the article used, and nobody else's
    # unless their own names hold the surname too
    others = {
        r[0]
        for r in server.sql(
            "select id from speakers where id != ? and (name like ? or aliases like ?)",
            [speaker["id"], f"%{speaker['surname']}%", f"%{speaker['surname']}%"],
        )
    }
    ids = set(result_ids(page))
    assert expected <= ids
    assert {int(h.rsplit("/", 1)[1]) for h in links} <= {speaker["id"], *others}
    named_otherwise = server.sql(
        "select count(*) from quotes where speaker_id = ? and speaker_name != ?", [speaker["id"], speaker["name"]]
    )[0][0]
    print(f"{speaker['name']}: {len(ids)} results, {named_otherwise} of their quotations under another name")
    watched.assert_clean()


def test_facet_headings(watched, server):
    page = watched.page
    page.goto(watched.path(f"/{server.database}/quotes"))
    headings = {
        facet: page.locator(f"#facet-{facet} .facet-info-name strong").inner_text().split()[0]
        for facet in ("speaker_id", "outlet_id", "published_year", "published_month", "published")
    }
    assert headings == {
        "speaker_id": "Speaker",
        "outlet_id": "Outlet",
        "published_year": "Year",
        "published_month": "Month",
        "published": "Day",
    }
    watched.assert_clean()


@pytest.fixture(scope="module")
def fixture_server(site_db):
    """The fictional fixture corpus served on its own: it keeps quotations no one is credited
    with, which the demo articles, every quotation now credited, no longer have."""
    with serving(site_db, "fixture corpus") as s:
        yield s


@pytest.fixture
def watched_fixture(browser, fixture_server):
    with watching(browser, fixture_server) as w:
        yield w


def test_the_unknown_speaker_facet(watched_fixture, fixture_server):
    watched, server = watched_fixture, fixture_server
    page = watched.page
    page.goto(watched.path(f"/{server.database}/quotes"))
    unknown = server.sql("select count(*) from quotes where speaker_id is null")[0][0]
    assert unknown, "the fixture corpus must keep a quotation without a speaker"
    item = page.locator("#facet-speaker_id li.facet-unknown")
    assert item.inner_text().split() == ["unknown", "speaker", f"{unknown:,}"]
    item.locator("a").click()
    page.wait_for_url(re.compile(r"speaker_id__isnull=1"))
    assert page.locator("table.quotedb-results tbody tr").count() == min(unknown, 50)
    assert "with no known speaker" in page.title()
    assert page.locator("#facet-speaker_id li.facet-unknown a.cross").count() == 1
    watched.screenshot("unknown-speaker")
    watched.assert_clean()


def test_csv_export_names_speaker_outlet_and_article(watched, server):
    speaker = top_speaker(server)
    page = watched.page
    page.goto(watched.path(f"/{server.database}/quotes?speaker_id={speaker['id']}"))
    with page.expect_download() as info:
        page.click("a.export-csv")
    table = list(csv.DictReader(io.StringIO(open(info.value.path(), encoding="utf-8").read())))
    assert len(table) == speaker["n"]
    assert {"speaker", "outlet", "article_title", "article_url", "published", "speaker_id", "outlet_id"} <= set(
        table[0]
    )
    assert {r["speaker"] for r in table} == {speaker["name"]}
    expected = server.sql(
        """select quotes.id, outlets.name as outlet, articles.title, articles.url, quotes.published from quotes
           left join outlets on outlets.id = quotes.outlet_id left join articles on articles.id = quotes.article_id
           where quotes.speaker_id = ?""",
        [speaker["id"]],
    )
    assert sorted(
        (int(r["id"]), r["outlet"], r["article_title"], r["article_url"], r["published"]) for r in table
    ) == sorted((r["id"], r["outlet"] or "", r["title"] or "", r["url"] or "", r["published"] or "") for r in expected)
    watched.assert_clean()


def test_context_marks_the_quotation_and_who_says_it(watched, server):
    apart = server.sql(
        """select quotes.id, quotes.quote, quotes.speaker_start, quotes.speaker_end, articles.text from quotes
           join articles on articles.id = quotes.article_id
           where quotes.speaker_start is not null and quotes.context is not null
             and (quotes.speaker_start < quotes.context_start
                  or quotes.speaker_start >= quotes.context_start + length(quotes.context))
           order by quotes.id limit 1"""
    )
    if not apart:
        pytest.skip("no quotation in the served corpus is attributed in another paragraph")
    row = apart[0]
    page = watched.page
    page.goto(watched.path(f"/{server.database}/quotes/{row['id']}"))
    assert page.locator("div.quotedb-context").count() == 2
    assert (
        page.locator("div.quotedb-attribution mark.speaker-in-context").inner_text()
        == row["text"][row["speaker_start"] : row["speaker_end"]]
    )
    assert (
        page.locator("div.quotedb-context:not(.quotedb-attribution) mark.quote-in-context").inner_text() == row["quote"]
    )
    watched.screenshot("context-two-paragraphs")
    watched.assert_clean()


def test_cite_a_quotation(watched, server):
    row = server.sql(
        """select quotes.id, quotes.quote, speakers.name as speaker, outlets.name as outlet, articles.title,
                  articles.url, quotes.published from quotes
           join speakers on speakers.id = quotes.speaker_id
           join outlets on outlets.id = quotes.outlet_id
           join articles on articles.id = quotes.article_id
           where quotes.quote like '%,' and articles.url like 'http%' order by quotes.id limit 1"""
    )[0]
    page = watched.page
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=server.url)
    page.goto(watched.path(f"/{server.database}/quotes/{row['id']}"))
    assert page.locator("blockquote.quotedb-quote").inner_text() == f"“{display_quote(row['quote'])}”"
    cite = page.locator("#cite-text").input_value()
    for part in (
        row["speaker"],
        f"“{display_quote(row['quote'])}”",
        row["outlet"],
        row["title"],
        row["published"],
        row["url"],
    ):
        assert part in cite, part
    page.click("#cite-copy")
    page.locator(".cite-copied").wait_for(state="visible")
    assert page.evaluate("navigator.clipboard.readText()") == cite
    with page.expect_download() as info:
        page.click("a.cite-bib")
    assert info.value.suggested_filename == f"quote-{row['id']}.bib"
    bib = open(info.value.path(), encoding="utf-8").read()
    assert bib.startswith(f"@article{{quotedb-quote-{row['id']},") and row["url"] in bib
    with page.expect_download() as info:
        page.click("a.cite-csl")
    assert f'"URL": "{row["url"]}"' in open(info.value.path(), encoding="utf-8").read()
    page.locator("#cite").scroll_into_view_if_needed()
    watched.screenshot("quote", docs=True)
    watched.assert_clean()


def _feed(url: str) -> tuple[str, list[str]]:
    with urllib.request.urlopen(url) as response:
        assert response.headers["content-type"].startswith("application/atom+xml")
        feed = ET.fromstring(response.read())
    return feed.find("a:title", ATOM).text, [e.find("a:link", ATOM).get("href") for e in feed.findall("a:entry", ATOM)]


def test_follow_a_speaker_and_a_search_as_atom(watched, server):
    speaker = top_speaker(server)
    page = watched.page
    page.goto(watched.path(f"/{server.database}/speakers/{speaker['id']}"))
    href = page.locator("a.atom-feed").get_attribute("href")
    title, links = _feed(watched.path(href))
    assert title == f"New quotations of {speaker['name']}"
    assert len(links) == min(speaker["n"], 50)
    # each entry opens the quotation's page on this site
    page.goto(links[0])
    assert page.locator("blockquote.quotedb-quote").is_visible()
    watched.screenshot("speaker-feed-entry")

    word = common_word(server, speaker["id"])
    search(watched, q=word)
    href = page.locator("a.atom-feed").get_attribute("href")
    assert urllib.parse.parse_qs(urllib.parse.urlparse(href).query)["q"] == [word]
    title, links = _feed(watched.path(href))
    assert {int(link.rsplit("/", 1)[1]) for link in links} == set(sorted(fts_ids(server, word), reverse=True)[:50])
    watched.assert_clean()
