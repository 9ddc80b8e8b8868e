"""About me services: answers added, changed, moved, removed and put back; bad input refused."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.errors import InvalidInput, NotFound
from planner.pictures import sanitise_picture
from planner.services import about_me, people
from planner.services import pictures as picture_service
from tests.helpers import jpeg_bytes


@pytest.fixture
def plan_id(db):
    return people.add_person(db, "Nia").plan_id


def test_a_new_answer_is_private_and_kept_exactly(db, plan_id):
    text = "Rwy'n hoffi'r môr 🌊 a'r ŵyn yn y gwanwyn. Dŷ ni'n mynd bob haf.\nAil linell."
    answer = about_me.add_answer(db, plan_id, "home", "space", text)
    assert answer.visibility == "private"
    assert answer.text == text
    assert about_me.list_answers(db, plan_id) == [answer]


def test_a_very_long_answer_is_kept_whole(db, plan_id):
    text = ("Mae hyn yn hir iawn. " * 2600)[:50_000].strip()
    answer = about_me.add_answer(db, plan_id, "background", "big_moments", text)
    assert about_me.get_answer(db, answer.answer_id).text == text


@pytest.mark.parametrize("changes,field", [
    ({"area": "nowhere"}, "area"),
    ({"prompt": "not_a_prompt"}, "prompt"),
    ({"prompt": "space"}, "prompt"),  # a prompt of another area
    ({"text": "   "}, "text"),
    ({"text": "x" * 100_001}, "text"),
    ({"text": ["a list"]}, "text"),
    ({"tag": "loves"}, "tag"),
    ({"visibility": "everyone"}, "visibility"),
])
def test_bad_answers_are_refused_with_a_message_at_the_field(db, plan_id, changes, field):
    values = {"area": "background", "prompt": "growing_up", "text": "Words"} | changes
    with pytest.raises(InvalidInput) as raised:
        about_me.add_answer(db, plan_id, **values)
    assert raised.value.field == field
    assert about_me.list_answers(db, plan_id) == []


def test_control_characters_are_dropped_but_line_breaks_kept(db, plan_id):
    answer = about_me.add_answer(db, plan_id, "home", "", "one\x00two\x1b\nthree")
    assert answer.text == "onetwo\nthree"


def test_a_picture_alone_is_an_answer(db, plan_id):
    picture = picture_service.add_symbol(db, plan_id, "1F955", "Carrots")
    answer = about_me.add_answer(db, plan_id, "preferences", "enjoy", "", picture_id=picture.picture_id)
    assert answer.picture == picture and answer.text == ""
    with pytest.raises(InvalidInput):
        about_me.update_answer(db, answer.answer_id, picture_id=None)


def test_a_picture_of_another_plan_cannot_be_linked(db, plan_id):
    other = people.add_person(db, "Other").plan_id
    picture = picture_service.add_symbol(db, other, "1F955", "Carrots")
    with pytest.raises(InvalidInput):
        about_me.add_answer(db, plan_id, "home", "", "Hi", picture_id=picture.picture_id)


def test_update_changes_only_what_is_given(db, plan_id):
    answer = about_me.add_answer(db, plan_id, "home", "space", "A flat", "like")
    changed = about_me.update_answer(db, answer.answer_id, visibility="team", tag="")
    assert (changed.text, changed.tag, changed.visibility) == ("A flat", "", "team")
    with pytest.raises(InvalidInput):
        about_me.update_answer(db, answer.answer_id, area="home")
    with pytest.raises(NotFound):
        about_me.update_answer(db, 999_999, text="x")


def test_remove_and_restore_keeps_id_and_place(db, plan_id):
    ids = [about_me.add_answer(db, plan_id, "home", "space", f"Answer {i}").answer_id for i in range(4)]
    removed = about_me.remove_answer(db, ids[1])
    assert about_me.answer_order(db, plan_id, "home") == [ids[0], ids[2], ids[3]]
    about_me.restore_answer(db, removed)
    assert about_me.answer_order(db, plan_id, "home") == ids
    assert about_me.get_answer(db, ids[1]) == removed


def test_move_within_the_same_question_and_undo(db, plan_id):
    a = about_me.add_answer(db, plan_id, "home", "space", "A").answer_id
    b = about_me.add_answer(db, plan_id, "home", "comfort", "B").answer_id
    c = about_me.add_answer(db, plan_id, "home", "space", "C").answer_id
    before = about_me.move_answer(db, c, -1)
    assert before == [a, b, c]
    order = about_me.answer_order(db, plan_id, "home")
    assert order.index(c) < order.index(a)  # C moved above A; B is another question
    with pytest.raises(InvalidInput):
        about_me.move_answer(db, c, -1)  # already at the top of its question
    with pytest.raises(InvalidInput):
        about_me.move_answer(db, c, 5)
    about_me.set_answer_order(db, plan_id, "home", before)
    assert about_me.answer_order(db, plan_id, "home") == [a, b, c]
    with pytest.raises(InvalidInput):
        about_me.set_answer_order(db, plan_id, "home", [a, b])


def test_area_counts_and_order_of_areas(db, plan_id):
    about_me.add_answer(db, plan_id, "desirable_future", "hopes", "Later")
    about_me.add_answer(db, plan_id, "background", "growing_up", "First")
    counts = about_me.area_counts(db, plan_id)
    assert counts["background"] == 1 and counts["desirable_future"] == 1 and counts["home"] == 0
    assert [a.text for a in about_me.list_answers(db, plan_id)] == ["First", "Later"]


def test_the_walk_through_place_is_remembered(db, plan_id):
    assert about_me.get_place(db, plan_id) is None
    about_me.set_place(db, plan_id, "home", "comfort")
    about_me.set_place(db, plan_id, "preferences", "dislike")
    assert about_me.get_place(db, plan_id) == about_me.Place("preferences", "dislike")
    with pytest.raises(InvalidInput):
        about_me.set_place(db, plan_id, "home", "enjoy")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(min_size=1, max_size=300))
def test_any_text_is_kept_or_refused_cleanly(db, plan_id, text):
    try:
        answer = about_me.add_answer(db, plan_id, "home", "", text)
    except InvalidInput as error:
        assert error.field == "text"
        return
    assert about_me.get_answer(db, answer.answer_id).text == answer.text
    about_me.remove_answer(db, answer.answer_id)


# Pictures ----------------------------------------------------------------------------------

def test_a_picture_needs_a_few_words(db, plan_id):
    with pytest.raises(InvalidInput) as raised:
        picture_service.add_symbol(db, plan_id, "1F955", "  ")
    assert raised.value.field == "description"
    with pytest.raises(InvalidInput):
        picture_service.add_symbol(db, plan_id, "not-a-symbol", "Carrot")
    with pytest.raises(InvalidInput):
        picture_service.add_photo(db, plan_id, b"GIF89a not a jpeg", "Me")
    assert picture_service.list_pictures(db, plan_id) == []


def test_a_picture_in_use_cannot_be_removed_and_a_removed_one_comes_back(db, plan_id):
    photo = picture_service.add_photo(db, plan_id, sanitise_picture(jpeg_bytes()), "The sea", "team")
    answer = about_me.add_answer(db, plan_id, "home", "", "Hi", picture_id=photo.picture_id)
    assert picture_service.uses_of_picture(db, photo.picture_id) == 1
    with pytest.raises(InvalidInput):
        picture_service.remove_picture(db, photo.picture_id)
    about_me.remove_answer(db, answer.answer_id)
    removed = picture_service.remove_picture(db, photo.picture_id)
    assert picture_service.list_pictures(db, plan_id) == []
    assert picture_service.restore_picture(db, removed) == photo
    assert picture_service.photo_jpeg(db, photo.picture_id) == removed.jpeg


def test_update_picture_and_profile_photo(db, plan_id):
    photo = picture_service.add_photo(db, plan_id, sanitise_picture(jpeg_bytes()), "Me")
    changed = picture_service.update_picture(db, photo.picture_id, description="Me, smiling", visibility="panel")
    assert (changed.description, changed.visibility) == ("Me, smiling", "panel")
    with pytest.raises(InvalidInput):
        picture_service.update_picture(db, photo.picture_id, kind="photo")
    jpeg = picture_service.photo_jpeg(db, photo.picture_id)
    picture_service.set_profile_photo(db, plan_id, jpeg, "Me, smiling")
    assert picture_service.profile_photo(db, plan_id) == picture_service.ProfilePhoto(jpeg, "Me, smiling")
    picture_service.set_profile_photo(db, plan_id, None, "")
    assert picture_service.profile_photo(db, plan_id).jpeg is None


def test_removing_a_plan_takes_its_answers_and_pictures(db, plan_id):
    person = people.add_person(db, "Gone")
    picture = picture_service.add_symbol(db, person.plan_id, "1F955", "Carrots")
    about_me.add_answer(db, person.plan_id, "home", "", "x", picture_id=picture.picture_id)
    people.remove_person(db, person.person_id)
    people.purge_removed(db)
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM picture").scalar() == 0
        assert connection.exec_driver_sql("SELECT count(*) FROM about_me_answer").scalar() == 0
