"""The article list's viewport costs nothing to reach at start: PySide, handed a widget that C++ made (the
viewport Qt makes itself), finds its class by making every widget class of QtWidgets that is not made yet
(~6 ms). The list is the first thing the start reaches for once its rows are in (``early_list``)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

CHILD = """
import json
from PySide6 import QtWidgets
from PySide6.QtWidgets import QApplication

app = QApplication([])
from editor_app.ui.articles.list_view import ArticleListView

view = ArticleListView()
before = {name for name, value in vars(QtWidgets).items() if isinstance(value, type)}
viewport = view.viewport()
after = {name for name, value in vars(QtWidgets).items() if isinstance(value, type)}
print(json.dumps({"made": sorted(after - before), "parent": viewport.parent() is view}))
"""


def test_reaching_the_list_viewport_makes_no_widget_classes() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", CHILD], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout.strip().splitlines()[-1])
    assert answer["parent"] is True
    assert answer["made"] == [], f"reaching the viewport made {len(answer['made'])} widget classes"
