"""Rewrite the code's Qt and QGIS enums to their scoped form, and exec_() to exec(): what QGIS 4 (Qt6) needs and QGIS 3.22
already takes (Qt.AlignLeft -> Qt.AlignmentFlag.AlignLeft, Qgis.Warning -> Qgis.MessageLevel.Warning,
QgsTask.CanCancel -> QgsTask.Flag.CanCancel).

Nothing is a hand-made list: each dotted name that starts at a name imported from qgis.PyQt.* or qgis.core/gui/analysis
is looked up in this machine's PyQt5 and QGIS 3. When `Owner.Member` is an enum value and the enum type is not named in
the expression, it becomes `Owner.EnumType.Member`, where EnumType is the attribute of Owner that is the value's type
(on 3.22 QgsRasterLayerTemporalProperties.ModeFixedTemporalRange is already Qgis.RasterTemporalMode.FixedTemporalRange:
it becomes QgsRasterLayerTemporalProperties.TemporalMode.FixedTemporalRange). What it cannot rewrite is reported: an enum
value whose type is no attribute of its owner, a QVariant field type (use processing.base.output_field's QMetaType
types), QAction imported from QtWidgets outside an `except ImportError:` fallback.

Run it again after a merge: it is idempotent, so a conflict on these lines can be settled by taking either side and
running it.

    /usr/bin/python3 scripts/qt6_scope.py [--check] [FILE.py ...]    (default: every tracked .py file)

--check changes nothing and exits 1 when something would change or cannot be rewritten.
"""

from __future__ import annotations

import argparse
import ast
import enum
import importlib
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QGIS_MODULES = ("qgis.core", "qgis.gui", "qgis.analysis")


@dataclass(frozen=True)
class Edit:
    """Replace the source between two (line, byte column) positions."""

    start: tuple[int, int]
    end: tuple[int, int]
    text: str


def is_enum_value(value: object) -> bool:
    """A member of a sip enum (PyQt5, QGIS's unscoped enums) or of a Python enum (QGIS's `enum class`)."""
    return isinstance(value, enum.Enum) or type(type(value)).__name__ == "enumtype"


def enum_attribute(owner: object, value: object) -> str | None:
    """The name under which `owner` holds the type of `value` (its own name first: Qt.AlignmentFlag)."""
    kind = type(value)
    if getattr(owner, kind.__name__, None) is kind:
        return kind.__name__
    names = sorted(name for name in dir(owner) if not name.startswith("_") and getattr(owner, name, None) is kind)
    return names[0] if names else None


def member_name(kind: type, value: object, written: str) -> str | None:
    """The member's name in its enum type (a Python enum may know it under another name than the one written)."""
    if getattr(kind, written, None) is value or (getattr(kind, written, None) == value and not isinstance(value, enum.Enum)):
        return written
    name = getattr(value, "name", None)
    return name if isinstance(name, str) and getattr(kind, name, None) is value else None


def imported_names(tree: ast.AST) -> dict[str, object]:
    """Local name -> the real PyQt5/QGIS object, for every `from qgis... import` of the module (any scope)."""
    names: dict[str, object] = {}
    for node in ast.walk(tree):
        if not isinstance(node, ast.ImportFrom) or not node.module:
            continue
        if node.module == "qgis.PyQt" or node.module.startswith("qgis.PyQt.") or node.module in QGIS_MODULES:
            try:
                module = importlib.import_module(node.module)
            except ImportError:
                continue
            for alias in node.names:
                if hasattr(module, alias.name):
                    names[alias.asname or alias.name] = getattr(module, alias.name)
    return names


def in_import_fallback(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> bool:
    while node in parents:
        node = parents[node]
        if isinstance(node, ast.ExceptHandler):
            types = node.type.elts if isinstance(node.type, ast.Tuple) else [node.type]
            return any(isinstance(kind, ast.Name) and kind.id in ("ImportError", "ModuleNotFoundError") for kind in types)
    return False


def scan(source: str) -> tuple[list[Edit], list[tuple[int, str]]]:
    """The edits that scope the module's enums and rename exec_, and (line, problem) for what it cannot rewrite."""
    tree = ast.parse(source)
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    names = imported_names(tree)
    lines = source.encode().splitlines(keepends=True)
    edits: list[Edit] = []
    problems: list[tuple[int, str]] = []

    def text_of(node: ast.AST) -> str:
        if node.lineno == node.end_lineno:
            return lines[node.lineno - 1][node.col_offset:node.end_col_offset].decode()
        return ast.get_source_segment(source, node) or ""

    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == "qgis.PyQt.QtWidgets" \
                and any(alias.name == "QAction" for alias in node.names) and not in_import_fallback(node, parents):
            problems.append((node.lineno, "QAction from QtWidgets: import it from qgis.PyQt.QtGui, QtWidgets only in an "
                                          "`except ImportError:` fallback (QGIS 3.22's qgis.PyQt.QtGui has none)"))
        if not isinstance(node, ast.Attribute):
            continue
        if node.attr == "exec_" and isinstance(node.ctx, ast.Load):
            end = (node.end_lineno, node.end_col_offset)
            edits.append(Edit((end[0], end[1] - len("exec_")), end, "exec"))
            continue
        if isinstance(parents.get(node), ast.Attribute) or not _chain_start(node, names):
            continue  # a part of a longer dotted name (seen from the whole), or no Qt/QGIS name
        chain: list[ast.Attribute] = []
        base: ast.AST = node
        while isinstance(base, ast.Attribute):
            chain.insert(0, base)
            base = base.value
        owner = names[base.id]
        for link in chain:
            if not hasattr(owner, link.attr):
                break
            value = getattr(owner, link.attr)
            if is_enum_value(value) and type(value) is not owner:
                if getattr(owner, "__name__", "") == "QVariant":
                    problems.append((link.lineno, f"{text_of(link)}: a QVariant type: use QMetaType types from QGIS "
                                                  "3.38 (processing.base.output_field)"))
                    break
                kind_name = enum_attribute(owner, value)
                member = member_name(type(value), value, link.attr) if kind_name else None
                if kind_name is None or member is None:
                    problems.append((link.lineno, f"{text_of(link)}: an enum value of {type(value).__qualname__}, "
                                                  f"which {text_of(link.value)} does not hold: scope it by hand"))
                    break
                scoped = f"{text_of(link.value)}.{kind_name}.{member}"
                edits.append(Edit((link.lineno, link.col_offset), (link.end_lineno, link.end_col_offset), scoped))
                break
            owner = value
    return edits, problems


def _chain_start(node: ast.Attribute, names: dict[str, object]) -> bool:
    base: ast.AST = node
    while isinstance(base, ast.Attribute):
        base = base.value
    return isinstance(base, ast.Name) and base.id in names


def apply(source: str, edits: list[Edit]) -> str:
    lines = source.encode().splitlines(keepends=True)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))
    data = source.encode()
    for edit in sorted(edits, key=lambda e: e.start, reverse=True):
        begin = starts[edit.start[0] - 1] + edit.start[1]
        end = starts[edit.end[0] - 1] + edit.end[1]
        data = data[:begin] + edit.text.encode() + data[end:]
    return data.decode()


def python_files() -> list[Path]:
    listed = subprocess.run(["git", "ls-files", "*.py"], cwd=ROOT, capture_output=True, text=True, check=True)
    return [ROOT / name for name in dict.fromkeys(listed.stdout.split())]  # (an unmerged file is listed once a stage)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 when something would change")
    parser.add_argument("files", nargs="*", type=Path)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import Qgis

    changed = unresolved = rewrites = 0
    for path in [path.resolve() for path in args.files] or python_files():
        source = path.read_text()
        shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
        try:
            edits, problems = scan(source)
        except SyntaxError as error:  # e.g. a merge conflict not yet settled
            print(f"{shown}:{error.lineno}: cannot read it: {error.msg}")
            unresolved += 1
            continue
        for line, problem in problems:
            print(f"{shown}:{line}: cannot rewrite: {problem}")
        unresolved += len(problems)
        if edits:
            changed += 1
            rewrites += len(edits)
            for edit in sorted(edits, key=lambda e: e.start):
                print(f"{shown}:{edit.start[0]}: {'would become' if args.check else '->'} {edit.text}")
            if not args.check:
                path.write_text(apply(source, edits))
    verb = "would rewrite" if args.check else "rewrote"
    print(f"qt6_scope: {verb} {rewrites} names in {changed} files; {unresolved} to do by hand "
          f"(names looked up in QGIS {Qgis.QGIS_VERSION})")
    return 1 if unresolved or (args.check and rewrites) else 0


if __name__ == "__main__":
    sys.exit(main())
