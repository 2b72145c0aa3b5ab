"""Render budget: the block cache after one keystroke vs a cmarkgfm full render (the floor).

Reports medians and ratios; never fails on timing, only on correctness. Run it explicitly:
``.venv/bin/pytest tests/benchmarks/bench_render.py -s``.
"""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Callable

import cmarkgfm
import pytest

from editor_app.render import BlockRenderer, render_markdown

_VOCABULARY = [
    "the",
    "government",
    "said",
    "on",
    "Tuesday",
    "that",
    "talks",
    "with",
    "officials",
    "in",
    "Baku",
    "would",
    "continue",
    "next",
    "week",
    "while",
    "ministers",
    "from",
    "both",
    "countries",
    "met",
    "to",
    "discuss",
    "trade",
    "energy",
    "security",
    "and",
    "the",
    "future",
    "of",
    "the",
    "region",
    "analysts",
    "expect",
    "growth",
    "to",
    "slow",
    "as",
    "prices",
    "rise",
    "and",
    "the",
    "central",
    "bank",
    "weighs",
    "another",
    "increase",
    "in",
    "rates",
]


def _article(words: int = 5_000, seed: int = 7) -> str:
    """A realistic long article: paragraphs of 40-90 words, headings, lists, links, emphasis."""
    rng = random.Random(seed)
    blocks: list[str] = []
    count = 0
    while count < words:
        if blocks and len(blocks) % 9 == 0:
            blocks.append("## " + " ".join(rng.choice(_VOCABULARY) for _ in range(5)).capitalize())
        if len(blocks) % 13 == 5:
            blocks.append(
                "\n".join("- " + " ".join(rng.choice(_VOCABULARY) for _ in range(8)) for _ in range(4))
            )
            count += 32
        sentence_words = []
        for index in range(rng.randint(40, 90)):
            word = rng.choice(_VOCABULARY)
            if index % 23 == 7:
                word = f"[{word}](https://example.com/{index})"
            elif index % 17 == 3:
                word = f"*{word}*"
            sentence_words.append(word)
        blocks.append(" ".join(sentence_words).capitalize() + ".")
        count += len(sentence_words)
    return "\n\n".join(blocks)


def _median_ms(action: Callable[[], object], repeat: int) -> float:
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings)


@pytest.mark.benchmark_report
def test_block_cache_render_budget(capsys: pytest.CaptureFixture[str]) -> None:
    article = _article()
    paragraphs = article.split("\n\n")
    target = len(paragraphs) // 2
    while paragraphs[target].startswith(("#", "-")):
        target += 1

    def floor_once() -> object:
        return cmarkgfm.github_flavored_markdown_to_html(article)

    full = _median_ms(lambda: render_markdown(article), repeat=15)

    renderer = BlockRenderer()
    renderer.render(article)
    edits = []
    for step in range(100):  # one keystroke after another in the same paragraph
        paragraphs[target] = paragraphs[target][:-1] + "xy"[step % 2] + "."
        edits.append("\n\n".join(paragraphs))
    # Interleave floor and keystroke timings so load from other processes hits both alike.
    floor_timings, timings = [], []
    last = None
    for text in edits:
        floor_timings.append(_median_ms(floor_once, repeat=3))
        started = time.perf_counter()
        last = renderer.render(text)
        timings.append((time.perf_counter() - started) * 1000)
    floor = statistics.median(floor_timings)
    incremental = statistics.median(timings)

    assert last is not None and last.html
    assert last.rendered == 1 and len(last.changed) == 1
    assert [(b.source_line, b.html) for b in last.blocks] == [
        (b.source_line, b.html) for b in BlockRenderer().render(edits[-1]).blocks
    ]
    assert render_markdown(article)

    with capsys.disabled():
        print(
            f"\nrender, {len(article.split())} words, {len(last.blocks)} blocks (medians):"
            f"\n  (a) cmarkgfm full render (floor) {floor:8.3f} ms"
            f"\n  (b) Python-Markdown + nh3 full   {full:8.3f} ms   (b)/(a) = {full / floor:6.1f}x"
            f"\n  (c) block cache, one keystroke   {incremental:8.3f} ms   (c)/(a) = {incremental / floor:6.1f}x"
            f"   budget <= 4x"
        )
