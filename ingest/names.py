"""Names of people and organisations: titles, suffixes, keys, and a name as the article names it.

One module for what `ingest/cast.py` (who is who within an article) and `db/store.py` (who is
who across articles) both decide, so the two cannot disagree: `Ray Mabus Jr.` and `Mabus`
share the surname `mabus` in both.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

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
    scientist economist analyst researcher activist historian lawyer reporter councilwoman
    """.split()
)

HONORIFIC_GENDER = {"mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f"}

# Words after a surname that belong to the name but never tell two people apart.
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})

# The last word of a name that makes it an organisation's: `Harbor Ferry Company`, `Valley Courier`,
# `the Anchor Café`, `BC Hydro`. One list for who is who within an article (cast.py) and across
# articles (db/): words compared accent-free (`café` is `cafe`). Not `hall`, a surname as often as
# an organisation's word (`Tamron Hall`, a person on dev): `Dixon Hall, a non-profit agency` is
# known by its description instead.
ORGANISATION_WORDS = frozenset(
    """
    ministry department agency office commission committee council board authority service services
    company corporation corp inc ltd llc co group association federation union institute foundation
    university college school hospital clinic centre center court tribunal police rcmp government
    administration party campaign bank fund trust network news press times post herald journal courier
    ledger gazette tribune chronicle daily wire channel radio tv television league club team society
    coalition alliance organization organisation affairs cooperative works bureau secretariat embassy
    hydro utility utilities power energy electric gas water telecom airlines airline railway transit lines
    ferries transport cafe restaurant bar pub bakery shop store hotel market chandlery brewery
    orchestra choir ensemble museum library gallery theatre theater festival charity studio studios airport
    """.split()
)


def is_organisation_word(word: str) -> bool:
    """Whether a name ending in this word is an organisation's (`Café`, `Hydro`, `Ministry`)."""
    words = name_words(word)
    return bool(words) and words[-1] in ORGANISATION_WORDS


Kind = Literal["person", "organisation"]

# Role words that stand before a name in news copy without being titles of address
# (`Anchor DeMarco Morgan`, `Treasurer Gary Casteel`, `Union Chief Executive`).
ROLE_WORDS = TITLES | frozenset(
    """
    anchor journalist treasurer whip advocate hacker host executive manager owner founder chairperson
    president-elect co-founder cofounder editor columnist commentator correspondent producer writer author
    actor actress singer rapper comedian director star coach player captain striker goalkeeper pitcher
    majority minority house senate union public city county state federal national party campaign
    """.split()
)
# Capitalised words that start a sentence or a headline, never a name's first word
# (`Said Comey`, `Though Trump`, `Six Trump`).
_NOT_FIRST_NAMES = frozenset(
    """
    the a an but and or so as at in on of for to by with from when while after before if then this that these
    those it he she they we i his her their our its why how what who where maybe perhaps though although also
    even still yet just only said says stated asked told added noted wrote endorsed according one two three
    four five six seven eight nine ten many some most both all every each meanwhile however instead
    """.split()
)

_MONTHS_AND_DAYS = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight".split()
)
_DETERMINERS = ("the ", "a ", "an ")


# Up to three capitalised words before a surname, on one line, none ending a sentence (an initial
# or an abbreviation may end in a full stop): the first names `cast.py` reads from the text.
FIRST_NAMES = r"((?:(?:(?:[A-Z]\.){1,3}|(?:Mr|Mrs|Ms|Dr|St|Gov|Sen|Rep|Gen|Col|Lt|Capt|Sgt|Prof|Rev|Fr)\.|[A-Z][\w'’-]*)[ \t\u00a0]+){1,3})"


def is_title(word: str) -> bool:
    """A word that gives a role before a name: `Mayor`, `Dr.`, `U.S.`."""
    w = word.lower()
    return w in TITLES or w.rstrip(".") in TITLES


def name_words(name: str) -> list[str]:
    """The name's words, lower-case and accent-free, suffixes (`Jr.`, `III`) left out."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return [w for w in re.findall(r"[a-z0-9]+", folded) if w not in SUFFIXES]


def name_key(name: str) -> str:
    """The surname: what two forms of one name share (`Ray Mabus Jr.`, `Mabus` -> `mabus`)."""
    words = name_words(name)
    return words[-1] if words else ""


def speaker_key(name: str) -> str:
    """What two spellings of one person's full name share: case, accents, punctuation and suffixes dropped."""
    return " ".join(name_words(name)) or name.lower()


def kind_of(name: str) -> Kind:
    """`organisation` when the name ends with a word organisations' names end with, else `person`."""
    words = name_words(name)
    return "organisation" if words and words[-1] in ORGANISATION_WORDS else "person"


@dataclass(frozen=True)
class CleanName:
    """A speaker's name as the article names it, with the title that stood before it."""

    name: str
    role: str | None = None


_ABBREVIATIONS = frozenset(
    "mr mrs ms dr jr sr st mt ft rev gov sen rep gen col lt capt sgt prof no co inc corp ltd".split()
)
_STOP = re.compile(r"(\w+)([.!?]+)[\"”'’)]*\s+")


def _after_sentence_breaks(text: str) -> str:
    """What follows the last sentence break: a full stop after a word, not after an initial
    (`C.L.`) or an abbreviation (`Dr.`, `Jr.`)."""
    cut = 0
    for m in _STOP.finditer(text):
        word = m.group(1)
        if m.group(2) == "." and (len(word) < 2 or word.lower() in _ABBREVIATIONS or not word.isalpha()):
            continue
        cut = m.end()
    return text[cut:]


def clean_name(raw: str) -> CleanName | None:
    """The name within a mention the parse gave, or None when it names no one.

    A name never crosses a line or a sentence break (`... at the harbour. Varga` -> `Varga`,
    `Oduya. Oduya` -> `Oduya`); a title before it goes to the role (`Union Chief Executive,
    Mara Voss` -> `Mara Voss`, role `Union Chief Executive`; `Mayor Helena Varga` -> `Helena Varga`);
    a heading in capitals, a date or a lowercase common noun is no name.
    """
    # a nickname inside a name: `Lena "The Ghost" Marsh` is Lena Marsh
    text = re.sub(r"\s*[\"“”‘’'][^\"“”‘’']{1,30}[\"“”‘’']\s+(?=[A-Z])", " ", raw.replace("\u00a0", " "))
    text = re.split(r"[\r\n]+", text.strip())[-1]
    text = _after_sentence_breaks(text)
    text = re.sub(r"['’]s$", "", text.strip(" \t,;:\"“”‘’'()[]-—–"))
    role = None
    if "," in text:
        head, _, tail = text.rpartition(",")
        tail = tail.strip()
        # `Union Chief Executive, Mara Voss`: the part after the comma is the name when it has a name's shape
        if len(tail.split()) >= 2 and all(w[:1].isupper() for w in tail.split()):
            role, text = head.strip(), tail
        else:
            text = head.strip() if head.strip()[:1].isupper() else tail
    # `Huffington Post’s Scott Conroy`: the name is what follows the possessive
    text = re.split(r"\S+['’]s\s+(?=[A-Z])", text)[-1]
    words = text.split()
    while len(words) > 1 and words[0].lower() in _NOT_FIRST_NAMES:
        words.pop(0)
    titles = []
    # role words, and an organisation's initials (`RNC Reince Priebus`), before a name of two words or more
    while (
        len(words) > 2
        and kind_of(" ".join(words)) == "person"
        and (
            words[0].lower().rstrip(".") in ROLE_WORDS
            or words[0].rstrip(".") in TITLES
            or (words[0].isupper() and len(words[0]) >= 2)
        )
    ):
        titles.append(words.pop(0))
    while len(words) > 1 and is_title(words[0]) and words[1][:1].isupper():
        titles.append(words.pop(0))
    if titles:
        role = " ".join(titles) if role is None else role
    text = " ".join(words)
    if not is_name(text):
        return None
    return CleanName(text, role)


def role_before(text: str, start: int) -> str | None:
    """The title set off by a comma before a name: `Union Chief Executive, Mara Voss, said`."""
    m = re.search(r"(?:^|[.!?]\s+|\n)((?:[A-Z][\w'’-]*\s+){0,4}[A-Z][\w'’-]*),\s*$", text[max(0, start - 80) : start])
    if not m:
        return None
    words = m.group(1).split()
    return m.group(1) if any(w.lower().rstrip(".") in ROLE_WORDS for w in words) else None


def is_name(text: str) -> bool:
    """Whether a speaker's name has a name's shape (the rules `tests/name_rules.py` checks a database against)."""
    return not name_problems(text)


def name_problems(text: str) -> list[str]:
    """What is wrong with a speaker's name, in words; empty when nothing is."""
    problems = []
    words = text.split()
    if not words:
        return ["empty"]
    if re.search(r"[\r\n]", text):
        problems.append("crosses a line")
    if _after_sentence_breaks(text + " ") != text + " ":
        problems.append("crosses a sentence break")
    bare = [re.sub(r"\W", "", w).lower() for w in words]
    if any(a == b and a for a, b in zip(bare, bare[1:])):
        problems.append("repeats a word")
    letters = [c for c in text if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and (len(words) >= 2 or len(letters) > 5):
        problems.append("a heading in capitals")
    if words[0].lower() in _NOT_FIRST_NAMES and len(words) > 1 and not text.lower().startswith(_DETERMINERS):
        problems.append("starts with a word that starts sentences")
    if all(w in _MONTHS_AND_DAYS or not re.search(r"[^\W\d_]", w) for w in bare):
        problems.append("a date")
    if text[:1].islower() and not (text.lower().startswith(_DETERMINERS) and len(words) >= 2):
        problems.append("a lowercase common noun")
    if "," in text:
        problems.append("holds a comma")
    if len(words) == 1 and bare[0] in _NOT_FIRST_NAMES:
        problems.append("a function word")
    if text.lower() in ("he", "she", "it", "they", "we", "i", "you"):
        problems.append("a pronoun")
    return problems
