"""TIME values: aware datetimes, the exact advertised text kept, intervals, the day lookup."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from terrascope_s2.plugin.core.services import timevalues
from terrascope_s2.plugin.core.services.timevalues import (
    MAX_VALUES,
    TimeParseError,
    document_limits,
    format_like,
    parse_instant,
    parse_period,
    parse_time_values,
    read_time_spec,
)

UTC = timezone.utc


def test_forms_the_services_write():
    assert parse_instant("2018-02-25T10:50:18.000Z") == datetime(2018, 2, 25, 10, 50, 18, tzinfo=UTC)
    assert parse_instant("2019-03-07") == datetime(2019, 3, 7, tzinfo=UTC)
    assert parse_instant("2021-10-21T00:00:00Z") == datetime(2021, 10, 21, tzinfo=UTC)
    assert parse_instant("2021-10-21T02:00:00+02:00") == datetime(2021, 10, 21, tzinfo=UTC)
    assert parse_instant("2021-10-21T10:00") == datetime(2021, 10, 21, 10, tzinfo=UTC)  # no zone: UTC
    assert parse_instant(" 2021-10 ") == datetime(2021, 10, 1, tzinfo=UTC)
    for bad in ("", "yesterday", "2021-13-01", "2021-02-30", "21-10-01", "2021-10-21T25:00:00Z"):
        with pytest.raises(TimeParseError):
            parse_instant(bad)


def test_values_keep_their_text_and_sort_by_instant():
    dimension = parse_time_values("2018-03-07T10:52:41.000Z, 2018-02-25T10:50:18.000Z,2018-02-25T10:50:18.000Z,,")
    assert dimension.texts == ["2018-02-25T10:50:18.000Z", "2018-03-07T10:52:41.000Z"]
    assert all(value.when.tzinfo is not None for value in dimension.values)


def test_a_default_written_differently_maps_to_the_advertised_value():
    dimension = parse_time_values("2021-10-11T00:00:00.000Z,2021-10-21T00:00:00.000Z", "2021-10-21T00:00:00Z")
    assert dimension.default.text == "2021-10-21T00:00:00.000Z"
    dimension = parse_time_values("2019-03-07", "2019-03-07T00:00:00Z")
    assert dimension.default.text == "2019-03-07"
    assert parse_time_values("2019-03-07", "current").default is None


def test_intervals_expand_in_the_start_values_form():
    assert parse_time_values("2019-03-01/2019-03-04/P1D").texts == ["2019-03-01", "2019-03-02", "2019-03-03", "2019-03-04"]
    assert parse_time_values("2019-01-31T10:00:00.000Z/2019-04-30T10:00:00.000Z/P1M").texts == [
        "2019-01-31T10:00:00.000Z", "2019-02-28T10:00:00.000Z", "2019-03-31T10:00:00.000Z", "2019-04-30T10:00:00.000Z"]
    assert parse_time_values("2019-03-01T00:00:00Z/2019-03-01T12:00:00Z/PT6H").texts == [
        "2019-03-01T00:00:00Z", "2019-03-01T06:00:00Z", "2019-03-01T12:00:00Z"]
    ranged = parse_time_values("2019-01-01/2019-12-31")
    assert not ranged.values and ranged.ranges[0][1].text == "2019-12-31" and bool(ranged)
    with pytest.raises(TimeParseError):
        parse_time_values("2019-03-01/2019-03-04/P0D")
    with pytest.raises(TimeParseError):
        parse_period("1D")


def test_an_interval_is_bounded_and_keeps_its_newest_values():
    dimension = parse_time_values("1900-01-01T00:00:00Z/2100-01-01T00:00:00Z/PT1M")
    assert len(dimension) == MAX_VALUES and dimension.truncated
    newest = datetime(2100, 1, 1, tzinfo=UTC)
    assert dimension.values[-1] == (newest.strftime("%Y-%m-%dT%H:%M:%SZ"), newest)
    assert dimension.values[0].when == newest - (MAX_VALUES - 1) * timedelta(minutes=1)


def test_mesonet_date_only_start_with_a_five_minute_step_keeps_the_newest_times_and_the_default():
    """Iowa Mesonet's real dimension (OWSLib's wms_mesonet-caps-130.xml): before, one value a day from 1995-01-01 (times
    lost, the newest selectable day 1995-12-14, the default not selectable). Truth by datetime arithmetic."""
    dimension = parse_time_values("1995-01-01/2015-12-31/PT5M", "2006-06-23T03:10:00Z")
    step = timedelta(minutes=5)
    start, end = datetime(1995, 1, 1, tzinfo=UTC), datetime(2015, 12, 31, tzinfo=UTC)
    newest = start + (end - start) // step * step
    assert newest == end
    kept = [newest - i * step for i in reversed(range(MAX_VALUES))]
    default = datetime(2006, 6, 23, 3, 10, tzinfo=UTC)
    assert [value.when for value in dimension.values] == [default] + kept  # the newest, and the default
    assert dimension.truncated
    assert dimension.values[-1].text == "2015-12-31T00:00:00Z"  # with its time, as the default is written
    assert dimension.default == ("2006-06-23T03:10:00Z", default) and dimension.default in dimension.values
    assert all(parse_instant(value.text) == value.when for value in dimension.values[::997])
    assert len(dimension.on_day(date(2015, 12, 30))) == 288  # every five minutes of a day


def test_a_date_only_start_with_a_sub_daily_step_keeps_the_times():
    assert parse_time_values("2019-03-01/2019-03-02/PT6H").texts == [
        "2019-03-01T00:00:00Z", "2019-03-01T06:00:00Z", "2019-03-01T12:00:00Z", "2019-03-01T18:00:00Z", "2019-03-02T00:00:00Z"]
    assert parse_time_values("2019-03-01/2019-03-01T01:00/PT30M").texts == ["2019-03-01T00:00", "2019-03-01T00:30",
                                                                          "2019-03-01T01:00"]
    assert parse_time_values("2019-03-01T00:00Z/2019-03-01T00:01Z/PT30S").texts == [
        "2019-03-01T00:00:00Z", "2019-03-01T00:00:30Z", "2019-03-01T00:01:00Z"]


def test_a_default_the_bound_cut_off_is_kept_when_advertised_and_only_then():
    values = ",".join(f"2020-01-{day:02d}" for day in range(1, 32))
    dimension = parse_time_values(values, "2020-01-02", limit=10)
    assert dimension.texts == ["2020-01-02"] + [f"2020-01-{day:02d}" for day in range(22, 32)]
    assert dimension.default.text == "2020-01-02"
    dimension = parse_time_values(values, "2019-06-01T00:00:00Z", limit=10)  # not advertised: not listed
    assert len(dimension) == 10 and dimension.default.text == "2019-06-01T00:00:00Z"
    dimension = parse_time_values("2020-01-01/2020-12-31/P1D", "2020-02-29T00:00:00Z", limit=5)
    assert dimension.texts == ["2020-02-29", "2020-12-27", "2020-12-28", "2020-12-29", "2020-12-30", "2020-12-31"]
    dimension = parse_time_values("2020-01-01/2020-12-31/P1D,2021-03-04", "2020-02-29", limit=3)
    assert dimension.texts == ["2020-02-29", "2020-12-30", "2020-12-31", "2021-03-04"]


@pytest.mark.parametrize(("text", "expected"), [
    ("2000-01-01/2001-01-01/P10000Y", ["2000-01-01"]),  # the next step is past year 9999
    ("2000-01-01/2001-01-01/P99999999999999999999D", ["2000-01-01"]),
    ("2000-01-01/2001-01-01/PT99999999999999999999.5S", ["2000-01-01"]),
    ("9999-12-29/9999-12-31/P1D", ["9999-12-29", "9999-12-30", "9999-12-31"]),
    ("9999-01-31T00:00:00Z/9999-12-31T00:00:00Z/P10M", ["9999-01-31T00:00:00Z", "9999-11-30T00:00:00Z"]),
    ("0001-01-01T00:00:00Z/0001-01-01T02:00:00Z/PT1H", ["0001-01-01T00:00:00Z", "0001-01-01T01:00:00Z",
                                                        "0001-01-01T02:00:00Z"]),
    ("0001-01-01T02:00+01:00/0001-01-01T03:00+01:00/PT1H", ["0001-01-01T02:00+01:00", "0001-01-01T03:00+01:00"]),
])
def test_edge_intervals_stop_at_the_years_a_date_can_hold(text, expected):
    assert parse_time_values(text).texts == expected


@pytest.mark.parametrize("text", [
    "0001-01-01T00:00+01:00", "9999-12-31T23:00-02:00", "2000-01-01T00:00+24:00", "2000-01-01T00:00+01:60",
    "2000-01-01/1999-01-01/P1D", "2000-01-01/2001-01-01/P0Y", "2000-01-01/2001-01-01/1D", "a/b/c/d", "2000-01-01/x",
    "2019-02-29", "2000-01-01/2000-01-02/PT",
])
def test_edge_texts_raise_the_plugins_error_only(text):
    with pytest.raises(TimeParseError) as raised:
        parse_time_values(text)
    assert raised.value.user_text()


_years = st.sampled_from(["0001", "0002", "1995", "2020", "9998", "9999"]) | st.from_regex(r"\A\d{4}\Z")
_instant_texts = st.builds(
    lambda year, month, day, time, zone: f"{year}-{month}-{day}{time}{zone}", _years,
    st.sampled_from(["01", "02", "12", "13", "00"]), st.sampled_from(["01", "28", "29", "31", "32"]),
    st.sampled_from(["", "T00:00", "T23:59:59", "T10:50:18.000", "T24:00", " 12:00"]),
    st.sampled_from(["", "Z", "+01:00", "-02:00", "+14:00", "-23:59", "+2400", "+00:60"]))
_period_texts = st.builds(lambda parts: "P" + "".join(parts), st.lists(st.sampled_from(
    ["1Y", "10000Y", "1M", "10M", "1W", "1D", "0D", "99999999999999999999D", "T", "T1H", "T5M", "T0.5S",
     "T99999999999999999999.5S", "1H"]), min_size=0, max_size=3))
_time_texts = st.lists(_instant_texts | st.builds(lambda a, b, p: f"{a}/{b}/{p}", _instant_texts, _instant_texts, _period_texts)
                       | st.builds(lambda a, b: f"{a}/{b}", _instant_texts, _instant_texts)
                       | st.text(st.sampled_from(list("0123456789-:TZ+/P.YMWDHS ")), max_size=30), max_size=4)


@settings(max_examples=1500, deadline=None)
@given(_time_texts, _instant_texts | st.text(st.sampled_from(list("0123456789-:TZ+ ")), max_size=30))
def test_any_time_text_gives_a_dimension_or_the_plugins_error(texts, default):
    """Texts built of the edges (years 1 and 9999, offsets, ten thousand years, huge numbers) and of random characters.
    Before, such texts escaped as ValueError or OverflowError."""
    text = ",".join(texts)
    try:
        dimension = parse_time_values(text, default, limit=1000)
    except TimeParseError as error:
        assert type(error) is TimeParseError and error.user_text()
        return
    assert len(dimension) <= 1000 + 1
    assert [value.when for value in dimension.values] == sorted(value.when for value in dimension.values)
    for value in dimension.values[:50]:
        assert value.when.tzinfo is not None and parse_instant(value.text) == value.when


def test_a_spec_counts_what_it_advertises_without_expanding_it():
    spec = read_time_spec("1900-01-01T00:00:00Z/2100-01-01T00:00:00Z/PT1S,2020-01-01,2021-01-01")
    seconds = (datetime(2100, 1, 1) - datetime(1900, 1, 1)) // timedelta(seconds=1)
    assert spec.count == seconds + 1 + 2
    assert len(spec.dimension(limit=7)) == 7
    assert read_time_spec("2019-01-31/2020-01-31/P1M").count == 13


@pytest.mark.parametrize(("counts", "total", "each", "expected"), [
    ([10, 20], 400, 100, [10, 20]),
    ([10, 1_000_000, 500_000], 400_000, 100_000, [10, 100_000, 100_000]),
    ([300_000] * 10, 400_000, 100_000, [40_000] * 10),
    ([5, 300, 300, 300], 500, 1000, [5, 165, 165, 165]),
    ([], 10, 10, []),
])
def test_document_limits_share_the_bound(counts, total, each, expected):
    assert document_limits(counts, total, each) == expected


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(0, 10**9), max_size=40), st.integers(0, 10**6), st.integers(0, 10**6))
def test_document_limits_never_exceed_the_bounds(counts, total, each):
    limits = document_limits(counts, total, each)
    assert sum(limits) <= total
    assert all(0 <= limit <= min(count, each) for limit, count in zip(limits, counts))
    if sum(min(count, each) for count in counts) <= total:
        assert limits == [min(count, each) for count in counts]


def test_thousands_of_values_and_the_day_lookup():
    start = datetime(2015, 7, 1, 10, 30, 18, tzinfo=UTC)
    texts = [(start + timedelta(hours=11 * i)).strftime("%Y-%m-%dT%H:%M:%S.000Z") for i in range(50_000)]
    dimension = parse_time_values(",".join(texts))
    assert len(dimension) == 50_000
    day = (start + timedelta(hours=11 * 30_000)).date()
    found = dimension.on_day(day)
    assert found and all(value.day == day for value in found) and all(value.text in texts for value in found)
    assert [value.day for value in dimension.between(day, day)] == [value.day for value in found]
    assert dimension.on_day(date(1999, 1, 1)) == ()
    assert dimension.nearest(datetime(2100, 1, 1)) == dimension.values[-1]
    assert dimension.find(texts[123].replace(".000Z", "Z")).text == texts[123]


def test_two_acquisitions_on_one_day():
    dimension = parse_time_values(["2018-03-07T10:58:02.000Z", "2018-03-07T10:52:41.000Z", "2018-04-11T10:40:21.000Z"])
    assert [value.text for value in dimension.on_day(date(2018, 3, 7))] == ["2018-03-07T10:52:41.000Z", "2018-03-07T10:58:02.000Z"]
    assert dimension.value_for_day(date(2018, 3, 7)).text == "2018-03-07T10:52:41.000Z"
    assert dimension.days() == [date(2018, 3, 7), date(2018, 4, 11)]


instants = st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2090, 1, 1)).map(
    lambda moment: moment.replace(microsecond=moment.microsecond // 1000 * 1000, tzinfo=UTC))
forms = st.sampled_from(["%Y-%m-%d", "%Y-%m-%dT%H:%M:%SZ", "%Y-%m-%dT%H:%M:%S.{ms}Z", "%Y-%m-%dT%H:%M:%S"])


def _write(moment: datetime, form: str) -> str:
    return moment.strftime(form.replace("{ms}", f"{moment.microsecond // 1000:03d}"))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(instants, forms), min_size=1, max_size=40))
def test_any_list_round_trips(items):
    texts = [_write(moment, form) for moment, form in items]
    dimension = parse_time_values(",".join(texts), default=texts[0])
    assert set(dimension.texts) == set(texts)  # each advertised text kept, verbatim
    assert [value.when for value in dimension.values] == sorted(value.when for value in dimension.values)
    for value in dimension.values:
        assert value.when.tzinfo is not None
        assert parse_instant(value.text) == value.when
        assert value in dimension.on_day(value.day)
    assert dimension.default is not None and dimension.default.when == parse_instant(texts[0])


@settings(max_examples=200, deadline=None)
@given(instants, forms)
def test_format_like_writes_the_examples_form(moment, form):
    example = _write(moment, form)
    assert format_like(parse_instant(example), example) == example


def test_a_repeated_value_is_listed_once_and_the_bound_counts_distinct_values():
    """The values are made unique after sorting (a repeated text has the same instant): wherever the repeat stands."""
    texts = ["2020-01-02", "2020-01-01", "2020-01-02", "2020-01-01T00:00:00Z", " 2020-01-01", "", "2020-01-03"]
    expected = ["2020-01-01", "2020-01-01T00:00:00Z", "2020-01-02", "2020-01-03"]
    assert parse_time_values(",".join(texts)).texts == expected
    assert parse_time_values(texts).texts == expected  # one text each, as a WMTS's <Value>s
    assert parse_time_values(texts, limit=4).truncated is False
    kept = parse_time_values(texts, limit=3)
    assert kept.texts == expected[1:] and kept.truncated
    assert parse_time_values(texts + ["2020-01-01/2020-01-02/P1D"]).texts == expected


def _items_before(texts):
    """timevalues._items as it was (split on every text, strip when str.split finds white space): the reference."""
    parts = [texts] if isinstance(texts, str) else list(filter(None, texts))
    joined = ",".join(parts)
    if joined.count(",") != len(parts) - 1:
        parts = list(filter(None, joined.split(",")))
    if joined.split(None, 1) != [joined]:
        parts = list(filter(None, map(str.strip, parts)))
    return joined, parts


@settings(max_examples=300, deadline=None)
@given(texts=st.one_of(st.text(alphabet=",- \t\n\x1c\x85\xa0\u2003aZ0:", max_size=30),
                       st.lists(st.text(alphabet=",- \t\x0b\x1fZ0", max_size=8), max_size=6)))
def test_items_are_split_and_stripped_as_before(texts):
    assert timevalues._items(texts) == _items_before(texts)
