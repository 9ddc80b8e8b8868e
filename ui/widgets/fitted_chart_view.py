"""A chart laid out afresh for the space it has, with its words as big as the program's text.

`planner` lays the chart out for a canvas size; this view asks for a canvas the shape of the
widget, measured so that a chart's ordinary text (10 units) shows at the program's text size.
Below a smallest canvas the chart is laid out at that size and scaled down, so its geometry is
always one that the layout tests have checked.
"""

from collections.abc import Callable

from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication

from planner.charts.geometry import Chart
from ui.widgets.chart_view import ChartView


class FittedChartView(ChartView):
    def __init__(self, smallest: tuple[float, float], largest: tuple[float, float] = (1600.0, 1600.0),
                 parent=None):
        super().__init__(parent)
        self._layout: Callable[[float, float], Chart] | None = None
        self._smallest, self._largest = smallest, largest

    def set_layout(self, layout: Callable[[float, float], Chart] | None) -> None:
        """`layout(width, height)` returns the chart for a canvas of that size (None: nothing)."""
        self._layout = layout
        self.relayout()

    def canvas_size(self) -> tuple[float, float]:
        pixels = QFontInfo(QApplication.font()).pixelSize() or 13
        per_unit = pixels / 10.0
        width = min(self._largest[0], max(self._smallest[0], self.width() / per_unit))
        height = min(self._largest[1], max(self._smallest[1], self.height() / per_unit))
        return round(width), round(height)

    def relayout(self) -> None:
        if self._layout is None:
            self.set_chart(None)
            self.update()
            return
        self.set_chart(self._layout(*self.canvas_size()))

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.relayout()

    def follow_text_size(self) -> None:
        """Called when the program's text size changes."""
        self.relayout()
