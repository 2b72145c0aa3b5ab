"""The wheel build's one step beyond pyproject.toml: compile the interface translations.

``build_py`` also runs ``tools/i18n/build.py``, which turns ``editor_app/resources/i18n/*.ts`` into ``.qm`` files with
Qt's ``lrelease`` (from PySide6-Essentials, a build requirement): into the wheel's build folder, or, for an
editable install, beside the sources. The ``.qm`` files are build output and never committed.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent


class BuildWithTranslations(build_py):
    def run(self) -> None:
        super().run()
        spec = importlib.util.spec_from_file_location("i18n_build", HERE / "tools" / "i18n" / "build.py")
        assert spec is not None and spec.loader is not None
        i18n_build = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(i18n_build)
        target = None if self.editable_mode else Path(self.build_lib) / "editor_app" / "resources" / "i18n"
        for qm in i18n_build.build(target):
            print(f"compiled {qm.name}")


setup(cmdclass={"build_py": BuildWithTranslations})
