from pathlib import Path, PurePath

import pytest

from editor_app.formats import detect_section_from_path, is_article_file, iter_article_files


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("001.txt", True),
        ("story.md", True),
        ("story.MARKDOWN", True),
        ("NOTES.TXT", True),
        ("README.TXT", False),
        ("readme.md", False),
        (".hidden.md", False),
        ("photo.jpg", False),
        ("story.md.bak", False),
    ],
)
def test_is_article_file(name: str, expected: bool) -> None:
    assert is_article_file(PurePath("folder") / name) is expected


def test_iter_article_files_is_recursive_sorted_naturally_and_skips_hidden(tmp_path: Path) -> None:
    for relative in [
        "b/10.txt",
        "b/9.txt",
        "a/002.md",
        "a/001.txt",
        "a/README.md",
        "top.markdown",
        ".git/x.txt",
        "c/.draft.md",
        "c/image.png",
    ]:
        path = tmp_path / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x")
    (tmp_path / "folder.md").mkdir()
    found = [p.relative_to(tmp_path).as_posix() for p in iter_article_files(tmp_path)]
    assert found == ["a/001.txt", "a/002.md", "b/9.txt", "b/10.txt", "top.markdown"]


@pytest.mark.parametrize(
    ("path", "root", "section"),
    [
        ("bbc-news/business/001.txt", None, "Business"),
        ("bbc-news/tech/001.txt", "bbc-news", "Tech"),
        ("bbc-news/README.TXT", "bbc-news", None),
        ("archive/world_news/a.md", None, "World News"),
        ("archive/NEWS/a.md", None, "News"),
        ("archive/editor's-choice/a.md", None, "Editor's Choice"),
        ("a.md", None, None),
    ],
)
def test_detect_section_from_path(path: str, root: str | None, section: str | None) -> None:
    assert detect_section_from_path(PurePath(path), None if root is None else PurePath(root)) == section
