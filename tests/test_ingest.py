"""`quotedb ingest` from every source format into a real small database (issue 2).

The commands run in-process (CliRunner), so the spaCy pipeline loads once per session.
Quotes are compared without their trailing comma or stop, which the extractor may or
may not keep inside the marks; everything else is compared exactly.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fixtures_ingest import (
    FERRY,
    HARBOUR,
    LIBRARY,
    article,
    html_page,
    http_pages,  # noqa: F401  (fixture)
    nlp,  # noqa: F401  (fixture)
    rows,
    run,
    summary,
)

ARTICLE_COLUMNS = "a.key, a.url, a.title, o.name as outlet, a.published, a.author, a.source, a.quote_count"


def articles(db: Path) -> list[dict]:
    return rows(db, f"select {ARTICLE_COLUMNS} from articles a left join outlets o on o.id = a.outlet_id order by a.id")


def quotes(db: Path) -> list[tuple[str, str | None]]:
    return [
        (r["quote"].rstrip(",."), r["speaker_name"])
        for r in rows(db, "select quote, speaker_name from quotes order by article_id, start")
    ]


HARBOUR_QUOTES = [("We will build the quay by spring", "Edda Varga"), ("It is a waste of money", "Tomas Brenner")]
LIBRARY_QUOTES = [("Books are the cheapest holiday there is", "Oona Maddox")]
FERRY_QUOTES = [("Islanders have waited ten years for this", "Ivo Serrano")]


def ingest(db: Path, *sources: str, input: str | bytes | None = None):
    result = run(["ingest", str(db), *sources], input=input)
    return result, summary(result.stderr)


@pytest.fixture(autouse=True)
def _model(nlp):  # noqa: F811
    """Load spaCy before the first test so no test pays for it alone."""


def test_md_with_front_matter(tmp_path: Path) -> None:
    src = tmp_path / "harbour.md"
    src.write_text(
        article(
            HARBOUR,
            title="Harbour plan",
            outlet="Northgate Ledger",
            url="https://ledger.example/harbour",
            date="2024-03-05",
            author="Pia Lund",
        ),
        encoding="utf-8",
    )
    db = tmp_path / "q.db"
    result, counts = ingest(db, str(src))
    assert result.exit_code == 0, result.stderr
    assert articles(db) == [
        {
            "key": "url:https://ledger.example/harbour",
            "url": "https://ledger.example/harbour",
            "title": "Harbour plan",
            "outlet": "Northgate Ledger",
            "published": "2024-03-05",
            "author": "Pia Lund",
            "source": "harbour.md",
            "quote_count": 2,
        }
    ]
    assert quotes(db) == HARBOUR_QUOTES
    assert rows(db, "select text from articles")[0]["text"] == HARBOUR
    assert counts == {
        "articles_read": 1,
        "new": 1,
        "changed": 0,
        "unchanged": 0,
        "failed": 0,
        "quotes_written": 2,
        "speakers": 2,
    }
    assert rows(db, "select name from speakers order by name") == [{"name": "Edda Varga"}, {"name": "Tomas Brenner"}]
    assert rows(db, "select distinct published, published_month, published_year, outlet_id from quotes") == [
        {"published": "2024-03-05", "published_month": "2024-03", "published_year": "2024", "outlet_id": 1}
    ]


def test_txt_without_front_matter_takes_outlet_and_date_options(tmp_path: Path) -> None:
    (tmp_path / "library.txt").write_text(LIBRARY, encoding="utf-8")
    db = tmp_path / "q.db"
    result = run(
        ["ingest", str(db), str(tmp_path / "library.txt"), "--outlet", "Kestrel Bay Gazette", "--date", "5 March 2024"]
    )
    assert result.exit_code == 0, result.stderr
    [row] = articles(db)
    assert row["outlet"] == "Kestrel Bay Gazette"
    assert row["published"] == "2024-03-05"
    assert row["url"] is None and row["title"] is None
    assert row["key"].startswith("sha256:")
    assert quotes(db) == LIBRARY_QUOTES


def test_options_never_override_what_the_source_says(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(article(LIBRARY, outlet="Kestrel Bay Gazette", date="2023-01-02"), encoding="utf-8")
    db = tmp_path / "q.db"
    run(["ingest", str(db), str(tmp_path / "a.md"), "--outlet", "Other Outlet", "--date", "2024-12-31"])
    [row] = articles(db)
    assert (row["outlet"], row["published"]) == ("Kestrel Bay Gazette", "2023-01-02")


def test_html_page(tmp_path: Path) -> None:
    page = html_page(
        "Ferry to Gullholm",
        "Island Post",
        "2024-05-02",
        FERRY.strip().split("\n\n"),
        "https://islandpost.example/ferry",
    )
    (tmp_path / "ferry.html").write_bytes(page)
    db = tmp_path / "q.db"
    result, counts = ingest(db, str(tmp_path / "ferry.html"))
    assert result.exit_code == 0, result.stderr
    assert articles(db) == [
        {
            "key": "url:https://islandpost.example/ferry",
            "url": "https://islandpost.example/ferry",
            "title": "Ferry to Gullholm",
            "outlet": "Island Post",
            "published": "2024-05-02",
            "author": None,
            "source": "ferry.html",
            "quote_count": 1,
        }
    ]
    text = rows(db, "select text from articles")[0]["text"]
    assert "Islanders have waited ten years" in text
    assert "Copyright" not in text and "Home" not in text  # boilerplate left out
    assert quotes(db) == FERRY_QUOTES


def test_json_object_and_list(tmp_path: Path) -> None:
    (tmp_path / "one.json").write_text(
        json.dumps(
            {
                "text": HARBOUR,
                "title": "Harbour plan",
                "outlet": "Northgate Ledger",
                "url": "https://ledger.example/harbour",
                "date": "2024-03-05",
            }
        ),
        encoding="utf-8",
    )
    (tmp_path / "two.json").write_text(
        json.dumps(
            [
                {
                    "text": LIBRARY,
                    "title": "Library opens",
                    "outlet": "Kestrel Bay Gazette",
                    "url": "https://kbg.example/library",
                    "date": "2024-03-09",
                    "author": "Rui Dalca",
                },
                {"text": FERRY, "title": "Ferry", "outlet": "Island Post", "published": "2024-05-02"},
            ]
        ),
        encoding="utf-8",
    )
    db = tmp_path / "q.db"
    result, counts = ingest(db, str(tmp_path / "one.json"), str(tmp_path / "two.json"))
    assert result.exit_code == 0, result.stderr
    got = articles(db)
    assert [(r["title"], r["outlet"], r["published"], r["source"], r["quote_count"]) for r in got] == [
        ("Harbour plan", "Northgate Ledger", "2024-03-05", "one.json", 2),
        ("Library opens", "Kestrel Bay Gazette", "2024-03-09", "two.json[0]", 1),
        ("Ferry", "Island Post", "2024-05-02", "two.json[1]", 1),
    ]
    assert got[1]["author"] == "Rui Dalca" and got[1]["url"] == "https://kbg.example/library"
    assert quotes(db) == HARBOUR_QUOTES + LIBRARY_QUOTES + FERRY_QUOTES
    assert counts["articles_read"] == 3 and counts["new"] == 3 and counts["quotes_written"] == 4


def test_jsonl(tmp_path: Path) -> None:
    lines = [
        {
            "id": "h1",
            "text": HARBOUR,
            "title": "Harbour plan",
            "outlet": "Northgate Ledger",
            "url": "https://ledger.example/harbour",
            "date": "2024-03-05",
        },
        {"id": "l1", "text": LIBRARY, "title": "Library opens", "outlet": "Kestrel Bay Gazette", "date": "2024-03-09"},
    ]
    (tmp_path / "batch.jsonl").write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    db = tmp_path / "q.db"
    result, counts = ingest(db, str(tmp_path / "batch.jsonl"))
    assert result.exit_code == 0, result.stderr
    got = articles(db)
    assert [(r["key"], r["title"], r["outlet"], r["published"], r["source"]) for r in got] == [
        ("url:https://ledger.example/harbour", "Harbour plan", "Northgate Ledger", "2024-03-05", "batch.jsonl:1"),
        ("id:l1", "Library opens", "Kestrel Bay Gazette", "2024-03-09", "batch.jsonl:2"),
    ]
    assert quotes(db) == HARBOUR_QUOTES + LIBRARY_QUOTES


def test_directory_names_files_relative_to_it(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "2024").mkdir(parents=True)
    (corpus / "2024" / "library.txt").write_text(LIBRARY, encoding="utf-8")
    (corpus / "ferry.md").write_text(article(FERRY, title="Ferry"), encoding="utf-8")
    (corpus / ".hidden.txt").write_text(HARBOUR, encoding="utf-8")
    (corpus / "notes.docx").write_bytes(b"PK\x03\x04")
    db = tmp_path / "q.db"
    result, counts = ingest(db, str(corpus))
    assert result.exit_code == 0, result.stderr
    assert [r["source"] for r in articles(db)] == ["corpus/2024/library.txt", "corpus/ferry.md"]
    assert counts["articles_read"] == 2


def test_stdin(tmp_path: Path) -> None:
    db = tmp_path / "q.db"
    result, counts = ingest(
        db, "-", "--outlet", "Kestrel Bay Gazette", input=article(LIBRARY, title="Library opens").encode()
    )
    assert result.exit_code == 0, result.stderr
    [row] = articles(db)
    assert (row["title"], row["outlet"], row["source"]) == ("Library opens", "Kestrel Bay Gazette", "-")
    assert quotes(db) == LIBRARY_QUOTES


def test_stdin_jsonl(tmp_path: Path) -> None:
    db = tmp_path / "q.db"
    data = "\n".join(json.dumps({"id": i, "text": t}) for i, t in (("a", LIBRARY), ("b", FERRY)))
    result, counts = ingest(db, "-", input=data)
    assert result.exit_code == 0, result.stderr
    assert [r["key"] for r in articles(db)] == ["id:a", "id:b"]


def test_url_and_feed_from_a_local_server(tmp_path: Path, http_pages, monkeypatch) -> None:  # noqa: F811
    from fixtures_ingest import Page

    ferry_url = http_pages.url("/news/ferry")
    library_url = http_pages.url("/news/library")
    http_pages.pages["/news/ferry"] = Page(
        html_page("Ferry to Gullholm", "Island Post", "2024-05-02", FERRY.strip().split("\n\n"))
    )
    http_pages.pages["/news/library"] = Page(
        html_page("Library opens", "Island Post", "2024-03-09", LIBRARY.strip().split("\n\n"))
    )
    http_pages.pages["/feed.xml"] = Page(
        f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Island Post</title><link>{http_pages.base}/</link>
<item><title>Ferry to Gullholm</title><link>{ferry_url}</link></item>
<item><title>Library opens</title><link>{library_url}</link></item>
</channel></rss>""".encode(),
        "application/rss+xml",
    )
    feed = tmp_path / "island.rss"
    feed.write_bytes(http_pages.pages["/feed.xml"].body)
    db = tmp_path / "q.db"

    # the feed by its URL: its links on the same host (127.0.0.1, which the user typed) are followed
    result, counts = ingest(db, http_pages.url("/feed.xml"))
    assert result.exit_code == 0, result.stderr
    got = articles(db)
    assert [(r["url"], r["title"], r["outlet"], r["published"], r["source"]) for r in got] == [
        (ferry_url, "Ferry to Gullholm", "Island Post", "2024-05-02", ferry_url),
        (library_url, "Library opens", "Island Post", "2024-03-09", library_url),
    ]
    assert quotes(db) == FERRY_QUOTES + LIBRARY_QUOTES

    # the same pages again, by URL and by the feed as a file: known by their url, unchanged
    # (the file's links to 127.0.0.1 are followed because the user typed that host too)
    result, counts = ingest(db, ferry_url, str(feed))
    assert result.exit_code == 0, result.stderr
    assert (counts["articles_read"], counts["unchanged"], counts["new"]) == (3, 3, 0)
    assert len(articles(db)) == 2


def test_atom_feed(tmp_path: Path, http_pages) -> None:  # noqa: F811
    from fixtures_ingest import Page

    http_pages.pages["/ferry"] = Page(
        html_page("Ferry to Gullholm", "Island Post", "2024-05-02", FERRY.strip().split("\n\n"))
    )
    http_pages.pages["/feed.atom"] = Page(
        f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Island Post</title><id>urn:x</id><updated>2024-05-02T00:00:00Z</updated>
<entry><title>Ferry</title><id>urn:1</id><updated>2024-05-02T00:00:00Z</updated><link href="{http_pages.url("/ferry")}"/></entry>
</feed>""".encode(),
        "application/atom+xml",
    )
    db = tmp_path / "q.db"
    # by its URL: a feed file's links to a private address the user did not type are refused
    result, counts = ingest(db, http_pages.url("/feed.atom"))
    assert result.exit_code == 0, result.stderr
    assert [r["url"] for r in articles(db)] == [http_pages.url("/ferry")]
    assert quotes(db) == FERRY_QUOTES


# --- incremental re-ingest -----------------------------------------------------------------


def test_unchanged_article_is_skipped(tmp_path: Path) -> None:
    src = tmp_path / "a.md"
    src.write_text(article(HARBOUR, url="https://ledger.example/harbour"), encoding="utf-8")
    db = tmp_path / "q.db"
    ingest(db, str(src))
    before = rows(db, "select * from quotes order by id")
    stamp = rows(db, "select ingested_at from articles")
    result, counts = ingest(db, str(src))
    assert result.exit_code == 0
    assert counts == {
        "articles_read": 1,
        "new": 0,
        "changed": 0,
        "unchanged": 1,
        "failed": 0,
        "quotes_written": 0,
        "speakers": 2,
    }
    assert rows(db, "select * from quotes order by id") == before
    assert rows(db, "select ingested_at from articles") == stamp


def test_changed_article_has_its_quotes_replaced(tmp_path: Path) -> None:
    src = tmp_path / "a.md"
    src.write_text(article(HARBOUR, url="https://ledger.example/harbour", title="Harbour plan"), encoding="utf-8")
    db = tmp_path / "q.db"
    ingest(db, str(src))
    edited = HARBOUR.replace("waste of money", "waste of public money")
    src.write_text(
        article(edited, url="https://ledger.example/harbour", title="Harbour plan (updated)"), encoding="utf-8"
    )
    result, counts = ingest(db, str(src))
    assert (counts["changed"], counts["new"], counts["quotes_written"]) == (1, 0, 2)
    assert [(r["title"], r["quote_count"]) for r in articles(db)] == [("Harbour plan (updated)", 2)]
    assert quotes(db) == [HARBOUR_QUOTES[0], ("It is a waste of public money", "Tomas Brenner")]
    assert rows(db, "select count(*) as n from quotes_fts where quotes_fts match 'public'") == [{"n": 1}]
    assert rows(db, "select count(*) as n from quotes_fts") == [{"n": 2}]


def test_identity_by_text_hash_without_url(tmp_path: Path) -> None:
    db = tmp_path / "q.db"
    (tmp_path / "a.txt").write_text(LIBRARY, encoding="utf-8")
    (tmp_path / "copy.txt").write_text(LIBRARY, encoding="utf-8")
    result, counts = ingest(db, str(tmp_path / "a.txt"), str(tmp_path / "copy.txt"))
    assert (counts["new"], counts["unchanged"]) == (1, 1)
    # an edited text without url is another article: nothing to tie it to the first
    (tmp_path / "a.txt").write_text(LIBRARY + "\nThe cafe opens next week.\n", encoding="utf-8")
    result, counts = ingest(db, str(tmp_path / "a.txt"))
    assert counts["new"] == 1
    assert len(articles(db)) == 2
    assert rows(db, "select count(*) as n from quotes") == [{"n": 2}]


def test_all_re_extracts_and_stores_extractor_version(tmp_path: Path) -> None:
    from ingest.pipeline import EXTRACTOR_VERSION

    src = tmp_path / "a.md"
    src.write_text(article(HARBOUR, url="https://ledger.example/harbour"), encoding="utf-8")
    db = tmp_path / "q.db"
    ingest(db, str(src))
    assert rows(db, "select extractor_version from articles") == [{"extractor_version": EXTRACTOR_VERSION}]
    result = run(["ingest", str(db), str(src), "--all"])
    counts = summary(result.stderr)
    assert (counts["changed"], counts["unchanged"], counts["quotes_written"]) == (1, 0, 2)
    assert quotes(db) == HARBOUR_QUOTES  # replaced, not duplicated


def test_new_extractor_version_redoes_old_articles(tmp_path: Path) -> None:
    import sqlite3

    src = tmp_path / "a.md"
    src.write_text(article(HARBOUR, url="https://ledger.example/harbour"), encoding="utf-8")
    db = tmp_path / "q.db"
    ingest(db, str(src))
    with sqlite3.connect(db) as conn:
        conn.execute("update articles set extractor_version = '0'")
    result, counts = ingest(db, str(src))
    assert counts["changed"] == 1
    assert quotes(db) == HARBOUR_QUOTES


def test_speakers_are_shared_across_articles(tmp_path: Path) -> None:
    db = tmp_path / "q.db"
    (tmp_path / "a.txt").write_text(HARBOUR, encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        'The quay was finished in May. "Spring came late," Edda Varga said.\n', encoding="utf-8"
    )
    result, counts = ingest(db, str(tmp_path / "a.txt"), str(tmp_path / "b.txt"))
    assert counts["speakers"] == 2
    assert rows(
        db,
        "select s.name, count(*) as n from quotes q join speakers s on s.id = q.speaker_id group by s.id order by s.name",
    ) == [
        {"name": "Edda Varga", "n": 2},
        {"name": "Tomas Brenner", "n": 1},
    ]
