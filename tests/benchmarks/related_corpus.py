"""A realistic archive of any size for the related-items benchmarks, generated in seconds.

Articles are stitched from sentences of real BBC articles of one section (when ``../shared/fixtures/bbc-news``
is there), so term frequencies and topical structure look like a newsroom's; without the fixtures a Zipf
vocabulary stands in. Rows go in with one executemany in one transaction through the store.
"""

from __future__ import annotations

import random
import re
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from editor_app.store import Database

_SENTENCE = re.compile(r"(?<=[.!?])\s+")


def _bbc_sections(folder: Path) -> dict[str, list[tuple[str, list[str]]]]:
    sections: dict[str, list[tuple[str, list[str]]]] = {}
    for path in sorted(folder.glob("*/*.txt")):
        raw = path.read_bytes().decode("utf-8", errors="replace")
        headline, _, body = raw.strip().partition("\n")
        sentences = [s for s in _SENTENCE.split(" ".join(body.split())) if len(s) > 20]
        if sentences:
            sections.setdefault(path.parent.name.capitalize(), []).append((headline.strip(), sentences))
    return sections


def _zipf_sections(rng: random.Random) -> dict[str, list[tuple[str, list[str]]]]:
    syllables = ["ka", "lo", "mi", "ra", "tu", "ne", "so", "vi", "da", "pe", "zu", "ri", "go", "ba", "te"]
    words = ["".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))) for _ in range(20_000)]
    weights = [1 / (rank + 1) for rank in range(len(words))]
    sections: dict[str, list[tuple[str, list[str]]]] = {}
    for name in ("News", "Business", "Sport", "Tech", "Politics"):
        topic = rng.sample(words[200:], 300)
        items = []
        for _ in range(400):
            sentences = [
                " ".join(rng.choices(words, weights, k=12) + rng.sample(topic, 4)).capitalize() + "."
                for _ in range(12)
            ]
            items.append(
                (" ".join(rng.sample(topic, 3) + rng.choices(words[:500], k=4)).capitalize(), sentences)
            )
        sections[name] = items
    return sections


def generate_rows(count: int, fixtures: Path | None, seed: int = 7) -> Iterator[dict[str, Any]]:
    rng = random.Random(seed)
    sections = _bbc_sections(fixtures) if fixtures is not None and fixtures.is_dir() else _zipf_sections(rng)
    names = sorted(sections)
    start = datetime(2004, 1, 1, tzinfo=UTC)
    for i in range(count):
        section = names[i % len(names)]
        pool = sections[section]
        headline, _ = rng.choice(pool)
        words = headline.split()
        if len(words) > 2:
            words[rng.randrange(len(words))] = rng.choice(rng.choice(pool)[1]).split()[0]
        sentences: list[str] = []
        for _ in range(3):
            _, source = rng.choice(pool)
            at = rng.randrange(len(source))
            sentences.extend(source[at : at + rng.randint(2, 5)])
        moment = (start + timedelta(minutes=i * 7)).isoformat(timespec="milliseconds")
        yield {
            "id": str(uuid.UUID(int=rng.getrandbits(128))),
            "headline": " ".join(words),
            "standfirst": sentences[0],
            "body": "\n\n".join(" ".join(sentences[j : j + 3]) for j in range(1, len(sentences), 3)),
            "byline": "",
            "section": section,
            "tags": "[]",
            "source": "",
            "editors_choice": 0,
            "language": "en",
            "status": "published" if i % 3 else "draft",
            "note": "",
            "created_at": moment,
            "updated_at": moment,
        }


def build_archive(db: Database, count: int, fixtures: Path | None, batch: int = 5_000) -> None:
    """Insert ``count`` generated articles in one transaction, then index them in one pass.

    The per-row insert trigger is dropped for the load and recreated after ``fts.REBUILD_STATEMENTS`` (same
    folding): about twice as fast as indexing row by row through the trigger.
    """
    from sqlalchemy import text

    from editor_app.store import fts

    columns = (
        "id, headline, standfirst, body, byline, section, tags, source, editors_choice, language, status, "
        "note, created_at, updated_at"
    )
    values = ", ".join(f":{c.strip()}" for c in columns.split(","))
    statement = text(f"INSERT INTO articles ({columns}) VALUES ({values})")
    rows = generate_rows(count, fixtures)
    with db.write() as uow:
        c = uow.connection
        c.execute(text("DROP TRIGGER IF EXISTS articles_fts_insert"))
        while chunk := [row for _, row in zip(range(batch), rows, strict=False)]:
            c.execute(statement, chunk)
        for sql in fts.REBUILD_STATEMENTS:
            c.execute(text(sql))
        c.execute(text(fts.TRIGGER_STATEMENTS[0]))
