"""Metadata of news pages (issue 12): titles without the site's name or a date around them,
authors without "View all posts by", the page's own publication date first. Our own small
pages about fictional people; trafilatura only, no spaCy."""

from __future__ import annotations

import pytest

from ingest.html import clean_author, clean_title, extract

BODY = """<p>The council voted on Tuesday to rebuild the harbour wall before the winter storms reach the bay.</p>
<p>"We cannot wait another year," said councillor Ben Ode, who chairs the works committee of the council.</p>"""


def page(head: str, byline: str = "", body: str = BODY) -> str:
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">{head}</head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article>{byline}{body}</article><footer>Kestrel Bay Gazette</footer></body></html>"""


SITE = '<meta property="og:site_name" content="Kestrel Bay Gazette">'


@pytest.mark.parametrize(
    "title",
    [
        "Harbour wall vote passes | Kestrel Bay Gazette | 19.01.2020",
        "Harbour wall vote passes - Kestrel Bay Gazette",
        "Kestrel Bay Gazette | Harbour wall vote passes",
        "Harbour wall vote passes — 19 January 2020",
        "Harbour wall vote passes | kestrelbay.example",
    ],
)
def test_titles_lose_site_name_and_date(title: str) -> None:
    fields = extract(page(f"<title>{title}</title>{SITE}"))
    assert fields["title"] == "Harbour wall vote passes"
    assert fields["outlet"] == "Kestrel Bay Gazette"


@pytest.mark.parametrize(
    "title",
    [
        "Budget: what it means for the harbour",
        "Tide tables 2024 - 2025",
        "Harbour wall - the vote, explained",
        "Ode vs. Moss | the debate",
    ],
)
def test_headlines_keep_their_own_words(title: str) -> None:
    assert clean_title(title, "Kestrel Bay Gazette") == title


@pytest.mark.parametrize(
    "byline, author",
    [
        ('<a rel="author" href="/author/ada">View all posts by Ada Moss</a>', "Ada Moss"),
        ('<span class="author"><a rel="author" href="/a">More stories from Ada Moss</a></span>', "Ada Moss"),
        ('<meta name="author" content="By Ada Moss">', "Ada Moss"),
    ],
)
def test_authors_lose_link_text(byline: str, author: str) -> None:
    head = "<title>Harbour wall vote passes</title>" + (byline if byline.startswith("<meta") else "")
    fields = extract(page(head, "" if byline.startswith("<meta") else f"<div class='byline'>{byline}</div>"))
    assert fields["author"] == author


def test_author_names_given_twice_are_kept_once() -> None:
    assert clean_author("Ada Moss; View all posts by Ada Moss; Ben Ode") == "Ada Moss; Ben Ode"
    assert clean_author("Bywater Jones") == "Bywater Jones"


@pytest.mark.parametrize(
    "head",
    [
        '<meta property="article:published_time" content="2020-01-19T09:00:00Z"><meta property="article:modified_time" content="2020-02-03T10:00:00Z">',
        '<meta name="date" content="2019-12-01"><script type="application/ld+json">{"@context": "https://schema.org", "@graph": [{"@type": "WebPage"}, {"@type": "NewsArticle", "datePublished": "2020-01-19T09:00:00+01:00", "dateModified": "2020-02-03"}]}</script>',
        '<meta name="last-modified" content="2020-02-03"><meta itemprop="datePublished" content="2020-01-19">',
    ],
    ids=["open-graph", "json-ld", "microdata"],
)
def test_dates_prefer_the_page_s_own_published_metadata(head: str) -> None:
    body = BODY + "<p>Updated 3 February 2020.</p>"
    fields = extract(page("<title>Harbour wall vote passes</title>" + head, body=body))
    assert fields["date"] == "2020-01-19"


def test_a_time_element_marked_pubdate() -> None:
    byline = '<p class="meta">Published <time pubdate datetime="2020-01-19">19 Jan</time>, updated <time datetime="2020-02-03">3 Feb</time></p>'
    assert extract(page("<title>Harbour wall vote passes</title>", byline))["date"] == "2020-01-19"


def test_bad_metadata_dates_fall_through() -> None:
    head = '<meta property="article:published_time" content="not a date"><script type="application/ld+json">{"datePublished": </script><meta name="pubdate" content="2020-01-19">'
    assert extract(page("<title>Harbour wall vote passes</title>" + head))["date"] == "2020-01-19"


def test_authors_from_json_ld_and_several_links() -> None:
    head = '<title>Vote</title><script type="application/ld+json">{"@type": "NewsArticle", "author": [{"@type": "Person", "name": "Ada Moss"}, {"@type": "Person", "name": "Ben Ode"}]}</script>'
    assert extract(page(head))["author"] == "Ada Moss; Ben Ode"
    byline = (
        '<p>By <a rel="author" href="/a">Ada Moss</a> and <a rel="author" href="/b">View all posts by Ben Ode</a></p>'
    )
    assert extract(page("<title>Vote</title>", byline))["author"] == "Ada Moss; Ben Ode"
    # a profile URL is not a name
    assert (
        extract(page('<title>Vote</title><meta property="article:author" content="https://kestrelbay.example/ada">'))[
            "author"
        ]
        is None
    )
