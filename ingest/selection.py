"""Tell quotations from scare quotes, titles and nicknames; tell direct from partial."""
from __future__ import annotations

from .attribution import Attribution
from .marks import QuotedSpan


def is_quotation(text: str, span: QuotedSpan, attribution: Attribution) -> bool:
    """Keep a quoted span only when it reads as someone's words."""
    return True


def quote_kind(text: str, span: QuotedSpan, attribution: Attribution) -> str:
    """`direct` when the sentence outside the marks is only the attribution, else `partial`."""
    return "direct"
