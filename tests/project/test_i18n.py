"""Dutch and French: every user-visible string has a translation, and the compiled files really translate."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

from terrascope_s2.tests.helpers.paths import REPO

LANGUAGES = ("nl", "fr")


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {(context.findtext("name"), message.findtext("source")): message.find("translation")
            for context in root.iter("context") for message in context.iter("message")
            if message.find("translation").get("type") not in ("obsolete", "vanished")}


def forms(translation: ET.Element) -> list[str]:
    """The translation's texts: one, or one per plural form (a message with a count, %n)."""
    plural = [form.text or "" for form in translation.iter("numerusform")]
    return plural or [translation.text or ""]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_is_translated_and_keeps_its_placeholders(language):
    found = messages(REPO / "i18n" / f"terrascope_s2_{language}.ts")
    assert len(found) > 40
    untranslated = [source for (_, source), translation in found.items()
                    if not all(text.strip() for text in forms(translation)) or translation.get("type") == "unfinished"]
    assert untranslated == []
    for (_, source), translation in found.items():
        for text in forms(translation):
            assert sorted(re.findall(r"\{\w*\}|%n", source)) == sorted(re.findall(r"\{\w*\}|%n", text)), source


@pytest.mark.parametrize("language", LANGUAGES)
def test_counts_have_both_plural_forms(language):
    """Dutch and French have a singular and a plural (French says "0 couche", Dutch "0 lagen"): every message with a
    count (%n) is numerus, with both forms."""
    root = ET.parse(REPO / "i18n" / f"terrascope_s2_{language}.ts").getroot()
    counted = [message for message in root.iter("message") if "%n" in (message.findtext("source") or "")]
    assert len(counted) >= 7
    for message in counted:
        assert message.get("numerus") == "yes" and len(forms(message.find("translation"))) == 2, message.findtext("source")


def test_counts_read_right_in_english_dutch_and_french(qgis_app):
    from terrascope_s2.plugin.toolbelt.i18n import tr

    def said(count):
        return tr("%n layer(s) added to the map.", None, count)

    assert [said(n) for n in (0, 1, 2)] == ["0 layers added to the map.", "1 layer added to the map.",
                                            "2 layers added to the map."]
    for language, expected in (("nl", ["0 lagen aan de kaart toegevoegd.", "1 laag aan de kaart toegevoegd.",
                                       "2 lagen aan de kaart toegevoegd."]),
                               ("fr", ["0 couche ajoutée à la carte.", "1 couche ajoutée à la carte.",
                                       "2 couches ajoutées à la carte."])):
        translator = QTranslator()
        assert translator.load(str(REPO / "i18n" / f"terrascope_s2_{language}.qm"))
        QCoreApplication.installTranslator(translator)
        try:
            assert [said(n) for n in (0, 1, 2)] == expected
        finally:
            QCoreApplication.removeTranslator(translator)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_ts_files_hold_every_string_of_the_sources(language, tmp_path):
    if shutil.which("pylupdate5") is None:
        pytest.skip("pylupdate5 (pyqt5-dev-tools) is needed: run `make deps`")
    sources = subprocess.run(["git", "ls-files", "plugin/*.py", "resources/ui/*.ui"], cwd=REPO, capture_output=True,
                             text=True, check=True).stdout.split()
    fresh = tmp_path / "fresh.ts"
    subprocess.run(["pylupdate5", "-noobsolete", *sources, "-ts", str(fresh)], cwd=REPO, check=True, capture_output=True)
    missing = set(messages(fresh)) - set(messages(REPO / "i18n" / f"terrascope_s2_{language}.ts"))
    assert missing == set(), "run `make i18n` and translate the new strings"


def test_the_compiled_dutch_and_french_translate_at_run_time(qgis_app):
    for language, expected in (("nl", "Tegelomtrekken"), ("fr", "Emprises des tuiles")):
        qm = REPO / "i18n" / f"terrascope_s2_{language}.qm"
        if not qm.exists():
            pytest.skip("the .qm files are built by `make i18n`")
        translator = QTranslator()
        assert translator.load(str(qm))
        QCoreApplication.installTranslator(translator)
        try:
            from terrascope_s2.plugin.toolbelt.i18n import tr

            assert tr("Tile footprints") == expected
        finally:
            QCoreApplication.removeTranslator(translator)


def _ui_forms() -> set[str]:
    """The class names of the .ui forms: uic translates their strings under that name."""
    return {ET.parse(ui).getroot().findtext("class") for ui in (REPO / "resources" / "ui").glob("*.ui")}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_is_filed_where_the_code_looks_for_it(language):
    """tr() and user_text() look in '@default', a .ui form in its class's name: a string filed anywhere else is translated
    and never shown (tilefootprints' help was filed under 'processing')."""
    contexts = {context for context, _ in messages(REPO / "i18n" / f"terrascope_s2_{language}.ts")}
    assert contexts - {"@default"} - _ui_forms() == set()


def _algorithm_texts() -> list[str]:
    """Every text the Processing toolbox shows of the plugin's algorithms, in the running language."""
    from qgis.core import QgsProcessingParameterEnum

    from terrascope_s2.plugin.processing.provider import algorithm_classes

    texts = []
    for algorithm_class in algorithm_classes():
        algorithm = algorithm_class()
        algorithm.initAlgorithm()
        texts += [algorithm.displayName(), algorithm.group(), algorithm.shortHelpString()]
        for parameter in algorithm.parameterDefinitions():
            texts.append(parameter.description())
            if isinstance(parameter, QgsProcessingParameterEnum):
                texts += parameter.options()
        texts += [output.description() for output in algorithm.outputDefinitions()]
    return texts


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_algorithm_text_shows_in_the_language_it_was_translated_to(qgis_app, language):
    qm = REPO / "i18n" / f"terrascope_s2_{language}.qm"
    if not qm.exists():
        pytest.skip("the .qm files are built by `make qm`")
    translated = {source: forms(element)[0] for (_, source), element in
                  messages(REPO / "i18n" / f"terrascope_s2_{language}.ts").items()}
    english = _algorithm_texts()
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        shown = _algorithm_texts()
    finally:
        QCoreApplication.removeTranslator(translator)
    assert len(shown) == len(english) > 60
    wrong = [(source, text) for source, text in zip(english, shown) if source in translated and text != translated[source]]
    assert wrong == [], "filed with a translation, shown in English (or another translation)"
