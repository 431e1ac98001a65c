"""Per speaker: their distinct quotations (groups), the articles quoting them, and their
quotations in syndicated copies, kept current by triggers on `quotes` and `articles`.

A speaker's page (quotedb/site/pages.py, quotedb/plugins/trail.py) says how many distinct
things they said, in how many articles, and how many of their reports were in copies.
Counted for the most-quoted speaker at 10M quotations (621,477 of them):
`count(distinct group_id)` 142 ms, their articles 21 ms (251,596 rows of the kept counts by
speaker and article), the reports in copies 556 ms (every quotation checked against the
list of copies). These are not GROUP BY counts
of `quotes` as db/summaries.py keeps (a distinct count, a join), so the triggers work out
each row's share instead: a (speaker, group) pair counts when its first quotation arrives and
stops when its last leaves (an indexed look-up on quotes (speaker_id, group_id)), the same
for a (speaker, article) pair (a look-up among the article's quotations), and a
quotation counts in copies while its article has `copy_of`; an article becoming, or ceasing
to be, a copy moves all its quotations. Row triggers fire row by row, so a statement moving
many rows (a merge of groups) is counted one row at a time, each against the table as it is.

`speaker_counts` has one row per speaker with at least one quotation and always equals
RECOUNT (tests/test_speaker_counts.py).
"""

from __future__ import annotations

import sqlite_utils

from .triggers import ensure_triggers

TABLE = "speaker_counts"
COLUMNS = ["speaker_id", "groups", "articles", "copies"]

RECOUNT = """
select quotes.speaker_id, count(distinct quotes.group_id) as groups,
       count(distinct quotes.article_id) as articles, count(articles.copy_of) as copies
from quotes join articles on articles.id = quotes.article_id
where quotes.speaker_id is not null
group by quotes.speaker_id
"""


def _alone(row: str) -> str:
    # the row's (speaker, group) pair has no other quotation
    return (
        f"({row}.group_id is not null and not exists (select 1 from quotes "
        f"where speaker_id = {row}.speaker_id and group_id = {row}.group_id and id <> {row}.id))"
    )


def _first_in_article(row: str) -> str:
    # the row's (speaker, article) pair has no other quotation; "+" keeps the planner on the
    # article's quotations, not the speaker's (621,477 for the most-quoted at 10M)
    return (
        f"(not exists (select 1 from quotes where article_id = {row}.article_id "
        f"and +speaker_id = {row}.speaker_id and id <> {row}.id))"
    )


def _in_copy(row: str) -> str:
    return f"exists (select 1 from articles where id = {row}.article_id and copy_of is not null)"


def _when(moved: str | None, share: str) -> str:
    # moved: when the article and copies counts can change on an update (the article or the
    # speaker moved); not on a change of group, which grouping makes of every quotation
    return share if moved is None else f"(case when {moved} then {share} else 0 end)"


def _add(moved: str | None = None) -> str:
    return (
        f"insert into [{TABLE}] (speaker_id, groups, articles, copies) select new.speaker_id, 0, 0, 0 "
        f"where new.speaker_id is not null and not exists (select 1 from [{TABLE}] where speaker_id = new.speaker_id);\n"
        f"  update [{TABLE}] set groups = groups + {_alone('new')}, "
        f"articles = articles + {_when(moved, _first_in_article('new'))}, copies = copies + {_when(moved, _in_copy('new'))} where speaker_id = new.speaker_id;"
    )


def _subtract(moved: str | None = None) -> str:
    return (
        f"update [{TABLE}] set groups = groups - {_alone('old')}, "
        f"articles = articles - {_when(moved, _first_in_article('old'))}, copies = copies - {_when(moved, _in_copy('old'))} where speaker_id = old.speaker_id;\n"
        f"  delete from [{TABLE}] where speaker_id = old.speaker_id "
        f"and not exists (select 1 from quotes where speaker_id = old.speaker_id);"
    )


_MOVED = "(old.article_id is not new.article_id or old.speaker_id is not new.speaker_id)"
_COPY_CHANGED = "((old.copy_of is null) <> (new.copy_of is null))"

TRIGGERS: dict[str, str] = {
    "speaker_counts_ai": f"CREATE TRIGGER [speaker_counts_ai] after insert on quotes begin\n  {_add()}\nend",
    "speaker_counts_ad": f"CREATE TRIGGER [speaker_counts_ad] after delete on quotes begin\n  {_subtract()}\nend",
    "speaker_counts_au": (
        "CREATE TRIGGER [speaker_counts_au] after update of speaker_id, group_id, article_id on quotes "
        "when old.speaker_id is not new.speaker_id or old.group_id is not new.group_id "
        f"or old.article_id is not new.article_id begin\n  {_subtract(_MOVED)}\n  {_add(_MOVED)}\nend"
    ),
    # an article becoming a copy, or no longer one: its quotations move, speaker by speaker
    "speaker_counts_copy_au": (
        f"CREATE TRIGGER [speaker_counts_copy_au] after update of copy_of on articles when {_COPY_CHANGED} begin\n"
        f"  update [{TABLE}] set copies = copies + (case when new.copy_of is null then -1 else 1 end) * "
        f"(select count(*) from quotes where article_id = new.id and speaker_id = [{TABLE}].speaker_id) "
        f"where speaker_id in (select speaker_id from quotes where article_id = new.id);\nend"
    ),
}


def recount(db: sqlite_utils.Database) -> None:
    """Count every speaker's groups, articles and copies again: RECOUNT, read from indexes only.

    The groups from quotes (speaker_id, group_id), 2 s at 10M quotations; the articles and
    the copies from the kept counts by speaker and article (db/summaries.py, current when
    this runs), the copies' from articles.copy_of's index: 0.7 s. RECOUNT's join reads every quotation's article
    row, and the planner, left to itself, every (speaker, article) pair's: 15 GB read and
    5 minutes at 10M. CROSS JOIN keeps the copies first.
    """
    db.execute(f"delete from [{TABLE}]")
    db.execute(
        f"""insert into [{TABLE}] (speaker_id, groups, articles, copies)
            select speaker_id, count(distinct group_id), 0, 0 from quotes
            where speaker_id is not null group by speaker_id"""
    )
    db.execute(
        f"""update [{TABLE}] set articles = counted.n
            from (select speaker_id, count(*) as n from speaker_article_counts
                  where speaker_id is not null group by speaker_id) as counted
            where counted.speaker_id = [{TABLE}].speaker_id"""
    )
    db.execute(
        f"""update [{TABLE}] set copies = counted.n
            from (select counts.speaker_id, sum(counts.n) as n
                  from articles cross join speaker_article_counts as counts on counts.article_id = articles.id
                  where articles.copy_of is not null and counts.speaker_id is not null
                  group by counts.speaker_id) as counted
            where counted.speaker_id = [{TABLE}].speaker_id"""
    )


def ensure(db: sqlite_utils.Database) -> None:
    """Make the table and its triggers; recount when any was missing or different.

    An older database gains the table once: 4.4 s at 10M quotations (bench/generate.py's, load 3
    on 2 cores); a database in shape costs nothing.
    """
    stale = False
    if db[TABLE].exists() and list(db[TABLE].columns_dict) != COLUMNS:
        db[TABLE].drop()  # an earlier shape of it: made again and counted
    if not db[TABLE].exists():
        db.execute(
            f"create table [{TABLE}] (speaker_id integer primary key, groups integer not null, "
            "articles integer not null, copies integer not null)"
        )
        stale = True
    if ensure_triggers(db, ("quotes", "articles"), TRIGGERS):
        stale = True
    if stale:
        recount(db)
