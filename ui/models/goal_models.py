"""Qt list models over needs, goals, steps, check-ins, reviews and meetings.

Each shows plain records from `planner.services`; they never change data themselves. The step
list takes drags: a drop asks for the move (`move_requested`), and the page runs the command.
"""

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from planner.domain import counted_words
from planner.domain.goal_dates import plain_date
from planner.domain.goals import (
    domain_name,
    funding_label,
    goal_status_label,
    happened_label,
    review_kind_label,
    step_status_label,
    why_not_label,
)
from planner.domain.step_cost import format_pence
from planner.domain.visibility import visibility_label

ID_ROLE = Qt.ItemDataRole.UserRole + 1
# Roles as plain numbers: a view asks `data` for a dozen roles of every row it lays out, and
# comparing Qt's enums costs more than the answer (800 needs: 10,000 calls on showing the list).
_WORDS = frozenset(int(role) for role in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole))
_ID = int(ID_ROLE)
STEP_MIME = "application/x-smallsteps-step-row"
SIGNS = {"done": "✓", "doing": "▶", "todo": "○", "skipped": "↷"}


class RecordListModel(QAbstractListModel):
    """A read-only list of records; subclasses say how a record reads and what its id is."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._records: list = []
        self._words: dict[int, str] = {}  # row -> its words, made once (three roles ask for them)

    def describe(self, record) -> str:
        raise NotImplementedError

    def id_of(self, record) -> int:
        raise NotImplementedError

    def set_records(self, records) -> None:
        self.beginResetModel()
        self._records = list(records)
        self._words = {}
        self.endResetModel()

    def records(self) -> list:
        return list(self._records)

    def record_at(self, row: int):
        return self._records[row] if 0 <= row < len(self._records) else None

    def row_of(self, item_id: int | None) -> int:
        for row, record in enumerate(self._records):
            if self.id_of(record) == item_id:
                return row
        return -1

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._records)

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        role = int(role)
        if role not in _WORDS and role != _ID:
            return None
        row = index.row()
        if not index.isValid() or not 0 <= row < len(self._records):
            return None
        record = self._records[row]
        if role == _ID:
            return self.id_of(record)
        words = self._words.get(row)
        if words is None:
            words = self._words[row] = self.describe(record)
        return words


def _seen_by(visibility: str) -> str:
    return QCoreApplication.translate("GoalModels", "Seen by: {who}").format(who=visibility_label(visibility))


class NeedListModel(RecordListModel):
    def id_of(self, record) -> int:
        return record.need_id

    def describe(self, need) -> str:
        first = need.words.splitlines()[0] if need.words else ""
        return "\n".join([
            f"{domain_name(need.domain)}: {first}",
            self.tr("Paid for by: {stream}").format(stream=funding_label(need.funding_stream))
            + " · " + _seen_by(need.visibility),
        ])


class GoalListModel(RecordListModel):
    def id_of(self, record) -> int:
        return record.goal_id

    def describe(self, goal) -> str:
        title = ("★ " if goal.working_on_now else "") + goal.title
        status = goal_status_label(goal.status)
        if goal.working_on_now:
            status = self.tr("What I'm working on now") + " · " + status
        progress = goal.step_count().words()  # the one count every page, picture and PDF uses
        return "\n".join([title, f"{status} · {progress}"])


class StepListModel(RecordListModel):
    """A goal's steps, in order; drag one to move it (the page runs the move command)."""

    move_requested = Signal(int, int)  # step id, new position

    def id_of(self, record) -> int:
        return record.step_id

    def describe(self, step) -> str:
        details = [step_status_label(step.status)]
        if step.status == "done" and step.done_on:
            details[0] = self.tr("Done on {date}").format(date=plain_date(step.done_on))
        if step.who_helps:
            details.append(self.tr("with {who}").format(who=step.who_helps))
        if step.due_on and step.status not in ("done", "skipped"):
            details.append(self.tr("by {date}").format(date=plain_date(step.due_on)))
        if step.cost_pence:
            details.append(format_pence(step.cost_pence))
        return f"{SIGNS.get(step.status, '○')} {step.what}\n    " + " · ".join(details)

    def flags(self, index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [STEP_MIME]

    def mimeData(self, indexes) -> QMimeData:  # noqa: N802
        mime = QMimeData()
        rows = sorted({index.row() for index in indexes if index.isValid()})
        if rows:
            mime.setData(STEP_MIME, QByteArray(str(rows[0]).encode()))
        return mime

    def canDropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802
        return bool(data and data.hasFormat(STEP_MIME) and action == Qt.DropAction.MoveAction)

    def dropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802
        """Ask for the move, then refuse the drop itself: the list is rebuilt from the database once
        the move command has run (later, so the view is not changed in the middle of its drag)."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        try:
            source = int(bytes(data.data(STEP_MIME)).decode())
        except ValueError:
            return False
        record = self.record_at(source)
        if record is None:
            return False
        target = row if row >= 0 else (parent.row() if parent.isValid() else len(self._records))
        if target > source:
            target -= 1  # dropping below itself: the row leaves its own place first
        if target != source:
            step_id = record.step_id
            QTimer.singleShot(0, lambda: self.move_requested.emit(step_id, target))
        return False


class CheckinListModel(RecordListModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.step_names: dict[int, str] = {}

    def id_of(self, record) -> int:
        return record.checkin_id

    def describe(self, checkin) -> str:
        on = self.step_names.get(checkin.step_id, self.tr("the goal as a whole")) if checkin.step_id else \
            self.tr("the goal as a whole")
        lines = [f"{plain_date(checkin.happened_on)}: {happened_label(checkin.happened)} ({on})"]
        why = [why_not_label(r) for r in checkin.reasons] + ([checkin.other_reason] if checkin.other_reason else [])
        if why:
            lines.append(self.tr("Why not: {why}").format(why="; ".join(why)))
        if checkin.note:
            lines.append(checkin.note)
        return "\n".join(lines)


class ReviewListModel(RecordListModel):
    def id_of(self, record) -> int:
        return record.review_id

    def describe(self, review) -> str:
        lines = [f"{plain_date(review.held_on)}: {review_kind_label(review.kind)}"]
        if review.next_review_on:
            lines.append(self.tr("Next one: {date}").format(date=plain_date(review.next_review_on)))
        lines.append(_seen_by(review.visibility))
        return "\n".join(lines)


class MeetingListModel(RecordListModel):
    def id_of(self, record) -> int:
        return record.meeting_id

    def describe(self, meeting) -> str:
        where = f" — {meeting.place}" if meeting.place else ""
        lines = [f"{plain_date(meeting.held_on)}{where}"]
        if meeting.actions:
            lines.append(counted_words.actions_done(meeting.actions_done(), len(meeting.actions)))
        return "\n".join(lines)
