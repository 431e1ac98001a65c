"""The ranked search query of metadata.yml when a word is in more quotations than it ranks.

Ranking every match costs 1 to 1.5 µs each (bm25), so the canned query ranks only the
20,000 newest matches, and the newest 20,000 that pass the filters when there are any;
it shows the best 500 of those, 50 a page (`:page`).
"""

from __future__ import annotations

import html
import re
import sqlite3

import pytest
import yaml

from db.store import Store, open_db
from ingest.records import Article, Quote
from quotedb.paths import metadata_path
from quotedb.site.hooks import prepare_connection

WINDOW = 20_000
QUERY = yaml.safe_load(metadata_path().read_text(encoding="utf-8"))["databases"]["quotes"]["queries"]["search"]
PAGE = QUERY["page_size"]


def _quotes(text: str, n: int, speaker: str, letters: str) -> tuple[str, list[Quote]]:
    lines, quotes, at = [], [], 0
    for i in range(n):
        # words of its own in each, so that no two are one utterance: the search shows one
        # row per group of equal quotations, and these must stay 20,030 rows to rank
        # (and no run of words or word pairs in common, which would make every pair of the
        # 20,000 a candidate to check when grouping)
        said = f"{text} {' '.join(f'{c}{i}' for c in letters)}"
        line = f'"{said}," {speaker} said.'
        quotes.append(
            Quote(quote=f"{said},", start=at + 1, end=at + 2 + len(said), speaker=speaker, mention=speaker, cue="said")
        )
        lines.append(line)
        at += len(line) + 1
    return "\n".join(lines), quotes


@pytest.fixture(scope="module")
def scale_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("scale") / "scale.db"
    store = Store(open_db(str(path)), "test")
    # the oldest quotations match best (the word twice in few words), the newest fill the window
    for title, (text, n, speaker, letters) in {
        "Old": ("tide tide", 30, "Rosa Quell", "kq"),
        "New": ("tide", WINDOW, "Tomas Brenn", "abcdefgh"),
    }.items():
        body, quotes = _quotes(text, n, speaker, letters)
        store.save(Article(text=body, title=title, outlet="Harbour Post", published="2026-01-05"), quotes)
    store.finish()
    store.db.close()
    return path


@pytest.fixture(scope="module")
def search(scale_db):
    sql = QUERY["sql"]
    conn = sqlite3.connect(scale_db)
    conn.row_factory = sqlite3.Row
    prepare_connection(conn)

    def run(q: str, **filters: str) -> list[sqlite3.Row]:
        params = {"q": q, "speaker": "", "outlet": "", "since": "", "until": "", "page": ""} | filters
        return conn.execute(sql, params).fetchall()

    yield run
    conn.close()


def test_a_word_in_more_quotations_than_the_window_ranks_the_newest(search):
    found = search("tide")
    assert len(found) == PAGE
    # the better-matching older quotations lie outside the 20,000 newest matches
    assert {r["speaker"] for r in found} == {"Tomas Brenn"}
    assert [r["quote_id"] for r in found] == sorted((r["quote_id"] for r in found), reverse=True)  # ties: newest first


def test_the_page_size_is_the_sql_s_own():
    # the page links (query.html) count on a full page having page_size rows
    assert PAGE == 50
    assert f"limit {PAGE} offset {PAGE} * (" in QUERY["sql"]


def test_pages_follow_each_other_as_far_as_the_best_500(search):
    pages = [search("tide", page=str(n)) for n in range(1, 12)]
    assert pages[0] == search("tide", page="1") == search("tide", page="") == search("tide", page="none")
    assert search("tide", page="0") == search("tide", page="-3") == pages[0]
    ids = [r["quote_id"] for page in pages for r in page]
    assert [len(page) for page in pages] == [PAGE] * 10 + [0]
    # one ranking cut in pages: no quotation twice, none skipped (ties newest first)
    assert ids == sorted(ids, reverse=True) and len(set(ids)) == 500
    newest = max(ids)
    assert ids == list(range(newest, newest - 500, -1))
    assert search("tide", page="99999999999999999999") == []  # no overflow of the offset


def test_a_filter_ranks_the_matches_that_pass_it(search):
    found = search("tide", speaker="quell")
    assert len(found) == 30
    assert {r["speaker"] for r in found} == {"Rosa Quell"}


def test_the_window_counts_matches_of_the_search_not_of_its_words(search):
    # "tide" is in 20,030 quotations, the phrase in the 30 old ones only: all found
    found = search('"tide tide"')
    assert len(found) == 30
    assert {r["speaker"] for r in found} == {"Rosa Quell"}


def _page(site, path: str) -> tuple[list[int], str]:
    response = site.get(path)
    assert response.status_code == 200
    ids = [int(i) for i in re.findall(r'<td class="col-quote_id"><a href="/scale/quotes/(\d+)">', response.text)]
    return ids, response.text


def test_the_search_page_links_each_page_to_the_next_and_the_one_before(scale_db, make_site, search):
    site = make_site(scale_db)
    ids, body = _page(site, "/scale/search?q=tide&speaker=&outlet=&since=&until=")
    assert ids == [r["quote_id"] for r in search("tide")]
    assert f"{PAGE} quotations: 1 to {PAGE} of the best</h2>" in body
    assert 'name="page"' not in body  # a new search starts at the first page
    nav = re.search(r'<p class="quotedb-pages">(.*?)</p>', body).group(1)
    assert 'rel="prev"' not in nav
    following = html.unescape(re.search(r'<a rel="next" href="([^"]+)">Next 50</a>', nav).group(1))
    assert following == "/scale/search?q=tide&speaker=&outlet=&since=&until=&page=2"
    second, body = _page(site, following)
    assert second == [r["quote_id"] for r in search("tide", page="2")]
    assert not set(second) & set(ids)
    assert f"{PAGE} quotations: {PAGE + 1} to {2 * PAGE} of the best</h2>" in body
    assert '<a rel="prev" href="/scale/search?q=tide&amp;speaker=&amp;outlet=&amp;since=&amp;until=">' in body
    # past the best 500: said, with the way back
    last, body = _page(site, "/scale/search?q=tide&page=11")
    assert last == []
    assert "No more results" in body and '<a rel="prev" href="/scale/search?q=tide&amp;page=10">' in body


def test_a_search_with_one_page_of_results_has_no_page_links(scale_db, make_site):
    site = make_site(scale_db)
    ids, body = _page(site, '/scale/search?q="tide tide"')
    assert len(ids) == 30
    assert "quotedb-pages" not in body
    assert "30 quotations</h2>" in body
