"""Every interface string is translated: what ``pyside6-lupdate`` finds in ``editor_app/ui`` today has a finished
Russian and Azerbaijani translation in the committed ``.ts`` files (and an English plural where it counts), and no
user-visible text reaches a Qt widget without going through ``tr()``.

A new string therefore fails here until ``tools/i18n/translations.py`` has it and ``tools/i18n/update.py`` has
regenerated the ``.ts`` files.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.paths import REPO

UI = REPO / "editor_app" / "ui"
I18N = REPO / "editor_app" / "resources" / "i18n"
TOOLS = REPO / "tools" / "i18n"
PLURAL_FORMS = {"en": 2, "ru": 3, "az": 2}
PLURAL = re.compile(r"%L?n")

NOT_YET_TRANSLATED: tuple[str, ...] = ()
"""Modules whose strings are still English literals; the AST scan skips them (none now)."""

NOT_TEXT = frozenset({"https://news.example.org", "xxxx xxxx xxxx xxxx xxxx xxxx"})
"""Literals shown in the interface that are no language: an example address and a password mask."""


def lupdate() -> str:
    sys.path.insert(0, str(TOOLS))
    try:
        from build import qt_tool  # type: ignore[import-not-found]
    finally:
        sys.path.remove(str(TOOLS))
    return str(qt_tool("lupdate"))


def source_files() -> list[str]:
    """The files update.py reads: editor_app/ui and the core modules with marked sentences."""
    sys.path.insert(0, str(TOOLS))
    try:
        from build import source_files as files  # type: ignore[import-not-found]
    finally:
        sys.path.remove(str(TOOLS))
    return list(files())


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    plural: bool
    forms: tuple[str, ...]
    unfinished: bool


def messages(ts: Path) -> dict[tuple[str, str], Message]:
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            node = message.find("translation")
            assert node is not None, (name, source)
            plural = message.get("numerus") == "yes"
            forms = tuple(f.text or "" for f in node.iter("numerusform")) if plural else (node.text or "",)
            found[(name, source)] = Message(name, source, plural, forms, node.get("type") == "unfinished")
    return found


@pytest.fixture(scope="module")
def current(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], Message]:
    """What lupdate finds in the source as it is now."""
    out = tmp_path_factory.mktemp("lupdate") / "current.ts"
    files = source_files()
    done = subprocess.run(
        [lupdate(), "-silent", "-no-obsolete", "-locations", "none", *files, "-ts", str(out)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    found = messages(out)
    assert len(found) > 300  # the scan really read the interface
    return found


@pytest.mark.parametrize("language", ["ru", "az"])
def test_every_source_string_has_a_finished_translation(
    current: dict[tuple[str, str], Message], language: str
) -> None:
    committed = messages(I18N / f"editor_app_{language}.ts")
    missing = sorted(f"[{c}] {s!r}" for c, s in current if (c, s) not in committed)
    assert missing == [], (
        f"not in editor_app_{language}.ts: add them to tools/i18n/translations.py and run update.py"
    )
    problems = []
    for key in current:
        message = committed[key]
        wanted = PLURAL_FORMS[language] if message.plural else 1
        if message.unfinished or len(message.forms) != wanted or not all(f.strip() for f in message.forms):
            problems.append(f"[{key[0]}] {key[1]!r}: {message.forms}")
        if PLURAL.search(key[1]) and not message.plural:
            problems.append(f"[{key[0]}] {key[1]!r} counts (%n) but is not a plural")
        placeholders = sorted(re.findall(r"\{\w*\}|%L?n|%v|%m|<[^>]+>", key[1]))
        for form in message.forms:
            kept = sorted(re.findall(r"\{\w*\}|%L?n|%v|%m|<[^>]+>", form))
            if kept != placeholders:
                problems.append(f"[{key[0]}] {key[1]!r}: {form!r} has {kept}, not {placeholders}")
    assert problems == []


def test_every_counted_string_has_its_english_plural(current: dict[tuple[str, str], Message]) -> None:
    english = messages(I18N / "editor_app_en.ts")
    counted = {key for key, message in current.items() if message.plural or PLURAL.search(key[1])}
    assert counted and counted <= set(english)
    assert [key for key in counted if english[key].unfinished or len(english[key].forms) != 2] == []
    assert english[("StatusBar", "%Ln word(s)")].forms == ("%Ln word", "%Ln words")


def test_the_committed_files_are_what_update_writes(tmp_path: Path) -> None:
    """Nothing was edited by hand: regenerating from translations.py gives the committed files."""
    done = subprocess.run(
        [sys.executable, str(TOOLS / "update.py"), "--check", "--out", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    committed = {p.name: p.read_bytes() for p in I18N.glob("*.ts")}
    assert {p.name: p.read_bytes() for p in tmp_path.glob("*.ts")} == committed, (
        "the .ts files differ from tools/i18n/update.py's output: run it and commit"
    )


# -- every string literal meant for the user goes through tr() ------------------------------------------------------

TEXT_ARGUMENTS: dict[str, tuple[int, ...]] = {
    # setters: the text is the first argument
    **dict.fromkeys(
        (
            "setText",
            "setWindowTitle",
            "setToolTip",
            "setStatusTip",
            "setWhatsThis",
            "setPlaceholderText",
            "setAccessibleName",
            "setAccessibleDescription",
            "setTitle",
            "setInformativeText",
            "setDetailedText",
            "setLabelText",
            "setFormat",
            "addMenu",
            "addItem",
            "insertItem",
            "addRow",
            "addTab",
            "showMessage",
            "show_report",
            "setHeaderLabels",
            "addItems",
            "addButton",
            "setItemText",
            "setTabText",
            "QLabel",
            "QPushButton",
            "QToolButton",
            "QCheckBox",
            "QRadioButton",
            "QGroupBox",
            "QToolBar",
            "QMenu",
            "QAction",
            "QListWidgetItem",
            "QTreeWidgetItem",
            "plain_label",
        ),
        (0,),
    ),
    "QMessageBox": (1, 2),
    "question": (1, 2),
    "information": (1, 2),
    "warning": (1, 2),
    "critical": (1, 2),
    "ask": (1, 2),
    "inform": (1, 2),
    "message_box": (2, 3),
    "getText": (1, 2),
    "getOpenFileNames": (1, 3),
    "getOpenFileName": (1, 3),
    "getSaveFileName": (1, 3),
    "getExistingDirectory": (1,),
}
"""Qt (and project) calls that show a text, and which positional arguments are that text."""


def words_in(node: ast.AST) -> list[str]:
    """Literal words a value would show: string constants (HTML tags, {} and %-fields removed), recursively
    through f-strings, ``+``, lists and ``"...".format(...)``; a tr()/translate() call shows none of its own."""
    if isinstance(node, ast.Call):
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr in ("tr", "translate"):
            return []
        if isinstance(func, ast.Attribute) and func.attr in ("format", "join"):
            return words_in(func.value)
        return []
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        if node.value in NOT_TEXT:
            return []
        text = re.sub(r"<[^>]*>|\{[^}]*\}|%[0-9a-zA-Z]+", " ", node.value.replace("&", ""))
        return re.findall(r"[^\W\d_]{2,}", text)
    if isinstance(node, ast.JoinedStr):
        return [w for part in node.values for w in words_in(part)]
    if isinstance(node, ast.BinOp):
        return words_in(node.left) + words_in(node.right)
    if isinstance(node, ast.IfExp):
        return words_in(node.body) + words_in(node.orelse)
    if isinstance(node, ast.List | ast.Tuple):
        return [w for element in node.elts for w in words_in(element)]
    return []


def untranslated_calls(path: Path) -> list[str]:
    where = path.relative_to(REPO) if path.is_relative_to(REPO) else path.name
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        for position in TEXT_ARGUMENTS.get(name, ()):
            if position < len(node.args) and (words := words_in(node.args[position])):
                found.append(f"{where}:{node.lineno}: {name}(… {' '.join(words)!r} …)")
    return found


def scanned_modules() -> list[Path]:
    return [
        p
        for p in sorted(UI.rglob("*.py"))
        if not any(p.relative_to(REPO).as_posix().startswith(skip) for skip in NOT_YET_TRANSLATED)
    ]


def test_no_user_visible_literal_bypasses_translation() -> None:
    modules = scanned_modules()
    assert len(modules) > 50
    assert [line for path in modules for line in untranslated_calls(path)] == []


def test_the_scan_finds_an_untranslated_label(tmp_path: Path) -> None:
    """The scan itself: literals are caught in each form, translated and non-text ones pass."""
    sample = tmp_path / "sample.py"
    sample.write_text(
        "\n".join(
            [
                'QLabel("Headline", self)',
                'button.setToolTip(f"Close {name}")',
                'box = QMessageBox(icon, "Import", text)',
                'tree.setHeaderLabels(["When", self.tr("Result")])',
                'QLabel(self.tr("Headline"), self)',
                'edit.setPlaceholderText("https://news.example.org")',
                'close.setText("×")',
                'label.setText(f" {value} ")',
                'label.setText("<p>{}</p>".format(self.tr("Text")))',
            ]
        ),
        encoding="utf-8",
    )
    found = untranslated_calls(sample)
    assert [line.split(": ", 1)[1] for line in found] == [
        "QLabel(… 'Headline' …)",
        "setToolTip(… 'Close' …)",
        "QMessageBox(… 'Import' …)",
        "setHeaderLabels(… 'When' …)",
    ]


def literal_tr_calls(path: Path) -> set[tuple[str, str]]:
    """(context, source) of every ``self.tr("…")`` (context: the class) and ``…translate("Ctx", "…")`` call
    and ``QT_TRANSLATE_NOOP("Ctx", "…")`` with literal arguments."""
    found: set[tuple[str, str]] = set()

    def visit(node: ast.AST, cls: str) -> None:
        for child in ast.iter_child_nodes(node):
            visit(child, child.name if isinstance(child, ast.ClassDef) else cls)
        if not isinstance(node, ast.Call):
            return
        func, args = node.func, node.args
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        literal = [
            a.value if isinstance(a, ast.Constant) and isinstance(a.value, str) else None for a in args
        ]
        if name == "tr" and isinstance(func, ast.Attribute) and literal and literal[0] is not None:
            found.add((cls, literal[0]))
        if name in ("translate", "QT_TRANSLATE_NOOP") and len(literal) >= 2 and None not in literal[:2]:
            found.add((str(literal[0]), str(literal[1])))

    visit(ast.parse(path.read_text(encoding="utf-8")), "")
    return found


def test_lupdate_reads_every_translated_call(current: dict[tuple[str, str], Message]) -> None:
    """lupdate's Python reader skips some calls (``translate(ctx, text, "", self.count)``: only a plain name is
    read as the count); such a string would silently stay English."""
    in_source = set().union(*(literal_tr_calls(p) for p in sorted(UI.rglob("*.py"))))
    assert len(in_source) > 300
    assert sorted(in_source - set(current)) == []


NOOP_LOOKUPS = frozenset({"editor_app/ui/core_text.py: core_text"})
"""Functions that look up at run time texts marked with QT_TRANSLATE_NOOP where they are written (lupdate finds
those): not wrappers that hide texts."""


def translation_wrappers(path: Path, root: Path = REPO) -> list[str]:
    """``path:line: name`` of each function that hands one of its own parameters to ``translate``/``tr`` as the
    text: lupdate reads only literal texts, so every string passed through such a wrapper stays English."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.FunctionDef | ast.Lambda):
            continue
        params = {a.arg for a in node.args.args + node.args.kwonlyargs} - {"self", "cls"}
        for call in ast.walk(node):
            if not isinstance(call, ast.Call):
                continue
            name = call.func.attr if isinstance(call.func, ast.Attribute) else getattr(call.func, "id", "")
            index = 1 if name == "translate" else 0 if name == "tr" else None
            if index is None or len(call.args) <= index:
                continue
            text = call.args[index]
            if isinstance(text, ast.Name) and text.id in params:
                label = getattr(node, "name", "<lambda>")
                found.append(f"{path.relative_to(root)}:{node.lineno}: {label}")
    return found


def test_no_function_wraps_translation_around_its_parameter() -> None:
    wrappers = [w for p in sorted(UI.rglob("*.py")) for w in translation_wrappers(p)]
    hidden = [w for w in wrappers if re.sub(r":\d+:", ":", w) not in NOOP_LOOKUPS]
    assert hidden == [], "call translate() with the literal text where it is shown"


def test_the_wrapper_check_finds_a_wrapper(tmp_path: Path) -> None:
    module = tmp_path / "probe.py"
    module.write_text(
        "from PySide6.QtCore import QCoreApplication\n\n"
        "def _tr(text):\n    return QCoreApplication.translate('Ctx', text)\n\n"
        "def fine(count):\n    return QCoreApplication.translate('Ctx', 'Hello', '', count)\n",
        encoding="utf-8",
    )
    assert translation_wrappers(module, root=tmp_path) == ["probe.py:3: _tr"]


def test_the_core_sentences_listed_for_translation_are_the_cores() -> None:
    """ui/core_text.py lists the core's fixed sentences by their English words: each is one the core writes
    (a reworded sentence would silently stay English), and each the core writes is listed."""
    from itertools import product

    from editor_app.domain import Role, Status
    from editor_app.domain.article import new_article
    from editor_app.domain.checklist import publish_checklist
    from editor_app.domain.photo import ArticlePhoto, Photo
    from editor_app.domain.workflow import not_editable_reason
    from editor_app.services.photos import attention_text
    from editor_app.ui.core_text import SENTENCES

    written = {not_editable_reason(status, role) for status, role in product(Status, Role)} - {""}
    written = {
        w for w in written if not w.startswith("A ")
    }  # "A reporter cannot change …": no status reaches it
    empty = new_article(headline="", body="", section="", source="")
    written |= {p.message for p in publish_checklist(empty)}
    for caption, credit, alt in product(("", "Flood"), ("", "Agency"), ("", "A wall")):
        photo = Photo(id="p", caption=caption, credit=credit, alt_text=alt)
        checked = publish_checklist(empty, [ArticlePhoto(photo, 0, featured=True)])
        written |= {p.message for p in checked if p.field == "photos"}
    written.add(attention_text(Photo(id="p", caption="MANDATORY CREDIT: Harbour Gazette")))
    assert written == set(SENTENCES)
