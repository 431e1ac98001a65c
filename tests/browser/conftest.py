"""A real `quotedb serve` on 127.0.0.1 and a headless Debian Chromium driven by Playwright.

The served database is the bundled demo corpus built by `quotedb demo DB --no-serve`.
When that cannot be built here (no demo articles, no spaCy model, or the command
failing), the flows run on the fictional fixture corpus of tests/conftest.py instead,
and say so. Skipped when /usr/bin/chromium or Playwright is missing.

Screenshots go to test-output/screenshots/; the search and speaker pages are also copied
to docs/screenshots/ for the README when missing there, or always with
QUOTEDB_DOCS_SCREENSHOTS=1.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "test-output" / "screenshots"
DOCS_SCREENSHOTS = ROOT / "docs" / "screenshots"


def _quotedb() -> list[str]:
    exe = Path(sys.executable).with_name("quotedb")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "quotedb"]


def _has_quotes(path: Path) -> bool:
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
            return conn.execute("select count(*) from quotes").fetchone()[0] > 0
    except sqlite3.Error:
        return False


def _build(directory: Path, fallback) -> tuple[Path, str]:
    """The database to serve and where it came from; fallback() gives the fixture corpus's."""
    from quotedb.paths import DEMO_ARTICLES

    demo = directory / "demo.db"
    if DEMO_ARTICLES.exists() and any(DEMO_ARTICLES.iterdir()):
        result = subprocess.run(
            _quotedb() + ["demo", str(demo), "--no-serve"], capture_output=True, text=True, timeout=300, cwd=ROOT
        )
        if result.returncode == 0 and _has_quotes(demo):
            return demo, "quotedb demo"
        print(
            f"`quotedb demo --no-serve` failed ({result.returncode}): {result.stderr.strip()[-400:]}", file=sys.stderr
        )
        # the same demo corpus through `quotedb ingest`
        for leftover in directory.glob("demo.db*"):
            leftover.unlink()
        result = subprocess.run(
            _quotedb() + ["ingest", str(demo), str(DEMO_ARTICLES)],
            capture_output=True,
            text=True,
            timeout=300,
            cwd=ROOT,
        )
        if result.returncode == 0 and _has_quotes(demo):
            return demo, "quotedb ingest of the demo articles"
        print(f"`quotedb ingest` of the demo failed: {result.stderr.strip()[-400:]}", file=sys.stderr)
    return fallback(), "fixture corpus"


@dataclass
class Server:
    url: str
    db_path: Path
    database: str
    source: str

    def sql(self, sql: str, params=()) -> list[sqlite3.Row]:
        conn = sqlite3.connect(f"file:{self.db_path}?mode=ro", uri=True)
        conn.row_factory = sqlite3.Row
        try:
            return conn.execute(sql, params).fetchall()
        finally:
            conn.close()


@contextmanager
def serving(db_path: Path, source: str) -> Iterator[Server]:
    """`quotedb serve db_path` for the duration; source says where the database came from."""
    from fixtures_ingest import served  # tests/ is on sys.path through its conftest

    with served(db_path, cwd=ROOT) as url:
        print(f"serving {db_path.name} ({source}) at {url}", file=sys.stderr)
        yield Server(url, db_path, db_path.stem, source)


@pytest.fixture(scope="session")
def server(tmp_path_factory, request):
    directory = tmp_path_factory.mktemp("served")
    with serving(*_build(directory, lambda: request.getfixturevalue("site_db"))) as s:
        yield s


@pytest.fixture(scope="module")  # the sync API holds an event loop: close it with the module
def browser():
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"{CHROMIUM} is missing (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class Watched:
    """A page whose dialogs, page errors and requests are recorded."""

    def __init__(self, page, server: Server):
        self.page = page
        self.server = server
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.requests: list[str] = []
        page.on("dialog", self._dialog)
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.on("request", lambda r: self.requests.append(r.url))

    def _dialog(self, dialog):
        self.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    def path(self, path: str) -> str:
        return self.server.url + path

    def screenshot(self, name: str, docs: bool = False) -> Path:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        target = SCREENSHOTS / f"{name}.png"
        self.page.screenshot(path=str(target), full_page=True)
        # the README's copies: written when missing, or renewed on request
        # (QUOTEDB_DOCS_SCREENSHOTS=1), so that running the tests leaves the checkout clean
        docs_copy = DOCS_SCREENSHOTS / f"{name}.png"
        if docs and (not docs_copy.exists() or os.environ.get("QUOTEDB_DOCS_SCREENSHOTS") == "1"):
            DOCS_SCREENSHOTS.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(target, docs_copy)
        return target

    def assert_clean(self) -> None:
        """No dialog fired, no script failed, nothing was asked of any host but the local server."""
        assert self.dialogs == []
        assert self.errors == []
        foreign = [u for u in self.requests if not (u.startswith(self.server.url + "/") or u.startswith("data:"))]
        assert foreign == []


@contextmanager
def watching(browser, server: Server) -> Iterator[Watched]:
    """A fresh browser context on server's site, its page watched; closed after."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    page = context.new_page()
    # a wait, not a speed target: full-page screenshots took over 10 s on a loaded 2-core machine
    page.set_default_timeout(30_000)
    try:
        yield Watched(page, server)
    finally:
        context.close()


@pytest.fixture
def watched(browser, server):
    with watching(browser, server) as w:
        yield w
