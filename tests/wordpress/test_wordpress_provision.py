"""provision.py: instances run side by side without sharing anything, stop cleanly and come back."""

from __future__ import annotations

import shutil
import socket
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlsplit

import pytest

from tests.wordpress.harness import WordPressSite, make_instance_folder, provision, rest_client, teardown

pytestmark = [pytest.mark.wordpress, pytest.mark.slow]


def port_accepts(url: str) -> bool:
    port = urlsplit(url).port
    assert port is not None
    with socket.socket() as sock:
        sock.settimeout(1)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def post_titles(site: WordPressSite) -> list[str]:
    with rest_client(site, "desk") as desk:
        listed = desk.get("wp/v2/posts", params={"status": "publish,pending,draft", "_fields": "title"})
    assert listed.status_code == 200
    return [item["title"]["rendered"] for item in listed.json()]


def test_parallel_instances_are_isolated_and_can_be_brought_up_again(wordpress: WordPressSite) -> None:
    folders = [make_instance_folder(), make_instance_folder()]
    try:
        with ThreadPoolExecutor(2) as pool:
            first, second = pool.map(provision, folders)
        assert len({wordpress.url, first.url, second.url}) == 3
        assert len({wordpress.wp_content_dir, first.wp_content_dir, second.wp_content_dir}) == 3
        with rest_client(first, "desk") as desk:
            assert (
                desk.post("wp/v2/posts", json={"title": "Only in first", "status": "publish"}).status_code
                == 201
            )
        assert "Only in first" in post_titles(first)
        assert "Only in first" not in post_titles(second)
        assert "Only in first" not in post_titles(wordpress)

        teardown(folders[0])
        assert not port_accepts(first.url)
        assert port_accepts(second.url)

        again = provision(folders[0])
        with rest_client(again, "reporter") as reporter:
            assert reporter.get("wp/v2/users/me").status_code == 200
        assert "Only in first" not in post_titles(again)  # a fresh database each time
    finally:
        for folder in folders:
            teardown(folder)
            shutil.rmtree(folder, ignore_errors=True)
