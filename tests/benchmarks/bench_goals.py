"""Benchmark: goals with many steps, in the services, the charts, the pictures and the window.

Run:  QT_QPA_PLATFORM=offscreen python -m tests.benchmarks.bench_goals [--runs N] [--steps N]
Times are the mean of N runs in one process (after one warm-up), in milliseconds.
"""

import argparse
import os
import tempfile
import time


def _time(fn, runs: int) -> float:
    fn()
    start = time.perf_counter()
    for _ in range(runs):
        fn()
    return (time.perf_counter() - start) / runs * 1000


def main(argv=None) -> dict[str, float]:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--steps", type=int, default=500)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    from planner.charts.step_ladder import goal_ladder, ladder_goal_from_record
    from planner.export.goal_pictures import picture, ratings_chart_for, steps_chart
    from planner.services import goals, plan_files
    from ui.app import create_application, open_session
    from ui.commands.goals import SetStepStatusCommand
    from ui.main_window import MainWindow

    app = create_application()
    session = open_session(tempfile.mkdtemp())
    db = session.db
    plan_id = plan_files.add_example_plan(db)
    big = goals.add_goal(db, plan_id, "Big", steps=[f"Step number {i}, with a few words" for i in range(args.steps)])
    record = goals.get_goal(db, big.goal_id)
    document = plan_files.plan_document(db, plan_id)
    results = {
        "list_goals_ms": _time(lambda: goals.list_goals(db, plan_id), args.runs),
        "ladder_layout_ms": _time(lambda: goal_ladder(ladder_goal_from_record(record), 400, 700), args.runs),
        "steps_png_ms": _time(lambda: picture(steps_chart(document, "me"), 150), args.runs),
        "ratings_png_ms": _time(lambda: picture(ratings_chart_for(document, "me"), 150), args.runs),
    }
    window = MainWindow(session)
    window.resize(1280, 800)
    window.show()
    window.open_plan(plan_id)
    view = window.plan_view
    view.parts.setCurrentRow(next(i for i, p in enumerate(view.all_pages()) if p.objectName() == "part_goals"))
    page = view.stack.currentWidget()
    page.select_row(page.model.row_of(big.goal_id))
    page.tabs.setCurrentIndex(1)
    app.processEvents()
    results["goals_page_reload_ms"] = _time(lambda: (page.reload(), app.processEvents()), args.runs)

    def tick_and_undo():
        step = goals.get_goal(db, big.goal_id).steps[len(record.steps) // 2]
        session.execute(SetStepStatusCommand(session, plan_id, step, "done"))
        app.processEvents()
        session.undo_stack.undo()
        app.processEvents()

    results["tick_and_undo_ms"] = _time(tick_and_undo, args.runs)
    window.close()
    db.close()
    for name, value in results.items():
        print(f"{name}: {value:.1f}")
    return results


if __name__ == "__main__":
    main()
