"""Tell what in the plugin would break on Qt6 (QGIS 4), as far as a machine without a Qt6 QGIS can: Qt names the code
uses that PyQt6 lacks (unscoped enums like Qt.AlignLeft, QVariant types, QAction from QtWidgets...), Qt methods PyQt6
dropped (exec_), QGIS enums named unscoped (Qgis.Info, QgsPalLayerSettings.OverPoint), and .ui files PyQt6's uic
cannot build.

Nothing here is a hand-made list: the Qt side is read from PyQt6 itself (PyPI's, in the Python that runs this script:
`make qt6-check` makes .venv-qt6 for it), the QGIS side and the methods PyQt5 had from this host's QGIS 3 and PyQt5, in
a child process (/usr/bin/python3), since no QGIS for Qt6 can be installed here. Like QGIS's own
scripts/pyqt5_to_pyqt6/pyqt5_to_pyqt6.py, it reads the code with `ast` and resolves each name against the real modules.

    .venv-qt6/bin/python scripts/qt6_check.py [FILE.py|FILE.ui ...]   (default: the plugin's tracked files)

Prints one line per finding (file:line: what, and the name to use instead) and exits 1 when there is any.
"""

from __future__ import annotations

import argparse
import ast
import importlib
import json
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QGIS_PYTHON = "/usr/bin/python3"  # Debian's, where QGIS 3 and PyQt5 live
QGIS_MODULES = ("qgis.core", "qgis.gui", "qgis.analysis")
QT_MODULES = ("QtCore", "QtGui", "QtWidgets", "QtNetwork", "QtXml", "QtSvg", "QtSvgWidgets", "QtPrintSupport", "QtSql",
              "QtTest", "QtPositioning", "QtMultimedia", "QtQml", "QtQuick", "QtWebChannel", "QtOpenGL", "QtOpenGLWidgets")


_APP = None


@dataclass(frozen=True)
class Finding:
    path: str
    line: int
    text: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.text}"


@dataclass(frozen=True)
class Use:
    """A dotted name in the code that starts at an imported Qt or QGIS name: module + attribute chain."""

    path: str
    line: int
    module: str  # "QtCore" (a Qt module) or "qgis.core"
    chain: tuple[str, ...]

    @property
    def written(self) -> str:
        return ".".join(self.chain) if self.chain else self.module


# --- reading the code -------------------------------------------------------------------------------------------------

def _in_import_fallback(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> bool:
    """True for an import in an `except ImportError:` branch (a fallback for older QGIS, e.g. QAction from QtWidgets)."""
    while node in parents:
        parent = parents[node]
        if isinstance(parent, ast.ExceptHandler):
            names = [parent.type] if not isinstance(parent.type, ast.Tuple) else parent.type.elts
            return any(isinstance(name, ast.Name) and name.id in ("ImportError", "ModuleNotFoundError") for name in names)
        node = parent
    return False


def read_uses(path: Path) -> tuple[list[Use], list[tuple[int, str]], list[Finding]]:
    """The Qt/QGIS names a module uses, the attribute names it calls on other objects, and direct PyQt5 imports."""
    relative = str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)
    tree = ast.parse(path.read_text(), str(path))
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    names: dict[str, tuple[str, tuple[str, ...]]] = {}  # local name -> (module, chain)
    uses: list[Use] = []
    findings: list[Finding] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            module = node.module
            if module == "PyQt5" or module.startswith("PyQt5."):
                findings.append(Finding(relative, node.lineno, f"imports {module} directly: import it from qgis.PyQt"))
                continue
            for alias in node.names:
                local = alias.asname or alias.name
                if module == "qgis.PyQt" and alias.name in QT_MODULES:
                    names[local] = (alias.name, ())
                elif module.startswith("qgis.PyQt.") and module.split(".")[2] in QT_MODULES:
                    names[local] = (module.split(".")[2], (alias.name,))
                    if not _in_import_fallback(node, parents):
                        uses.append(Use(relative, node.lineno, module.split(".")[2], (alias.name,)))
                elif module in QGIS_MODULES:
                    names[local] = (module, (alias.name,))
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name == "PyQt5" or alias.name.startswith("PyQt5."):
                    findings.append(Finding(relative, node.lineno, f"imports {alias.name} directly: import it from qgis.PyQt"))
    attributes: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Attribute) or isinstance(parents.get(node), ast.Attribute):
            continue  # only the whole dotted name a.b.c, not its a.b
        chain: list[str] = []
        base: ast.AST = node
        while isinstance(base, ast.Attribute):
            chain.insert(0, base.attr)
            base = base.value
        if isinstance(base, ast.Name) and base.id in names:
            module, start = names[base.id]
            uses.append(Use(relative, node.lineno, module, (*start, *chain)))
        elif node.attr.endswith("_") or (isinstance(parents.get(node), ast.Call) and parents[node].func is node):
            # a method called on another object (loop.exec_()), or sip's name for a keyword anywhere (exec_ passed
            # as a callback): not an attribute of the plugin's own objects that shares a PyQt5 method's name
            attributes.append((node.lineno, node.attr))
    return uses, attributes, findings


# --- PyQt6 (this Python) ----------------------------------------------------------------------------------------------

def pyqt6_modules() -> dict[str, object]:
    modules = {}
    for name in QT_MODULES:
        try:
            modules[name] = importlib.import_module(f"PyQt6.{name}")
        except ImportError:
            pass
    return modules


def _enum_types(owner) -> list[tuple[str, type]]:
    import enum

    found = []
    for name in dir(owner):
        value = getattr(owner, name, None)
        if isinstance(value, type) and issubclass(value, enum.Enum):
            found.append((name, value))
    return found


def scoped_suggestions(modules: dict[str, object], owner_path: list[str], owner, member: str) -> list[str]:
    """Where PyQt6 has `member` as an enum member: in an enum of `owner`, else in any class of the Qt modules."""
    here = [".".join([*owner_path, enum_name, member]) for enum_name, enum_type in _enum_types(owner)
            if member in enum_type.__members__]
    if here:
        return here
    if owner_path == ["QVariant"]:  # Qt6 moved QVariant's type enum to QMetaType.Type (QVariant.String: QString)
        meta_type = modules["QtCore"].QMetaType.Type.__members__
        return [f"QMetaType.Type.{name}" for name in (member, f"Q{member}") if name in meta_type][:1]
    elsewhere = []
    for module in modules.values():
        for class_name in dir(module):
            cls = getattr(module, class_name)
            if isinstance(cls, type):
                elsewhere += [f"{class_name}.{enum_name}.{member}" for enum_name, enum_type in _enum_types(cls)
                              if member in enum_type.__members__]
    return elsewhere[:3]


def check_qt_use(modules: dict[str, object], use: Use) -> Finding | None:
    module = modules.get(use.module)
    if module is None:
        return Finding(use.path, use.line, f"PyQt6 has no module {use.module}")
    owner, path = module, []
    for name in use.chain:
        if not hasattr(owner, name):
            where = " or ".join(scoped_suggestions(modules, path, owner, name))
            if not path:  # an imported name that lives elsewhere in PyQt6 (QAction: QtGui)
                homes = [f"qgis.PyQt.{other}" for other, mod in modules.items() if hasattr(mod, name)]
                where = where or " or ".join(homes)
            what = f"PyQt6's {'.'.join(path) or use.module} has no {name}"
            return Finding(use.path, use.line, f"{use.written}: {what}" + (f"; use {where}" if where else ""))
        owner, path = getattr(owner, name), [*path, name]
    return None


def pyqt6_attribute_names(modules: dict[str, object]) -> set[str]:
    names: set[str] = set()
    for module in modules.values():
        for class_name in dir(module):
            cls = getattr(module, class_name)
            if isinstance(cls, type):
                names.update(dir(cls))
    return names


def check_ui(path: Path) -> Finding | None:
    """Build the .ui file with PyQt6's uic; QGIS's custom widgets stand in as their Qt base classes."""
    from PyQt6 import uic
    from PyQt6.QtWidgets import QApplication

    global _APP
    _APP = QApplication.instance() or QApplication([])  # kept: a QApplication that is collected takes Qt down
    relative = str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)
    with tempfile.TemporaryDirectory() as stubs:
        for widget in ET.parse(path).iter("customwidget"):
            header = widget.findtext("header", "").removesuffix(".h").replace("/", ".")
            base = widget.findtext("extends") or "QWidget"
            Path(stubs, f"{header}.py").write_text(
                f"from PyQt6.QtWidgets import {base}\n\n\nclass {widget.findtext('class')}({base}):\n    pass\n")
        sys.path.insert(0, stubs)
        try:
            uic.loadUi(str(path))
        except Exception as error:  # noqa: BLE001 - whatever uic raises is the finding
            return Finding(relative, 1, f"PyQt6's uic cannot build it: {type(error).__name__}: {error}")
        finally:
            sys.path.remove(stubs)
            for widget in ET.parse(path).iter("customwidget"):
                sys.modules.pop(widget.findtext("header", "").removesuffix(".h").replace("/", "."), None)
    return None


# --- QGIS 3 and PyQt5 (a child process with Debian's Python) ----------------------------------------------------------

def introspect_qgis() -> None:
    """Child process: read [[module, name...], ...] on stdin; write {"results": [...], "pyqt5_methods": [...],
    "qgis": version}: for each chain null, ["missing", name] or ["unscoped", scoped name]."""
    import PyQt5
    from qgis.core import Qgis

    def is_enum_member(value) -> bool:
        import enum

        return isinstance(value, enum.Enum) or type(type(value)).__name__ == "enumtype"

    results = []
    for module_name, *chain in json.load(sys.stdin):
        owner, result = importlib.import_module(module_name), None
        for name in chain:
            if not hasattr(owner, name):
                result = ["missing", name]
                break
            value = getattr(owner, name)
            if is_enum_member(value) and type(value) is not owner:
                result = ["unscoped", f"{type(value).__qualname__}.{name}"]
                break
            owner = value
        results.append(result)
    def methods_of(modules: list[str]) -> set[str]:
        methods: set[str] = set()
        for name in modules:
            try:
                module = importlib.import_module(name)
            except ImportError:
                continue
            for class_name in dir(module):
                cls = getattr(module, class_name)
                if isinstance(cls, type):
                    methods.update(attr for attr in vars(cls) if not attr.startswith("__") and callable(getattr(cls, attr, None)))
        return methods

    json.dump({"results": results, "pyqt5_methods": sorted(methods_of([f"PyQt5.{name}" for name in QT_MODULES])),
               "qgis_methods": sorted(methods_of(list(QGIS_MODULES))), "qgis": Qgis.QGIS_VERSION,
               "pyqt5": PyQt5.QtCore.PYQT_VERSION_STR if hasattr(PyQt5, "QtCore") else "?"}, sys.stdout)


def ask_qgis(chains: list[list[str]]) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": ""}
    child = subprocess.run([QGIS_PYTHON, __file__, "--introspect-qgis"], input=json.dumps(chains), capture_output=True,
                           text=True, env=env, timeout=300)
    if child.returncode != 0:
        sys.exit(f"qt6-check: QGIS 3 ({QGIS_PYTHON}) could not be asked about QGIS's names:\n{child.stderr[-2000:]}")
    return json.loads(child.stdout)


# --- the check --------------------------------------------------------------------------------------------------------

def plugin_files() -> list[Path]:
    listed = subprocess.run(["git", "ls-files", "__init__.py", "plugin/*.py", "resources/ui/*.ui"], cwd=ROOT,
                            capture_output=True, text=True)
    if listed.returncode == 0 and listed.stdout.strip():
        return [ROOT / name for name in listed.stdout.split()]
    return sorted([ROOT / "__init__.py", *ROOT.glob("plugin/**/*.py"), *ROOT.glob("resources/ui/*.ui")])


def check(paths: list[Path]) -> tuple[list[Finding], str]:
    from PyQt6.QtCore import PYQT_VERSION_STR, QT_VERSION_STR

    modules = pyqt6_modules()
    findings: list[Finding] = []
    qt_uses: list[Use] = []
    qgis_uses: list[Use] = []
    attributes: list[tuple[str, int, str]] = []
    for path in paths:
        if path.suffix == ".ui":
            finding = check_ui(path)
            findings += [finding] if finding else []
            continue
        uses, names, direct = read_uses(path)
        findings += direct
        qt_uses += [use for use in uses if not use.module.startswith("qgis.")]
        qgis_uses += [use for use in uses if use.module.startswith("qgis.")]
        relative = str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)
        attributes += [(relative, line, name) for line, name in names]
    findings += [finding for use in qt_uses if (finding := check_qt_use(modules, use))]
    answer = ask_qgis([[use.module, *use.chain] for use in qgis_uses])
    for use, result in zip(qgis_uses, answer["results"]):
        if result and result[0] == "unscoped":
            findings.append(Finding(use.path, use.line, f"{use.written}: unscoped QGIS enum (QGIS 4 has scoped enums only); "
                                                        f"on QGIS {answer['qgis']} it is {result[1]}"))
        elif result:
            findings.append(Finding(use.path, use.line, f"{use.written}: QGIS {answer['qgis']} has no {result[1]}"))
    # methods PyQt5 had and no class of PyQt6 has (exec_, print_...), called on any object; not those QGIS's classes
    # define themselves (QgsGeometry.boundingBox), unless it is sip's name for a Python 2 keyword (exec_: PyQt6's exec)
    pyqt6_names = pyqt6_attribute_names(modules)
    renamed = {name for name in answer["pyqt5_methods"] if name.endswith("_") and name[:-1] in pyqt6_names}
    dropped = set(answer["pyqt5_methods"]) - pyqt6_names - (set(answer["qgis_methods"]) - renamed)
    for path, line, name in attributes:
        if name in dropped:
            instead = f"; use {name[:-1]}" if name in renamed else ""
            findings.append(Finding(path, line, f".{name}: PyQt5 has it, no class of PyQt6 has{instead}"))
    versions = f"PyQt6 {PYQT_VERSION_STR} (Qt {QT_VERSION_STR}), QGIS {answer['qgis']} for QGIS's names"
    return sorted(set(findings), key=lambda f: (f.path, f.line, f.text)), versions


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--introspect-qgis", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.introspect_qgis:
        introspect_qgis()
        return 0
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    paths = [path.resolve() for path in args.files] or plugin_files()
    findings, versions = check(paths)
    for finding in findings:
        print(finding)
    files = len({finding.path for finding in findings})
    if findings:
        print(f"qt6-check: {len(findings)} findings in {files} files ({len(paths)} checked; {versions})")
        return 1
    print(f"qt6-check: Qt6-clean: {len(paths)} files checked ({versions})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
