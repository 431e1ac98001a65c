"""The quotes table's own search (`?_search=`) within its window of newest matches
(quotedb/site/search_window.py), on the fictional corpus of conftest.py with the window set
to 3 through metadata, as metadata.yml sets it to 20,000: behaviour, not timings."""

from __future__ import annotations

import collections
import re
import sqlite3

import pytest
from datasette import filters as datasette_filters
from datasette.app import Datasette
from datasette.plugins import pm

from quotedb.serving import datasette_kwargs

DB = "newsroom"
WINDOW = 3


class Client:
    def __init__(self, datasette, loop):
        self.datasette, self.loop = datasette, loop

    def get(self, path: str):
        return self.loop.run(self.datasette.client.get(path))


def _site(site_db, loop, window: int | None) -> Client:
    kwargs = datasette_kwargs(str(site_db))
    for table in ("quotes", "quotes_export"):
        config = kwargs["metadata"]["databases"][DB]["tables"][table]
        if window is None:
            config.pop("search_window", None)
        else:
            config["search_window"] = window
    datasette = Datasette(**kwargs)
    loop.run(datasette.invoke_startup())
    return Client(datasette, loop)


@pytest.fixture(scope="module")
def windowed(site_db, event_loop_for_site):
    return _site(site_db, event_loop_for_site, WINDOW)


@pytest.fixture(scope="module")
def unwindowed(site_db, event_loop_for_site):
    return _site(site_db, event_loop_for_site, None)


def matches(site_db, words: str) -> list[dict]:
    """Every quotation the full-text index matches, the most recently added first."""
    conn = sqlite3.connect(site_db)
    conn.row_factory = sqlite3.Row
    found = [
        dict(r)
        for r in conn.execute(
            "select quotes.* from quotes_fts join quotes on quotes.id = quotes_fts.rowid "
            "where quotes_fts match ? order by quotes.id desc",
            [words],
        )
    ]
    conn.close()
    return found


def configured_facets(site) -> list[str]:
    facets = site.datasette.table_metadata(DB, "quotes")["facets"]
    return [next(iter(f.values())) if isinstance(f, dict) else f for f in facets]


def test_a_search_matching_more_than_the_window_reads_its_newest_matches(windowed, site_db):
    every = matches(site_db, "wall")
    assert len(every) > WINDOW  # the corpus must have more to leave out
    newest = every[:WINDOW]
    data = windowed.get(f"/{DB}/quotes.json?_search=wall&_shape=objects").json()
    assert [r["id"] for r in data["rows"]] == [
        r["id"] for r in sorted(newest, key=lambda r: (r["published"], r["id"]), reverse=True)
    ]
    assert data["filtered_table_rows_count"] == WINDOW
    # every configured facet present, counting the window's quotations only
    assert set(configured_facets(windowed)) <= set(data["facet_results"])
    assert not data.get("facets_timed_out")
    months = {f["value"]: f["count"] for f in data["facet_results"]["published_month"]["results"]}
    assert months == collections.Counter(r["published_month"] for r in newest)
    outlets = {f["value"]: f["count"] for f in data["facet_results"]["outlet_id"]["results"]}
    assert outlets == collections.Counter(r["outlet_id"] for r in newest)


def test_the_page_says_what_the_window_leaves_out(windowed):
    body = windowed.get(f"/{DB}/quotes?_search=wall").text
    note = re.search(r'<p class="quotedb-search-window">(.*?)</p>', body, re.S)
    assert note, body[:3000]
    said = " ".join(re.sub(r"<[^>]+>", "", note.group(1)).split())
    assert said.startswith(f"“wall” is in more than {WINDOW} quotations: these are the {WINDOW} most recently added")
    assert "the counts and facets count only those" in said
    assert f'href="/{DB}/search?q=wall"' in note.group(1)
    # every configured facet is on the page
    rendered = set(re.findall(r'class="facet-info[^"]*"[^>]*data-column="([^"]+)"', body))
    assert set(configured_facets(windowed)) <= rendered


def test_a_search_within_the_window_is_complete_and_says_nothing(windowed, site_db):
    every = matches(site_db, "wages")
    assert 0 < len(every) <= WINDOW
    data = windowed.get(f"/{DB}/quotes.json?_search=wages&_shape=objects").json()
    assert {r["id"] for r in data["rows"]} == {r["id"] for r in every}
    assert data["filtered_table_rows_count"] == len(every)
    assert "quotedb-search-window" not in windowed.get(f"/{DB}/quotes?_search=wages").text


def test_filters_narrow_the_window_not_every_match(windowed, site_db):
    """The trade-off: a filter narrows the newest matches, so a speaker's older matches are
    not found by the table's search (the search page, filtered first, finds them)."""
    every = matches(site_db, "wall")
    speaker = every[-1]["speaker_id"]  # the oldest match's speaker
    in_window = {r["id"] for r in every[:WINDOW] if r["speaker_id"] == speaker}
    theirs = {r["id"] for r in every if r["speaker_id"] == speaker}
    assert theirs - in_window  # some of theirs are older than the window
    data = windowed.get(f"/{DB}/quotes.json?_search=wall&speaker_id={speaker}&_shape=objects").json()
    assert {r["id"] for r in data["rows"]} == in_window
    conn = sqlite3.connect(site_db)
    name = conn.execute("select name from speakers where id = ?", [speaker]).fetchone()[0]
    conn.close()
    ranked = windowed.get(f"/{DB}/search.json?q=wall&speaker={name}&outlet=&since=&until=&_shape=array").json()
    assert theirs <= {r["quote_id"] for r in ranked}


def test_the_export_view_reads_the_same_window(windowed, site_db):
    newest = {r["id"] for r in matches(site_db, "wall")[:WINDOW]}
    data = windowed.get(f"/{DB}/quotes_export.json?_search=wall&_shape=objects").json()
    assert {r["id"] for r in data["rows"]} == newest


def test_without_a_window_every_match_is_read(unwindowed, site_db):
    every = matches(site_db, "wall")
    data = unwindowed.get(f"/{DB}/quotes.json?_search=wall&_shape=objects").json()
    assert {r["id"] for r in data["rows"]} == {r["id"] for r in every}
    assert data["filtered_table_rows_count"] == len(every)
    assert "quotedb-search-window" not in unwindowed.get(f"/{DB}/quotes?_search=wall").text


def test_datasettes_other_filter_hooks_stay(windowed):
    functions = {impl.function for impl in pm.hook.filters_from_request.get_hookimpls()}
    assert {datasette_filters.where_filters, datasette_filters.through_filters} <= functions
    assert datasette_filters.search_filters not in functions  # called by the window's hook instead
