"""Turn news sources into article and quote records. Knows nothing of SQL."""
