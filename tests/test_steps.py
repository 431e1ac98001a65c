"""The extraction steps on hand-built spaCy Docs (issue 14): words, heads, dependencies,
parts of speech and entities set by hand, as spaCy's own tests do, so no model is loaded
and a change to a rule shows up here as a change of `where`, `method` or `confidence`.

Each token is one line: `word head dep POS [lemma] [entity]`, head as a token index; the
spaces between words are read from the text."""

from __future__ import annotations

import pytest
from spacy.lang.en import English
from spacy.tokens import Doc

from ingest.attribution import Attributor
from ingest.marks import find_quoted_spans
from ingest.pipeline import analyse

VOCAB = English().vocab


def parsed(text: str, table: str) -> Doc:
    rows = [line.split() for line in table.strip().splitlines() if line.strip()]
    words, spaces, at = [], [], 0
    for row in rows:
        word = "\n" if row[0] == "\\n" else row[0]
        at = text.index(word, at) + len(word)
        words.append(word)
        spaces.append(text[at : at + 1] == " ")
        at += spaces[-1]
    assert "".join(w + " " * s for w, s in zip(words, spaces)) == text
    heads = [int(row[1]) for row in rows]
    deps = [row[2] for row in rows]
    pos = [row[3] for row in rows]
    lemmas = [row[4] if len(row) > 4 and row[4] != "-" else row[0].lower() for row in rows]
    ents = [f"B-{row[5]}" if len(row) > 5 else "O" for row in rows]
    for k in range(1, len(ents)):  # a run of one entity type is one entity
        if ents[k] != "O" and ents[k - 1] != "O" and ents[k][2:] == ents[k - 1][2:]:
            ents[k] = "I-" + ents[k][2:]
    return Doc(VOCAB, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, lemmas=lemmas, ents=ents)


AFTER = (
    '"We will build the quay," Varga said.',
    """
    "     9 punct PUNCT
    We    3 nsubj PRON
    will  3 aux AUX
    build 9 ccomp VERB
    the   5 det DET
    quay  3 dobj NOUN
    ,     9 punct PUNCT
    "     9 punct PUNCT
    Varga 9 nsubj PROPN - PERSON
    said  9 ROOT VERB say
    .     9 punct PUNCT
    """,
)

# the same words, the quotation parsed as a sentence of its own: found by the clause after it
AFTER_ON_ITS_OWN = (
    AFTER[0],
    """
    "     3 punct PUNCT
    We    3 nsubj PRON
    will  3 aux AUX
    build 3 ROOT VERB
    the   5 det DET
    quay  3 dobj NOUN
    ,     3 punct PUNCT
    "     3 punct PUNCT
    Varga 9 nsubj PROPN - PERSON
    said  9 ROOT VERB say
    .     9 punct PUNCT
    """,
)

PRONOUN = (
    'Mayor Edda Varga spoke on Tuesday. She said: "The quay comes first."',
    """
    Mayor   2 compound PROPN
    Edda    2 compound PROPN - PERSON
    Varga   3 nsubj PROPN - PERSON
    spoke   3 ROOT VERB speak
    on      3 prep ADP
    Tuesday 4 pobj PROPN - DATE
    .       3 punct PUNCT
    She     8 nsubj PRON
    said    8 ROOT VERB say
    :       8 punct PUNCT
    "       8 punct PUNCT
    The     12 det DET
    quay    13 nsubj NOUN
    comes   8 ccomp VERB come
    first   13 advmod ADV
    .       8 punct PUNCT
    "       8 punct PUNCT
    """,
)

DASH = (
    '"Every vote counts." - Edda Varga',
    """
    "      3 punct PUNCT
    Every  2 det DET
    vote   3 nsubj NOUN
    counts 3 ROOT VERB count
    .      3 punct PUNCT
    "      3 punct PUNCT
    -      8 punct PUNCT
    Edda   8 compound PROPN - PERSON
    Varga  8 ROOT PROPN - PERSON
    """,
)

SUBJECT = (
    'Varga opposed the "waste of good money".',
    """
    Varga   1 nsubj PROPN - PERSON
    opposed 1 ROOT VERB oppose
    the     4 det DET
    "       4 punct PUNCT
    waste   1 dobj NOUN
    of      4 prep ADP
    good    7 amod ADJ
    money   5 pobj NOUN
    "       4 punct PUNCT
    .       1 punct PUNCT
    """,
)

LABEL = (
    'Varga: "We hold the line."',
    """
    Varga 0 ROOT PROPN - PERSON
    :     0 punct PUNCT
    "     4 punct PUNCT
    We    4 nsubj PRON
    hold  4 ROOT VERB
    the   6 det DET
    line  4 dobj NOUN
    .     4 punct PUNCT
    "     4 punct PUNCT
    """,
)

DESCRIPTION = (
    'The harbour master said: "We hold the line."',
    """
    The     2 det DET
    harbour 2 compound NOUN
    master  3 nsubj NOUN
    said    3 ROOT VERB say
    :       3 punct PUNCT
    "       3 punct PUNCT
    We      7 nsubj PRON
    hold    3 ccomp VERB
    the     9 det DET
    line    7 dobj NOUN
    .       3 punct PUNCT
    "       3 punct PUNCT
    """,
)

CONTINUED = (
    '"We will build the quay," Varga said.\n"It takes a year."',
    AFTER[1]
    + """
    \\n   9 dep SPACE
    "     14 punct PUNCT
    It    14 nsubj PRON
    takes 14 ROOT VERB take
    a     16 det DET
    year  14 dobj NOUN
    .     14 punct PUNCT
    "     14 punct PUNCT
    """,
)


@pytest.mark.parametrize(
    ("example", "expected"),
    [
        # (where, cue, mention, confidence) of each quoted span, in order
        (AFTER, [("after", "said", "Varga", 0.9)]),
        (AFTER_ON_ITS_OWN, [("after", "said", "Varga", 0.95)]),
        (PRONOUN, [("before", "said", "She", 0.9)]),
        (DASH, [("dash", None, "Edda Varga", 0.85)]),
        (SUBJECT, [("subject", None, "Varga", 0.5)]),
        (LABEL, [("colon", None, "Varga", 0.8)]),
        (DESCRIPTION, [("before", "said", "The harbour master", 0.9)]),
        (CONTINUED, [("after", "said", "Varga", 0.9), ("continuation", None, None, 0.7)]),
    ],
    ids=["after-clause", "after", "before", "dash", "subject", "label", "description", "continued"],
)
def test_attribution_where_and_confidence(example, expected) -> None:
    text, table = example
    doc = parsed(text, table)
    spans = find_quoted_spans(text)
    attributor = Attributor(doc, spans)
    found = []
    for k in range(len(spans)):
        a = attributor.attribute(k)
        found.append(
            (a.where, a.cue.text if a.cue is not None else None, a.mention.text if a.mention else None, a.confidence)
        )
    assert found == expected


@pytest.mark.parametrize(
    ("example", "expected"),
    [
        # (quote, speaker, method, confidence) of each quotation the pipeline keeps
        (AFTER, [("We will build the quay,", "Varga", "name", 0.9)]),
        (PRONOUN, [("The quay comes first.", "Edda Varga", "pronoun", 0.9)]),
        (DASH, [("Every vote counts.", "Edda Varga", "name", 0.85)]),
        (SUBJECT, [("waste of good money", "Varga", "name", 0.5)]),
        (LABEL, [("We hold the line.", "Varga", "name", 0.8)]),
        # no one was given that role: the speaker is the description as the article gives it (issue 10)
        (DESCRIPTION, [("We hold the line.", "The harbour master", "description", 0.9)]),
        (
            CONTINUED,
            [("We will build the quay,", "Varga", "name", 0.9), ("It takes a year.", "Varga", "continuation", 0.77)],
        ),
    ],
    ids=["name", "pronoun", "dash", "subject", "label", "description", "continuation"],
)
def test_pipeline_method_and_confidence(example, expected) -> None:
    text, table = example
    quotes = analyse(text, find_quoted_spans(text), parsed(text, table))
    assert [(q.quote, q.speaker, q.method, q.confidence) for q in quotes] == expected
