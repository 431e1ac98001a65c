"""Shared fixtures: a small quotedb database built through db.store, and a Datasette
serving it exactly as `quotedb serve` does (quotedb.serving.datasette_kwargs).

The corpus below is made up for these tests: the people, outlets and places are fictional.
No spaCy is needed: the Article and Quote records are written by hand.
"""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path
from types import SimpleNamespace

import pytest

from db.store import Store, open_db
from ingest.records import Article, Quote

XSS_TITLE = 'Researcher finds flaw: <script>alert("title")</script> ran on the Port Ellery site'
XSS_QUOTE = "Typing <script>alert(1)</script> into the comment box ran it in every visitor's browser"
XSS_IMG_QUOTE = "An image tag like <img src=x onerror=alert(2)> was enough too"

QUILLFEATHER = dict(
    speaker="Marta Quillfeather", role="mayor of Port Ellery", aliases=["Mayor Quillfeather", "Quillfeather"]
)
BRANNIGAN = dict(speaker="Osei Brannigan", role="harbour engineer", aliases=["Brannigan"])
VOSTRIKOVA = dict(speaker="Lena Vostrikova", role="secretary of the dockworkers' union", aliases=["Vostrikova"])
FENWICK = dict(
    speaker="Tobias Fenwick", role="security researcher <b>(Bytewatch)</b>", aliases=["Fenwick", "<i>T. F.</i>"]
)

# (title, outlet, date, url, paragraphs, [(quotation, who, cue, mention)])
CORPUS = [
    (
        "Mayor promises a sea wall for Port Ellery",
        "Harbour Ledger",
        "2024-11-04",
        "https://harbour-ledger.example/2024/11/04/sea-wall",
        [
            "Port Ellery will get a sea wall before the next storm season, the mayor announced on Monday.",
            '"We will build a sea wall that outlasts every one of us," said Mayor Marta Quillfeather at the harbour steps.',
            'Osei Brannigan, the harbour engineer, was blunter. "The old wall is failing faster than anyone admits," Brannigan said.',
            'Asked about the forecasts, he shrugged. "Tide after tide, the high tide keeps climbing," Brannigan said.',
        ],
        [
            (
                "We will build a sea wall that outlasts every one of us",
                QUILLFEATHER,
                "said",
                "Mayor Marta Quillfeather",
            ),
            ("The old wall is failing faster than anyone admits", BRANNIGAN, "said", "Brannigan"),
            ("Tide after tide, the high tide keeps climbing", BRANNIGAN, "said", "Brannigan"),
        ],
    ),
    (
        "Sea wall plan divides the council",
        "Valley Courier",
        "2024-11-04",
        "https://valley-courier.example/news/sea-wall-council",
        [
            "The council split over the cost of the sea wall on Monday evening.",
            '"A sea wall is cheaper than a flooded town," Marta Quillfeather told councillors.',
            '"Dockworkers will not pay for this with their wages," said Lena Vostrikova of the dockworkers\' union.',
        ],
        [
            ("A sea wall is cheaper than a flooded town", QUILLFEATHER, "told", "Marta Quillfeather"),
            ("Dockworkers will not pay for this with their wages", VOSTRIKOVA, "said", "Lena Vostrikova"),
        ],
    ),
    (
        "Union threatens a harbour strike",
        "Northgate Tribune",
        "2024-12-10",
        "https://northgate-tribune.example/2024-12-10/strike",
        [
            "The dockworkers' union said it would strike if the sea wall is paid for out of wages.",
            '"If the sea wall budget comes out of our wages, we strike," Vostrikova said.',
            'The mayor answered within the hour. "Nobody\'s wages will fund the sea wall," Quillfeather said.',
        ],
        [
            ("If the sea wall budget comes out of our wages, we strike", VOSTRIKOVA, "said", "Vostrikova"),
            ("Nobody's wages will fund the sea wall", QUILLFEATHER, "said", "Quillfeather"),
        ],
    ),
    (
        "Engineers publish the winter tide report",
        "Harbour Ledger",
        "2025-01-15",
        "https://harbour-ledger.example/2025/01/15/tides",
        [
            "The harbour office published its winter tide report on Wednesday.",
            '"Winter tides rose higher than our models predicted," said Osei Brannigan.',
            'He added: "Taxes on harbour fees could cover the first phase of the wall."',
        ],
        [
            ("Winter tides rose higher than our models predicted", BRANNIGAN, "said", "Osei Brannigan"),
            ("Taxes on harbour fees could cover the first phase of the wall", BRANNIGAN, "added", "He"),
        ],
    ),
    (
        "Mayor opens the budget talks",
        "Harbour Ledger",
        "2025-03-02",
        "https://harbour-ledger.example/2025/03/02/budget-talks",
        [
            "Budget talks began at the town hall on Sunday.",
            '"The budget talks start today and the doors stay open," Quillfeather said, with a nod to the strikers.',
            'Outside, a resident was unimpressed. "We have heard promises before," she said.',
        ],
        [
            ("The budget talks start today and the doors stay open", QUILLFEATHER, "said", "Quillfeather"),
            ("We have heard promises before", None, "said", "she"),
        ],
    ),
    (
        XSS_TITLE,
        "Northgate Tribune",
        "2025-03-20",
        "javascript:alert(3)",
        [
            "A researcher found that the town website ran whatever visitors typed into it.",
            f'"{XSS_QUOTE}," said Tobias Fenwick, a security researcher.',
            f'"{XSS_IMG_QUOTE}," Fenwick said.',
        ],
        [
            (XSS_QUOTE, FENWICK, "said", "Tobias Fenwick"),
            (XSS_IMG_QUOTE, FENWICK, "said", "Fenwick"),
        ],
    ),
]


def _paragraph(text: str, start: int, end: int) -> tuple[str, int]:
    begin = text.rfind("\n\n", 0, start)
    begin = 0 if begin < 0 else begin + 2
    finish = text.find("\n\n", end)
    finish = len(text) if finish < 0 else finish
    return text[begin:finish], begin


def build_site_db(path: str | Path) -> Path:
    """Write the fictional corpus into a quotedb database at `path` through db.store."""
    store = Store(open_db(str(path)), "test-1")
    for title, outlet, date, url, paragraphs, quotes in CORPUS:
        text = "\n\n".join(paragraphs)
        records = []
        for quotation, who, cue, mention in quotes:
            start = text.index(quotation)
            end = start + len(quotation)
            context, context_start = _paragraph(text, start, end)
            mention_start = text.find(mention, end) if mention else -1
            records.append(
                Quote(
                    quote=quotation,
                    start=start,
                    end=end,
                    speaker=who["speaker"] if who else None,
                    speaker_role=who["role"] if who else None,
                    speaker_aliases=who["aliases"] if who else [],
                    speaker_start=mention_start if mention_start >= 0 else None,
                    speaker_end=mention_start + len(mention) if mention_start >= 0 else None,
                    mention=mention,
                    cue=cue,
                    kind="direct",
                    method="name"
                    if who and mention in (who["speaker"], *who["aliases"]) or (who and who["speaker"] in mention)
                    else "pronoun",
                    confidence=0.9 if who else 0.3,
                    context=context,
                    context_start=context_start,
                )
            )
        article = Article(
            text=text, title=title, outlet=outlet, url=url, published=date, author="Staff", source="fixture"
        )
        store.save(article, records)
    store.finish()
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.db.close()
    return Path(path)


@pytest.fixture(scope="session")
def corpus():
    """The corpus's texts that tests look for (test modules do not import conftest)."""
    return SimpleNamespace(XSS_TITLE=XSS_TITLE, XSS_QUOTE=XSS_QUOTE, XSS_IMG_QUOTE=XSS_IMG_QUOTE, articles=CORPUS)


@pytest.fixture(scope="session")
def site_db(tmp_path_factory) -> Path:
    """The fictional corpus as a database whose name is not `quotes`, as a user's would be."""
    return build_site_db(tmp_path_factory.mktemp("site") / "newsroom.db")


class LoopThread:
    """An event loop of its own in a background thread, so that synchronous tests can await
    whatever the main thread's own loop (if another test left one running) is doing."""

    def __init__(self):
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, name="site-loop", daemon=True)
        self.thread.start()

    def run(self, coroutine, timeout: float = 60):
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result(timeout)

    def close(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(10)
        self.loop.close()


@pytest.fixture(scope="session")
def event_loop_for_site():
    loop = LoopThread()
    yield loop
    loop.close()


class SiteClient:
    """datasette.client made synchronous, on one event loop for the whole session."""

    def __init__(self, datasette, loop: LoopThread):
        self.datasette = datasette
        self.loop = loop

    def get(self, path: str, **kwargs):
        return self.loop.run(self.datasette.client.get(path, **kwargs))


@pytest.fixture(scope="session")
def make_site(event_loop_for_site):
    """make_site(db_path): a client of a Datasette serving db_path as `quotedb serve` would,
    with the same metadata, settings, templates and plugins."""
    from datasette.app import Datasette

    from quotedb.serving import datasette_kwargs

    def make(db_path) -> SiteClient:
        datasette = Datasette(**datasette_kwargs(str(db_path)))
        event_loop_for_site.run(datasette.invoke_startup())
        return SiteClient(datasette, event_loop_for_site)

    return make


@pytest.fixture(scope="session")
def site(site_db, make_site) -> SiteClient:
    """The fictional corpus served as `quotedb serve` would serve it."""
    return make_site(site_db)
