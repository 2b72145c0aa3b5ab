"""PySide6's support package compiled once: each case starts a fresh interpreter, as each start of the program
imports PySide6 afresh (this process has it imported already)."""

from __future__ import annotations

import json
import marshal
from pathlib import Path

from editor_app.ui.pyside_code_cache import cache_file
from tests.fresh_python import run_python

START = """
import builtins, json, sys
from pathlib import Path
from editor_app.ui.pyside_code_cache import import_pyside
compile_before = builtins.compile
compiled = []
def counting(source, filename, *args, **kwargs):
    compiled.append(str(filename))
    return compile_before(source, filename, *args, **kwargs)
builtins.compile = counting
used = import_pyside(Path(sys.argv[1]) if sys.argv[1] != "-" else None)
restored = builtins.compile is counting
from PySide6.QtCore import QObject
thing = QObject()
thing.setObjectName("works")
try:
    thing.setObjectName(5)  # the text of this refusal comes from the support package
except TypeError as exc:
    refusal = str(exc)
from PySide6.support.signature import get_signature
print(json.dumps({
    "used": used,
    "compiled": [name for name in compiled if name.startswith("shibokensupport/")
                 or name == "signature_bootstrap.py"],
    "restored": restored,
    "name": thing.objectName(),
    "signature": str(get_signature(QObject.setObjectName)),
    "refusal": refusal,
}))
"""


def start(folder: Path | str) -> dict[str, object]:
    done = run_python(START, str(folder))
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout.splitlines()[-1])
    assert result["restored"], "builtins.compile is left replaced"
    assert result["name"] == "works"
    assert result["signature"] == "(self, name: str, /) -> None"
    assert "Supported signatures:" in str(result["refusal"]), result["refusal"]
    assert "setObjectName(name: str, /)" in str(result["refusal"]), result["refusal"]
    return result


def test_the_second_start_compiles_none_of_the_support_package(tmp_path: Path) -> None:
    first = start(tmp_path / "cache")
    assert first["used"] == 0
    assert len(first["compiled"]) >= 10, first  # signature_bootstrap.py and shibokensupport/...
    assert cache_file(tmp_path / "cache").is_file()

    second = start(tmp_path / "cache")
    assert second["compiled"] == []
    assert second["used"] == len(first["compiled"])


def test_a_module_whose_source_changed_is_compiled_again_and_the_rest_come_from_the_cache(
    tmp_path: Path,
) -> None:
    first = start(tmp_path)
    path = cache_file(tmp_path)
    cached = marshal.loads(path.read_bytes())
    changed = "shibokensupport/signature/parser.py"
    source, code = cached[changed]
    cached[changed] = (source + b"\n# another version\n", code)
    path.write_bytes(marshal.dumps(cached))

    again = start(tmp_path)
    assert again["compiled"] == [changed]
    assert again["used"] == len(first["compiled"]) - 1
    assert marshal.loads(path.read_bytes())[changed][0] == source  # the cache holds the source as it is now


def test_a_damaged_cache_is_compiled_again_and_rewritten(tmp_path: Path) -> None:
    first = start(tmp_path)
    path = cache_file(tmp_path)
    for damage in (b"", b"\x00not marshal data", marshal.dumps(["a list"]), path.read_bytes()[:5000]):
        path.write_bytes(damage)
        again = start(tmp_path)
        assert again["used"] == 0
        assert again["compiled"] == first["compiled"]
        assert start(tmp_path)["used"] == len(first["compiled"])  # rewritten whole


def test_a_cache_that_cannot_be_written_or_none_costs_only_the_compiling(tmp_path: Path) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("the cache's folder cannot be made here")
    for folder in (blocked / "cache", "-"):
        result = start(folder)
        assert result["used"] == 0
        assert result["compiled"]
    assert blocked.read_text() == "the cache's folder cannot be made here"
    assert list(tmp_path.iterdir()) == [blocked]
