#!/usr/bin/env python3
"""Bring up (or down) a throw-away WordPress on 127.0.0.1 for development and tests.

    provision.py up DIR [--port N]     prints {"url", "api_root", "users": {...}, "pids": {...}, ...} as JSON
                 [--without-plugin]    no companion plugin (and no newsroom users): install it through wp-admin
    provision.py down DIR              stops the instance and waits until its port is free
    provision.py check                 exits 1 and says what is missing when this machine cannot run it

Everything lives in DIR: a private MariaDB (no TCP, a unix socket in DIR/run), the instance's WP_CONTENT_DIR
(uploads, mu-plugins with the companion plugin), logs, and the config that a one-line stub in /etc/wordpress
(`config-ew-<hash of DIR>.php`, chosen by the WORDPRESS_CONFIG variable) loads. WordPress's code is Debian's
/usr/share/wordpress, served by `php -S` through router.php. As root, MariaDB runs as `mysql` and PHP as
`www-data`, so DIR and its parents must be traversable by them (mkdtemp folders need chmod 755).

Standard library only, so any python3 runs it. Install the Debian packages first with install-deps.sh.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import http.client
import json
import os
import pwd
import re
import secrets
import shutil
import signal
import socket
import stat
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
PLUGIN_DIR = HERE.parent.parent / "packaging" / "wordpress" / "editorial-workstation"
WORDPRESS_ROOT = Path("/usr/share/wordpress")
# Debian's wordpress-theme-twentytwentyone: public pages need a theme.
THEME_DIR = WORDPRESS_ROOT / "wp-content" / "themes" / "twentytwentyone"
ETC_WORDPRESS = Path("/etc/wordpress")
STATE_FILE = "instance.json"
STARTUP_TIMEOUT = 30.0
STOP_TIMEOUT = 15.0

# key in the output -> (login, role). The administrator comes first: wp_install() creates it.
USERS: dict[str, tuple[str, str]] = {
    "admin": ("ew-admin", "administrator"),
    "reporter": ("ew-reporter", "ew_reporter"),
    "photo_editor": ("ew-photo-editor", "ew_photo_editor"),
    "desk": ("ew-desk", "ew_desk"),
    "contributor": ("ew-contributor", "contributor"),
    "author": ("ew-author", "author"),
    "editor": ("ew-editor", "editor"),
}

REQUIRED_FILES = {
    WORDPRESS_ROOT / "wp-load.php": "wordpress",
    Path("/usr/sbin/mariadbd"): "mariadb-server",
    Path("/usr/bin/mariadb-install-db"): "mariadb-server",
}


class ProvisionError(RuntimeError):
    """Something a person has to fix; the message says what."""


def missing_requirements() -> list[str]:
    """The Debian packages (and PHP extensions) this script needs but cannot find."""
    missing = {package for path, package in REQUIRED_FILES.items() if not path.exists()}
    try:
        for account in ("mysql", "www-data"):
            pwd.getpwnam(account)
    except KeyError:
        missing.add("mariadb-server")
    php = shutil.which("php")
    if php is None:
        missing.add("php-cli")
    else:
        modules = (
            subprocess.run([php, "-m"], capture_output=True, text=True, check=False).stdout.lower().split()
        )
        for module, package in (("mysqli", "php-mysql"), ("gd", "php-gd"), ("xml", "php-xml")):
            if module not in modules:
                missing.add(package)
    return sorted(missing)


# ---------------------------------------------------------------------------------------------------------------
# Who runs what


class Accounts:
    """The accounts the database and PHP run as: mysql and www-data as root, else the calling user."""

    def __init__(self) -> None:
        self.as_root = os.geteuid() == 0
        self.db = pwd.getpwnam("mysql") if self.as_root else pwd.getpwuid(os.geteuid())
        self.web = pwd.getpwnam("www-data") if self.as_root else pwd.getpwuid(os.geteuid())

    def chown(self, path: Path, account: pwd.struct_passwd) -> None:
        if self.as_root:
            os.chown(path, account.pw_uid, account.pw_gid)

    def popen_user(self, account: pwd.struct_passwd) -> dict[str, Any]:
        """Popen arguments that drop to the account (nothing when not root)."""
        if not self.as_root:
            return {}
        return {"user": account.pw_uid, "group": account.pw_gid, "extra_groups": []}


def check_traversable(path: Path, account: pwd.struct_passwd) -> None:
    """Fail early, with a clear message, when the account cannot reach files in path."""
    groups = {account.pw_gid, *(g for g in os.getgrouplist(account.pw_name, account.pw_gid))}
    for folder in [path, *path.parents]:
        info = folder.stat()
        if account.pw_uid == 0 or info.st_uid == account.pw_uid:
            ok = bool(info.st_mode & stat.S_IXUSR)
        elif info.st_gid in groups:
            ok = bool(info.st_mode & stat.S_IXGRP)
        else:
            ok = bool(info.st_mode & stat.S_IXOTH)
        if not ok:
            raise ProvisionError(
                f"{account.pw_name} cannot enter {folder} (mode {stat.filemode(info.st_mode)}); "
                f"use a folder outside it or chmod o+x it"
            )


# ---------------------------------------------------------------------------------------------------------------
# Processes


def group_members(pgid: int) -> list[int]:
    """Live (non-zombie) processes of a process group, read from /proc."""
    members = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if fields[0] != "Z" and int(fields[2]) == pgid:
            members.append(int(entry.name))
    return members


def stop_group(pgid: int) -> None:
    """SIGTERM the whole group, then SIGKILL what is left after STOP_TIMEOUT."""
    for sig in (signal.SIGTERM, signal.SIGKILL):
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(pgid, sig)
        deadline = time.monotonic() + STOP_TIMEOUT
        while group_members(pgid) and time.monotonic() < deadline:
            time.sleep(0.05)
        if not group_members(pgid):
            return
    raise ProvisionError(f"process group {pgid} survived SIGKILL")


def port_accepts(port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(0.5)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start(
    command: list[str], log: Path, env: dict[str, str] | None = None, **popen: Any
) -> subprocess.Popen[bytes]:
    """Start a command in its own process group (so stopping it stops its workers too), output to log."""
    with log.open("ab") as out:
        return subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=out,
            env=env,
            start_new_session=True,
            **popen,
        )


def wait_until(ready: Any, process: subprocess.Popen[bytes], what: str, log: Path) -> None:
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while not ready():
        if process.poll() is not None:
            raise ProvisionError(f"{what} exited with {process.returncode}; see {log}:\n{tail(log)}")
        if time.monotonic() > deadline:
            raise ProvisionError(f"{what} not ready after {STARTUP_TIMEOUT:.0f} s; see {log}:\n{tail(log)}")
        time.sleep(0.05)


def tail(log: Path, lines: int = 15) -> str:
    try:
        return "\n".join(log.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return ""


# ---------------------------------------------------------------------------------------------------------------
# The pieces of one instance


class Instance:
    def __init__(self, folder: Path, *, plugin: bool = True) -> None:
        self.folder = folder.resolve()
        self.plugin = plugin
        self.name = "ew-" + hashlib.sha1(str(self.folder).encode()).hexdigest()[:12]
        self.stub = ETC_WORDPRESS / f"config-{self.name}.php"
        self.db_dir = self.folder / "db"
        self.run_dir = self.folder / "run"
        self.socket = self.run_dir / "mysqld.sock"
        self.content = self.folder / "wp-content"
        self.logs = self.folder / "logs"
        self.bin = self.folder / "bin"
        self.config = self.folder / "wp-config-instance.php"
        self.state = self.folder / STATE_FILE
        self.accounts = Accounts()

    # -- state

    def read_state(self) -> dict[str, Any] | None:
        try:
            return dict(json.loads(self.state.read_text()))
        except (OSError, ValueError):
            return None

    def write_state(self, state: dict[str, Any]) -> None:
        """Save state (it holds the application passwords: readable by the caller only)."""
        self.state.touch(mode=0o600)
        self.state.write_text(json.dumps(state, indent=2))

    def is_running(self, state: dict[str, Any]) -> bool:
        return all(group_members(int(pgid)) for pgid in state.get("pids", {}).values()) and port_accepts(
            int(state["port"])
        )

    # -- layout

    def prepare_folders(self) -> None:
        if len(str(self.socket)) > 100:
            raise ProvisionError(f"{self.folder} is too long a path for a unix socket; use a shorter folder")
        if not os.access(ETC_WORDPRESS, os.W_OK):
            raise ProvisionError(
                f"cannot write {ETC_WORDPRESS}: run as root (Debian's wp-config.php reads it)"
            )
        self.folder.mkdir(parents=True, exist_ok=True)
        for account in {
            self.accounts.db.pw_name: self.accounts.db,
            self.accounts.web.pw_name: self.accounts.web,
        }.values():
            check_traversable(self.folder, account)
        for old in (self.db_dir, self.run_dir, self.content, self.logs, self.bin):
            shutil.rmtree(old, ignore_errors=True)
        for folder in (self.run_dir, self.logs, self.bin):
            folder.mkdir(mode=0o755)
        self.accounts.chown(self.run_dir, self.accounts.db)
        for log, account in (("mariadb.log", self.accounts.db), ("php.log", self.accounts.web)):
            (self.logs / log).touch()
            self.accounts.chown(self.logs / log, account)
        # router.php and install.php must be readable by www-data wherever the repository is.
        for script in ("router.php", "install.php"):
            shutil.copy2(HERE / script, self.bin / script)

    def prepare_content(self) -> None:
        """A private WP_CONTENT_DIR, so parallel instances never share uploads; the plugin as a must-use plugin."""
        for sub in ("uploads", "plugins", "themes", "upgrade", "mu-plugins"):
            (self.content / sub).mkdir(parents=True, mode=0o755)
        for sub in ("uploads", "upgrade") if self.plugin else ("uploads", "upgrade", "plugins"):
            self.accounts.chown(self.content / sub, self.accounts.web)  # plugins/: wp-admin installs there
        if not self.plugin:
            return
        shutil.copytree(PLUGIN_DIR, self.content / "mu-plugins" / PLUGIN_DIR.name)
        if THEME_DIR.is_dir():  # a public page needs a theme; install.php activates it (router.php serves it)
            (self.content / "themes" / THEME_DIR.name).symlink_to(THEME_DIR)
        (self.content / "mu-plugins" / "editorial-workstation-loader.php").write_text(
            "<?php\n// WordPress loads only files directly in mu-plugins/.\n"
            "require __DIR__ . '/editorial-workstation/editorial-workstation.php';\n"
        )

    # -- database

    def start_database(self, password: str) -> subprocess.Popen[bytes]:
        log = self.logs / "mariadb.log"
        user = ["--user=" + self.accounts.db.pw_name] if self.accounts.as_root else []
        small = ["--innodb-log-file-size=16M", "--innodb-buffer-pool-size=64M"]
        done = subprocess.run(
            ["mariadb-install-db", "--no-defaults", f"--datadir={self.db_dir}", f"--tmpdir={self.run_dir}",
             *user, "--skip-test-db",
             "--auth-root-authentication-method=socket", "--skip-name-resolve", *small],
            capture_output=True, text=True, check=False,
        )  # fmt: skip
        if done.returncode != 0:
            raise ProvisionError(f"mariadb-install-db failed:\n{done.stdout}\n{done.stderr}")
        init = self.run_dir / "init.sql"
        init.write_text(
            "CREATE DATABASE IF NOT EXISTS wordpress CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;\n"
            f"CREATE USER IF NOT EXISTS 'wordpress'@'localhost' IDENTIFIED BY '{password}';\n"
            "GRANT ALL PRIVILEGES ON wordpress.* TO 'wordpress'@'localhost';\n"
        )
        os.chmod(init, 0o600)
        self.accounts.chown(init, self.accounts.db)
        process = start(
            ["/usr/sbin/mariadbd", "--no-defaults", f"--datadir={self.db_dir}", f"--socket={self.socket}",
             f"--tmpdir={self.run_dir}",  # private: parallel instances never share temporary tables in /tmp
             f"--pid-file={self.run_dir / 'mysqld.pid'}", "--skip-networking", f"--init-file={init}",
             f"--log-error={log}", "--skip-log-bin", "--innodb-flush-log-at-trx-commit=2",
             "--character-set-server=utf8mb4", "--collation-server=utf8mb4_unicode_ci", *small, *user],
            log,
        )  # fmt: skip
        wait_until(self.socket_accepts, process, "mariadbd", log)
        return process

    def socket_accepts(self) -> bool:
        with socket.socket(socket.AF_UNIX) as sock:
            return sock.connect_ex(str(self.socket)) == 0

    # -- WordPress

    def write_config(self, port: int, password: str) -> None:
        url = f"http://127.0.0.1:{port}"
        constants: dict[str, str | bool] = {
            "DB_NAME": "wordpress",
            "DB_USER": "wordpress",
            "DB_PASSWORD": password,
            "DB_HOST": f"localhost:{self.socket}",
            "DB_CHARSET": "utf8mb4",
            "DB_COLLATE": "",
            "WP_HOME": url,
            "WP_SITEURL": url,
            "WP_CONTENT_DIR": str(self.content),
            "WP_TEMP_DIR": str(self.content / "upgrade"),
            "WP_ENVIRONMENT_TYPE": "local",  # Application Passwords over plain http
            "DISABLE_WP_CRON": True,
            "WP_HTTP_BLOCK_EXTERNAL": True,
            "AUTOMATIC_UPDATER_DISABLED": True,
            "FS_METHOD": "direct",
            "WP_DEBUG": False,
        }
        for salt in ("AUTH", "SECURE_AUTH", "LOGGED_IN", "NONCE"):
            constants[f"{salt}_KEY"] = secrets.token_urlsafe(48)
            constants[f"{salt}_SALT"] = secrets.token_urlsafe(48)
        lines = ["<?php", f"// Instance {self.folder}, written by provision.py."]
        lines += [f"define({php_literal(name)}, {php_literal(value)});" for name, value in constants.items()]
        lines.append("$table_prefix = 'wp_';")
        self.config.write_text("\n".join(lines) + "\n")
        os.chmod(self.config, 0o640)
        if self.accounts.as_root:
            os.chown(self.config, 0, self.accounts.web.pw_gid)
        self.stub.write_text(f"<?php\nrequire {php_literal(str(self.config))};\n")
        os.chmod(self.stub, 0o644)

    def php_env(self) -> dict[str, str]:
        return {
            "PATH": "/usr/local/bin:/usr/bin:/bin",
            "HOME": str(self.folder),
            "LANG": "C.UTF-8",
            "WORDPRESS_CONFIG": self.name,
            "EW_WP_CONTENT_DIR": str(self.content),
            "PHP_CLI_SERVER_WORKERS": "4",  # one worker deadlocks WordPress's loopback requests
        }

    def install(self, port: int) -> dict[str, Any]:
        spec = {
            "url": f"http://127.0.0.1:{port}",
            "title": "Editorial Workstation test site",
            "users": [
                {"key": key, "login": login, "role": role, "email": f"{login}@example.test"}
                for key, (login, role) in USERS.items()
                if self.plugin or not role.startswith("ew_")  # the ew_ roles come with the plugin
            ],
        }
        spec_file = self.run_dir / "install.json"
        spec_file.write_text(json.dumps(spec))
        self.accounts.chown(spec_file, self.accounts.web)
        done = subprocess.run(
            ["php", *PHP_INI, str(self.bin / "install.php"), str(spec_file)],
            capture_output=True, text=True, env=self.php_env(), cwd=self.folder, check=False,
            **self.accounts.popen_user(self.accounts.web),
        )  # fmt: skip
        match = re.search(r"^EW-INSTALL-RESULT (.*)$", done.stdout, re.MULTILINE)
        if done.returncode != 0 or match is None:
            raise ProvisionError(
                f"install.php failed ({done.returncode}):\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
            )
        return dict(json.loads(match.group(1)))

    def start_web(self, port: int) -> subprocess.Popen[bytes]:
        log = self.logs / "php-server.log"
        ini = [*PHP_INI, "-d", f"error_log={self.logs / 'php.log'}"]
        process = start(
            ["php", *ini, "-S", f"127.0.0.1:{port}", "-t", str(WORDPRESS_ROOT), str(self.bin / "router.php")],
            log, env=self.php_env(), cwd=self.folder, **self.accounts.popen_user(self.accounts.web),
        )  # fmt: skip
        wait_until(lambda: port_accepts(port), process, "php -S", log)
        return process

    # -- commands

    def up(self, port: int | None) -> dict[str, Any]:
        state = self.read_state()
        if state is not None and self.is_running(state):
            return state
        if state is not None:
            self.down()
        self.prepare_folders()
        self.prepare_content()
        password = secrets.token_hex(16)
        chosen = port or free_port()
        self.write_config(chosen, password)
        db = self.start_database(password)
        state = {
            "folder": str(self.folder),
            "config": self.name,
            "port": chosen,
            "pids": {"mariadbd": db.pid},
        }
        self.write_state(state)
        try:
            users = self.install(chosen)["users"]
            web = self.start_web(chosen)
            state["pids"]["php"] = web.pid
            self.write_state(state)
            url = f"http://127.0.0.1:{chosen}"
            state.update(
                url=url, api_root=discover_api_root(url), users=users, wp_content_dir=str(self.content)
            )
        except BaseException:
            self.down()
            raise
        self.write_state(state)
        return state

    def down(self) -> None:
        state = self.read_state() or {}
        for pgid in state.get("pids", {}).values():
            stop_group(int(pgid))
        port = state.get("port")
        deadline = time.monotonic() + STOP_TIMEOUT
        while port and port_accepts(int(port)):
            if time.monotonic() > deadline:
                raise ProvisionError(f"port {port} is still taken after stopping the instance")
            time.sleep(0.05)
        self.stub.unlink(missing_ok=True)
        self.state.unlink(missing_ok=True)


PHP_INI = [
    "-d", "upload_max_filesize=64M", "-d", "post_max_size=64M", "-d", "memory_limit=512M",
    "-d", "opcache.enable_cli=1", "-d", "display_errors=stderr", "-d", "log_errors=1",
]  # fmt: skip


def php_literal(value: str | bool) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def discover_api_root(url: str) -> str:
    """The REST API root from the Link header of the home page (rel="https://api.w.org/")."""
    host, port = url.removeprefix("http://").split(":")
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while True:
        connection = http.client.HTTPConnection(host, int(port), timeout=10)
        try:
            connection.request("HEAD", "/")
            response = connection.getresponse()
            links = response.getheader("Link") or ""
        except OSError:
            links = ""
        finally:
            connection.close()
        match = re.search(r'<([^>]+)>;\s*rel="https://api\.w\.org/"', links)
        if match:
            return match.group(1)
        if time.monotonic() > deadline:
            raise ProvisionError(f"{url} sends no REST API Link header")
        time.sleep(0.1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = parser.add_subparsers(dest="command", required=True)
    up = sub.add_parser("up", help="start an instance in DIR and print its JSON description")
    up.add_argument("folder", type=Path)
    up.add_argument("--port", type=int, default=None, help="port on 127.0.0.1 (default: a free one)")
    up.add_argument("--without-plugin", action="store_true", help="no companion plugin, no newsroom users")
    down = sub.add_parser("down", help="stop the instance in DIR")
    down.add_argument("folder", type=Path)
    sub.add_parser("check", help="exit 1 and say what is missing when this machine cannot run an instance")
    args = parser.parse_args(argv)
    try:
        if args.command in ("up", "check"):
            missing = missing_requirements()
            if missing:
                raise ProvisionError(f"missing packages: {' '.join(missing)}; run {HERE / 'install-deps.sh'}")
            if not os.access(ETC_WORDPRESS, os.W_OK):
                raise ProvisionError(
                    f"cannot write {ETC_WORDPRESS}: run as root (Debian's wp-config.php reads it)"
                )
        if args.command == "up":
            instance = Instance(args.folder, plugin=not args.without_plugin)
            print(json.dumps(instance.up(args.port), indent=2))
        elif args.command == "check":
            print("ok")
        else:
            Instance(args.folder).down()
    except ProvisionError as error:
        print(f"provision.py: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
