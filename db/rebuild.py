"""A database file's life on disk: the lock ingests and rebuilds share, and the atomic rebuild.

The lock is flock(2) on the database file itself, so nothing is left beside it: ingests take it
shared (several may write at once, SQLite orders their transactions), a rebuild takes it
exclusive for its whole run, so no ingest can commit to a file a rebuild is about to replace.
flock locks the open file, not the path: a lock won on a file that was replaced meanwhile is a
lock on the wrong file, so after taking it we check the path still names that file, and start
again if not. flock and SQLite's own POSIX byte-range locks do not interact on Linux or macOS.
Without fcntl (Windows) there are no locks: one writer at a time is then the user's care.

A rebuild builds into a temporary file beside the database (same file system, so `os.replace`
is atomic), gives it the old file's mode, and swaps it in only when the caller says the build
is good; the old file stays whole in every other case.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows: no advisory locks
    fcntl = None

# How long an ingest waits for a rebuild of its database to end (or a rebuild for the
# ingests at work on it) before giving up with a message. A rebuild of a few hundred
# articles takes about a minute on one core.
WAIT = 60.0
POLL = 0.1  # seconds between attempts while waiting; flock itself has no time-out
BUILDING = ".building"  # suffix of a rebuild's temporary file


class DatabaseBusy(Exception):
    """Another ingest or rebuild held the database's lock for longer than we would wait."""


class DatabaseReplaced(Exception):
    """The database file was replaced while an ingest wrote to it: its later commits went to the old file."""


class RebuildFailed(Exception):
    """The new file could not be made or swapped in; the old database is untouched."""


@dataclass
class Held:
    """A lock held on the file `path` names, through the open descriptor `fd`."""

    path: Path
    fd: int
    created: bool  # the file did not exist: taking the lock made it, empty

    def check(self) -> None:
        """Raise DatabaseReplaced if the path no longer names the file we hold."""
        if not _same_file(self.fd, self.path):
            raise DatabaseReplaced(
                f"{self.path}: the file was replaced while this ingest wrote to it; "
                "what it stored went to the replaced file: run the ingest again"
            )


def _same_file(fd: int, path: Path) -> bool:
    try:
        now = os.stat(path)
    except FileNotFoundError:
        return False
    held = os.fstat(fd)
    return (held.st_dev, held.st_ino) == (now.st_dev, now.st_ino)


@contextlib.contextmanager
def locked(
    path: str | Path, exclusive: bool, wait: float = WAIT, on_wait: Callable[[str], None] | None = None
) -> Iterator[Held]:
    """Hold the database's lock: shared for an ingest, exclusive for a rebuild.

    Creates the file (empty, as SQLite would) when it does not exist, so a rebuild of a new
    database and an ingest creating it still exclude each other. Waits up to `wait` seconds,
    calling `on_wait` once with a line to show, then raises DatabaseBusy. The descriptor is
    closed on exit: open no SQLite connection to the file that outlives the block, as closing
    any descriptor of a file drops the process's POSIX locks on it, SQLite's included.
    """
    path = Path(path)
    kind = (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) if fcntl else 0
    deadline = time.monotonic() + wait
    told = False
    while True:
        fd, created = _open_or_create(path)
        if fcntl is None:
            break
        try:
            got = _try_lock(fd, kind)
            if not got and on_wait is not None and not told:
                told = True
                on_wait(f"{path.name} is being {'written or ' if exclusive else ''}rebuilt: waiting up to {wait:g} s")
            while not got and time.monotonic() < deadline:
                time.sleep(POLL)
                got = _try_lock(fd, kind)
        except BaseException:
            os.close(fd)
            raise
        if got and _same_file(fd, path):
            break
        os.close(fd)
        if not got:
            doing = "an ingest or a rebuild" if exclusive else "a rebuild"
            raise DatabaseBusy(
                f"{path}: {doing} is still at work on it after {wait:g} s; try again when it ends, or wait longer with --wait"
            )
        # won the lock on a file a rebuild has since replaced: the new file is the one to lock
    try:
        yield Held(path, fd, created)
    finally:
        os.close(fd)


def _open_or_create(path: Path) -> tuple[int, bool]:
    while True:
        try:
            return os.open(path, os.O_RDONLY | os.O_CREAT | os.O_EXCL, 0o644), True
        except FileExistsError:
            pass
        try:
            return os.open(path, os.O_RDONLY), False
        except FileNotFoundError:  # removed in between: create it after all
            continue


def _try_lock(fd: int, kind: int) -> bool:
    try:
        fcntl.flock(fd, kind | fcntl.LOCK_NB)
        return True
    except BlockingIOError:
        return False


class Build:
    """A rebuild in progress: a temporary file to build into, swapped in by `swap`.

    Use as a context manager: it takes the database's exclusive lock, removes what killed
    rebuilds left, and on exit removes the temporary file and releases the lock, whether
    or not `swap` was called.
    """

    def __init__(self, target: str | Path, wait: float = WAIT, on_wait: Callable[[str], None] | None = None):
        self.target = Path(target).resolve()
        self.wait = wait
        self.on_wait = on_wait
        self.path = ""  # the temporary file, set on entering
        self.swapped = False
        self._stack = contextlib.ExitStack()

    def __enter__(self) -> Build:
        try:
            self._start()
        except OSError as e:
            self._stack.close()
            raise RebuildFailed(f"{self.target}: cannot start the rebuild: {e.strerror or e}") from None
        except BaseException:
            self._stack.close()
            raise
        return self

    def _start(self) -> None:
        self.target.parent.mkdir(parents=True, exist_ok=True)
        held = self._stack.enter_context(locked(self.target, True, self.wait, self.on_wait))
        # pushed after the lock, so it runs before the lock is released
        self._stack.callback(self._forget_placeholder, held)
        sweep_stale_builds(self.target)
        fd, self.path = tempfile.mkstemp(prefix=f".{self.target.name}.", suffix=BUILDING, dir=self.target.parent)
        # closed last (callbacks run in reverse), when no SQLite connection has the file open:
        # closing any descriptor of a file drops the process's POSIX locks on it, SQLite's included
        self._stack.callback(os.close, fd)
        self._stack.callback(remove_build, self.path)
        # held while we build: a later rebuild knows this file is in use, not left by a killed one
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX)
        # mkstemp makes 0600; a server running as another user must still read the new file
        os.chmod(self.path, stat.S_IMODE(os.fstat(held.fd).st_mode))

    def __exit__(self, *exc) -> None:
        self._stack.close()

    def _forget_placeholder(self, held: Held) -> None:
        # the lock made an empty file where there was none; a build not swapped in leaves none
        if held.created and not self.swapped and _same_file(held.fd, held.path) and os.fstat(held.fd).st_size == 0:
            os.unlink(held.path)

    def swap(self) -> None:
        """Make the built file one self-contained file and put it in the database's place at once."""
        try:
            conn = sqlite3.connect(self.path)
            try:
                # a single self-contained file: no -wal beside it to go stale after the swap
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                conn.execute("PRAGMA journal_mode = DELETE")
            finally:
                conn.close()
            os.replace(self.path, self.target)
        except (sqlite3.Error, OSError) as e:
            raise RebuildFailed(f"{self.target}: rebuild failed, the old database is kept: {e}") from None
        self.swapped = True
        # The old file's -wal and -shm are named by path, not by file: left beside the new
        # one, the next writer would replay the old file's log into it. Readers still on
        # the old file hold theirs open, so removing the names takes nothing from them.
        for stale in (f"{self.target}-wal", f"{self.target}-shm"):
            try:
                os.unlink(stale)
            except FileNotFoundError:
                pass
            except OSError as e:
                raise RebuildFailed(
                    f"{stale}: the new database is in place, but remove this file before writing to it: {e.strerror}"
                ) from None


def remove_build(tmp: str) -> None:
    """Remove a rebuild's temporary file and SQLite's files beside it."""
    for leftover in (tmp, tmp + "-wal", tmp + "-shm", tmp + "-journal"):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(leftover)


def sweep_stale_builds(target: Path) -> None:
    """Remove the temporary files of rebuilds that were killed: those no process holds locked."""
    if fcntl is None:
        return
    for path in target.parent.glob(f".{target.name}.*{BUILDING}"):
        try:
            fd = os.open(path, os.O_RDONLY)
        except OSError:
            continue
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            continue  # another rebuild is at work on it
        remove_build(str(path))
        os.close(fd)
