"""Nasty inputs beside good ones (issue 6): each bad one gets one error line naming it and
the reason, every good one lands, the summary adds up, exit status 1 exactly when one failed."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from fixtures_ingest import (
    FERRY,
    LIBRARY,
    Page,
    check_whole,
    error_lines,
    http_pages,  # noqa: F401  (fixture)
    nlp,  # noqa: F401  (fixture)
    rows,
    run,
    summary,
)

GOOD_NOTE = 'The tide table was posted at noon. "Mind the rocks," harbourmaster Ines Calder said.\n'


def nasty_corpus(d: Path) -> tuple[dict[str, str], dict[str, str]]:
    """Write the corpus; return ({bad input name: reason substring}, {good input name: text fragment})."""
    rnd = random.Random(6)
    bad: dict[str, str] = {}
    good: dict[str, str] = {}

    def w(name: str, data: bytes) -> None:
        (d / name).write_bytes(data)

    w("empty.txt", b"")
    bad["empty.txt"] = "empty input"
    w("blank.md", b"  \n\t\r\n \n")
    bad["blank.md"] = "empty input"
    w("noise.txt", bytes(rnd.getrandbits(8) for _ in range(4096)))
    bad["noise.txt"] = "binary data"
    w("image.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(rnd.getrandbits(8) for _ in range(200)))
    bad["image.md"] = "binary data"
    w("broken-utf8.txt", GOOD_NOTE.replace("Ines", "Inès").encode() + b"\xff\xfe\xc3(")
    bad["broken-utf8.txt"] = "invalid UTF-8 at byte"
    w("odd-utf16.txt", b"\xff\xfea\x00b")
    bad["odd-utf16.txt"] = "broken UTF-16"
    w("huge.txt", b"plain words without any marks " * (50 * 1024 * 1024 // 30))
    bad["huge.txt"] = "article too long"
    w("marks.txt", ('"a" ' * 5000).encode())
    bad["marks.txt"] = "too many quotation marks: 10,000"
    w(
        "huge.html",
        b"<html><body><article>"
        + b"<p>Tides and budgets were discussed.</p>\n" * 150_000
        + b"</article></body></html>",
    )
    bad["huge.html"] = "page too large"
    w("deep.html", b"<html><body>" + b"<div>" * 100_000 + b"</div>" * 10)
    bad["deep.html"] = "no article text"
    w("tagsoup.html", b"<!DOCTYPE html><html><body><div><span><script>var x = '<p>';</script></div></span>")
    bad["tagsoup.html"] = "no article text"
    w("no-text.json", json.dumps({"title": "Headline only", "outlet": "Nowhere News"}).encode())
    bad["no-text.json"] = "no article text"
    w("text-number.json", json.dumps({"text": 42}).encode())
    bad["text-number.json"] = "no article text"
    w("truncated.json", b'{"text": "It was')
    bad["truncated.json"] = "bad JSON"
    w("impossible-date.md", b"---\ndate: 2024-02-30\n---\n" + GOOD_NOTE.encode())
    bad["impossible-date.md"] = "day is out of range"
    w("nonsense-date.md", b'---\ndate: "32/13/2024"\n---\n' + GOOD_NOTE.encode())
    bad["nonsense-date.md"] = "bad date"
    w("bad-yaml.md", b"---\ntitle: [unclosed\n---\n" + GOOD_NOTE.encode())
    bad["bad-yaml.md"] = "bad front matter"
    w(
        "mixed.json",
        json.dumps(
            [
                {"text": LIBRARY, "title": "Library opens"},
                {"text": GOOD_NOTE, "title": {"nested": "object"}},
                {"text": GOOD_NOTE, "date": 20240101},
                {"text": GOOD_NOTE, "date": "2023-13-45"},
                "just a string",
                None,
                {"text": GOOD_NOTE + "\ud800 broken pair"},
                {"text": GOOD_NOTE, "title": "Fine \udfff"},
                {"text": GOOD_NOTE, "outlet": True},
                {"text": "Fine 🚢 ✓ \u0000 text without marks", "title": "Emoji"},
                {"text": GOOD_NOTE, "title": "Null\u0000title"},
                {"text": GOOD_NOTE, "url": "https://news.example/a\u0000b"},
                {"text": "Fine 🚢 ✓ text without marks", "title": "Emoji"},
            ]
        ).encode(),
    )
    good["mixed.json[0]"] = "Kestrel Bay"
    bad["mixed.json[1]"] = "field 'title' should be a string"
    bad["mixed.json[2]"] = "bad date"
    bad["mixed.json[3]"] = "bad date"
    bad["mixed.json[4]"] = "expected a JSON object"
    bad["mixed.json[5]"] = "expected a JSON object"
    bad["mixed.json[6]"] = "field 'text' holds an unpaired surrogate"
    bad["mixed.json[7]"] = "field 'title' holds an unpaired surrogate"
    bad["mixed.json[8]"] = "field 'outlet' should be a string"
    # NUL is refused in a JSON field as in a file: C code reading the row would stop at it
    bad["mixed.json[9]"] = "field 'text' holds a NUL character"
    bad["mixed.json[10]"] = "field 'title' holds a NUL character"
    bad["mixed.json[11]"] = "field 'url' holds a NUL character"
    good["mixed.json[12]"] = "🚢"
    w(
        "lines.jsonl",
        (
            json.dumps({"id": "ok-1", "text": FERRY})
            + "\n"
            + '{"id": "cut", "text": "half a li\n'
            + json.dumps({"id": "ok-2", "text": GOOD_NOTE})
            + "\n"
        ).encode(),
    )
    good["lines.jsonl:1"] = "Gullholm"
    bad["lines.jsonl:2"] = "bad JSON line"
    good["lines.jsonl:3"] = "Mind the rocks"

    # good, however odd
    w("latin1.txt", ("Café owner José Núñez looked on. " + '"Não é culpa minha," said José Núñez.\n').encode("latin-1"))
    good["latin1.txt"] = "José Núñez"
    w(
        "cp1251.txt",
        (
            'Глава района Иван Петров заявил журналистам: "Мост откроют до конца года, как и обещали жителям", сказал Петров во вторник. '
            * 3
        ).encode("cp1251"),
    )
    good["cp1251.txt"] = "Мост откроют"
    w("utf16.txt", ("\ufeff" + '"We float," said Ada Moss of the rowing club.\n').encode("utf-16-le"))
    good["utf16.txt"] = "We float"
    w("crlf.md", b'---\r\ntitle: CRLF\r\n---\r\n"One tide," said Ada Moss.\r\n\r\n"Two tides," said Ben Ode.\r\n')
    good["crlf.md"] = "Two tides"
    w("cr.txt", b'"Lone CR," said Ada Moss.\r\r"Old Macs," said Ben Ode.\r')
    good["cr.txt"] = "Old Macs"
    w(
        "unbalanced.txt",
        '“He said ‘she said “no” to me’ and left,” said Ada Moss. "Never closed. And “more ” » « marks.\n'.encode(),
    )
    good["unbalanced.txt"] = "she said"
    w(
        "truncated.html",
        b'<!DOCTYPE html><html><head><title>Cut</title></head><body><article><p>"We are cut off," said Ada Moss of the ferry board. And the page ends mid-sen',
    )
    good["truncated.html"] = "We are cut off"
    return bad, good


def test_nasty_inputs_beside_good_ones(tmp_path: Path, nlp) -> None:  # noqa: F811
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    bad, good = nasty_corpus(corpus)
    db = tmp_path / "q.db"
    result = run(["ingest", str(db), str(corpus)])
    assert result.exit_code == 1

    errors = error_lines(result.stderr)
    named = {}
    for line in errors:
        name, reason = line.removeprefix("error: corpus/").split(": ", 1)
        assert name not in named, f"two error lines for {name}"
        named[name] = reason
    assert set(named) == set(bad)
    for name, reason in bad.items():
        assert reason in named[name], (name, named[name])
    for line in errors:
        assert "\n" not in line and "Traceback" not in line

    stored = {r["source"].removeprefix("corpus/"): r["text"] for r in rows(db, "select source, text from articles")}
    assert set(stored) == set(good)
    for name, fragment in good.items():
        assert fragment in stored[name], name
        assert "\r" not in stored[name]

    counts = summary(result.stderr)
    assert counts["failed"] == len(bad)
    assert counts["new"] == len(good)
    assert counts["articles_read"] == counts["new"] + counts["changed"] + counts["unchanged"] + counts["failed"]
    whole = check_whole(db)
    assert whole["articles"] == len(good) and whole["quotes"] == counts["quotes_written"]
    for r in rows(db, "select q.quote, q.start, q.end, a.text from quotes q join articles a on a.id = q.article_id"):
        assert r["text"][r["start"] : r["end"]] == r["quote"]

    # nothing new the second time; the bad ones fail again, the same way
    again = run(["ingest", str(db), str(corpus)])
    assert again.exit_code == 1
    assert error_lines(again.stderr) == errors
    assert summary(again.stderr)["unchanged"] == len(good)


def test_only_good_inputs_exit_zero(tmp_path: Path, nlp) -> None:  # noqa: F811
    (tmp_path / "a.txt").write_text(GOOD_NOTE, encoding="utf-8")
    result = run(["ingest", str(tmp_path / "q.db"), str(tmp_path / "a.txt")])
    assert result.exit_code == 0 and error_lines(result.stderr) == []


def test_bad_urls_beside_a_good_one(tmp_path: Path, http_pages, monkeypatch, nlp) -> None:  # noqa: F811
    import ingest.sources
    from fixtures_ingest import html_page

    monkeypatch.setattr(ingest.sources, "URL_TIMEOUT", 0.5)
    http_pages.pages["/good"] = Page(
        html_page("Library opens", "Kestrel Bay Gazette", "2024-03-09", LIBRARY.strip().split("\n\n"))
    )
    http_pages.pages["/slow"] = Page(b"<html></html>", delay=5)
    http_pages.pages["/image"] = Page(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "image/png")
    http_pages.pages["/empty"] = Page(b"", "text/html")
    http_pages.pages["/gone"] = Page(b"gone", "text/plain", 410)
    dead_port_url = "http://127.0.0.1:9/nothing"  # discard port: nothing listens
    urls = {
        http_pages.url("/slow"): "timed out",
        http_pages.url("/missing"): "HTTP 404",
        http_pages.url("/image"): "not an article: content type image/png",
        http_pages.url("/empty"): "empty input",
        http_pages.url("/gone"): "HTTP 410",
        dead_port_url: "cannot fetch",
    }
    db = tmp_path / "q.db"
    result = run(["ingest", str(db), http_pages.url("/good"), *urls])
    assert result.exit_code == 1
    errors = error_lines(result.stderr)
    assert len(errors) == len(urls)
    for line, (url, reason) in zip(errors, urls.items()):
        assert line.startswith(f"error: {url}: ") and reason in line, line
    assert [r["url"] for r in rows(db, "select url from articles")] == [http_pages.url("/good")]
    counts = summary(result.stderr)
    assert (counts["articles_read"], counts["new"], counts["failed"]) == (1 + len(urls), 1, len(urls))


def test_feed_with_broken_entries(tmp_path: Path, http_pages, nlp) -> None:  # noqa: F811
    from fixtures_ingest import html_page

    http_pages.pages["/ok"] = Page(html_page("Ferry", "Island Post", "2024-05-02", FERRY.strip().split("\n\n")))
    # served from 127.0.0.1, which the user types: links on that host are followed
    http_pages.pages["/feed.rss"] = Page(
        f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Island Post</title>
<item><title>ok</title><link>{http_pages.url("/ok")}</link></item>
<item><title>missing</title><link>{http_pages.url("/missing")}</link></item>
<item><title>no link</title></item>
</channel></rss>""".encode(),
        "application/rss+xml",
    )
    (tmp_path / "junk.rss").write_text("<?xml version='1.0'?><rss><channel><item>", encoding="utf-8")
    db = tmp_path / "q.db"
    result = run(["ingest", str(db), http_pages.url("/feed.rss"), str(tmp_path / "junk.rss")])
    assert result.exit_code == 1
    errors = error_lines(result.stderr)
    assert errors == [
        f"error: {http_pages.url('/missing')}: HTTP 404 Not Found",
        f"error: {http_pages.url('/feed.rss')}[3]: feed entry without a link",
        "error: junk.rss: not a readable RSS or Atom feed",
    ]
    counts = summary(result.stderr)
    assert (counts["articles_read"], counts["new"], counts["failed"]) == (4, 1, 3)
    assert [r["title"] for r in rows(db, "select title from articles")] == ["Ferry"]


@pytest.mark.parametrize("size", [0, 1, 2, 3])
def test_stdin_odd_bytes(tmp_path: Path, size: int, nlp) -> None:  # noqa: F811
    data = [b"", b"\x00", b"\xff\xfe", b" \r\n"][size]
    result = run(["ingest", str(tmp_path / "q.db"), "-"], input=data)
    assert result.exit_code == 1
    [line] = error_lines(result.stderr)
    assert line.startswith("error: -: ")
    assert summary(result.stderr)["failed"] == 1
