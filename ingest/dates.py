"""Publication dates to ISO `YYYY-MM-DD`."""

from __future__ import annotations

import datetime as dt

from dateutil import parser as date_parser


class DateError(ValueError):
    pass


def iso_date(value: object) -> str:
    """An ISO date from a date, datetime or a date string in any common form."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if not isinstance(value, str):
        raise DateError(f"bad date: {value!r}")
    try:
        parsed = date_parser.parse(value.strip())
    except (ValueError, OverflowError):
        raise DateError(f"bad date: {value!r}") from None
    return parsed.date().isoformat()
