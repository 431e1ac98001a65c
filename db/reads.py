"""Reads of the writer's hot paths, as dicts, without sqlite-utils' savepoint round.

`Database.query` wraps every read in SAVEPOINT and RELEASE (three statements for one), to
roll back a statement that turns out to write; the writer's per-quotation look-ups only read.
"""

from __future__ import annotations

from collections.abc import Iterable

import sqlite_utils


def rows(db: sqlite_utils.Database, sql: str, params: Iterable = ()) -> list[dict]:
    """Every row of a read, as a dict by column name."""
    cursor = db.execute(sql, list(params))
    columns = [d[0] for d in cursor.description]
    return [dict(zip(columns, row)) for row in cursor]
