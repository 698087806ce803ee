"""The TIME values a layer offers, as the dock shows them: one entry per value, newest first, filterable by a date range.

Plain Python (no Qt). The values come from the services core (core.services.timevalues): TimeValues (the exact advertised text and
its instant) or, for callers that only have strings, texts read with the same parser. The entry keeps the exact string,
since MapCache only serves a value spelled as advertised; its day is the value's day in UTC, as in TimeDimension.on_day.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from operator import attrgetter
from typing import NamedTuple

from .timevalues import TimeParseError, TimeValue, parse_instant


class DateEntry(NamedTuple):  # a tuple: thousands are made for a layer
    value: str  # exactly as the service advertises it
    date: dt.date
    label: str  # what the list shows: the date, with the time when one day has several values


def value_date(value: str) -> dt.date | None:
    """The day (UTC) of a TIME value, or None for text that is no ISO 8601 instant."""
    try:
        return parse_instant(value).date()
    except TimeParseError:
        return None


def _time_values(values: Iterable[TimeValue | str]) -> list[TimeValue]:
    found: dict[str, TimeValue] = {}
    for value in values:
        if isinstance(value, TimeValue):
            found.setdefault(value.text, value)
            continue
        text = value.strip()
        if text and text not in found:
            try:
                found[text] = TimeValue(text, parse_instant(text))
            except TimeParseError:
                continue  # not a date: nothing to list
    return list(found.values())


def date_entries(values: Iterable[TimeValue | str]) -> list[DateEntry]:
    """Entries for the values that carry a date, newest first; duplicates dropped, values without a date skipped."""
    dated = sorted(_time_values(values), key=attrgetter("when"), reverse=True)
    days = [value.when.date() for value in dated]
    per_day = Counter(days)
    return [DateEntry(value.text, day, day.isoformat() if per_day[day] == 1 else f"{day.isoformat()} {value.when:%H:%M} UTC")
            for value, day in zip(dated, days)]


def filter_entries(entries: Sequence[DateEntry], start: dt.date | None = None, end: dt.date | None = None,
                   keys: Sequence[int] | None = None) -> list[DateEntry]:
    """The entries between start and end, both included (None: no limit on that side). Order kept.

    With `keys` (entry_keys(entries), made once) the newest-first entries are cut by bisection: no work per entry."""
    if keys is None:
        return [e for e in entries if (start is None or e.date >= start) and (end is None or e.date <= end)]
    low = 0 if end is None else bisect_left(keys, -end.toordinal())
    high = len(entries) if start is None else bisect_right(keys, -start.toordinal())
    return list(entries[low:high])


def entry_keys(entries: Sequence[DateEntry]) -> list[int]:
    """Sort keys of newest-first entries (ascending) for filter_entries(..., keys=...)."""
    return [-entry.date.toordinal() for entry in entries]
