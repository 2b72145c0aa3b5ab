"""The session WordPress as readers and wp-admin users see it: a theme for public pages, a logged-in wp-admin
session, and the DOM checks the publishing tests share (not a test module).

Public pages need a theme, which a private ``WP_CONTENT_DIR`` lacks: Debian's twentytwentyone is copied in and
switched to with WordPress's own ``switch_theme()``; wp-admin needs a login cookie, which
``wp_generate_auth_cookie()`` issues. Both run in PHP as the web server's account, like provision.py's install.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import textwrap
from pathlib import Path
from typing import Any

import httpx2
from bs4 import BeautifulSoup

THEME = "twentytwentyone"
DEBIAN_THEMES = Path("/usr/share/wordpress/wp-content/themes")

_SCRIPT = textwrap.dedent(
    """\
    <?php
    $_SERVER['HTTP_HOST'] = '127.0.0.1';
    require '/usr/share/wordpress/wp-load.php';
    $task = json_decode( file_get_contents( $argv[1] ), true );
    if ( 'theme' === $task['do'] ) {
        if ( get_stylesheet() !== $task['theme'] ) { switch_theme( $task['theme'] ); }
        echo 'EW-RESULT ', wp_json_encode( array( 'theme' => get_stylesheet() ) ), "\\n";
    } else {
        $user = get_user_by( 'login', $task['login'] );
        $expires = time() + 3600;
        echo 'EW-RESULT ', wp_json_encode( array(
            AUTH_COOKIE => wp_generate_auth_cookie( $user->ID, $expires, 'auth' ),
            LOGGED_IN_COOKIE => wp_generate_auth_cookie( $user->ID, $expires, 'logged_in' ),
        ) ), "\\n";
    }
    """
)


def _php(wp: Any, task: dict[str, str]) -> dict[str, str]:
    folder = Path(wp.folder)
    state = json.loads((folder / "instance.json").read_text())
    run = folder / "run"
    script, spec = run / "ew-pages.php", run / "ew-pages.json"
    script.write_text(_SCRIPT)
    spec.write_text(json.dumps(task))
    for path in (script, spec):
        path.chmod(0o644)
    env = {
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "HOME": str(folder),
        "LANG": "C.UTF-8",
        "WORDPRESS_CONFIG": state["config"],
        "EW_WP_CONTENT_DIR": str(wp.wp_content_dir),
    }
    done = subprocess.run(
        ["runuser", "-u", "www-data", "--", "env", *(f"{k}={v}" for k, v in env.items()), "php", str(script),
         str(spec)],
        capture_output=True, text=True, cwd=folder, timeout=60, check=False,
    )  # fmt: skip
    for line in done.stdout.splitlines():
        if line.startswith("EW-RESULT "):
            return dict(json.loads(line.removeprefix("EW-RESULT ")))
    raise RuntimeError(f"PHP task {task['do']} failed: {done.stdout[-2000:]}\n{done.stderr[-2000:]}")


def activate_theme(wp: Any) -> None:
    target = Path(wp.wp_content_dir) / "themes" / THEME
    if not target.exists():
        shutil.copytree(DEBIAN_THEMES / THEME, target)
    assert _php(wp, {"do": "theme", "theme": THEME})["theme"] == THEME


def admin_session(wp: Any, user: str) -> httpx2.Client:
    """An httpx client logged in to wp-admin as ``wp.users[user]`` (cookies, no application password)."""
    cookies = _php(wp, {"do": "cookie", "login": wp.users[user].login})
    return httpx2.Client(
        base_url=wp.url, cookies=cookies, trust_env=False, timeout=30.0, follow_redirects=True
    )


def public_page(wp: Any, post_id: int) -> str:
    with httpx2.Client(trust_env=False, timeout=30.0, follow_redirects=True) as reader:
        response = reader.get(f"{wp.url}/", params={"p": post_id})
        response.raise_for_status()
        return response.text


def executable_payloads(page: str, marker: str) -> list[str]:
    """What in ``page`` a browser would run that carries ``marker``: a script element whose code is the
    injected one, an event-handler attribute, a ``javascript:`` URL, a frame's ``srcdoc``."""
    found: list[str] = []
    soup = BeautifulSoup(page, "html.parser")
    for element in soup.find_all(True):
        if (
            element.name == "script"
            and marker in element.get_text()
            and _is_injected_code(element.get_text())
        ):
            found.append(str(element)[:200])
        for name, value in element.attrs.items():
            text = " ".join(value) if isinstance(value, list) else str(value)
            if marker not in text:
                continue
            if name.lower().startswith("on") or name.lower() == "srcdoc" or "javascript:" in text.lower():
                found.append(f"<{element.name} {name}={text[:120]!r}>")
    return found


def _is_injected_code(code: str) -> bool:
    """A script element that is just the injected call (not WordPress's JSON data that quotes it)."""
    stripped = code.strip()
    return stripped.startswith("ewXss(") or stripped.startswith("alert(")
