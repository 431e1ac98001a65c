"""Triggers that keep counted tables current, made to match their definitions."""

from __future__ import annotations

import sqlite_utils


def ensure_triggers(db: sqlite_utils.Database, tables: tuple[str, ...], wanted: dict[str, str]) -> bool:
    """Make each trigger of `wanted` (name -> its CREATE TRIGGER statement, as SQLite stores it)
    on `tables` exactly that; returns whether any was made or changed, so the counts it keeps
    must be counted again."""
    existing = {t.name: t.sql for name in tables for t in db[name].triggers}
    changed = False
    for name, sql in wanted.items():
        if existing.get(name) != sql:
            if name in existing:
                db.execute(f"drop trigger [{name}]")
            db.execute(sql)
            changed = True
    return changed
