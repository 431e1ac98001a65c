"""The closed vocabulary of attribution: where a quotation's attribution was found, how its
speaker was found (the `method` column), and how sure each rule is.

Every value here is produced by some rule (tests/test_vocabulary.py checks README.md and
metadata.yml list exactly these); StrEnum members are plain strings to SQLite and JSON.
"""

from __future__ import annotations

from enum import StrEnum
from types import MappingProxyType
from typing import Literal

# What a speaker mention is (ingest/mentions.py); each resolves its own way (pipeline.resolve).
MentionKind = Literal["name", "pronoun", "description"]


class Where(StrEnum):
    """Where the attribution of a quoted span was found (ingest/attribution.py)."""

    AFTER = "after"  # the cue after the quotation: `," Reyes said.`
    BEFORE = "before"  # the cue before it: `Reyes said, "`
    COLON = "colon"  # a colon introduction: `The mayor was blunt: "`
    DASH = "dash"  # a credit after a dash, or on the next line: `" - Helena Varga`
    SUBJECT = "subject"  # the subject of the writer's sentence around a partial quotation
    CONTINUATION = "continuation"  # a paragraph that continues the previous speaker
    ADJACENT = "adjacent"  # the attribution of the quotation right after it (carried over)
    NONE = "none"  # nothing found


# attributions resting on a cue, whose speaker a neighbouring quotation may take (pipeline.carry_over)
CUED = frozenset({Where.AFTER, Where.BEFORE, Where.COLON, Where.DASH})


class Method(StrEnum):
    """How the speaker of a stored quotation was found: the `method` column."""

    NAME = "name"  # the mention is a name
    PRONOUN = "pronoun"  # a pronoun, resolved to the person it points at
    DESCRIPTION = "description"  # a description (`the mayor`), resolved by the role given
    CONTINUATION = "continuation"  # taken from the previous quotation of the paragraph(s)
    ADJACENT = "adjacent"  # taken from the next quotation, with nothing between them


class Rule(StrEnum):
    """Each attribution rule, in the order ingest/attribution.py tries them."""

    DASH_CREDIT = "dash credit"  # `"...." - Helena Varga`
    CREDIT_LINE = "credit line"  # a pull-quote left open, credited on the next line
    CLAUSE = "clause"  # the cue whose clause holds the quotation in the parse
    CLOSE_AFTER = "close after"  # a cue in the 14 tokens after the closing mark
    BEFORE = "before"  # a cue in the sentence before the opening mark
    LATER = "later"  # a cue further on in the same sentence
    COLON_LABEL = "colon label"  # a transcript-style label: `Clinton: "`
    COLON = "colon"  # a colon introduction with any verb
    COLON_PREVIOUS = "colon previous"  # `Stated Stone:` closing the previous paragraph
    SUBJECT = "subject"  # the writer's sentence's subject around a partial quotation
    CONTINUATION = "continuation"  # a paragraph opening with a quotation, nothing of its own
    NONE = "none"


# How sure each rule is, 0 to 1: the `confidence` column (rounded to 2 places).
CONFIDENCE = MappingProxyType(
    {
        Rule.DASH_CREDIT: 0.85,
        Rule.CREDIT_LINE: 0.75,
        Rule.CLAUSE: 0.9,
        Rule.CLOSE_AFTER: 0.95,
        Rule.BEFORE: 0.9,
        Rule.LATER: 0.8,
        Rule.COLON_LABEL: 0.8,
        Rule.COLON: 0.8,
        Rule.COLON_PREVIOUS: 0.75,
        Rule.SUBJECT: 0.5,
        Rule.CONTINUATION: 0.7,
        Rule.NONE: 0.0,
    }
)

# A quotation that takes a neighbour's attribution keeps this share of its confidence.
CARRIED_OVER = 0.85
