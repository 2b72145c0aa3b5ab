"""Article files in the encodings newsrooms really receive import as the right letters, and the report says
which encoding was used: each file is written here in its encoding and imported through the real command."""

from __future__ import annotations

import codecs
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from editor_app.formats import decode_article_bytes

REPO = Path(__file__).resolve().parents[2]

RUSSIAN = (
    "Наводнение в порту\n\n"
    "Вода поднялась на два метра за ночь, и жители прибрежных улиц покинули свои дома. "
    "Спасатели работали до утра, а мэр пообещал помочь каждой семье.\n"
)
TURKISH = (
    "Liman bölgesinde sel uyarısı\n\n"
    "Gece boyunca su iki metre yükseldi ve kıyı sokaklarında yaşayanlar evlerini terk etti. "
    "Kurtarma ekipleri sabaha kadar çalıştı; belediye başkanı her aileye yardım sözü verdi.\n"
)

CASES = [
    ("russian-cp1251.txt", RUSSIAN, "cp1251", b"", "Windows-1251 (Cyrillic)"),
    ("russian-koi8r.txt", RUSSIAN, "koi8_r", b"", "KOI8-R (Russian)"),
    ("turkish-cp1254.txt", TURKISH, "cp1254", b"", "Windows-1254 (Turkish)"),
    ("russian-utf16.txt", RUSSIAN.replace("\n", "\r\n"), "utf-16-le", codecs.BOM_UTF16_LE, "UTF-16"),
]


def run(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run(
        [sys.executable, "-m", "editor_app", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize(("name", "text", "codec", "bom", "label"), CASES)
def test_each_encoding_is_detected_and_named(
    name: str, text: str, codec: str, bom: bytes, label: str, tmp_path: Path
) -> None:
    data = bom + text.encode(codec)
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")  # really not UTF-8: the detection is what is tested
    decoded = decode_article_bytes(data, name)
    assert decoded.text == text.replace("\r\n", "\n")
    assert decoded.encoding_name == label
    assert any(label in warning for warning in decoded.warnings), decoded.warnings


def test_the_import_command_reports_the_encodings_and_keeps_the_letters(tmp_path: Path) -> None:
    folder = tmp_path / "incoming"
    folder.mkdir()
    for name, text, codec, bom, _label in CASES:
        (folder / name).write_bytes(bom + text.encode(codec))
    result = run(tmp_path / "profile", "import", *(str(folder / case[0]) for case in CASES))
    assert result.returncode == 0, result.stderr
    for name, _text, _codec, _bom, label in CASES:
        assert f"{name} is" in result.stderr and label in result.stderr, result.stderr
    ids = result.stdout.split()
    assert len(ids) == len(CASES)
    listed = json.loads(run(tmp_path / "profile", "list", "--json").stdout)
    headlines = sorted(row["headline"] for row in listed)
    assert headlines == sorted(["Наводнение в порту"] * 3 + ["Liman bölgesinde sel uyarısı"])
    exported = run(tmp_path / "profile", "export", ids[0]).stdout
    assert "Вода поднялась на два метра за ночь" in exported
    assert "Íàâîäíåíèå" not in exported


def test_western_text_stays_windows_1252() -> None:
    """A lone pound sign or curly quotes fit many code pages; they are read as Windows-1252."""
    decoded = decode_article_bytes(b"Chelsea sack Mutu\n\nA \xa315.8m signing, \x93he said\x94.", "w.txt")
    assert decoded.text == "Chelsea sack Mutu\n\nA £15.8m signing, “he said”."
    assert decoded.encoding == "cp1252"
