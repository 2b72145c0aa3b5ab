"""Frames of an X server's root window, hashed, for the start-up races: grabbed in this process over one
connection (what ``xwd -root`` does, without a process started for every frame), into shared memory (MIT-SHM)
where the server offers it: a frame takes ~2 ms of the cores here, where an ``xwd`` process took 20-60 ms and a core
of its own while the programs watched started, so a program's last change is seen within a few milliseconds of
reaching the screen and the watching takes little from the programs watched."""

from __future__ import annotations

import ctypes
import ctypes.util
import zlib
from types import TracebackType

_Z_PIXMAP = 2
_ALL_PLANES = 0xFFFFFFFF


class GrabFailed(RuntimeError):
    """The X server did not answer a frame grab."""


class _XImage(ctypes.Structure):
    """The head of Xlib's ``XImage`` (only what a grab reads)."""

    _fields_ = [
        ("width", ctypes.c_int),
        ("height", ctypes.c_int),
        ("xoffset", ctypes.c_int),
        ("format", ctypes.c_int),
        ("data", ctypes.c_void_p),
        ("byte_order", ctypes.c_int),
        ("bitmap_unit", ctypes.c_int),
        ("bitmap_bit_order", ctypes.c_int),
        ("bitmap_pad", ctypes.c_int),
        ("depth", ctypes.c_int),
        ("bytes_per_line", ctypes.c_int),
        ("bits_per_pixel", ctypes.c_int),
    ]


class _ShmSegment(ctypes.Structure):
    """Xlib's ``XShmSegmentInfo``."""

    _fields_ = [
        ("shmseg", ctypes.c_ulong),
        ("shmid", ctypes.c_int),
        ("shmaddr", ctypes.c_void_p),
        ("readOnly", ctypes.c_int),
    ]


_ErrorHandler = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)
_IPC_PRIVATE, _IPC_CREAT, _IPC_RMID = 0, 0o1000, 0


def _xlib() -> ctypes.CDLL:
    name = ctypes.util.find_library("X11")
    if name is None:
        raise GrabFailed("libX11 is not installed")
    x = ctypes.CDLL(name)
    x.XOpenDisplay.restype = ctypes.c_void_p
    x.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x.XCloseDisplay.argtypes = [ctypes.c_void_p]
    x.XDefaultScreen.argtypes = [ctypes.c_void_p]
    x.XRootWindow.restype = ctypes.c_ulong
    x.XRootWindow.argtypes = [ctypes.c_void_p, ctypes.c_int]
    x.XDisplayWidth.argtypes = [ctypes.c_void_p, ctypes.c_int]
    x.XDisplayHeight.argtypes = [ctypes.c_void_p, ctypes.c_int]
    x.XGetImage.restype = ctypes.POINTER(_XImage)
    x.XGetImage.argtypes = [
        ctypes.c_void_p,
        ctypes.c_ulong,
        ctypes.c_int,
        ctypes.c_int,
        ctypes.c_uint,
        ctypes.c_uint,
        ctypes.c_ulong,
        ctypes.c_int,
    ]
    x.XDestroyImage.argtypes = [ctypes.POINTER(_XImage)]
    x.XSetErrorHandler.restype = ctypes.c_void_p
    x.XSetErrorHandler.argtypes = [_ErrorHandler]
    x.XDefaultVisual.restype = ctypes.c_void_p
    x.XDefaultVisual.argtypes = [ctypes.c_void_p, ctypes.c_int]
    x.XDefaultDepth.argtypes = [ctypes.c_void_p, ctypes.c_int]
    x.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
    return x


def _xext() -> ctypes.CDLL | None:
    name = ctypes.util.find_library("Xext")
    if name is None:
        return None
    ext = ctypes.CDLL(name)
    ext.XShmQueryExtension.argtypes = [ctypes.c_void_p]
    ext.XShmCreateImage.restype = ctypes.POINTER(_XImage)
    ext.XShmCreateImage.argtypes = [
        ctypes.c_void_p,
        ctypes.c_void_p,
        ctypes.c_uint,
        ctypes.c_int,
        ctypes.c_void_p,
        ctypes.POINTER(_ShmSegment),
        ctypes.c_uint,
        ctypes.c_uint,
    ]
    ext.XShmAttach.argtypes = [ctypes.c_void_p, ctypes.POINTER(_ShmSegment)]
    ext.XShmDetach.argtypes = [ctypes.c_void_p, ctypes.POINTER(_ShmSegment)]
    ext.XShmGetImage.argtypes = [
        ctypes.c_void_p,
        ctypes.c_ulong,
        ctypes.POINTER(_XImage),
        ctypes.c_int,
        ctypes.c_int,
        ctypes.c_ulong,
    ]
    return ext


class _Shared:
    """One image in a shared-memory segment the X server copies the root window into."""

    def __init__(self, x: ctypes.CDLL, ext: ctypes.CDLL, display: int, screen: int, size: tuple[int, int]):
        self._x, self._ext, self._display = x, ext, display
        libc = ctypes.CDLL(None, use_errno=True)
        libc.shmget.argtypes = [ctypes.c_int, ctypes.c_size_t, ctypes.c_int]
        libc.shmat.restype = ctypes.c_void_p
        libc.shmat.argtypes = [ctypes.c_int, ctypes.c_void_p, ctypes.c_int]
        libc.shmdt.argtypes = [ctypes.c_void_p]
        libc.shmctl.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_void_p]
        self._libc = libc
        self.segment = _ShmSegment()
        visual, depth = x.XDefaultVisual(display, screen), x.XDefaultDepth(display, screen)
        self.image = ext.XShmCreateImage(display, visual, depth, _Z_PIXMAP, None, self.segment, *size)
        if not self.image:
            raise GrabFailed("XShmCreateImage failed")
        head = self.image.contents
        self.size = head.bytes_per_line * head.height
        self.segment.shmid = libc.shmget(_IPC_PRIVATE, self.size, _IPC_CREAT | 0o600)
        if self.segment.shmid < 0:
            x.XDestroyImage(self.image)
            raise GrabFailed(f"shmget failed (errno {ctypes.get_errno()})")
        address = libc.shmat(self.segment.shmid, None, 0)
        if address in (None, ctypes.c_void_p(-1).value):  # shmat's (void *) -1
            libc.shmctl(self.segment.shmid, _IPC_RMID, None)
            x.XDestroyImage(self.image)
            raise GrabFailed(f"shmat failed (errno {ctypes.get_errno()})")
        self.segment.shmaddr = head.data = address
        self.segment.readOnly = 0
        attached = ext.XShmAttach(display, self.segment)
        x.XSync(display, 0)
        libc.shmctl(self.segment.shmid, _IPC_RMID, None)  # freed once both sides detach
        if not attached:
            self.close()
            raise GrabFailed("XShmAttach failed")

    def grab(self, root: int) -> ctypes.Array[ctypes.c_char]:
        if not self._ext.XShmGetImage(self._display, root, self.image, 0, 0, _ALL_PLANES):
            raise GrabFailed("XShmGetImage of the root window failed")
        return (ctypes.c_char * self.size).from_address(self.segment.shmaddr)

    def close(self) -> None:
        self._ext.XShmDetach(self._display, self.segment)
        self._x.XSync(self._display, 0)
        self.image.contents.data = None  # the segment is not Xlib's to free
        self._x.XDestroyImage(self.image)
        self._libc.shmdt(self.segment.shmaddr)


def _digest(pixels: ctypes.Array[ctypes.c_char]) -> str:
    return f"{zlib.crc32(pixels):08x}{zlib.adler32(pixels):08x}"


class RootFrames:
    """``grab()`` hashes the root window of X ``display`` as it is now; ``close()`` (or leaving a ``with``)
    closes the connection."""

    def __init__(self, display: str) -> None:
        self._x = _xlib()
        self._errors: list[int] = []
        self._shared: _Shared | None = None

        def on_error(_display: int | None, _event: int | None) -> int:
            self._errors.append(1)  # Xlib's default handler would end the process
            return 0

        self._on_error = _ErrorHandler(on_error)  # kept: Xlib holds only the pointer
        self._x.XSetErrorHandler(self._on_error)
        self._display = self._x.XOpenDisplay(display.encode())
        if not self._display:
            raise GrabFailed(f"cannot open X display {display}")
        screen = self._x.XDefaultScreen(self._display)
        self._root = self._x.XRootWindow(self._display, screen)
        self._size = (
            self._x.XDisplayWidth(self._display, screen),
            self._x.XDisplayHeight(self._display, screen),
        )
        ext = _xext()
        if ext is not None and ext.XShmQueryExtension(self._display):
            try:
                self._shared = _Shared(self._x, ext, self._display, screen, self._size)
            except GrabFailed:
                self._shared = None  # each frame through the connection instead

    def grab(self) -> str:
        """The root window's pixels, hashed (CRC-32 and Adler-32 of the image: 64 bits, ~1 ms for 5 MB)."""
        if self._shared is not None:
            return _digest(self._shared.grab(self._root))
        width, height = self._size
        image = self._x.XGetImage(self._display, self._root, 0, 0, width, height, _ALL_PLANES, _Z_PIXMAP)
        if not image:
            raise GrabFailed(f"XGetImage of the root window failed ({len(self._errors)} X error(s))")
        try:
            head = image.contents
            return _digest((ctypes.c_char * (head.bytes_per_line * head.height)).from_address(head.data))
        finally:
            self._x.XDestroyImage(image)

    def close(self) -> None:
        if self._shared is not None:
            self._shared.close()
            self._shared = None
        if self._display:
            self._x.XCloseDisplay(self._display)
            self._display = None

    def __enter__(self) -> RootFrames:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()
