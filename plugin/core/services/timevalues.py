"""TIME values of OGC services: parsed to timezone-aware datetimes, keeping the exact advertised text.

A WMTS (MapCache) matches TIME strings exactly, so the text the server advertised is what goes back to it;
the datetime is for sorting, for matching a day the user picks, and for the Temporal Controller.

Handles what the services write: full timestamps (`2018-02-25T10:50:18.000Z`), date-only values (`2019-03-07`),
values without a zone (read as UTC), comma lists, intervals `start/end/period` (expanded, at most MAX_VALUES)
and ranges without a period `start/end` (kept as a range). Plain Python, no Qt: fast enough for 50,000 values.
"""

from __future__ import annotations

import calendar
import re
import sys
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from typing import NamedTuple

from ..errors import PluginError
from ..text import QT_TRANSLATE_NOOP

MAX_VALUES = 100_000  # an interval is expanded to at most this many values

_INSTANT_RE = re.compile(
    r"^(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2})"
    r"(?:[T ](?P<H>\d{2})(?::(?P<M>\d{2})(?::(?P<S>\d{2})(?:[.,](?P<f>\d+))?)?)?"
    r"\s*(?P<tz>Z|z|[+-]\d{2}(?::?\d{2})?)?)?)?)?$")
# what the services write (MapCache/MapServer/GeoServer): read by datetime.fromisoformat, which takes 'Z' from Python 3.11
_COMMON_RE = re.compile(r"\d{4}-\d\d-\d\d(?:T\d\d:\d\d:\d\d(?:[.,]\d+)?Z)?", re.ASCII)
_FROMISOFORMAT_Z = sys.version_info >= (3, 11)
_PERIOD_RE = re.compile(
    r"^P(?!$)(?:(?P<y>\d+)Y)?(?:(?P<mo>\d+)M)?(?:(?P<w>\d+)W)?(?:(?P<d>\d+)D)?"
    r"(?:T(?=\d)(?:(?P<h>\d+)H)?(?:(?P<mi>\d+)M)?(?:(?P<s>\d+(?:\.\d+)?)S)?)?$")


class TimeParseError(PluginError, ValueError):
    """A text that is not an ISO 8601 instant, period or interval."""


class TimeValue(NamedTuple):
    """One advertised TIME value: `text` exactly as the server wrote it, `when` the instant (aware, UTC)."""

    text: str
    when: datetime

    @property
    def day(self) -> date:
        return self.when.date()


def parse_instant(text: str) -> datetime:
    """'2019-03-07', '2018-02-25T10:50:18.000Z', '2021-10-21T00:00:00+02:00'... -> an aware datetime in UTC."""
    text = text.strip()
    moment = _parse_common(text)
    return moment if moment is not None else _parse_instant_slow(text)


def _parse_common(text: str) -> datetime | None:
    """The two forms the services write, 'YYYY-MM-DD' and 'YYYY-MM-DDTHH:MM:SS[.fff]Z', through a simple pattern and
    datetime's own C parser (a capabilities document has thousands of them); None for anything else (the full regular
    expression reads it)."""
    if _COMMON_RE.fullmatch(text) is None:
        return None
    try:
        if len(text) == 10:
            return datetime.fromisoformat(text).replace(tzinfo=timezone.utc)
        if _FROMISOFORMAT_Z:
            return datetime.fromisoformat(text)  # 'Z' gives tzinfo=timezone.utc
        fraction = text[20:-1]
        return datetime(int(text[:4]), int(text[5:7]), int(text[8:10]), int(text[11:13]), int(text[14:16]),
                        int(text[17:19]), int((fraction + "000000")[:6]), tzinfo=timezone.utc)
    except ValueError:
        return None  # e.g. 2019-02-29: the slow path says what is wrong with it


def _parse_instant_slow(text: str) -> datetime:
    match = _INSTANT_RE.match(text)
    if not match:
        raise TimeParseError(QT_TRANSLATE_NOOP("@default", "'{text}' is not an ISO 8601 date or time"), text=text)
    g = match.groupdict()
    fraction = g["f"] or ""
    try:
        moment = datetime(int(g["y"]), int(g["m"] or 1), int(g["d"] or 1), int(g["H"] or 0), int(g["M"] or 0),
                          int(g["S"] or 0), int((fraction + "000000")[:6]), tzinfo=timezone.utc)
    except ValueError as error:
        raise TimeParseError(QT_TRANSLATE_NOOP("@default", "'{text}' is not a valid date or time:"), str(error),
                             text=text) from None
    zone = g["tz"]
    if zone and zone not in "Zz":
        sign = -1 if zone[0] == "-" else 1
        digits = zone[1:].replace(":", "")
        offset = timedelta(hours=int(digits[:2]), minutes=int(digits[2:4] or 0))
        moment -= sign * offset
    return moment


def parse_period(text: str) -> tuple[int, timedelta]:
    """'P1D' -> (0 months, 1 day); 'P1M' -> (1 month, 0); 'PT6H' -> (0, 6 h). Raises TimeParseError when empty or zero."""
    match = _PERIOD_RE.match(text.strip().upper())
    if not match:
        raise TimeParseError(QT_TRANSLATE_NOOP("@default", "'{text}' is not an ISO 8601 period (e.g. P1D)"), text=text)
    g = {key: value or "0" for key, value in match.groupdict().items()}
    months = 12 * int(g["y"]) + int(g["mo"])
    rest = timedelta(weeks=int(g["w"]), days=int(g["d"]), hours=int(g["h"]), minutes=int(g["mi"]), seconds=float(g["s"]))
    if months == 0 and rest <= timedelta(0):
        raise TimeParseError(QT_TRANSLATE_NOOP("@default", "The period '{text}' is zero: an interval needs a step."), text=text)
    return months, rest


def _add_months(moment: datetime, months: int) -> datetime:
    if not months:
        return moment
    total = moment.month - 1 + months
    year, month = moment.year + total // 12, total % 12 + 1
    return moment.replace(year=year, month=month, day=min(moment.day, calendar.monthrange(year, month)[1]))


def format_like(moment: datetime, example: str) -> str:
    """Write an instant in the form of an advertised value (date only, with or without fraction, Z or offset)."""
    example = example.strip()
    match = _INSTANT_RE.match(example)
    if not match or match["H"] is None:
        return moment.strftime("%Y-%m-%d")
    zone = match["tz"]
    if zone and zone not in "Zz":  # the example's offset: local time = UTC + offset
        moment = moment + (parse_instant("2000-01-01T00:00Z") - parse_instant("2000-01-01T00:00" + zone))
    text = moment.strftime("%Y-%m-%dT%H:%M" if match["S"] is None else "%Y-%m-%dT%H:%M:%S")
    if match["f"]:
        digits = len(match["f"])
        text += example[match.start("f") - 1] + f"{moment.microsecond:06d}"[:digits].ljust(digits, "0")
    return text + (zone or "")


@dataclass
class TimeDimension:
    """The TIME dimension of one layer: its values sorted by instant, its default, ranges without a period.

    `values` holds each advertised text once; `default` is the advertised value at the default's instant when
    there is one (the default may be written differently, e.g. without milliseconds), else the default's own text.
    """

    values: tuple[TimeValue, ...] = ()
    default: TimeValue | None = None
    ranges: tuple[tuple[TimeValue, TimeValue], ...] = ()  # `start/end` without a period: any instant inside
    truncated: bool = False  # an interval had more than MAX_VALUES steps
    _by_day: dict[date, tuple[TimeValue, ...]] | None = field(default=None, repr=False, compare=False)
    _instants: list[datetime] | None = field(default=None, repr=False, compare=False)

    def __len__(self) -> int:
        return len(self.values)

    def __bool__(self) -> bool:
        return bool(self.values or self.ranges)

    @property
    def texts(self) -> list[str]:
        return [value.text for value in self.values]

    def _day_index(self) -> dict[date, tuple[TimeValue, ...]]:
        if self._by_day is None:
            index: dict[date, list[TimeValue]] = {}
            for value in self.values:
                index.setdefault(value.when.date(), []).append(value)
            self._by_day = {day: tuple(found) for day, found in index.items()}
        return self._by_day

    def days(self) -> list[date]:
        """The days (UTC) that have at least one value, in order."""
        return list(self._day_index())

    def on_day(self, day: date) -> tuple[TimeValue, ...]:
        """The advertised value(s) of a day (UTC), in order; empty when the server has none that day."""
        if isinstance(day, datetime):
            day = day.astimezone(timezone.utc).date()
        return self._day_index().get(day, ())

    def value_for_day(self, day: date) -> TimeValue | None:
        """The first advertised value of a day, or None."""
        found = self.on_day(day)
        return found[0] if found else None

    def between(self, start: date | None = None, end: date | None = None) -> tuple[TimeValue, ...]:
        """The values whose day lies in [start, end] (either bound may be None)."""
        if self._instants is None:
            self._instants = [value.when for value in self.values]
        low = 0 if start is None else bisect_left(self._instants, datetime(start.year, start.month, start.day,
                                                                             tzinfo=timezone.utc))
        if end is None:
            return self.values[low:]
        after = end + timedelta(days=1)
        high = bisect_left(self._instants, datetime(after.year, after.month, after.day, tzinfo=timezone.utc))
        return self.values[low:high]

    def nearest(self, moment: datetime) -> TimeValue | None:
        """The advertised value closest in time to a moment (aware, or naive read as UTC)."""
        if not self.values:
            return None
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=timezone.utc)
        if self._instants is None:
            self._instants = [value.when for value in self.values]
        position = bisect_left(self._instants, moment)
        candidates = self.values[max(0, position - 1): position + 1]
        return min(candidates, key=lambda value: abs(value.when - moment))

    def find(self, text: str) -> TimeValue | None:
        """The advertised value with exactly this text, or at the same instant (another way of writing it)."""
        text = text.strip()
        for value in self.values:
            if value.text == text:
                return value
        try:
            moment = parse_instant(text)
        except TimeParseError:
            return None
        nearest = self.nearest(moment)
        return nearest if nearest is not None and nearest.when == moment else None

    @property
    def first(self) -> TimeValue | None:
        return self.values[0] if self.values else (self.ranges[0][0] if self.ranges else None)

    @property
    def last(self) -> TimeValue | None:
        return self.values[-1] if self.values else (self.ranges[-1][1] if self.ranges else None)


def _expand(start_text: str, end_text: str, period_text: str, budget: int) -> tuple[list[TimeValue], bool]:
    start, end = parse_instant(start_text), parse_instant(end_text)
    months, rest = parse_period(period_text)
    values: list[TimeValue] = []
    step = 0
    moment = start
    while moment <= end:
        if len(values) >= budget:
            return values, True
        values.append(TimeValue(format_like(moment, start_text), moment))
        step += 1
        moment = _add_months(start, months * step) + rest * step
    return values, False


def parse_time_values(texts: str | Iterable[str], default: str | None = None,
                      cache: dict[str, TimeValue] | None = None) -> TimeDimension:
    """A TimeDimension from a comma list (or several texts, e.g. one WMTS <Value> each) and an optional default.

    `cache` (text -> TimeValue) may be shared by the layers of one document: they mostly advertise the same dates.
    Raises TimeParseError on a value that is not ISO 8601; empty items are skipped.
    """
    cache = {} if cache is None else cache
    if isinstance(texts, str):
        texts = (texts,)
    seen: dict[str, TimeValue] = {}
    ranges: list[tuple[TimeValue, TimeValue]] = []
    truncated = False
    for chunk in texts:
        if not chunk:
            continue
        for item in chunk.split(","):
            item = item.strip()
            if not item or item in seen:
                continue
            if "/" in item:
                parts = [part.strip() for part in item.split("/")]
                if len(parts) == 3 and parts[2]:
                    expanded, cut = _expand(parts[0], parts[1], parts[2], MAX_VALUES - len(seen))
                    truncated = truncated or cut
                    for value in expanded:
                        seen.setdefault(value.text, value)
                elif len(parts) in (2, 3):
                    ranges.append((TimeValue(parts[0], parse_instant(parts[0])), TimeValue(parts[1], parse_instant(parts[1]))))
                else:
                    raise TimeParseError(QT_TRANSLATE_NOOP(
                        "@default", "'{text}' is not an ISO 8601 interval (start/end/period)"), text=item)
                continue
            value = cache.get(item)
            if value is None:
                value = cache[item] = TimeValue(item, parse_instant(item))
            seen[item] = value
            if len(seen) > MAX_VALUES:
                truncated = True
                break
    values = sorted(seen.values(), key=lambda value: value.when)
    dimension = TimeDimension(tuple(values), None, tuple(ranges), truncated)
    if default and default.strip():
        default = default.strip()
        match = seen.get(default)
        if match is None and default.lower() not in ("current", "now"):
            try:
                match = dimension.find(default) or TimeValue(default, parse_instant(default))
            except TimeParseError:
                match = None
        dimension.default = match
    return dimension
