"""The schema step brings a database made by an older quotedb to today's shape."""

from __future__ import annotations

import json

import sqlite_utils

from db.schema import ensure_shape
from db.store import Store
from ingest.records import Article, Quote


def test_speakers_from_before_the_surname_column_are_backfilled_and_found(tmp_path):
    db = sqlite_utils.Database(tmp_path / "old.db")
    db["speakers"].insert(
        {"id": 1, "key": "helena varga", "name": "Helena Varga", "aliases": "[]", "role": "Mayor"}, pk="id"
    )
    ensure_shape(db)
    assert list(db.query("select key, surname from speakers")) == [{"key": "helena varga", "surname": "varga"}]
    assert "idx_speakers_surname" in {i.name for i in db["speakers"].indexes}

    # a later article naming her by surname alone joins her row
    store = Store(db, "test")
    article = Article(
        text='"We hold the line," Varga said.', title="Line", outlet="Valley Courier", published="2026-03-04"
    )
    store.save(
        article, [Quote(quote="We hold the line,", start=1, end=18, speaker="Varga", mention="Varga", cue="said")]
    )
    row = db["speakers"].get(1)
    assert db["speakers"].count == 1
    assert json.loads(row["aliases"]) == ["Varga"]
    assert list(db.query("select speaker_id from quotes")) == [{"speaker_id": 1}]
