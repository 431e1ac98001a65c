"""Finding a quotation's cue and its subject, on hand-built parses (no model): each case is a
parse the small model really gives, on words written for this test."""

from __future__ import annotations

import pytest
from test_steps import parsed

from ingest.attribution import Attributor
from ingest.marks import find_quoted_spans


def attributions(text: str, table: str) -> list[tuple[str, str | None, str | None]]:
    spans = find_quoted_spans(text)
    attributor = Attributor(parsed(text, table), spans)
    found = []
    for k in range(len(spans)):
        a = attributor.attribute(k)
        found.append((a.where, a.cue.text if a.cue is not None else None, a.mention.text if a.mention else None))
    return found


# a surname the tagger took for an auxiliary of the cue
NAME_AS_AUXILIARY = (
    '"We will build the quay," DeBoer said.',
    """
    "      9 punct PUNCT
    We     3 nsubj PRON
    will   3 aux AUX
    build  9 ccomp VERB
    the    5 det DET
    quay   3 dobj NOUN
    ,      9 punct PUNCT
    "      9 punct PUNCT
    DeBoer 9 aux AUX
    said   9 ROOT VERB say
    .      9 punct PUNCT
    """,
)

# the speaker's age set off by commas, the cue's subject lost; after `told` comes the listener
AGE_AND_LISTENER = (
    '"We were wrong," Ramos, 58, told the Courier.',
    """
    "       10 punct PUNCT
    We      2 nsubj PRON
    were    10 ccomp AUX be
    wrong   2 acomp ADJ
    ,       10 punct PUNCT
    "       10 punct PUNCT
    Ramos   10 npadvmod PROPN - PERSON
    ,       6 punct PUNCT
    58      6 appos NUM
    ,       6 punct PUNCT
    told    10 ROOT VERB tell
    the     12 det DET
    Courier 10 dative PROPN - ORG
    .       10 punct PUNCT
    """,
)


@pytest.mark.parametrize(
    ("example", "expected"),
    [
        (NAME_AS_AUXILIARY, [("after", "said", "DeBoer")]),
        (AGE_AND_LISTENER, [("after", "told", "Ramos")]),
    ],
    ids=["name-as-auxiliary", "age-and-listener"],
)
def test_cue_and_subject(example, expected) -> None:
    assert attributions(*example) == expected
