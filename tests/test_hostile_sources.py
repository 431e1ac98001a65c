"""Hostile sources (issue 11, points 5 to 7): feeds and pages lead only to http(s) on public
addresses or the host the user typed; each broken response, URL, file or document is one
error line while the rest goes in; every fetch and file has bounded cost.

Servers listen on 127.0.0.1 and every one is bounded in time and count. Most cases read
through `read_sources` (no spaCy); one runs the whole ingest to check the database."""

from __future__ import annotations

import json
import os
import socket
import threading
import time
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest

from fixtures_ingest import (
    FERRY,
    LIBRARY,
    Page,
    error_lines,
    html_page,
    http_pages,  # noqa: F401  (fixture)
    nlp,  # noqa: F401  (fixture)
    rows,
    run,
    summary,
)
from ingest import formats, network, sources
from ingest.network import Policy, check_address, check_url
from ingest.records import SourceError
from ingest.sources import read_sources


def errors(items) -> list[tuple[str, str | None]]:
    return [(i.name, i.error) for i in items]


def ferry_page() -> Page:
    return Page(html_page("Ferry to Gullholm", "Island Post", "2024-05-02", FERRY.strip().split("\n\n")))


def rss(*links: str, title: str = "Island Post") -> bytes:
    from xml.sax.saxutils import escape

    items = "".join(
        f"<item><title>entry {n}</title><link>{escape(link)}</link></item>" for n, link in enumerate(links, 1)
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>{title}</title>{items}</channel></rss>'.encode()


# --- a server that answers with raw bytes --------------------------------------------------------


class RawServer:
    """127.0.0.1, answering each request path with raw bytes, or with (delay, bytes) pieces
    sent one after another; the connection is closed after. Stops waiting when torn down."""

    def __init__(self) -> None:
        self.responses: dict[str, bytes | list[tuple[float, bytes]]] = {}
        self.stop = threading.Event()
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.sock.settimeout(0.2)
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.sock.getsockname()[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def _serve(self) -> None:
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except (TimeoutError, OSError):
                continue
            threading.Thread(target=self._answer, args=(conn,), daemon=True).start()

    def _answer(self, conn: socket.socket) -> None:
        with conn:
            conn.settimeout(5)
            request = b""
            try:
                while b"\r\n\r\n" not in request and len(request) < 65536:
                    chunk = conn.recv(4096)
                    if not chunk:
                        return
                    request += chunk
                path = request.split(b" ", 2)[1].decode()
                answer = self.responses.get(path, b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n")
                for delay, piece in [(0.0, answer)] if isinstance(answer, bytes) else answer:
                    if delay and self.stop.wait(delay):
                        return
                    conn.sendall(piece)
            except OSError:
                pass

    def close(self) -> None:
        self.stop.set()
        self.sock.close()


@pytest.fixture
def raw() -> Iterator[RawServer]:
    server = RawServer()
    yield server
    server.close()


def ok(body: bytes, content_type: str = "text/html; charset=utf-8") -> bytes:
    return f"HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n\r\n".encode() + body


def redirect(location: str) -> bytes:
    return f"HTTP/1.1 302 Found\r\nLocation: {location}\r\nContent-Length: 0\r\n\r\n".encode()


# --- point 5: only http(s), only public addresses or the host the user typed ------------------


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1",
        "127.8.9.10",
        "10.1.2.3",
        "172.16.0.1",
        "192.168.1.1",
        "169.254.169.254",
        "0.0.0.0",
        "100.64.0.1",
        "240.0.0.1",
        "224.0.0.1",
        "::1",
        "::",
        "fe80::1",
        "fc00::1",
        "::ffff:127.0.0.1",
        "::ffff:10.0.0.1",
    ],
)
def test_private_and_reserved_addresses_are_refused(address: str) -> None:
    with pytest.raises(SourceError, match="private or reserved address"):
        check_address("host", address)


@pytest.mark.parametrize("address", ["93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946", "::ffff:93.184.216.34"])
def test_public_addresses_pass(address: str) -> None:
    check_address("host", address)


@pytest.mark.parametrize(
    "url, reason",
    [
        ("file://localhost/etc/passwd", "not file:"),
        ("file:/etc/passwd", "not file:"),
        ("data:text/plain,a%20secret", "not data:"),
        ("ftp://127.0.0.1/x", "not ftp:"),
        ("/relative/page", "not a relative link"),
        ("http://[::1/x", "bad URL: Invalid IPv6 URL"),
        ("http://127.0.0.1:80x/", "bad URL: Port could not be cast to integer value"),
        ("http://127.0.0.1/a\r\nX-Injected: 1", "bad URL: it holds a control character"),
        ("http://127.0.0.1/a b", "bad URL: it holds a space"),
        ("http:///no-host", "bad URL: no host"),
    ],
)
def test_bad_urls_are_refused(url: str, reason: str) -> None:
    with pytest.raises(SourceError, match=reason.replace("(", r"\(")):
        check_url(url)


def test_feed_links_lead_only_to_http_on_public_or_typed_hosts(http_pages, raw) -> None:  # noqa: F811
    http_pages.pages["/ferry"] = ferry_page()
    port = http_pages.httpd.server_address[1]
    links = {
        http_pages.url("/ferry"): None,  # the host the user typed: followed
        "file://localhost/etc/passwd": "only http and https links are followed, not file:",
        "file:/etc/passwd": "only http and https links are followed, not file:",
        "data:text/html,<p>%22Hi,%22%20said%20Ada.</p>": "only http and https links are followed, not data:",
        "ftp://127.0.0.1/etc/passwd": "only http and https links are followed, not ftp:",
        f"http://localhost:{port}/ferry": "is at 127.0.0.1, a private or reserved address",  # same server, other name
        f"http://[::ffff:127.0.0.1]:{port}/ferry": "a private or reserved address",
        "http://169.254.169.254/latest/meta-data/": "is at 169.254.169.254, a private or reserved address",
        "http://10.0.0.1/intranet": "is at 10.0.0.1, a private or reserved address",
        f"http://0.0.0.0:{port}/ferry": "a private or reserved address",
    }
    http_pages.pages["/feed.xml"] = Page(rss(*links), "application/rss+xml")
    items = list(read_sources([http_pages.url("/feed.xml")]))
    assert len(items) == len(links)
    for item, (link, reason) in zip(items, links.items()):
        if reason is None:
            assert item.article is not None and item.article.url == link
        else:
            assert item.name == link and reason in item.error, (link, item.error)


def test_a_feed_file_may_not_lead_to_an_untyped_private_host(tmp_path: Path, http_pages) -> None:  # noqa: F811
    http_pages.pages["/ferry"] = ferry_page()
    (tmp_path / "feed.rss").write_bytes(rss(http_pages.url("/ferry")))
    [item] = read_sources([str(tmp_path / "feed.rss")])
    assert "127.0.0.1 is at 127.0.0.1, a private or reserved address" in item.error
    # typing the host on the command line is what trusts it
    items = list(read_sources([str(tmp_path / "feed.rss"), http_pages.url("/ferry")]))
    assert [i.error for i in items] == [None, None]


def test_feedparser_never_opens_or_fetches_a_feed_file_s_text(tmp_path: Path) -> None:
    """feedparser.parse(text) opens text that names a file and fetches text that is a URL."""
    inner = tmp_path / "inner.xml"
    inner.write_bytes(rss("https://news.example/secret"))
    (tmp_path / "outer.rss").write_text(str(inner), encoding="utf-8")
    [item] = read_sources([str(tmp_path / "outer.rss")])
    assert (item.name, item.error) == ("outer.rss", "not a readable RSS or Atom feed")


def test_every_redirect_hop_is_checked(raw, http_pages) -> None:  # noqa: F811
    http_pages.pages["/ferry"] = ferry_page()
    port = raw.sock.getsockname()[1]
    raw.responses["/to-file"] = redirect("file:///etc/passwd")
    raw.responses["/to-ftp"] = redirect("ftp://127.0.0.1/etc/passwd")
    raw.responses["/to-other-name"] = redirect(f"http://localhost:{port}/page")
    raw.responses["/to-metadata"] = redirect("http://169.254.169.254/latest/")
    raw.responses["/hop1"] = redirect("/hop2")  # relative, same host: followed
    raw.responses["/hop2"] = redirect(raw.url("/page"))
    raw.responses["/page"] = ok(
        html_page("Ferry to Gullholm", "Island Post", "2024-05-02", FERRY.strip().split("\n\n"))
    )
    raw.responses["/loop"] = redirect("/loop")
    items = list(
        read_sources([raw.url(p) for p in ("/to-file", "/to-ftp", "/to-other-name", "/to-metadata", "/hop1", "/loop")])
    )
    got = [i.error for i in items]
    assert "Redirection to url 'file:///etc/passwd' is not allowed" in got[0]  # urllib's own check
    assert "not ftp:" in got[1]
    assert "localhost is at 127.0.0.1, a private or reserved address" in got[2]
    assert "169.254.169.254 is at 169.254.169.254" in got[3]
    assert got[4] is None and "The ferry to Gullholm" in items[4].article.text
    assert "redirect" in got[5]


def test_a_name_that_resolves_again_to_a_private_address_is_caught_on_connect(raw, monkeypatch) -> None:
    """DNS rebinding: public when checked, loopback when connected to."""
    raw.responses["/page"] = ok(b"<html><body><p>secret</p></body></html>")
    port = raw.sock.getsockname()[1]
    real = socket.getaddrinfo
    answers = iter(["93.184.216.34", "127.0.0.1", "127.0.0.1"])

    def rebinding(host, *args, **kwargs):
        if host == "news.example":
            return real(next(answers), port, type=socket.SOCK_STREAM)
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", rebinding)
    with pytest.raises(SourceError, match="news.example is at 127.0.0.1"):
        network.fetch(f"http://news.example:{port}/page", 5, Policy())


# --- point 6: one bad input, one error line ------------------------------------------------------


def test_broken_http_responses_each_fail_alone(raw, monkeypatch) -> None:
    monkeypatch.setattr(sources, "URL_TIMEOUT", 3)
    page = html_page("Ferry to Gullholm", "Island Post", "2024-05-02", FERRY.strip().split("\n\n"))
    raw.responses["/good"] = ok(page)
    raw.responses["/status"] = b"HTTP/1.1 two hundred OK\r\n\r\nhello"
    raw.responses["/garbage"] = b"\x00\x01 not http at all\r\n\r\n"
    raw.responses["/many-headers"] = b"HTTP/1.1 200 OK\r\n" + b"".join(b"X-%d: y\r\n" % n for n in range(150)) + b"\r\n"
    raw.responses["/long-header"] = b"HTTP/1.1 200 OK\r\nX-Long: " + b"y" * 70_000 + b"\r\n\r\n"
    raw.responses["/chunked"] = (
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n"
    )
    raw.responses["/cut-chunk"] = (
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n400\r\nabc"
    )
    raw.responses["/short"] = (
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 5000\r\n\r\n" + page[:1000]
    )
    raw.responses["/bad-length"] = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: lots\r\n\r\n" + page
    bad = {
        "/status": "cannot fetch",
        "/garbage": "cannot fetch",
        "/many-headers": "got more than 100 headers",
        "/long-header": "cannot fetch",
        "/chunked": "cannot fetch",
        "/cut-chunk": "cannot fetch",
        "/short": f"response cut short: {len(page[:1000]):,} of 5,000 bytes",
        "/bad-length": "cannot fetch",
    }
    typed_bad = {
        "http://[::1/x": "bad URL: Invalid IPv6 URL",
        raw.url("/a\r\nerror: forged"): "bad URL: it holds a control character",
        "http://127.0.0.1:port/": "bad URL: Port could not be cast",
    }
    items = list(read_sources([raw.url("/good"), *map(raw.url, bad), *typed_bad]))
    assert items[0].error is None and "Gullholm" in items[0].article.text
    assert len(items) == 1 + len(bad) + len(typed_bad)
    for item, reason in zip(items[1:], [*bad.values(), *typed_bad.values()]):
        assert item.error is not None and reason in item.error, (item.name, item.error)
        assert "\n" not in item.name + item.error and "\r" not in item.name + item.error
    assert items[1 + len(bad) + 1].name == raw.url("/a\\r\\nerror: forged")


def test_relative_links_in_feeds(tmp_path: Path, http_pages) -> None:  # noqa: F811
    http_pages.pages["/news/ferry"] = ferry_page()
    http_pages.pages["/news/feed.xml"] = Page(rss("ferry", "/news/ferry"), "application/rss+xml")
    items = list(read_sources([http_pages.url("/news/feed.xml")]))
    # resolved against the feed's own url
    assert [(i.name, i.error) for i in items] == [(http_pages.url("/news/ferry"), None)] * 2
    (tmp_path / "feed.rss").write_bytes(rss("ferry"))
    [item] = read_sources([str(tmp_path / "feed.rss")])
    assert (item.name, item.error) == (
        "feed.rss[1]",
        "relative link in a feed read from a file: nothing to resolve it against",
    )


def test_a_feed_that_lists_itself_or_another_feed_is_not_followed(http_pages) -> None:  # noqa: F811
    http_pages.pages["/ferry"] = ferry_page()
    http_pages.pages["/self.xml"] = Page(
        rss(http_pages.url("/self.xml"), http_pages.url("/other.xml"), http_pages.url("/ferry")), "application/rss+xml"
    )
    http_pages.pages["/other.xml"] = Page(rss(http_pages.url("/self.xml")), "application/rss+xml")
    fetched = []
    real = network.fetch

    def counting(url, *args):
        fetched.append(url)
        return real(url, *args)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(sources, "fetch", counting)
        items = list(read_sources([http_pages.url("/self.xml")]))
    assert errors(items) == [
        (
            http_pages.url("/self.xml"),
            "a feed entry that is itself a feed: feeds are read one level deep, entries must be pages",
        ),
        (
            http_pages.url("/other.xml"),
            "a feed entry that is itself a feed: feeds are read one level deep, entries must be pages",
        ),
        (http_pages.url("/ferry"), None),
    ]
    assert len(fetched) == 4


def test_json_nested_100000_deep(tmp_path: Path) -> None:
    (tmp_path / "deep.json").write_bytes(b"[" * 100_000 + b"]" * 100_000)
    (tmp_path / "deep.jsonl").write_bytes(
        b'{"text": ' + b"[" * 100_000 + b"]" * 100_000 + b"}\n" + json.dumps({"text": LIBRARY}).encode() + b"\n"
    )
    items = list(read_sources([str(tmp_path / "deep.json"), str(tmp_path / "deep.jsonl")]))
    assert errors(items) == [
        ("deep.json", "bad JSON: nested too deeply"),
        ("deep.jsonl:1", "bad JSON: nested too deeply"),
        ("deep.jsonl:2", None),
    ]


def test_yaml_alias_bomb_in_front_matter(tmp_path: Path) -> None:
    # seven levels of nine aliases: 4.8 million list slots (nine levels made 3.2 GB)
    bomb = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for n, name in enumerate("bcdefg"):
        bomb.append(f"{name}: &{name} [{','.join(['*' + 'abcdefg'[n]] * 9)}]")
    (tmp_path / "bomb.md").write_text("---\n" + "\n".join(bomb) + "\ntitle: x\n---\n" + LIBRARY, encoding="utf-8")
    (tmp_path / "alias.md").write_text("---\nwho: &w Ada\nauthor: *w\n---\n" + LIBRARY, encoding="utf-8")
    (tmp_path / "deep.md").write_text("---\nx: " + "[" * 2000 + "]" * 2000 + "\n---\n" + LIBRARY, encoding="utf-8")
    (tmp_path / "long.md").write_text("---\n" + "k: v\n" * 20_000 + "---\n" + LIBRARY, encoding="utf-8")
    (tmp_path / "fine.md").write_text("---\ntitle: Library opens\ntags: [a, b]\n---\n" + LIBRARY, encoding="utf-8")
    items = list(read_sources([str(tmp_path / n) for n in ("bomb.md", "alias.md", "deep.md", "long.md", "fine.md")]))
    assert [i.name for i in items] == ["bomb.md", "alias.md", "deep.md", "long.md", "fine.md"]
    assert items[0].error.startswith("bad front matter: aliases (*name) are not allowed")
    assert items[1].error.startswith("bad front matter: aliases (*name) are not allowed")
    assert items[2].error == "bad front matter: nested too deeply"
    assert items[3].error == "bad front matter: 99,999 characters, the limit is 65,536"
    assert items[4].article.title == "Library opens"


# --- point 7: bounded work per source ------------------------------------------------------------


def test_one_deadline_for_the_whole_fetch(raw, monkeypatch) -> None:
    """A server sending a byte every 0.2 s never trips a per-read timeout of 1 s; the
    deadline ends the fetch at 1 s, in the body as in the headers."""
    monkeypatch.setattr(sources, "URL_TIMEOUT", 1)
    raw.responses["/drip-body"] = [
        (0.0, b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 40\r\n\r\n")
    ] + [(0.2, b"x")] * 40
    raw.responses["/drip-headers"] = [(0.0, b"HTTP/1.1 200 OK\r\n")] + [(0.2, b"X-a: b\r\n")] * 40
    for path in ("/drip-body", "/drip-headers"):
        start = time.monotonic()
        [item] = read_sources([raw.url(path)])
        took = time.monotonic() - start
        assert item.error == "timed out after 1 s", (path, item.error)
        assert took < 2.5, (path, took)


def test_entries_per_feed_are_capped(http_pages, monkeypatch) -> None:  # noqa: F811
    monkeypatch.setattr(formats, "MAX_FEED_ENTRIES", 2)
    http_pages.pages["/ferry"] = ferry_page()
    http_pages.pages["/feed.xml"] = Page(
        rss(*[http_pages.url(f"/ferry?n={n}") for n in range(5)]), "application/rss+xml"
    )
    items = list(read_sources([http_pages.url("/feed.xml")]))
    assert [i.error for i in items[:2]] == [None, None]
    assert errors(items[2:]) == [
        (http_pages.url("/feed.xml"), "feed lists 5 entries: the first 2 were read, the rest skipped (the limit)")
    ]


def test_files_are_size_checked_before_they_are_read(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(formats, "MAX_INPUT_BYTES", 1_000_000)
    sparse = tmp_path / "sparse.txt"
    with sparse.open("wb") as f:
        f.truncate(200_000_000)  # 200 MB of nothing on disk
    tracemalloc.start()
    try:
        [item] = read_sources([str(sparse)])
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert item.error == "input too large: 200,000,000 bytes, the limit is 1,000,000"
    assert peak < 10_000_000


def test_an_overlong_jsonl_line_is_refused_without_being_held(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(formats, "MAX_JSONL_LINE_BYTES", 1000)
    path = tmp_path / "a.jsonl"
    path.write_bytes(b'{"text": "' + b"x" * 5000 + b'"}\n' + json.dumps({"text": LIBRARY}).encode() + b"\n")
    assert errors(read_sources([str(path)])) == [("a.jsonl:1", "line too long: over 1,000 bytes"), ("a.jsonl:2", None)]


def _bounded(fn, seconds: float = 5.0):
    """fn() in a thread; its result, or a failure if it is still waiting after `seconds`."""
    result: list = []
    thread = threading.Thread(target=lambda: result.append(fn()), daemon=True)
    thread.start()
    thread.join(seconds)
    assert result, f"still waiting after {seconds} s"
    return result[0]


def test_fifos_and_devices_are_refused_not_waited_on(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    os.mkfifo(corpus / "pipe.txt")
    (corpus / "a.txt").write_text(LIBRARY, encoding="utf-8")
    refused = "not a regular file (a FIFO, socket or device): not read"
    items = _bounded(lambda: list(read_sources([str(corpus / "pipe.txt"), "/dev/null", str(corpus)])))
    assert errors(items) == [
        ("pipe.txt", refused),
        ("null", refused),
        ("corpus/a.txt", None),
        ("corpus/pipe.txt", refused),
    ]


def test_an_unreadable_subdirectory_gets_an_error_line(tmp_path: Path, monkeypatch) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "locked").mkdir(parents=True)
    (corpus / "locked" / "x.txt").write_text(FERRY, encoding="utf-8")
    (corpus / "z.txt").write_text(LIBRARY, encoding="utf-8")
    real = os.scandir

    def scandir(path="."):
        if Path(path).name == "locked":  # as chmod 000 does for anyone but root
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    assert errors(read_sources([str(corpus)])) == [
        ("corpus/locked", "unreadable directory: Permission denied"),
        ("corpus/z.txt", None),
    ]


def test_file_names_are_escaped_in_errors_and_sources(tmp_path: Path, nlp) -> None:  # noqa: F811
    """A name that is not UTF-8 is stored escaped (it raised UnicodeEncodeError in Store.save);
    a newline in a name cannot forge an error line."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    with open(os.path.join(os.fsencode(corpus), b"caf\xe9.txt"), "wb") as f:
        f.write(LIBRARY.encode())
    (corpus / "evil\nerror: forged.txt").write_bytes(b"")
    (corpus / "ferry.txt").write_text(FERRY, encoding="utf-8")
    db = tmp_path / "q.db"
    result = run(["ingest", str(db), str(corpus)])
    assert result.exit_code == 1
    assert error_lines(result.stderr) == ["error: corpus/evil\\nerror: forged.txt: empty input"]
    assert [r["source"] for r in rows(db, "select source from articles order by source")] == [
        "corpus/caf\\xe9.txt",
        "corpus/ferry.txt",
    ]
    assert summary(result.stderr)["new"] == 2


def test_hostile_inputs_beside_good_ones_through_ingest(tmp_path: Path, raw, http_pages, monkeypatch, nlp) -> None:  # noqa: F811
    """The whole command: each bad input one error line, the good ones stored, exit status 1."""
    monkeypatch.setattr(sources, "URL_TIMEOUT", 3)
    http_pages.pages["/library"] = Page(
        html_page("Library opens", "Kestrel Bay Gazette", "2024-03-09", LIBRARY.strip().split("\n\n"))
    )
    http_pages.pages["/feed.xml"] = Page(
        rss(http_pages.url("/feed.xml"), "file:/etc/passwd", "http://[::1/x", http_pages.url("/library")),
        "application/rss+xml",
    )
    raw.responses["/status"] = b"HTTP/1.1 two hundred OK\r\n\r\n"
    (tmp_path / "deep.json").write_bytes(b"[" * 100_000 + b"]" * 100_000)
    (tmp_path / "ferry.txt").write_text(FERRY, encoding="utf-8")
    db = tmp_path / "q.db"
    result = run(
        [
            "ingest",
            str(db),
            http_pages.url("/feed.xml"),
            raw.url("/status"),
            str(tmp_path / "deep.json"),
            str(tmp_path / "ferry.txt"),
        ]
    )
    assert result.exit_code == 1
    assert [line.split(": ", 2)[1] for line in error_lines(result.stderr)] == [
        http_pages.url("/feed.xml"),
        "file:/etc/passwd",
        "http://[::1/x",
        raw.url("/status"),
        "deep.json",
    ]
    assert [r["source"] for r in rows(db, "select source from articles order by id")] == [
        http_pages.url("/library"),
        "ferry.txt",
    ]
    counts = summary(result.stderr)
    assert (counts["articles_read"], counts["new"], counts["failed"]) == (7, 2, 5)
