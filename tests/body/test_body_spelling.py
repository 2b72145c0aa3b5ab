"""The Qt-free speller: languages, offsets, suggestions, the personal word list."""

from __future__ import annotations

from pathlib import Path

from editor_app.ui.body.spelling import Speller, bundled_dictionary_dir, dictionary_tag


def words(speller: Speller, text: str) -> list[str]:
    return [miss.word for miss in speller.misspellings(text)]


def test_language_codes_map_to_dictionaries() -> None:
    assert dictionary_tag("en") == "en_US"
    assert dictionary_tag("en-gb") == "en_GB"
    assert dictionary_tag("ru") == "ru_RU"
    assert dictionary_tag("az") == "az_AZ"
    assert dictionary_tag("de_AT") == "de_AT"


def test_colour_is_wrong_in_american_and_right_in_british(need_dictionary) -> None:  # type: ignore[no-untyped-def]
    need_dictionary("en_US")
    need_dictionary("en_GB")
    speller = Speller("en")
    assert speller.tag == "en_US"
    assert words(speller, "The colour of the color") == ["colour"]
    assert speller.set_language("en_GB")
    assert words(speller, "The colour of the color") == ["color"]


def test_russian_misspelling_is_found(need_dictionary) -> None:  # type: ignore[no-untyped-def]
    need_dictionary("ru_RU")
    speller = Speller("ru")
    assert words(speller, "Привет, мир! Превет из Москвы.") == ["Превет"]
    assert "Привет" in speller.suggest("Превет")


def test_bundled_azerbaijani_dictionary_is_shipped_with_its_licence() -> None:
    folder = bundled_dictionary_dir() / "hunspell"
    assert (folder / "az_AZ.dic").stat().st_size > 100_000
    assert (folder / "az_AZ.aff").is_file()
    assert "GNU General Public License" in (folder / "az_AZ.license").read_text(encoding="utf-8")


def test_azerbaijani_words_are_checked_with_the_bundled_dictionary() -> None:
    speller = Speller("az")
    assert speller.available and speller.tag == "az_AZ"
    assert words(speller, "Azərbaycan dünya kitab") == []
    assert words(speller, "Azerbaycan dunya kitab") == ["Azerbaycan", "dunya"]
    assert "Azərbaycan" in speller.suggest("Azerbaycan")


def test_words_in_another_script_acronyms_and_single_letters_are_not_judged(need_dictionary) -> None:  # type: ignore[no-untyped-def]
    need_dictionary("en_US")
    speller = Speller("en")
    assert words(speller, "Reporter met Иванов at NATO, plan B, then xqzzy.") == ["xqzzy"]


def test_offsets_are_code_points_after_emoji(need_dictionary) -> None:  # type: ignore[no-untyped-def]
    need_dictionary("en_US")
    misses = Speller("en").misspellings("😀 helo wrld")
    assert [(m.start, m.end, m.word) for m in misses] == [(2, 6, "helo"), (7, 11, "wrld")]


def test_added_words_persist_in_the_personal_word_list(tmp_path: Path, need_dictionary) -> None:  # type: ignore[no-untyped-def]
    need_dictionary("en_US")
    profile = tmp_path / "profile" / "spelling"
    speller = Speller("en", personal_path=profile)
    assert words(speller, "Qwertyzz said") == ["Qwertyzz"]
    speller.add("Qwertyzz")
    assert words(speller, "Qwertyzz said") == []
    assert "Qwertyzz" in (profile / "personal-words.txt").read_text(encoding="utf-8")
    again = Speller("en", personal_path=profile)
    assert words(again, "Qwertyzz said") == []


def test_ignore_lasts_for_the_session_only(tmp_path: Path, need_dictionary) -> None:  # type: ignore[no-untyped-def]
    need_dictionary("en_US")
    speller = Speller("en", personal_path=tmp_path / "words.txt")
    speller.ignore("Blorfle")
    assert words(speller, "Blorfle") == []
    assert words(Speller("en", personal_path=tmp_path / "words.txt"), "Blorfle") == ["Blorfle"]


def test_a_language_without_dictionary_flags_nothing() -> None:
    speller = Speller("xx")
    assert not speller.available
    assert speller.misspellings("anything goes hereee") == []
    assert speller.suggest("hereee") == []


def test_nul_bytes_and_huge_tokens_do_not_break_checking(need_dictionary) -> None:  # type: ignore[no-untyped-def]
    need_dictionary("en_US")
    speller = Speller("en")
    assert words(speller, "good\x00wrld " + "a" * 5000) == ["wrld"]


def test_a_dictionary_opens_when_first_needed_not_when_named(tmp_path: Path, need_dictionary) -> None:  # type: ignore[no-untyped-def]
    need_dictionary("en_GB")
    profile = tmp_path / "profile"
    speller = Speller("en-GB", personal_path=profile)
    assert speller.set_language("en-GB")  # the answer needs the dictionary: it opens now
    assert (profile / "personal-words.txt").exists()
    lazy = Speller("en-GB", personal_path=tmp_path / "other")
    assert not (tmp_path / "other").exists()  # named, never needed: nothing opened or created
    assert not lazy.set_personal_dictionary(tmp_path / "other")  # the same list again changes nothing
    assert lazy.set_personal_dictionary(profile)
    assert words(lazy, "The colour of the colr") == ["colr"]


def test_a_preloaded_dictionary_opens_in_the_background_and_serves_the_first_check(
    tmp_path: Path, need_dictionary
) -> None:  # type: ignore[no-untyped-def]
    import time

    need_dictionary("en_GB")
    profile = tmp_path / "profile"
    profile.mkdir()
    (profile / "personal-words.txt").write_text("Qwertyzz\n", encoding="utf-8")
    speller = Speller("en-US", personal_path=profile)
    speller.preload("en-GB")
    deadline = time.monotonic() + 10
    while "en_GB" not in speller.preloaded and time.monotonic() < deadline:
        time.sleep(0.01)
    assert "en_GB" in speller.preloaded  # opened with nothing asked of the speller yet
    assert speller.set_language("en-GB") and speller.tag == "en_GB"
    assert speller.preloaded == set()  # taken, not opened again
    assert words(speller, "The colour Qwertyzz colr") == ["colr"]  # British, with the personal word list


MADE_NOT_OPENED = """
import os
import sys
from pathlib import Path

os.environ["XDG_CACHE_HOME"] = sys.argv[1]
os.environ.pop("ENCHANT_CONFIG_DIR", None)  # the usual folders, not the test session's
from editor_app.ui.body.spelling import Speller

speller = Speller("az")
print("platformdirs" in sys.modules, "enchant" in sys.modules)
speller.check("salam")  # the first check opens the (bundled) dictionary: its folders are found then
print("platformdirs" in sys.modules, (Path(sys.argv[1]) / "editor-app/enchant/hunspell/az_AZ.dic").is_file())
"""


def test_a_speller_finds_its_folders_when_a_dictionary_first_opens_not_when_made(tmp_path: Path) -> None:
    """The editor's speller is made with the window: what finding its folders loads comes with the dictionary."""
    from tests.fresh_python import run_python

    result = run_python(MADE_NOT_OPENED, str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "False", "True", "True"]


OPENED_EARLY = """
import sys
import threading
from pathlib import Path

from editor_app.ui.body.spelling import Speller, open_early

started = []
start = threading.Thread.start


def recording(thread):
    started.append(thread)
    start(thread)


threading.Thread.start = recording
root = Path(sys.argv[1])
root.mkdir()
open_early("en-GB", root)
print([thread.name for thread in started])
started[0].join()  # enchant is not to be used from two threads at once
other_folders = Speller("en", bundled_dir=root / "bundled", cache_dir=root / "cache")
other_folders.set_personal_dictionary(root)
other_folders.preload("en-GB")  # not the usual folders: opens its own
started[-1].join()
speller = Speller("en")
speller.set_personal_dictionary(root)
speller.preload("en-GB")  # takes the one opened early
print(len(started), "enchant" in sys.modules, sorted(speller.preloaded))
speller.set_language("en-GB")
print(speller.check("colour"), speller.check("colur"), speller.personal_path == root / "personal-words.txt")
"""


def test_a_dictionary_opened_early_is_taken_by_the_first_speller_that_asks_for_it(tmp_path: Path) -> None:
    """``open_early`` starts pyenchant's import and the dictionary's opening before any editor exists; the
    form's speller then takes that dictionary instead of opening another (a speller with other folders does not)."""
    from tests.fresh_python import run_python

    result = run_python(OPENED_EARLY, str(tmp_path / "profile"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["['spelling-open']", "2 True ['en_GB']", "True False True"]


OPENED_AT_ONCE = """
import sys
import threading
from pathlib import Path

from editor_app.ui.body.spelling import Speller

root = Path(sys.argv[1])
for _ in range(5):
    spellers = []
    for code in ("en-GB", "en-US", "en-GB", "ru", "az"):
        speller = Speller("en")
        speller.set_personal_dictionary(root)
        speller.preload(code)  # each on its own thread, all at once
        spellers.append((code, speller))
    for thread in threading.enumerate():
        if thread.name == "spelling-open":
            thread.join()
    for code, speller in spellers:
        speller.set_language(code)
        assert speller.check("house") or code in ("ru", "az")
print("checked")
"""


def test_dictionaries_opened_on_several_threads_at_once_do_not_crash_the_program(tmp_path: Path) -> None:
    """Enchant's broker is shared: a preload beside another (or beside a check in another language, at start-up)
    crashed the interpreter with a segmentation fault in most runs of this before they were made one at a time."""
    from tests.fresh_python import run_python

    result = run_python(OPENED_AT_ONCE, str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["checked"]
