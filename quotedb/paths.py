"""Where quotedb's own files are, in a checkout and in an installed package."""

from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
DEMO_ARTICLES = PACKAGE / "demo" / "articles"
TEMPLATES = PACKAGE / "templates"
PLUGINS = PACKAGE / "plugins"


def metadata_path() -> Path:
    """metadata.yml: copied into the package by the wheel build, at the top of a checkout."""
    for candidate in (PACKAGE / "metadata.yml", PACKAGE.parent / "metadata.yml"):
        if candidate.exists():
            return candidate
    raise FileNotFoundError("metadata.yml not found beside the quotedb package")
