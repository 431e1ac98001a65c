"""The ranked search query of metadata.yml when a word is in more quotations than it ranks.

Ranking every match costs 1 to 1.5 µs each (bm25), so the canned query ranks only the
20,000 newest matches, and the newest 20,000 that pass the filters when there are any.
"""

from __future__ import annotations

import sqlite3

import pytest
import yaml

from db.store import Store, open_db
from ingest.records import Article, Quote
from quotedb.paths import metadata_path
from quotedb.site.hooks import prepare_connection

WINDOW = 20_000


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
def search(tmp_path_factory):
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
    sql = yaml.safe_load(metadata_path().read_text(encoding="utf-8"))["databases"]["quotes"]["queries"]["search"]["sql"]
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    prepare_connection(conn)

    def run(q: str, **filters: str) -> list[sqlite3.Row]:
        params = {"q": q, "speaker": "", "outlet": "", "since": "", "until": ""} | filters
        return conn.execute(sql, params).fetchall()

    yield run
    conn.close()


def test_a_word_in_more_quotations_than_the_window_ranks_the_newest(search):
    found = search("tide")
    assert len(found) == 100
    # the better-matching older quotations lie outside the 20,000 newest matches
    assert {r["speaker"] for r in found} == {"Tomas Brenn"}
    assert [r["quote_id"] for r in found] == sorted((r["quote_id"] for r in found), reverse=True)  # ties: newest first


def test_a_filter_ranks_the_matches_that_pass_it(search):
    found = search("tide", speaker="quell")
    assert len(found) == 30
    assert {r["speaker"] for r in found} == {"Rosa Quell"}


def test_the_window_counts_matches_of_the_search_not_of_its_words(search):
    # "tide" is in 20,030 quotations, the phrase in the 30 old ones only: all found
    found = search('"tide tide"')
    assert len(found) == 30
    assert {r["speaker"] for r in found} == {"Rosa Quell"}
