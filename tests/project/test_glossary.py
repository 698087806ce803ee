"""The plugin's Dutch and French use QGIS's own words for what QGIS names: a glossary of the terms the plugin uses,
checked against QGIS's translations (the .qm files QGIS ships) and against the plugin's .ts files.

A term of the glossary found in an English string (as a word, not an ALL-CAPS parameter name) must come with QGIS's
translation of it (or an inflection of it) in the Dutch and French strings; the words the issue found departing from
QGIS (and calques) must not come back.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

import pytest

from terrascope_s2.tests.helpers.paths import REPO

QGIS_I18N = Path("/usr/share/qgis/i18n")

# English term (as QGIS writes it in its own strings): {language: (QGIS's translation, what the plugin may write)}
GLOSSARY = {
    "Refresh": {"nl": ("Bijwerken", r"bijwerk|bijgewerkt"), "fr": ("Actualiser", r"actualis")},
    "Temporal Controller": {"nl": ("Tijdbeheer", r"tijdbeheer"), "fr": ("Contrôleur temporel", r"contrôleur temporel")},
    "Data Source Manager": {"nl": ("Databronnen beheren", r"databronnen beheren"),
                            "fr": ("Gestionnaire des sources de données", r"gestionnaire des sources de données")},
    "Extent": {"nl": ("Bereik", r"bereik|tijdsperiode"), "fr": ("Emprise", r"emprise|étendue temporelle")},  # space, time
    "Plugin": {"nl": ("Plug-in", r"plug-in"), "fr": ("Extension", r"extension")},
    "Layer": {"nl": ("Laag", r"laag|lagen|kaartlaag"), "fr": ("Couche", r"couche")},
    "Tiles": {"nl": ("Tegels", r"tegel"), "fr": ("Tuiles", r"tuile")},
    "Settings": {"nl": ("Instellingen", r"instelling"), "fr": ("Paramètres", r"paramètre")},
    "Legend": {"nl": ("Legenda", r"legenda"), "fr": ("Légende", r"légende")},
    "Identify": {"nl": ("Identificeren", r"identificeren"), "fr": ("Identifier", r"identifier")},
    "Authentication": {"nl": ("Authenticatie", r"authenticatie"), "fr": ("Authentification", r"authentification")},
    "Features": {"nl": ("Objecten", r"object"), "fr": ("Entités", r"entité")},
    "Metadata": {"nl": ("Metadata", r"metadata"), "fr": ("Métadonnées", r"métadonnées")},
    "Resolution": {"nl": ("Resolutie", r"resolutie"), "fr": ("Résolution", r"résolution")},
    "Band": {"nl": ("Band", r"band"), "fr": ("Bande", r"bande")},
    "Log Messages": {"nl": ("Logboekmeldingen", r"logboekmeldingen"), "fr": ("Journal des messages", r"journal des messages")},
    "Processing": {"nl": ("Processing", r"processing"), "fr": ("Traitement", r"traitement")},
}
# the same terms as they appear in the plugin's English: the singular of Tiles and Features, 'plug-in' spelled 'plugin'
ENGLISH = {"Tiles": r"tiles?", "Features": r"features?", "Layer": r"layers?", "Plugin": r"plugin'?s?",
           "Settings": r"settings"}

# what the issue found departing from QGIS's words, and calques: never again
DEPARTURES = {
    "nl": [r"\bvernieuw", r"tijdregelaar", r"databronbeheer", r"\bplugin", r"(?-i:\b[Ee]xtent)", r"gesatureerd",
           r"voetafdruk"],
    "fr": [r"connexion à url", r"\bà sans données", r"terre dégagée", r"le serveur parle",
           r"(?<![\w'])'[^' ][^']*[^' ]'(?!\w)"],  # French quotes are « », not '...' (an apostrophe is in a word)
}


def our_messages(language: str) -> list[tuple[str, list[str]]]:
    """(English, [translation, or its plural forms]) of every message of the plugin's .ts file."""
    root = ET.parse(REPO / "i18n" / f"terrascope_s2_{language}.ts").getroot()
    found = []
    for message in root.iter("message"):
        translation = message.find("translation")
        texts = [form.text or "" for form in translation.iter("numerusform")] or [translation.text or ""]
        found.append((message.findtext("source") or "", texts))
    return found


@cache
def qgis_translations(language: str) -> dict[str, set[str]]:
    """QGIS's own translations, English -> {translations}, from the .qm file QGIS ships (through lconvert)."""
    qm = QGIS_I18N / f"qgis_{language}.qm"
    if not qm.exists() or shutil.which("lconvert") is None:
        pytest.skip(f"QGIS's {qm.name} and lconvert (qttools5-dev-tools) are needed: run `make deps`")
    ts = subprocess.run(["lconvert", "-i", str(qm), "-of", "ts", "-o", "-"], capture_output=True, check=True).stdout
    translations: dict[str, set[str]] = {}
    for message in ET.fromstring(ts).iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.text:
            translations.setdefault(message.findtext("source") or "", set()).add(translation.text.strip())
    return translations


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_the_glossary_is_qgis_own_translation(language):
    qgis = qgis_translations(language)
    differ = {term: (words[language][0], sorted(qgis.get(term, []))) for term, words in GLOSSARY.items()
              if words[language][0].lower() not in {text.lower() for text in qgis.get(term, ())}}
    assert differ == {}, "the glossary says one word, QGIS another"


def english_occurrences(term: str, source: str) -> list[str]:
    """The term in an English string, as a word; ALL-CAPS parameter names (EXTENT, LAYER, TILES) are not words."""
    pattern = ENGLISH.get(term, re.escape(term))
    words = re.sub(r"\{\w*\}", " ", source)  # placeholders ({layer}) are not words
    found = re.findall(rf"(?<![\w-])({pattern})(?![\w-])", words, flags=re.IGNORECASE)
    return [text for text in found if not (text.isupper() and len(text) > 1)]


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_the_plugins_translations_use_qgis_words(language):
    departing = []
    for source, texts in our_messages(language):
        for term, words in GLOSSARY.items():
            if english_occurrences(term, source):
                for text in texts:
                    if not re.search(words[language][1], text, flags=re.IGNORECASE):
                        departing.append(f"{term} -> {words[language][0]}: {source!r} -> {text!r}")
    assert departing == [], "\n".join(departing)


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_the_departures_the_issue_found_do_not_come_back(language):
    found = [f"{pattern}: {text!r}" for _, texts in our_messages(language) for text in texts
             for pattern in DEPARTURES[language] if re.search(pattern, text, flags=re.IGNORECASE)]
    assert found == [], "\n".join(found)
