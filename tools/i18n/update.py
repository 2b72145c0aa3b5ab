"""Regenerate ``editor_app/resources/i18n/editor_app_{en,ru,az}.ts`` from the source and the translations.

``pyside6-lupdate`` collects every ``self.tr(...)`` / ``QCoreApplication.translate(...)`` string under
``editor_app/ui`` and every ``QT_TRANSLATE_NOOP("Core", ...)`` template of the core (``build.source_files``); each is filled from ``tools/i18n/translations.py`` (written by hand, one entry per English
source text). A string with ``%n`` is a plural (lupdate marks only ``self.tr(text, "", n)`` as one, not
``QCoreApplication.translate(context, text, "", n)``, so this script does). Strings without a translation stay
"unfinished" and are listed; ``--check`` exits 1 when there are any (tests/ship/test_ship_translations.py fails
on them too).

Usage: ``python tools/i18n/update.py [--check]``, then ``python tools/i18n/build.py`` to compile.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build import REPO, SOURCES, qt_tool, source_files
from translations import CONTEXT_TRANSLATIONS, ENGLISH_PLURALS, TRANSLATIONS

LANGUAGE_INDEX = {"ru": 0, "az": 1}
LANGUAGES = ("en", "ru", "az")
"""English has a file too: the singular and plural of each ``%n`` text (and nothing else)."""
PLURAL = re.compile(r"%L?n")
PLURAL_FORMS = {"en": 2, "ru": 3, "az": 2}  # Qt's numerus rules: en and az one/other, ru one/few/many


@dataclass(frozen=True)
class Entry:
    context: str
    source: str
    plural: bool


def ts_path(language: str) -> Path:
    return SOURCES / f"editor_app_{language}.ts"


def extract(out: Path, language: str) -> Path:
    """Run lupdate over editor_app/ui (and the core's marked sentences) into a fresh ``out`` (.ts) for
    ``language``."""
    files = source_files()
    command = [qt_tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none", "-source-language", "en"]
    command += ["-target-language", language, *files, "-ts", str(out)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"lupdate failed:\n{done.stdout}{done.stderr}")
    return out


def entries(ts: Path) -> list[Entry]:
    """Every message of a .ts file as (context, source, plural)."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            found.append(
                Entry(name, source, message.get("numerus") == "yes" or PLURAL.search(source) is not None)
            )
    return found


def translation_for(entry: Entry, language: str) -> str | tuple[str, ...] | None:
    if language == "en":
        return ENGLISH_PLURALS.get(entry.source)
    value = CONTEXT_TRANSLATIONS.get((entry.context, entry.source)) or TRANSLATIONS.get(entry.source)
    return None if value is None else value[LANGUAGE_INDEX[language]]


def fill(ts: Path, language: str) -> list[Entry]:
    """Write the translations into ``ts`` in place; returns the entries still without one."""
    tree = ET.parse(ts)
    missing = []
    for context in list(tree.getroot().iter("context")):
        name = context.findtext("name") or ""
        for message in list(context.iter("message")):
            if (
                language == "en"
                and message.get("numerus") != "yes"
                and not PLURAL.search(message.findtext("source") or "")
            ):
                context.remove(message)  # English needs only its plural forms
                continue
            entry = Entry(name, message.findtext("source") or "", False)
            entry = Entry(
                entry.context,
                entry.source,
                message.get("numerus") == "yes" or PLURAL.search(entry.source) is not None,
            )
            value = translation_for(entry, language)
            old = message.find("translation")
            if old is not None:
                message.remove(old)
            node = ET.SubElement(message, "translation")
            if entry.plural:
                message.set("numerus", "yes")
                forms = (
                    value if isinstance(value, tuple) else (value,) * PLURAL_FORMS[language] if value else ()
                )
                if forms and len(forms) != PLURAL_FORMS[language]:
                    raise SystemExit(
                        f"{language}: {entry.source!r} needs {PLURAL_FORMS[language]} plural forms"
                    )
                for form in forms or ("",) * PLURAL_FORMS[language]:
                    ET.SubElement(node, "numerusform").text = form
            elif isinstance(value, str):
                node.text = value
            if not value:
                node.set("type", "unfinished")
                missing.append(entry)
        if not context.findall("message"):
            tree.getroot().remove(context)
    ET.indent(tree, space="    ")
    with ts.open("wb") as stream:
        stream.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(stream, encoding="utf-8", xml_declaration=False)
        stream.write(b"\n")
    return missing


def update(out: Path | None = None) -> dict[str, list[Entry]]:
    """Regenerate the .ts files (into ``out`` instead of the sources when given); returns the untranslated
    entries per language."""
    missing = {}
    with tempfile.TemporaryDirectory() as tmp:
        for language in LANGUAGES:
            fresh = extract(Path(tmp) / f"fresh_{language}.ts", language)
            missing[language] = fill(fresh, language)
            target = out / ts_path(language).name if out else ts_path(language)
            target.write_bytes(fresh.read_bytes())
    return missing


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if any string lacks a translation")
    parser.add_argument("--out", type=Path, help="write the .ts files here instead of over the sources")
    args = parser.parse_args()
    missing = update(args.out)
    for language, entries_ in missing.items():
        for entry in entries_:
            print(f"{language}: no translation: [{entry.context}] {entry.source!r}")
    total = sum(len(e) for e in missing.values())
    print(
        f"i18n update: {', '.join(str(ts_path(lang).relative_to(REPO)) for lang in missing)}; {total} missing"
    )
    return 1 if args.check and total else 0


if __name__ == "__main__":
    sys.exit(main())
