"""Provision a throw-away local WordPress for tests (tools/wordpress-dev/provision.py) and describe it.

Other test folders reuse it through ``wordpress_session()``: a generator that skips (or fails under ``CI``) when the
machine cannot run WordPress, yields a ``WordPressSite`` and tears it down afterwards.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx2
import pytest

REPO = Path(__file__).resolve().parents[2]
PROVISION = REPO / "tools" / "wordpress-dev" / "provision.py"
INSTALL_DEPS = REPO / "tools" / "wordpress-dev" / "install-deps.sh"
PROVISION_TIMEOUT = 180.0


@dataclass(frozen=True)
class WordPressUser:
    login: str
    app_password: str
    id: int
    role: str
    password: str = ""
    """The sign-in password (wp-login.php); ``app_password`` is for REST and XML-RPC."""

    @property
    def auth(self) -> tuple[str, str]:
        """HTTP Basic credentials (login, application password)."""
        return (self.login, self.app_password)


@dataclass(frozen=True)
class WordPressSite:
    url: str
    api_root: str
    users: dict[str, WordPressUser]
    folder: Path
    wp_content_dir: Path

    def route(self, path: str) -> str:
        """The URL of a REST route, e.g. ``site.route("wp/v2/posts")``."""
        return self.api_root + path.lstrip("/")


def rest_client(site: WordPressSite, user: str | None = None) -> httpx2.Client:
    """An HTTP client on the REST API root, signed in as ``site.users[user]`` (anonymous for None)."""
    return httpx2.Client(
        base_url=site.api_root,
        auth=site.users[user].auth if user else None,
        trust_env=False,  # never send 127.0.0.1 through a proxy from the environment
        timeout=30.0,
    )


def running_in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def unavailable_reason() -> str | None:
    """Why this machine cannot provision WordPress (missing packages, not root), or None when it can."""
    done = subprocess.run(
        [sys.executable, str(PROVISION), "check"], capture_output=True, text=True, timeout=60, check=False
    )
    return None if done.returncode == 0 else (done.stderr or done.stdout).strip()


def provision(folder: Path, port: int | None = None, *, plugin: bool = True) -> WordPressSite:
    """Start an instance in folder (which the web and database accounts must be able to enter); with
    ``plugin`` False, without the companion plugin (and so without the newsroom users)."""
    command = [sys.executable, str(PROVISION), "up", str(folder)]
    if port is not None:
        command += ["--port", str(port)]
    if not plugin:
        command.append("--without-plugin")
    done = subprocess.run(command, capture_output=True, text=True, timeout=PROVISION_TIMEOUT, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"provision.py up failed ({done.returncode}):\n{done.stderr}\n{done.stdout}")
    described = json.loads(done.stdout)
    users = {
        key: WordPressUser(
            login=u["login"],
            app_password=u["app_password"],
            id=int(u["id"]),
            role=u["role"],
            password=str(u.get("password", "")),
        )
        for key, u in described["users"].items()
    }
    return WordPressSite(
        url=described["url"],
        api_root=described["api_root"],
        users=users,
        folder=Path(described["folder"]),
        wp_content_dir=Path(described["wp_content_dir"]),
    )


def teardown(folder: Path) -> None:
    """Stop the instance in folder (its processes and port); the folder itself stays."""
    done = subprocess.run(
        [sys.executable, str(PROVISION), "down", str(folder)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"provision.py down failed ({done.returncode}):\n{done.stderr}")


def make_instance_folder() -> Path:
    """A fresh folder that mysql and www-data can enter (pytest's tmp_path lives under a 0700 folder)."""
    folder = Path(tempfile.mkdtemp(prefix="ew-wordpress-"))
    folder.chmod(0o755)
    return folder


def wordpress_session() -> Iterator[WordPressSite]:
    """Body of a session fixture: skip locally (fail under CI) when WordPress cannot run; else one instance.

    Set EW_WORDPRESS_KEEP=1 to keep the instance's folder (logs, uploads, database) after the run.
    """
    reason = unavailable_reason()
    if reason is not None:
        message = f"local WordPress unavailable: {reason} (install with {INSTALL_DEPS.relative_to(REPO)})"
        if running_in_ci():
            pytest.fail(message + "; CI must install the WordPress packages", pytrace=False)
        pytest.skip(message)
    folder = make_instance_folder()
    try:
        site = provision(folder)
        try:
            yield site
        finally:
            teardown(folder)
    finally:
        if os.environ.get("EW_WORDPRESS_KEEP"):
            print(f"\nWordPress instance folder kept: {folder}", file=sys.stderr)
        else:
            shutil.rmtree(folder, ignore_errors=True)
