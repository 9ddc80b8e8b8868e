"""What every page of a plan part does alike: follow the open plan, refresh when it changes
(at once if shown, else when next shown), save pending typing first, run commands."""

from PySide6.QtWidgets import QScrollArea, QWidget


def scrolling(widget: QWidget) -> QScrollArea:
    """`widget` in a scroll area: a page with big text scrolls rather than squeezing its fields."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(widget)
    return area


class PlanPartPage(QWidget):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.plan_id: int | None = None
        self._stale = False
        self._reloading = False
        session.plan_changed.connect(self._on_plan_changed)

    def show_plan(self, plan_id: int) -> None:
        self.flush()
        self.plan_id = plan_id
        self.reload()

    def reload(self) -> None:
        """Show the plan as it is now (subclasses)."""

    def flush(self) -> None:
        """Save what is still being typed (subclasses)."""

    def _on_plan_changed(self, plan_id: int) -> None:
        if plan_id != self.plan_id or self._reloading:
            return
        if self.isVisible():
            self._reload_safely()
        else:
            self._stale = True

    def _reload_safely(self) -> None:
        self._reloading = True
        try:
            self.reload()
        finally:
            self._reloading = False

    def showEvent(self, event) -> None:  # noqa: N802
        if self._stale and self.plan_id is not None:
            self._stale = False
            self._reload_safely()
        super().showEvent(event)

    def execute(self, command, message=None) -> str | None:
        """Run a command (after saving pending typing); show any problem at `message`."""
        self.flush()
        error = self.session.execute(command)
        if message is not None:
            message.show_message(error)
        return error
