"""A chart whose words are as big as the program's text, in a scroll area.

The chart is laid out for the width it is shown at (see `ChartView.set_layout`); when its words
need more room than the space has, it grows and this area scrolls, rather than the words
shrinking or being cut short.
"""

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QScrollArea

from ui.widgets.chart_view import ChartView


class ReadableChart(QScrollArea):
    def __init__(self, view: ChartView | None = None, parent=None):
        super().__init__(parent)
        self.view = view or ChartView()
        self.view.setMinimumSize(0, 0)
        self.view.space = self._space
        self.view.area = self  # named after the chart it shows
        self.setWidget(self.view)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the chart's words are also in the page's list
        self.viewport().installEventFilter(self)
        self._last: tuple[int, int] | None = None

    def _space(self) -> tuple[float, float]:
        size = self.viewport().size()
        return size.width(), size.height()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if watched is self.viewport() and event.type() == QEvent.Type.Resize:
            size = (event.size().width(), event.size().height())
            if size != self._last:  # a scroll bar coming and going lays it out once each way
                self._last = size
                self.view.relayout()
        return super().eventFilter(watched, event)

    # What the pages ask of their chart ---------------------------------------------------------

    def set_layout(self, layout, pictures=None, key=None) -> None:
        self.view.set_layout(layout, pictures, key)

    def chart(self):
        return self.view.chart()

    def text_at(self, x: float, y: float) -> str:
        return self.view.text_at(x, y)

    def follow_text_size(self) -> None:
        self.view.relayout()
