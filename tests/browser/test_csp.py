"""The Content-Security-Policy of every page (issue 11, point 13) breaks none of them: the
inline scripts of Datasette's and its plugins' templates run with the page's nonce, the
SQL editor, the cross-table search and datasette-vega's charts work, and Chromium reports
no violation of the policy on any page."""

from __future__ import annotations

import re
import urllib.parse

import pytest

pytestmark = pytest.mark.browser

RUNAWAY = "with recursive c(x) as (select 1 union all select x + 1 from c) select count(*) from c"


@pytest.fixture
def console(watched):
    messages: list[str] = []
    watched.page.on("console", lambda m: messages.append(m.text))
    return messages


def violations(messages: list[str]) -> list[str]:
    return [m for m in messages if "Content Security Policy" in m or "Refused to" in m]


def test_inline_scripts_run_under_the_policy(watched, server, console):
    page = watched.page
    db = server.database
    word = server.sql("select quote from quotes order by id limit 1")[0][0].split()[0]

    page.goto(watched.path(f"/{db}/quotes"))
    assert page.evaluate("typeof DATASETTE_ALLOW_FACET") == "boolean"  # table.html's inline script
    page.goto(watched.path(f"/{db}?" + urllib.parse.urlencode({"sql": "select id, confidence from quotes"})))
    assert page.locator(".CodeMirror").count() == 1  # the SQL editor, started by an inline script
    page.goto(watched.path("/-/search?" + urllib.parse.urlencode({"q": word})))
    page.wait_for_selector("#search-all-results h2")  # datasette-search-all's inline script fetched results
    page.goto(watched.path(f"/{db}?" + urllib.parse.urlencode({"sql": RUNAWAY})))
    assert "SQL Interrupted" in page.content()
    assert re.fullmatch(r"\d+px", page.evaluate("document.querySelector('textarea').style.height"))
    assert violations(console) == []
    watched.assert_clean()


def test_charts_draw_under_the_policy(watched, server, console):
    page = watched.page
    page.goto(
        watched.path(f"/{server.database}?" + urllib.parse.urlencode({"sql": "select id, confidence from quotes"}))
    )
    page.get_by_text("Show charting options").first.click()
    page.locator("input[type=radio]").first.check()
    page.wait_for_selector("canvas, svg.marks")
    assert violations(console) == []
    watched.assert_clean()
