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

# a date the parse made the cue's subject, the person named inside it
DATE_AS_SUBJECT = (
    'Saturday at the rally Mayor Edda Varga said the plan was "a costly mistake".',
    """
    Saturday 7 nsubj PROPN - DATE
    at       0 prep ADP
    the      3 det DET
    rally    1 pobj NOUN
    Mayor    6 compound PROPN
    Edda     6 compound PROPN - PERSON
    Varga    3 appos PROPN - PERSON
    said     7 ROOT VERB say
    the      9 det DET
    plan     10 nsubj NOUN
    was      7 ccomp AUX be
    "        14 punct PUNCT
    a        14 det DET
    costly   14 amod ADJ
    mistake  10 attr NOUN
    "        14 punct PUNCT
    .        7 punct PUNCT
    """,
)

# a cue verb coordinated with the verb that holds the quotation does not hold it: `maintain`
# (with its own subject) is passed over for the `said` above it
COORDINATED_CUE = (
    'Varga said Ferrylink will maintain its crews and move to a "smaller fleet".',
    """
    Varga     1 nsubj PROPN - PERSON
    said      1 ROOT VERB say
    Ferrylink 4 nsubj PROPN - ORG
    will      4 aux AUX
    maintain  1 ccomp VERB maintain
    its       6 poss PRON
    crews     4 dobj NOUN crew
    and       4 cc CCONJ
    move      4 conj VERB
    to        8 prep ADP
    a         13 det DET
    "         13 punct PUNCT
    smaller   13 amod ADJ small
    fleet     9 pobj NOUN
    "         13 punct PUNCT
    .         1 punct PUNCT
    """,
)


@pytest.mark.parametrize(
    ("example", "expected"),
    [
        (NAME_AS_AUXILIARY, [("after", "said", "DeBoer")]),
        (AGE_AND_LISTENER, [("after", "told", "Ramos")]),
        (DATE_AS_SUBJECT, [("before", "said", "Edda Varga")]),
        (COORDINATED_CUE, [("before", "said", "Varga")]),
    ],
    ids=["name-as-auxiliary", "age-and-listener", "date-as-subject", "coordinated-cue"],
)
def test_cue_and_subject(example, expected) -> None:
    assert attributions(*example) == expected
