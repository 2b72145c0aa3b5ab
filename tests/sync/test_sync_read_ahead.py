"""The listing's pages fetched ahead of the store (``pull.read_ahead``): a unit test of the paging logic with a
generator standing in for the listing; the pulls on the real WordPress go through it in every sync test."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest

from editor_app.sync.pull import read_ahead


class Listing:
    """Pages 1..n (a page is a list holding its number); ``fail_at`` raises instead of that page. Records what
    was fetched, and lets each fetch past the first ``free`` ones wait for ``go``."""

    def __init__(self, n: int, fail_at: int | None = None, free: int = 99) -> None:
        self.n, self.fail_at, self.free = n, fail_at, free
        self.fetched: list[int] = []
        self.go = threading.Event()
        self.threads: set[str] = set()

    def pages(self) -> Iterator[list[Any]]:
        for number in range(1, self.n + 1):
            if len(self.fetched) >= self.free:
                assert self.go.wait(10)
            self.threads.add(threading.current_thread().name)
            if number == self.fail_at:
                raise ConnectionError(f"page {number} lost")
            self.fetched.append(number)
            yield [number]


def wait_for(condition: Any) -> None:
    event = threading.Event()
    for _ in range(200):
        if condition():
            return
        event.wait(0.01)
    raise AssertionError("never happened")


def test_pages_come_in_order_and_the_next_two_are_fetched_while_the_first_is_stored() -> None:
    listing = Listing(5)
    pages = read_ahead(listing.pages(), depth=2)
    assert next(pages) == [1]
    wait_for(lambda: listing.fetched == [1, 2, 3])  # the caller holds page 1: pages 2 and 3 come meanwhile
    assert listing.fetched == [1, 2, 3]  # and no further: two ahead at most
    assert [page for [page] in pages] == [2, 3, 4, 5]
    assert len(listing.threads) == 1 and next(iter(listing.threads)).startswith("pull-listing")


def test_an_error_of_the_listing_surfaces_where_that_page_is_taken() -> None:
    listing = Listing(5, fail_at=3)
    pages = read_ahead(listing.pages(), depth=2)
    assert next(pages) == [1]
    assert next(pages) == [2]
    with pytest.raises(ConnectionError, match="page 3 lost"):
        next(pages)


def test_leaving_early_waits_for_the_page_in_flight_and_fetches_no_more() -> None:
    listing = Listing(6, free=2)
    pages = read_ahead(listing.pages(), depth=2)
    assert next(pages) == [1]
    wait_for(lambda: listing.fetched == [1, 2])  # page 3's fetch is in flight, waiting for ``go``
    closing = threading.Thread(target=pages.close)
    closing.start()
    closing.join(0.2)
    assert closing.is_alive()  # the caller left: it waits for the page in flight
    listing.go.set()
    closing.join(10)
    assert not closing.is_alive()
    assert listing.fetched == [1, 2, 3]  # the one in flight ended; nothing was fetched after it
