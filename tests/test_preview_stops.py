"""A preview nobody waits for stops: the person left the Sharing page or opened another plan
while a huge plan's preview was being made on a worker thread, which held back every page they
turned to (measured: the 100x plan's life story took 4-7 s to show instead of 0.6 s). A save is
always made whole, and coming back to the page makes the preview again."""

import threading

import pytest

from planner.export.stopping import NoLongerWanted
from planner.services import exports, plan_files


@pytest.fixture
def example(db):
    return plan_files.add_document(db, plan_files.example_document())


def _counting(after: int):
    """still_wanted: True for the first `after` questions, then False; and how often asked."""
    asked = []

    def still_wanted() -> bool:
        asked.append(1)
        return len(asked) <= after

    return still_wanted, asked


def test_an_export_nobody_waits_for_stops_part_way(db, example):
    filtered = exports.filtered_document(db, example, "my-plan-pdf")
    everything, asked = _counting(10**9)
    whole = exports.make("my-plan-pdf", filtered, still_wanted=everything)
    assert len(asked) > 100  # asked as the pages are made, not once
    still_wanted, _asked = _counting(len(asked) // 2)
    with pytest.raises(NoLongerWanted):
        exports.make("my-plan-pdf", filtered, still_wanted=still_wanted)
    # Wanted throughout, or with nobody saying: the very same file.
    assert exports.make("my-plan-pdf", filtered, invariant=True) == exports.make(
        "my-plan-pdf", filtered, still_wanted=lambda: True, invariant=True)
    assert whole.startswith(b"%PDF")


@pytest.mark.parametrize("kind", ["my-plan-pdf", "poster-png", "crisis-card-pdf", "fhir-json"])
def test_an_export_not_wanted_from_the_start_makes_nothing(db, example, kind):
    filtered = exports.filtered_document(db, example, kind)
    with pytest.raises(NoLongerWanted):
        exports.make(kind, filtered, still_wanted=lambda: False)


def test_both_languages_stop_too(db, example):
    filtered = exports.filtered_document(db, example, "easy-read-pdf")
    still_wanted, _asked = _counting(3)
    with pytest.raises(NoLongerWanted):
        exports.make("easy-read-pdf", filtered, language="cy+en", still_wanted=still_wanted)


def test_a_command_is_never_stopped(db, example, tmp_path):
    """Outside a preview nobody asks: the stop of one thread's preview never reaches another."""
    from planner.export import stopping

    stopped = threading.Event()

    def preview():
        with stopping.while_wanted(lambda: False):
            stopped.set()
            threading.Event().wait(0.5)

    thread = threading.Thread(target=preview)
    thread.start()
    stopped.wait(5)
    out = exports.export(db, example, "my-plan-pdf", tmp_path / "plan.pdf")
    thread.join()
    assert out.read_bytes().startswith(b"%PDF")


def _open_sharing(window):
    window.caseload.example_button.click()
    view = window.plan_view
    row = view.row_of("sharing")
    view.parts.setCurrentRow(row)
    return view, view.page_at(row)


def _held_back(monkeypatch):
    """Previews wait at the start until released (so one is surely still being made)."""
    from ui.pages import sharing_page

    release, started = threading.Event(), threading.Event()
    real = sharing_page.exports.make

    def make(*args, **kwargs):
        started.set()
        release.wait(20)
        return real(*args, **kwargs)

    monkeypatch.setattr(sharing_page.exports, "make", make)
    return release, started


def test_leaving_the_page_stops_its_preview_and_coming_back_makes_it_again(window, qtbot, monkeypatch):
    from PySide6.QtCore import QThreadPool

    release, started = _held_back(monkeypatch)
    view, page = _open_sharing(window)
    qtbot.waitUntil(started.is_set, timeout=20000)
    running = [job for job in page._jobs if not job.finished]
    assert running and all(job.wanted for job in running)
    done = []
    page.export_made.connect(lambda: done.append(1))
    view.parts.setCurrentRow(view.row_of("about_me"))  # the person moves on
    assert not any(job.wanted for job in running)
    release.set()
    QThreadPool.globalInstance().waitForDone(30_000)
    qtbot.wait(50)
    assert page.pdf.pageCount() == 0  # nothing made, nothing shown
    assert not page._blob
    view.parts.setCurrentRow(view.row_of("sharing"))  # and comes back
    qtbot.waitUntil(lambda: page.pdf.pageCount() > 0, timeout=30000)
    assert "This is what they will see" in page.status.text()


def test_leaving_the_page_never_stops_a_save(window, qtbot, monkeypatch, tmp_path):
    from ui.pages import sharing_page

    view, page = _open_sharing(window)
    qtbot.waitUntil(lambda: page.pdf.pageCount() > 0, timeout=30000)
    release, started = _held_back(monkeypatch)
    target = tmp_path / "for-eleri"
    monkeypatch.setattr(sharing_page.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.save()
    qtbot.waitUntil(started.is_set, timeout=20000)
    view.parts.setCurrentRow(view.row_of("goals"))
    release.set()
    qtbot.waitUntil(lambda: (tmp_path / "for-eleri.pdf").exists(), timeout=30000)
    assert (tmp_path / "for-eleri.pdf").read_bytes()[:4] == b"%PDF"
