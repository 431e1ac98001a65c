"""Articles for the quotation-group tests: one sea-wall story told by five invented outlets.

Everything is made up: the people, outlets, places and words. Each case of issue 13 is here:
exact copies, a trimmed quote, a word changed, punctuation and mark variants, a wire story on
three sites, one quote credited to two people, look-alikes sharing their first words, and the
same short reply by different people. No spaCy: the Quote records are written by hand.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from db.store import Store, open_db
from ingest.records import Article, Quote

QUILL = ("Marta Quillfeather", "mayor of Port Ellery")
BRANN = ("Osei Brannigan", "harbour engineer")
VOSTR = ("Lena Vostrikova", "dockworkers' union secretary")
MERRI = ("Ada Merriweather", "council treasurer")

WALL = "We will build a sea wall that outlasts every one of us"
WALL_TRIMMED = "a sea wall that outlasts every one of us"
WALL_CHANGED = "We will build a sea wall that will outlast every one of us"
WALL_LOOKALIKE = "We will build a sea wall before the storm season comes"
FAILING = "The old wall is failing faster than anyone admits"
FAILING_MARKED = "The old wall is failing — faster than anyone admits…"
WAGES = "Nobody's wages will fund the sea wall, not one penny of them"
WAGES_CURLY = "Nobody’s wages will fund the sea-wall: not one penny of them!"
DOCKERS = "Dockworkers will not pay for this with their wages or their pensions"
WIRE = "The tide gauges at Port Ellery recorded the highest water in forty years"
NO_COMMENT = "No comment."

WIRE_TEXT = [
    "PORT ELLERY (Coastal Wire) — The harbour at Port Ellery flooded twice this week as winter storms drove the sea over the old wall and into the lower streets of the town.",
    f'"{WIRE}," said Osei Brannigan, the harbour engineer.',
    "Shopkeepers on the quay spent the morning pumping out cellars and stacking sandbags against the doors, and the council opened the school hall for families who had to leave their homes.",
    "The council is due to vote on the sea wall budget next month, after a year of argument over who should pay for it and how soon the work could begin.",
]

# (key, outlet, date, headline, paragraphs, [(quotation, (speaker, role) or None)])
ARTICLES: list[tuple[str, str, str, str, list[str], list[tuple[str, tuple[str, str] | None]]]] = [
    (
        "https://harbour-ledger.example/wall",
        "Harbour Ledger",
        "2024-11-04",
        "Mayor promises a sea wall",
        [
            "Port Ellery will get a sea wall, the mayor announced on Monday.",
            f'"{WALL}," said Marta Quillfeather.',
            f'"{FAILING}," said Osei Brannigan.',
            f'Asked about the cost, Brannigan said: "{NO_COMMENT}"',
        ],
        [(WALL, QUILL), (FAILING, BRANN), (NO_COMMENT, BRANN)],
    ),
    (
        "https://valley-courier.example/wall",
        "Valley Courier",
        "2024-11-05",
        "Sea wall plan divides the council",
        [
            "The council split over the cost of the sea wall.",
            f'"{WALL}," Marta Quillfeather told councillors.',
            f'"{DOCKERS}," said Lena Vostrikova.',
            f'Asked whether the union would strike, Vostrikova said: "{NO_COMMENT}"',
            f'"{FAILING_MARKED}" Osei Brannigan warned.',
        ],
        [(WALL, QUILL), (DOCKERS, VOSTR), (NO_COMMENT, VOSTR), (FAILING_MARKED, BRANN)],
    ),
    (
        "https://northgate-tribune.example/wall",
        "Northgate Tribune",
        "2024-11-06",
        "Wall promise repeated",
        [
            f'The mayor promised "{WALL_TRIMMED}" on Monday.',
            f'"{WALL_LOOKALIKE}," she said on Wednesday.',
            f'"{WAGES}," said Marta Quillfeather.',
        ],
        [(WALL_TRIMMED, QUILL), (WALL_LOOKALIKE, QUILL), (WAGES, QUILL)],
    ),
    (
        "https://eastport-daily.example/wall",
        "Eastport Daily",
        "2024-11-07",
        "Union and engineer at odds",
        [
            f'"{WALL_CHANGED}," said Marta Quillfeather.',
            f'"{DOCKERS}," said Osei Brannigan.',
            f'"{WAGES_CURLY}" Quillfeather said.',
            f'Brannigan, asked again, said: "{NO_COMMENT}"',
        ],
        [(WALL_CHANGED, QUILL), (DOCKERS, BRANN), (WAGES_CURLY, QUILL), (NO_COMMENT, BRANN)],
    ),
    # the wire story on three sites, each with its own headline line
    (
        "https://saltmarsh-post.example/flood",
        "Saltmarsh Post",
        "2025-01-10",
        "Flood at Port Ellery",
        WIRE_TEXT,
        [(WIRE, BRANN)],
    ),
    (
        "https://harbour-ledger.example/flood",
        "Harbour Ledger",
        "2025-01-10",
        "Harbour floods twice",
        WIRE_TEXT,
        [(WIRE, BRANN)],
    ),
    (
        "https://valley-courier.example/flood",
        "Valley Courier",
        "2025-01-11",
        "Storms flood the quay",
        WIRE_TEXT,
        [(WIRE, BRANN)],
    ),
]


def article_records(entry) -> tuple[Article, list[Quote]]:
    key, outlet, date, headline, paragraphs, quotes = entry
    text = "\n\n".join([headline, *paragraphs])
    records = []
    for quotation, who in quotes:
        start = text.index(quotation)
        records.append(
            Quote(
                quote=quotation,
                start=start,
                end=start + len(quotation),
                speaker=who[0] if who else None,
                speaker_role=who[1] if who else None,
                mention=who[0] if who else None,
                cue="said",
                kind="direct",
                method="name",
                confidence=0.9,
                context=quotation,
                context_start=start,
            )
        )
    return Article(
        text=text, title=headline, outlet=outlet, url=key, published=date, author="Staff", source="fixture"
    ), records


def build(path: Path | str, entries=ARTICLES, store: Store | None = None) -> Path:
    """Store entries, in their order, into the database at path."""
    store = store or Store(open_db(str(path)), "test-1")
    for entry in entries:
        store.save(*article_records(entry))
    store.finish()
    store.db.close()
    return Path(path)


def snapshot(path: Path | str) -> dict:
    """The groups of a database in terms that do not depend on row ids: each group by its
    members (article key, offset), with its canonical wording, first report, counts and
    credits; and each syndicated copy by the key of the article it copies."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    try:
        members: dict[int, list] = {}
        for r in conn.execute(
            "select quotes.group_id, articles.key, quotes.start from quotes join articles on articles.id = quotes.article_id"
        ):
            members.setdefault(r["group_id"], []).append((r["key"], r["start"]))
        groups = {}
        for g in conn.execute(
            """select quote_groups.*, articles.key as first_article, outlets.name as first_outlet
               from quote_groups left join articles on articles.id = first_article_id
               left join outlets on outlets.id = first_outlet_id"""
        ):
            groups[frozenset(members.pop(g["id"]))] = (
                g["canonical"],
                g["first_published"],
                g["first_article"],
                g["first_outlet"],
                g["quotes"],
                g["articles"],
                g["outlets"],
                g["copies"],
                g["original_articles"],
                g["speaker_count"],
                tuple((c["name"], c["quotes"]) for c in json.loads(g["speakers"])),
            )
        assert members == {}, f"quotations without a group row: {members}"
        copies = {
            r["key"]: r["original"]
            for r in conn.execute(
                "select a.key, b.key as original from articles a left join articles b on b.id = a.copy_of"
            )
        }
        return {"groups": groups, "copies": copies}
    finally:
        conn.close()
