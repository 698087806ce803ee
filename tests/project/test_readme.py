"""The README's promises that name things in the code stay true to the code."""

from __future__ import annotations

import re
from dataclasses import fields

from terrascope_s2.plugin.core.settings import Settings
from terrascope_s2.tests.helpers.paths import REPO

README = REPO / "README.md"


def test_the_readme_lists_every_setting_the_plugin_stores():
    text = README.read_text(encoding="utf-8")
    paragraph = text[text.index("**Where it stores what.**"):]
    paragraph = paragraph[:paragraph.index("\n- **")]
    listed = set(re.findall(r"`([a-z_0-9]+)`", paragraph)) - {"terrascope_s2"}
    stored = {field.name for field in fields(Settings)}
    assert stored <= listed, f"settings missing from the README: {sorted(stored - listed)}"
    assert listed - {"authcfg"} <= stored, f"the README lists settings that do not exist: {sorted(listed - stored)}"
