"""Translation: one tr() for the plugin, and the translator installed from i18n/*.qm."""

from __future__ import annotations

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

from ..__about__ import PLUGIN_ID, PLUGIN_ROOT

SUPPORTED_LANGUAGES = ("en", "nl", "fr")


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate a user-visible string (pylupdate5 finds the calls by this name and files them under '@default').

    With a count, tr("%n layer(s) added.", None, count): '%n' is the number and the Dutch and French translations have
    their plural forms (numerus in the .ts); in English, which has no translation file, 'layer(s)' reads 'layer' or
    'layers'."""
    translated = QCoreApplication.translate("@default", text, disambiguation, n)
    if n >= 0 and translated == text.replace("%n", str(n)):
        translated = translated.replace("(s)", "" if n == 1 else "s")
    return translated


def user_language() -> str:
    """The two-letter language QGIS runs in (its override setting, else the system's)."""
    settings = QgsSettings()
    locale = settings.value("locale/userLocale", "", type=str) if settings.value(
        "locale/overrideFlag", False, type=bool) else ""
    return (locale or QLocale.system().name() or "en")[:2]


def install_translator() -> QTranslator | None:
    """Load i18n/terrascope_s2_<lang>.qm when there is one; returns the translator to remove on unload."""
    path = PLUGIN_ROOT / "i18n" / f"{PLUGIN_ID}_{user_language()}.qm"
    if not path.exists():
        return None
    translator = QTranslator()
    if not translator.load(str(path)):
        return None
    QCoreApplication.installTranslator(translator)
    return translator
