"""Frames of an X server's root window, hashed, for the start-up races: grabbed in this process over one
connection with Xlib's ``XGetImage`` (what ``xwd -root`` does, without a process started for every frame). A
frame takes ~6 ms here where an ``xwd`` process took 20-60 ms and a core of its own while the programs watched
start, so a program's last change is seen within a few milliseconds of reaching the screen."""

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


_ErrorHandler = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)


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
    return x


class RootFrames:
    """``grab()`` hashes the root window of X ``display`` as it is now; ``close()`` (or leaving a ``with``)
    closes the connection."""

    def __init__(self, display: str) -> None:
        self._x = _xlib()
        self._errors: list[int] = []

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

    def grab(self) -> str:
        """The root window's pixels, hashed (CRC-32 and Adler-32 of the image: 64 bits, ~1 ms for 5 MB)."""
        width, height = self._size
        image = self._x.XGetImage(self._display, self._root, 0, 0, width, height, _ALL_PLANES, _Z_PIXMAP)
        if not image:
            raise GrabFailed(f"XGetImage of the root window failed ({len(self._errors)} X error(s))")
        try:
            head = image.contents
            pixels = (ctypes.c_char * (head.bytes_per_line * head.height)).from_address(head.data)
            return f"{zlib.crc32(pixels):08x}{zlib.adler32(pixels):08x}"
        finally:
            self._x.XDestroyImage(image)

    def close(self) -> None:
        if self._display:
            self._x.XCloseDisplay(self._display)
            self._display = None

    def __enter__(self) -> RootFrames:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()
