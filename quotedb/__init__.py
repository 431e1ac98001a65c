"""quotedb: a quote attribution database for news, served with Datasette.

As a library (`quotedb/library.py`): `quotedb.ingest(db_path, sources, ...)`,
`quotedb.rebuild(db_path, sources, ...)`, `quotedb.extract(text_or_article)`. They are
imported on first use, so `import quotedb` stays cheap (no spaCy until an extraction).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ingest.records import Article, Quote

    from .library import IngestStopped, Summary, extract, ingest, rebuild

__all__ = ["Article", "IngestStopped", "Quote", "Summary", "extract", "ingest", "rebuild"]

_FROM = {
    "ingest": "quotedb.library",
    "rebuild": "quotedb.library",
    "extract": "quotedb.library",
    "Summary": "quotedb.library",
    "IngestStopped": "quotedb.library",
    "Article": "ingest.records",
    "Quote": "ingest.records",
}


def __getattr__(name: str) -> Any:
    """The public names, imported when first asked for (PEP 562)."""
    if name not in _FROM:
        raise AttributeError(f"module 'quotedb' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(_FROM[name]), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
