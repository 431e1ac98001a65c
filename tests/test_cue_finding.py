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


def test_a_full_stop_inside_the_marks_ends_the_sentence() -> None:
    # no cue holds the first quotation; the next sentence's cue (`praised`) is not its cue,
    # though no full stop stands outside the marks between them
    text = 'Varga\'s plan was "a folly" and "a waste." However, Reyes praised the crew, calling them "steady hands."'
    table = """
    Varga   2 poss PROPN - ORG
    's      0 case PART
    plan    3 nsubj NOUN
    was     3 ROOT AUX be
    "       3 punct PUNCT
    a       6 det DET
    folly   3 attr NOUN
    "       6 punct PUNCT
    and     6 cc CCONJ
    "       11 punct PUNCT
    a       11 det DET
    waste   6 conj NOUN
    .       3 punct PUNCT
    "       3 punct PUNCT
    However 17 advmod ADV
    ,       17 punct PUNCT
    Reyes   17 nsubj PROPN - ORG
    praised 17 ROOT VERB praise
    the     19 det DET
    crew    17 dobj NOUN
    ,       17 punct PUNCT
    calling 17 advcl VERB call
    them    21 dobj PRON they
    "       25 punct PUNCT
    steady  25 amod ADJ
    hands   21 oprd NOUN hand
    .       17 punct PUNCT
    "       17 punct PUNCT
    """
    assert attributions(text, table) == [("none", None, None), ("none", None, None), ("before", "calling", "Reyes")]


def test_the_governing_cue_without_a_subject() -> None:
    # a heading line the parse ran into the paragraph took the cue's subject: the name set off
    # by commas right before the cue speaks
    text = 'Reyes keeps up his attacks on the ferry before the vote\nVarga, in Galway, said Tuesday that Dunne was "a lightweight" and "a liar."'
    table = """
    Reyes       1 nsubj NOUN - ORG
    keeps       17 ccomp VERB keep
    up          1 prt ADP
    his         4 poss PRON
    attacks     1 dobj NOUN attack
    on          4 prep ADP
    the         7 det DET
    ferry       5 pobj NOUN
    before      1 prep ADP
    the         12 det DET
    vote        12 compound NOUN
    \\n          10 dep SPACE
    Varga       8 pobj PROPN - ORG
    ,           12 punct PUNCT
    in          12 prep ADP
    Galway      14 pobj PROPN - GPE
    ,           17 punct PUNCT
    said        17 ROOT VERB say
    Tuesday     17 npadvmod PROPN - DATE
    that        21 mark SCONJ
    Dunne       21 nsubj PROPN - PERSON
    was         17 ccomp AUX be
    "           21 punct PUNCT
    a           24 det DET
    lightweight 21 attr NOUN
    "           24 punct PUNCT
    and         24 cc CCONJ
    "           29 punct PUNCT
    a           29 det DET
    liar        24 conj NOUN
    .           17 punct PUNCT
    "           17 punct PUNCT
    """
    assert attributions(text, table) == [("before", "said", "Varga"), ("before", "said", "Varga")]


def test_speculating_is_saying() -> None:
    # `speculated` holds the quotation, not the cue it is coordinated with
    text = 'Mr. Reyes noted that the ferry had lost money, and he speculated that the board may "prefer a quiet sale to a loud fight."'
    table = """
    Mr.        1 compound PROPN
    Reyes      2 nsubj PROPN - PERSON
    noted      2 ROOT VERB note
    that       7 mark SCONJ
    the        5 det DET
    ferry      7 nsubj NOUN
    had        7 aux AUX have
    lost       2 ccomp VERB lose
    money      7 dobj NOUN
    ,          2 punct PUNCT
    and        2 cc CCONJ
    he         12 nsubj PRON
    speculated 2 conj VERB speculate
    that       18 mark SCONJ
    the        15 det DET
    board      18 nsubj NOUN
    may        18 aux AUX
    "          18 punct PUNCT
    prefer     12 ccomp VERB
    a          21 det DET
    quiet      21 amod ADJ
    sale       18 dobj NOUN
    to         18 prep ADP
    a          25 det DET
    loud       25 amod ADJ
    fight      22 pobj NOUN
    .          12 punct PUNCT
    "          12 punct PUNCT
    """
    assert attributions(text, table) == [("before", "speculated", "he")]


# no cue: the subject of the verb above the quoted words, nearest first, speaks
VERB_ABOVE = (
    'It is odd that Varga would scorn "slow travel" while she sells ferry tickets.',
    """
    It      1 nsubj PRON
    is      1 ROOT AUX be
    odd     1 acomp ADJ
    that    6 mark SCONJ
    Varga   6 nsubj PROPN - ORG
    would   6 aux AUX
    scorn   1 ccomp VERB
    "       9 punct PUNCT
    slow    9 amod ADJ
    travel  6 dobj NOUN
    "       6 punct PUNCT
    while   13 mark SCONJ
    she     13 nsubj PRON
    sells   6 advcl VERB sell
    ferry   15 compound NOUN
    tickets 13 dobj NOUN ticket
    .       1 punct PUNCT
    """,
)

# the verb above, its subject given by object control
VERB_ABOVE_CONTROLLED = (
    'All this has led the Galway writer Ines Dunne to fear a "harbour grab."',
    """
    All     1 predet DET
    this    3 nsubj PRON
    has     3 aux AUX have
    led     3 ROOT VERB lead
    the     6 det DET
    Galway  6 compound PROPN - ORG
    writer  3 dobj NOUN
    Ines    8 compound PROPN - PERSON
    Dunne   6 appos PROPN - PERSON
    to      10 aux PART
    fear    3 xcomp VERB
    a       14 det DET
    "       14 punct PUNCT
    harbour 14 compound NOUN
    grab    10 dobj NOUN
    .       3 punct PUNCT
    "       3 punct PUNCT
    """,
)

# under a cue (`telling`) whose speaker the parse does not give: the one told is no speaker,
# the sentence's subject is
UNDER_A_CUE = (
    'Since taking office, Reyes has shown open hostility to the port, using a curse to describe the board and telling the council not to treat the harbour "like a car park."',
    """
    Since     6 prep SCONJ
    taking    0 pcomp VERB take
    office    1 dobj NOUN
    ,         6 punct PUNCT
    Reyes     6 nsubj NOUN - ORG
    has       6 aux AUX have
    shown     6 ROOT VERB show
    open      8 amod ADJ
    hostility 6 dobj NOUN
    to        6 dative ADP
    the       11 det DET
    port      9 pobj NOUN
    ,         6 punct PUNCT
    using     6 advcl VERB use
    a         15 det DET
    curse     13 dobj NOUN
    to        17 aux PART
    describe  13 xcomp VERB
    the       19 det DET
    board     17 dobj NOUN
    and       17 cc CCONJ
    telling   17 conj VERB tell
    the       23 det DET
    council   21 dobj NOUN
    not       26 neg PART
    to        26 aux PART
    treat     21 xcomp VERB
    the       28 det DET
    harbour   26 dobj NOUN
    "         26 punct PUNCT
    like      26 prep ADP
    a         33 det DET
    car       33 compound NOUN
    park      30 pobj NOUN
    .         6 punct PUNCT
    "         6 punct PUNCT
    """,
)


@pytest.mark.parametrize(
    "example, speaker",
    [(VERB_ABOVE, "Varga"), (VERB_ABOVE_CONTROLLED, "Ines Dunne"), (UNDER_A_CUE, "Reyes")],
    ids=["verb-above", "object-control", "under-a-cue"],
)
def test_the_subject_of_the_verb_above(example, speaker) -> None:
    assert attributions(*example) == [("subject", None, speaker)]


def test_a_noun_of_saying_a_copula_equates_with_the_quotation() -> None:
    text = 'But Dunne\'s main claim is that the harbour board is a "closed shop."'
    table = """
    But     5 cc CCONJ
    Dunne   4 poss PROPN - PERSON
    's      1 case PART
    main    4 amod ADJ
    claim   5 nsubj NOUN
    is      5 ROOT AUX be
    that    10 mark SCONJ
    the     9 det DET
    harbour 9 compound PROPN
    board   10 nsubj NOUN
    is      5 ccomp AUX be
    a       14 det DET
    "       14 punct PUNCT
    closed  14 amod ADJ
    shop    10 attr NOUN
    .       5 punct PUNCT
    "       5 punct PUNCT
    """
    assert attributions(text, table) == [("subject", None, "Dunne")]


# a quotation opening a sentence of its own after the cue's: the previous sentence's main cue,
# not the one in a clause that modifies it
MAIN_CUE_BEFORE_AN_ADVERBIAL_ONE = (
    '"We will win," Reyes said at his party in Galway, an hour after the board declared him the winner. "You will be happy."',
    """
    "        7 punct PUNCT
    We       3 nsubj PRON
    will     3 aux AUX
    win      7 ccomp VERB
    ,        7 punct PUNCT
    "        7 punct PUNCT
    Reyes    7 nsubj NOUN - ORG
    said     7 ROOT VERB say
    at       7 prep ADP
    his      10 poss PRON
    party    8 pobj NOUN
    in       10 prep ADP
    Galway   11 pobj PROPN - GPE
    ,        12 punct PUNCT
    an       15 det DET - TIME
    hour     19 npadvmod NOUN - TIME
    after    19 mark SCONJ
    the      18 det DET
    board    19 nsubj NOUN
    declared 7 advcl VERB declare
    him      22 nsubj PRON he
    the      22 det DET
    winner   19 ccomp NOUN
    .        7 punct PUNCT
    "        27 punct PUNCT
    You      27 nsubj PRON
    will     27 aux AUX
    be       27 ROOT AUX
    happy    27 acomp ADJ
    .        27 punct PUNCT
    "        27 punct PUNCT
    """,
)

MAIN_CUE_BEFORE_A_RELATIVE_ONE = (
    '"The rules are unfair," Ash wrote in the email, which was first reported by the Courier. "Reopen the vote."',
    """
    "        8 punct PUNCT
    The      2 det DET
    rules    3 nsubj NOUN rule
    are      8 ccomp AUX be
    unfair   3 acomp ADJ
    ,        8 punct PUNCT
    "        8 punct PUNCT
    Ash      8 nsubj PROPN
    wrote    8 ROOT VERB write
    in       8 prep ADP
    the      11 det DET
    email    9 pobj NOUN
    ,        11 punct PUNCT
    which    16 nsubjpass PRON
    was      16 auxpass AUX be
    first    16 advmod ADV - ORDINAL
    reported 11 relcl VERB report
    by       16 agent ADP
    the      19 det DET
    Courier  17 pobj PROPN - PRODUCT
    .        8 punct PUNCT
    "        22 punct PUNCT
    Reopen   22 ROOT VERB
    the      24 det DET
    vote     22 dobj NOUN
    .        22 punct PUNCT
    "        22 punct PUNCT
    """,
)


@pytest.mark.parametrize(
    "example, cue, speaker",
    [(MAIN_CUE_BEFORE_AN_ADVERBIAL_ONE, "said", "Reyes"), (MAIN_CUE_BEFORE_A_RELATIVE_ONE, "wrote", "Ash")],
    ids=["adverbial-clause", "relative-clause"],
)
def test_the_previous_sentence_s_main_cue(example, cue, speaker) -> None:
    assert attributions(*example)[1] == ("before", cue, speaker)


def test_a_scream_is_saying() -> None:
    text = '"The council!" the crowd screamed back.'
    table = """
    "        2 punct PUNCT
    The      2 det DET
    council  2 ROOT NOUN
    !        2 punct PUNCT
    "        2 punct PUNCT
    the      6 det DET
    crowd    7 nsubj NOUN
    screamed 7 ROOT VERB scream
    back     7 advmod ADV
    .        7 punct PUNCT
    """
    assert attributions(text, table) == [("after", "screamed", "the crowd")]


def test_a_quotation_the_parse_split_in_sentences() -> None:
    # the first sentence of the quoted words hangs on the cue before them; the next cue after
    # them (`writes`) is another's
    text = (
        'Reyes answers Dunne with, "Why now? That was on my way to Galway?" Dunne then writes back, "You look tired."'
    )
    table = """
    Reyes   1 nsubj NOUN - ORG
    answers 1 ROOT VERB answer
    Dunne   1 dobj PROPN - PERSON
    with    1 prep ADP
    ,       3 punct PUNCT
    "       3 punct PUNCT
    Why     7 advmod SCONJ
    now     1 advmod ADV
    ?       1 punct PUNCT
    That    10 nsubj PRON
    was     10 ROOT AUX be
    on      10 prep ADP
    my      13 poss PRON
    way     11 pobj NOUN
    to      13 prep ADP
    Galway  14 pobj PROPN - GPE
    ?       10 punct PUNCT
    "       10 punct PUNCT
    Dunne   20 nsubj PROPN - PERSON
    then    20 advmod ADV
    writes  20 ROOT VERB write
    back    20 advmod ADV
    ,       20 punct PUNCT
    "       25 punct PUNCT
    You     25 nsubj PRON
    look    20 conj VERB
    tired   25 acomp ADJ
    .       20 punct PUNCT
    "       20 punct PUNCT
    """
    assert attributions(text, table) == [("before", "answers", "Reyes"), ("before", "writes", "Dunne")]


def test_voicing_is_saying() -> None:
    # the quotation is what `voiced` holds, not what the coordinated `called` after it does
    text = 'She voiced a wish for a "calm, fair and open vote," and she called Reyes "a friend."'
    table = """
    She    1 nsubj PRON
    voiced 1 ROOT VERB voice
    a      3 det DET
    wish   1 dobj NOUN
    for    1 prep ADP
    a      12 det DET
    "      12 punct PUNCT
    calm   12 amod ADJ
    ,      7 punct PUNCT
    fair   7 conj ADJ
    and    9 cc CCONJ
    open   9 conj ADJ
    vote   4 pobj NOUN
    ,      1 punct PUNCT
    "      1 punct PUNCT
    and    1 cc CCONJ
    she    17 nsubj PRON
    called 1 conj VERB call
    Reyes  17 dobj PROPN - ORG
    "      21 punct PUNCT
    a      21 det DET
    friend 17 oprd NOUN
    .      17 punct PUNCT
    "      17 punct PUNCT
    """
    assert attributions(text, table) == [("before", "voiced", "She"), ("before", "called", "she")]


def test_a_name_whose_relative_clause_ends_before_the_cue() -> None:
    # no comma closes the phrase set off after the name, and the parse hung the cue on it: the
    # name speaks, not the object of the relative clause right before the cue
    text = '"We need a plan for the harbour and the ferry," Ada Brill, the pollster who founded brill538.com tweeted on Monday.'
    table = """
    "            2 punct PUNCT
    We           2 nsubj PRON
    need         2 ROOT VERB
    a            4 det DET
    plan         2 dobj NOUN
    for          4 prep ADP
    the          7 det DET
    harbour      5 pobj NOUN
    and          7 cc CCONJ
    the          10 det DET
    ferry        7 conj NOUN
    ,            2 punct PUNCT
    "            14 punct PUNCT
    Ada          14 compound PROPN - PERSON
    Brill        2 npadvmod PROPN - PERSON
    ,            14 punct PUNCT
    the          17 det DET
    pollster     14 appos NOUN
    who          19 nsubj PRON
    founded      17 relcl VERB found
    brill538.com 19 dobj PROPN
    tweeted      17 acl VERB tweet
    on           21 prep ADP
    Monday       22 pobj PROPN - DATE
    .            2 punct PUNCT
    """
    assert attributions(text, table) == [("after", "tweeted", "Ada Brill")]


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


def test_a_participle_on_a_verb_the_reported_clause_controls() -> None:
    # `, calling` hung on `spare`, which `asked` controls: the one who reports it (Brill) calls it
    # so, not the one asked (the board)
    text = 'Mayor Ada Brill says Galway has asked the board to spare the old ferry that serves the islands, calling its end "a folly."'
    table = """
    Mayor   2 compound PROPN
    Ada     2 compound PROPN - PERSON
    Brill   3 nsubj PROPN - PERSON
    says    3 ROOT VERB say
    Galway  6 nsubj PROPN - ORG
    has     6 aux AUX have
    asked   3 ccomp VERB ask
    the     8 det DET
    board   6 dobj NOUN
    to      10 aux PART
    spare   6 xcomp VERB
    the     13 det DET
    old     13 amod ADJ
    ferry   10 dobj NOUN
    that    15 nsubj PRON
    serves  13 relcl VERB serve
    the     17 det DET
    islands 15 dobj NOUN island
    ,       10 punct PUNCT
    calling 10 advcl VERB call
    its     21 poss PRON
    end     19 dobj NOUN
    "       24 punct PUNCT
    a       24 det DET
    folly   19 oprd NOUN
    .       3 punct PUNCT
    "       3 punct PUNCT
    """
    parsed_doc = parsed(text, table)
    parsed_doc[19].tag_ = "VBG"
    a = Attributor(parsed_doc, find_quoted_spans(text)).attribute(0)
    assert (a.where, a.cue.text, a.mention.text) == ("before", "calling", "Ada Brill")


def test_an_apposition_no_comma_closes_before_the_cue() -> None:
    # the parse made `a close aide` the apposition of the name; no comma closes it before `said`:
    # the aide speaks, of Varga
    text = 'Varga, a close aide said, "is sure of the vote" and will not back down.'
    table = """
    Varga 5 nsubj PROPN - ORG
    ,     0 punct PUNCT
    a     4 det DET
    close 4 amod ADJ
    aide  0 appos NOUN
    said  8 parataxis VERB say
    ,     5 punct PUNCT
    "     8 punct PUNCT
    is    8 ROOT AUX be
    sure  8 acomp ADJ
    of    9 prep ADP
    the   12 det DET
    vote  10 pobj NOUN
    "     8 punct PUNCT
    and   8 cc CCONJ
    will  17 aux AUX
    not   17 neg PART
    back  8 conj VERB
    down  17 prt ADV
    .     8 punct PUNCT
    """
    assert attributions(text, table) == [("before", "said", "a close aide")]


def test_no_cue_in_a_clause_a_conjunction_subordinates() -> None:
    # after words of the writer's own sentence, `while Dunne said` is another report, not the
    # quotation's cue; `according to` is
    text = (
        'Galway raised the fares by a "modest" amount, while Dunne said the crews were tired, according to the report.'
    )
    table = """
    Galway    1 nsubj PROPN - ORG
    raised    1 ROOT VERB raise
    the       3 det DET
    fares     1 dobj NOUN fare
    by        1 prep ADP
    a         9 det DET
    "         9 punct PUNCT
    modest    9 amod ADJ
    "         9 punct PUNCT
    amount    4 pobj NOUN
    ,         1 punct PUNCT
    while     13 mark SCONJ
    Dunne     13 nsubj PROPN - PERSON
    said      1 advcl VERB say
    the       15 det DET
    crews     16 nsubj NOUN crew
    were      13 ccomp AUX be
    tired     16 acomp ADJ
    ,         1 punct PUNCT
    according 1 prep VERB accord
    to        19 prep ADP
    the       22 det DET
    report    20 pobj NOUN
    .         1 punct PUNCT
    """
    assert attributions(text, table) == [("after", "according", "the report")]
