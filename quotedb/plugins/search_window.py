"""Datasette plugin: a table's `?_search=` within its `search_window` of newest matches
(quotedb/site/search_window.py; the quotes table's window is set in metadata.yml)."""

from quotedb.site.search_window import install

install()
