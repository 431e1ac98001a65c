"""The selection step on hand-built inputs, no model: which quoted spans are quotations."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

import ingest.tagging  # noqa: F401 -- registers token._.lemma
from ingest.marks import QuotedSpan, find_quoted_spans
from ingest.selection import Evidence, evidence_for, is_quotation

NOBODY = Evidence(said=False, someone=False)
SAID = Evidence(said=True, someone=True)
NOBODY_BUT_REYES = Evidence(said=False, someone=True)  # a subject who could speak, no verb of saying


def judge(text: str, quoted: str, evidence: Evidence = NOBODY, titles: set[str] | None = None) -> bool:
    span = next(s for s in find_quoted_spans(text) if text[s.start : s.end].rstrip(",.") == quoted.rstrip(",."))
    return is_quotation(text, span, evidence, titles)


@pytest.mark.parametrize(
    "text, quoted",
    [
        # titles of films, series, songs, books, reports, awards and categories
        ('The film "Harbour Lights" opened on Friday, and critics were kind.', "Harbour Lights"),
        ('Oduya starred in "Tidewater Nights" and "The Long Shift" before the tour.', "Tidewater Nights"),
        ('Oduya starred in "Tidewater Nights" and "The Long Shift" before the tour.', "The Long Shift"),
        ('The "Salt Road" reboot drew a crowd of 4,000 in its first week.', "Salt Road"),
        ('She sang "Northern Wire Blues" to close the night.', "Northern Wire Blues"),
        ('His memoir, "Ferry Tales," sold out at the Anchor Café.', "Ferry Tales"),
        ('The council published a report, "Costs Under Review," in May.', "Costs Under Review"),
        ('The drama won "Best Ensemble" at the Coastline awards.', "Best Ensemble"),
        ('Rusk was nominated for the "Golden Gull" award for the second time.', "Golden Gull"),
        ('The band\'s hit "Low Tide Love" played over the credits.', "Low Tide Love"),
        ('Rusk told "Morning Harbour" she would stay.', "Morning Harbour"),
        # nicknames inside a name
        ("Mark “Tiny” Oduya scored twice in the second half.", "Tiny"),
        ('Gov. C.L. "Butch" Otter spoke first.', "Butch"),
        # an epithet right before a full name
        ('The harbour vote went to the "Ironclad" Mara Voss in 1998.', "Ironclad"),
        ("'Ferry Queen' Delphine Rusk Is Like A Storm At Sea\n\nThe council set the fares.", "Ferry Queen"),
        # slogans on signs, and markup or a handle alone
        ('Fans waved "Rovers Forever" signs from the stands.', "Rovers Forever"),
        ('Fans waved "Tide Turners" banners from the stands.', "Tide Turners"),
        ('Reyes hosted a "Dockside Nights" gala on the pier.', "Dockside Nights"),
        # what a sign, a banner or a card reads, a sentence or not: written on it, said by nobody
        (
            'A sign in the bakery window reads "Closed for the season. See you in May."',
            "Closed for the season. See you in May.",
        ),
        ('Protesters carried banners reading "Fares Down Now" past the terminal.', "Fares Down Now"),
        ('A title card near the end reads "The tide always turns."', "The tide always turns."),
        # titles after the kind of work they are
        ('She is best known for the television thriller "Salt Road" and a radio serial.', "Salt Road"),
        ('Her second collection, "Quay Songs," is out in May.', "Quay Songs,"),
        # a work made, shown, praised or taken apart: title case after its verb, praise or part
        ('Rusk, who directed "Harbour Lights," said the sequel is done.', "Harbour Lights,"),
        ('The Oscar-winning "Harbour Lights" returns to cinemas.', "Harbour Lights"),
        ('Her latest, "Salt Road," opens on Friday.', "Salt Road,"),
        ('Season two of "Salt Road" arrives in May.', "Salt Road"),
        ('Oduya ("Tidewater Nights") won the award.', "Tidewater Nights"),
        ('The "Quay Nights" podcasts drew 4,000 listeners.', "Quay Nights"),
        ("The post began “@harbourfan:” and went on.", "@harbourfan:"),
        # scare quotes and coined terms nobody in the sentence says
        ('The so-called "quiet season" lasted three weeks.', "quiet season"),
        ('In the "sextortion" case, the letters went to 40 addresses.', "sextortion"),
        # a heading in capitals
        ('FERRY FARES: "NOT A PENNY MORE"', "NOT A PENNY MORE"),
    ],
)
def test_not_a_quotation(text, quoted):
    assert not judge(text, quoted)


@pytest.mark.parametrize(
    "text, quoted, evidence",
    [
        # partial quotations with a cue, even title-cased or a single word
        ('Varga called the plan "a costly mistake" on Tuesday.', "a costly mistake", SAID),
        ('Reyes said the talks were "productive" and left.', "productive", SAID),
        ('The mayor called it "Totally Unacceptable" before leaving.', "Totally Unacceptable", SAID),
        # a sentence is someone's words whatever it names
        (
            '"I loved the film. Harbour Lights made me cry," Rusk said.',
            "I loved the film. Harbour Lights made me cry,",
            SAID,
        ),
        # a capitalised word after a sentence's end is not a surname: `Clinton "caused death." Bernie`
        ('Hale said Varga "caused chaos." Reyes disagreed.', "caused chaos.", SAID),
        # a capitalised quotation before the name of who said it
        ('"Unacceptable" Mara Voss said of the fares.', "Unacceptable", SAID),
        # a sentence in brackets is no title
        ('Voters rank from 1 ("Definitely voting for Reyes") to 6.', "Definitely voting for Reyes", SAID),
        # a figure with a cue
        ('He estimated at a "25%" chance that the talks would fail.', "25%", SAID),
        # what a statement or a letter reads is its issuer's words
        ('The statement from Greyhaven Port reads "We regret the delay."', "We regret the delay.", SAID),
        # a person who reads, near a sign, a shirt or a banner, or gives a reading
        (
            'Wearing a Harbour Hawks shirt, the poet Ines Varga reads: "The tide came in twice."',
            "The tide came in twice.",
            SAID,
        ),
        (
            'In a sign of defiance, Tomas Okafor read, "We will not close the yard."',
            "We will not close the yard.",
            SAID,
        ),
        ('Under the festival banners, the poet Maren Obi gave a reading: "The ferry waits."', "The ferry waits.", SAID),
    ],
)
def test_a_quotation(text, quoted, evidence):
    assert judge(text, quoted, evidence)


def test_a_single_quoted_headline_quotation_stays():
    text = "Mayor 'appalled' by ferry fares"
    span = QuotedSpan(start=7, end=15, open_mark=6, close_mark=15, para_start=0, para_end=len(text))
    assert text[span.start : span.end] == "appalled"
    assert is_quotation(text, span, Evidence(said=False, someone=True))


def test_a_title_named_earlier_is_a_title_later():
    text = 'The troupe staged a play called "Sons of the Tide."\n\n"Sons of the Tide" runs until May.'
    spans = find_quoted_spans(text)
    titles: set[str] = set()
    assert [is_quotation(text, s, NOBODY, titles) for s in spans] == [False, False]


def test_evidence_from_a_hand_built_parse():
    # She called the plan "costly" .  /  The "costly" plan failed .
    words = ["She", "called", "the", "plan", '"', "costly", '"', ".", "The", '"', "costly", '"', "plan", "failed", "."]
    doc = Doc(
        spacy.blank("en").vocab,
        words=words,
        spaces=[True, True, True, True, False, False, False, True, True, False, False, False, True, True, False, False][
            :15
        ],
        pos=[
            "PRON",
            "VERB",
            "DET",
            "NOUN",
            "PUNCT",
            "ADJ",
            "PUNCT",
            "PUNCT",
            "DET",
            "PUNCT",
            "ADJ",
            "PUNCT",
            "NOUN",
            "VERB",
            "PUNCT",
        ],
        lemmas=["she", "call", "the", "plan", '"', "costly", '"', ".", "the", '"', "costly", '"', "plan", "fail", "."],
        heads=[1, 1, 3, 1, 5, 1, 5, 1, 12, 10, 12, 10, 13, 13, 13],
        deps=[
            "nsubj",
            "ROOT",
            "det",
            "dobj",
            "punct",
            "oprd",
            "punct",
            "punct",
            "det",
            "punct",
            "amod",
            "punct",
            "nsubj",
            "ROOT",
            "punct",
        ],
    )
    spans = find_quoted_spans(doc.text)
    inside = {t.i for s in spans for t in doc.char_span(s.open_mark, s.close_mark + 1)}
    outside = lambda tok: tok.i not in inside  # noqa: E731
    first, second = (evidence_for(doc, s, outside, cued=False) for s in spans)
    assert first == Evidence(said=True, someone=True)
    assert second == Evidence(said=False, someone=False, modifies="plan")  # no cue is its own
    assert is_quotation(doc.text, spans[0], first) and not is_quotation(doc.text, spans[1], second)


@pytest.mark.parametrize(
    "text, quoted, kept",
    [
        # a headline's subject right before its quoted words: the verb is left out, not the speaker
        ("Mayor 'appalled' by ferry fares\n\nThe council set the fares.", "appalled", True),
        ("Residents 'shocked' as pier shuts\n\nThe council set the fares.", "shocked", True),
        # a scare quote in a standfirst stays a scare quote
        (
            "Ferry fares to rise\nWhen ordinary 'boats' fail, barges step in\n\nThe council set the fares.",
            "boats",
            False,
        ),
        # in a headline in title case only a verb of saying makes the quoted words someone's
        ("'Missing' Ferry Riders Might Swing The Vote\n\nThe council set the fares.", "Missing", False),
        # one line is a body, not a headline
        ('The "quiet season" lasted three weeks.', "quiet season", False),
    ],
)
def test_headline_quotations(text, quoted, kept):
    assert judge(text, quoted) is kept


def test_a_title_case_headline_quotation_with_a_verb_of_saying():
    text = "Harbour Chief Calls Fares 'A Disgrace'\n\nThe council set the fares."
    assert judge(text, "A Disgrace", Evidence(said=True, someone=True))


# a list article's subheading in title case, with a body around it
_BODY = "The harbour festival drew a record crowd this year, and five speakers stole the show on the pier."


def test_a_function_word_beside_a_capitalised_span_is_no_name():
    # every word of a title-case heading has its capital; `As` is no surname, so no nickname
    text = f'{_BODY}\n\n3\nDel Rusk Tells How She Felt "Unheard" As A Deckhand.\n\n{_BODY}'
    assert judge(text, "Unheard", Evidence(said=True, someone=True))
    assert not judge('Mark "Tiny" Oduya scored twice.', "Tiny", Evidence(said=True, someone=True))


@pytest.mark.parametrize(
    "line, quoted, kept",
    [
        # in a heading in title case the span's capitals say nothing: `Called "..."` is her words there
        ("Why Del Rusk Minds Being Called “The Iron Skipper”", "The Iron Skipper", True),
        # a work noun still names a title
        ("Del Rusk Talks About Her Film “Harbour Lights” And Its Cast", "Harbour Lights", False),
    ],
)
def test_a_title_case_heading_in_the_body(line, quoted, kept):
    text = f"{_BODY}\n\n9\n{line}\n\n{_BODY}"
    assert judge(text, quoted, Evidence(said=True, someone=True)) is kept


@pytest.mark.parametrize(
    "text, quoted",
    [
        # a name given to someone or something, whatever its case, even with a speaker in the sentence
        ('The ferry hands, Rusk said, were referred to dismissively as "deckies" by the owners.', "deckies"),
        ('Regulars called every steward by the name "Sam", Rusk wrote.', "Sam"),
        (
            'In harbour slang, Rusk says, it is known as "the long wait": the hour before the tide turns.',
            "the long wait",
        ),
    ],
)
def test_a_name_given_is_no_quotation(text, quoted):
    assert not judge(text, quoted, SAID)


def test_a_name_listed_after_a_name_is_a_name():
    text = "The stewards were referred to as “Sam’s lads” — or, simply, “Sam.” The owners chose it."
    spans = find_quoted_spans(text)
    titles: set[str] = set()
    assert [is_quotation(text, s, SAID, titles) for s in spans] == [False, False]


@pytest.mark.parametrize(
    "text, quoted, evidence, kept",
    [
        # the name of the movement, plan or deal it stands before, with no cue of its own
        ('Parents joined an "opt-out" movement, Rusk said.', "opt-out", Evidence(True, True, "movement"), False),
        ('Under the "fair tide" deal the fares fell.', "fair tide", Evidence(False, True, "deal"), False),
        ('Rusk spoke at the "low water" fundraiser.', "low water", Evidence(True, True, "fundraiser"), False),
        # a cue of its own (no noun is passed on then) or a noun that is not the name of a thing
        ('Varga called it a "reckless" plan.', "reckless", Evidence(True, True, ""), True),
        ('Varga blamed the "reckless" skippers.', "reckless", Evidence(True, True, "skippers"), True),
    ],
)
def test_the_name_of_a_plan_or_a_movement(text, quoted, evidence, kept):
    assert judge(text, quoted, evidence) is kept


@pytest.mark.parametrize(
    "text, quoted, kept",
    [
        # a word or two that opens a sentence to be defined is talked about, not said
        ('"Slack water" is the hour the tide stands still.', "Slack water", False),
        ('The vote passed. "Quiet season" means the weeks after the regatta.', "Quiet season", False),
        # someone's word, even before a copula
        ('"Reckless" is how Varga put it.', "Reckless", True),
        ('"No" was her answer to every question.', "No", True),
        ('"Enough" was all she said.', "Enough", True),
        ('"Enough" is the word, Varga said.', "Enough", True),
    ],
)
def test_a_word_defined(text, quoted, kept):
    assert judge(text, quoted, SAID) is kept


def test_a_programme_on_a_channel_said_to_be_one():
    text = 'Reyes also hosts "Harbour Hour Live With Reyes" on Tidewater, a regional network.'
    assert not judge(text, "Harbour Hour Live With Reyes", SAID)
    # a platform named without saying what it is: someone's words posted there
    assert judge('Rusk posted "Fares Up Again Today" on Quayline yesterday.', "Fares Up Again Today", SAID)


@pytest.mark.parametrize(
    "text, quoted, evidence, kept",
    [
        # a term the writer explains between dashes or in brackets
        (
            'The ferry keeps a "slack hour" (the hour the tide stands still) each day.',
            "slack hour",
            NOBODY_BUT_REYES,
            False,
        ),
        ('Crews dread the "long haul" — the twelve-hour run to the islands.', "long haul", NOBODY_BUT_REYES, False),
        # an explanation about the words: they are someone's; or a verb of saying in the sentence
        ('Reyes kept saying "steady on" — a phrase the skipper used.', "steady on", NOBODY_BUT_REYES, True),
        ('Reyes called it a "slow leak" — the third this year.', "slow leak", SAID, True),
    ],
)
def test_a_term_explained(text, quoted, evidence, kept):
    assert judge(text, quoted, evidence) is kept
