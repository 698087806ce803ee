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


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_is_translated_and_keeps_its_placeholders(language):
    found = messages(REPO / "i18n" / f"terrascope_s2_{language}.ts")
    assert len(found) > 40
    untranslated = [source for (_, source), translation in found.items()
                    if not (translation.text or "").strip() or translation.get("type") == "unfinished"]
    assert untranslated == []
    for (_, source), translation in found.items():
        assert sorted(re.findall(r"\{\w*\}", source)) == sorted(re.findall(r"\{\w*\}", translation.text)), source


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
    for language, expected in (("nl", "Tegelvoetafdrukken"), ("fr", "Emprises des tuiles")):
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
    translated = {source: element.text for (_, source), element in messages(REPO / "i18n" / f"terrascope_s2_{language}.ts").items()}
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
