"""Datasette plugin: a served database follows its file when `quotedb rebuild` swaps it.

`quotedb rebuild` builds a new file and os.replace()s it over the served one.
Datasette keeps one SQLite connection per worker thread open for good, and an
open connection reads the file it opened (the old inode) forever. Here every
mutable file database reads through connections that remember which file
(device, inode) they opened; when the path names another file, the thread's
connection is closed and reopened on it. The old file stays whole until the
swap, so a request sees either the old database or the new one, never a mix.

An --immutable snapshot is never swapped under a running server: left alone.
"""

from __future__ import annotations

import asyncio
import os
import threading

from datasette import hookimpl
from datasette.database import Database

_connections = threading.local()


def file_identity(path: str) -> tuple[int, int] | None:
    """(device, inode) of the file at path; None while it cannot be read."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


class FollowingDatabase(Database):
    """A Database whose read connections reopen when its path comes to name another file."""

    def _connection(self, slot: dict):
        conn, identity = slot.get(self.name, (None, None))
        # stat before connecting: if the file is swapped in between, we remember the
        # older identity and reconnect once more next time, never stay on the old file
        now = file_identity(self.path)
        if conn is None or (now is not None and now != identity):
            if conn is not None:
                conn.close()
                if conn in self._all_file_connections:
                    self._all_file_connections.remove(conn)
            conn = self.connect()
            self.ds._prepare_connection(conn, self.name)
            slot[self.name] = (conn, now)
        return conn

    async def execute_fn(self, fn):
        if self.ds.executor is None:
            # non-threaded mode: one connection for the database
            if not hasattr(self, "_follow_slot"):
                self._follow_slot = {}
            return fn(self._connection(self._follow_slot))

        def in_thread():
            if not hasattr(_connections, "slot"):
                _connections.slot = {}
            return fn(self._connection(_connections.slot))

        return await asyncio.get_running_loop().run_in_executor(self.ds.executor, in_thread)


def follow(datasette) -> None:
    """Serve every mutable file database of datasette through a FollowingDatabase."""
    replaced = {}
    for name, db in datasette.databases.items():
        if db.path and db.is_mutable and not db.is_memory and not isinstance(db, FollowingDatabase):
            follower = FollowingDatabase(datasette, path=db.path, is_mutable=True)
            follower.name, follower.route = db.name, db.route
            db.close()
            replaced[name] = follower
        else:
            replaced[name] = db
    # a new dict, as Datasette's add_database does: requests in flight keep the old one
    datasette.databases = replaced


@hookimpl
def startup(datasette):
    follow(datasette)
