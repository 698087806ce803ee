#!/usr/bin/env python3
"""A git merge driver for Qt's .ts files: the union of both sides' messages, each with its best translation.

Two branches that add strings both add messages to the same .ts file; a line-based merge then conflicts although the
two additions are independent. This driver keeps every message of either side (by context and source text), the
translation of the side that has a finished one (ours when both do), and writes the result in the current branch's
order, new messages of the other side appended to their context. `scripts/i18n.sh` (make i18n) afterwards drops what
the code no longer uses.

Enable it in a clone (`make i18n` does it):
    git config merge.qt-ts.driver "python3 scripts/ts_merge.py %O %A %B"
with `i18n/*.ts merge=qt-ts` in .gitattributes.
"""

from __future__ import annotations

import copy
import sys
import xml.etree.ElementTree as ET


def _key(context: ET.Element, message: ET.Element) -> tuple[str, str, str]:
    return (context.findtext("name") or "", message.findtext("source") or "", message.findtext("comment") or "")


def _finished(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None:
        return False
    has_text = bool((translation.text or "").strip()) or len(translation) > 0  # plural forms are child elements
    return has_text and translation.get("type") not in ("unfinished", "obsolete", "vanished")


def merge(ours_path: str, theirs_path: str) -> ET.ElementTree:
    ours = ET.parse(ours_path)
    theirs = ET.parse(theirs_path)
    contexts = {c.findtext("name"): c for c in ours.getroot().iter("context")}
    mine = {_key(c, m): m for c in ours.getroot().iter("context") for m in c.iter("message")}
    for context in theirs.getroot().iter("context"):
        name = context.findtext("name")
        target = contexts.get(name)
        if target is None:
            target = copy.deepcopy(context)
            for message in list(target.iter("message")):
                target.remove(message)
            ours.getroot().append(target)
            contexts[name] = target
        for message in context.iter("message"):
            key = _key(context, message)
            kept = mine.get(key)
            if kept is None:
                target.append(copy.deepcopy(message))
            elif not _finished(kept) and _finished(message):
                kept.remove(kept.find("translation"))
                kept.append(copy.deepcopy(message.find("translation")))
    return ours


def _escape(text: str, apostrophes: bool = True) -> str:
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    return text.replace("'", "&apos;") if apostrophes else text


def _write(element: ET.Element, depth: int, lines: list[str]) -> None:
    """One element as pylupdate5 writes it: children of <TS> unindented, then four spaces a level."""
    pad = "    " * depth
    attributes = "".join(f' {name}="{_escape(value)}"' for name, value in element.attrib.items())
    if len(element) == 0:
        text = _escape(element.text or "", apostrophes=element.tag not in ("translation", "numerusform"))  # as pylupdate5
        lines.append(f"{pad}<{element.tag}{attributes}>{text}</{element.tag}>")
        return
    lines.append(f"{pad}<{element.tag}{attributes}>")
    for child in element:
        _write(child, depth + 1 if element.tag != "TS" else depth, lines)
    lines.append(f"{pad}</{element.tag}>")


def main(argv: list[str]) -> int:
    _base, ours_path, theirs_path = argv[1:4]
    tree = merge(ours_path, theirs_path)
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>"]
    _write(tree.getroot(), 0, lines)
    with open(ours_path, "w", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
