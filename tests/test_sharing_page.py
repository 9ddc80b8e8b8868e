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


def answer(monkeypatch, button: str, asked: list):
    """Drives the page's question through a patched exec: clicks `button` ("Share them" or
    "Don't share") and keeps what was asked."""
    from ui.pages import sharing_page

    def exec_(box):
        asked.append(box.text() + "\n" + box.informativeText())
        for choice in box.buttons():
            if choice.text() == button:
                choice.click()
        return 0

    monkeypatch.setattr(sharing_page.QMessageBox, "exec", exec_)


def test_a_whole_part_changes_visibility_and_undo_puts_it_back(window, monkeypatch):
    page = open_sharing(window)
    plan_id = page.plan_id
    db = window.session.db
    before = sharing.part_counts(db, plan_id, ["about_me"])["about_me"]
    asked = []
    answer(monkeypatch, "Share them", asked)
    page.set_part("about_me", "panel")
    after = sharing.part_counts(db, plan_id, ["about_me"])["about_me"]
    assert len(asked) == 1 and "will become visible to The panel" in asked[0]
    # "just me" answers are left as they were: shared one by one, never in bulk
    assert after["private"] == before["private"] > 0
    assert after["panel"] == sum(before.values()) - before["private"]
    assert "stayed as they are" in page.message.text()
    assert "The panel: " in page.part_rows["about_me"][0].text()
    window.undo_action.trigger()
    assert sharing.part_counts(db, plan_id, ["about_me"])["about_me"] == before


def test_widening_lists_what_becomes_visible_and_saying_no_changes_nothing(window, monkeypatch):
    page = open_sharing(window)
    db, plan_id = window.session.db, page.plan_id
    before = sharing.part_counts(db, plan_id, ["about_me"])["about_me"]
    change = sharing.preview_part_change(db, plan_id, "about_me", "panel")
    assert change.widened and change.kept_private
    asked = []
    answer(monkeypatch, "Don't share", asked)
    page.set_part("about_me", "panel")
    assert sharing.part_counts(db, plan_id, ["about_me"])["about_me"] == before
    first_item, seen_by = change.widened[0]
    assert first_item[:30] in asked[0] and "seen by" in asked[0]
    assert not any(private[:30] in asked[0].split("\n\n")[0] for private in change.kept_private)


def test_making_a_part_more_private_asks_nothing_and_takes_everything(window, monkeypatch):
    page = open_sharing(window)
    db, plan_id = window.session.db, page.plan_id
    asked = []
    answer(monkeypatch, "Share them", asked)
    page.set_part("about_me", "private")
    assert asked == []
    assert set(sharing.part_counts(db, plan_id, ["about_me"])["about_me"]) == {"private"}


def test_the_preview_is_shown_at_once(window, qtbot):
    page = open_sharing(window)
    qtbot.waitUntil(lambda: page.pdf.pageCount() > 0, timeout=30000)
    assert "This is what they will see" in page.status.text()


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


def test_the_fhir_bundle_is_in_the_list_for_every_audience_and_saves(window, qtbot, tmp_path, monkeypatch):
    import json

    from ui.pages import sharing_page

    page = open_sharing(window)
    for audience in ("me", "team", "panel"):
        page.audience.setCurrentIndex(page.audience.findData(audience))
        assert page.kind.findData("fhir-json") >= 0, audience
    page.kind.setCurrentIndex(page.kind.findData("fhir-json"))
    target = tmp_path / "leri"
    monkeypatch.setattr(sharing_page.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.save()
    qtbot.waitUntil(lambda: (tmp_path / "leri.json").exists(), timeout=30000)
    bundle = json.loads((tmp_path / "leri.json").read_text("utf-8"))
    assert bundle["type"] == "document" and bundle["meta"]["tag"][0]["code"] == "panel"
    assert "The ward was noisy" not in json.dumps(bundle)  # a private answer of the example plan
