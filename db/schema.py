"""The database's shape: tables, foreign keys, indexes, full-text search, views.

`ensure_shape` is idempotent and runs after every write, so a database made by
an older quotedb, or one a user touched by hand, comes back to this shape.
"""

from __future__ import annotations

import sqlite_utils

from .summaries import ensure_summaries

TABLES = {
    "outlets": {"id": int, "name": str, "articles": int},
    "speakers": {"id": int, "key": str, "name": str, "surname": str, "aliases": str, "role": str, "kind": str},
    "articles": {
        "id": int,
        "key": str,
        "url": str,
        "title": str,
        "outlet_id": int,
        "published": str,
        "author": str,
        "source": str,
        "content_hash": str,
        "extractor_version": str,
        "quote_count": int,
        "text": str,
        "ingested_at": str,
        "copy_of": int,
    },
    # one row per utterance reported (db/groups.py): its longest wording, its first report,
    # how widely it was carried, and who it was credited to (speakers: JSON list of
    # {speaker_id, name, quotes}, most credited first)
    "quote_groups": {
        "id": int,
        "canonical": str,
        "canonical_quote_id": int,
        "first_published": str,
        "first_quote_id": int,
        "first_article_id": int,
        "first_outlet_id": int,
        "last_published": str,
        "quotes": int,
        "articles": int,
        "outlets": int,
        "copies": int,
        "original_articles": int,
        "speaker_count": int,
        "speakers": str,
        "unattributed": int,
    },
    "quotes": {
        "id": int,
        "quote": str,
        "speaker_id": int,
        "speaker_name": str,
        "mention": str,
        "cue": str,
        "kind": str,
        "method": str,
        "confidence": float,
        "article_id": int,
        "outlet_id": int,
        "published": str,
        "published_month": str,
        "published_year": str,
        "start": int,
        "end": int,
        "speaker_start": int,
        "speaker_end": int,
        "context": str,
        "context_start": int,
        "speaker_role": str,
        "group_id": int,
    },
}

FOREIGN_KEYS = {
    "articles": [("outlet_id", "outlets", "id"), ("copy_of", "articles", "id")],
    "quotes": [
        ("speaker_id", "speakers", "id"),
        ("article_id", "articles", "id"),
        ("outlet_id", "outlets", "id"),
        ("group_id", "quote_groups", "id"),
    ],
}

# The look-up keys of quotation groups and syndicated copies (db/groups.py, db/copies.py):
# key first, so finding who shares a key is one index range; the rows go with their quote
# or article (on delete cascade), and the second index finds them for that.
KEY_TABLES = """
create table if not exists group_keys (
  key integer not null, quote_id integer not null references quotes(id) on delete cascade,
  primary key (key, quote_id)) without rowid;
create index if not exists idx_group_keys_quote_id on group_keys (quote_id);
create table if not exists article_keys (
  key integer not null, article_id integer not null references articles(id) on delete cascade,
  primary key (key, article_id)) without rowid;
create index if not exists idx_article_keys_article_id on article_keys (article_id);
"""

NOT_NULL = {
    "outlets": {"name"},
    "speakers": {"key", "name"},
    "articles": {"key", "text", "content_hash"},
    "quotes": {"quote", "article_id", "start", "end"},
}

UNIQUE = {"outlets": ["name"], "speakers": ["key"], "articles": ["key"]}

INDEXES = {
    "quotes": [
        ["speaker_id"],
        ["outlet_id"],
        ["article_id"],
        ["published"],
        ["published_month"],
        ["published_year"],
        ["kind"],
        ["method"],
        # Covering indexes for the pages of one speaker or one outlet (bench/serve.py at 1M
        # quotes): the speaker page's counts, outlets, months and newest quotes, and the
        # facets of a table page filtered to one speaker or outlet, are read from the index
        # alone instead of one table row per quote. They start with the (column, published)
        # pair they replace, so what used that index uses these.
        ["speaker_id", "published", "outlet_id", "article_id", "published_month"],
        ["outlet_id", "published", "speaker_id", "published_month", "published_year"],
        # the table filtered to one speaker and one month (a click on two facets): at 1M
        # quotes its count and five facets took 422 ms of server CPU without an index on
        # (speaker_id, published_month), 39 ms with; covering the other facets and the sort
        # too, its SQL took 1.1 ms instead of 12.5 for the top speaker (bench/serve.py)
        ["speaker_id", "published_month", "published", "outlet_id", "published_year"],
        # the same for one outlet and one month: at 1M quotations the largest outlet's busiest
        # month (3,500 quotations) took 19.9 ms of SQL with the index on (outlet_id,
        # published_month) alone, 8.8 ms with this one (bench/serve.py, outlet_month)
        ["outlet_id", "published_month", "published", "speaker_id", "published_year"],
        ["group_id", "published"],
        # a speaker's distinct quotations (the speaker page)
        ["speaker_id", "group_id"],
    ],
    "articles": [["outlet_id"], ["published"], ["content_hash"], ["copy_of"]],
    # the most-carried and the conflicting quotations, from the index alone
    "quote_groups": [
        ["first_published", "original_articles"],
        ["speaker_count", "quotes"],
        ["original_articles", "outlets", "quotes"],
    ],
    # a bare surname finds its full name by this, not by scanning every speaker
    "speakers": [["surname"], ["kind"]],
}

# Indexes an older quotedb made that a covering index above now starts with: every query
# that used one uses its replacement, and each would only cost the writer. Dropped by name.
SUPERSEDED_INDEXES = ["idx_quotes_speaker_id_published_month", "idx_quotes_outlet_id_published_month"]

# Full-text search reads the quotation's own words only: with speaker_name indexed too, a
# search for "ferry" ranked Calum Ferris's quotes (porter: ferri) above quotes saying ferry,
# 5 of 10 hits on the demo. The speaker is found by the search page's speaker filter instead.
FTS = {"quotes": ["quote"]}

VIEWS = {
    "speaker_summary": """
        select speakers.id as speaker_id, speakers.name as speaker, speakers.kind as kind, speakers.role as role,
               count(quotes.id) as quotes, count(distinct quotes.outlet_id) as outlets,
               min(quotes.published) as first_quoted, max(quotes.published) as last_quoted
        from speakers join quotes on quotes.speaker_id = speakers.id
        group by speakers.id order by quotes desc
    """,
    "outlet_speakers": """
        select outlets.name as outlet, speakers.name as speaker, count(*) as quotes
        from quotes join outlets on outlets.id = quotes.outlet_id
        join speakers on speakers.id = quotes.speaker_id
        group by quotes.outlet_id, quotes.speaker_id order by outlet, quotes desc
    """,
    # What the site's CSV and JSON exports read: each quotation with its speaker's and
    # outlet's names and its article's title and url beside the ids, the column names of
    # `quotes` kept so that the quotes page's filters apply here unchanged.
    "quotes_export": """
        select quotes.id, quotes.quote, quotes.speaker_id, speakers.name as speaker,
               quotes.speaker_name, quotes.speaker_role, quotes.mention, quotes.cue,
               quotes.outlet_id, outlets.name as outlet,
               quotes.article_id, articles.title as article_title, articles.url as article_url,
               quotes.published, quotes.published_month, quotes.published_year,
               quotes.kind, quotes.method, quotes.confidence, quotes.start, quotes."end"
        from quotes left join speakers on speakers.id = quotes.speaker_id
        left join outlets on outlets.id = quotes.outlet_id
        left join articles on articles.id = quotes.article_id
    """,
}


def ensure_shape(db: sqlite_utils.Database) -> None:
    """(Re)create every table, index, FTS table, trigger and view this version expects."""
    db.execute("PRAGMA foreign_keys = ON")
    for name, columns in TABLES.items():
        table = db[name]
        if not table.exists():
            table.create(
                columns,
                pk="id",
                not_null=NOT_NULL.get(name, set()),
                foreign_keys=FOREIGN_KEYS.get(name, []),
            )
        else:
            missing = {c: t for c, t in columns.items() if c not in table.columns_dict}
            references = {c: (other, pk) for c, other, pk in FOREIGN_KEYS.get(name, [])}
            for column, col_type in missing.items():
                if column in references:
                    # ALTER TABLE may add a reference (null by default), where sqlite-utils
                    # would copy the whole table to add the foreign key
                    other, pk = references[column]
                    db.execute(f"alter table [{name}] add column [{column}] integer references [{other}]([{pk}])")
                else:
                    table.add_column(column, col_type)
    for statement in KEY_TABLES.split(";"):  # not executescript: it would commit the caller's transaction
        if statement.strip():
            db.execute(statement)
    # speakers written before the surname column existed
    for row in list(db.query("select id, key from speakers where surname is null")):
        db["speakers"].update(row["id"], {"surname": row["key"].split()[-1] if row["key"].split() else row["key"]})
    for name, columns in UNIQUE.items():
        db[name].create_index(columns, unique=True, if_not_exists=True)
    for name, indexes in INDEXES.items():
        for columns in indexes:
            db[name].create_index(columns, if_not_exists=True)
    for index in SUPERSEDED_INDEXES:
        db.execute(f"drop index if exists [{index}]")
    for name, columns in FTS.items():
        fts = db[name].detect_fts()
        if fts and db[fts].columns_dict.keys() != set(columns):
            # an older database indexes other columns: rebuild the index over these
            db[name].disable_fts()
            fts = None
        if not fts:
            db[name].enable_fts(columns, fts_version="FTS5", create_triggers=True, tokenize="porter")
        # the update trigger only when an indexed column changes: setting quotes.group_id
        # must not rewrite the quotation's index entry
        update = next((t for t in db[name].triggers if t.name == f"{name}_au"), None)
        of_columns = ", ".join(f'"{c}"' for c in columns)
        if update is not None and f"AFTER UPDATE OF {of_columns}" not in update.sql:
            db.execute(f'drop trigger "{name}_au"')
            db.execute(update.sql.replace(f'AFTER UPDATE ON "{name}"', f'AFTER UPDATE OF {of_columns} ON "{name}"', 1))
    for name, sql in VIEWS.items():
        db.create_view(name, sql.strip(), replace=True)
    # counts by facet value for the pages that would otherwise count millions of rows
    ensure_summaries(db)
