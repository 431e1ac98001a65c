"""Cheap stand-ins for the model's attribute_ruler and lemmatizer.

Those two components took 17% of the parse by component timers (a Matcher over every
token, then the rule lemmatizer over every token), and leaving them out made the parse
28% faster side by side (120 dev articles, 15.5 s -> 11.3 s), for values we read on a
few tokens: the coarse part of speech, and the lemmas of candidate speech verbs and
speaker nouns.
`pos_from_tags` sets POS from the tagger's fine tag with the attribute ruler's own
rules on TAG, LOWER and DEP, looked up (and cached) instead of matched; `token._.lemma`
runs the model's own rule lemmatizer for the one token asked about.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy
from spacy.attrs import DEP, IS_SPACE, LOWER, POS, TAG
from spacy.language import Language
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc, Token

_READ = {"TAG": "tag_", "LOWER": "lower_", "DEP": "dep_"}
_COLUMN = {"tag_": 0, "lower_": 1, "dep_": 2}  # in the array __call__ reads


def _test(condition: Any) -> Callable[[str], bool] | None:
    """A token attribute's condition as a test; None for one we do not read (a regex)."""
    if isinstance(condition, str):
        return condition.__eq__
    if set(condition) == {"IN"}:
        return frozenset(condition["IN"]).__contains__
    if set(condition) == {"NOT_IN"}:
        excluded = frozenset(condition["NOT_IN"])
        return lambda value: value not in excluded
    return None


def _token_tests(token: dict[str, Any]) -> list[tuple[str, Callable[[str], bool]]] | None:
    """One token's conditions as (attribute, test) pairs; None if it reads anything else."""
    if not set(token) <= set(_READ):
        return None
    tests = [(_READ[attr], _test(cond)) for attr, cond in token.items()]
    return None if any(test is None for _, test in tests) else tests  # type: ignore[misc]


def _rules(patterns: list[dict[str, Any]], sets: str) -> dict[str | None, list[tuple[int, list, str]]]:
    """The attribute ruler's one-token rules on TAG, LOWER and DEP that set an attribute,
    by the tag they need (None: any tag), each as (order, [(attribute, test)], value)."""
    rules: dict[str | None, list[tuple[int, list, str]]] = {}
    for order, rule in enumerate(patterns):
        if sets not in rule["attrs"]:
            continue
        for pattern in rule["patterns"]:
            tests = _token_tests(pattern[0]) if len(pattern) == 1 else None
            if tests is None:
                continue
            tag = pattern[0].get("TAG")
            for key in [tag] if isinstance(tag, str) else tag.get("IN", [None]) if isinstance(tag, dict) else [None]:
                rules.setdefault(key, []).append((order, tests, rule["attrs"][sets]))
    return rules


def _sequences(patterns: list[dict[str, Any]], sets: str) -> list[tuple[list[list], str, int]]:
    """The attribute ruler's rules over several tokens (`there is`: is a VERB), each as
    ([[(attribute, test)] for each token], value, the index of the token it sets)."""
    found = []
    for rule in patterns:
        if sets not in rule["attrs"]:
            continue
        for pattern in rule["patterns"]:
            tests = [_token_tests(tok) for tok in pattern] if len(pattern) > 1 else [None]
            if all(position is not None for position in tests):
                found.append((tests, rule["attrs"][sets], rule.get("index", 0)))
    return found


def _by_tag(rules: dict[str | None, list]) -> dict[str | None, list]:
    """The rules a token of each tag must try, in the ruler's order (None: other tags)."""
    anytag = rules.pop(None, [])
    first = lambda rule: rule[0]  # noqa: E731
    return {None: sorted(anytag, key=first)} | {tag: sorted(r + anytag, key=first) for tag, r in rules.items()}


def _apply(rules: dict[str | None, list], token: dict[str, str]) -> str | None:
    """The value the attribute ruler would set on a token with these attributes: its last
    matching rule's."""
    value = None
    for _, tests, v in rules.get(token["tag_"], rules[None]):
        if all(test(token[attr]) for attr, test in tests):
            value = v
    return value


def _told_values(patterns: list[dict[str, Any]], sets: str, attr: str) -> set[str]:
    """Every value of attr that a rule setting `sets` names (equal to, in, or not in): any
    other value passes and fails the same tests, so it can share one cache entry."""
    values: set[str] = set()
    for rule in patterns:
        if sets not in rule["attrs"]:
            continue
        for pattern in rule["patterns"]:
            for token in pattern:
                condition = token.get(attr)
                if isinstance(condition, str):
                    values.add(condition)
                elif isinstance(condition, dict):
                    for listed in condition.values():
                        values.update(listed)
    return values


def _morph_by_tag(patterns: list[dict[str, Any]]) -> dict[str, str]:
    return {
        p[0]["TAG"]: rule["attrs"]["MORPH"]
        for rule in patterns
        if "MORPH" in rule["attrs"]
        for p in rule["patterns"]
        if len(p) == 1 and set(p[0]) == {"TAG"} and isinstance(p[0]["TAG"], str)
    }


class PosFromTags:
    """Pipeline step: coarse POS from fine tags, the attribute ruler's rules as look-ups."""

    def __init__(self, patterns: list[dict[str, Any]], lemmatizer: Lemmatizer):
        self.pos = _by_tag(_rules(patterns, "POS"))
        self.pos_sequences = _sequences(patterns, "POS")
        self.lemmas = _by_tag(_rules(patterns, "LEMMA"))
        self.morph = _morph_by_tag(patterns)
        self.lemmatizer = lemmatizer
        # the model's word lists (57,528 nouns) are Python lists, and the rule lemmatizer asks
        # `form in index` of each candidate form: 400 us a lemma scanning them, 15,918 lemmas
        # of dev in 6.3 s under cProfile; as sets, the same answers at once
        index = lemmatizer.lookups.get_table("lemma_index", None)
        for pos in list(index or ()):
            if isinstance(index[pos], list):
                index[pos] = frozenset(index[pos])
        # (TAG, LOWER, DEP, IS_SPACE) -> POS, a word or relation no rule names keyed as 0: dev's
        # 140,601 parsed tokens have 25,362 keys by every word, 522 this way
        self._cache: dict[tuple[int, ...], int] = {}
        strings = lemmatizer.vocab.strings
        self._told = [
            frozenset(strings.add(v) for v in _told_values(patterns, "POS", attr)) for attr in ("LOWER", "DEP")
        ]
        # (ORTH, TAG, DEP, POS, MORPH) -> lemma: what the rules and the lemmatizer read
        self._lemmas: dict[tuple[int, ...], str] = {}
        _BY_VOCAB[id(lemmatizer.vocab)] = self

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        strings = doc.vocab.strings
        if len(self._cache) > 50_000:  # a few MB, however large the vocabulary grows
            self._cache.clear()
        ids = []
        keys = doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist()
        told_lower, told_dep = self._told
        for tag, lower, dep, space in keys:
            key = (tag, lower if lower in told_lower else 0, dep if dep in told_dep else 0, space)
            pos = self._cache.get(key)
            if pos is None:
                found = (
                    "SPACE"
                    if space
                    else _apply(self.pos, {"tag_": strings[tag], "lower_": strings[lower], "dep_": strings[dep]})
                )
                pos = self._cache[key] = POS_IDS[found] if found else 0
            ids.append(pos)
        for tests, value, index in self.pos_sequences:
            # applied last: in this model the one rule of this kind (`there is`) comes after
            # every one-token POS rule, so it wins where both match, as in the ruler
            first: dict[tuple[int, ...], bool] = {}  # the first token's test, by its attributes
            for start in range(len(doc) - len(tests) + 1):
                key = tuple(keys[start])
                fits = first.get(key)
                if fits is None:
                    fits = first[key] = all(test(strings[key[_COLUMN[attr]]]) for attr, test in tests[0])
                if fits and all(
                    all(test(strings[keys[start + k][_COLUMN[attr]]]) for attr, test in position)
                    for k, position in enumerate(tests[1:], 1)
                ):
                    ids[start + index] = POS_IDS[value]
        doc.from_array([POS], numpy.array(ids, dtype="uint64"))
        return doc

    def lemma(self, tok: Token) -> str:
        """The lowercased lemma, from the model's rule lemmatizer (which reads the tag's morphology)."""
        key = (tok.orth, tok.tag, tok.dep, tok.pos, tok.morph.key)
        known = self._lemmas.get(key)
        if known is None:
            if len(self._lemmas) > 50_000:
                self._lemmas.clear()
            known = self._lemmas[key] = self._lemma(tok)
        return known

    def _lemma(self, tok: Token) -> str:
        fixed = _apply(self.lemmas, {"tag_": tok.tag_, "lower_": tok.lower_, "dep_": tok.dep_})
        if fixed:
            return fixed.lower()
        if not tok.has_morph() and tok.tag_ in self.morph:
            tok.set_morph(self.morph[tok.tag_])
        return self.lemmatizer.rule_lemmatize(tok)[0].lower()


# The pipeline's own component answers token._.lemma; a pipeline without one (another
# model, or the model as shipped) answers with its lemmatizer's lemma, as before.
_BY_VOCAB: dict[int, PosFromTags] = {}


def _lemma(tok: Token) -> str:
    component = _BY_VOCAB.get(id(tok.vocab))
    return component.lemma(tok) if component else (tok.lemma_ or tok.lower_).lower()


Token.set_extension("lemma", getter=_lemma, force=True)


@Language.factory("pos_from_tags")
def make_pos_from_tags(nlp: Language, name: str) -> PosFromTags:
    """Built while the model's attribute_ruler and lemmatizer are there to read from."""
    return PosFromTags(nlp.get_pipe("attribute_ruler").patterns, nlp.get_pipe("lemmatizer"))
