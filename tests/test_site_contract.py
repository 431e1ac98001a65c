"""The site's contract in metadata.yml (`plugins: quotedb:`, quotedb/site/contract.py) names
what exists: tables and columns of a fresh database, row pages the site has."""

from __future__ import annotations

from pathlib import Path

import sqlite_utils
import yaml

from db.store import Store, open_db
from ingest.pipeline import EXTRACTOR_VERSION
from quotedb.paths import metadata_path
from quotedb.site.pages import PAGES


def test_the_contract_names_tables_columns_and_pages_that_exist(tmp_path: Path) -> None:
    Store(open_db(str(tmp_path / "q.db")), EXTRACTOR_VERSION).finish()
    db = sqlite_utils.Database(tmp_path / "q.db")
    database = yaml.safe_load(metadata_path().read_text(encoding="utf-8"))["databases"]["quotes"]
    pages = set()
    for table, section in database["tables"].items():
        terms = (section.get("plugins") or {}).get("quotedb") or {}
        columns = set(db[table].columns_dict)
        assert set(terms.get("mark", ())) <= columns, table
        if "page" in terms:
            pages.add(terms["page"])
        links = terms.get("links") or {}
        if links:  # shared with the canned queries: the columns this table has link as said
            assert set(links) & columns, table
            for column in set(links) & columns:
                assert links[column].get("id", column) in columns and links[column].get("url", column) in columns, table
    assert pages == set(PAGES) == {"quote", "speaker", "outlet", "article"}
    terms = database["plugins"]["quotedb"]
    assert terms["search_args"] == ["_search", "q", "phrase"]
    for target in terms["links"].values():
        assert "url" in target or db[target["table"]].exists()
