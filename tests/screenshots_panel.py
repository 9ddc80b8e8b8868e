"""Screenshots of the caseload with overdue reviews, the Reviews and the panel page, and a what
changed view, at 100 % and 200 % text.

Run:  QT_QPA_PLATFORM=offscreen python -m tests.screenshots_panel OUT_DIR
"""

import datetime as dt
import sys
import tempfile
from pathlib import Path


def main(out: Path) -> list[Path]:
    from PySide6.QtWidgets import QApplication

    from planner.services import about_me, frozen_copies, people, plan_files, plan_status, plans
    from ui import settings
    from ui.app import create_application, open_session
    from ui.dialogs.what_changed_dialog import WhatChangedDialog
    from ui.main_window import MainWindow

    out.mkdir(parents=True, exist_ok=True)
    app = create_application()
    session = open_session(tempfile.mkdtemp())
    db = session.db
    db.actor = "Priya Shah"
    today = dt.date.today()
    leri = plan_files.add_example_plan(db)
    frozen_copies.submit(db, leri)
    plans.update_plan(db, leri, title="Leri's plan: back to the allotment, one small step at a time (second go)")
    answer = about_me.add_answer(db, leri, "home", "", "I've started going to the plot on Saturdays with Gwen.",
                                 visibility="panel")
    assert answer
    plan_status.set_status(db, leri, "ready_for_panel", "2026-12-17")
    for name, days, status in (("Siân Morgan", 220, "active"), ("Dai Pugh", 170, "agreed"),
                               ("Gwen Parry", 100, "at_panel"), ("Owain ap Rhys", 60, "draft"),
                               ("Mair Evans", 30, "agreed_with_changes"), ("Huw Griffiths", 700, "ended")):
        plan_id = people.add_person(db, name).plan_id
        plans.update_plan(db, plan_id, started_on=today - dt.timedelta(days=days))
        note = "Start with 4 hours a week." if status == "agreed_with_changes" else ""
        plan_status.set_status(db, plan_id, status, "2026-12-03", note)
    window = MainWindow(session)
    window.resize(1200, 720)
    window.show()
    saved = []

    def settle():
        for _ in range(3):
            app.processEvents()
            app.sendPostedEvents()

    def shot(widget, name: str) -> None:
        settle()
        path = out / f"{name}.png"
        widget.grab().save(str(path))
        saved.append(path)

    for percent in (100, 200):
        settings.apply_text_size(app, percent)
        window.show_caseload()
        window.caseload.table.sortByColumn(1, window.caseload.table.horizontalHeader().sortIndicatorOrder())
        shot(window, f"caseload-reviews-{percent}")
        window.open_plan(leri)
        parts = window.plan_view.parts
        parts.setCurrentRow([r for r in range(parts.count()) if parts.item(r).text() == "Reviews and the panel"][0])
        shot(window, f"panel-page-{percent}")
        copy = frozen_copies.list_copies(db, leri)[0]
        dialog = WhatChangedDialog(session, leri, copy.copy_id, window)
        dialog.resize(1000, 640)
        dialog.show()
        shot(dialog, f"what-changed-{percent}")
        dialog.close()
    settings.apply_text_size(app, 100)
    window.close()
    QApplication.processEvents()
    return saved


if __name__ == "__main__":
    for path in main(Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots")):
        print(path)
