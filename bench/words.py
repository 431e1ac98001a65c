"""A vocabulary of common English words in rough frequency order, and fictional names.

Only what bench/generate.py needs to write text that looks like news quotations
to SQLite and FTS5: a Zipf-like word distribution, so that full-text posting
lists and snippet lengths resemble a real corpus. Every person and outlet name
is made up from syllables; none is meant to be a real person or publication.
"""

from __future__ import annotations

# Ordered roughly from most to least frequent; the generator gives rank r a weight of 1 / (r + 2.7).
WORDS = """
the to of and a in that is we it for have be on not this are will they with i
our but as at was what people it's do you there has all about been by more can
from would so if an or think very going their one which need make time who new
now want just them because country he know get years government do year also
government work way should no these right us some out up like it's people's any
said other than those over when how into only first because well must there's
many much can't don't even here local community public support health money plan
city state national economy jobs families children schools workers police
security water energy housing prices tax taxes budget election vote voters party
council minister president mayor leaders law court decision report policy change
future important clear best better every together whole good great real long hard
important question answer problem problems issue issues process system number
part place point level rate market business businesses companies company industry
investment growth cost costs crisis climate rules safety service services hospital
hospitals care patients doctors teachers students university research data results
evidence trust responsibility commitment promise challenge challenges opportunity
opportunities progress reform reforms agreement deal talks negotiations proposal
proposals review investigation inquiry case charges trial judge justice rights
freedom history moment today tomorrow week weeks month months day days night
morning again still already never always often sometimes really actually simply
absolutely certainly exactly completely entirely fully deeply truly quite rather
believe feel hope expect understand remember see look find give take keep let
begin continue show try call ask tell says told added stated explained warned
insisted argued noted confirmed denied admitted hoped believed expected promised
come go move stay leave bring build create provide protect help serve lead meet
pay spend cut raise lose win fight stand stop start open close choose decide act
make sure sure able likely unlikely possible impossible necessary difficult easy
simple serious significant major minor critical urgent strong weak safe fair free
open honest proud happy sad angry worried concerned disappointed confident ready
working living running getting making taking looking coming going doing saying
thing things something nothing everything anything someone everyone anyone nobody
world region area areas street streets neighbourhood town towns village villages
river coast border borders road roads bridge rail transport traffic airport port
farm farmers food supply supplies fuel power electricity gas oil wind solar
network networks technology digital online internet phone software platform
media news story stories press journalists interview statement message letter
family mother father son daughter parents friends neighbours members residents
staff team teams players coach club season game games match league fans
win victory defeat loss result score goal goals record title championship final
military troops army defence war peace conflict attack attacks forces allies
foreign international global european regional federal central northern southern
officials authorities agency agencies department ministry office committee board
union unions members membership campaign campaigns candidate candidates majority
opposition coalition parliament congress senate assembly chamber debate motion
bill legislation amendment regulation regulations standards guidance framework
strategy approach priority priorities target targets goal measure measures action
response pressure demand demands concern concerns fear fears risk risks threat
impact effect effects damage recovery relief aid assistance funding funds grant
contract contracts project projects programme programmes scheme schemes initiative
million billion thousand hundred percent half third quarter twice several few
enough less least most more fewer higher lower larger smaller bigger faster slower
earlier later recent recently soon late early next last previous current former
young old older younger new newer small large big little high low full empty
human social political economic financial legal medical environmental cultural
personal private professional official independent democratic general special
different same similar certain particular specific simple whole single double
because although though while since unless until whether either neither both
through across around between against during without within along behind beyond
under above below near toward towards among upon despite except including
""".split()

# Deduplicated, order kept: rank decides the weight.
WORDS = list(dict.fromkeys(w for w in WORDS if w))


def vocabulary(rng, tail: int = 40_000) -> list[str]:
    """WORDS as the frequent head, then a long tail of rarer English words.

    The tail comes from the WordNet word lists inside the installed spaCy model's
    lemmatizer (no download), shuffled with the seed; without the model the vocabulary
    is the head alone, which makes every search term far more common than in news.
    """
    try:
        from ingest.nlp import load

        index = load().get_pipe("lemmatizer").lookups.get_table("lemma_index")
        words = {w for key in index.keys() for w in index[key] if w.isalpha() and w.islower() and 3 <= len(w) <= 12}
    except Exception as e:  # noqa: BLE001 - any failure leaves the head alone
        print(f"note: no long-tail vocabulary ({type(e).__name__}: {e}); using {len(WORDS)} common words")
        return list(WORDS)
    rest = sorted(words - set(WORDS))
    rng.shuffle(rest)
    return list(WORDS) + rest[:tail]


CUES = [
    "said",
    "said",
    "said",
    "said",
    "told reporters",
    "added",
    "says",
    "explained",
    "warned",
    "insisted",
    "argued",
    "noted",
]

ROLES = [
    "the mayor",
    "a spokeswoman",
    "a spokesman",
    "the minister",
    "the chief executive",
    "a senior official",
    "the party leader",
    "a council member",
    "the director",
    "a professor of economics",
    "the union leader",
    "a local resident",
    "the head coach",
    "the committee chair",
    "an analyst",
    "the police chief",
]

_FIRST_A = [
    "Al",
    "Bren",
    "Cor",
    "Dav",
    "El",
    "Fen",
    "Gar",
    "Hal",
    "Ir",
    "Jas",
    "Kel",
    "Lor",
    "Mar",
    "Nes",
    "Or",
    "Pel",
    "Quin",
    "Ros",
    "Sel",
    "Tam",
    "Ul",
    "Ver",
    "Wen",
    "Yor",
    "Zan",
    "Bel",
    "Cas",
    "Dar",
]
_FIRST_B = ["a", "en", "ia", "o", "is", "ard", "elle", "an", "ine", "eth", "ora", "iel"]
_LAST_A = [
    "Ash",
    "Brack",
    "Cald",
    "Dorn",
    "Ell",
    "Fairn",
    "Gill",
    "Holt",
    "Ivers",
    "Jarr",
    "Kest",
    "Lund",
    "Mor",
    "Nor",
    "Ost",
    "Penn",
    "Quarr",
    "Rell",
    "Stav",
    "Thorn",
    "Ud",
    "Vell",
    "Wick",
    "Yarr",
    "Zell",
    "Bram",
    "Crell",
    "Dask",
]
_LAST_B = [
    "wood",
    "ford",
    "ley",
    "ton",
    "ick",
    "ridge",
    "ham",
    "ow",
    "sby",
    "mere",
    "ach",
    "ovic",
    "ani",
    "sen",
    "ez",
    "ova",
    "ström",
    "enko",
]

OUTLETS = [
    "The Harbour Courier",
    "Northvale Gazette",
    "Daily Meridian",
    "The Lantern Post",
    "Riverside Ledger",
    "Westmarch Times",
    "The Civic Observer",
    "Eastbrook Herald",
    "Coastline News",
    "The Evening Quill",
]


def fictional_names(n: int, rng) -> list[str]:
    """n distinct made-up full names, some with a middle initial once the plain ones run out."""
    firsts = [a + b for a in _FIRST_A for b in _FIRST_B]
    lasts = [a + b for a in _LAST_A for b in _LAST_B]
    names: list[str] = []
    seen: set[str] = set()
    initials = "ABCDEFGHJKLMNPRSTVW"
    while len(names) < n:
        first, last = rng.choice(firsts), rng.choice(lasts)
        name = f"{first} {last}"
        if name in seen:
            name = f"{first} {rng.choice(initials)}. {last}"
            if name in seen:
                continue
        seen.add(name)
        names.append(name)
    return names
