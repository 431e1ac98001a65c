"""Find the cue and the speaker mention of each quoted span.

Looks where news writing puts attributions, in this order: right after the
closing mark (`," Reyes said.`), right before the opening mark (`Reyes said, "`),
elsewhere in the same sentence (a partial quotation), a colon introduction, and
finally the previous paragraph when this one only continues a quotation.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from .cues import SPEECH_VERBS
from .marks import QuotedSpan
from .mentions import Mention, mention_for

_SENT_END = {".", "!", "?", "…"}


@dataclass
class Attribution:
    mention: Mention | None
    cue: Token | None
    where: str  # after | before | sentence | colon | continuation | adjacent | none
    confidence: float


def _is_cue(tok: Token) -> bool:
    if tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to":
        return True
    return tok.lemma_.lower() in SPEECH_VERBS and tok.pos_ in ("VERB", "AUX")


def _subject(verb: Token, depth: int = 0) -> Token | None:
    """The speaker token of a cue verb, following the parse up through chained verbs."""
    if verb.lower_ == "according":
        for child in verb.subtree:
            if child.dep_ == "pobj":
                return child
        return None
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            if child.lower_ in ("who", "that", "which") and verb.dep_ == "relcl":
                return verb.head
            return child
    for child in verb.children:
        if child.dep_ == "agent":
            for g in child.children:
                if g.dep_ == "pobj":
                    return g
    if depth < 3 and verb.dep_ in ("conj", "xcomp", "advcl", "ccomp", "relcl", "acl") and verb.head is not verb:
        if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("PROPN", "NOUN"):
            return verb.head
        return _subject(verb.head, depth + 1)
    # inverted order the parser missed: `said Mayor Varga`
    for child in verb.rights:
        if child.dep_ in ("dobj", "attr", "npadvmod", "dative") and child.pos_ == "PROPN":
            return child
    return None


class Attributor:
    """Attributes the quoted spans of one parsed article."""

    def __init__(self, doc: Doc, spans: list[QuotedSpan]):
        self.doc = doc
        self.spans = spans
        self.quoted = [(s.open_mark, (s.close_mark if s.close_mark is not None else s.para_end) + 1) for s in spans]

    def _tokens(self, start: int, end: int) -> list[Token]:
        span = self.doc.char_span(start, end, alignment_mode="contract")
        if span is None:
            return []
        return [t for t in span if not any(a <= t.idx < b for a, b in self.quoted)]

    def _neighbours(self, k: int) -> tuple[int, int]:
        """Where the text between this span and its neighbours in the paragraph starts and ends."""
        s = self.spans[k]
        left = s.para_start
        if k > 0 and self.spans[k - 1].para_start == s.para_start:
            prev = self.spans[k - 1]
            left = (prev.close_mark + 1) if prev.close_mark is not None else prev.end
        right = s.para_end
        if k + 1 < len(self.spans) and self.spans[k + 1].para_start == s.para_start:
            right = self.spans[k + 1].open_mark
        return left, right

    def _with_subject(self, cues: list[Token]) -> tuple[Token, Mention] | None:
        for cue in cues:
            subj = _subject(cue)
            if subj is not None and not any(a <= subj.idx < b for a, b in self.quoted):
                mention = mention_for(subj)
                if mention is not None:
                    return cue, mention
        return None

    def attribute(self, k: int) -> Attribution:
        s = self.spans[k]
        left, right = self._neighbours(k)
        close = (s.close_mark + 1) if s.close_mark is not None else s.para_end
        after = self._tokens(close, right)
        before = self._tokens(left, s.open_mark)

        # 1. `," Reyes said.` -- the first clause after the closing mark
        first_clause = []
        for t in after:
            if t.text in _SENT_END and first_clause:
                break
            first_clause.append(t)
        found = self._with_subject([t for t in first_clause[:14] if _is_cue(t)])
        if found:
            return Attribution(found[1], found[0], "after", 0.95)

        # 2. `Reyes said, "` -- the last sentence before the opening mark
        last_sentence: list[Token] = []
        for t in reversed(before):
            if t.text in _SENT_END and last_sentence:
                break
            last_sentence.insert(0, t)
        found = self._with_subject([t for t in reversed(last_sentence) if _is_cue(t)])
        if found:
            return Attribution(found[1], found[0], "before", 0.9)

        # 3. a colon introduction with any verb: `The mayor was blunt: "`
        text_before = self.doc.text[left : s.open_mark].rstrip()
        if text_before.endswith(":") and last_sentence:
            root = last_sentence[-1].sent.root
            found = self._with_subject([root])
            if found:
                return Attribution(found[1], found[0], "colon", 0.8)

        # 4. anywhere else in the paragraph outside the quotations, nearest first
        rest = [t for t in after[len(first_clause) :] if _is_cue(t)] + [t for t in reversed(before[: len(before) - len(last_sentence)]) if _is_cue(t)]
        found = self._with_subject(sorted(rest, key=lambda t: abs(t.idx - s.start)))
        if found:
            return Attribution(found[1], found[0], "paragraph", 0.6)

        # 5. a paragraph that opens with a quotation and has no attribution of its own
        if not self.doc.text[s.para_start : s.open_mark].strip():
            return Attribution(None, None, "continuation", 0.7)
        return Attribution(None, None, "none", 0.0)
