"""The shared parcel's 108 dates: every date's statistics equal a plain numpy computation over the same pixels, with
and without masking by the scene classification (10 m, and 20 m on its offset grid), with and without widening."""

from __future__ import annotations

import os

import numpy as np
import pytest

from terrascope_s2.plugin.core.timeseries.model import FAILED, KEPT, MASKED, MaskOptions
from terrascope_s2.plugin.core.timeseries.series import compute_series
from terrascope_s2.plugin.core.timeseries.sources import find_products
from terrascope_s2.tests.helpers.parcel import classes_on_product_grid, expected, open_array, parcel_field, parcel_folder


@pytest.fixture(scope="module")
def parcel():
    return parcel_folder()


@pytest.fixture(scope="module")
def only_20m(parcel, tmp_path_factory):
    """The parcel's FAPAR with only the 20 m classification beside it (as V102 and V2 products come)."""
    folder = tmp_path_factory.mktemp("only20m")
    for path in parcel.iterdir():
        if "_FAPAR_" in path.name or "_SCENECLASSIFICATION_20M_" in path.name or path.name == "fieldmask.tif":
            os.symlink(path, folder / path.name)
    return folder


def check(result, products, keep=None, widen=0, min_valid=0.0):
    series = result.series[0]
    assert series.problems == []
    assert [o.product for o in series.observations] == [p.path.name for p in products]
    statuses = set()
    for observation, product in zip(series.observations, products):
        want = expected(product.path, product.classification, keep, widen)
        assert (observation.valid, observation.total) == (want["valid"], want["total"]), product.path.name
        assert observation.total == 189
        if want["valid"]:
            assert observation.mean == pytest.approx(want["mean"], rel=1e-12, abs=1e-15)
            assert observation.median == pytest.approx(want["median"], rel=1e-12, abs=1e-15)
            assert observation.std == pytest.approx(want["std"], rel=1e-9, abs=1e-12)
        else:
            assert observation.mean is observation.median is observation.std is None
        enough = want["valid"] > 0 and want["valid"] >= min_valid * 189
        assert observation.status == (KEPT if enough else MASKED)
        statuses.add(observation.status)
    return series


def test_finds_the_108_dates_each_with_its_classification(parcel):
    search = find_products(parcel, "fapar")
    assert len(search.products) == 108 and search.problems == []
    dates = [p.name.acquired for p in search.products]
    assert dates == sorted(dates) and dates[0].date().isoformat() == "2017-01-03" and dates[-1].year == 2018
    for product in search.products:
        assert product.classification.name == product.path.name.replace("FAPAR", "SCENECLASSIFICATION")


def test_without_masking_every_date_equals_numpy(parcel):
    products = find_products(parcel, "FAPAR").products
    series = check(compute_series(products, [parcel_field(parcel)], "FAPAR"), products)
    statuses = [o.status for o in series.observations]
    assert statuses.count(KEPT) == 50 and statuses.count(MASKED) == 58  # the no-data dates are there, marked


@pytest.mark.parametrize("keep", [(4, 5), (4, 5, 6, 7)])
def test_masked_by_the_10m_classification_equals_numpy(parcel, keep):
    products = find_products(parcel, "FAPAR").products
    options = MaskOptions(frozenset(keep))
    series = check(compute_series(products, [parcel_field(parcel)], "FAPAR", options), products, keep)
    assert 0 < sum(o.status == KEPT for o in series.observations) < 50


@pytest.mark.parametrize("widen", [1, 3])
def test_widened_masks_equal_numpy(parcel, widen):
    products = find_products(parcel, "FAPAR").products
    options = MaskOptions(frozenset({4, 5}), widen)
    check(compute_series(products, [parcel_field(parcel)], "FAPAR", options), products, (4, 5), widen)


def test_widening_masks_more_pixels_on_some_dates(parcel):
    products = find_products(parcel, "FAPAR").products
    field = parcel_field(parcel)
    plain = compute_series(products, [field], "FAPAR", MaskOptions(frozenset({4, 5}))).series[0].observations
    wide = compute_series(products, [field], "FAPAR", MaskOptions(frozenset({4, 5}), 2)).series[0].observations
    assert all(w.valid <= p.valid for w, p in zip(wide, plain))
    assert sum(w.valid < p.valid for w, p in zip(wide, plain)) >= 3


@pytest.mark.parametrize("widen", [0, 2])
def test_the_20m_classification_on_its_offset_grid_equals_gdal_warp(parcel, only_20m, widen):
    products = find_products(only_20m, "FAPAR").products
    assert len(products) == 108
    assert all("_20M_" in p.classification.name for p in products)
    options = MaskOptions(frozenset({4, 5}), widen)
    check(compute_series(products, [parcel_field(parcel)], "FAPAR", options), products, (4, 5), widen)


def test_the_20m_offset_matters(only_20m, parcel):
    """Reading the 20 m classes as if both grids started at the same corner would give other classes: the test above
    can tell the right reading from that mistake."""
    differing = 0
    for product in find_products(only_20m, "FAPAR").products:
        right = classes_on_product_grid(product.classification, product.path)
        naive = np.repeat(np.repeat(open_array(product.classification), 2, 0), 2, 1)[:21, :21]
        differing += int((right != naive).sum())
    assert differing > 100


def test_too_few_valid_pixels_marks_a_date_masked_and_keeps_it(parcel):
    products = find_products(parcel, "FAPAR").products
    options = MaskOptions(frozenset({4, 5}), 0, 0.9)
    series = check(compute_series(products, [parcel_field(parcel)], "FAPAR", options), products, (4, 5), 0, 0.9)
    partly = [o for o in series.observations if o.status == MASKED and o.valid > 0]
    assert partly, "some date has a few clear pixels but less than 90 %"
    assert all(o.mean is not None for o in partly)  # their values stay visible, marked masked
    assert len(series.observations) == 108 and not any(o.status == FAILED for o in series.observations)
