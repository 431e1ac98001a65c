"""The whole schema of a fresh database, held to tests/schema.sql (issue 14): a change to a
table, index, view or trigger shows up here as a diff to review, not by surprise on a site.

After a deliberate change: QUOTEDB_UPDATE_SNAPSHOT=1 pytest tests/test_schema_snapshot.py
"""

from __future__ import annotations

import os
from pathlib import Path

from db.store import Store, open_db
from ingest.pipeline import EXTRACTOR_VERSION

SNAPSHOT = Path(__file__).resolve().parent / "schema.sql"


def fresh_schema(path: Path) -> str:
    """sqlite_master's SQL of a database made by an ingest that stored nothing, in a fixed order."""
    store = Store(open_db(str(path)), EXTRACTOR_VERSION)
    store.finish()
    rows = store.db.execute(
        "select type, name, sql from sqlite_master where sql is not null order by type, name"
    ).fetchall()
    store.db.close()
    return "".join(f"-- {kind} {name}\n{sql.strip()};\n\n" for kind, name, sql in rows)


def test_fresh_schema_matches_the_snapshot(tmp_path: Path) -> None:
    schema = fresh_schema(tmp_path / "fresh.db")
    if os.environ.get("QUOTEDB_UPDATE_SNAPSHOT") == "1":
        SNAPSHOT.write_text(schema, encoding="utf-8")
    assert SNAPSHOT.exists(), "no tests/schema.sql: run with QUOTEDB_UPDATE_SNAPSHOT=1 to write it"
    assert schema == SNAPSHOT.read_text(encoding="utf-8"), (
        "the schema of a fresh database changed; if on purpose, run "
        "QUOTEDB_UPDATE_SNAPSHOT=1 pytest tests/test_schema_snapshot.py and commit tests/schema.sql"
    )
