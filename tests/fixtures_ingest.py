"""Helpers and fixtures for the ingest, CLI and robustness tests.

Import what a module needs explicitly (`from tests.fixtures_ingest import ...`):
conftest.py belongs to the site tests. Every article here is made up: the
people, outlets and places are fictional.

spaCy is loaded once per test session: `ingest.nlp.load` caches the pipeline,
and the CLI commands run in-process through click's CliRunner, so only the
subprocess tests (kills, serving) pay for loading it again.
"""

from __future__ import annotations

import contextlib
import http.server
import json
import os
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

REPO = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent
QUOTEDB = [sys.executable, "-m", "quotedb"]
SHARED = REPO.parent / "shared"

HARBOUR = """\
Mayor Edda Varga defended the harbour plan on Tuesday. "We will build the quay by spring," Varga said.

"It is a waste of money," said councillor Tomas Brenner.
"""

LIBRARY = """\
The new library in Kestrel Bay opened its doors on Saturday.

"Books are the cheapest holiday there is," said head librarian Oona Maddox.
"""

FERRY = """\
The ferry to Gullholm will run twice a day from June, the operator said.

"Islanders have waited ten years for this," said Ivo Serrano, who chairs the island council.
"""


@pytest.fixture(scope="session")
def nlp():
    """The spaCy pipeline, loaded once for the session (the CLI reuses it through load's cache)."""
    from ingest.nlp import load

    return load()


def run(args: list[str], input: str | bytes | None = None) -> Result:
    """Run a quotedb command in-process; stdout and stderr kept apart."""
    from quotedb.cli import cli

    return CliRunner().invoke(cli, args, input=input, catch_exceptions=False)


def rows(db_path: Path | str, sql: str, params: tuple = ()) -> list[dict]:
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute(sql, params)]
    finally:
        conn.close()


def summary(stderr: str) -> dict[str, int]:
    """The counts of the summary line an ingest prints last on stderr."""
    import re

    line = [ln for ln in stderr.splitlines() if ln.startswith("articles read:")][-1]
    return {k.strip().replace(" ", "_"): int(v) for k, v in re.findall(r"([a-z ]+): (\d+)", line)}


def error_lines(stderr: str) -> list[str]:
    return [ln for ln in stderr.splitlines() if ln.startswith("error: ")]


def article(text: str, **front: str) -> str:
    """A .md/.txt article with YAML front matter."""
    if not front:
        return text
    head = "".join(f"{k}: {json.dumps(v)}\n" for k, v in front.items())
    return f"---\n{head}---\n{text}"


# --- a local HTTP server ---------------------------------------------------------------


@dataclass
class Page:
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    delay: float = 0.0  # seconds to wait before answering (for time-outs)


class LocalServer:
    """A threaded http.server on 127.0.0.1 serving a dict of path -> Page."""

    def __init__(self) -> None:
        self.pages: dict[str, Page] = {}
        self.stop = threading.Event()
        pages, stop = self.pages, self.stop

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802
                page = pages.get(self.path.split("?")[0])
                if page is None:
                    page = Page(b"not found", "text/plain", 404)
                if page.delay:
                    stop.wait(page.delay)
                try:
                    self.send_response(page.status)
                    self.send_header("Content-Type", page.content_type)
                    self.send_header("Content-Length", str(len(page.body)))
                    self.end_headers()
                    self.wfile.write(page.body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def log_message(self, *args) -> None:
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def __enter__(self) -> LocalServer:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop.set()
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def http_pages() -> Iterator[LocalServer]:
    with LocalServer() as server:
        yield server


def html_page(title: str, site: str, date: str, paragraphs: list[str], url: str | None = None) -> bytes:
    """A news page as trafilatura expects one: metadata in <head>, the article in <article>."""
    from html import escape

    body = "\n".join(f"<p>{escape(p, quote=False)}</p>" for p in paragraphs)
    canonical = f'<link rel="canonical" href="{escape(url)}">' if url else ""
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{escape(title)} | {escape(site)}</title>
<meta property="og:title" content="{escape(title)}">
<meta property="og:site_name" content="{escape(site)}">
<meta property="article:published_time" content="{date}T08:00:00Z">
{canonical}
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>{escape(title)}</h1>
{body}
</article>
<footer>Copyright {escape(site)}</footer>
</body></html>""".encode()


# --- subprocesses ------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def quotedb_process(args: list[str], cwd: Path, **kwargs) -> subprocess.Popen:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen(QUOTEDB + args, cwd=cwd, env=env, **kwargs)


@contextlib.contextmanager
def served(db_path: Path, *extra: str, cwd: Path) -> Iterator[str]:
    """`quotedb serve db_path` in a subprocess; yields its base URL once it answers."""
    import urllib.request

    port = free_port()
    proc = quotedb_process(
        ["serve", str(db_path), "-p", str(port), *extra], cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if proc.poll() is not None:
                raise RuntimeError("quotedb serve exited: " + proc.stderr.read().decode(errors="replace"))
            try:
                urllib.request.urlopen(base + "/-/versions.json", timeout=2).read()
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        if proc.stderr:
            proc.stderr.close()


def get(url: str, timeout: float = 30) -> tuple[int, bytes]:
    import urllib.error
    import urllib.request

    try:
        with urllib.request.urlopen(url, timeout=timeout) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


def check_whole(db_path: Path) -> dict[str, int]:
    """Assert the database is sound and holds only whole articles; return its counts."""
    conn = sqlite3.connect(str(db_path))
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        tables = {
            r[0] for r in conn.execute("select name from sqlite_master where type in ('table', 'view', 'trigger')")
        }
        if "articles" not in tables:
            # killed before its shape was made: the shape comes whole or not at all
            assert not tables, f"half a schema: {sorted(tables)}"
            return {"articles": 0, "quotes": 0}
        half = conn.execute(
            "select a.id, a.quote_count, (select count(*) from quotes q where q.article_id = a.id) as n "
            "from articles a where a.quote_count != n"
        ).fetchall()
        assert half == [], f"articles whose quotes are not all stored: {half}"
        if "quote_groups" in tables:
            # groups are written in the article's transaction: never a quotation without its
            # group, never a group whose counts are not its quotations'
            assert conn.execute("select count(*) from quotes where group_id is null").fetchone()[0] == 0
            stale = conn.execute(
                "select g.id from quote_groups g where g.quotes != (select count(*) from quotes q where q.group_id = g.id)"
            ).fetchall()
            assert stale == [], f"groups whose counts are not their quotations': {stale[:10]}"
        conn.execute("insert into quotes_fts(quotes_fts) values('integrity-check')")
        n_quotes = conn.execute("select count(*) from quotes").fetchone()[0]
        # the index itself, not its content table: every row with a word indexed, no stale rows
        conn.execute("create virtual table temp.fts_terms using fts5vocab(main, 'quotes_fts', 'instance')")
        indexed = {r[0] for r in conn.execute("select distinct doc from temp.fts_terms")}
        ids = {
            r[0]: (r[1] or "") + " " + (r[2] or "") for r in conn.execute("select id, quote, speaker_name from quotes")
        }
        assert indexed <= set(ids), f"index holds deleted rows: {sorted(indexed - set(ids))[:10]}"
        unindexed = [i for i in set(ids) - indexed if any(c.isalnum() for c in ids[i])]
        assert unindexed == [], f"rows missing from the index: {sorted(unindexed)[:10]}"
        return {
            "articles": conn.execute("select count(*) from articles").fetchone()[0],
            "quotes": n_quotes,
        }
    finally:
        conn.close()


def wait_until(predicate: Callable[[], bool], timeout: float, step: float = 0.05) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(step)
    return predicate()


# --- a larger made-up corpus -------------------------------------------------------------

PEOPLE = [
    "Ada Moss",
    "Ines Calder",
    "Ivo Serrano",
    "Oona Maddox",
    "Tomas Brenner",
    "Edda Varga",
    "Rui Dalca",
    "Pia Lund",
]
TOPICS = ["the quay", "the ferry", "the library", "the tide tables", "the sea wall", "the fish market"]


def write_corpus(d: Path, n: int, series: str = "Harbour series") -> None:
    """n small articles of a few attributed quotes each, as .md files with front matter."""
    import random

    rnd = random.Random(66)
    for i in range(n):
        paras = [f"Article {i} of the Northgate Ledger's {series}, about {rnd.choice(TOPICS)}."]
        for k in range(rnd.randint(2, 5)):
            who = rnd.choice(PEOPLE)
            topic = rnd.choice(TOPICS)
            paras.append(f'"We have to talk about {topic} number {i}-{k}," {who} said on the quay.')
        (d / f"a{i:03}.md").write_text(
            f"---\ntitle: {series} {i}\noutlet: Northgate Ledger\ndate: 2024-04-{1 + i % 28:02}\n---\n"
            + "\n\n".join(paras)
            + "\n",
            encoding="utf-8",
        )


def old_and_new_site(tmp_path: Path, old_n: int, new_n: int) -> tuple[Path, Path, Path]:
    """(old corpus, new corpus, database path in its own site folder): what a rebuild
    test swaps from and to, with the database not yet built."""
    old_corpus, new_corpus, site = tmp_path / "old", tmp_path / "new", tmp_path / "site"
    for d in (old_corpus, new_corpus, site):
        d.mkdir()
    write_corpus(old_corpus, old_n, "Old series")
    write_corpus(new_corpus, new_n, "New series")
    return old_corpus, new_corpus, site / "quotes.db"
