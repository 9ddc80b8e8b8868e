"""Keeping items of a list in the person's order (a `position` column), shared by the parts."""

from planner.errors import InvalidInput
from planner.i18n import _


def renumber(items: list) -> None:
    for index, item in enumerate(items):
        item.position = index


def insert(items: list, item, at: int | None) -> None:
    """Put `item` into `items` at `at` (None: the end), then renumber them all."""
    where = len(items) if at is None else max(0, min(int(at), len(items)))
    items.insert(where, item)
    renumber(items)


def move(items: list, item, step: int) -> list[int]:
    """Move `item` one place up (-1) or down (+1); returns the order before (ids), for Undo."""
    if step not in (-1, 1):
        raise InvalidInput(_("Things move one place at a time."), "position")
    before = [i.id for i in items]
    index = items.index(item)
    if not 0 <= index + step < len(items):
        raise InvalidInput(
            _("This is already at the top.") if step < 0 else _("This is already at the bottom."),
            "position",
        )
    items[index], items[index + step] = items[index + step], items[index]
    renumber(items)
    return before


def set_order(items: list, order: list[int]) -> None:
    """Put `items` in the order of `order` (every id, once)."""
    by_id = {i.id: i for i in items}
    if sorted(order) != sorted(by_id) or len(set(order)) != len(order):
        raise InvalidInput(_("The list has changed. Please try again."), "position")
    renumber([by_id[i] for i in order])
