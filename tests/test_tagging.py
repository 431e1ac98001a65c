"""pos_from_tags and token._.lemma stand in for the model's attribute_ruler and lemmatizer:
the same coarse tags and lemmas on the words we read, at a fraction of the cost."""

from __future__ import annotations

import pytest

from fixtures_ingest import FERRY, HARBOUR, LIBRARY, nlp  # noqa: F401 -- fixture
from ingest.nlp import load


@pytest.fixture(scope="module")
def stock():
    """The model as shipped, with its attribute_ruler and lemmatizer."""
    return load(as_shipped=True)


def test_the_lemmatizer_and_attribute_ruler_are_not_run(nlp):  # noqa: F811
    assert "pos_from_tags" in nlp.pipe_names
    assert not {"attribute_ruler", "lemmatizer"} & set(nlp.pipe_names)


def test_coarse_tags_match_the_attribute_ruler(nlp, stock):  # noqa: F811
    for text in (LIBRARY, HARBOUR, FERRY):
        ours, theirs = nlp(text), stock(text)
        assert [t.tag_ for t in ours] == [t.tag_ for t in theirs]
        mismatched = [(t.text, t.pos_, s.pos_) for t, s in zip(ours, theirs) if t.pos_ != s.pos_]
        assert mismatched == []


def test_lemmas_of_cue_verbs_and_speaker_nouns(nlp, stock):  # noqa: F811
    text = (
        'The spokeswoman insisted the officials had told reporters everything. "No," Varga added, '
        "saying the councillors were writing again. She says she tweeted it and is telling them."
    )
    ours, theirs = nlp(text), stock(text)
    words = [t for t in ours if t.pos_ in ("VERB", "AUX", "NOUN")]
    assert [t._.lemma for t in words] == [theirs[t.i].lemma_.lower() for t in words]
    assert {t.text: t._.lemma for t in words}.items() >= {
        "insisted": "insist",
        "told": "tell",
        "added": "add",
        "saying": "say",
        "says": "say",
        "tweeted": "tweet",
        "telling": "tell",
        "officials": "official",
        "councillors": "councillor",
    }.items()
