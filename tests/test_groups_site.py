"""The quote trail, conflicts, grouped search and a speaker's distinct quotations on the site,
through datasette.client, on the fictional articles of tests/fixtures_groups.py."""

from __future__ import annotations

import html
import re
import urllib.parse

import pytest
import sqlite_utils

from fixtures_groups import (
    DOCKERS,
    FAILING_MARKED,
    NO_COMMENT,
    WALL,
    WALL_CHANGED,
    WALL_LOOKALIKE,
    WALL_TRIMMED,
    WIRE,
    build,
)

DB = "trail"
EMPTY = {"speaker": "", "outlet": "", "since": "", "until": ""}


@pytest.fixture(scope="module")
def db_path(tmp_path_factory):
    return build(tmp_path_factory.mktemp("trail") / f"{DB}.db")


@pytest.fixture(scope="module")
def site(db_path, make_site):
    return make_site(db_path)


@pytest.fixture(scope="module")
def ids(db_path):
    db = sqlite_utils.Database(db_path)
    found = {
        "quote": {
            (r["quote"], r["outlet"]): r["id"]
            for r in db.query(
                "select quotes.id, quote, outlets.name as outlet from quotes join outlets on outlets.id = outlet_id"
            )
        },
        "speaker": {r["name"]: r["id"] for r in db.query("select id, name from speakers")},
        "group": {r["canonical"]: r["id"] for r in db.query("select id, canonical from quote_groups")},
    }
    db.close()
    return found


def get(site, path: str) -> str:
    response = site.get(path)
    assert response.status_code == 200, (path, response.status_code, response.text[:1500])
    return response.text


def rows(site, name: str, **params) -> list[dict]:
    return get_json(site, f"/{DB}/{name}.json?" + urllib.parse.urlencode({**params, "_shape": "array"}))


def get_json(site, path):
    response = site.get(path)
    assert response.status_code == 200, response.text[:1500]
    return response.json()


def visible(fragment: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", fragment)).split())


def test_search_shows_one_row_per_group_with_counts_and_first_date(site, ids):
    found = rows(site, "search", q="sea wall outlasts", **EMPTY)
    # four reports of the wall promise, one row
    assert [(r["times"], r["outlet_count"], r["first_reported"], r["group_id"]) for r in found] == [
        (4, 4, "2024-11-04", ids["group"][WALL_CHANGED])
    ]
    body = get(site, f"/{DB}/search?" + urllib.parse.urlencode({"q": "sea wall outlasts", **EMPTY}))
    # one click to every report
    assert (
        f'<a class="every-occurrence" href="/{DB}/quotes?group_id={ids["group"][WALL_CHANGED]}&amp;_sort=published">4 times</a>'
        in body
    )
    every = get_json(site, f"/{DB}/quotes.json?group_id={ids['group'][WALL_CHANGED]}&_shape=array")
    assert sorted(r["quote"] for r in every) == sorted([WALL, WALL, WALL_TRIMMED, WALL_CHANGED])


def test_search_keeps_a_look_alike_apart(site):
    found = rows(site, "search", q="sea wall", **EMPTY)
    quotes = [r["quote"] for r in found]
    assert WALL_LOOKALIKE in quotes
    assert len(quotes) == len(set(r["group_id"] for r in found))


def test_quote_page_shows_the_trail_in_date_order_with_differences_and_credits(site, ids):
    body = get(site, f"/{DB}/quotes/{ids['quote'][(WALL_CHANGED, 'Eastport Daily')]}")
    trail = body[body.index('<h2 id="trail">') : body.index("<h2>In context</h2>")]
    first = visible(re.search(r'<p class="trail-first">(.*?)</p>', trail, re.S).group(1))
    assert first.startswith(
        "First reported by Harbour Ledger on 2024-11-04 (that report). Reported 4 times in 4 articles from 4 outlets"
    )
    reports = re.findall(r'<tr class="trail-report[^"]*">(.*?)</tr>', trail, re.S)
    cells = [[visible(c) for c in re.findall(r"<td[^>]*>(.*?)</td>", r, re.S)] for r in reports]
    assert [(c[0], c[1], c[4]) for c in cells] == [
        ("2024-11-04", "Harbour Ledger", "Marta Quillfeather"),
        ("2024-11-05", "Valley Courier", "Marta Quillfeather"),
        ("2024-11-06", "Northgate Tribune", "Marta Quillfeather"),
        ("2024-11-07", "Eastport Daily", "Marta Quillfeather"),
    ]
    # compared with the longest wording (this one): the word that differs is marked, what is cut counted
    assert '<mark class="trail-diff">outlasts</mark>' in reports[0]
    assert (
        cells[0][3]
        == "“We will build a sea wall that outlasts every one of us” (1 word of the longest wording left out)"
    )
    assert cells[2][3] == "“a sea wall that outlasts every one of us” (4 words of the longest wording left out)"
    assert cells[3][3] == "same words" and "(this page)" in cells[3][2]
    assert "trail-conflict" not in trail


def test_quote_page_flags_a_conflict_and_copies(site, ids):
    body = get(site, f"/{DB}/quotes/{ids['quote'][(DOCKERS, 'Valley Courier')]}")
    conflict = visible(re.search(r'<p class="trail-conflict">(.*?)</p>', body, re.S).group(1))
    assert conflict == "Credited to more than one person: Lena Vostrikova (1), Osei Brannigan (1). All such quotations."
    wire = get(site, f"/{DB}/quotes/{ids['quote'][(WIRE, 'Saltmarsh Post')]}")
    assert "3 times in 3 articles from 3 outlets, 2 of them in syndicated copies" in visible(wire)
    assert wire.count('class="trail-copy-of"') == 2


def test_a_quotation_reported_once_says_so(site, ids):
    body = get(site, f"/{DB}/quotes/{ids['quote'][(WALL_LOOKALIKE, 'Northgate Tribune')]}")
    assert "No other article in the database carried this quotation." in body


def test_conflicts_page_and_canned_query(site, ids):
    body = get(site, "/-/conflicts")
    rows_ = re.findall(r'<tr class="conflict">(.*?)</tr>', body, re.S)
    assert len(rows_) == 1
    assert f'href="/{DB}/quotes/' in rows_[0] and "#trail" in rows_[0]
    assert visible(rows_[0]).startswith(
        f"“{DOCKERS}” Lena Vostrikova (1), Osei Brannigan (1) 2 in 2 outlets 2024-11-05, Valley Courier"
    )
    found = rows(site, "conflicts")
    assert [(r["quote"], r["credited_to"], r["credited"], r["times"]) for r in found] == [
        (DOCKERS, "Lena Vostrikova (1), Osei Brannigan (1)", 2, 2)
    ]
    # two people saying "No comment." is no conflict
    assert all(NO_COMMENT not in r["quote"] for r in found)


def test_most_carried_of_a_date_range(site):
    everything = rows(site, "most_carried", since="", until="")
    assert [(r["quote"], r["articles"], r["outlet_count"], r["times"], r["copies"]) for r in everything][:1] == [
        (WALL_CHANGED, 4, 4, 4, 0)
    ]
    # the wire story: three articles, two of them copies, so one original article
    assert (WIRE, 1, 3, 3, 2) in [
        (r["quote"], r["articles"], r["outlet_count"], r["times"], r["copies"]) for r in everything
    ]
    january = rows(site, "most_carried", since="2025-01", until="2025-01")
    assert [r["quote"] for r in january] == [WIRE]
    november = rows(site, "most_carried", since="2024-11-01", until="2024-11-30")
    assert FAILING_MARKED in [r["quote"] for r in november] and WIRE not in [r["quote"] for r in november]


def test_speaker_page_counts_distinct_quotations_and_copies_apart(site, ids):
    body = get(site, f"/{DB}/speakers/{ids['speaker']['Osei Brannigan']}")
    distinct = visible(re.search(r'class="speaker-distinct">(.*?)</dd>', body, re.S).group(1))
    assert distinct == "4 distinct quotations, reported 8 times, 2 of them in syndicated copies"


def test_home_page_leads_to_conflicts_and_most_carried(site):
    body = get(site, "/")
    assert 'href="/-/conflicts"' in body and f'href="/{DB}/most_carried"' in body
