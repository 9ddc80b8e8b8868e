"""Sharing and exports: preview what each audience sees, change a part's visibility in one go,
save to a file without freezing the window."""

from planner.services import sharing


def open_sharing(window):
    window.caseload.example_button.click()
    view = window.plan_view
    for row in range(view.parts.count()):
        if view.all_pages()[row].objectName() == "part_sharing":
            view.parts.setCurrentRow(row)
            return view.all_pages()[row]
    raise AssertionError("no sharing page")


def test_preview_shows_the_pdf_for_the_chosen_audience(window, qtbot):
    page = open_sharing(window)
    page.audience.setCurrentIndex(page.audience.findData("panel"))
    assert page.kind.count() >= 1
    page.make_preview()
    qtbot.waitUntil(lambda: page.pdf.pageCount() > 0, timeout=20000)
    assert "This is what they will see" in page.status.text()
    assert page._blob.startswith(b"%PDF")


def test_save_writes_the_file(window, qtbot, tmp_path, monkeypatch):
    from ui.pages import sharing_page

    page = open_sharing(window)
    target = tmp_path / "leri"
    monkeypatch.setattr(sharing_page.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.save()
    qtbot.waitUntil(lambda: (tmp_path / "leri.pdf").exists(), timeout=20000)
    assert (tmp_path / "leri.pdf").read_bytes()[:4] == b"%PDF"
    assert "Saved to" in page.status.text()


def test_a_whole_part_changes_visibility_and_undo_puts_it_back(window):
    page = open_sharing(window)
    plan_id = page.plan_id
    before = sharing.part_counts(window.session.db, plan_id, ["about_me"])["about_me"]
    page.set_part("about_me", "panel")
    after = sharing.part_counts(window.session.db, plan_id, ["about_me"])["about_me"]
    assert set(after) == {"panel"} and sum(after.values()) == sum(before.values())
    assert "The panel: " in page.part_rows["about_me"][0].text()
    window.undo_action.trigger()
    assert sharing.part_counts(window.session.db, plan_id, ["about_me"])["about_me"] == before


def test_an_export_in_welsh_and_english_from_the_window(window, qtbot):
    """The plan's own language by default; Welsh, English or both can be chosen."""
    from tests import pdf_tools

    page = open_sharing(window)
    assert page.language.currentData() is None  # the plan's own
    assert [page.language.itemData(i) for i in range(page.language.count())] == [None, "en", "cy", "cy+en"]
    page.kind.setCurrentIndex(page.kind.findData("my-plan-pdf"))
    page.language.setCurrentIndex(page.language.findData("cy+en"))
    page.make_preview()
    qtbot.waitUntil(lambda: page._blob.startswith(b"%PDF"), timeout=60000)
    words = " ".join(pdf_tools.text(page._blob).split())
    assert words.index("Fi a fy nghynllun") < words.index("Me and my plan")
