"""Marking strings for translation in code that has no Qt (the core), so that pylupdate5 finds them.

Every string of the plugin lives in one translation context, '@default', the one pylupdate5 gives to tr() calls;
the GUI and the algorithms translate them with toolbelt.i18n.tr() when they show them.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name pylupdate5 looks for)
    return text
