"""Commands for check-ins, reviews and planning meetings (all undoable).

Add and change take the same fields as the services (see `planner.services.checkins`,
`reviews`, `meetings`); a change keeps the old values to put back on Undo.
"""

from PySide6.QtCore import QCoreApplication

from planner.services import checkins, meetings, reviews
from ui.commands.plan_items import AddItemCommand, EditItemCommand, RemoveItemCommand


class AddCheckinCommand(AddItemCommand):
    def __init__(self, session, plan_id: int, goal_id: int, fields: dict):
        db = session.db
        values = dict(fields)
        happened_on, happened = values.pop("happened_on"), values.pop("happened")
        super().__init__(
            session, plan_id, QCoreApplication.translate("HowItsGoingCommands", "Add a note on how it went"),
            add=lambda: checkins.add_checkin(db, goal_id, happened_on, happened, **values),
            remove=lambda record: checkins.remove_checkin(db, record.checkin_id),
            restore=lambda record: checkins.restore_checkin(db, record),
            table="checkin", find=lambda checkin_id: checkins.get_checkin(db, checkin_id),
        )


class EditCheckinCommand(EditItemCommand):
    def __init__(self, session, plan_id: int, checkin_id: int, old: dict, new: dict):
        super().__init__(session, plan_id, QCoreApplication.translate("HowItsGoingCommands", "Change a note on how it went"),
                         lambda **c: checkins.update_checkin(session.db, checkin_id, **c), old, new,
                         checked=("checkin", checkin_id),
                         take_out=lambda: RemoveCheckinCommand(session, plan_id, checkin_id))


class RemoveCheckinCommand(RemoveItemCommand):
    def __init__(self, session, plan_id: int, checkin_id: int):
        db = session.db
        super().__init__(session, plan_id, QCoreApplication.translate("HowItsGoingCommands", "Take a note off"),
                         remove=lambda: checkins.remove_checkin(db, checkin_id),
                         restore=lambda record: checkins.restore_checkin(db, record))


class AddReviewCommand(AddItemCommand):
    def __init__(self, session, plan_id: int, fields: dict):
        db = session.db
        values = dict(fields)
        held_on = values.pop("held_on")
        super().__init__(
            session, plan_id, QCoreApplication.translate("HowItsGoingCommands", "Add a review"),
            add=lambda: reviews.add_review(db, plan_id, held_on, **values),
            remove=lambda record: reviews.remove_review(db, record.review_id),
            restore=lambda record: reviews.restore_review(db, record),
            table="review", find=lambda review_id: reviews.get_review(db, review_id),
        )


class EditReviewCommand(EditItemCommand):
    def __init__(self, session, plan_id: int, review_id: int, old: dict, new: dict):
        super().__init__(session, plan_id, QCoreApplication.translate("HowItsGoingCommands", "Change a review"),
                         lambda **c: reviews.update_review(session.db, review_id, **c), old, new,
                         checked=("review", review_id),
                         take_out=lambda: RemoveReviewCommand(session, plan_id, review_id))


class RemoveReviewCommand(RemoveItemCommand):
    def __init__(self, session, plan_id: int, review_id: int):
        db = session.db
        super().__init__(session, plan_id, QCoreApplication.translate("HowItsGoingCommands", "Take a review off"),
                         remove=lambda: reviews.remove_review(db, review_id),
                         restore=lambda record: reviews.restore_review(db, record))


class AddMeetingCommand(AddItemCommand):
    def __init__(self, session, plan_id: int, fields: dict):
        db = session.db
        values = dict(fields)
        held_on = values.pop("held_on")
        super().__init__(
            session, plan_id, QCoreApplication.translate("HowItsGoingCommands", "Add a planning meeting"),
            add=lambda: meetings.add_meeting(db, plan_id, held_on, **values),
            remove=lambda record: meetings.remove_meeting(db, record.meeting_id),
            restore=lambda record: meetings.restore_meeting(db, record),
            table="meeting", find=lambda meeting_id: meetings.get_meeting(db, meeting_id),
        )


class EditMeetingCommand(EditItemCommand):
    def __init__(self, session, plan_id: int, meeting_id: int, old: dict, new: dict):
        super().__init__(session, plan_id, QCoreApplication.translate("HowItsGoingCommands", "Change a planning meeting"),
                         lambda **c: meetings.update_meeting(session.db, meeting_id, **c), old, new,
                         checked=("meeting", meeting_id),
                         take_out=lambda: RemoveMeetingCommand(session, plan_id, meeting_id))


class RemoveMeetingCommand(RemoveItemCommand):
    def __init__(self, session, plan_id: int, meeting_id: int):
        db = session.db
        super().__init__(session, plan_id, QCoreApplication.translate("HowItsGoingCommands", "Take a meeting off"),
                         remove=lambda: meetings.remove_meeting(db, meeting_id),
                         restore=lambda record: meetings.restore_meeting(db, record))
