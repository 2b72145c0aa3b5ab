"""Command-line conventions: options anywhere, JSON for listings, a log, quiet on a closed pipe, and files
given instead of a command (what a desktop launcher does)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from editor_app.cli.main import EXIT_PIPE_CLOSED, build_parser, parse, window_only
from tests.fresh_python import run_python

REPO = Path(__file__).resolve().parents[2]


def editor_app(*args: str, **kwargs: object) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run(
        [sys.executable, "-m", "editor_app", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
        check=False,
        **kwargs,  # type: ignore[arg-type]
    )


@pytest.fixture(scope="module")
def newsroom(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A profile with 400 articles with long headlines (a listing bigger than a pipe's buffer)."""
    root = tmp_path_factory.mktemp("newsroom")
    folder = root / "incoming" / "Sport"
    folder.mkdir(parents=True)
    for number in range(400):
        (folder / f"{number:03}.txt").write_text(
            f"Rowing crew number {number} wins the regional title\n\nThey won by a length.\n",
            encoding="utf-8",
        )
    done = editor_app("import", str(folder.parent), "--data-dir", str(root / "profile"))
    assert done.returncode == 0, done.stderr
    return root / "profile"


def test_data_dir_is_accepted_before_and_after_the_command(newsroom: Path) -> None:
    before = editor_app("--data-dir", str(newsroom), "list", "--json")
    after = editor_app("list", "--json", "--data-dir", str(newsroom))
    assert before.returncode == after.returncode == 0, after.stderr
    assert len(json.loads(before.stdout)) == 400
    assert before.stdout == after.stdout
    nested = editor_app("photos", "list", "--data-dir", str(newsroom), json.loads(before.stdout)[0]["id"])
    assert nested.returncode == 0, nested.stderr


def test_a_closed_pipe_ends_the_command_quietly(newsroom: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    process = subprocess.Popen(
        [sys.executable, "-m", "editor_app", "--data-dir", str(newsroom), "list"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # the reader is gone before the first line (`| head -1` is gone after one)
    error = process.stderr.read().decode()
    assert process.wait(timeout=60) == EXIT_PIPE_CLOSED
    assert error == ""
    shell = subprocess.run(
        f"'{sys.executable}' -m editor_app --data-dir '{newsroom}' list | head -1",
        shell=True,
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert shell.returncode == 0 and len(shell.stdout.splitlines()) == 1
    assert shell.stderr == ""


def test_every_listing_command_takes_json(newsroom: Path) -> None:
    check = editor_app("check", "--json", "--data-dir", str(newsroom))
    assert check.returncode == 0, check.stderr
    report = json.loads(check.stdout)
    assert report["ok"] is True and report["articles"] == 400 and report["integrity"] == "ok"
    first = json.loads(editor_app("list", "--json", "--data-dir", str(newsroom)).stdout)[0]["id"]
    for args in (
        ("search", "rowing"),
        ("related", first),
        ("related", first, "--suggest"),
        ("photos", "list", first),
    ):
        done = editor_app(*args, "--json", "--data-dir", str(newsroom))
        assert done.returncode == 0, (args, done.stderr)
        assert isinstance(json.loads(done.stdout), list)


def test_commands_log_to_the_profile(newsroom: Path) -> None:
    failed = editor_app("export", "no-such-id", "--data-dir", str(newsroom))
    assert failed.returncode == 1
    log = (newsroom / "logs" / "cli.log").read_text(encoding="utf-8")
    assert "export no-such-id" in log
    assert "export failed" in log and "no-such-id" in log.rsplit("export failed", 1)[1]


def test_files_instead_of_a_command_are_files_to_open(tmp_path: Path) -> None:
    story = tmp_path / "story.md"
    story.write_text("# A story\n", encoding="utf-8")
    parser = build_parser()
    args = parse([str(story)], parser)
    assert args.command is None and args.open_files == [story]
    args = parse(["--data-dir", str(tmp_path), "notes.txt", str(story)], parser)
    assert args.command is None and args.data_dir == tmp_path
    assert args.open_files == [Path.cwd() / "notes.txt", story]
    args = parse([f"file://{story}"], parser)
    assert args.open_files == [story]
    assert parse(["list"], parser).open_files == []


@pytest.mark.parametrize(
    "argv",
    [[], ["--data-dir", "profile"], ["--data-dir=profile"], ["--data-dir", "a", "--data-dir", "b"]],
)
def test_the_window_s_own_start_parses_as_the_full_parser_does(argv: list[str]) -> None:
    quick = window_only(argv)
    assert quick is not None
    assert vars(quick) == vars(parse(argv, build_parser()))
    assert vars(parse(argv)) == vars(quick)


@pytest.mark.parametrize(
    "argv",
    [
        ["list"],
        ["--data-dir"],
        ["--data-dir="],
        ["--data-dir", "--version"],
        ["--help"],
        ["--data"],
        ["story.md"],
    ],
)
def test_anything_but_the_window_s_own_start_goes_to_the_full_parser(argv: list[str]) -> None:
    assert window_only(argv) is None


def test_the_window_s_start_loads_no_command_module() -> None:
    code = (
        "import sys; from editor_app.cli.main import parse; parse(['--data-dir', 'x']); "
        "print(sorted(m for m in sys.modules if m.startswith('editor_app.cli.')))"
    )
    done = run_python(code)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "['editor_app.cli.common', 'editor_app.cli.main']"


def test_a_mistyped_command_still_gets_the_usage_error() -> None:
    done = editor_app("lsit")
    assert done.returncode == 2
    assert "invalid choice: 'lsit'" in done.stderr


def test_the_console_script_names_itself() -> None:
    code = "import sys; sys.argv[0] = '/usr/bin/editor-app-cli'; from editor_app.cli import main; sys.exit(main([]))"
    done = run_python(code)
    assert done.returncode == 2
    assert done.stderr.startswith("usage: editor-app-cli")


def test_a_command_whose_own_argument_is_called_files_keeps_it() -> None:
    args = parse(["photos", "add", "ID", "a.jpg", "b.jpg"])
    assert args.command == "photos" and args.files == [Path("a.jpg"), Path("b.jpg")] and args.open_files == []


def leaf_commands(parser: object, path: tuple[str, ...] = ()) -> dict[tuple[str, ...], object]:
    """Every runnable command of the parser tree, by its words (``("site", "list")``)."""
    import argparse

    found: dict[tuple[str, ...], object] = {}
    for action in getattr(parser, "_actions", []):
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found |= leaf_commands(sub, (*path, name)) or {(*path, name): sub}
    return found


def test_every_list_like_command_has_a_json_option() -> None:
    listings = {("list",), ("search",), ("check",), ("related",), ("photos", "list"), ("site", "list")}
    commands = leaf_commands(build_parser())
    assert listings <= set(commands)
    listings |= {words for words in commands if words[-1] == "list"}  # a new "... list" joins them
    for words in sorted(listings):
        options = {o for action in commands[words]._actions for o in action.option_strings}  # type: ignore[attr-defined]
        assert "--json" in options, " ".join(words)


def test_site_list_json(tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    empty = editor_app("site", "list", "--json", "--data-dir", str(profile))
    assert empty.returncode == 0 and json.loads(empty.stdout) == []
    added = editor_app("site", "add", "news", "--url", "http://news.invalid/", "--user", "night desk",
                       "--allow-http", "--data-dir", str(profile), input="pw\n")  # fmt: skip
    assert added.returncode == 0, added.stderr
    listed = editor_app("site", "list", "--json", "--data-dir", str(profile))
    assert listed.returncode == 0, listed.stderr
    [site] = json.loads(listed.stdout)
    assert site["name"] == "news" and site["url"] == "http://news.invalid" and site["user"] == "night desk"
    assert site["allow_http"] is True and site["role"] is None and site["api_root"] is None
    assert "pw" not in listed.stdout
