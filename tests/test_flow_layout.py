"""A row of buttons that wraps keeps its heights for the widths asked (a page of many lists asks
hundreds of times), and works them out again whenever anything in it changes."""

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QPushButton, QWidget

from ui.widgets.flow_layout import FlowLayout, fixed_height_for_width


def _worked_out_afresh(flow: FlowLayout, width: int) -> int:
    return flow._arrange(QRect(0, 0, width, 0), move=False)


def test_the_height_kept_follows_every_change(qtbot):
    row = QWidget()
    qtbot.addWidget(row)
    flow = FlowLayout(row)
    buttons = [QPushButton(f"Button {n}") for n in range(4)]
    for button in buttons:
        flow.addWidget(button)
    fixed_height_for_width(row)
    row.show()
    width = buttons[0].sizeHint().width() * 2 + 20  # two buttons a row
    seen = []

    def check():
        height = flow.heightForWidth(width)
        assert height == flow.heightForWidth(width) == _worked_out_afresh(flow, width)
        seen.append(height)

    check()
    buttons[1].hide()
    buttons[2].hide()
    check()
    buttons[1].show()
    buttons[2].show()
    check()
    buttons[3].setText("Words long enough to need a row of their own " * 2)
    check()
    flow.takeAt(3)
    check()
    flow.addWidget(QPushButton("Back again"))
    check()
    font = row.font()
    font.setPointSize(font.pointSize() * 2)
    row.setFont(font)  # 200 % text
    check()
    assert seen[1] < seen[0] < seen[3] and seen[4] == seen[0] < seen[6]


def test_an_empty_row_is_no_height(qtbot):
    row = QWidget()
    qtbot.addWidget(row)
    flow = FlowLayout(row)
    assert flow.heightForWidth(300) == 0 == flow.heightForWidth(10)
