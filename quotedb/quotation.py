"""How a stored quotation is shown to a reader.

A quotation is stored exactly as the text between its marks, so its offsets point at the
article. News style puts the writer's comma inside the marks (`"We strike," she said`):
that comma belongs to the writer's sentence, not to the speaker, and is not shown.
"""

from __future__ import annotations

# A question or exclamation mark, a dash or an ellipsis is the speaker's; a comma, semicolon
# or colon before the closing mark is the writer's sentence going on.
_WRITERS_PUNCTUATION = ",;:"


def display_quote(text: str | None) -> str:
    """The quotation as a reader should see it: without the writer's trailing punctuation."""
    if not text:
        return text or ""
    shown = text.rstrip()
    while shown and shown[-1] in _WRITERS_PUNCTUATION:
        shown = shown[:-1].rstrip()
    return shown or text
