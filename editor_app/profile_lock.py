"""One workstation window per profile: a lock file in the profile folder, and who holds a profile or its database.

The lock is a BSD ``flock`` on ``editor-app.lock``: the kernel drops it when the holder exits or crashes, so a
lock left behind by a crash is stale by construction (the next start takes it over and logs who had it). The
file records the holder (pid, host, start time, the name of its hand-over socket) for the message a second
start shows. Linux's ``/proc/locks`` names the processes holding SQLite's locks on a busy database.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import logging
import os
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: no lock, every start proceeds
    fcntl = None  # type: ignore[assignment]

log = logging.getLogger(__name__)

LOCK_NAME = "editor-app.lock"


def this_host() -> str:
    """This machine's name, as locks record it: the kernel's node name where there is one (what
    ``socket.gethostname`` answers there, without loading the socket module before the window)."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket

    return socket.gethostname()


def server_name(folder: Path) -> str:
    """The local-socket name of the workstation holding ``folder`` (per user and per profile)."""
    digest = hashlib.sha256(str(folder.resolve()).encode("utf-8")).hexdigest()[:16]
    uid = os.getuid() if hasattr(os, "getuid") else 0
    return f"editor-app-{uid}-{digest}"


@dataclass(frozen=True, slots=True)
class Holder:
    pid: int
    host: str
    started: str = ""
    server: str = ""

    def describe(self) -> str:
        return f"process {self.pid} on {self.host}"

    @property
    def on_this_host(self) -> bool:
        return self.host == this_host()

    @property
    def alive(self) -> bool:
        """True when the holder runs on this machine and its process exists (unknown elsewhere: True)."""
        if not self.on_this_host:
            return True
        return pid_alive(self.pid)


def pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return pid > 0


class ProfileInUse(Exception):
    """Another workstation has the profile open."""

    def __init__(self, folder: Path, holder: Holder | None) -> None:
        who = holder.describe() if holder is not None else "another process"
        super().__init__(f"The profile {folder} is already open in Editorial Workstation ({who}).")
        self.folder = folder
        self.holder = holder


def read_holder(folder: Path) -> Holder | None:
    """What the lock file says about its last holder (it may have exited since)."""
    try:
        data = json.loads((folder / LOCK_NAME).read_text(encoding="utf-8"))
        return Holder(int(data["pid"]), str(data["host"]), str(data.get("started", "")), str(data["server"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


class ProfileLock:
    """The held lock; ``release()`` (or process exit) frees it. ``held`` is False for a read-only profile,
    where no lock file can be written and no instance can change anything."""

    def __init__(self, folder: Path, fd: int | None, stale: Holder | None = None) -> None:
        self.folder = folder
        self._fd = fd
        self.stale = stale
        """The holder recorded by a previous instance that ended without releasing (a crash)."""

    @property
    def held(self) -> bool:
        return self._fd is not None

    @classmethod
    def acquire(cls, folder: Path) -> ProfileLock:
        """Take the profile's lock or raise ProfileInUse naming the holder."""
        if fcntl is None:  # pragma: no cover
            return cls(folder, None)
        path = folder / LOCK_NAME
        try:
            folder.mkdir(parents=True, exist_ok=True)
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            if exc.errno not in (errno.EROFS, errno.EACCES, errno.EPERM, errno.ENOSPC):
                raise
            return cls._read_only(folder, path)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise ProfileInUse(folder, read_holder(folder)) from None
        previous = read_holder(folder)
        stale = previous if previous is not None and previous.pid != os.getpid() else None
        if stale is not None:
            log.warning(
                "took over the profile lock left by %s (it ended without releasing it)", stale.describe()
            )
        record = {
            "pid": os.getpid(),
            "host": this_host(),
            "started": datetime.now(UTC).isoformat(timespec="seconds"),
            "server": server_name(folder),
        }
        try:
            os.ftruncate(fd, 0)
            os.pwrite(fd, json.dumps(record).encode("utf-8"), 0)
        except OSError as exc:  # a full disk: the lock holds, only the description is missing
            log.warning("could not record the profile lock holder: %s", exc)
        return cls(folder, fd, stale)

    @classmethod
    def _read_only(cls, folder: Path, path: Path) -> ProfileLock:
        """A profile whose lock file cannot be written: refuse only if a writing instance holds it."""
        try:
            fd = os.open(path, os.O_RDONLY)
        except OSError:
            return cls(folder, None)
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            raise ProfileInUse(folder, read_holder(folder)) from None
        finally:
            os.close(fd)
        return cls(folder, None)

    def release(self) -> None:
        """Let the profile go: the record is emptied first (a record left behind means a crash), then closing
        the file drops the lock; the empty file stays."""
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.ftruncate(self._fd, 0)
            os.close(self._fd)
            self._fd = None


def profile_holder(folder: Path) -> Holder | None:
    """The workstation holding ``folder`` now, or None (read from the lock file and /proc/locks)."""
    holder = read_holder(folder)
    if holder is None or not holder.alive:
        return None
    lock_file = folder / LOCK_NAME
    pids = lock_pids([lock_file], kind="FLOCK")
    if pids is not None and holder.on_this_host and holder.pid not in pids:
        return None
    return holder


def lock_pids(paths: Iterable[Path], *, kind: str = "", write_only: bool = False) -> set[int] | None:
    """Process ids holding a lock on any of ``paths`` per ``/proc/locks`` (None when it cannot be read)."""
    wanted: set[tuple[int, int, int]] = set()
    for path in paths:
        try:
            st = path.stat()
        except OSError:
            continue
        wanted.add((os.major(st.st_dev), os.minor(st.st_dev), st.st_ino))
    try:
        lines = Path("/proc/locks").read_text().splitlines()
    except OSError:
        return None
    pids: set[int] = set()
    for line in lines:
        fields = line.split()
        if "->" in fields:  # a waiter, not a holder
            continue
        if len(fields) < 6 or (kind and fields[1] != kind) or (write_only and fields[3] != "WRITE"):
            continue
        try:
            major, minor, inode = fields[5].split(":")
            key = (int(major, 16), int(minor, 16), int(inode))
            pid = int(fields[4])
        except ValueError:
            continue
        if key in wanted and pid > 0:
            pids.add(pid)
    return pids


def process_label(pid: int) -> str:
    """``Editorial Workstation (process 123)`` or ``sqlite3 (process 123)``."""
    try:
        argv = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
        words = [a.decode("utf-8", "replace") for a in argv if a]
    except OSError:
        words = []
    if any("editor_app" in w or "editor-app" in w for w in words):
        name = "Editorial Workstation"
    elif words:
        name = Path(words[0]).name
    else:
        name = "a program"
    return f"{name} (process {pid})"


def database_lock_holders(database: Path) -> str:
    """Who holds a write lock on the SQLite database at ``database`` (its file or its WAL index), or ''."""
    files = [database, database.with_name(database.name + "-shm")]
    pids = lock_pids(files, kind="POSIX", write_only=True) or set()
    pids.discard(os.getpid())
    return ", ".join(process_label(pid) for pid in sorted(pids))
