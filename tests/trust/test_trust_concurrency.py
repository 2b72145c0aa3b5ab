"""Versioned writes against the real WordPress: the app's writes must name the version they were based on (428
when missing or malformed, 412 when stale), trashing included; two writers from the same version never both win."""

from __future__ import annotations

import threading

import httpx2
import pytest

from tests.trust.paths import APP, app_headers, read, submitted_post, transition, version
from tests.wordpress.harness import WordPressSite, rest_client

pytestmark = pytest.mark.wordpress

MALFORMED = ["", "7", '"abc"', '"+1"', '"1 year"', 'W/"1"', '["1"]', "*", '"1", "2"']


def test_the_apps_writes_need_a_wellformed_current_version(wordpress: WordPressSite) -> None:
    pid = submitted_post(wordpress)["id"]
    current = version(wordpress, pid)
    with rest_client(wordpress, "reporter") as reporter:
        missing = reporter.post(f"wp/v2/posts/{pid}", json={"title": "No precondition"}, headers=APP)
        assert missing.status_code == 428 and missing.json()["code"] == "ew_precondition_required"
        for value in MALFORMED:
            answer = reporter.post(
                f"wp/v2/posts/{pid}", json={"title": "Bad"}, headers={**APP, "If-Match": value}
            )
            assert answer.status_code == 428, value
        stale = reporter.post(f"wp/v2/posts/{pid}", json={"title": "Stale"}, headers=app_headers(current - 1))
        assert stale.status_code == 412 and stale.json()["data"]["version"] == current
        fresh = reporter.post(f"wp/v2/posts/{pid}", json={"title": "Fresh"}, headers=app_headers(current))
        assert fresh.status_code == 200, fresh.text
        assert fresh.json()["meta"]["ew_version"] == current + 1
        note = reporter.post(f"editorial-workstation/v1/posts/{pid}/notes", json={"text": "x"}, headers=APP)
        assert note.status_code == 428
    assert read(wordpress, pid)["title"]["raw"] == "Fresh"
    again = transition(wordpress, "desk", pid, "take")
    assert again.status_code == 200 and again.json()["meta"]["ew_version"] == current + 2


def test_trashing_is_versioned_and_is_the_desks_kill(wordpress: WordPressSite) -> None:
    pid = submitted_post(wordpress)["id"]
    with rest_client(wordpress, "reporter") as reporter:
        own = reporter.delete(f"wp/v2/posts/{pid}", headers=app_headers(version(wordpress, pid)))
        assert own.status_code == 403  # killing is the desk's
    with rest_client(wordpress, "desk") as desk:
        assert desk.delete(f"wp/v2/posts/{pid}", headers=APP).status_code == 428
        assert (
            desk.delete(f"wp/v2/posts/{pid}", headers=app_headers(version(wordpress, pid) - 1)).status_code
            == 412
        )
        assert read(wordpress, pid)["status"] == "pending"
        done = desk.delete(f"wp/v2/posts/{pid}", headers=app_headers(version(wordpress, pid)))
        assert done.status_code == 200, done.text
    trashed = read(wordpress, pid)
    assert trashed["status"] == "trash" and trashed["meta"]["ew_audit"][-1]["action"] == "kill"


def test_two_writers_from_the_same_version_never_both_win(wordpress: WordPressSite) -> None:
    pid = submitted_post(wordpress)["id"]
    lost = 0
    for round_ in range(10):
        base = version(wordpress, pid)
        answers: dict[str, int] = {}
        start = threading.Barrier(2)

        def write(
            name: str,
            base: int = base,
            answers: dict[str, int] = answers,
            n: int = round_,
            start: threading.Barrier = start,
        ) -> None:
            with httpx2.Client(
                base_url=wordpress.api_root,
                auth=wordpress.users["reporter"].auth,
                trust_env=False,
                timeout=60,
            ) as client:
                start.wait()
                answer = client.post(
                    f"wp/v2/posts/{pid}", json={"content": f"<p>{name} {n}</p>"}, headers=app_headers(base)
                )
                answers[name] = answer.status_code

        threads = [threading.Thread(target=write, args=(name,)) for name in ("left", "right")]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert sorted(answers.values()) == [200, 412], answers
        winner = next(name for name, code in answers.items() if code == 200)
        stored = read(wordpress, pid)
        lost += stored["content"]["raw"] != f"<p>{winner} {round_}</p>"
        assert stored["meta"]["ew_version"] == base + 1
    assert lost == 0
