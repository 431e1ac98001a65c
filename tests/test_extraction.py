"""The extractor on one short sentence per pattern, each written for this test."""

from __future__ import annotations

import pytest

from ingest.marks import find_quoted_spans
from ingest.nlp import load
from ingest.pipeline import extract


@pytest.fixture(scope="module")
def nlp():
    return load()


def quotes_of(nlp, text):
    return [(q.quote, q.speaker or q.mention) for q in extract(text, nlp)]


# (pattern, text, [(quote, speaker)])
CASES = [
    (
        "quote then attribution",
        'Mayor Helena Varga spoke first. "We will not back down," Varga said.',
        [("We will not back down,", "Helena Varga")],
    ),
    (
        "attribution then quote",
        'Tomas Reyes addressed the crowd. Reyes said, "The budget is a fantasy."',
        [("The budget is a fantasy.", "Tomas Reyes")],
    ),
    ("inverted cue", '"It is over," said Mayor Helena Varga.', [("It is over,", "Helena Varga")]),
    (
        "interrupted quotation",
        'Councillor Dmitri Hale was unmoved. "The first part," he said. "The second part."',
        [("The first part,", "Dmitri Hale"), ("The second part.", "Dmitri Hale")],
    ),
    (
        "colon introduction",
        'Mayor Helena Varga was blunt: "No new taxes this year."',
        [("No new taxes this year.", "Helena Varga")],
    ),
    (
        "colon at end of the previous paragraph",
        'Scientist Amara Lindqvist explained the finding:\n"The seagrass is coming back faster than we hoped."',
        [("The seagrass is coming back faster than we hoped.", "Amara Lindqvist")],
    ),
    (
        "pronoun speaker",
        'Ines Okafor leads the Greyhaven cooperative. "We signed the ceasefire in good faith," she said.',
        [("We signed the ceasefire in good faith,", "Ines Okafor")],
    ),
    (
        "continued into the next paragraph",
        'Bram Kettering said the talks had stalled. "We came to the table with an open offer.\n\n"Nobody answered it," Kettering added.',
        [("We came to the table with an open offer.", "Bram Kettering"), ("Nobody answered it,", "Bram Kettering")],
    ),
    (
        "paragraph that only continues the speaker",
        '"The ferry is the town\'s lifeline," Calum Ferris said.\n\n"Without it the island empties."',
        [("The ferry is the town's lifeline,", "Calum Ferris"), ("Without it the island empties.", "Calum Ferris")],
    ),
    (
        "curly marks and an apostrophe",
        "Lena Moss doesn’t commute any more. “It’s a two-hour trip now,” Moss said.",
        [("It’s a two-hour trip now,", "Lena Moss")],
    ),
    (
        "single quotes nested in doubles",
        "\"They told us 'wait and see' for a year,\" said Tomas Reyes.",
        [("They told us 'wait and see' for a year,", "Tomas Reyes")],
    ),
    (
        "missing space before a mark",
        'Councillor Dmitri Hale called his rival a"reckless gambler."',
        [("reckless gambler.", "Dmitri Hale")],
    ),
    (
        "partial quotation",
        'Tomas Reyes called the offer "an insult to every family on the docks."',
        [("an insult to every family on the docks.", "Tomas Reyes")],
    ),
    (
        "according to",
        'The strike will end on Friday, according to Tomas Reyes, who said "the crews have won."',
        [("the crews have won.", "Tomas Reyes")],
    ),
    (
        "in a statement",
        'Calum Ferris issued a reply. "Service resumes Monday," Ferris said in a statement.',
        [("Service resumes Monday,", "Calum Ferris")],
    ),
    (
        "description resolved to the person",
        'Tomas Reyes, the union leader, met the mayor. "We are close," the union leader said.',
        [("We are close,", "Tomas Reyes")],
    ),
    (
        "title resolved to the person",
        'Mayor Helena Varga opened the session. "The wall will be built," the mayor said.',
        [("The wall will be built,", "Helena Varga")],
    ),
    (
        "surname to full name",
        'Amara Lindqvist published the data on Monday. "The bay is warming," Lindqvist told the Ledger.',
        [("The bay is warming,", "Amara Lindqvist")],
    ),
    ("scare quotes are not quotations", 'The so-called "reset" of ferry fares began in March.', []),
    ("show titles are not quotations", 'Varga appeared on Coastline Radio\'s "Morning Tide" on Monday.', []),
    ("guillemets", "Ines Okafor said: «We stay.»", [("We stay.", "Ines Okafor")]),
]


@pytest.mark.parametrize("pattern,text,expected", CASES, ids=[c[0] for c in CASES])
def test_pattern(nlp, pattern, text, expected):
    assert quotes_of(nlp, text) == expected


def test_offsets_and_marks(nlp):
    text = 'Reyes said, "One." Then: "Two," he added.'
    for q in extract(text, nlp):
        assert text[q.start : q.end] == q.quote
        assert text[q.speaker_start : q.speaker_end] == q.mention


def test_kind_direct_and_partial(nlp):
    text = 'Tomas Reyes said, "We are ready to sign." Reyes called the offer "an insult" on Monday.'
    kinds = {q.quote: q.kind for q in extract(text, nlp)}
    assert kinds == {"We are ready to sign.": "direct", "an insult": "partial"}


def test_markup_attributes_are_not_quotes():
    text = '<tweet author="harborwatch" id="12">Ferries stopped.</tweet> "Real words," she said.'
    assert [text[s.start : s.end] for s in find_quoted_spans(text)] == ["Real words,"]


def test_unclosed_mark_runs_to_paragraph_end():
    text = 'He said "this never closes\nNext paragraph.'
    spans = find_quoted_spans(text)
    assert [(text[s.start : s.end], s.open_ended) for s in spans] == [("this never closes", True)]


def test_two_people_sharing_a_surname_stay_apart(nlp):
    text = (
        'Mayor Helena Varga opened the fair. "Welcome," Varga said.\n\n'
        'Coach Peter Varga was at the stadium. "We play to win," Peter Varga said.'
    )
    assert quotes_of(nlp, text) == [("Welcome,", "Helena Varga"), ("We play to win,", "Peter Varga")]


def test_dash_credit(nlp):
    text = 'The council met at noon.\n\n"Every vote counts." - Helena Varga\n\nThe vote passed.'
    assert quotes_of(nlp, text) == [("Every vote counts.", "Helena Varga")]


def test_credit_line_closing_an_open_pull_quote(nlp):
    text = 'The council met.\n\n"The harbor wall is the best money this town will ever spend.\nAmara Lindqvist, Northern Marine Institute."\n\nThe vote passed.'
    assert quotes_of(nlp, text) == [("The harbor wall is the best money this town will ever spend.", "Amara Lindqvist")]


def _quoted(text):
    return [text[s.start : s.end] for s in find_quoted_spans(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a headline and a standfirst quote with single marks
        ("Mayor 'appalled' by ferry fares\n\nThe council met on Tuesday to set the fares.", ["appalled"]),
        ("Ferry fares to rise\nHale: ‘We had no choice.’\n\nThe council met on Tuesday.", ["We had no choice."]),
        # apostrophes are no marks: it's, o'clock, the '90s, a plural's, rock 'n' roll, 'em
        ("It's 9 o'clock in the '90s again for Jones' car\n\nThe body.", []),
        ("Rock 'n' roll fans 'thrilled', say organisers\n\nThe body.", ["thrilled"]),
        ("Fans love 'em, 'til the ferry is late\n\nThe body.", []),
        ("Rusk: 'Jones' car is a wreck'\n\nThe body.", ["Jones' car is a wreck"]),
        ("Only ‘Two Cases’ where Fares ‘Went Up’\n\nThe body.", ["Two Cases", "Went Up"]),
        # single marks in the body (past a headline and a standfirst, or a line too long for either)
        # are apostrophes and nested quotations, left alone
        ("Ferry fares to rise\n\nHale says no.\n\nThe 'new' fares start in May, the clerk said.", []),
        (
            "Ferry fares to rise\n\nThe 'new' fares start in May, the council's clerk said on Tuesday after a long "
            "meeting in which members of the public asked for a freeze until the winter timetable.",
            [],
        ),
    ],
)
def test_single_quoted_headline_spans(text, expected):
    assert _quoted(text) == expected


def test_a_headline_quotation_the_body_quotes_again_is_left_to_the_body():
    text = "Mayor ‘appalled’ by ferry fares\n\nHelena Varga said she was “appalled” by the new fares."
    spans = find_quoted_spans(text)
    assert [(text[s.start : s.end], s.para_start) for s in spans] == [("appalled", text.index("Helena"))]


def test_a_headline_name_the_body_writes_is_no_quotation():
    text = "Parents rally to ‘Save Our Pier’\n\nHundreds joined the Save Our Pier march on Saturday."
    assert _quoted(text) == []


@pytest.mark.parametrize(
    "headline, quoted, speaker",
    [
        ("Mayor Varga 'appalled' by ferry fares", "appalled", "Varga"),
        ("Mayor Helena Varga ‘appalled’ by ferry fares", "appalled", "Helena Varga"),
        ("Union ‘furious’ at pier closure", "furious", "Union"),
    ],
)
def test_a_headline_quotation_is_credited_to_the_headline_subject(nlp, headline, quoted, speaker):
    text = headline + "\n\nThe council set the new fares on Tuesday night."
    assert quotes_of(nlp, text) == [(quoted, speaker)]
