"""The words that introduce reported speech, and the titles that sit before names."""

from __future__ import annotations

from .names import HONORIFIC_GENDER, TITLES  # noqa: F401 -- where the titles live; read from here too

# Lemmas of verbs that attribute speech or writing (all tenses come from the lemma).
SPEECH_VERBS = frozenset(
    """
    say tell add note insist boast reply estimate criticize criticise emphasize emphasise
    write tweet post ask continue state declare explain argue respond conclude acknowledge
    warn promise remark claim vow admit assure lament announce predict recall complain
    suggest observe exclaim shout quip joke concede counter contend maintain stress urge
    describe dub label comment mock testify agree confirm deny report yell chant pledge echo
    muse wonder charge retort interject affirm allege assert answer caution demand
    elaborate recount reiterate reflect whisper scoff sneer snap fume rail blast
    slam praise thank accuse cite quote read mention reveal disclose brag gush
    tout hail urge beg plead pray recommend advise instruct order proclaim pronounce
    summarize summarise text email opine retweet call characterize characterise term portray rule
    speculate repeat liken decry sing bark boom scream shriek mouth refer hammer voice
    """.split()
)

# Nouns of saying whose owner or source is the speaker: `his call for "..."`, `an attack from X that "..."`.
SPEECH_NOUNS = frozenset(
    """
    call claim remark comment statement warning attack accusation promise pledge vow demand assertion
    response reply answer message words description criticism charge broadside plea appeal insistence
    """.split()
)

PRONOUNS = {
    "he": "m",
    "him": "m",
    "his": "m",
    "she": "f",
    "her": "f",
    "they": "p",
    "them": "p",
    "we": "p",
    "i": None,
    "you": None,
    "it": "n",
}


# Head nouns that can speak: people, roles, groups and publications. A description
# whose head is none of these (`the plan`, `polls`) is not taken as a speaker.
SPEAKER_NOUNS = frozenset(
    """
    official spokesman spokeswoman spokesperson aide adviser advisor source person people man woman
    president senator candidate governor mayor leader analyst expert professor lawyer attorney
    statement report newspaper paper magazine campaign committee group organization organisation
    agency department company firm office ministry government administration party union council
    voter supporter protester crowd critic lawmaker legislator democrat republican delegate
    member chairman chairwoman chair director executive chief head secretary minister ambassador
    envoy diplomat general officer commander judge justice prosecutor police sheriff spokesmen
    resident worker student teacher doctor scientist researcher economist strategist consultant
    pollster operative staffer donor activist advocate founder owner manager coach player fan
    friend wife husband mother father son daughter brother sister family team network channel
    outlet website site blog editorial board article study survey poll memo letter email tweet
    post release announcement document filing complaint lawsuit website nominee frontrunner
    front-runner rival opponent challenger incumbent host anchor reporter journalist writer author
    columnist commentator historian scholar observer insider veteran counterpart colleague ally
    partner mogul billionaire businessman businesswoman celebrity star actor actress singer
    """.split()
)
