"""The kept facet counts (db/summaries.py) equal a GROUP BY over `quotes` after every kind of write."""

from __future__ import annotations

import sqlite_utils

from db.schema import ensure_shape
from db.store import Store, open_db
from db.summaries import SUMMARIES, TRIGGERS
from ingest.records import Article, Quote


def _article(
    url: str, outlet: str | None, published: str | None, said: list[tuple[str | None, str]]
) -> tuple[Article, list[Quote]]:
    lines, quotes, at = [], [], 0
    for speaker, words in said:
        line = f'"{words}," {speaker or "someone"} said.'
        quotes.append(
            Quote(
                quote=words,
                start=at + 1,
                end=at + 1 + len(words),
                speaker=speaker,
                mention=speaker or "someone",
                cue="said",
            )
        )
        lines.append(line)
        at += len(line) + 1
    return Article(text="\n".join(lines), url=url, title=url, outlet=outlet, published=published), quotes


def assert_exact(db: sqlite_utils.Database) -> None:
    for table, cols in SUMMARIES.items():
        names = ", ".join(cols)
        kept = sorted(db.execute(f"select {names}, n from {table}").fetchall(), key=repr)
        counted = sorted(db.execute(f"select {names}, count(*) from quotes group by {names}").fetchall(), key=repr)
        assert kept == counted, table


def test_counts_follow_ingest_reingest_update_and_delete(tmp_path):
    db = open_db(str(tmp_path / "s.db"))
    store = Store(db, "test")
    store.save(
        *_article(
            "https://a.example/1",
            "Harbour Post",
            "2025-03-04",
            [("Rosa Quell", "The tide is high"), ("Tomas Brenn", "We will rebuild"), (None, "Nobody knows")],
        )
    )
    store.save(
        *_article(
            "https://a.example/2",
            "Valley Times",
            "2025-04-01",
            [("Rosa Quell", "The wall held"), ("Rosa Quell", "It held again")],
        )
    )
    store.save(*_article("https://a.example/3", None, None, [("Tomas Brenn", "No date on this one")]))
    assert_exact(db)
    assert db.execute("select n from quote_counts_speaker where speaker_id is null").fetchone() == (1,)
    # re-ingest: article 1 changed outlet, date and speakers; its old counts leave, the new arrive
    store.save(
        *_article(
            "https://a.example/1",
            "Valley Times",
            "2026-01-02",
            [("Ines Marr", "A new quotation"), ("Rosa Quell", "The tide is low")],
        )
    )
    assert_exact(db)
    # unchanged re-ingest of the same text writes the same rows
    store.save(
        *_article(
            "https://a.example/2",
            "Valley Times",
            "2025-04-01",
            [("Rosa Quell", "The wall held"), ("Rosa Quell", "It held again")],
        )
    )
    assert_exact(db)
    # an update moving quotations between groups, and a delete by hand
    with db.conn:
        db.execute(
            "update quotes set speaker_id = null, published_month = '2024-12' where id = (select min(id) from quotes)"
        )
        db.execute(
            "update quotes set outlet_id = null where article_id = (select id from articles where url like '%/2')"
        )
    assert_exact(db)
    with db.conn:
        db.execute("delete from quotes where article_id = (select id from articles where url like '%/3')")
    assert_exact(db)
    assert db.execute("select count(*) from quote_counts_day where published is null").fetchone() == (0,)
    with db.conn:
        db.execute("delete from quotes")
    for table in SUMMARIES:
        assert db[table].count == 0, table


def test_missing_triggers_or_tables_are_made_and_recounted(tmp_path):
    db = open_db(str(tmp_path / "s.db"))
    store = Store(db, "test")
    store.save(
        *_article(
            "https://a.example/1",
            "Harbour Post",
            "2025-03-04",
            [("Rosa Quell", "The tide is high"), ("Tomas Brenn", "We will rebuild")],
        )
    )
    # a bulk load with the triggers dropped (bench/generate.py), a table lost by hand
    with db.conn:
        for name in TRIGGERS.values():
            db.execute(f"drop trigger {name}")
        db.execute(
            'insert into quotes (quote, article_id, start, "end", speaker_id, published) '
            "select 'x', article_id, 0, 1, speaker_id, published from quotes"
        )
        db.execute("drop table speaker_month_counts")
    ensure_shape(db)
    assert_exact(db)
    assert {t.name for t in db["quotes"].triggers} >= set(TRIGGERS.values())


def _served_db(tmp_path):
    path = tmp_path / "served.db"
    db = open_db(str(path))
    store = Store(db, "test")
    said = [
        ("Rosa Quell", "The tide is high"),
        ("Tomas Brenn", "We will rebuild"),
        (None, "Nobody knows"),
        ("Rosa Quell", "The wall held"),
    ]
    for i, (outlet, day) in enumerate(
        [
            ("Harbour Post", "2025-03-04"),
            ("Valley Times", "2025-04-01"),
            ("Harbour Post", "2024-11-30"),
            (None, None),
            ("Harbour Post", "2025-03-04"),
            # a second day of a month, a second month of a year
            ("Harbour Post", "2025-03-17"),
            ("Harbour Post", "2025-05-20"),
        ]
    ):
        store.save(*_article(f"https://a.example/{i}", outlet, day, said[: 1 + i % 4]))
    store.finish()
    return path, db


FACETS = ["speaker_id", "outlet_id", "published_year", "published_month", "published"]


def test_facets_from_kept_counts_equal_counting_the_rows(tmp_path, make_site):
    path, db = _served_db(tmp_path)
    site = make_site(path)
    pages = [("", None)]
    for column in ("speaker_id", "outlet_id", "published_year", "published_month"):
        for (value,) in db.execute(f"select distinct {column} from quotes where {column} is not null").fetchall():
            pages.append((f"{column}={value}", (column, value)))
    for query, where in pages:
        data = site.get(f"/served/quotes.json?{query}").json()
        assert not data.get("facets_timed_out")
        for facet in FACETS:
            shown = {v["value"]: v["count"] for v in data["facet_results"][facet]["results"]}
            sql = f"select {facet}, count(*) from quotes" + (f" where {where[0]} = ?" if where else "")
            counted = dict(db.execute(f"{sql} group by {facet}", [where[1]] if where else []).fetchall())
            if facet != "speaker_id":  # only the speaker facet shows the unknown value
                counted.pop(None, None)
            assert shown == counted, (query, facet)
    # and they were read from the kept counts: a count changed by hand shows
    outlet = db.execute("select outlet_id from quotes where outlet_id is not null limit 1").fetchone()[0]
    with db.conn:
        db.execute("update outlet_year_counts set n = n + 100 where outlet_id = ?", [outlet])
        db.execute("update quote_counts_day set n = n + 100")
    data = site.get(f"/served/quotes.json?outlet_id={outlet}").json()
    assert all(v["count"] > 100 for v in data["facet_results"]["published_year"]["results"])
    data = site.get("/served/quotes.json").json()
    assert all(v["count"] > 100 for v in data["facet_results"]["published"]["results"])


def test_facets_with_two_filters_equal_counting_the_rows(tmp_path, make_site):
    path, db = _served_db(tmp_path)
    site = make_site(path)
    columns = ("speaker_id", "outlet_id", "published_year", "published_month", "published")
    pages = []
    for i, a in enumerate(columns):
        for b in columns[i + 1 :]:
            for va, vb in db.execute(
                f"select distinct {a}, {b} from quotes where {a} is not null and {b} is not null"
            ).fetchall():
                pages.append(((a, va), (b, vb)))
    assert len(pages) > 20
    for (a, va), (b, vb) in pages:
        data = site.get(f"/served/quotes.json?{a}={va}&{b}={vb}").json()
        assert not data.get("facets_timed_out")
        for facet in FACETS:
            shown = {v["value"]: v["count"] for v in data["facet_results"][facet]["results"]}
            counted = dict(
                db.execute(f"select {facet}, count(*) from quotes where {a} = ? and {b} = ? group by {facet}", [va, vb])
            )
            if facet != "speaker_id":
                counted.pop(None, None)
            assert shown == counted, (a, va, b, vb, facet)
    # the outlet, month and year of an outlet's month read from the kept counts: a count
    # changed by hand shows
    outlet, month = db.execute(
        "select outlet_id, published_month from quotes where outlet_id is not null and published_month is not null"
    ).fetchone()
    with db.conn:
        db.execute(
            "update outlet_month_counts set n = n + 100 where outlet_id = ? and published_month = ?", [outlet, month]
        )
    data = site.get(f"/served/quotes.json?outlet_id={outlet}&published_month={month}").json()
    for facet in ("outlet_id", "published_month", "published_year"):
        assert [v["count"] > 100 for v in data["facet_results"][facet]["results"]] == [True], facet
    # and so do the days of an outlet's month and the months of an outlet's year (the
    # values of a finer date that begin with the filter's), the other days and months left out
    with db.conn:
        db.execute("update outlet_day_counts set n = n + 100 where outlet_id = ?", [outlet])
    data = site.get(f"/served/quotes.json?outlet_id={outlet}&published_month={month}").json()
    days = {v["value"]: v["count"] for v in data["facet_results"]["published"]["results"]}
    counted = dict(
        db.execute(
            "select published, count(*) + 100 from quotes where outlet_id = ? and published_month = ? group by published",
            [outlet, month],
        )
    )
    assert days == counted
    outlet, year = db.execute(
        "select outlet_id, published_year from quotes where outlet_id is not null and published_year is not null "
        "group by 1, 2 order by count(distinct published_month) desc"
    ).fetchone()
    month = db.execute(
        "select published_month from quotes where outlet_id = ? and published_year = ?", [outlet, year]
    ).fetchone()[0]
    with db.conn:
        db.execute(
            "update outlet_month_counts set n = n + 100 where outlet_id = ? and published_month = ?", [outlet, month]
        )
    data = site.get(f"/served/quotes.json?outlet_id={outlet}&published_year={year}").json()
    months = {v["value"]: v["count"] for v in data["facet_results"]["published_month"]["results"]}
    assert months[month] > 100
    assert set(months) == {
        m
        for (m,) in db.execute(
            "select published_month from quotes where outlet_id = ? and published_year = ?", [outlet, year]
        )
    }
