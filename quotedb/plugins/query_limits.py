"""Datasette plugin: what one query on a served connection may cost or reveal.

- No value longer than MAX_VALUE_BYTES (SQLite's length limit): `select zeroblob(100000000)`
  returned 600 MB and took the server from 0.73 to 3.77 GB (issue 11); now it is a 400.
- No result holding more than MAX_RESULT_BYTES of text and blobs (characters of text,
  bytes of blobs): a thousand rows (max_returned_rows) each under the length limit could
  still add up to gigabytes. Counted row by row as SQLite hands them over, so a query
  stops at the limit.
- pragma_database_list, which shows the database file's absolute path, cannot be read by a
  query. Datasette's own `PRAGMA database_list` statement (the database page lists attached
  databases with it) is still allowed: a user's SQL cannot be a PRAGMA statement, only a
  select from the pragma_* functions Datasette allows.
"""

from __future__ import annotations

import sqlite3
import weakref
from collections.abc import Callable

from datasette import hookimpl

# The longest text an ingest stores is an article of 500,000 characters: at most 2,000,000
# bytes of UTF-8. SQLite's limit also bounds the records it builds to sort, so it leaves
# room for a whole articles row beside the text.
MAX_VALUE_BYTES = 8_000_000
# 50 articles of the longest kind on one page is 100 MB at worst; real pages hold a few MB.
# The JSON of a result is 2-5 times its data in memory while it is built.
MAX_RESULT_BYTES = 32_000_000

# tables a query may not read: (lower-cased) names
HIDDEN_TABLES = frozenset({"pragma_database_list"})


class ResultTooLarge(sqlite3.OperationalError):
    """A query's rows passed MAX_RESULT_BYTES (an OperationalError: Datasette shows it as
    the query's error, status 400)."""


def authorizer(action: int, arg1: str | None, arg2: str | None, database: str | None, trigger: str | None) -> int:
    if action == sqlite3.SQLITE_READ and isinstance(arg1, str) and arg1.lower() in HIDDEN_TABLES:
        return sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_OK


def budgeted_rows(limit: int, row_factory: Callable = sqlite3.Row) -> Callable:
    """A row factory that counts the text and blobs of each query's rows and
    raises ResultTooLarge past `limit`. A connection serves one query at a time (one per
    thread in Datasette), so a new cursor starts a new count."""
    current: list = [None, 0]  # weak reference to the cursor being counted, bytes so far

    def factory(cursor, row):
        if current[0] is None or current[0]() is not cursor:
            current[0], current[1] = weakref.ref(cursor), 0
        current[1] += sum(len(v) for v in row if isinstance(v, (str, bytes)))
        if current[1] > limit:
            raise ResultTooLarge(
                f"result too large: over {limit // 1_000_000} MB of data; ask for fewer rows or columns"
            )
        return row_factory(cursor, row)

    return factory


@hookimpl
def prepare_connection(conn):
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)
    conn.set_authorizer(authorizer)
    conn.row_factory = budgeted_rows(MAX_RESULT_BYTES)
