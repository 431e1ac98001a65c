"""A quotation as a citation: the plain text a journalist pastes, BibTeX and CSL-JSON.

The cited work is the article (its title, outlet, date, url and author); the speaker and
their words go in the note, as reference managers have no field for a quotation.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from .quotation import display_quote


@dataclass(frozen=True)
class Citation:
    quote_id: int
    words: str
    speaker: str | None
    role: str | None
    article_title: str | None
    outlet: str | None
    published: str | None
    url: str | None
    author: str | None

    @classmethod
    def from_row(cls, row: dict) -> Citation:
        """From a row with the names quote_page gives them (quotes.* with speaker, outlet, ...)."""
        return cls(
            quote_id=row["id"],
            words=display_quote(row["quote"]),
            speaker=row.get("speaker") or row.get("speaker_name"),
            role=row.get("speaker_role") or row.get("role"),
            article_title=row.get("article_title"),
            outlet=row.get("outlet"),
            published=row.get("published"),
            url=_web_address(row.get("article_url")),
            author=row.get("article_author"),
        )

    @property
    def key(self) -> str:
        return f"quotedb-quote-{self.quote_id}"

    def who(self) -> str:
        name = self.speaker or "Unknown speaker"
        return f"{name}, {self.role}" if self.role else name

    def text(self) -> str:
        """One line: who, their words, and where and when they were published."""
        where = [f"“{self.article_title}”" if self.article_title else None, self.outlet, self.published or "undated"]
        line = f"{self.who()}: “{self.words}” Quoted in {', '.join(p for p in where if p)}."
        return f"{line} {self.url}" if self.url else line

    def bibtex(self) -> str:
        fields = [
            ("title", self.article_title or "Untitled article"),
            ("journal", self.outlet),
            ("author", self.author),
            ("date", self.published),
            ("year", _date_parts(self.published)[0] if _date_parts(self.published) else None),
            ("url", self.url),
            ("note", f"{self.who()}: ``{self.words}''"),
        ]
        body = ",\n".join(
            # a url is read verbatim by biblatex: only braces could break the field
            f"  {name} = {{{_bib_escape(str(value)) if name != 'url' else re.sub(r'[{}]', '', value)}}}"
            for name, value in fields
            if value
        )
        return f"@article{{{self.key},\n{body}\n}}\n"

    def csl(self) -> dict:
        item: dict = {
            "id": self.key,
            "type": "article-newspaper",
            "title": self.article_title or "Untitled article",
            "note": f"{self.who()}: “{self.words}”",
        }
        if self.outlet:
            item["container-title"] = self.outlet
        if self.author:
            item["author"] = [{"literal": self.author}]
        if _date_parts(self.published):
            item["issued"] = {"date-parts": [_date_parts(self.published)]}
        if self.url:
            item["URL"] = self.url
        return item


def _web_address(url) -> str | None:
    """url if it is an http(s) address (nothing else is cited as one), else None."""
    return url.strip() if isinstance(url, str) and re.match(r"https?://", url.strip(), re.I) else None


def _date_parts(date: str | None) -> list[int]:
    match = re.match(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", date or "")
    return [int(p) for p in match.groups() if p] if match else []


_BIB_SPECIAL = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "%": r"\%",
    "&": r"\&",
    "#": r"\#",
    "$": r"\$",
    "_": r"\_",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}


def _bib_escape(text: str) -> str:
    """text safe inside a braced BibTeX field (no character ends the field or starts a command)."""
    return "".join(_BIB_SPECIAL.get(c, c) for c in text)


def bibtex(citations: list[Citation]) -> str:
    return "\n".join(c.bibtex() for c in citations)


def csl_json(citations: list[Citation]) -> str:
    return json.dumps([c.csl() for c in citations], ensure_ascii=False, indent=2) + "\n"
