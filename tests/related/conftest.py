"""A small archive of real-looking articles on a throw-away database, and the related service over it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from editor_app.domain import Status
from editor_app.services import ArticleService
from editor_app.services.related import RelatedService
from editor_app.store import Database

ARTICLES = {
    "harbour": (
        "Harbour budget approved by council",
        "News",
        "The council approved the harbour budget on Tuesday.",
    ),
    "harbour2": (
        "Harbour dredging to start in spring",
        "News",
        "Dredging of the harbour follows the council budget.",
    ),
    "ferry": (
        "Ferry fares rise again",
        "Business",
        "Ferry operators raised fares; the harbour board objects.",
    ),
    "baku": ("Bakı hosts the summit", "World", "Leaders met in Bakı, the capital, for talks on the Caspian."),
    "baki": ("Baki metro extended", "World", "The Baki metro gets two new stations near the old city."),
    "seki": ("Şəki silk festival opens", "Culture", "Craftsmen in Şəki show silk scarves."),
    "moscow": ("Ёлка на площади", "World", "В Москве поставили ёлку на Красной площади."),
    "yerevan": ("Երևանի քաղաքապետը", "World", "Երևանում բացվեց նոր այգի։"),
    "words": (
        "NOT the usual meeting",
        "News",
        "Council AND harbour: NEAR the quay, OR not; a:b (c) -d ^e * stars.",
    ),
    "script": (
        "Escaping <script>",
        "Tech",
        "The page showed <script>alert(1)</script> & friends in the body text.",
    ),
}


@dataclass
class Archive:
    db: Database
    articles: ArticleService
    related: RelatedService
    ids: dict[str, str]


@pytest.fixture
def archive(tmp_path: Path) -> Iterator[Archive]:
    db = Database.open(tmp_path / "data" / "newsroom.sqlite")
    service = ArticleService(db)
    ids: dict[str, str] = {}
    for key, (headline, section, body) in ARTICLES.items():
        article, _ = service.create(headline=headline, section=section, body=body)
        if key in ("harbour2", "baku"):
            service.save(article.with_changes(status=Status.PUBLISHED))
        ids[key] = article.id
    yield Archive(db, service, RelatedService(db), ids)
    db.close()
