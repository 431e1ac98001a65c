"""Read a speaker mention off the parse: a name, a pronoun or a description."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from . import tagging  # noqa: F401 -- registers token._.lemma, read below, whatever was imported first
from .cues import PRONOUNS, SPEAKER_NOUNS
from .names import is_title as is_title_word
from .vocabulary import MentionKind

QUOTE_MARKS = frozenset("\"“”‘’'«»„")


@dataclass
class Mention:
    """A span of the article that names or points at a speaker."""

    text: str
    start: int
    end: int
    kind: MentionKind
    head: int  # token index of the mention's head
    role: str | None = None  # words before or beside a name that give a role ("Mayor", "union leader")


def is_title(tok: Token) -> bool:
    return is_title_word(tok.text)


def _namey(tok: Token) -> bool:
    """Proper-noun-like: spaCy's small model often tags rare surnames NOUN or ORG, and a
    name that is also an auxiliary (`DeBoer`, `Will`) AUX."""
    return (
        tok.pos_ == "PROPN"
        or tok.ent_type_ == "PERSON"
        or (tok.text[:1].isupper() and tok.pos_ == "NOUN")
        or is_capitalised_auxiliary(tok)
    )


def is_age(tok: Token) -> bool:
    """The head of an age that stands for a person: `the 52-year-old`."""
    doc = tok.doc
    return (
        tok.lower_ == "old" and tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ in ("year", "years")
    )


def is_capitalised_auxiliary(tok: Token) -> bool:
    """An auxiliary written with a capital in mid-sentence is a name the tagger misread
    (`," DeBoer said`, `Will wrote`): auxiliaries are capitalised only at a sentence start."""
    if tok.pos_ != "AUX" or not tok.text[:1].isupper() or tok.is_sent_start or tok.i == 0:
        return False
    before = tok.doc[tok.i - 1]
    # after a quotation's closing mark or a comma the sentence goes on; after a full stop or an
    # opening mark a new one may start
    return before.text not in (".", "!", "?", "…", "“", "‘", ":", "\n") and not before.is_space


def _left_chain(tok: Token) -> list[Token]:
    """The head token with the compound/flat modifiers that run up to it."""
    toks = [tok]
    i = tok.i - 1
    doc = tok.doc
    while (
        i >= 0
        and "\n" not in doc[i].whitespace_
        and not doc[i].is_space
        and doc[i].head.i in {t.i for t in toks}
        and doc[i].dep_ in ("compound", "flat", "nmod", "amod", "punct")
        and doc[i].text not in (",", "(", '"', "“", "”")
    ):
        toks.insert(0, doc[i])
        i -= 1
    return toks


def joins_name(tok: Token) -> bool:
    """A hyphen inside a double-barrelled name, no space either side: `Adewale-Rourke`,
    which the tokenizer splits in three."""
    doc = tok.doc
    return (
        tok.text == "-"
        and not tok.whitespace_
        and 0 < tok.i < len(doc) - 1
        and not doc[tok.i - 1].whitespace_
        and doc[tok.i - 1].text[:1].isupper()
        and doc[tok.i + 1].text[:1].isupper()
    )


def split_name(toks: list[Token]) -> tuple[list[Token], list[Token]]:
    """(role tokens, name tokens): the name is the trailing run of name-like tokens that are not
    titles, a double-barrelled name's hyphen included."""

    def part(t: Token) -> bool:
        return _namey(t) and not is_title(t) and not t.text.endswith("'s") and t.text not in ("'s", "’s")

    name: list[Token] = []
    for k in range(len(toks) - 1, -1, -1):
        t = toks[k]
        # a hyphen joins only two parts of the name (`Adewale-Rourke`, not `Mayor-Elect`)
        if (name and joins_name(t) and k > 0 and part(toks[k - 1])) or part(t):
            name.insert(0, t)
        else:
            break
    role = toks[: len(toks) - len(name)]
    return role, name


def _span_text(toks: list[Token]) -> tuple[str, int, int]:
    start = toks[0].idx
    end = toks[-1].idx + len(toks[-1].text)
    return toks[0].doc[toks[0].i : toks[-1].i + 1].text, start, end


# what is issued and speaks for its issuer
ISSUED = frozenset("statement release letter memo email note post tweet message notice".split())


def _issuer(child: Token) -> Token | None:
    """The issuer a child of a statement names: `from X`, `by X`, `released by X`."""
    if child.dep_ == "prep" and child.lower_ in ("from", "by"):
        return next((g for g in child.children if g.dep_ == "pobj"), None)
    if child.dep_ == "acl":
        for g in child.children:
            if g.dep_ == "agent":
                return next((h for h in g.children if h.dep_ == "pobj"), None)
    return None


def mention_for(tok: Token, strict: bool = True) -> Mention | None:
    """The speaker mention headed by a subject token.

    strict: take a description only when its head noun can speak (`the aide`, not `the plan`);
    off where the position alone makes it the speaker (`," the daily wrote.`).
    """
    if tok.lower_ in ("who", "that") and tok.head.dep_ == "relcl" and tok.head.head.i != tok.head.i:
        # `Cruz, who had said ...`: the relative pronoun is the mention, the noun it hangs on the speaker
        m = mention_for(tok.head.head, strict)
        if m is None:
            return None
        return Mention(m.text, tok.idx, tok.idx + len(tok.text), m.kind, m.head, m.role)
    if tok.lower_ in PRONOUNS and tok.pos_ == "PRON":
        return Mention(tok.text, tok.idx, tok.idx + len(tok.text), "pronoun", tok.i)
    if tok.pos_ == "PRON":
        return None
    # a statement speaks for whoever issued it: `a statement released by the ministry`, `a
    # letter from the union`
    if tok._.lemma in ISSUED:
        for child in tok.children:
            issuer = _issuer(child)
            if issuer is not None:
                found = mention_for(issuer, strict)
                if found is not None:
                    return found
    # "the mayor, Helena Varga," -> the appositive name
    for child in tok.children:
        # not a name in quotation marks (`the community, the "us", demands`)
        quoted = child.i > 0 and tok.doc[child.i - 1].text in QUOTE_MARKS
        if child.dep_ == "appos" and _namey(child) and not _namey(tok) and not quoted:
            return mention_for(child, strict)
    chain = _left_chain(tok)
    if _namey(tok):
        role, name = split_name(chain)
        if name:
            text, start, end = _span_text(name)
            role_text = _span_text(role)[0] if role else None
            for child in tok.children:
                if child.dep_ == "appos" and not _namey(child):
                    appos = [t for t in child.subtree if t.text not in (",",)]
                    role_text = _span_text(appos)[0] if appos else role_text
                    break
            return Mention(text, start, end, "name", tok.i, role_text)
    # a description: "the former KGB agent", "a spokesman for the campaign"
    if (
        strict
        and not is_age(tok)
        and tok._.lemma not in SPEAKER_NOUNS
        and not tok._.lemma.endswith(("er", "ist", "ian", "or", "ant", "ent"))
    ):
        return None
    left = [
        t
        for t in tok.lefts
        if t.dep_ in ("det", "amod", "compound", "poss", "nummod", "nmod")
        and "\n" not in t.whitespace_
        and not t.is_space
    ]
    toks = sorted(left + [tok], key=lambda t: t.i)
    toks = [t for t in toks if t.i >= toks[0].i]
    text, start, end = _span_text(toks)
    return Mention(text, start, end, "description", tok.i)
