"""Running slow, database-free work (making PDFs) off the window's thread, reporting back on it."""

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from planner.errors import PlannerError


class _Signals(QObject):
    progress = Signal(int, int, str)
    done = Signal(object)
    failed = Signal(str)


class Job(QRunnable):
    """Calls `work(progress)` on a worker thread; `signals.done` carries its result."""

    def __init__(self, work):
        super().__init__()
        self.setAutoDelete(False)  # the caller keeps it until its signals have been delivered
        self.work = work
        self.signals = _Signals()
        self.finished = False

    def run(self) -> None:
        try:
            result = self.work(lambda done, of, what: self.signals.progress.emit(done, of, what))
        except PlannerError as error:
            self.signals.failed.emit(error.message)
        except Exception as error:  # noqa: BLE001 (shown as a message, never a crash)
            self.signals.failed.emit(QCoreApplication.translate(
                "Workers", "Something went wrong while making it ({what}).").format(
                    what=type(error).__name__))
        else:
            self.signals.done.emit(result)
        finally:
            self.finished = True


def start(job: Job) -> Job:
    QThreadPool.globalInstance().start(job)
    return job
