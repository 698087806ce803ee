"""The one error type users read: a message in English marked for translation, translated when it is shown.

    raise PluginError(QT_TRANSLATE_NOOP("@default", "'{tile}' is not a Sentinel-2 tile id."), tile=text)
    raise PluginError(QT_TRANSLATE_NOOP("@default", "The server cannot be reached."), detail=url)

`message` is the English text (with `{name}` placeholders, filled after translation so that translators see them),
`detail` what a server, a file or GDAL said (never translated, never holding a credential). `user_text()` gives the
sentence for the message bar or the Processing log in QGIS's language; without Qt (the QGIS-free tests) it is English.
Every core module raises PluginError or a subclass of it for what a user must read; anything else is a bug.
"""

from __future__ import annotations

from .text import QT_TRANSLATE_NOOP


class PluginError(Exception):
    def __init__(self, message: str, detail: str = "", **values: object):
        self.message = message
        self.detail = detail
        self.values = values
        super().__init__(self.english())

    def english(self) -> str:
        return _join(_fill(self.message, self.values), printable(self.detail))

    def user_text(self) -> str:
        return _join(self.short_text(), printable(self.detail))

    def short_text(self) -> str:
        """user_text() without the detail: the sentence a panel shows (the detail goes to its tooltip and the log)."""
        try:
            from ..toolbelt.i18n import tr
        except ImportError:  # no Qt: the pure core in plain Python
            return _fill(self.message, self.values)
        return _fill(tr(self.message), self.values)


CANCELLED = QT_TRANSLATE_NOOP("@default", "Cancelled.")


class CancelledError(PluginError):
    """The user cancelled: not a failure to report as an error."""

    def __init__(self, detail: str = ""):
        super().__init__(CANCELLED, detail)


def printable(value: object) -> str:
    """Text that Qt can show: a file name that is not UTF-8 comes from Python with lone surrogates ('caf\\udce9'), which
    make any Qt call raise UnicodeEncodeError; its undecodable bytes are shown as U+FFFD instead."""
    text = str(value)
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _fill(text: str, values: dict[str, object]) -> str:
    if not values:
        return text
    values = {key: printable(value) for key, value in values.items()}
    try:
        return text.format(**values)
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder must not hide the error
        return f"{text} ({', '.join(f'{k}={v}' for k, v in values.items())})"


def _join(message: str, detail: str) -> str:
    return f"{message} {detail}".strip() if detail else message
