"""The quote trail and the conflicts page, in headless Chromium against a real `quotedb serve`
of the fictional articles of tests/fixtures_groups.py (the demo corpus has no quotation
carried by several outlets)."""

from __future__ import annotations

import pytest

from conftest import serving, watching
from fixtures_groups import DOCKERS, WALL, WALL_CHANGED, build

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def trail_server(tmp_path_factory):
    with serving(build(tmp_path_factory.mktemp("trail") / "trail.db"), "tests/fixtures_groups.py") as s:
        yield s


@pytest.fixture
def watched_trail(browser, trail_server):
    with watching(browser, trail_server) as w:
        yield w


def test_walk_a_trail_from_search_to_the_first_report(watched_trail):
    w, page = watched_trail, watched_trail.page
    page.goto(w.path("/"))
    page.fill("#quotedb-q", "outlasts")
    page.click("form.quotedb-search input[type=submit]")
    page.wait_for_selector("table.rows-and-columns")
    # one row for the four reports, which one click lists
    assert page.locator("td.col-quote_id").count() == 1
    assert page.locator("a.every-occurrence").inner_text() == "4 times"
    page.locator("td.col-quote_id a").first.click()
    page.wait_for_selector("table.quotedb-trail")
    reports = page.locator("tr.trail-report")
    assert reports.count() == 4
    assert [reports.nth(i).locator("td").nth(1).inner_text() for i in range(4)] == [
        "Harbour Ledger",
        "Valley Courier",
        "Northgate Tribune",
        "Eastport Daily",
    ]
    # the word the Eastport Daily changed is marked in the others' wordings
    assert page.locator("tr.trail-report mark.trail-diff").first.inner_text() == "outlasts"
    w.screenshot("trail")
    # to the first report, then every report
    page.click("p.trail-first a >> text=that report")
    page.wait_for_selector("blockquote.quotedb-quote")
    assert page.locator("blockquote.quotedb-quote").inner_text() == f"“{WALL}”"
    assert "(this report)" in page.locator("p.trail-first").inner_text()
    page.click("p.trail-first a.every-occurrence")
    page.wait_for_selector("table.rows-and-columns")
    quotes = page.locator("td.col-quote").all_inner_texts()
    assert len(quotes) == 4 and {WALL, WALL_CHANGED} <= set(quotes)
    w.assert_clean()


def test_conflicts_page_leads_to_the_trail_and_the_speakers(watched_trail):
    w, page = watched_trail, watched_trail.page
    page.goto(w.path("/"))
    page.click("text=quotations credited to more than one person")
    page.wait_for_selector("table.quotedb-conflicts")
    rows = page.locator("tr.conflict")
    assert rows.count() == 1
    assert rows.first.locator("td.conflict-credits").inner_text().split() == [
        "Lena",
        "Vostrikova",
        "(1),",
        "Osei",
        "Brannigan",
        "(1)",
    ]
    w.screenshot("conflicts")
    rows.first.locator("a.conflict-trail").click()
    page.wait_for_selector("p.trail-conflict")
    assert page.locator("blockquote.quotedb-quote").inner_text() == f"“{DOCKERS}”"
    credits = [page.locator("tr.trail-report td.trail-speaker").nth(i).inner_text() for i in range(2)]
    assert credits == ["Lena Vostrikova", "Osei Brannigan"]
    page.click("p.trail-conflict a >> text=Osei Brannigan")
    page.wait_for_selector("dd.speaker-distinct")
    assert (
        page.locator("dd.speaker-distinct").inner_text()
        == "4 distinct quotations, reported 8 times, 2 of them in syndicated copies"
    )
    w.assert_clean()
