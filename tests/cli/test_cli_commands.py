"""The headless commands, run as a user runs them: a real subprocess on a real profile folder."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def run(
    data_dir: Path, *args: str, input: str | None = None, user: str | None = None
) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "editor_app", "--data-dir", str(data_dir), *args]
    if user is not None:
        command = ["setpriv", f"--reuid={user}", "--regid=nogroup", "--clear-groups", *command]
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run(
        command, capture_output=True, text=True, input=input, env=env, timeout=120, cwd=REPO
    )


def one_line_error(result: subprocess.CompletedProcess) -> str:
    assert result.returncode != 0
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    return lines[0]


def test_version_and_help() -> None:
    result = subprocess.run([sys.executable, "-m", "editor_app", "--version"], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.startswith("editor-app 0.")
    result = subprocess.run([sys.executable, "-m", "editor_app", "--help"], capture_output=True, text=True)
    assert "--data-dir" in result.stdout and "import" in result.stdout


def test_seed_article_imports_into_its_fields_and_round_trips_through_markdown(
    tmp_path, shared_fixtures
) -> None:
    data = tmp_path / "profile"
    seed = shared_fixtures / "seed-article-commonspace.txt"
    result = run(data, "import", str(seed))
    assert result.returncode == 0, result.stderr
    (article_id,) = result.stdout.split()

    exported = run(data, "export", article_id, "--format", "md")
    assert exported.returncode == 0, exported.stderr
    md = exported.stdout
    assert "headline: Putin says Karabakh conflict should be solved through political means." in md
    assert "source: Commonspace.eu with agencies." in md
    assert "credit: Press Office of the President of Azerbaijan" in md
    body = md.split("\n---\n", 1)[1].strip()
    paragraphs = body.split("\n\n")
    assert len(paragraphs) == 4
    assert paragraphs[0].startswith("The Russian President Vladimir Putin arrived in Baku")
    for boilerplate in ("Related articles", "Editor's choice", "Popular", "Borrell", "source:", "photo:"):
        assert boilerplate not in body

    path = tmp_path / "article.md"
    path.write_text(md, encoding="utf-8")
    again = run(data, "import", str(path))
    assert again.returncode == 0, again.stderr
    assert again.stdout.split() == [article_id]  # the same article updated, not a duplicate
    listed = json.loads(run(data, "list", "--json").stdout)
    assert [a["id"] for a in listed] == [article_id]
    assert (
        run(data, "export", article_id, "--format", "md").stdout.split("updated:")[0]
        == md.split("updated:")[0]
    )


def test_list_filters_and_check(tmp_path) -> None:
    data = tmp_path / "profile"
    folder = tmp_path / "archive"
    for section, headline in (("sport", "Cup final tonight"), ("business", "Markets rally")):
        (folder / section).mkdir(parents=True)
        (folder / section / "001.txt").write_text(f"{headline}\n\nA paragraph.\n", encoding="utf-8")
    assert run(data, "import", "--drafts", str(folder)).returncode == 0
    sport = json.loads(run(data, "list", "--section", "Sport", "--json").stdout)
    assert [a["headline"] for a in sport] == ["Cup final tonight"]
    assert json.loads(run(data, "list", "--status", "published", "--json").stdout) == []
    found = run(data, "search", "markets")
    assert "Markets rally" in found.stdout
    check = run(data, "check")
    assert check.returncode == 0
    assert "integrity: ok" in check.stdout
    assert "outbox:    2 pending" in check.stdout


def test_a_folder_imports_as_an_archive_that_the_desk_publishes_one_article_at_a_time(tmp_path) -> None:
    data = tmp_path / "profile"
    folder = tmp_path / "archive" / "sport"
    folder.mkdir(parents=True)
    (folder / "001.txt").write_text("Cup final tonight\n\nA paragraph.\n", encoding="utf-8")
    os.utime(folder / "001.txt", (1_110_000_000, 1_110_000_000))  # March 2005
    single = tmp_path / "old.txt"
    single.write_text("Old story\n\nFrom the print edition.\n", encoding="utf-8")
    imported = run(data, "import", str(folder.parent))
    assert imported.returncode == 0 and "into the archive" in imported.stderr
    (archived_id,) = imported.stdout.split()
    marked = run(data, "import", "--archive", str(single))
    assert marked.returncode == 0
    listed = json.loads(run(data, "list", "--status", "archived", "--json").stdout)
    assert sorted(a["headline"] for a in listed) == ["Cup final tonight", "Old story"]
    assert {a["sync"] for a in listed} == {"local"}
    assert next(a for a in listed if a["id"] == archived_id)["updated"].startswith("2005-03-05")
    assert "outbox:    0 pending" in run(data, "check").stdout
    refused = one_line_error(run(data, "push", archived_id))
    assert "only the desk can publish an archive article" in refused
    assert run(data, "role", "desk").returncode == 0
    pushed = run(data, "push", archived_id)
    assert pushed.returncode == 0 and pushed.stdout.split() == [archived_id, "published"]
    assert "outbox:    2 pending" in run(data, "check").stdout  # the article and its transition
    again = one_line_error(run(data, "push", archived_id))
    assert "not in the archive" in again


def test_a_corrupt_database_gets_one_clear_line_and_is_never_overwritten(tmp_path) -> None:
    data = tmp_path / "profile"
    data.mkdir()
    db = data / "newsroom.sqlite"
    db.write_bytes(b"PK\x03\x04 this is a zip file, not a database" * 100)
    before = db.read_bytes()
    line = one_line_error(run(data, "list"))
    assert "not an Editorial Workstation database" in line
    assert db.read_bytes() == before
    assert sorted(p.name for p in data.iterdir()) == ["newsroom.sqlite"]


@pytest.mark.skipif(
    os.geteuid() != 0 or not shutil.which("setpriv"), reason="needs root to switch to 'nobody'"
)
def test_a_read_only_data_folder_gets_a_clear_message(tmp_path) -> None:
    data = tmp_path / "readonly"
    data.mkdir()
    data.chmod(0o555)
    tmp_path.chmod(0o755)
    for parent in tmp_path.parents:
        if parent == Path("/"):
            break
        if not os.access(parent, os.X_OK, effective_ids=False):
            pytest.skip("temporary folder not reachable by 'nobody'")
    result = run(data, "list", user="nobody")
    line = one_line_error(result)
    assert "Cannot write to the data folder" in line
    assert str(data) in line


def test_bad_files_get_one_line_each_and_nothing_half_imported(tmp_path) -> None:
    data = tmp_path / "profile"
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\xff\xd8\xff\xe0" + os.urandom(2000))
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:
        handle.write(b"Headline\n\n")
        handle.write(b"word " * (50 * 1024 * 1024 // 5))
    for path, expected in ((binary, "photo.txt"), (empty, "empty.txt"), (huge, "huge.txt")):
        line = one_line_error(run(data, "import", str(path)))
        assert expected in line
    assert run(data, "list").stdout == ""


def test_invalid_utf8_is_read_as_latin1_with_a_warning(tmp_path) -> None:
    data = tmp_path / "profile"
    path = tmp_path / "latin1.txt"
    path.write_bytes("Café owners in Bakı\n\nThe caf\xe9 reopened.\n".encode("latin-1", errors="replace"))
    result = run(data, "import", str(path))
    assert result.returncode == 0
    assert "not valid UTF-8; read as Windows-1252" in result.stderr
    (article_id,) = result.stdout.split()
    assert "The café reopened." in run(data, "export", article_id).stdout


def test_unknown_front_matter_keys_are_reported_not_fatal(tmp_path) -> None:
    data = tmp_path / "profile"
    path = tmp_path / "story.md"
    path.write_text("---\nheadline: Tide tables\nmood: cheerful\n---\n\nBody.\n", encoding="utf-8")
    result = run(data, "import", str(path))
    assert result.returncode == 0
    assert "mood" in result.stderr


def test_export_of_an_unknown_id_fails_clearly(tmp_path) -> None:
    line = one_line_error(run(tmp_path / "profile", "export", "no-such-id"))
    assert "no-such-id" in line


def test_workflow_commands_check_role_and_checklist(tmp_path) -> None:
    data = tmp_path / "profile"
    story = tmp_path / "story.md"
    story.write_text("---\nheadline: Tide tables\nsection: News\n---\n\nBody.\n", encoding="utf-8")
    (article_id,) = run(data, "import", str(story)).stdout.split()
    line = one_line_error(run(data, "submit", article_id))
    assert "source line is empty" in line
    story.write_text(
        f"---\nid: {article_id}\nheadline: Tide tables\nsection: News\nsource: Staff\n---\n\nBody.\n",
        encoding="utf-8",
    )
    assert run(data, "import", str(story)).returncode == 0
    assert run(data, "submit", article_id).stdout.split() == [article_id, "submitted"]
    line = one_line_error(run(data, "approve", article_id))
    assert "reporter cannot approve" in line
    assert run(data, "role", "desk").stdout.strip() == "desk"
    line = one_line_error(run(data, "approve", article_id))
    assert "no featured photo" in line
    assert run(data, "return", article_id, "--note", "Add a photo.").stdout.split() == [
        article_id,
        "returned",
    ]
