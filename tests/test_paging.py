"""Which page of a canned query's results a request asks for (quotedb/site/paging.py): read
as the query's SQL reads `:page` (SQLite's cast to integer, at least 1)."""

from __future__ import annotations

import sqlite3

import pytest

from quotedb.site.paging import page_number, page_of


@pytest.mark.parametrize("value", [None, "", "1", "2", " 3", "+4", "-2", "0", "2.9", "7x", "abc", "12345678901"])
def test_the_page_is_read_as_the_sql_reads_it(value):
    with sqlite3.connect(":memory:") as conn:
        in_sql = conn.execute("select max(cast(coalesce(?, '') as integer), 1)", [value]).fetchone()[0]
    assert page_number(value) == in_sql


def test_the_links_keep_every_other_argument_and_drop_the_first_page_number():
    first = page_of("/db/search", [("q", "sea wall"), ("speaker", "")])
    assert (first.number, first.previous, first.next) == (1, None, "/db/search?q=sea+wall&speaker=&page=2")
    third = page_of("/db/search", [("q", "wall"), ("page", "3"), ("_show_sql", "1")])
    assert third.number == 3
    assert third.previous == "/db/search?q=wall&_show_sql=1&page=2"
    assert third.next == "/db/search?q=wall&_show_sql=1&page=4"
    assert page_of("/db/search", [("q", "wall"), ("page", "2")]).previous == "/db/search?q=wall"
