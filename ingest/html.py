"""Main text, title, site name, author and date of a news page: the text by trafilatura,
the metadata cleaned of what sites wrap around it.

A page's `<title>` carries the site's name and often a date (`Vote passes | Kestrel Bay
Gazette | 19.01.2020`), and author links read "View all posts by ...": those are stripped.
The date is the page's own statement of publication (`article:published_time`, JSON-LD or
microdata `datePublished`, `<time pubdate>`) before anything trafilatura infers from the text
or a modification date.
"""

from __future__ import annotations

import json
import re
from typing import Any

from .dates import DateError, iso_date
from .records import SourceError


def extract(html: str, url: str | None = None) -> dict:
    """The article fields of an HTML page."""
    import trafilatura
    from trafilatura.utils import load_html

    tree = load_html(html)
    if tree is None:
        raise SourceError("no article text found in the page")
    # read before trafilatura, which prunes the tree it is given
    published = published_date(tree)
    stated_author = page_author(tree)
    stated_titles = [t for t in (_meta(tree, "og:title"), _title_element(tree)) if t]
    doc = trafilatura.bare_extraction(
        tree, url=url, with_metadata=True, include_comments=False, include_tables=False, favor_recall=True
    )
    if doc is None:
        raise SourceError("no article text found in the page")
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = data.get("text") or ""
    if not text.strip():
        raise SourceError("no article text found in the page")
    site = data.get("sitename")
    title = clean_title(data.get("title"), site, data.get("hostname"))
    if not title or site and title.casefold() == site.casefold():
        # trafilatura split "Site | Headline" and kept the site's half
        title = next(
            (t for t in (clean_title(t, site, data.get("hostname")) for t in stated_titles) if t and t != site), title
        )
    return {
        "text": text,
        "title": title,
        "outlet": site,
        "url": data.get("url") or url,
        "date": published or data.get("date"),
        "author": stated_author or clean_author(data.get("author")),
    }


def _meta(tree: Any, key: str) -> str | None:
    for meta in tree.iter("meta"):
        if (meta.get("property") or meta.get("name") or "").strip().lower() == key and meta.get("content"):
            return meta.get("content").strip()
    return None


def _title_element(tree: Any) -> str | None:
    node = next(iter(tree.iter("title")), None)
    return node.text_content().strip() if node is not None else None


# --- the title ---------------------------------------------------------------------------------

# " | ", " - ", " – ", " — ", " · ", " :: ", " » ": what sites put between a headline and their
# name. Not ": ", which headlines use themselves ("Budget: what it means").
_TITLE_SEPARATOR = re.compile(r"(\s+(?:[|\-–—·»•]|::)\s+|\s*\|\s*)")
_DATE_LIKE = re.compile(r"^[\d\s./,:-]+$|^\d{1,2}\s+\w+\s+\d{4}$|^\w+\s+\d{1,2},?\s+\d{4}$")
_HOST_LIKE = re.compile(r"^(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}$", re.I)


def clean_title(title: str | None, site: str | None, host: str | None = None) -> str | None:
    """A headline without the site's name, host name or a date before or after it."""
    if not title:
        return title
    parts = _TITLE_SEPARATOR.split(title.strip())  # [headline, separator, segment, ...]
    while len(parts) >= 3 and _is_wrapping(parts[-1], site, host):
        parts = parts[:-2]
    while len(parts) >= 3 and _is_wrapping(parts[0], site, host):
        parts = parts[2:]
    return "".join(parts).strip() or title


def _is_wrapping(segment: str, site: str | None, host: str | None) -> bool:
    s = segment.strip().casefold()
    if not s:
        return True
    if site and s == site.strip().casefold():
        return True
    if host and s.removeprefix("www.") == host.casefold().removeprefix("www."):
        return True
    if _HOST_LIKE.match(s):
        return True
    # a date has a day or month besides its year: "2024 - 2025" in a headline is a range
    numbers = len(re.findall(r"\d+", s))
    if _DATE_LIKE.match(s) and (numbers >= 2 or numbers == 1 and re.search(r"[a-z]{3,}", s)):
        try:
            iso_date(segment.strip())
            return True
        except DateError:
            return bool(re.fullmatch(r"[\d\s./-]+", s))  # 19.01.2020, which not every parser reads
    return False


# --- the author --------------------------------------------------------------------------------

# the link text around an author's name on article pages: "View all posts by", "More stories
# from", "Articles by", "Written by", "By"
_AUTHOR_LINK_TEXT = re.compile(
    r"^(?:(?:view|see|read|browse|show)\s+(?:all\s+|more\s+)?(?:posts|articles|stories|content|work)\s+(?:by|from)"
    r"|(?:more\s+|all\s+)?(?:posts|articles|stories)\s+(?:by|from)"
    r"|written\s+by|posted\s+by|by)\s*:?\s+",
    re.I,
)


def clean_author(author: str | None) -> str | None:
    """Author names without link text; names given twice are kept once."""
    if not author:
        return author
    names: list[str] = []
    for part in re.split(r"\s*;\s*", author):
        name = _AUTHOR_LINK_TEXT.sub("", part.strip()).strip()
        if name and name.casefold() not in {n.casefold() for n in names}:
            names.append(name)
    return "; ".join(names) or None


def page_author(tree: Any) -> str | None:
    """The author a page names in its metadata or author links, cleaned, or None."""
    candidates: list[str] = []
    for key in ("author", "article:author", "parsely-author", "sailthru.author", "dc.creator"):
        value = _meta(tree, key)
        if value and not value.startswith(("http://", "https://", "/")):  # article:author is often a profile URL
            candidates.append(value)
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() == "application/ld+json" and script.text:
            names = _json_ld_values(script.text, "author", names_of=True)
            if names:
                candidates.append("; ".join(names))
    links = [a.text_content() for a in tree.xpath('//a[@rel="author"] | //*[@itemprop="author"]')]
    if links:
        candidates.append("; ".join(links))
    for value in candidates:
        if cleaned := clean_author(" ".join(value.split())):
            return cleaned
    return None


# --- the date ----------------------------------------------------------------------------------

# the page's own statements of publication, most specific first
_PUBLISHED_META = (
    "article:published_time",
    "og:article:published_time",
    "og:published_time",
    "datepublished",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.issued",
    "dcterms.created",
    "pubdate",
    "publishdate",
    "publish-date",
)


def published_date(tree: Any) -> str | None:
    """The publication date a page states in its metadata, as YYYY-MM-DD, or None."""
    candidates: list[str] = []
    metas = {}
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        if key and meta.get("content") and key not in metas:
            metas[key] = meta.get("content")
    candidates += [metas[k] for k in _PUBLISHED_META if k in metas]
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() == "application/ld+json" and script.text:
            candidates += _json_ld_values(script.text, "datePublished")
    for node in tree.xpath('//*[@itemprop="datePublished"]'):
        candidates.append(node.get("datetime") or node.get("content") or node.text_content())
    for node in tree.xpath("//time[@pubdate]"):
        candidates.append(node.get("datetime") or node.text_content())
    for value in candidates:
        try:
            return iso_date(value.strip())
        except (DateError, AttributeError):
            continue
    return None


def _json_ld_values(text: str, key: str, names_of: bool = False) -> list[str]:
    """The string values of `key` anywhere in a page's JSON-LD (with `names_of`, the names of
    the objects there: an author is {"@type": "Person", "name": ...})."""
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return []
    found: list[str] = []
    todo = [data]
    seen = 0
    while todo and seen < 1000:  # bounded: a page's JSON-LD is a few objects
        seen += 1
        node = todo.pop(0)
        if isinstance(node, list):
            todo.extend(node)
        elif isinstance(node, dict):
            value = node.get(key)
            for v in value if isinstance(value, list) else [value]:
                if isinstance(v, str):
                    found.append(v)
                elif names_of and isinstance(v, dict) and isinstance(v.get("name"), str):
                    found.append(v["name"])
            todo.extend(v for k, v in node.items() if k != key and isinstance(v, (list, dict)))
    return found
