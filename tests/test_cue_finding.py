"""Finding a quotation's cue and its subject, on hand-built parses (no model): each case is a
parse the small model really gives, on words written for this test."""

from __future__ import annotations

import pytest

from ingest.attribution import Attributor
from ingest.marks import find_quoted_spans
from test_steps import parsed


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

# two subjects on the cue: the quoted clause's, taken by the parse, and the speaker's name
TWO_SUBJECTS = (
    'The closure of the quay signals "the end", said Edda Varga.',
    """
    The     1 det DET
    closure 11 nsubj NOUN
    of      1 prep ADP
    the     5 det DET
    quay    5 compound NOUN
    signals 2 pobj NOUN signal
    "       8 punct PUNCT
    the     8 det DET
    end     5 appos NOUN
    "       8 punct PUNCT
    ,       11 punct PUNCT
    said    11 ROOT VERB say
    Edda    13 compound PROPN - PERSON
    Varga   11 nsubj PROPN - PERSON
    .       11 punct PUNCT
    """,
)

# a cue set off by commas that the parse hung on the name before it
CUE_ON_THE_NAME = (
    'Edda Varga, speaking on the radio, called the plan "reckless".',
    """
    Edda     1 compound PROPN - PERSON
    Varga    1 ROOT PROPN - PERSON
    ,        1 punct PUNCT
    speaking 1 acl VERB speak
    on       3 prep ADP
    the      6 det DET
    radio    4 pobj NOUN
    ,        1 punct PUNCT
    called   1 acl VERB call
    the      10 det DET
    plan     8 dobj NOUN
    "        12 punct PUNCT
    reckless 8 oprd ADJ
    "        12 punct PUNCT
    .        1 punct PUNCT
    """,
)

# the speaker's name, then a phrase set off by commas, then the cue, which the parse left
# without a subject
NAME_THEN_PHRASE = (
    '"We lost," Bill Eastwick, wearing a red scarf, said.',
    """
    "        2 punct PUNCT
    We       2 nsubj PRON
    lost     13 ccomp VERB lose
    ,        2 punct PUNCT
    "        2 punct PUNCT
    Bill     6 compound PROPN - PERSON
    Eastwick 2 npadvmod PROPN - PERSON
    ,        2 punct PUNCT
    wearing  2 advcl VERB wear
    a        11 det DET
    red      11 amod ADJ
    scarf    8 dobj NOUN
    ,        13 punct PUNCT
    said     13 ROOT VERB say
    .        13 punct PUNCT
    """,
)

# a label after the dash that ends a heading
LABEL_AFTER_DASH = (
    'Polls tighten - Ada Brill: "The race is close."',
    """
    Polls   1 nsubj NOUN poll
    tighten 1 ROOT VERB
    -       1 punct PUNCT
    Ada     4 compound PROPN - PERSON
    Brill   1 npadvmod PROPN - PERSON
    :       1 punct PUNCT
    "       9 punct PUNCT
    The     8 det DET
    race    9 nsubj NOUN
    is      9 ROOT AUX be
    close   9 acomp ADJ
    .       9 punct PUNCT
    "       9 punct PUNCT
    """,
)

# `as X puts it`
AS_SHE_PUTS_IT = (
    'As Ada Brill puts it, the plan is "a costly mistake".',
    """
    As      3 mark SCONJ
    Ada     2 compound PROPN - PERSON
    Brill   3 nsubj PROPN - PERSON
    puts    8 advcl VERB put
    it      3 dobj PRON
    ,       8 punct PUNCT
    the     7 det DET
    plan    8 nsubj NOUN
    is      8 ROOT AUX be
    "       12 punct PUNCT
    a       12 det DET
    costly  12 amod ADJ
    mistake 8 attr NOUN
    "       12 punct PUNCT
    .       8 punct PUNCT
    """,
)

# an age for the speaker, the cue hung on it
AGE_AS_SPEAKER = (
    '"We lost," the 52-year-old said.',
    """
    "    10 punct PUNCT
    We   2 nsubj PRON
    lost 10 dep VERB lose
    ,    10 punct PUNCT
    "    10 punct PUNCT
    the  10 det DET
    52   8 nummod NUM
    -    8 punct PUNCT
    year 10 npadvmod NOUN
    -    10 punct PUNCT
    old  10 ROOT ADJ
    said 10 acl VERB say
    .    11 punct PUNCT
    """,
)

# the own subject of `said` speaks whatever its noun: a clip, a brief, a posting
A_THING_SAID = (
    'The clip said the quay was "beyond repair".',
    """
    The    1 det DET
    clip   2 nsubj NOUN
    said   2 ROOT VERB say
    the    4 det DET
    quay   5 nsubj NOUN
    was    2 ccomp AUX be
    "      7 punct PUNCT
    beyond 5 prep ADP
    repair 7 pobj NOUN
    "      7 punct PUNCT
    .      2 punct PUNCT
    """,
)

# the subject of a passive cue is what is named, not who names it
PASSIVE_CUE = (
    'Porters were called "sleepy porters", Foster writes.',
    """
    Porters 2 nsubjpass NOUN porter
    were    2 auxpass AUX be
    called  9 ccomp VERB call
    "       5 punct PUNCT
    sleepy  5 amod ADJ
    porters 2 oprd NOUN porter
    "       5 punct PUNCT
    ,       9 punct PUNCT
    Foster  9 nsubj PROPN - PERSON
    writes  9 ROOT VERB write
    .       9 punct PUNCT
    """,
)

# a letter speaks for whoever sent it
ISSUED_BY = (
    'A letter from the Harbour Union said the fares were "too high".',
    """
    A       1 det DET
    letter  6 nsubj NOUN
    from    1 prep ADP
    the     5 det DET
    Harbour 5 compound PROPN - ORG
    Union   2 pobj PROPN - ORG
    said    6 ROOT VERB say
    the     8 det DET
    fares   9 nsubj NOUN fare
    were    6 ccomp AUX be
    "       12 punct PUNCT
    too     12 advmod ADV
    high    9 acomp ADJ
    "       12 punct PUNCT
    .       6 punct PUNCT
    """,
)


# a cue set off by commas inside the clause that holds the quotation wins over a later clause's cue
PARENTHETICAL_CUE = (
    'Both crews, she said, had been "wasting the season" while they argued.',
    """
    Both    1 det DET
    crews   9 nsubj NOUN
    ,       4 punct PUNCT
    she     4 nsubj PRON
    said    9 parataxis VERB say
    ,       4 punct PUNCT
    had     9 aux AUX
    been    9 aux AUX
    "       9 punct PUNCT
    wasting 9 ROOT VERB
    the     11 det DET
    season  9 dobj NOUN
    "       9 punct PUNCT
    while   15 mark SCONJ
    they    15 nsubj PRON
    argued  9 advcl VERB argue
    .       9 punct PUNCT
    """,
)


@pytest.mark.parametrize(
    ("example", "expected"),
    [
        (NAME_AS_AUXILIARY, [("after", "said", "DeBoer")]),
        (AGE_AND_LISTENER, [("after", "told", "Ramos")]),
        (DATE_AS_SUBJECT, [("before", "said", "Edda Varga")]),
        (COORDINATED_CUE, [("before", "said", "Varga")]),
        (TWO_SUBJECTS, [("after", "said", "Edda Varga")]),
        (CUE_ON_THE_NAME, [("before", "called", "Edda Varga")]),
        (NAME_THEN_PHRASE, [("after", "said", "Bill Eastwick")]),
        (LABEL_AFTER_DASH, [("colon", None, "Ada Brill")]),
        (AS_SHE_PUTS_IT, [("before", "puts", "Ada Brill")]),
        (AGE_AS_SPEAKER, [("after", "said", "the 52-year-old")]),
        (A_THING_SAID, [("before", "said", "The clip")]),
        (PASSIVE_CUE, [("before", "called", "Foster")]),
        (ISSUED_BY, [("before", "said", "Harbour Union")]),
        (PARENTHETICAL_CUE, [("before", "said", "she")]),
    ],
    ids=[
        "name-as-auxiliary",
        "age-and-listener",
        "date-as-subject",
        "coordinated-cue",
        "two-subjects",
        "cue-on-the-name",
        "name-then-phrase",
        "label-after-dash",
        "as-she-puts-it",
        "age-as-speaker",
        "a-thing-said",
        "passive-cue",
        "issued-by",
        "parenthetical-cue",
    ],
)
def test_cue_and_subject(example, expected) -> None:
    assert attributions(*example) == expected


def test_a_label_from_a_source() -> None:
    text = 'More from the memo: "Costs will rise."'
    table = """
    More  0 ROOT ADJ much
    from  0 prep ADP
    the   3 det DET
    memo  1 pobj NOUN
    :     0 punct PUNCT
    "     7 punct PUNCT
    Costs 7 nsubj NOUN cost
    will  7 aux AUX
    rise  7 ROOT VERB
    .     7 punct PUNCT
    "     7 punct PUNCT
    """
    assert attributions(text, table) == [("colon", None, "the memo")]


@pytest.mark.parametrize(
    ("text", "table"),
    [
        # an empty `it` names nobody
        (
            'It is "pure theatre".',
            """
            It      1 nsubj PRON
            is      1 ROOT AUX be
            "       4 punct PUNCT
            pure    4 amod ADJ
            theatre 1 attr NOUN
            "       4 punct PUNCT
            .       1 punct PUNCT
            """,
        ),
        # the writer's sentence before a quotation that opens its own is not around it
        (
            'They rest. "It is tough."',
            """
            They  1 nsubj PRON
            rest  1 ROOT VERB
            .     1 punct PUNCT
            "     5 punct PUNCT
            It    5 nsubj PRON
            is    5 ROOT AUX be
            tough 5 acomp ADJ
            .     5 punct PUNCT
            "     5 punct PUNCT
            """,
        ),
    ],
    ids=["empty-it", "sentence-before"],
)
def test_no_subject_around_the_quotation(text, table) -> None:
    assert attributions(text, table) == [("none", None, None)]


@pytest.mark.parametrize(
    ("text", "table", "expected"),
    [
        # a present participle on a noun: the noun does the saying
        (
            'The protesters chanting "no more cuts" filled the square.',
            """
            The        1 det DET
            protesters 8 nsubj NOUN protester
            chanting   1 acl VERB chant
            "          6 punct PUNCT
            no         6 det DET
            more       6 amod ADJ much
            cuts       2 dobj NOUN cut
            "          6 punct PUNCT
            filled     8 ROOT VERB fill
            the        10 det DET
            square     8 dobj NOUN
            .          8 punct PUNCT
            """,
            ("before", "chanting", "The protesters"),
        ),
        # on an object: the one who issued it
        (
            'Varga issued a statement saying the plan was "reckless".',
            """
            Varga     1 nsubj PROPN - PERSON
            issued    1 ROOT VERB issue
            a         3 det DET
            statement 1 dobj NOUN
            saying    3 acl VERB say
            the       6 det DET
            plan      7 nsubj NOUN
            was       4 ccomp AUX be
            "         9 punct PUNCT
            reckless  7 acomp ADJ
            "         9 punct PUNCT
            .         1 punct PUNCT
            """,
            ("before", "saying", "Varga"),
        ),
        # `, saying` hung on the clause a cue reports: the reporter says it
        (
            'Byrne wrote the agents knew it, saying, "We braced."',
            """
            Byrne  1 nsubj PROPN - PERSON
            wrote  1 ROOT VERB write
            the    3 det DET
            agents 4 nsubj NOUN agent
            knew   1 ccomp VERB know
            it     4 dobj PRON
            ,      4 punct PUNCT
            saying 4 advcl VERB say
            ,      7 punct PUNCT
            "      11 punct PUNCT
            We     11 nsubj PRON
            braced 7 ccomp VERB brace
            .      11 punct PUNCT
            "      11 punct PUNCT
            """,
            ("before", "saying", "Byrne"),
        ),
    ],
    ids=["participle-on-subject", "participle-on-object", "participle-on-a-reported-clause"],
)
def test_a_present_participle_cue(text, table, expected) -> None:
    doc = parsed(text, table)
    for tok in doc:
        if tok.text.endswith("ing"):
            tok.tag_ = "VBG"
    spans = find_quoted_spans(text)
    a = Attributor(doc, spans).attribute(0)
    assert (a.where, a.cue.text if a.cue is not None else None, a.mention.text if a.mention else None) == expected


def test_a_verb_in_a_title_is_no_cue() -> None:
    from ingest.attribution import is_cue

    text = "Brill wrote They Call Me Ferry, and they call her Ferry."
    table = """
    Brill  1 nsubj PROPN - PERSON
    wrote  1 ROOT VERB write
    They   3 nsubj PRON
    Call   1 ccomp VERB call
    Me     3 dobj PRON
    Ferry  3 oprd PROPN
    ,      1 punct PUNCT
    and    1 cc CCONJ
    they   9 nsubj PRON
    call   1 conj VERB call
    her    9 dobj PRON
    Ferry  9 oprd PROPN
    .      1 punct PUNCT
    """
    doc = parsed(text, table)
    assert [t.text for t in doc if is_cue(t)] == ["wrote", "call"]


@pytest.mark.parametrize(
    ("text", "table", "expected"),
    [
        (
            'The attendees chanted "Lock her up!"',
            """
            The       1 det DET
            attendees 2 nsubj NOUN attendee
            chanted   2 ROOT VERB chant
            "         5 punct PUNCT
            Lock      2 ccomp VERB lock
            her       4 dobj PRON
            up        4 prt ADP
            !         4 punct PUNCT
            "         2 punct PUNCT
            """,
            [("before", "chanted", "The attendees")],
        ),
        (
            'The port will maintain "a smaller presence".',
            """
            The      1 det DET
            port     3 nsubj NOUN
            will     3 aux AUX
            maintain 3 ROOT VERB maintain
            "        8 punct PUNCT
            a        8 det DET
            smaller  8 amod ADJ small
            presence 3 dobj NOUN
            "        8 punct PUNCT
            .        3 punct PUNCT
            """,
            [("none", None, None)],
        ),
    ],
    ids=["any-noun-chants", "a-port-maintains-nothing-said"],
)
def test_the_cue_s_own_subject(text, table, expected) -> None:
    assert attributions(text, table) == expected


@pytest.mark.parametrize(
    ("text", "table", "expected"),
    [
        # a label right before the quotation names its speaker nearer than a cue before it
        (
            'She tweeted about it ... Ada Brill: "We won."',
            """
            She     1 nsubj PRON
            tweeted 1 ROOT VERB tweet
            about   1 prep ADP
            it      2 pobj PRON
            ...     1 punct PUNCT
            Ada     6 compound PROPN - PERSON
            Brill   1 npadvmod PROPN - PERSON
            :       1 punct PUNCT
            "       10 punct PUNCT
            We      10 nsubj PRON
            won     10 ROOT VERB win
            .       10 punct PUNCT
            "       10 punct PUNCT
            """,
            [("colon", None, "Ada Brill")],
        ),
        # a colon introduction by the clause's top verb, not the nested one before the colon
        (
            'Varga has apologized for what happened: "I was wrong."',
            """
            Varga      2 nsubj PROPN - PERSON
            has        2 aux AUX
            apologized 9 dep VERB apologize
            for        2 prep ADP
            what       5 nsubj PRON
            happened   3 pcomp VERB happen
            :          9 punct PUNCT
            "          9 punct PUNCT
            I          9 nsubj PRON
            was        9 ROOT AUX be
            wrong      9 acomp ADJ
            .          9 punct PUNCT
            "          9 punct PUNCT
            """,
            [("colon", "apologized", "Varga")],
        ),
    ],
    ids=["label-nearer-than-a-cue", "colon-top-verb"],
)
def test_colon_introductions(text, table, expected) -> None:
    assert attributions(text, table) == expected


def test_in_her_words() -> None:
    text = 'It had, in her words, become "unhealthy".'
    table = """
    It        7 nsubj PRON
    had       7 aux AUX
    ,         7 punct PUNCT
    in        7 prep ADP
    her       5 poss PRON
    words     3 pobj NOUN word
    ,         7 punct PUNCT
    become    7 ROOT VERB
    "         9 punct PUNCT
    unhealthy 7 acomp ADJ
    "         9 punct PUNCT
    .         7 punct PUNCT
    """
    assert attributions(text, table) == [("before", "words", "her")]


def test_a_noun_of_saying_and_its_owner() -> None:
    text = 'His call for "a total ban" worked.'
    table = """
    His    1 poss PRON
    call   8 nsubj NOUN
    for    1 prep ADP
    "      6 punct PUNCT
    a      6 det DET
    total  6 amod ADJ
    ban    2 pobj NOUN
    "      6 punct PUNCT
    worked 8 ROOT VERB work
    .      8 punct PUNCT
    """
    assert attributions(text, table) == [("subject", None, "His")]


def test_no_speaker_inside_quotation_marks() -> None:
    text = 'The community, the "us", demands "a voice".'
    table = """
    The       1 det DET
    community 8 nsubj NOUN
    ,         1 punct PUNCT
    the       5 det DET
    "         5 punct PUNCT
    us        1 appos PROPN
    "         5 punct PUNCT
    ,         1 punct PUNCT
    demands   8 ROOT VERB demand
    "         11 punct PUNCT
    a         11 det DET
    voice     8 dobj NOUN
    "         11 punct PUNCT
    .         8 punct PUNCT
    """
    assert attributions(text, table)[1] == ("before", "demands", "The community")


def test_a_ruling_and_a_particle() -> None:
    from ingest.attribution import is_cue

    text = "The judge ruled it out, and the court ruled that it was unlawful."
    table = """
    The      1 det DET
    judge    2 nsubj NOUN
    ruled    2 ROOT VERB rule
    it       2 dobj PRON
    out      2 prt ADP
    ,        2 punct PUNCT
    and      2 cc CCONJ
    the      8 det DET
    court    9 nsubj NOUN
    ruled    2 conj VERB rule
    that     12 mark SCONJ
    it       12 nsubj PRON
    was      9 ccomp AUX be
    unlawful 12 acomp ADJ
    .        2 punct PUNCT
    """
    doc = parsed(text, table)
    assert [(t.text, t.i) for t in doc if is_cue(t)] == [("ruled", 9)]


def test_a_finite_cue_hung_on_its_subject() -> None:
    text = 'Some booed, and a man yelled "Stay home!"'
    table = """
    Some   1 nsubj PRON
    booed  1 ROOT VERB boo
    ,      1 punct PUNCT
    and    1 cc CCONJ
    a      5 det DET
    man    8 nsubj NOUN
    yelled 5 acl VERB yell
    "      8 punct PUNCT
    Stay   1 conj VERB
    home   8 advmod ADV
    !      1 punct PUNCT
    "      1 punct PUNCT
    """
    doc = parsed(text, table)
    doc[6].tag_ = "VBD"
    a = Attributor(doc, find_quoted_spans(text)).attribute(0)
    assert (a.where, a.cue.text, a.mention.text) == ("before", "yelled", "a man")


def test_the_only_verb_taken_for_a_participle_on_its_subject() -> None:
    # the sentence's verb hung on its subject as a reduced relative, the noun left the root
    text = '"Fix the ferry now!" the new Harbour Party leader, Ada Brill, posted on Sunday.'
    table = """
    "       1 punct PUNCT
    Fix     1 ROOT VERB
    the     3 det DET
    ferry   1 dobj NOUN
    now     1 advmod ADV
    !       1 punct PUNCT
    "       1 punct PUNCT
    the     11 det DET
    new     11 compound PROPN
    Harbour 10 compound PROPN
    Party   11 compound PROPN
    leader  11 ROOT NOUN
    ,       11 punct PUNCT
    Ada     14 compound PROPN - PERSON
    Brill   11 appos PROPN - PERSON
    ,       11 punct PUNCT
    posted  11 acl VERB post
    on      16 prep ADP
    Sunday  17 pobj PROPN - DATE
    .       11 punct PUNCT
    """
    doc = parsed(text, table)
    doc[16].tag_ = "VBN"
    a = Attributor(doc, find_quoted_spans(text)).attribute(0)
    assert (a.where, a.cue.text, a.mention.text) == ("after", "posted", "Ada Brill")
