"""quotedb: a quote attribution database for news, served with Datasette."""
