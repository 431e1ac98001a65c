"""The words that introduce reported speech, and the titles that sit before names."""
from __future__ import annotations

# Lemmas of verbs that attribute speech or writing (all tenses come from the lemma).
SPEECH_VERBS = frozenset(
    """
    say tell add note insist boast reply estimate criticize criticise emphasize emphasise
    write tweet post ask continue state declare explain argue respond conclude acknowledge
    warn promise remark claim vow admit assure lament announce predict recall complain
    suggest observe exclaim shout quip joke concede counter contend maintain stress urge
    describe dub label comment mock testify agree confirm deny report yell chant pledge
    muse wonder charge retort interject affirm allege assert answer caution demand
    elaborate recount reiterate reflect whisper scoff sneer snap fume rail blast
    slam praise thank accuse cite quote read mention reveal disclose brag gush
    tout hail urge beg plead pray recommend advise instruct order proclaim pronounce
    summarize summarise sum put begin start open close finish end write text email
    opine question reason explain retweet call characterize characterise term
    """.split()
)

# Verbs that take the quotation as what something is called ("called it a 'disaster'").
NAMING_VERBS = frozenset("call dub label term describe characterize characterise brand".split())

# Cues without a verb of their own.
PHRASE_CUES = ("according to",)

# Words before a name that give a role, not part of the name.
TITLES = frozenset(
    """
    mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame lord lady rev rev. fr fr.
    president vice prime minister secretary senator sen sen. rep rep. representative
    gov gov. governor mayor councillor councilor chancellor judge justice chief
    general gen gen. col col. colonel capt capt. captain lt lt. sgt sgt. officer
    speaker leader chairman chairwoman chair director ceo spokesman spokeswoman
    spokesperson minister ambassador king queen prince princess pope bishop
    commissioner deputy attorney inspector detective professor coach sheriff
    candidate nominee democrat republican former acting interim assistant
    presidential foreign defense defence finance special envoy aide u.s. us
    """.split()
)

PRONOUNS = {
    "he": "m", "him": "m", "his": "m", "she": "f", "her": "f",
    "they": "p", "them": "p", "we": "p", "i": None, "you": None, "it": "n",
}

HONORIFIC_GENDER = {"mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f"}
