"""Main text, title, site name and date of a news page, by trafilatura."""
from __future__ import annotations

from .records import SourceError


def extract(html: str, url: str | None = None) -> dict:
    """The article fields of an HTML page."""
    import trafilatura

    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False, include_tables=False, favor_recall=True)
    if doc is None:
        raise SourceError("no article text found in the page")
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = data.get("text") or ""
    if not text.strip():
        raise SourceError("no article text found in the page")
    return {
        "text": text,
        "title": data.get("title"),
        "outlet": data.get("sitename"),
        "url": data.get("url") or url,
        "date": data.get("date"),
        "author": data.get("author"),
    }
