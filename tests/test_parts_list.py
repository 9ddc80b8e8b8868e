"""The list of a plan's parts is wide enough for every part's name at any text size; its width
is measured again only when the names or the text size change."""

from PySide6.QtWidgets import QListWidgetItem

from ui.pages.plan_view import PartsList


def _widest(parts: PartsList) -> int:
    return max(parts.fontMetrics().horizontalAdvance(parts.item(row).text()) for row in range(parts.count()))


def test_the_list_is_as_wide_as_its_longest_name_after_each_change(qtbot):
    parts = PartsList()
    qtbot.addWidget(parts)
    for name in ("Me and my plan", "About me", "Sharing and exports"):
        parts.addItem(name)
    parts.show()
    first = parts.minimumSizeHint().width()
    assert first == parts.minimumSizeHint().width() >= _widest(parts)
    font = parts.font()
    font.setPointSizeF(font.pointSizeF() * 2)  # 200 % text
    parts.setFont(font)
    bigger = parts.minimumSizeHint().width()
    assert bigger > first and bigger >= _widest(parts)
    parts.addItem(QListWidgetItem("Fy nghefnogaeth a'm cyllideb, a rhagor o eiriau hir"))  # a longer name
    assert parts.minimumSizeHint().width() > bigger and parts.minimumSizeHint().width() >= _widest(parts)
    parts.item(parts.count() - 1).setText("Byr")  # renamed shorter (another language)
    assert parts.minimumSizeHint().width() == bigger
