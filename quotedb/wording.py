"""How one report's wording of a quotation differs from the group's canonical wording.

Compared word by word after the normalising of ingest.similarity.words (case, marks and
punctuation do not count as differences); the report's own text is what is shown.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from ingest.similarity import words

_TOKEN = re.compile(r"\S+")


@dataclass
class Difference:
    same: bool  # the same words as the canonical wording
    segments: list[tuple[str, bool]]  # (text, differs), the report's text in order
    left_out: int  # words of the canonical wording this report does not have


def difference(wording: str, canonical: str) -> Difference:
    mine = [(m.group(), " ".join(words(m.group()))) for m in _TOKEN.finditer(wording)]
    theirs = [" ".join(words(t)) for t in _TOKEN.findall(canonical)]
    theirs = [t for t in theirs if t]
    kept = [i for i, (_, norm) in enumerate(mine) if norm]  # a dash alone is no word
    matcher = difflib.SequenceMatcher(a=[mine[i][1] for i in kept], b=theirs, autojunk=False)
    differs = set()
    left_out = 0
    for op, a0, a1, b0, b1 in matcher.get_opcodes():
        if op in ("replace", "insert"):
            left_out += b1 - b0 if op == "insert" else max(0, (b1 - b0) - (a1 - a0))
        if op in ("replace", "delete"):
            differs.update(kept[a0:a1])
    segments: list[tuple[str, bool]] = []
    for i, (text, _) in enumerate(mine):
        # the space between two words is marked only inside a marked run
        pieces = ([(" ", i in differs and i - 1 in differs)] if i else []) + [(text, i in differs)]
        for piece, flag in pieces:
            if segments and segments[-1][1] == flag:
                segments[-1] = (segments[-1][0] + piece, flag)
            else:
                segments.append((piece, flag))
    return Difference(same=not differs and left_out == 0, segments=segments, left_out=left_out)
