"""What a speaker's name in the speakers table must never look like (issue 10).

Written apart from `ingest/names.py` on purpose: the test that reads a whole database against
these rules should not check the extractor with the extractor's own code.
"""

from __future__ import annotations

import re

_CALENDAR = set(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight".split()
)
# words that start sentences and headlines, never a name (`Said Comey`, `Though Trump`, `Why Obama`)
_SENTENCE_STARTERS = set(
    "the a an but and or so as if then this that these those why how what when where who maybe perhaps though "
    "although also even still yet just only said says stated asked told added noted wrote according meanwhile "
    "however instead one two three four five six seven eight nine ten".split()
)
_PRONOUNS = {"he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us"}
_DETERMINERS = {"the", "a", "an"}
# abbreviations a full stop may follow inside a name: `Dr. Amara Lindqvist`, `Ray Mabus Jr.`
_ABBREVIATIONS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "jr",
    "sr",
    "st",
    "mt",
    "ft",
    "rev",
    "gov",
    "sen",
    "rep",
    "gen",
    "col",
    "lt",
    "prof",
}


def problems(name: str) -> list[str]:
    """Why a speaker name is not a name of a person or an organisation as an article gives it."""
    out = []
    words = name.split()
    if not words:
        return ["empty"]
    if "\n" in name or "\r" in name:
        out.append("has a line break")
    for m in re.finditer(r"(\w+)[.!?]\s", name):
        if len(m.group(1)) > 1 and m.group(1).lower() not in _ABBREVIATIONS and m.group(1).isalpha():
            out.append("crosses a sentence break")
            break
    folded = [re.sub(r"\W", "", w).lower() for w in words]
    if any(a and a == b for a, b in zip(folded, folded[1:])):
        out.append("repeats a word")
    letters = [c for c in name if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and (len(words) > 1 or len(letters) > 5):
        out.append("a heading in capitals")
    if all(w in _CALENDAR or not re.search(r"[a-z]", w) for w in folded):
        out.append("a date")
    if name[:1].islower() and not (folded[0] in _DETERMINERS and len(words) > 1):
        out.append("a lowercase common noun")
    # `The Millbrook Ledger` and `the utility` start with a determiner; `The` alone or `Said Comey` are no names
    if folded[0] in _SENTENCE_STARTERS and not (folded[0] in _DETERMINERS and len(words) > 1):
        out.append("starts like a sentence")
    if name.lower() in _PRONOUNS:
        out.append("a pronoun")
    # `Huffington Post’s Scott Conroy` glues an outlet to a name; `the RNC’s rules committee` is a description
    if re.search(r"[\"“”]", name) or re.search(r"\S['’]s\s+[A-Z]", name):
        out.append("holds a nickname or a possessive before a name")
    return out
