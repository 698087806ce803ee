"""TIME values: aware datetimes, the exact advertised text kept, intervals, the day lookup."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from terrascope_s2.plugin.core.services.timevalues import (
    MAX_VALUES,
    TimeParseError,
    format_like,
    parse_instant,
    parse_period,
    parse_time_values,
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


def test_an_interval_is_bounded():
    dimension = parse_time_values("1900-01-01T00:00:00Z/2100-01-01T00:00:00Z/PT1M")
    assert len(dimension) == MAX_VALUES and dimension.truncated


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
