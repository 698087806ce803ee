"""The Sentinel-1 name parser on real Terrascope names (VITO's and openEO's public repositories), the combined "what
product is this" answer, and the plain answer for anything else."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from terrascope_s2.plugin.core.products.identify import NotAProductError, parse_any_product_name
from terrascope_s2.plugin.core.products.names import ProductName, ProductNameError, parse_product_name
from terrascope_s2.plugin.core.products.s1names import (
    BACKSCATTER,
    COHERENCE,
    Sentinel1Name,
    Sentinel1NameError,
    parse_sentinel1_name,
    try_parse_sentinel1_name,
)

UTC = timezone.utc
T = datetime

# name -> (kind, mission, acquired, pass, relative orbit, code, version, band)
REAL_BACKSCATTER = {
    # openEO's tests: a product (catalogue id) and its three images on Terrascope's download server
    "S1A_IW_GRDH_SIGMA0_DV_20200315T055849_DESCENDING_110_22F3_V110":
        ("S1A", T(2020, 3, 15, 5, 58, 49, tzinfo=UTC), "DESCENDING", 110, "22F3", "110", ""),
    "https://services.terrascope.be/download/CGS_S1_GRD_SIGMA0_L1/2020/03/15/S1A_IW_GRDH_SIGMA0_DV_20200315T055849_"
    "DESCENDING_110_22F3_V110/S1A_IW_GRDH_SIGMA0_DV_20200315T055849_DESCENDING_110_22F3_V110_VV.tif":
        ("S1A", T(2020, 3, 15, 5, 58, 49, tzinfo=UTC), "DESCENDING", 110, "22F3", "110", "VV"),
    "S1A_IW_GRDH_SIGMA0_DV_20200315T055849_DESCENDING_110_22F3_V110_VH.tif":
        ("S1A", T(2020, 3, 15, 5, 58, 49, tzinfo=UTC), "DESCENDING", 110, "22F3", "110", "VH"),
    "S1A_IW_GRDH_SIGMA0_DV_20200315T055849_DESCENDING_110_22F3_V110_angle.tif":
        ("S1A", T(2020, 3, 15, 5, 58, 49, tzinfo=UTC), "DESCENDING", 110, "22F3", "110", "angle"),
    "S1A_IW_GRDH_SIGMA0_DV_20200315T055849_DESCENDING_110_22F3_V110.xml":
        ("S1A", T(2020, 3, 15, 5, 58, 49, tzinfo=UTC), "DESCENDING", 110, "22F3", "110", ""),
    "/data/MTDA/CGS_S1/CGS_S1_GRD_SIGMA0_L1/2019/03/07/S1A_IW_GRDH_SIGMA0_DV_20190307T172435_ASCENDING_88_B705_V110/"
    "S1A_IW_GRDH_SIGMA0_DV_20190307T172435_ASCENDING_88_B705_V110_angle.tif":
        ("S1A", T(2019, 3, 7, 17, 24, 35, tzinfo=UTC), "ASCENDING", 88, "B705", "110", "angle"),
    "S1A_IW_GRDH_SIGMA0_DV_20190815T173249_ASCENDING_161_91E0_V110":
        ("S1A", T(2019, 8, 15, 17, 32, 49, tzinfo=UTC), "ASCENDING", 161, "91E0", "110", ""),
    "S1B_IW_GRDH_SIGMA0_DV_20190816T172354_ASCENDING_88_5251_V110":
        ("S1B", T(2019, 8, 16, 17, 23, 54, tzinfo=UTC), "ASCENDING", 88, "5251", "110", ""),
    "S1B_IW_GRDH_SIGMA0_DV_20190821T173224_ASCENDING_161_AB15_V110":
        ("S1B", T(2019, 8, 21, 17, 32, 24, tzinfo=UTC), "ASCENDING", 161, "AB15", "110", ""),
    "S1A_IW_GRDH_SIGMA0_DV_20220913T055845_DESCENDING_110_2A71_V110":
        ("S1A", T(2022, 9, 13, 5, 58, 45, tzinfo=UTC), "DESCENDING", 110, "2A71", "110", ""),
    "S1A_IW_GRDH_SIGMA0_DV_20200325T172442_ASCENDING_88_5C3F_V120":
        ("S1A", T(2020, 3, 25, 17, 24, 42, tzinfo=UTC), "ASCENDING", 88, "5C3F", "120", ""),
    "/home/niels/Data/S1B_IW_GRDH_SIGMA0_DV_20180502T054914_DESCENDING_37_B39C_V110_VV.tif":
        ("S1B", T(2018, 5, 2, 5, 49, 14, tzinfo=UTC), "DESCENDING", 37, "B39C", "110", "VV"),
    "S1B_IW_GRDH_SIGMA0_DV_20181224T173153_ASCENDING_161_42B7_V110_VV.tif":
        ("S1B", T(2018, 12, 24, 17, 31, 53, tzinfo=UTC), "ASCENDING", 161, "42B7", "110", "VV"),
    "S1A_IW_GRDH_SIGMA0_DV_20180930T054051_ASCENDING_59_3299_V001.tif":  # an openEO processing output, no band
        ("S1A", T(2018, 9, 30, 5, 40, 51, tzinfo=UTC), "ASCENDING", 59, "3299", "001", ""),
    # VITO's 2025 products (V130) keep the form
    "S1A_IW_GRDH_SIGMA0_DV_20250316T172435_ASCENDING_88_B705_V130_VH.tif":
        ("S1A", T(2025, 3, 16, 17, 24, 35, tzinfo=UTC), "ASCENDING", 88, "B705", "130", "VH"),
}
# name -> (missions, first, second, pass, relative orbit, version, band)
REAL_COHERENCE = {
    "S1A_S1A_Coherence_20250207T054220_20250219T054219_DSC_139_V110_VV.tif":
        (("S1A", "S1A"), T(2025, 2, 7, 5, 42, 20, tzinfo=UTC), T(2025, 2, 19, 5, 42, 19, tzinfo=UTC), "DESCENDING", 139,
         "110", "VV"),
    "file:///data/MTDA/TERRASCOPE_Sentinel1/SLC_COHERENCE/2020/04/05/S1A_S1B_Coherence_20200330T173247_20200405T173221_"
    "ASC_161_V110/S1A_S1B_Coherence_20200330T173247_20200405T173221_ASC_161_V110_VH.tif":
        (("S1A", "S1B"), T(2020, 3, 30, 17, 32, 47, tzinfo=UTC), T(2020, 4, 5, 17, 32, 21, tzinfo=UTC), "ASCENDING", 161,
         "110", "VH"),
    "S1A_S1B_Coherence_20200403T055014_20200409T054949_DSC_37_V100":
        (("S1A", "S1B"), T(2020, 4, 3, 5, 50, 14, tzinfo=UTC), T(2020, 4, 9, 5, 49, 49, tzinfo=UTC), "DESCENDING", 37,
         "100", ""),
    "S1B_S1A_Coherence_20200405T173221_20200411T173248_ASC_161_V100":
        (("S1B", "S1A"), T(2020, 4, 5, 17, 32, 21, tzinfo=UTC), T(2020, 4, 11, 17, 32, 48, tzinfo=UTC), "ASCENDING", 161,
         "100", ""),
}


@pytest.mark.parametrize("text", REAL_BACKSCATTER)
def test_real_backscatter_names(text):
    mission, acquired, orbit_pass, orbit, code, version, band = REAL_BACKSCATTER[text]
    name = parse_sentinel1_name(text)
    assert (name.kind, name.mission, name.acquired, name.orbit_pass, name.relative_orbit, name.code, name.version,
            name.band) == (BACKSCATTER, mission, acquired, orbit_pass, orbit, code, version, band)
    assert (name.mode, name.product_type, name.calibration, name.polarisations) == ("IW", "GRDH", "SIGMA0", "DV")
    assert name.product_id in text and name.name() in text  # built back to the very name
    assert parse_sentinel1_name(name.name()) == name
    assert parse_any_product_name(text) == name


@pytest.mark.parametrize("text", REAL_COHERENCE)
def test_real_coherence_names(text):
    missions, first, second, orbit_pass, orbit, version, band = REAL_COHERENCE[text]
    name = parse_sentinel1_name(text)
    assert (name.kind, (name.mission, name.second_mission), name.acquired, name.acquired_end, name.orbit_pass,
            name.relative_orbit, name.version, name.band) == (COHERENCE, missions, first, second, orbit_pass, orbit,
                                                              version, band)
    assert name.product_id in text and name.name() in text
    assert parse_sentinel1_name(name.name()) == name


def test_a_file_brings_its_product_and_its_siblings():
    vv = parse_sentinel1_name("S1A_IW_GRDH_SIGMA0_DV_20200315T055849_DESCENDING_110_22F3_V110_VV.tif")
    assert vv.product_id == "S1A_IW_GRDH_SIGMA0_DV_20200315T055849_DESCENDING_110_22F3_V110"
    assert vv.with_band("VH").name() == "S1A_IW_GRDH_SIGMA0_DV_20200315T055849_DESCENDING_110_22F3_V110_VH"
    assert vv.acquisition_key == parse_sentinel1_name(vv.product_id).acquisition_key
    assert vv.content == "VV" and not vv.is_quicklook and vv.resolution is None


def test_renamed_and_clipped_files_are_found_inside_longer_names():
    name = parse_sentinel1_name("small_subset_S1B_IW_GRDH_SIGMA0_DV_20181224T173153_ASCENDING_161_42B7_V110_VV.tif")
    assert (name.mission, name.band, name.relative_orbit) == ("S1B", "VV", 161)
    assert parse_sentinel1_name("S1B_IW_GRDH_SIGMA0_DV_20181224T173153_ASCENDING_161_42B7_V110_VH_clip.tif").band == "VH"
    # the file's own name wins over the folder's
    inside = parse_sentinel1_name("S1A_IW_GRDH_SIGMA0_DV_20200315T055849_DESCENDING_110_22F3_V110/"
                                  "S1B_IW_GRDH_SIGMA0_DV_20181224T173153_ASCENDING_161_42B7_V110_VH.tif")
    assert inside.mission == "S1B"


@pytest.mark.parametrize("text", [
    "S1A_IW_GRDH_SIGMA0_DV_20200315T055849_DESCENDING_0_22F3_V110_VV.tif",  # relative orbits are 1..175
    "S1A_IW_GRDH_SIGMA0_DV_20200315T055849_DESCENDING_176_22F3_V110_VV.tif",
    "S1A_IW_GRDH_SIGMA0_DV_20201315T055849_DESCENDING_110_22F3_V110_VV.tif",  # month 13
    "S1A_IW_GRDH_SIGMA0_DV_20200315T055849_SIDEWAYS_110_22F3_V110_VV.tif",
    "S1A_IW_GRDH_SIGMA0_DV_20200315T055849_DESCENDING_110_22F3_V110_VVX.tif",
    "S1A_IW_GRDH_1SDV_20230628T210705_20230628T210730_049191_05EA4D_21D1.SAFE",  # ESA's own product, not Terrascope's
    "S1A_S1B_Coherence_20200330T173247_20200405T173221_ASC_161_V110_angle.tif",  # coherence has no angle file
    "S2A_20160908T105416Z_31UFS_FAPAR_10M_V101.tif",
    "", "readme.txt",
])
def test_anything_else_gets_the_plain_answer(text):
    assert try_parse_sentinel1_name(text) is None
    with pytest.raises(Sentinel1NameError) as raised:
        parse_sentinel1_name(text)
    assert "is not a Terrascope Sentinel-1 product name" in raised.value.english()
    assert "S1A_IW_GRDH_SIGMA0_DV_20200315T055849_DESCENDING_110_22F3_V110_VV.tif" in raised.value.english()


def test_what_product_is_this_answers_both_and_says_the_same_plain_thing_otherwise():
    sentinel2 = parse_any_product_name("S2A_20160908T105416Z_31UFS_FAPAR_10M_V101.tif")
    assert isinstance(sentinel2, ProductName) and sentinel2 == parse_product_name("S2A_20160908T105416Z_31UFS_FAPAR_10M_V101")
    assert isinstance(parse_any_product_name("S1A_IW_GRDH_SIGMA0_DV_20200315T055849_DESCENDING_110_22F3_V110_VV.tif"),
                      Sentinel1Name)
    with pytest.raises(NotAProductError) as raised:
        parse_any_product_name("/home/me/holiday.tif")
    text = raised.value.english()
    assert text.startswith("'holiday.tif' is not a Terrascope product name")
    assert "S2A_20160908T105416Z_31UFS_FAPAR_10M_V101.tif" in text and "_22F3_V110_VV.tif" in text
    # the Sentinel-2 parser's own answer is unchanged
    with pytest.raises(ProductNameError) as s2:
        parse_product_name("S1A_IW_GRDH_SIGMA0_DV_20200315T055849_DESCENDING_110_22F3_V110_VV.tif")
    assert "is not a Terrascope Sentinel-2 product name" in s2.value.english()


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_no_text_makes_the_parser_fail_otherwise(text):
    name = try_parse_sentinel1_name(text)
    assert name is None or name.product_id.upper() in text.upper()


@settings(max_examples=200, deadline=None)
@given(mission=st.sampled_from(["S1A", "S1B", "S1C"]), when=st.datetimes(datetime(2014, 4, 3), datetime(2099, 1, 1)),
       orbit_pass=st.sampled_from(["ASCENDING", "DESCENDING"]), orbit=st.integers(1, 175),
       code=st.from_regex(r"\A[0-9A-F]{4}\Z"), version=st.from_regex(r"\A\d{3}\Z"),
       band=st.sampled_from(["", "VV", "VH", "angle"]))
def test_every_name_is_built_back_as_it_was_read(mission, when, orbit_pass, orbit, code, version, band):
    name = Sentinel1Name(BACKSCATTER, mission, when.replace(microsecond=0, tzinfo=UTC), orbit_pass, orbit, version, band,
                         code)
    assert parse_sentinel1_name(name.name() + ".tif") == name
