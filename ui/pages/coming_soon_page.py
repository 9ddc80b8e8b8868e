"""A part of the plan that is not built yet says so plainly: no pretend content."""

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.widgets.heading import Heading


class ComingSoonPage(QWidget):
    def __init__(self, title: str, what_it_will_do: str, parent=None):
        super().__init__(parent)
        self.heading = Heading(title)
        note = QLabel(
            self.tr("This part of Small Steps is not ready yet. It is coming in a later version.")
        )
        note.setWordWrap(True)
        plan = QLabel(what_it_will_do)
        plan.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(note)
        layout.addWidget(plan)
        layout.addStretch(1)

    def show_plan(self, plan_id: int) -> None:
        """Nothing to load yet."""
