"""Quotation groups, the trail's data, and syndicated copies (db/groups.py, db/copies.py),
on the fictional articles of tests/fixtures_groups.py, stored through db.store."""

from __future__ import annotations

import json
import random
import sqlite3

import pytest

from db.store import Store, open_db
from fixtures_groups import (
    ARTICLES,
    DOCKERS,
    FAILING,
    FAILING_MARKED,
    NO_COMMENT,
    WAGES,
    WAGES_CURLY,
    WALL,
    WALL_CHANGED,
    WALL_LOOKALIKE,
    WALL_TRIMMED,
    WIRE,
    build,
    snapshot,
)
from fixtures_ingest import nlp  # noqa: F401  (the spaCy pipeline, once a session)
from ingest import utterance
from ingest.records import Article, Quote


def query(path, sql, params=()):
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute(sql, params)]
    finally:
        conn.close()


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    return build(tmp_path_factory.mktemp("groups") / "groups.db")


def members(path) -> list[set[tuple[str, str, str]]]:
    """Each group as a set of (outlet, quotation, speaker)."""
    found: dict[int, set] = {}
    for r in query(
        path,
        """select quotes.group_id, outlets.name as outlet, quotes.quote, speakers.name as speaker
           from quotes join outlets on outlets.id = quotes.outlet_id left join speakers on speakers.id = quotes.speaker_id""",
    ):
        found.setdefault(r["group_id"], set()).add((r["outlet"], r["quote"], r["speaker"]))
    return sorted(found.values(), key=lambda s: sorted(s))


def test_words_ignore_case_marks_punctuation_dashes_and_ellipses():
    from ingest.similarity import words

    assert words(FAILING_MARKED) == words(FAILING) == "the old wall is failing faster than anyone admits".split()
    assert words(WAGES_CURLY) == words(WAGES)
    assert words("Café … CAFE—cafe") == ["cafe", "cafe", "cafe"]


def test_each_case_of_the_issue_groups_as_it_should(built):
    assert members(built) == sorted(
        [
            # exact copies, a trimmed quote and a word changed: one utterance
            {
                ("Harbour Ledger", WALL, "Marta Quillfeather"),
                ("Valley Courier", WALL, "Marta Quillfeather"),
                ("Northgate Tribune", WALL_TRIMMED, "Marta Quillfeather"),
                ("Eastport Daily", WALL_CHANGED, "Marta Quillfeather"),
            },
            # sharing its first six words, it says something else
            {("Northgate Tribune", WALL_LOOKALIKE, "Marta Quillfeather")},
            # a dash and an ellipsis; curly marks, a hyphen, a colon and an exclamation
            {("Harbour Ledger", FAILING, "Osei Brannigan"), ("Valley Courier", FAILING_MARKED, "Osei Brannigan")},
            {("Northgate Tribune", WAGES, "Marta Quillfeather"), ("Eastport Daily", WAGES_CURLY, "Marta Quillfeather")},
            # one quote, two people credited
            {("Valley Courier", DOCKERS, "Lena Vostrikova"), ("Eastport Daily", DOCKERS, "Osei Brannigan")},
            # the same short reply groups with the same speaker's only
            {("Harbour Ledger", NO_COMMENT, "Osei Brannigan"), ("Eastport Daily", NO_COMMENT, "Osei Brannigan")},
            {("Valley Courier", NO_COMMENT, "Lena Vostrikova")},
            # the wire story on three sites
            {
                ("Saltmarsh Post", WIRE, "Osei Brannigan"),
                ("Harbour Ledger", WIRE, "Osei Brannigan"),
                ("Valley Courier", WIRE, "Osei Brannigan"),
            },
        ],
        key=lambda s: sorted(s),
    )


def test_group_row_has_canonical_wording_first_report_counts_and_credits(built):
    row = query(
        built,
        """select quote_groups.*, outlets.name as first_outlet, articles.url as first_article
           from quote_groups join outlets on outlets.id = first_outlet_id join articles on articles.id = first_article_id
           where canonical = ?""",
        [WALL_CHANGED],
    )
    assert len(row) == 1
    g = row[0]
    # the longest wording is canonical; the first report is the earliest article's
    assert (g["first_published"], g["first_outlet"], g["first_article"]) == (
        "2024-11-04",
        "Harbour Ledger",
        "https://harbour-ledger.example/wall",
    )
    assert (g["quotes"], g["articles"], g["outlets"], g["copies"], g["speaker_count"]) == (4, 4, 4, 0, 1)
    quill = query(built, "select id from speakers where name = 'Marta Quillfeather'")[0]["id"]
    assert json.loads(g["speakers"]) == [{"speaker_id": quill, "name": "Marta Quillfeather", "quotes": 4}]
    assert query(built, "select quote from quotes where id = ?", [g["first_quote_id"]]) == [{"quote": WALL}]


def test_a_quote_credited_to_two_people_is_a_conflict_with_its_credits(built):
    conflicts = query(built, "select canonical, speakers from quote_groups where speaker_count > 1")
    assert [(c["canonical"], [(s["name"], s["quotes"]) for s in json.loads(c["speakers"])]) for c in conflicts] == [
        (DOCKERS, [("Lena Vostrikova", 1), ("Osei Brannigan", 1)])
    ]


def test_syndicated_copies_point_at_the_first_and_are_counted_apart(built):
    copies = {
        r["url"]: r["original"]
        for r in query(
            built, "select a.url, b.url as original from articles a left join articles b on b.id = a.copy_of"
        )
    }
    # two on the first day: the original is the first by key
    assert {k: v for k, v in copies.items() if v} == {
        "https://saltmarsh-post.example/flood": "https://harbour-ledger.example/flood",
        "https://valley-courier.example/flood": "https://harbour-ledger.example/flood",
    }
    wire = query(
        built,
        "select quotes, articles, outlets, copies, original_articles from quote_groups where canonical = ?",
        [WIRE],
    )
    assert wire == [{"quotes": 3, "articles": 3, "outlets": 3, "copies": 2, "original_articles": 1}]


def test_the_same_groups_whatever_order_articles_come_in(built, tmp_path):
    expected = snapshot(built)
    for seed in range(3):
        entries = list(ARTICLES)
        random.Random(seed).shuffle(entries)
        assert snapshot(build(tmp_path / f"shuffled-{seed}.db", entries)) == expected


def test_reingesting_every_article_gives_the_groups_of_a_fresh_build(built, tmp_path):
    path = build(tmp_path / "twice.db")
    store = Store(open_db(str(path)), "test-2")
    build(path, list(reversed(ARTICLES)), store=store)  # every article replaced, as --all does
    assert snapshot(path) == snapshot(built)
    assert query(path, "select count(*) as n from group_keys where quote_id not in (select id from quotes)") == [
        {"n": 0}
    ]


def test_replacing_an_article_splits_a_group_it_held_together(tmp_path):
    # the long quotation is the only link between its two halves
    long = "The harbour will be rebuilt stone by stone and every family on the quay will have a dry home before the winter comes again"
    first_half = "The harbour will be rebuilt stone by stone and every family"
    second_half = "on the quay will have a dry home before the winter comes again"
    entries = [
        (
            "k:a",
            "Harbour Ledger",
            "2024-03-01",
            "A",
            [f'"{long}," said Marta Quillfeather.'],
            [(long, ("Marta Quillfeather", None))],
        ),
        (
            "k:b",
            "Valley Courier",
            "2024-03-02",
            "B",
            [f'"{first_half}," said Marta Quillfeather.'],
            [(first_half, ("Marta Quillfeather", None))],
        ),
        (
            "k:c",
            "Eastport Daily",
            "2024-03-03",
            "C",
            [f'"{second_half}," said Marta Quillfeather.'],
            [(second_half, ("Marta Quillfeather", None))],
        ),
    ]
    path = build(tmp_path / "split.db", entries)
    assert len(snapshot(path)["groups"]) == 1
    changed = ("k:a", "Harbour Ledger", "2024-03-01", "A", ["The mayor spoke about the harbour."], [])
    store = Store(open_db(str(path)), "test-1")
    build(path, [changed], store=store)
    after = snapshot(path)
    assert sorted(len(m) for m in after["groups"]) == [1, 1]
    assert after == snapshot(build(tmp_path / "fresh.db", [changed, *entries[1:]]))


def test_a_replaced_quote_leaves_its_group_and_the_counts_follow(built, tmp_path):
    path = build(tmp_path / "replaced.db")
    entry = ARTICLES[1]
    without_wall = (*entry[:5], [q for q in entry[5] if q[0] != WALL])
    store = Store(open_db(str(path)), "test-1")
    build(path, [without_wall], store=store)
    assert query(path, "select quotes, articles, outlets from quote_groups where canonical = ?", [WALL_CHANGED]) == [
        {"quotes": 3, "articles": 3, "outlets": 3}
    ]
    assert snapshot(path) == snapshot(build(tmp_path / "fresh.db", [*ARTICLES[:1], without_wall, *ARTICLES[2:]]))


def _stripped_of_groups(path):
    """The database at path opened as one from before quotation groups: no group, copy or key."""
    db = open_db(str(path))
    db.execute("update quotes set group_id = null")
    db.execute("update articles set copy_of = null")
    for table in ("quote_groups", "group_keys", "article_keys"):
        db.execute(f"delete from {table}")
    db.conn.commit()
    return db


def test_a_database_from_before_groups_is_grouped_when_next_written(built, tmp_path):
    path = build(tmp_path / "old.db")
    db = _stripped_of_groups(path)
    Store(db, "test-1").finish()
    db.close()
    assert snapshot(path) == snapshot(built)


@pytest.mark.parametrize("processes", [1, 2])
def test_a_database_from_before_groups_is_grouped_in_bulk_as_incrementally(built, tmp_path, monkeypatch, processes):
    from db import groups, upgrade

    monkeypatch.setattr(upgrade, "BULK_FROM", 1)  # the fixture's few quotations take the bulk path
    monkeypatch.setattr(upgrade, "_processes", lambda: processes)
    monkeypatch.setattr(upgrade, "CHUNK", 3)  # several chunks, several transactions
    path = build(tmp_path / "old.db")
    db = _stripped_of_groups(path)
    placed = []
    monkeypatch.setattr(groups, "place", lambda *a, **k: placed.append(a) or set())
    Store(db, "test-1").finish()
    db.close()
    assert placed == []  # none placed one by one
    assert snapshot(path) == snapshot(built)
    # the rows as recount() writes them, to the character
    columns = "canonical, first_published, last_published, quotes, copies, speakers, unattributed"
    assert sorted(query(path, f"select {columns} from quote_groups"), key=str) == sorted(
        query(built, f"select {columns} from quote_groups"), key=str
    )
    for table in ("group_keys", "article_keys"):
        assert query(path, f"select count(*) as n from {table}") == query(built, f"select count(*) as n from {table}")


def test_short_quotes_without_a_speaker_stay_alone(tmp_path):
    entries = [
        (
            f"k:{i}",
            "Harbour Ledger",
            f"2024-05-0{i + 1}",
            "T",
            [f'"{NO_COMMENT}" came the reply.'],
            [(NO_COMMENT, None)],
        )
        for i in range(2)
    ]
    assert sorted(len(m) for m in snapshot(build(tmp_path / "short.db", entries))["groups"]) == [1, 1]


def test_edge_is_symmetric_and_short_needs_the_same_speaker():
    a = utterance.Wording(1, "No comment.", 7)
    assert utterance.same_utterance(a, utterance.Wording(2, "no comment", 7))
    assert not utterance.same_utterance(a, utterance.Wording(3, "No comment.", 8))
    assert not utterance.same_utterance(a, utterance.Wording(4, "No comment.", None))
    long, trimmed = utterance.Wording(5, WALL, 1), utterance.Wording(6, WALL_TRIMMED, 2)
    assert utterance.same_utterance(long, trimmed) and utterance.same_utterance(trimmed, long)
    # of a long quotation, a run of 8 words is a trimmed quote, one of 7 is not
    harbour = utterance.Wording(
        8,
        "The harbour will be rebuilt stone by stone and every family on the quay will have a dry home before the winter comes again",
        1,
    )
    assert utterance.same_utterance(harbour, utterance.Wording(9, "every family on the quay will have a", 1))
    assert not utterance.same_utterance(harbour, utterance.Wording(10, "every family on the quay will have", 1))


# --- through the quotedb command, with spaCy finding the quotations -------------------------


def _write_articles(directory, entries):
    from fixtures_ingest import article

    directory.mkdir()
    for n, (key, outlet, date, headline, paragraphs, _) in enumerate(entries):
        (directory / f"{n:02d}.md").write_text(
            article("\n\n".join(paragraphs), title=headline, outlet=outlet, date=date, url=key), encoding="utf-8"
        )


def test_ingest_again_with_all_and_rebuild_give_the_groups_of_a_fresh_ingest(tmp_path, nlp):
    import shutil

    from fixtures_ingest import run

    articles = tmp_path / "articles"
    _write_articles(articles, ARTICLES)
    fresh = tmp_path / "fresh.db"
    assert run(["ingest", str(fresh), str(articles)]).exit_code == 0
    expected = snapshot(fresh)
    assert max(len(m) for m in expected["groups"]) >= 3  # spaCy found the shared quotations
    again = tmp_path / "again.db"
    shutil.copy(fresh, again)
    assert run(["ingest", "--all", str(again), str(articles)]).exit_code == 0
    assert snapshot(again) == expected
    # a rebuild over a database holding other groups
    rebuilt = tmp_path / "rebuilt.db"
    build(rebuilt, [ARTICLES[0]])
    assert run(["rebuild", str(rebuilt), str(articles)]).exit_code == 0
    assert snapshot(rebuilt) == expected


def test_an_older_database_gains_the_group_columns_with_their_references(tmp_path):
    import sqlite_utils

    from db.schema import TABLES, ensure_shape

    old = sqlite_utils.Database(tmp_path / "old.db")
    for name in ("outlets", "speakers", "articles", "quotes"):
        columns = {c: t for c, t in TABLES[name].items() if c not in ("group_id", "copy_of")}
        old[name].create(columns, pk="id")
    ensure_shape(old)
    references = {
        (fk.table, fk.column, fk.other_table) for name in ("quotes", "articles") for fk in old[name].foreign_keys
    }
    assert {("quotes", "group_id", "quote_groups"), ("articles", "copy_of", "articles")} <= references
    assert {"group_keys", "article_keys", "quote_groups"} <= set(old.table_names())
    # setting a group does not rewrite the quotation's full-text entry
    update = next(t for t in old["quotes"].triggers if t.name == "quotes_au")
    assert 'AFTER UPDATE OF "quote" ON "quotes"' in update.sql


def test_sentences_sharing_only_little_words_are_not_one_quotation():
    # word pairs alike (0.6), but the pairs with a content word not (0.17): two sentences
    crowd = utterance.Wording(1, "The crowd thought it was all part of the show at the harbour", 1)
    told = utterance.Wording(2, "We told them it was all part of the show at the harbour", 1)
    assert not utterance.same_utterance(crowd, told)
    # a word changed in a long quotation keeps both figures high
    assert utterance.same_utterance(utterance.Wording(3, WALL, 1), utterance.Wording(4, WALL_CHANGED, 2))


# --- look-up keys worked out at extraction, carried by the records --------------------------


def test_the_stop_words_are_spacys_english_list_as_normalised_words_meet_it():
    from spacy.lang.en.stop_words import STOP_WORDS as SPACY

    from ingest.stop_words import STOP_WORDS

    # the forms with an apostrophe never match a normalised word (`n't`, `'s`): left out
    assert STOP_WORDS == {w for w in SPACY if w.isalpha() and w.isascii()}


def test_keys_given_by_the_records_give_the_groups_of_keys_worked_out_by_the_writer(built, tmp_path):
    from fixtures_groups import article_records
    from ingest import copy_keys
    from ingest.records import LookupKeys

    def keyed(entry, version=utterance.KEYS_VERSION, wrong=False):
        article, quotes = article_records(entry)
        for q in quotes:
            keys = utterance.group_keys(q.quote).keys
            q.group_keys = LookupKeys(version, [k + 1 for k in keys] if wrong else keys)
        keys = copy_keys.copy_keys(article.text).keys
        article.copy_keys = LookupKeys(version - utterance.KEYS_VERSION + copy_keys.KEYS_VERSION, keys)
        if wrong:
            article.copy_keys.keys = [k + 1 for k in keys]
        return article, quotes

    for name, records in [
        ("given", [keyed(e) for e in ARTICLES]),
        # half the records from before keys were carried, half with them
        ("mixed", [keyed(e) if n % 2 else article_records(e) for n, e in enumerate(ARTICLES)]),
        # keys of another version (worked out another way) are not used: worked out again
        ("stale", [keyed(e, version=utterance.KEYS_VERSION + 1, wrong=True) for e in ARTICLES]),
    ]:
        store = Store(open_db(str(tmp_path / f"{name}.db")), "test-1")
        for article, quotes in records:
            store.save(article, quotes)
        store.finish()
        store.db.close()
        assert snapshot(tmp_path / f"{name}.db") == snapshot(built), name
        for table in ("group_keys", "article_keys"):
            assert query(tmp_path / f"{name}.db", f"select count(*) as n from {table}") == query(
                built, f"select count(*) as n from {table}"
            )


def test_parquet_records_carry_the_keys_and_older_files_without_them_still_read(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    from fixtures_groups import article_records
    from ingest.copy_keys import copy_keys
    from ingest.parquet import read_part, write_part

    article, quotes = article_records(ARTICLES[0])
    for q in quotes:
        q.group_keys = utterance.group_keys(q.quote)
    article.copy_keys = copy_keys(article.text)
    path = write_part(str(tmp_path / "parts"), 0, [(article, quotes)])
    [(article_back, back)] = list(read_part(path))
    assert [q.group_keys for q in back] == [q.group_keys for q in quotes]
    assert article_back.copy_keys == article.copy_keys and article.copy_keys.keys
    assert all(q.group_keys.keys for q in back if len(q.quote.split()) >= utterance.SHORT_WORDS)
    # a file written before the keys were carried: its quotes have none
    table = pq.read_table(path)
    old_quote = pa.struct([f for f in table.schema.field("quotes").type.value_type if f.name != "group_keys"])
    rows = table.to_pylist()
    for row in rows:
        for q in row["quotes"]:
            del q["group_keys"]
        del row["copy_keys"]
    schema = table.schema.set(table.schema.get_field_index("quotes"), pa.field("quotes", pa.list_(old_quote)))
    old = pa.Table.from_pylist(rows, schema=schema.remove(schema.get_field_index("copy_keys")))
    pq.write_table(old, tmp_path / "old.parquet")
    [(article_back, back)] = list(read_part(str(tmp_path / "old.parquet")))
    assert article_back.copy_keys is None and article_back == article
    assert [q.group_keys for q in back] == [None] * len(quotes) and back == quotes


def test_extraction_gives_each_quotation_its_keys(nlp):  # noqa: F811
    from ingest.pipeline import extract

    text = 'Harbour news\n\n"The old wall is failing faster than anyone admits on the quay," said Osei Brannigan.'
    quotes = extract(text, nlp)
    assert quotes and all(q.group_keys == utterance.group_keys(q.quote) for q in quotes)


# --- a key many groups hold -------------------------------------------------------------------


def test_thousands_of_quotations_sharing_a_boilerplate_run_are_placed_and_stay_apart(tmp_path):
    """3,000 different quotations ending with the same 12 words: each shares 5 runs of 8 words
    with all the others, and without the cap each new one was checked against every stored one."""
    rng = random.Random(3)
    vocabulary = [f"word{n}" for n in range(20000)]
    boilerplate = "for further details please contact the harbour office press desk on weekdays"
    store = Store(open_db(str(tmp_path / "boiler.db")), "test-1")
    made = []
    for n in range(300):
        text_quotes = [f"{' '.join(rng.sample(vocabulary, 20))} {boilerplate}" for _ in range(10)]
        body = "\n\n".join(f'"{q}," said Marta Quillfeather.' for q in text_quotes)
        quotes = []
        for q in text_quotes:
            start = body.index(q)
            quotes.append(Quote(quote=q, start=start, end=start + len(q), speaker="Marta Quillfeather"))
        made.append((Article(text=f"Notice {n}\n\n{body}", url=f"k:{n}", outlet="Harbour Ledger"), quotes))
    for article, quotes in made:
        store.save(article, quotes)
    # a true trimmed copy of one of them still joins it: its own words are its look-up keys
    first = made[0][1][0].quote
    trimmed = " ".join(first.split()[2:])
    store.save(
        Article(text=f'Later\n\n"{trimmed}," said Marta Quillfeather.', url="k:trimmed", outlet="Valley Courier"),
        [Quote(quote=trimmed, start=9, end=9 + len(trimmed), speaker="Marta Quillfeather")],
    )
    store.finish()
    db = store.db
    assert db.execute("select count(*) from quotes").fetchone()[0] == 3001
    assert db.execute("select count(*) from quote_groups").fetchone()[0] == 3000
    assert db.execute(
        "select count(distinct group_id) from quotes where quote in (?, ?)", [first, trimmed]
    ).fetchone() == (1,)
    # every quotation has its group row with the right count
    assert db.execute(
        """select count(*) from quote_groups
           where quotes != (select count(*) from quotes where group_id = quote_groups.id)"""
    ).fetchone() == (0,)
    db.close()
