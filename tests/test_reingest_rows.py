"""Re-ingest leaves no stale rows (issue 11, point 4): an article that moves to another outlet
is counted only there, and a speaker whose every quote was replaced is gone, in the same
transaction as the article's write. Exact rows, as sqlite-utils' own tests assert them."""

from __future__ import annotations

from pathlib import Path

from db.store import Store, open_db
from ingest.records import Article, Quote

URL = "https://example.org/harbour-vote"


def quote(text: str, speaker: str | None) -> Quote:
    return Quote(quote=text, start=1, end=1 + len(text), speaker=speaker, mention=speaker)


def save(store: Store, outlet: str, text: str, quotes: list[Quote], url: str = URL) -> None:
    store.save(Article(text=text, url=url, outlet=outlet, title="Harbour vote", published="2026-03-02"), quotes)


def table(store: Store, sql: str) -> list[tuple]:
    return [tuple(r.values()) for r in store.db.query(sql)]


def test_an_article_moved_to_another_outlet_is_counted_there_only(tmp_path: Path) -> None:
    store = Store(open_db(str(tmp_path / "q.db")), "test")
    save(store, "Harbour Gazette", "first text", [quote("We will build it", "Edda Varga")])
    save(store, "Harbour Gazette", "another", [quote("It stays", "Edda Varga")], url="https://example.org/other")
    save(store, "Island Post", "first text, corrected", [quote("We will build it", "Edda Varga")])
    assert table(store, "select name, articles from outlets order by name") == [
        ("Harbour Gazette", 1),
        ("Island Post", 1),
    ]
    # moved again, its old outlet left with none: no outlet row that lists no article
    save(store, "Island Post", "another, moved", [quote("It stays", "Edda Varga")], url="https://example.org/other")
    assert table(store, "select name, articles from outlets order by name") == [("Island Post", 2)]
    assert table(store, "select distinct outlet_id from quotes") == table(store, "select id from outlets")


def test_a_speaker_whose_quotes_were_all_replaced_is_removed(tmp_path: Path) -> None:
    store = Store(open_db(str(tmp_path / "q.db")), "test")
    save(store, "Harbour Gazette", "v1", [quote("We will build it", "Edda Varga"), quote("A waste", "Tomas Brenner")])
    save(
        store, "Harbour Gazette", "other", [quote("Books are cheap", "Oona Maddox")], url="https://example.org/library"
    )
    # the article corrected: the quote was Ines Calder's, not Tomas Brenner's
    save(store, "Harbour Gazette", "v2", [quote("We will build it", "Edda Varga"), quote("A waste", "Ines Calder")])
    assert table(store, "select name from speakers order by name") == [
        ("Edda Varga",),
        ("Ines Calder",),
        ("Oona Maddox",),
    ]
    # a speaker quoted elsewhere stays when one article stops quoting them
    save(store, "Harbour Gazette", "v3", [quote("A waste", "Oona Maddox")])
    assert table(store, "select name from speakers order by name") == [("Oona Maddox",)]
    assert table(
        store,
        "select count(*) from speakers where id not in (select speaker_id from quotes where speaker_id is not null)",
    ) == [(0,)]


def test_a_failed_write_leaves_the_old_rows(tmp_path: Path) -> None:
    """The clean-up is part of the article's transaction: a failure rolls it back too."""
    import sqlite3

    import pytest

    store = Store(open_db(str(tmp_path / "q.db")), "test")
    save(store, "Harbour Gazette", "v1", [quote("A waste", "Tomas Brenner")])
    real = store._speaker_id

    def failing(q):
        if q.speaker == "Ines Calder":
            raise sqlite3.OperationalError("disk I/O error")
        return real(q)

    store._speaker_id = failing
    with pytest.raises(sqlite3.OperationalError):
        save(store, "Island Post", "v2", [quote("A waste", "Ines Calder")])
    assert table(store, "select name, articles from outlets") == [("Harbour Gazette", 1)]
    assert table(store, "select name from speakers") == [("Tomas Brenner",)]


def _kinds(tmp_path: Path, order: list[tuple[str, str, str]]) -> list[tuple]:
    store = Store(open_db(str(tmp_path / f"kinds-{len(list(tmp_path.iterdir()))}.db")), "test")
    for url, speaker, kind in order:
        q = Quote(quote="We will build it", start=1, end=17, speaker=speaker, mention=speaker, speaker_kind=kind)
        save(store, "Harbour Gazette", f"text of {url}", [q], url=url)
    return table(store, "select name, kind from speakers order by name")


def test_a_speakers_kind_does_not_depend_on_the_order_articles_came_in(tmp_path: Path) -> None:
    # one article's parse took a person's name for an organisation's; another's did not
    readings = [
        ("https://example.org/a", "Edda Varga", "organisation"),
        ("https://example.org/b", "Edda Varga", "person"),
    ]
    assert _kinds(tmp_path, readings) == _kinds(tmp_path, readings[::-1]) == [("Edda Varga", "person")]
    # a name that is an organisation's stays one, whatever a parse said
    readings = [
        ("https://example.org/c", "Harbour Ferry Company", "organisation"),
        ("https://example.org/d", "Harbour Ferry Company", "person"),
    ]
    assert _kinds(tmp_path, readings) == _kinds(tmp_path, readings[::-1]) == [("Harbour Ferry Company", "organisation")]
