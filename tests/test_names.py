"""One module for names, no model: keys, suffixes, titles to role, a name as the article names it."""

from __future__ import annotations

import pytest
import sqlite_utils

from db.store import Store, open_db
from ingest.furniture import blank_furniture, furniture_spans
from ingest.names import clean_name, kind_of, name_key, role_before, speaker_key
from ingest.records import Article, Quote


def test_a_suffix_never_tells_two_people_apart():
    assert name_key("Ray Mabus Jr.") == name_key("Mabus") == "mabus"
    assert speaker_key("Ray Mabus Jr.") == speaker_key("ray mabus") == "ray mabus"
    assert name_key("Emanuel Cleaver II") == "cleaver"


def test_a_bare_surname_joins_the_full_name_with_a_suffix(tmp_path):
    """The bug of issue 14: cast.py's key dropped `Jr.`, store.py's kept it, so two speakers."""
    db = open_db(str(tmp_path / "q.db"))
    store = Store(db, "test")
    quotes = [
        Quote(quote="We sail at dawn.", start=0, end=16, speaker="Ray Mabus Jr."),
        Quote(quote="Not a day later.", start=20, end=36, speaker="Mabus"),
    ]
    store.save(Article(text="x" * 40, url="https://example.org/a"), quotes)
    rows = list(sqlite_utils.Database(str(tmp_path / "q.db")).query("select name, surname, aliases from speakers"))
    assert rows == [{"name": "Ray Mabus Jr.", "surname": "mabus", "aliases": '["Mabus"]'}]


@pytest.mark.parametrize(
    "raw, name, role",
    [
        ("... at the harbour. Varga", "Varga", None),
        ("March. Reyes", "Reyes", None),
        ("Ledger. Ledger", "Ledger", None),
        ("Oduya. Oduya", "Oduya", None),
        ("The Millbrook Ledger\nHelena Varga", "Helena Varga", None),
        ("Union Chief Executive, Mara Voss", "Mara Voss", "Union Chief Executive"),
        ("Mayor Helena Varga", "Helena Varga", "Mayor"),
        ("Dr. Amara Lindqvist", "Amara Lindqvist", "Dr."),
        ("Treasurer Gary Casteel", "Gary Casteel", "Treasurer"),
        ("Said Hale", "Hale", None),
        ("Coastline Daily’s Ines Okafor", "Ines Okafor", None),
        ("C.L. Otter", "C.L. Otter", None),
        ("Ray Mabus Jr.", "Ray Mabus Jr.", None),
        # a surname that is a common word is still a name in name position
        ("Price", "Price", None),
        ("Dana Strong", "Dana Strong", None),
    ],
)
def test_clean_name(raw, name, role):
    cleaned = clean_name(raw)
    assert cleaned is not None and (cleaned.name, cleaned.role) == (name, role)


@pytest.mark.parametrize("raw", ["COSTS UNDER REVIEW", "LONDON", "Thursday", "daily", "The", "he"])
def test_no_name(raw):
    assert clean_name(raw) is None


def test_kind():
    assert kind_of("Harbor Ferry Company") == kind_of("Valley Courier") == "organisation"
    # ensembles, venues and charities speak too, and no `she` is theirs
    assert kind_of("Westmere Summer Orchestra") == kind_of("Greyhaven Maritime Museum") == "organisation"
    assert kind_of("Mara Voss") == "person"


def test_one_list_of_organisation_words_for_the_article_and_the_database():
    """cast.py (within an article) and kind_of (the database) read one list, accent-free."""
    from ingest import cast, names

    assert not hasattr(cast, "ORGANISATION_WORDS")
    assert names.is_organisation_word("Café") and kind_of("the Anchor Café") == "organisation"
    assert kind_of("Saltmarsh Chandlery") == kind_of("Northpoint Power") == kind_of("Valley Gazette") == "organisation"
    # a surname as often as an organisation's word
    assert kind_of("Tamsin Hall") == "person"


def test_furniture_and_headings_are_blanked_offsets_unchanged():
    text = (
        "LONDON — The ferry board met on Tuesday.\n\n"
        "Story continues below advertisement\n\n"
        "READ MORE: Ferry fares rise again\n\n"
        "Costs under review\n\n"
        "THE WEEKEND'S FIXTURES\n\n"
        "(Photo by Jane Roe/Coastline Daily)\n\n"
        "Mayor 'appalled' by ferry fares\n\n"
        '"We will not pay," Varga said.\n\n'
        "With files from Tom Bell"
    )
    spans = furniture_spans(text, quoting={text.index("Mayor"), text.index('"We')})
    blanked = blank_furniture(text, quoting={text.index("Mayor"), text.index('"We')})
    assert len(blanked) == len(text)
    kept = [line for line in blanked.split("\n") if line.strip()]
    assert kept == [
        "         The ferry board met on Tuesday.",
        "Mayor 'appalled' by ferry fares",
        '"We will not pay," Varga said.',
    ]
    assert len(spans) == 7


def test_a_title_set_off_by_commas_is_the_role():
    text = "The review is due in July. Union Chief Executive, Mara Voss, said the work goes on."
    assert role_before(text, text.index("Mara")) == "Union Chief Executive"
    # a place or a phrase before the comma is no role
    text = "In Greyhaven, Mara Voss said the work goes on."
    assert role_before(text, text.index("Mara")) is None


def test_a_caption_with_its_credit_in_brackets_is_furniture_an_aside_is_not():
    caption = "Tobin Reyes looks at the old ferry in Saltmarsh. (THE VALLEY COURIER FILE PHOTO)"
    aside = "The council met at noon. (The mayor has since left the council.)"
    text = caption + "\n\n" + aside + "\n\nReyes said it was over."
    assert furniture_spans(text) == [(0, len(caption))]
