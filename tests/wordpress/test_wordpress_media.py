"""Photos: the IPTC credit lands in ew_credit, photo meta round-trips, and the router serves uploads safely."""

from __future__ import annotations

import pytest

from tests.wordpress.harness import WordPressSite, rest_client
from tests.wordpress.wp_media_helpers import jpeg_with_iptc, upload_jpeg

pytestmark = pytest.mark.wordpress

CREDIT = "Bakı Foto/Ələsgər"  # within IIM's 32 bytes for Credit


def test_iptc_credit_is_copied_into_ew_credit(wordpress: WordPressSite) -> None:
    photo = jpeg_with_iptc({"Iptc.Application2.Credit": CREDIT, "Iptc.Application2.Caption": "Old town"})
    with rest_client(wordpress, "reporter") as reporter:
        uploaded = upload_jpeg(reporter, photo, "old-town.jpg")
        assert uploaded.status_code == 201, uploaded.text
        media = reporter.get(f"wp/v2/media/{uploaded.json()['id']}", params={"context": "edit"}).json()
    assert media["media_details"]["image_meta"]["credit"] == CREDIT
    assert media["meta"]["ew_credit"] == CREDIT
    assert media["caption"]["raw"] == "Old town"


def test_credit_given_with_the_upload_wins_over_iptc(wordpress: WordPressSite) -> None:
    photo = jpeg_with_iptc({"Iptc.Application2.Credit": CREDIT})
    fields = {
        "meta[ew_credit]": "Agency X",
        "meta[ew_creator]": "Ann Smith",
        "meta[ew_copyright]": "© 2024 Agency X",
        "meta[ew_source]": "Agency X wire",
        "meta[ew_instructions]": "MANDATORY CREDIT",
    }
    with rest_client(wordpress, "photo_editor") as photo_editor:
        uploaded = upload_jpeg(photo_editor, photo, "wire.jpg", **fields)
    assert uploaded.status_code == 201, uploaded.text
    meta = uploaded.json()["meta"]
    assert {f"meta[{key}]": value for key, value in meta.items() if key.startswith("ew_")} == fields


def test_a_photo_without_credit_leaves_ew_credit_empty(wordpress: WordPressSite) -> None:
    with rest_client(wordpress, "reporter") as reporter:
        uploaded = upload_jpeg(reporter, jpeg_with_iptc(), "plain.jpg")
    assert uploaded.status_code == 201
    assert uploaded.json()["meta"]["ew_credit"] == ""


def test_router_serves_uploads_and_refuses_escapes_and_php(wordpress: WordPressSite) -> None:
    photo = jpeg_with_iptc()
    with rest_client(wordpress, "reporter") as reporter:
        source_url = upload_jpeg(reporter, photo, "served.jpg").json()["source_url"]
        assert source_url.startswith(wordpress.url + "/wp-content/uploads/")
        served = reporter.get(source_url)
        assert served.status_code == 200
        assert served.headers["content-type"] == "image/jpeg"
        assert served.content == photo
        planted = wordpress.wp_content_dir / "uploads" / "planted.php"
        planted.write_text("<?php echo 'executed';")
        try:
            refused_php = reporter.get(wordpress.url + "/wp-content/uploads/planted.php")
        finally:
            planted.unlink()
        assert refused_php.status_code == 404
        assert "executed" not in refused_php.text
        escape = reporter.get(wordpress.url + "/wp-content/uploads/%2e%2e/%2e%2e/wp-config-instance.php")
        assert escape.status_code == 404
        assert "DB_PASSWORD" not in escape.text
