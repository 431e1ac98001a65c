"""What Datasette's configuration cannot do for the quotedb site, one job a module:
`search` (FTS5 queries from a user's words, the words marked in a quotation), `cells` (links
and marks in table and query cells), `pages` (the data of the quote, speaker, outlet and
article pages), `charts` (quotes by month), `contract` (which tables and columns each of
those applies to, read from `plugins: quotedb:` in metadata.yml) and `hooks` (the Datasette
hooks, which quotedb/plugins/quotedb_site.py registers).

Every value that comes from an article reaches the page through Jinja autoescaping or
markupsafe.escape; nothing from the data is marked safe unescaped.
"""
