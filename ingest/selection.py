"""Tell quotations from scare quotes, titles and nicknames; tell direct from partial."""
from __future__ import annotations

import re

from .marks import QuotedSpan

_SMALL_WORDS = {"of", "the", "and", "a", "an", "in", "on", "for", "to", "with", "at", "by", "or", "is", "as", "vs", "&"}
# words that announce a title, name or label just before the marks
_TITLE_BEFORE = re.compile(
    r"(?:['’]s|\btitled|\bentitled|\bnamed|\bdubbed|\bnicknamed|\bknown as|\bso-called|\bslogan|\bhashtag"
    r"|\bfilm|\bmovie|\bbook|\bshow|\bprogram|\bprogramme|\bpodcast|\bseries|\bsong|\balbum|\bepisode"
    r"|\bcolumn|\bop-ed|\bessay|\bheadline|\bnewsletter|\bnovel|\bplay|\bsegment|\bstar of|\bhost of|\bauthor of"
    r"|\bword|\bterm|\bphrase|\blabel|\bbrand)\s*[,:]?\s*$",
    re.IGNORECASE,
)
_TITLE_AFTER = re.compile(
    r"^\s*[,.]?\s*(?:star|host|actress|actor|anchor|campaign|hat|cap|caps|sign|signs|shirt|t-shirt|sticker|bumper"
    r"|rally|rallies|movement|program|programme|show|episode|broadcast|segment|series|podcast|tour|event|bill"
    r"|act|plan|caucus|initiative|project|strategy|doctrine|honkytonk|bar|restaurant|hashtag|slogan|motto)\b",
    re.IGNORECASE,
)


def _title_case(words: list[str]) -> bool:
    return bool(words) and all(w[0].isupper() or w.lower() in _SMALL_WORDS or not w[0].isalpha() for w in words)


def is_quotation(text: str, span: QuotedSpan) -> bool:
    """Keep a quoted span only when it reads as someone's words."""
    quoted = text[span.start : span.end]
    words = re.findall(r"[\w'’&-]+", quoted)
    before = text[span.para_start : span.open_mark]
    after = text[(span.close_mark + 1) if span.close_mark is not None else span.end : span.para_end]
    short = len(words) <= 6
    sentence_like = bool(re.search(r"[.!?…]['’]?\s*$", quoted)) and len(words) > 3
    if short and not sentence_like:
        if re.search(r"\bso-called\s*$", before, re.IGNORECASE):
            return False
        # a nickname between a first name and a surname: Mark "Tiny" Oduya
        if len(words) <= 2 and re.search(r"\b[A-Z][\w'’.-]*\s*$", before) and re.match(r"\s*[A-Z]", after):
            return False
        if _title_case(words) and (_TITLE_BEFORE.search(before) or _TITLE_AFTER.search(after)):
            return False
    return True


def quote_kind(text: str, span: QuotedSpan) -> str:
    """`direct` when the sentence outside the marks is only the attribution, else `partial`."""
    quoted = text[span.start : span.end].rstrip("'’")
    before = text[span.para_start : span.open_mark]
    # the writer's own words since the last sentence end or closing mark
    tail = re.split(r"[.!?…][\"”'’]?\s+|[\"”»]", before)[-1].strip()
    opens_clean = not tail or tail.endswith((",", ":", "—", "–"))
    ends_clean = span.open_ended or quoted[-1:] in (",", ".", "?", "!", "…", "-", "—")
    return "direct" if opens_clean and ends_clean else "partial"
