"""Serving under change and attack (issue 6), through the real `quotedb serve` in a subprocess:

- `quotedb rebuild` while requests flow: none fails, each sees the old database or the new
  one whole, and every request begun after the swap sees the new one;
- ingest while the site reads the same file: readers never see an error or half an article;
- --immutable serves a snapshot;
- read-only: no SQL write reaches the file; a runaway query is cut off, others still answered;
- every article-derived value escaped on every page, javascript: urls never links;
- no absolute path of the ingesting machine, nor a secret of its environment, in the
  database or the pages.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
import threading
import time
import urllib.parse
from pathlib import Path

import pytest

from fixtures_ingest import (
    FERRY,
    HARBOUR,
    LIBRARY,
    REPO,
    check_whole,
    get,
    nlp,  # noqa: F401  (fixture)
    old_and_new_site,
    rows,
    run,
    served,
    wait_until,
    write_corpus,
)

MAX_REQUESTS = 3000  # per reader thread, on top of the time bound
SOURCES_SQL = "select group_concat(source, '|') as s from (select source from articles order by source)"
HALF_SQL = "select count(*) as n from articles a where a.quote_count != (select count(*) from quotes q where q.article_id = a.id)"


def sql_url(base: str, sql: str, db: str = "quotes") -> str:
    return f"{base}/{db}.json?" + urllib.parse.urlencode({"sql": sql, "_shape": "array"})


class Readers:
    """Threads that query the server until stopped, recording (start time, status, value)."""

    def __init__(self, base: str, sql: str, threads: int = 3, pages: tuple[str, ...] = ()) -> None:
        self.url = sql_url(base, sql)
        self.pages = [base + p for p in pages]
        self.stop = threading.Event()
        self.log: list[tuple[float, int, object]] = []
        self.page_statuses: list[int] = []
        self.lock = threading.Lock()
        self.threads = [threading.Thread(target=self._run, daemon=True) for _ in range(threads)]

    def _run(self) -> None:
        n = 0
        while not self.stop.is_set() and n < MAX_REQUESTS:
            started = time.monotonic()
            status, body = get(self.url)
            value = json.loads(body) if status == 200 else body[:300]
            page_status = get(self.pages[n % len(self.pages)])[0] if self.pages else 200
            with self.lock:
                self.log.append((started, status, value))
                self.page_statuses.append(page_status)
            n += 1

    def __enter__(self) -> Readers:
        for t in self.threads:
            t.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop.set()
        for t in self.threads:
            t.join(timeout=60)

    def count(self) -> int:
        with self.lock:
            return len(self.log)


def _sources(directory: Path, prefix: str) -> str:
    return "|".join(sorted(f"{prefix}/{p.name}" for p in directory.iterdir()))


def test_rebuild_while_serving(tmp_path: Path, nlp) -> None:  # noqa: F811
    old_corpus, new_corpus, db = old_and_new_site(tmp_path, 4, 40)
    # a live site: ingested in WAL mode, so a -wal and -shm sit beside it while served
    assert run(["ingest", str(db), str(old_corpus)]).exit_code == 0
    old_value, new_value = [{"s": _sources(old_corpus, "old")}], [{"s": _sources(new_corpus, "new")}]

    with served(db, cwd=tmp_path) as base:
        with Readers(base, SOURCES_SQL, pages=("/quotes/articles", "/quotes/quotes", "/quotes")) as readers:
            assert wait_until(lambda: readers.count() >= 30, timeout=60)
            result = run(["rebuild", str(db), str(new_corpus)])
            swapped = time.monotonic()
            assert result.exit_code == 0, result.stderr
            assert wait_until(lambda: sum(1 for t, *_ in readers.log if t > swapped) >= 60, timeout=60)
        log, pages = list(readers.log), list(readers.page_statuses)

        failures = [(status, value) for _, status, value in log if status != 200]
        assert failures == []
        assert set(pages) == {200}
        assert all(value in (old_value, new_value) for _, _, value in log), "a request saw a half-built database"
        assert any(value == old_value for _, _, value in log)
        after = [value for started, _, value in log if started > swapped]
        assert after and all(value == new_value for value in after), "the server kept reading the old file"

        # the new file takes ingests again (its old -wal did not come back to haunt it)
        extra = tmp_path / "extra.md"
        extra.write_text(LIBRARY, encoding="utf-8")
        assert run(["ingest", str(db), str(extra)]).exit_code == 0
        check_whole(db)
        status, body = get(sql_url(base, "select count(*) as n from articles"))
        assert (status, json.loads(body)) == (200, [{"n": 41}])
    print(f"rebuild while serving: {len(log) + len(pages)} requests, {len(after)} queries after the swap")


def test_ingest_while_serving(tmp_path: Path, nlp) -> None:  # noqa: F811
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    write_corpus(corpus, 60)
    db = tmp_path / "quotes.db"
    (tmp_path / "first.txt").write_text(HARBOUR, encoding="utf-8")
    assert run(["ingest", str(db), str(tmp_path / "first.txt")]).exit_code == 0

    counts_sql = f"select ({HALF_SQL}) as half, (select count(*) from articles) as articles, (select count(*) from quotes_fts) as fts, (select count(*) from quotes) as quotes"
    with served(db, cwd=tmp_path) as base:
        with Readers(base, counts_sql, pages=("/quotes/quotes?_search=talk", "/quotes/articles")) as readers:
            assert wait_until(lambda: readers.count() >= 10, timeout=60)
            assert run(["ingest", str(db), str(corpus)]).exit_code == 0
            assert run(["ingest", str(db), str(corpus), "--all"]).exit_code == 0  # every article's quotes replaced
            time.sleep(0.2)
        log, pages = list(readers.log), list(readers.page_statuses)
    assert [s for _, s, _ in log if s != 200] == []
    assert set(pages) == {200}
    values = [v[0] for _, _, v in log]
    assert all(v["half"] == 0 and v["fts"] == v["quotes"] for v in values), "a reader saw half an article"
    assert values[0]["articles"] == 1 and values[-1]["articles"] == 61
    assert check_whole(db)["articles"] == 61
    print(f"ingest while serving: {len(log) + len(pages)} requests")


def test_immutable_snapshot(tmp_path: Path, nlp) -> None:  # noqa: F811
    (tmp_path / "a.txt").write_text(FERRY, encoding="utf-8")
    db = tmp_path / "quotes.db"
    assert run(["rebuild", str(db), str(tmp_path / "a.txt")]).exit_code == 0
    with served(db, "--immutable", cwd=tmp_path) as base:
        status, body = get(base + "/-/databases.json")
        [info] = [d for d in json.loads(body) if d["name"] == "quotes"]
        assert info["is_mutable"] is False and info["path"] == "quotes.db"
        status, body = get(base + "/quotes.json")
        assert status == 200
        tables = {t["name"]: t["count"] for t in json.loads(body)["tables"]}
        assert tables["articles"] == 1 and tables["quotes"] == 1
        assert get(base + "/quotes/quotes")[0] == 200


# --- a published site: read-only, time-limited, escaped, leaking nothing ----------------------

XSS_URL = "javascript:alert(document.domain)//"
XSS_ARTICLE = {
    "title": 'Harbour <script>alert("title")</script> news',
    "outlet": "<img src=x onerror=alert('outlet')>",
    "author": '"><svg onload=alert("author")>',
    "url": XSS_URL,
    "date": "2024-06-01",
    "text": (
        "The harbour website was defaced on Sunday.\n\n"
        '"Typing <script>alert(1)</script> into the box ran it," said Ada Moss.\n\n'
        '"An <img src=x onerror=alert(2)> tag did as much," Ines Calder said.\n'
    ),
}
SECRET = "s3cr3t-quotedb-test-token-8f2a"
WRITES = [
    "update articles set title = 'pwned'",
    "insert into outlets (name) values ('pwned')",
    "delete from quotes",
    "drop table quotes",
    "create table pwned (x)",
    "attach database 'pwned.db' as pwned",
    "pragma journal_mode = delete",
    "pragma user_version = 7",
    "pragma writable_schema = 1",
    "vacuum",
    "vacuum into 'copy.db'",
    "select 1; update articles set title = 'pwned'",
    "with x as (select 1) update articles set title = 'pwned'",
    "replace into outlets (id, name) values (1, 'pwned')",
    "reindex",
    "analyze",
]
RUNAWAY = "with recursive c(x) as (select 1 union all select x + 1 from c) select count(*) from c"
PAGES = [
    "/",
    "/quotes",
    "/quotes/articles",
    "/quotes/quotes",
    "/quotes/speakers",
    "/quotes/outlets",
    "/quotes/quotes?_search=script",
    "/quotes/quotes?_facet=outlet_id&_facet=speaker_id",
    "/quotes/search?q=script",
    "/quotes/search?q=%3Cscript%3E",
    "/quotes/speaker_quotes?speaker=Moss",
    "/quotes/speaker_summary",
    "/quotes/outlet_speakers",
    "/quotes?sql=select+*+from+articles",
    "/-/search?q=script",
]


@pytest.fixture(scope="module")
def published(tmp_path_factory, nlp):  # noqa: F811
    tmp = tmp_path_factory.mktemp("published")
    src = tmp / "incoming" / "deep" / "folder"
    src.mkdir(parents=True)
    (src / "xss.json").write_text(json.dumps(XSS_ARTICLE), encoding="utf-8")
    (tmp / "elsewhere").mkdir()
    (tmp / "elsewhere" / "plain.md").write_text(
        f"---\ntitle: Plain\noutlet: Island Post\n---\n{FERRY}", encoding="utf-8"
    )
    db = tmp / "site" / "quotes.db"
    old = os.environ.get("QUOTEDB_TEST_SECRET")
    os.environ["QUOTEDB_TEST_SECRET"] = SECRET
    try:
        result = run(["rebuild", str(db), str(tmp / "elsewhere" / "plain.md"), str(tmp / "incoming")])
    finally:
        if old is None:
            os.environ.pop("QUOTEDB_TEST_SECRET")
    assert result.exit_code == 0, result.stderr
    with served(db, cwd=tmp) as base:
        yield tmp, db, base


def row_pages(db: Path) -> list[str]:
    """The page of every row of the four tables."""
    return [
        f"/quotes/{table}/{r['id']}"
        for table in ("articles", "quotes", "speakers", "outlets")
        for r in rows(db, f"select id from {table}")
    ]


def _digest(db: Path) -> str:
    return hashlib.sha256(db.read_bytes()).hexdigest()


def test_no_sql_write_reaches_the_file(published) -> None:
    tmp, db, base = published
    before = _digest(db), sorted(p.name for p in db.parent.iterdir())
    for sql in WRITES:
        status, body = get(sql_url(base, sql))
        assert status != 200, (sql, body[:200])
    # canned queries are reads; a POST to one writes nothing either
    import urllib.request

    for path in ("/quotes/search", "/quotes/speaker_quotes"):
        req = urllib.request.Request(base + path, data=b"q=x&speaker=x", method="POST")
        try:
            urllib.request.urlopen(req, timeout=30).read()
        except OSError:
            pass
    assert get(sql_url(base, "select title from articles where title = 'pwned'"))[1] == b"[]"
    assert (_digest(db), sorted(p.name for p in db.parent.iterdir())) == before
    assert not (tmp / "pwned.db").exists() and not (db.parent / "copy.db").exists()


def test_runaway_query_is_cut_off_and_others_answered(published) -> None:
    tmp, db, base = published
    outcome: dict = {}

    def runaway() -> None:
        outcome["runaway"] = get(sql_url(base, RUNAWAY), timeout=120)

    thread = threading.Thread(target=runaway)
    thread.start()
    others = [get(base + path)[0] for path in ("/quotes/quotes", "/quotes/articles", "/quotes/speakers") * 4]
    thread.join(timeout=120)
    status, body = outcome["runaway"]
    assert status == 400 and b"too long" in body.lower()
    assert set(others) == {200}
    assert get(sql_url(base, "select count(*) as n from quotes"))[0] == 200


def test_article_values_escaped_on_every_page(published) -> None:
    tmp, db, base = published
    dangerous = [
        re.compile(r"<script>alert", re.I),
        re.compile(r"<img src=x onerror", re.I),
        re.compile(r"<svg onload", re.I),
        re.compile(r"""href\s*=\s*["']?\s*javascript:""", re.I),
        re.compile(r"""src\s*=\s*["']?\s*javascript:""", re.I),
    ]
    seen_escaped = 0
    pages = PAGES + row_pages(db)
    assert len(pages) > len(PAGES) + 6
    for path in pages:
        status, body = get(base + path)
        assert status == 200, path
        html = body.decode()
        for pattern in dangerous:
            assert not pattern.search(html), (path, pattern.pattern)
        seen_escaped += "&lt;script&gt;alert" in html
    assert seen_escaped >= 3  # the values are shown, escaped, not dropped


def test_nothing_of_the_building_machine_leaks(published) -> None:
    tmp, db, base = published
    secrets = [str(tmp), str(Path.home()), str(REPO), SECRET, os.environ.get("USER") and f"/{os.environ['USER']}/"]
    secrets = [s for s in secrets if s and s not in ("/",)]
    dump = "\n".join(sqlite3.connect(db).iterdump())
    for s in secrets:
        assert s not in dump, s
    assert sorted(r["source"] for r in rows(db, "select source from articles")) == [
        "incoming/deep/folder/xss.json",
        "plain.md",
    ]
    for path in (
        PAGES
        + row_pages(db)
        + [
            "/-/databases.json",
            "/-/metadata.json",
            "/-/settings.json",
            "/-/plugins.json",
            "/quotes.json",
            "/quotes/articles.json?_shape=array",
        ]
    ):
        status, body = get(base + path)
        text = body.decode()
        for s in secrets:
            assert s not in text, (path, s)


@pytest.mark.parametrize("threads", [0, 3], ids=["no-threads", "threads"])
def test_datasette_follows_a_swapped_file_in_process(tmp_path: Path, threads: int, nlp) -> None:  # noqa: F811
    """The follow_file plugin in both of Datasette's modes (threaded and not)."""
    import asyncio

    from datasette.app import Datasette

    from quotedb.serving import datasette_kwargs

    (tmp_path / "one.txt").write_text(LIBRARY, encoding="utf-8")
    (tmp_path / "two.txt").write_text(FERRY, encoding="utf-8")
    db = tmp_path / "quotes.db"
    assert run(["rebuild", str(db), str(tmp_path / "one.txt")]).exit_code == 0
    kwargs = datasette_kwargs(str(db))
    kwargs["settings"] = {**(kwargs.get("settings") or {}), "num_sql_threads": threads}
    ds = Datasette(**kwargs)

    async def sources() -> list[dict]:
        response = await ds.client.get(
            "/quotes.json?" + urllib.parse.urlencode({"sql": SOURCES_SQL, "_shape": "array"})
        )
        assert response.status_code == 200
        return response.json()

    async def scenario() -> None:
        await ds.invoke_startup()
        assert await sources() == [{"s": "one.txt"}]
        assert run(["rebuild", str(db), str(tmp_path / "two.txt")]).exit_code == 0
        for _ in range(threads + 2):  # each worker thread moves over on its next query
            assert await sources() == [{"s": "two.txt"}]

    asyncio.run(scenario())
