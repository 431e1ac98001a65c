"""Pages of a canned query's results: `?page=N`, read by the query's SQL (`:page`).

A canned query with `page_size: N` in metadata.yml shows N rows at a time; its SQL reads
the page as `limit N offset N * (page - 1)`, taking anything that is not a number of 1 or
more as the first page. The query page links to the page before and after (the one after
when this page is full: rendering each row costs the page, so one after an exact multiple
of N says there is nothing more).
"""

from __future__ import annotations

import re
import urllib.parse
from dataclasses import dataclass

PAGE_ARG = "page"


@dataclass(frozen=True)
class Page:
    """The page shown, and the addresses of the one before (None on the first) and after."""

    number: int
    previous: str | None
    next: str


def page_number(value: str | None) -> int:
    """The page a request asks for: its integer part (as SQLite's cast), 1 when none or below 1."""
    number = re.match(r"\s*([+-]?\d+)", value or "")
    return max(int(number.group(1)), 1) if number else 1


def page_of(path: str, args: list[tuple[str, str]]) -> Page:
    """The page asked for by a query page's arguments, with links to its neighbours."""
    number = page_number(dict(args).get(PAGE_ARG))
    kept = [(k, v) for k, v in args if k != PAGE_ARG]

    def to(n: int) -> str:
        return f"{path}?{urllib.parse.urlencode(kept + ([(PAGE_ARG, str(n))] if n > 1 else []))}"

    return Page(number=number, previous=to(number - 1) if number > 1 else None, next=to(number + 1))
