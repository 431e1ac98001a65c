"""Resolution by name (issue 10, point 3) on hand-built Docs, no model loaded: `it` for the
organisation that spoke, `she` for the woman the article shows rather than the man named
just before, a quotation with no cue for the person the paragraph before reports, a surname
spelt one letter apart for the same person."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from ingest.cast import Cast, _governing_subject, _one_letter_apart
from ingest.marks import find_quoted_spans
from ingest.mentions import joins_name, split_name
from ingest.pipeline import analyse
from test_steps import VOCAB, parsed


def credits(text: str, table: str) -> list[tuple[str, str | None, str | None]]:
    return [(q.quote, q.speaker, q.method) for q in analyse(text, find_quoted_spans(text), parsed(text, table))]


def test_it_is_the_organisation_that_spoke():
    text = 'Northpoint Power said crews were out. "Lines are down," it said.'
    table = """
    Northpoint 1 compound PROPN - ORG
    Power      2 nsubj PROPN - ORG
    said       2 ROOT VERB say
    crews      4 nsubj NOUN
    were       2 ccomp AUX be
    out        4 advmod ADV
    .          2 punct PUNCT
    "          14 punct PUNCT
    Lines      9 nsubj NOUN
    are        14 ccomp AUX be
    down       9 advmod ADV
    ,          14 punct PUNCT
    "          14 punct PUNCT
    it         14 nsubj PRON
    said       14 ROOT VERB say
    .          14 punct PUNCT
    """
    assert credits(text, table) == [("Lines are down,", "Northpoint Power", "pronoun")]


def test_she_is_the_woman_the_article_shows_not_the_man_named_just_before():
    # `her crew` ties Okafor to she; nothing in the article gives Brell's gender
    text = 'Ines Okafor said her crew was ready. Tomas Brell agreed. "We sail at six," she said.'
    table = """
    Ines    1 compound PROPN - PERSON
    Okafor  2 nsubj PROPN - PERSON
    said    2 ROOT VERB say
    her     4 poss PRON
    crew    5 nsubj NOUN
    was     2 ccomp AUX be
    ready   5 acomp ADJ
    .       2 punct PUNCT
    Tomas   9 compound PROPN - PERSON
    Brell   10 nsubj PROPN - PERSON
    agreed  10 ROOT VERB agree
    .       10 punct PUNCT
    "       20 punct PUNCT
    We      14 nsubj PRON
    sail    20 ccomp VERB
    at      14 prep ADP
    six     15 pobj NUM
    ,       20 punct PUNCT
    "       20 punct PUNCT
    she     20 nsubj PRON
    said    20 ROOT VERB say
    .       20 punct PUNCT
    """
    assert credits(text, table) == [("We sail at six,", "Ines Okafor", "pronoun")]


def test_a_quotation_without_a_cue_continues_the_person_reported_before_it():
    text = 'Okafor says the rota was built for that.\n"We call the reserve."'
    table = """
    Okafor   1 nsubj PROPN - PERSON
    says     1 ROOT VERB say
    the      3 det DET
    rota     5 nsubjpass NOUN
    was      5 auxpass AUX
    built    1 ccomp VERB build
    for      5 prep ADP
    that     6 pobj PRON
    .        1 punct PUNCT
    \\n      8 dep SPACE
    "        12 punct PUNCT
    We       12 nsubj PRON
    call     12 ROOT VERB
    the      14 det DET
    reserve  12 dobj NOUN
    .        12 punct PUNCT
    "        12 punct PUNCT
    """
    assert credits(text, table) == [("We call the reserve.", "Okafor", "continuation")]


_STATEMENT = """
    Okafor     {o} nsubj PROPN - PERSON
    issued     {o} ROOT VERB issue
    a          {s} det DET
    statement  {o} dobj NOUN
    .          {o} punct PUNCT
    "          {c} punct PUNCT
    We         {c} nsubj PRON
    call       {c} ROOT VERB call
    the        {r} det DET
    reserve    {c} dobj NOUN
    today      {c} npadvmod NOUN
    .          {c} punct PUNCT
    "          {c} punct PUNCT
    """


def _statement(at: int) -> str:
    return _STATEMENT.format(o=at + 1, s=at + 3, c=at + 7, r=at + 9)


# `"We wait," Brell said.` parsed, tokens 0-7
_BRELL_SAID = """
    "      6 punct PUNCT
    We     2 nsubj PRON
    wait   6 ccomp VERB wait
    ,      6 punct PUNCT
    "      6 punct PUNCT
    Brell  6 nsubj PROPN - PERSON
    said   6 ROOT VERB say
    .      6 punct PUNCT
    """


def test_a_whole_sentence_quoted_after_the_writers_own_is_the_subjects():
    text = 'Okafor issued a statement. "We call the reserve today."'
    assert credits(text, _statement(0)) == [("We call the reserve today.", "Okafor", "continuation")]


def test_a_whole_sentence_quoted_after_the_writer_turns_to_someone_else():
    # the same paragraph quoted Brell; the writer's sentence since is about the mayor
    text = '"We wait," Brell said. The mayor, Ines Okafor, disagreed. "We call the reserve today."'
    table = (
        _BRELL_SAID
        + """
    The        9 det DET
    mayor      14 nsubj NOUN
    ,          9 punct PUNCT
    Ines       12 compound PROPN - PERSON
    Okafor     9 appos PROPN - PERSON
    ,          9 punct PUNCT
    disagreed  14 ROOT VERB disagree
    .          14 punct PUNCT
    "          18 punct PUNCT
    We         18 nsubj PRON
    call       18 ROOT VERB call
    the        20 det DET
    reserve    18 dobj NOUN
    today      18 npadvmod NOUN
    .          18 punct PUNCT
    "          18 punct PUNCT
    """
    )
    assert credits(text, table) == [
        ("We wait,", "Brell", "name"),
        ("We call the reserve today.", "Ines Okafor", "continuation"),
    ]


def test_a_whole_sentence_quoted_mid_paragraph_is_nobodys():
    # the writer goes on after it: no sign the quotation is the statement's
    text = 'Okafor issued a statement. "We call the reserve today." The council disagreed.'
    table = (
        _statement(0)
        + """
    The        14 det DET
    council    15 nsubj NOUN
    disagreed  15 ROOT VERB disagree
    .          15 punct PUNCT
    """
    )
    assert credits(text, table) == [("We call the reserve today.", None, None)]


def test_a_whole_sentence_quoted_after_a_passive_is_nobodys():
    # the subject of `was killed` said nothing: the family's words, whose we cannot tell
    text = 'Varga was killed in the crash. "She lit up every room she entered."'
    table = """
    Varga    2 nsubjpass PROPN - PERSON
    was      2 auxpass AUX be
    killed   2 ROOT VERB kill
    in       2 prep ADP
    the      5 det DET
    crash    3 pobj NOUN
    .        2 punct PUNCT
    "        9 punct PUNCT
    She      9 nsubj PRON
    lit      9 ROOT VERB light
    up       9 prt ADP
    every    12 det DET
    room     9 dobj NOUN
    she      14 nsubj PRON
    entered  12 relcl VERB enter
    .        9 punct PUNCT
    "        9 punct PUNCT
    """
    assert credits(text, table) == [("She lit up every room she entered.", None, None)]


def test_the_writers_sentence_between_keeps_it_from_the_quoted_speaker_before():
    # the paragraph before quotes Brell; the writer's sentence turns to Okafor
    text = '"We wait," Brell said.\nOkafor issued a statement. "We call the reserve today."'
    table = (
        _BRELL_SAID
        + """
    \\n    7 dep SPACE
    """
        + _statement(9)
    )
    assert credits(text, table) == [
        ("We wait,", "Brell", "name"),
        ("We call the reserve today.", "Okafor", "continuation"),
    ]


def test_a_double_barrelled_name_the_model_tags_as_an_organisation_is_a_person():
    # the tokenizer splits the hyphen and the small model tags such names ORG; the later
    # surname alone, and `she`, are hers, not an organisation's nor a name cut at the hyphen
    text = 'Temitope Adewale-Rourke leads the clinic. Adewale-Rourke trained in Leeds. "We write letters," she said.'
    table = """
    Temitope  3 compound PROPN - ORG
    Adewale   3 compound PROPN - ORG
    -         3 punct PUNCT - ORG
    Rourke    4 nsubj PROPN - ORG
    leads     4 ROOT VERB lead
    the       6 det DET
    clinic    4 dobj NOUN
    .         4 punct PUNCT
    Adewale   10 compound PROPN - ORG
    -         10 punct PUNCT - ORG
    Rourke    11 nsubj PROPN - ORG
    trained   11 ROOT VERB train
    in        11 prep ADP
    Leeds     12 pobj PROPN - GPE
    .         11 punct PUNCT
    "         22 punct PUNCT
    We        17 nsubj PRON
    write     22 ccomp VERB write
    letters   17 dobj NOUN
    ,         22 punct PUNCT
    "         22 punct PUNCT
    she       22 nsubj PRON
    said      22 ROOT VERB say
    .         22 punct PUNCT
    """
    assert credits(text, table) == [("We write letters,", "Temitope Adewale-Rourke", "pronoun")]


@pytest.mark.parametrize(
    "words, spaces, joins",
    [
        (["Adewale", "-", "Rourke"], [False, False, False], True),
        (["Jean", "-", "Pierre"], [False, False, False], True),
        (["well", "-", "known"], [False, False, False], False),  # no name's capitals
        (["anti", "-", "Rourke"], [False, False, False], False),
        (["Adewale", "-", "Rourke"], [True, True, False], False),  # a dash between words
    ],
)
def test_the_hyphen_of_a_double_barrelled_name(words, spaces, joins):
    doc = Doc(VOCAB, words=words, spaces=spaces)
    assert joins_name(doc[1]) is joins


def test_a_double_barrelled_surname_alone_is_the_person_who_bears_all_of_it():
    # `Finn` alone would be ambiguous (mother and son); `Kiplagat-Finn` is hers
    text = (
        "Rosa Kiplagat-Finn keeps bees. Elliot Finn helps. Ana Ruiz said she was grateful.\n"
        'Kiplagat-Finn lifts a lid. "Look," she says.'
    )
    table = """
    Rosa      3 compound PROPN - PERSON
    Kiplagat  3 compound PROPN - PERSON
    -         3 punct PUNCT - PERSON
    Finn      4 nsubj PROPN - PERSON
    keeps     4 ROOT VERB keep
    bees      4 dobj NOUN
    .         4 punct PUNCT
    Elliot    8 compound PROPN - PERSON
    Finn      9 nsubj PROPN - PERSON
    helps     9 ROOT VERB help
    .         9 punct PUNCT
    Ana       12 compound PROPN - PERSON
    Ruiz      13 nsubj PROPN - PERSON
    said      13 ROOT VERB say
    she       15 nsubj PRON
    was       13 ccomp AUX be
    grateful  15 acomp ADJ
    .         13 punct PUNCT
    \\n       17 dep SPACE
    Kiplagat  21 compound PROPN - ORG
    -         21 punct PUNCT - ORG
    Finn      22 nsubj PROPN - ORG
    lifts     22 ROOT VERB lift
    a         24 det DET
    lid       22 dobj NOUN
    .         22 punct PUNCT
    "         31 punct PUNCT
    Look      31 ccomp VERB look
    ,         31 punct PUNCT
    "         31 punct PUNCT
    she       31 nsubj PRON
    says      31 ROOT VERB say
    .         31 punct PUNCT
    """
    assert credits(text, table) == [("Look,", "Rosa Kiplagat-Finn", "pronoun")]


def test_a_name_in_apposition_after_a_role_gives_that_role():
    # `the minister` later is the one named beside it, not the person named last
    text = '"Fares rise in May," said the minister, Cassius Whitlam-Nair. Tom Bell objected. "We have no choice," the minister said.'
    table = """
    "         7 punct PUNCT
    Fares     2 nsubj NOUN
    rise      7 ccomp VERB rise
    in        2 prep ADP
    May       3 pobj PROPN - DATE
    ,         7 punct PUNCT
    "         7 punct PUNCT
    said      7 ROOT VERB say
    the       9 det DET
    minister  7 nsubj NOUN
    ,         9 punct PUNCT
    Cassius   14 compound PROPN - PERSON
    Whitlam   14 compound PROPN - PERSON
    -         14 punct PUNCT - PERSON
    Nair      9 appos PROPN - PERSON
    .         7 punct PUNCT
    Tom       17 compound PROPN - PERSON
    Bell      18 nsubj PROPN - PERSON
    objected  18 ROOT VERB object
    .         18 punct PUNCT
    "         29 punct PUNCT
    We        22 nsubj PRON
    have      29 ccomp VERB have
    no        24 det DET
    choice    22 dobj NOUN
    ,         29 punct PUNCT
    "         29 punct PUNCT
    the       28 det DET
    minister  29 nsubj NOUN
    said      29 ROOT VERB say
    .         29 punct PUNCT
    """
    assert [(q, speaker) for q, speaker, _ in credits(text, table)] == [
        ("Fares rise in May,", "Cassius Whitlam-Nair"),
        ("We have no choice,", "Cassius Whitlam-Nair"),
    ]


def test_a_title_before_a_hyphen_is_no_part_of_the_name():
    words = ["Mayor", "-", "Elect", "Ines", "Varga"]
    doc = Doc(VOCAB, words=words, spaces=[False, False, True, True, False], pos=["PROPN", "PUNCT"] + ["PROPN"] * 3)
    role, name = split_name(list(doc))
    assert [t.text for t in role] == ["Mayor", "-"] and [t.text for t in name] == ["Elect", "Ines", "Varga"]


def test_one_letter_apart():
    assert _one_letter_apart("lindqvist", "lindquist")  # a letter changed
    assert _one_letter_apart("mccallum", "mcallum")  # a letter dropped
    assert not _one_letter_apart("lindqvist", "lindqvist")  # the same name is no variant
    assert not _one_letter_apart("hale", "vale")  # another first letter: another name
    assert not _one_letter_apart("reyes", "royes" + "s")  # two letters apart


def test_an_organisation_after_a_title_word_is_still_an_organisation():
    # `U.S.` is a title before a person's name; before `State Department` it names no person
    text = 'The U.S. State Department called for calm. "We are watching," the agency said.'
    table = """
    The         3 det DET
    U.S.        3 compound PROPN - GPE
    State       3 compound PROPN - ORG
    Department  4 nsubj PROPN - ORG
    called      4 ROOT VERB call
    for         4 prep ADP
    calm        5 pobj NOUN
    .           4 punct PUNCT
    "           16 punct PUNCT
    We          10 nsubj PRON
    are         10 aux AUX
    watching    16 ccomp VERB watch
    ,           16 punct PUNCT
    "           16 punct PUNCT
    the         15 det DET
    agency      16 nsubj NOUN
    said        16 ROOT VERB say
    .           16 punct PUNCT
    """
    assert credits(text, table) == [("We are watching,", "State Department", "description")]


def test_it_points_back_to_an_organisation_the_article_only_describes():
    # a possessive makes the description definite; `it` is that office, stored as described
    text = 'The foreign ministry\'s consular office published a notice. "Stay alert," it said.'
    table = """
    The        2 det DET
    foreign    2 amod ADJ
    ministry   5 poss NOUN
    's         2 case PART
    consular   5 amod ADJ
    office     6 nsubj NOUN
    published  6 ROOT VERB publish
    a          8 det DET
    notice     6 dobj NOUN
    .          6 punct PUNCT
    "          16 punct PUNCT
    Stay       16 ccomp VERB stay
    alert      11 acomp ADJ
    ,          16 punct PUNCT
    "          16 punct PUNCT
    it         16 nsubj PRON
    said       16 ROOT VERB say
    .          16 punct PUNCT
    """
    assert credits(text, table) == [("Stay alert,", "The foreign ministry's consular office", "pronoun")]


def test_a_description_whose_role_names_a_place_is_someone_new():
    # `the Lakeshore County judge` fits no one named: not Vera Holt, the subject just before
    text = 'Vera Holt struck a clerk. "There is no prospect of change," the Lakeshore County judge said.'
    table = """
    Vera       1 compound PROPN - PERSON
    Holt       2 nsubj PROPN - PERSON
    struck     2 ROOT VERB strike
    a          4 det DET
    clerk      2 dobj NOUN
    .          2 punct PUNCT
    "          19 punct PUNCT
    There      8 expl PRON
    is         19 ccomp AUX be
    no         10 det DET
    prospect   8 attr NOUN
    of         10 prep ADP
    change     11 pobj NOUN
    ,          19 punct PUNCT
    "          19 punct PUNCT
    the        18 det DET
    Lakeshore  17 compound PROPN - GPE
    County     18 compound PROPN - GPE
    judge      19 nsubj NOUN
    said       19 ROOT VERB say
    .          19 punct PUNCT
    """
    assert credits(text, table) == [("There is no prospect of change,", "the Lakeshore County judge", "description")]


def test_a_document_speaks_for_the_organisation_its_modifiers_name():
    # `the licensing board decision` is the Harbour Licensing Board's, not the union named since
    text = (
        'The Harbour Licensing Board heard the appeal. The Ferry Union objected. "The permit stands,"'
        " the licensing board decision said."
    )
    table = """
    The        3 det DET
    Harbour    3 compound PROPN - ORG
    Licensing  3 compound PROPN - ORG
    Board      4 nsubj PROPN - ORG
    heard      4 ROOT VERB hear
    the        6 det DET
    appeal     4 dobj NOUN
    .          4 punct PUNCT
    The        10 det DET
    Ferry      10 compound PROPN - ORG
    Union      11 nsubj PROPN - ORG
    objected   11 ROOT VERB object
    .          11 punct PUNCT
    "          23 punct PUNCT
    The        15 det DET
    permit     16 nsubj NOUN
    stands     23 ccomp VERB stand
    ,          23 punct PUNCT
    "          23 punct PUNCT
    the        22 det DET
    licensing  21 compound NOUN
    board      22 compound NOUN
    decision   23 nsubj NOUN
    said       23 ROOT VERB say
    .          23 punct PUNCT
    """
    assert credits(text, table) == [("The permit stands,", "Harbour Licensing Board", "description")]


def test_a_quotation_without_a_cue_continues_the_main_subject_not_the_one_reported():
    # the campaign is the subject of what Holt says, not of the sentence
    text = 'Vera Holt answered, saying the Lakeshore campaign was wrong.\n"We never lied."'
    table = """
    Vera       1 compound PROPN - PERSON
    Holt       2 nsubj PROPN - PERSON
    answered   2 ROOT VERB answer
    ,          2 punct PUNCT
    saying     2 advcl VERB say
    the        7 det DET
    Lakeshore  7 compound PROPN - GPE
    campaign   8 nsubj NOUN
    was        4 ccomp AUX be
    wrong      8 acomp ADJ
    .          2 punct PUNCT
    \\n        10 dep SPACE
    "          15 punct PUNCT
    We         15 nsubj PRON
    never      15 neg ADV
    lied       15 ROOT VERB lie
    .          15 punct PUNCT
    "          15 punct PUNCT
    """
    assert credits(text, table) == [("We never lied.", "Vera Holt", "continuation")]


def test_an_organisation_unit_is_named_by_the_proper_noun_before_its_head():
    text = 'The Nightjar research unit said the flaw was old. "We warned them," the security firm wrote.'
    table = """
    The       3 det DET
    Nightjar  3 compound PROPN
    research  3 compound NOUN
    unit      4 nsubj NOUN
    said      4 ROOT VERB say
    the       6 det DET
    flaw      7 nsubj NOUN
    was       4 ccomp AUX be
    old       7 acomp ADJ
    .         4 punct PUNCT
    "         19 punct PUNCT
    We        12 nsubj PRON
    warned    19 ccomp VERB warn
    them      12 dobj PRON
    ,         19 punct PUNCT
    "         19 punct PUNCT
    the       18 det DET
    security  18 compound NOUN
    firm      19 nsubj NOUN
    wrote     19 ROOT VERB write
    .         19 punct PUNCT
    """
    assert credits(text, table) == [("We warned them,", "Nightjar", "description")]


def test_the_team_is_the_team_the_text_named_last_also_where_the_parse_did_not():
    # `The Otters' captain` names the Otters after the Hawks; a plural name is a team's, not a person's
    text = 'The Lakeside Otters lost to the Harbour Hawks on Sunday. The Otters\' captain was hurt.\n"We are back," the team posted.'
    table = """
    The       2 det DET
    Lakeside  2 compound PROPN - ORG
    Otters    3 nsubj PROPN - ORG
    lost      3 ROOT VERB lose
    to        3 prep ADP
    the       7 det DET
    Harbour   7 compound PROPN - ORG
    Hawks     4 pobj PROPN - ORG
    on        3 prep ADP
    Sunday    8 pobj PROPN - DATE
    .         3 punct PUNCT
    The       12 det DET
    Otters    14 poss PROPN
    '         12 case PART
    captain   16 nsubjpass NOUN
    was       16 auxpass AUX
    hurt      16 ROOT VERB hurt
    .         16 punct PUNCT
    \\n       17 dep SPACE
    "         27 punct PUNCT
    We        21 nsubj PRON
    are       27 ccomp AUX be
    back      21 advmod ADV
    ,         27 punct PUNCT
    "         27 punct PUNCT
    the       26 det DET
    team      27 nsubj NOUN
    posted    27 ROOT VERB post
    .         27 punct PUNCT
    """
    doc = parsed(text, table)
    for k in (2, 7, 12):
        doc[k].tag_ = "NNPS"
    quotes = analyse(text, find_quoted_spans(text), doc)
    assert [(q.quote, q.speaker, q.speaker_kind) for q in quotes] == [
        ("We are back,", "Lakeside Otters", "organisation")
    ]


def _cast(text: str, table: str) -> Cast:
    return Cast(parsed(text, table), [])


def test_a_name_beside_a_gendered_noun_takes_its_gender_and_its_role_in_the_clause():
    # `the boy, Tobin Reyes,` is the subject of `was gone`, and a boy is a he
    text = "Vera Holt said the boy, Tobin Reyes, was gone."
    table = """
    Vera   1 compound PROPN - PERSON
    Holt   2 nsubj PROPN - PERSON
    said   2 ROOT VERB say
    the    4 det DET
    boy    9 nsubj NOUN
    ,      4 punct PUNCT
    Tobin  7 compound PROPN - PERSON
    Reyes  4 appos PROPN - PERSON
    ,      4 punct PUNCT
    was    2 ccomp AUX be
    gone   9 acomp ADJ
    .      2 punct PUNCT
    """
    (reyes,) = _cast(text, table).people["reyes"]
    assert reyes.gender == "m"
    assert (text.index("Tobin"), True) in reyes.positions


def test_a_pronoun_votes_for_the_subject_of_the_nearest_clause_above_it_only():
    # `he` is the driver's (the subject of `leave`), so it tells nothing of Vera Holt
    text = "Vera Holt saw the driver leave, saying he meant no harm."
    table = """
    Vera    1 compound PROPN - PERSON
    Holt    2 nsubj PROPN - PERSON
    saw     2 ROOT VERB see
    the     4 det DET
    driver  5 nsubj NOUN
    leave   2 ccomp VERB leave
    ,       5 punct PUNCT
    saying  5 advcl VERB say
    he      9 nsubj PRON
    meant   7 ccomp VERB mean
    no      11 det DET
    harm    9 dobj NOUN
    .       2 punct PUNCT
    """
    doc = parsed(text, table)
    named = {1: "Vera Holt"}  # token index -> the person it names
    assert _governing_subject(doc[8], named) is None  # he: the nearest subject above is the driver
    assert _governing_subject(doc[4], named) == "Vera Holt"  # the driver: Holt saw the driver leave


def test_a_name_that_signs_a_line_is_no_antecedent_of_a_pronoun():
    # an embedded post's signature, or a dash credit, names who wrote the words before it
    text = "Vera Holt spoke.\nWe sail at six. — Tobin Reyes (@treyes) May 2, 2026\nIt is late — Holt says it."
    table = """
    Vera     1 compound PROPN - PERSON
    Holt     2 nsubj PROPN - PERSON
    spoke    2 ROOT VERB speak
    .        2 punct PUNCT
    \\n      3 dep SPACE
    We       6 nsubj PRON
    sail     6 ROOT VERB
    at       6 prep ADP
    six      7 pobj NUM
    .        6 punct PUNCT
    —        6 punct PUNCT
    Tobin    12 compound PROPN - PERSON
    Reyes    6 npadvmod PROPN - PERSON
    (        12 punct PUNCT
    @treyes  12 appos PROPN
    )        12 punct PUNCT
    May      12 npadvmod PROPN - DATE
    2        16 nummod NUM - DATE
    ,        16 punct PUNCT
    2026     16 nummod NUM - DATE
    \\n      19 dep SPACE
    It       22 nsubj PRON
    is       22 ROOT AUX be
    late     22 acomp ADJ
    —        22 punct PUNCT
    Holt     26 nsubj PROPN - PERSON
    says     22 parataxis VERB say
    it       26 dobj PRON
    .        22 punct PUNCT
    """
    cast = _cast(text, table)
    assert cast._in_credit(text.index("Tobin"))
    assert not cast._in_credit(text.index("Holt says"))  # a clause goes on after the dash
    assert not cast._in_credit(0)


def test_they_is_the_people_a_subject_named_together():
    text = 'Mia Tran and Joe Bell opened the bakery in May. "We bake at four," they said.'
    table = """
    Mia     1 compound PROPN - PERSON
    Tran    5 nsubj PROPN - PERSON
    and     1 cc CCONJ
    Joe     4 compound PROPN - PERSON
    Bell    1 conj PROPN - PERSON
    opened  5 ROOT VERB open
    the     7 det DET
    bakery  5 dobj NOUN
    in      5 prep ADP
    May     8 pobj PROPN - DATE
    .       5 punct PUNCT
    "       19 punct PUNCT
    We      13 nsubj PRON
    bake    19 ccomp VERB bake
    at      13 prep ADP
    four    14 pobj NUM
    ,       19 punct PUNCT
    "       19 punct PUNCT
    they    19 nsubj PRON
    said    19 ROOT VERB say
    .       19 punct PUNCT
    """
    assert credits(text, table) == [("We bake at four,", "Mia Tran and Joe Bell", "pronoun")]
