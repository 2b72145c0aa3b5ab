"""A site admin installs the companion plugin the way WordPress offers: the zip that ``editor-app
wordpress-plugin`` writes, uploaded on wp-admin's "Upload Plugin" page with a logged-in cookie session and the
page's nonce, then activated; its REST namespace answers afterwards (and not before). The instance here has no
must-use copy of the plugin (``provision.py up --without-plugin``)."""

from __future__ import annotations

import html
import os
import re
import secrets
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx2
import pytest

from tests.wordpress.harness import (
    WordPressSite,
    make_instance_folder,
    provision,
    rest_client,
    running_in_ci,
    teardown,
    unavailable_reason,
)

REPO = Path(__file__).resolve().parents[2]
NAMESPACE = "editorial-workstation/v1"

pytestmark = [pytest.mark.wordpress, pytest.mark.slow]


@pytest.fixture(scope="module")
def bare_site() -> Iterator[WordPressSite]:
    reason = unavailable_reason()
    if reason is not None:
        if running_in_ci():
            pytest.fail(f"local WordPress unavailable: {reason}", pytrace=False)
        pytest.skip(f"local WordPress unavailable: {reason}")
    folder = make_instance_folder()
    try:
        site = provision(folder, plugin=False)
        try:
            yield site
        finally:
            teardown(folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def namespaces(site: WordPressSite) -> list[str]:
    with rest_client(site) as client:
        response = client.get("")
        response.raise_for_status()
        return list(response.json()["namespaces"])


def php_log(site: WordPressSite) -> str:
    log = site.folder / "logs" / "php.log"
    return log.read_text(errors="replace")[-3000:] if log.is_file() else ""


def hidden_field(page: str, name: str) -> str:
    match = re.search(rf'name="{re.escape(name)}" value="([^"]*)"', page) or re.search(
        rf'value="([^"]*)"[^>]*name="{re.escape(name)}"', page
    )
    assert match, f"no {name} on the page"
    return html.unescape(match.group(1))


def test_the_plugin_zip_installs_and_activates_through_wp_admin(
    bare_site: WordPressSite, tmp_path: Path
) -> None:
    site = bare_site
    assert NAMESPACE not in namespaces(site)
    zip_path = tmp_path / "editorial-workstation.zip"
    written = subprocess.run(
        [sys.executable, "-m", "editor_app", "wordpress-plugin", "-o", str(zip_path)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        timeout=120,
        check=False,
    )
    assert written.returncode == 0, written.stderr

    admin = site.users["admin"]
    password = secrets.token_urlsafe(18)
    with rest_client(site, "admin") as client:  # the harness knows only the application password
        client.post("wp/v2/users/me", json={"password": password}).raise_for_status()

    with httpx2.Client(base_url=site.url, trust_env=False, timeout=60.0, follow_redirects=True) as browser:
        browser.get("/wp-login.php").raise_for_status()  # sets WordPress's test cookie
        login = browser.post(
            "/wp-login.php",
            data={
                "log": admin.login,
                "pwd": password,
                "wp-submit": "Log In",
                "redirect_to": f"{site.url}/wp-admin/",
                "testcookie": "1",
            },
        )
        assert login.status_code == 200 and "/wp-admin/" in str(login.url), login.text[-500:]

        form = browser.get("/wp-admin/plugin-install.php", params={"tab": "upload"})
        form.raise_for_status()
        assert "update.php?action=upload-plugin" in form.text
        with zip_path.open("rb") as handle:
            uploaded = browser.post(
                "/wp-admin/update.php",
                params={"action": "upload-plugin"},
                data={
                    "_wpnonce": hidden_field(form.text, "_wpnonce"),
                    "_wp_http_referer": hidden_field(form.text, "_wp_http_referer"),
                    "install-plugin-submit": "Install Now",
                },
                files={"pluginzip": (zip_path.name, handle, "application/zip")},
            )
        assert uploaded.status_code == 200, (uploaded.text[-1500:], php_log(site))
        assert "Plugin installed successfully" in uploaded.text, uploaded.text[-2000:]
        activate = re.search(r'href="([^"]*plugins\.php\?action=activate[^"]*)"', uploaded.text)
        assert activate, uploaded.text[-2000:]
        url = html.unescape(activate.group(1))
        activated = browser.get(url if url.startswith("http") else f"/wp-admin/{url}")
        activated.raise_for_status()
        assert "activate=true" in str(activated.url)

    installed = site.wp_content_dir / "plugins" / "editorial-workstation" / "editorial-workstation.php"
    assert installed.is_file()
    assert NAMESPACE in namespaces(site)
    with rest_client(site, "admin") as client:
        assert client.get(NAMESPACE).status_code == 200
