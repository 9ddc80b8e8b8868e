"""Bringing in a photo off the window's thread, so the window stays responsive.

Reading, checking and cleaning a photo (planner.pictures.read_picture_file) can take a second
or more for a big one; it runs in Qt's thread pool and reports back on the window's thread.
Only the newest request counts: choosing another photo while one is being read drops the first.
"""

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from planner.errors import PlannerError


class _Relay(QObject):
    """Carries a result from the worker thread back to the window's thread."""

    done = Signal(int, bytes)
    failed = Signal(int, str)


class _ReadPhoto(QRunnable):
    def __init__(self, token: int, path: str, relay: _Relay):
        super().__init__()
        self.token, self.path, self.relay = token, path, relay
        self.setAutoDelete(True)

    def run(self) -> None:
        from planner.pictures import read_picture_file

        try:
            jpeg = read_picture_file(self.path)
        except PlannerError as error:
            self.relay.failed.emit(self.token, error.message)
        except Exception:  # never let a hostile file take the program down
            self.relay.failed.emit(self.token, "")
        else:
            self.relay.done.emit(self.token, jpeg)


class PhotoImporter(QObject):
    """Start with `read(path)`; then `finished(jpeg)` or `failed(message)` is emitted."""

    started = Signal()
    finished = Signal(bytes)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None):
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._token = 0
        self._relay = _Relay(self)
        self._relay.done.connect(self._on_done)
        self._relay.failed.connect(self._on_failed)
        self.busy = False

    def read(self, path: str) -> None:
        self._token += 1
        self.busy = True
        self.started.emit()
        self._pool.start(_ReadPhoto(self._token, path, self._relay))

    def cancel(self) -> None:
        self._token += 1
        self.busy = False

    def _on_done(self, token: int, jpeg: bytes) -> None:
        if token == self._token:
            self.busy = False
            self.finished.emit(jpeg)

    def _on_failed(self, token: int, message: str) -> None:
        if token == self._token:
            self.busy = False
            self.failed.emit(message or self.tr(
                "Small Steps can't open this as a picture. "
                "Please choose a photo (JPEG, PNG, WebP, GIF or BMP)."
            ))
