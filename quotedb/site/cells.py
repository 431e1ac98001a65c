"""Table and query cells: addresses that may be links, and links made safely."""

from __future__ import annotations

import re

from markupsafe import Markup


def safe_url(url) -> str | None:
    """url if it is an http(s) address, else None (no javascript: links from article data)."""
    if isinstance(url, str) and re.match(r"https?://", url.strip(), re.I):
        return url.strip()
    return None


def link(href: str, text) -> Markup:
    return Markup('<a href="{}">{}</a>').format(href, text)
