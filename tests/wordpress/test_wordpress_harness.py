"""The harness skips locally and fails under CI when the machine cannot run WordPress (no WordPress needed)."""

from __future__ import annotations

import pytest

from tests.wordpress import harness

REASON = "missing packages: mariadb-server wordpress; run tools/wordpress-dev/install-deps.sh"


def test_missing_packages_skip_outside_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(harness, "unavailable_reason", lambda: REASON)
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="mariadb-server wordpress"):
        next(harness.wordpress_session())


@pytest.mark.parametrize("ci", ["1", "true"])
def test_missing_packages_fail_under_ci(monkeypatch: pytest.MonkeyPatch, ci: str) -> None:
    monkeypatch.setattr(harness, "unavailable_reason", lambda: REASON)
    monkeypatch.setenv("CI", ci)
    with pytest.raises(pytest.fail.Exception, match="CI must install the WordPress packages"):
        next(harness.wordpress_session())
