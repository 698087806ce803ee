"""TIME values of OGC services: parsed to timezone-aware datetimes, keeping the exact advertised text, within bounds.

A WMTS (MapCache) matches TIME strings exactly, so the text the server advertised is what goes back to it;
the datetime is for sorting, for matching a day the user picks, and for the Temporal Controller.

Handles what the services write: full timestamps (`2018-02-25T10:50:18.000Z`), date-only values (`2019-03-07`),
values without a zone (read as UTC), comma lists, intervals `start/end/period` (expanded) and ranges without a period
`start/end` (kept as a range). Anything else raises TimeParseError, never another error (a date past 9999, a period
of ten thousand years, an offset before year 1).

Bounds: a layer keeps at most MAX_VALUES values, its newest, and always its advertised default; a capabilities document
shares MAX_DOCUMENT_VALUES among its layers (document_limits()). An interval is counted by arithmetic and only the
values kept are made, so the work follows what is kept, not what a short text like `1900-01-01/2100-01-01/PT1S` promises.

    spec = read_time_spec(texts, default)        # cheap: items split, intervals read, spec.count values advertised
    dimension = spec.dimension(limit, cache)     # the TimeDimension, newest `limit` values (+ the default)
    dimension = parse_time_values(texts, default)  # both at once, with the per-layer bound
Plain Python, no Qt.
"""

from __future__ import annotations

import calendar
import heapq
import re
import sys
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from itertools import islice, repeat
from operator import add, eq, ge, itemgetter, le, methodcaller, mul
from typing import NamedTuple

from ..errors import PluginError
from ..text import QT_TRANSLATE_NOOP

MAX_VALUES = 100_000  # a layer keeps at most this many values: its newest (and its default)
MAX_DOCUMENT_VALUES = 400_000  # the layers of one capabilities document keep at most this many values together
CHECK_EVERY = 4096  # values handled in one go: between two, the caller's `check` (its cancel point) runs

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
_ITEMS_RE = re.compile(r"\s*,\s*")
_UTC = timezone.utc
_DAY = timedelta(days=1)


class TimeParseError(PluginError, ValueError):
    """A text that is not an ISO 8601 instant, period or interval."""


class TimeValue(NamedTuple):
    """One advertised TIME value: `text` exactly as the server wrote it, `when` the instant (aware, UTC)."""

    text: str
    when: datetime

    @property
    def day(self) -> date:
        return self.when.date()


_new_value = tuple.__new__  # TimeValue(text, when) without the NamedTuple's Python-level __new__: thousands are made


def _value(text: str, when: datetime) -> TimeValue:
    return _new_value(TimeValue, (text, when))


# ------------------------------------------------------------------------------------------------------------ instants


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
            return datetime.fromisoformat(text).replace(tzinfo=_UTC)
        if _FROMISOFORMAT_Z:
            return datetime.fromisoformat(text)  # 'Z' gives tzinfo=timezone.utc
        fraction = text[20:-1]
        return datetime(int(text[:4]), int(text[5:7]), int(text[8:10]), int(text[11:13]), int(text[14:16]),
                        int(text[17:19]), int((fraction + "000000")[:6]), tzinfo=_UTC)
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
                          int(g["S"] or 0), int((fraction + "000000")[:6]), tzinfo=_UTC)
        offset = _offset(g["tz"])
        return moment - offset if offset else moment
    except (ValueError, OverflowError) as error:  # 2019-02-30, 25:00, or an offset that leaves year 1..9999
        raise TimeParseError(QT_TRANSLATE_NOOP("@default", "'{text}' is not a valid date or time:"), str(error),
                             text=text) from None


def _offset(zone: str | None) -> timedelta:
    """'+02:00' -> 2 h; 'Z' or none -> 0. Raises ValueError for hours past 23 or minutes past 59."""
    if not zone or zone in "Zz":
        return timedelta(0)
    digits = zone[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:4] or 0)
    if hours > 23 or minutes > 59:
        raise ValueError(f"time zone offset {zone} out of range")
    return (-1 if zone[0] == "-" else 1) * timedelta(hours=hours, minutes=minutes)


def parse_period(text: str) -> tuple[int, timedelta]:
    """'P1D' -> (0 months, 1 day); 'P1M' -> (1 month, 0); 'PT6H' -> (0, 6 h). Raises TimeParseError when not a
    period, zero, or beyond what a date can hold."""
    match = _PERIOD_RE.match(text.strip().upper())
    if not match:
        raise TimeParseError(QT_TRANSLATE_NOOP("@default", "'{text}' is not an ISO 8601 period (e.g. P1D)"), text=text)
    g = {key: value or "0" for key, value in match.groupdict().items()}
    try:
        months = 12 * int(g["y"]) + int(g["mo"])
        rest = timedelta(weeks=int(g["w"]), days=int(g["d"]), hours=int(g["h"]), minutes=int(g["mi"]),
                         seconds=float(g["s"]))
    except OverflowError:
        months, rest = _FOREVER, timedelta(0)
    if months == 0 and rest <= timedelta(0):
        raise TimeParseError(QT_TRANSLATE_NOOP("@default", "The period '{text}' is zero: an interval needs a step."), text=text)
    return min(months, _FOREVER), rest


_FOREVER = 12 * 10_000  # months: a step this long leaves the years a date can hold after its first value


def _add_months(moment: datetime, months: int) -> datetime:
    if not months:
        return moment
    total = moment.month - 1 + months
    year, month = moment.year + total // 12, total % 12 + 1
    return moment.replace(year=year, month=month, day=min(moment.day, calendar.monthrange(year, month)[1]))


# --------------------------------------------------------------------------------------------------------------- forms


_PRECISION = ("", "hours", "minutes", "seconds", "microseconds")


def _writer(example: str, precision: str = "") -> Callable[[Iterable[datetime]], list[str]]:
    """A function writing instants (aware, UTC) in the form of an advertised value: date only, hours, minutes, seconds
    or a fraction, 'T' or ' ', 'Z', an offset or no zone. `precision` (one of _PRECISION) is the least the values need:
    written with a date-only example, a step of five minutes would lose its times, so they are written
    'YYYY-MM-DDTHH:MM:SSZ' (as MapServer writes them). The function is a chain of C-level maps: intervals make
    thousands of values."""
    example = example.strip()
    match = _INSTANT_RE.match(example)
    if not match or match["H"] is None:
        if not precision:
            return lambda moments: list(map(_FIRST_10, map(_ISOFORMAT, moments)))
        return _writer("2000-01-01T00:00:00.000000Z" if precision == "microseconds" else "2000-01-01T00:00:00Z")
    zone = match["tz"] or ""
    try:
        shift = _offset(zone)
    except ValueError:
        zone, shift = "Z", timedelta(0)
    digits = len(match["f"] or "")
    has = "microseconds" if digits else "seconds" if match["S"] else "minutes" if match["M"] else "hours"
    if _PRECISION.index(precision) > _PRECISION.index(has):
        has, digits = precision, 6 if precision == "microseconds" else 0
    # isoformat() of a UTC datetime ends in '+00:00': cut it (and the fraction's extra digits), add the zone
    isoformat = methodcaller("isoformat", example[10], "microseconds" if digits else has)
    cut = itemgetter(slice(0, 20 + digits if digits else -6))
    mark = example[match.start("f") - 1] if match["f"] else "."

    def write(moments: Iterable[datetime]) -> list[str]:
        if shift:
            moments = map(add, moments, repeat(shift))
        texts = map(cut, map(isoformat, moments))
        if mark != ".":
            texts = map(methodcaller("replace", ".", mark), texts)
        return list(map(add, texts, repeat(zone))) if zone else list(texts)

    return write


_ISOFORMAT = methodcaller("isoformat")
_FIRST_10 = itemgetter(slice(0, 10))


def format_like(moment: datetime, example: str) -> str:
    """Write an instant in the form of an advertised value (date only, with or without fraction, Z or offset)."""
    return _writer(example)((moment,))[0]


# ----------------------------------------------------------------------------------------------------------- intervals


class _Interval:
    """`start/end/period`: the instants start + n x period (n = 0, 1, ... last) up to end, written in one form."""

    def __init__(self, item: str, start: str, end: str, period: str, default: str | None):
        self.item = item
        self.start, self.end = parse_instant(start), parse_instant(end)
        if self.end < self.start:
            raise TimeParseError(QT_TRANSLATE_NOOP("@default", "The interval '{text}' ends before it starts."), text=item)
        self.months, self.rest = parse_period(period)
        seconds = self.rest.seconds
        precision = ("microseconds" if self.rest.microseconds else "seconds" if seconds % 60 else
                     "minutes" if seconds % 3600 else "hours" if seconds else "")
        # the start's form; when it has no time and the steps do, the end's or the default's (if they have one)
        example = next((text for text in (start, end, default or "") if _has_time(text)), start) if precision else start
        self.write = _writer(example, precision)
        self.last = self._last_step()

    @property
    def count(self) -> int:
        return self.last + 1

    def moment(self, step: int) -> datetime | None:
        """The instant of a step; None when it lies past the years a date can hold."""
        if not self.months:
            return self.start + self.rest * step
        try:
            return _add_months(self.start, self.months * step) + self.rest * step
        except (ValueError, OverflowError):
            return None

    def _last_step(self) -> int:
        if not self.months:
            return (self.end - self.start) // self.rest
        # each step adds at least `months` months: the answer lies in [0, high]; the steps grow: bisect
        span = (self.end.year - self.start.year) * 12 + self.end.month - self.start.month
        low, high = 0, span // self.months + 1
        while low < high:
            middle = (low + high + 1) // 2
            moment = self.moment(middle)
            if moment is not None and moment <= self.end:
                low = middle
            else:
                high = middle - 1
        return low

    def step_of(self, moment: datetime) -> int | None:
        """The step whose instant is exactly `moment`, or None."""
        if not self.start <= moment <= self.end:
            return None
        if not self.months:
            step, remainder = divmod(moment - self.start, self.rest)
            return step if not remainder else None
        low, high = 0, self.last
        while low <= high:
            middle = (low + high) // 2
            found = self.moment(middle)
            if found == moment:
                return middle
            if found is not None and found < moment:
                low = middle + 1
            else:
                high = middle - 1
        return None

    def value(self, step: int) -> TimeValue:
        moment = self.moment(step)
        return _value(self.write((moment,))[0], moment)

    def newest(self, count: int, check: Callable[[], object] | None = None) -> tuple[list[str], list[datetime]]:
        """The texts and instants of the newest `count` values, oldest first (`check` called every CHECK_EVERY)."""
        first = max(0, self.last + 1 - count)
        texts: list[str] = []
        moments: list[datetime] = []
        for start in range(first, self.last + 1, CHECK_EVERY):
            if check is not None:
                check()
            steps = range(start, min(start + CHECK_EVERY, self.last + 1))
            if self.months:
                chunk = [self.moment(step) for step in steps]
            else:
                chunk = list(map(add, repeat(self.start), map(mul, repeat(self.rest), steps)))
            texts += self.write(chunk)
            moments += chunk
        return texts, moments

    def descending(self) -> Iterator[tuple[datetime, str]]:
        for step in range(self.last, -1, -1):
            moment = self.moment(step)
            yield moment, self.write((moment,))[0]


def _common_instants(texts: list[str]) -> list[datetime] | None:
    """The instants of texts all written 'YYYY-MM-DD' or all ending in 'Z' (what the services write), by
    datetime.fromisoformat in one C-level pass (Python 3.11 reads 'Z'), faster than looking each up in a dict; None
    for any other texts (or before Python 3.11): parse_instant() reads them."""
    if texts and _FROMISOFORMAT_Z:
        try:
            if (",".join(texts) + ",").count("Z,") == len(texts):  # items hold no comma
                return list(map(datetime.fromisoformat, texts))
            if min(map(len, texts)) == max(map(len, texts)) == 10:  # all 'YYYY-MM-DD'
                return list(map(_AS_UTC, map(datetime.fromisoformat, texts)))
        except ValueError:
            pass  # one of them is not a date: the slow path says which
    return None


_AS_UTC = methodcaller("replace", tzinfo=_UTC)


def _values(texts: Iterable[str], moments: Iterable[datetime]) -> tuple[TimeValue, ...]:
    return tuple(map(_new_value, repeat(TimeValue), zip(texts, moments)))


def _has_time(text: str) -> bool:
    match = _INSTANT_RE.match(text.strip()) if text else None
    return bool(match and match["H"] is not None)


# ----------------------------------------------------------------------------------------------------------- dimension


class TimeValues(Sequence):
    """A dimension's values, sorted by instant, each a TimeValue made when read: the dimension keeps only their texts
    and instants (strings and datetimes, which Python's garbage collector does not track: 100,000 tuples kept would
    make every full collection of QGIS's heap slower, and making them triggers such collections)."""

    __slots__ = ("_texts", "_instants")

    def __init__(self, texts: list[str], instants: list[datetime]):
        self._texts, self._instants = texts, instants

    def __len__(self) -> int:
        return len(self._texts)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return _values(self._texts[index], self._instants[index])
        return _value(self._texts[index], self._instants[index])

    def __iter__(self) -> Iterator[TimeValue]:
        return map(_new_value, repeat(TimeValue), zip(self._texts, self._instants))

    def __reversed__(self) -> Iterator[TimeValue]:
        return map(_new_value, repeat(TimeValue), zip(reversed(self._texts), reversed(self._instants)))

    def __contains__(self, value: object) -> bool:
        if not isinstance(value, tuple) or len(value) != 2 or not isinstance(value[1], datetime):
            return False
        position = bisect_left(self._instants, value[1])
        while position < len(self._instants) and self._instants[position] == value[1]:
            if self._texts[position] == value[0]:
                return True
            position += 1
        return False

    def __eq__(self, other: object) -> bool:
        if isinstance(other, TimeValues):
            return self._texts == other._texts and self._instants == other._instants
        return isinstance(other, Sequence) and len(self) == len(other) and all(a == b for a, b in zip(self, other))

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"TimeValues({len(self)}: {self._texts[:1]}..{self._texts[-1:]})"


@dataclass
class TimeDimension:
    """The TIME dimension of one layer: its values sorted by instant (`texts` exactly as advertised, `instants` aware
    UTC; `values` gives them as TimeValues), its default, ranges without a period.

    Each advertised text is listed once; `default` is the advertised value at the default's instant when there is one
    (the default may be written differently, e.g. without milliseconds), else the default's own text.
    `truncated`: the server advertised more values than were kept (the newest were kept, and the default).
    """

    texts: list[str] = field(default_factory=list)
    moments: list[datetime] = field(default_factory=list)
    default: TimeValue | None = None
    ranges: tuple[tuple[TimeValue, TimeValue], ...] = ()  # `start/end` without a period: any instant inside
    truncated: bool = False

    def __len__(self) -> int:
        return len(self.texts)

    def __bool__(self) -> bool:
        return bool(self.texts or self.ranges)

    @property
    def values(self) -> TimeValues:
        return TimeValues(self.texts, self.moments)

    def instants(self) -> list[datetime]:
        """The values' instants, in order."""
        return self.moments

    def _span(self, start: datetime, end: datetime) -> tuple[int, int]:
        return bisect_left(self.moments, start), bisect_left(self.moments, end)

    def days(self) -> list[date]:
        """The days (UTC) that have at least one value, in order."""
        return list(dict.fromkeys(map(_DATE, self.moments)))

    def on_day(self, day: date) -> tuple[TimeValue, ...]:
        """The advertised value(s) of a day (UTC), in order; empty when the server has none that day."""
        if isinstance(day, datetime):
            day = day.astimezone(_UTC).date()
        return self.between(day, day)

    def value_for_day(self, day: date) -> TimeValue | None:
        """The first advertised value of a day, or None."""
        found = self.on_day(day)
        return found[0] if found else None

    def between(self, start: date | None = None, end: date | None = None) -> tuple[TimeValue, ...]:
        """The values whose day lies in [start, end] (either bound may be None)."""
        low = 0 if start is None else bisect_left(self.moments, _midnight(start))
        high = len(self.moments) if end is None else bisect_left(self.moments, _midnight(end + _DAY))
        return self.values[low:max(low, high)]

    def nearest(self, moment: datetime) -> TimeValue | None:
        """The advertised value closest in time to a moment (aware, or naive read as UTC)."""
        if not self.texts:
            return None
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=_UTC)
        position = bisect_left(self.moments, moment)
        candidates = self.values[max(0, position - 1): position + 1]
        return min(candidates, key=lambda value: abs(value.when - moment))

    def find(self, text: str) -> TimeValue | None:
        """The advertised value with exactly this text, or at the same instant (another way of writing it)."""
        text = text.strip()
        try:
            moment = parse_instant(text)
        except TimeParseError:
            return next((value for value in self.values if value.text == text), None)
        position = bisect_left(self.moments, moment)
        same = []
        while position < len(self.moments) and self.moments[position] == moment:
            same.append(_value(self.texts[position], moment))
            position += 1
        return next((value for value in same if value.text == text), same[0] if same else None)

    def add(self, value: TimeValue) -> None:
        """Put a value among the values, in its place, unless it is there."""
        if value in self.values:
            return
        position = bisect_left(self.moments, value.when)
        self.texts = self.texts[:position] + [value.text] + self.texts[position:]
        self.moments = self.moments[:position] + [value.when] + self.moments[position:]

    @property
    def first(self) -> TimeValue | None:
        return self.values[0] if self.texts else (self.ranges[0][0] if self.ranges else None)

    @property
    def last(self) -> TimeValue | None:
        return self.values[-1] if self.texts else (self.ranges[-1][1] if self.ranges else None)


_DATE = methodcaller("date")


def _midnight(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=_UTC)


@dataclass
class TimeSpec:
    """A TIME dimension as advertised, read but not yet expanded: its texts, intervals, ranges and default.

    `count` is how many values it advertises (intervals counted by arithmetic): what document_limits() shares out.
    """

    explicit: list[str]  # the values written out, in order (a repeated one is listed once by dimension())
    intervals: list[_Interval]
    ranges: list[tuple[TimeValue, TimeValue]]
    default: str | None

    @property
    def count(self) -> int:
        return len(self.explicit) + sum(interval.count for interval in self.intervals)

    def dimension(self, limit: int = MAX_VALUES, cache: dict[str, datetime] | None = None,
                  check: Callable[[], object] | None = None) -> TimeDimension:
        """The values, at most `limit` of them (the newest), plus the default when it is advertised but cut off.

        `cache` (text -> instant) may be shared by the layers of a document: they mostly advertise the same dates.
        `check` is called every CHECK_EVERY values: it may raise to stop (a cancel). Raises TimeParseError."""
        cache = {} if cache is None else cache
        texts = list(self.explicit)
        moments = _parsed(texts, cache, check)
        explicit = (texts, moments)
        truncated = self.count > limit
        try:
            if self.intervals and not truncated:
                found = dict(zip(texts, moments))
                for interval in self.intervals:
                    found.update(zip(*interval.newest(interval.count, check)))
                texts, moments = list(found), list(found.values())
            elif self.intervals:
                texts, moments = self._newest(texts, moments, limit, check)
        except OverflowError as error:  # an offset form that leaves the years a date can hold
            raise TimeParseError(QT_TRANSLATE_NOOP("@default", "'{text}' cannot be written as a date:"), str(error),
                                 text=self.intervals[0].item) from None
        texts, moments = _distinct(*_sorted(texts, moments))
        if not self.intervals:
            truncated = len(texts) > limit
            if truncated:
                texts, moments = texts[len(texts) - limit:], moments[len(moments) - limit:]
        dimension = TimeDimension(texts, moments, None, tuple(self.ranges), truncated)
        dimension.default = self._default(dimension, explicit)
        return dimension

    def _newest(self, texts: list[str], moments: list[datetime], limit: int, check: Callable[[], object] | None
                ) -> tuple[list[str], list[datetime]]:
        """The newest `limit` distinct values of the explicit ones and the intervals together."""
        if not texts and len(self.intervals) == 1:
            return self.intervals[0].newest(limit, check)
        explicit = sorted(zip(moments, texts), reverse=True)
        kept: dict[str, datetime] = {}
        for moment, text in heapq.merge(explicit, *(interval.descending() for interval in self.intervals), reverse=True):
            if len(kept) >= limit:
                break
            kept.setdefault(text, moment)
            if check is not None and len(kept) % CHECK_EVERY == 0:
                check()
        return list(kept), list(kept.values())

    def _default(self, dimension: TimeDimension, explicit: tuple[list[str], list[datetime]]) -> TimeValue | None:
        """The advertised value the default names (it may be written differently, e.g. without milliseconds), put back
        among the values when the bound cut it off; the default's own text when the values do not hold it.
        `explicit`: the values written out and their instants, in the same order."""
        text = (self.default or "").strip()
        if not text or text.lower() in ("current", "now"):
            return None
        if text in self.explicit:
            found = dimension.find(text) or _value(text, parse_instant(text))
        else:
            try:
                moment = parse_instant(text)
            except TimeParseError:
                return None
            found = dimension.find(text)
            if found is None and dimension.truncated:
                found = next((_value(advertised, when) for advertised, when in zip(*explicit) if when == moment), None)
                for interval in self.intervals if found is None else ():
                    step = interval.step_of(moment)
                    if step is not None:
                        found = interval.value(step)
                        break
            if found is None:
                return _value(text, moment)  # not an advertised value: kept as the server wrote it, not listed
        if dimension.truncated:
            dimension.add(found)
        return found


def _parsed(texts: list[str], cache: dict[str, datetime], check: Callable[[], object] | None) -> list[datetime]:
    """The instant of each text, in chunks: between two chunks the caller's check runs, and another thread (the GUI's)
    gets Python's lock: no single call holds it for the whole list. Texts in other forms than the services' usual
    ones are parsed once (cache): a document's layers mostly advertise the same dates."""
    moments: list[datetime] = []
    for start in range(0, len(texts), CHECK_EVERY):
        if check is not None:
            check()
        chunk = texts[start:start + CHECK_EVERY]
        found = _common_instants(chunk)
        if found is None:
            missing = [text for text in chunk if text not in cache]
            if missing:
                cache.update(zip(missing, map(parse_instant, missing)))
            found = list(map(cache.__getitem__, chunk))
        moments += found
    return moments


def _sorted(texts: list[str], moments: list[datetime]) -> tuple[list[str], list[datetime]]:
    """Texts and instants in the instants' order (as servers write them, oldest or newest first: then no sorting)."""
    if all(map(le, moments, islice(moments, 1, None))):
        return texts, moments
    if all(map(ge, moments, islice(moments, 1, None))):
        return texts[::-1], moments[::-1]
    order = sorted(range(len(moments)), key=moments.__getitem__)
    return list(map(texts.__getitem__, order)), list(map(moments.__getitem__, order))


def _distinct(texts: list[str], moments: list[datetime]) -> tuple[list[str], list[datetime]]:
    """Sorted values, each text once: a repeated text has the same instant, so it sits among the values of one instant;
    a check in one C-level pass finds whether any instant repeats (services seldom repeat a value)."""
    if not any(map(eq, moments, islice(moments, 1, None))):
        return texts, moments
    pairs = dict.fromkeys(zip(texts, moments))
    return list(map(itemgetter(0), pairs)), list(map(itemgetter(1), pairs))


def _items(texts: str | Iterable[str]) -> tuple[str, list[str]]:
    """The text joined by commas, and its comma-separated items, stripped, without empty ones, in order.

    A list of texts none of which holds a comma (a WMTS's <Value>s) is taken as it is, not joined and split again;
    items are stripped only when the text has white space, and empty ones looked for only when it has ',,' or starts
    or ends with a comma (C-level scans of the text)."""
    parts = [texts] if isinstance(texts, str) else list(filter(None, texts))
    joined = ",".join(parts)
    if not joined:
        return joined, []
    if joined.count(",") != len(parts) - 1:
        parts = joined.split(",")
        if ",," in joined or joined[0] == "," or joined[-1] == ",":
            parts = list(filter(None, parts))
    if _has_space(joined):
        parts = list(filter(None, map(str.strip, parts)))
    return joined, parts


_ASCII_SPACES = tuple(character for character in map(chr, range(128)) if character.isspace())


def _has_space(text: str) -> bool:
    """Whether str.split() would find white space in the text (an ASCII text: a search for each of its 10 spaces)."""
    if text.isascii():
        return any(space in text for space in _ASCII_SPACES)
    return text.split(None, 1) != [text]


def read_time_spec(texts: str | Iterable[str], default: str | None = None) -> TimeSpec:
    """A TimeSpec from a comma list (or several texts, e.g. one WMTS <Value> each) and an optional default.

    Intervals and ranges are read here (TimeParseError for a bad one); explicit values are parsed by dimension()."""
    joined, explicit = _items(texts)
    intervals, ranges = [], []
    if "/" in joined:
        slashed = dict.fromkeys(item for item in explicit if "/" in item)
        explicit = [item for item in explicit if "/" not in item]
        for item in slashed:
            parts = [part.strip() for part in item.split("/")]
            if len(parts) == 3 and parts[2]:
                intervals.append(_Interval(item, parts[0], parts[1], parts[2], default))
            elif len(parts) in (2, 3):
                ranges.append((_value(parts[0], parse_instant(parts[0])), _value(parts[1], parse_instant(parts[1]))))
            else:
                raise TimeParseError(QT_TRANSLATE_NOOP(
                    "@default", "'{text}' is not an ISO 8601 interval (start/end/period)"), text=item)
    return TimeSpec(explicit, intervals, ranges, default)


class TimeCache:
    """What the documents of one service share while they are read (their layers, and the WMTS and the WMS, mostly
    advertise the same dates): each TIME text read once (`specs`, by the text and the default), each value parsed once
    (`values`: text -> instant), each dimension made once for a bound (`dimensions`)."""

    def __init__(self):
        self.values: dict[str, datetime] = {}
        self.specs: dict[tuple[str, str | None], TimeSpec | TimeParseError] = {}
        self.dimensions: dict[tuple[str, str | None, int], TimeDimension | TimeParseError] = {}


def parse_time_values(texts: str | Iterable[str], default: str | None = None, cache: dict[str, datetime] | None = None,
                      limit: int = MAX_VALUES) -> TimeDimension:
    """A TimeDimension from a comma list (or several texts, e.g. one WMTS <Value> each) and an optional default: at
    most `limit` values, the newest, and the default. Raises TimeParseError on a value that is not ISO 8601; empty
    items are skipped."""
    return read_time_spec(texts, default).dimension(limit, cache)


def document_limits(counts: list[int], total: int | None = None, each: int | None = None) -> list[int]:
    """How many values each layer of a document may keep: all it advertises when the document's layers together stay
    within `total` (MAX_DOCUMENT_VALUES); else the largest are cut to one common size so that they fit (a layer never
    more than `each`, MAX_VALUES)."""
    total = MAX_DOCUMENT_VALUES if total is None else total
    each = MAX_VALUES if each is None else each
    limits = [0] * len(counts)
    remaining = total
    order = sorted(range(len(counts)), key=counts.__getitem__)
    for position, index in enumerate(order):
        share = remaining // (len(counts) - position)
        limits[index] = min(counts[index], share, each)
        remaining -= limits[index]
    return limits
