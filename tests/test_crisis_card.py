"""The crisis card: wallet size, two sides, only what the person put on it, always fits."""

import io

from PIL import Image

from planner.charts.crisis_card import card_sides
from planner.charts.geometry import layout_problems
from planner.export.audience import for_audience
from planner.services import exports, plan_files
from tests import pdf_tools


def test_the_card_is_wallet_sized_with_two_sides(db):
    plan_id = plan_files.add_example_plan(db)
    pdf = exports.export_bytes(db, plan_id, "crisis-card-pdf")
    info = pdf_tools.info(pdf)
    assert info["Pages"] == "2" and info["Page size"].startswith("240.9")  # 85 x 55 mm
    assert all(embedded == "yes" for _name, embedded in pdf_tools.fonts(pdf))
    words = pdf_tools.text(pdf)
    assert "I stop going to the allotment" in words and "Anwen Hughes" in words
    picture = Image.open(io.BytesIO(exports.export_bytes(db, plan_id, "crisis-card-png")))
    assert picture.format == "PNG" and picture.width > 2 * picture.height


def test_only_items_on_the_card_and_nothing_escapes_the_card(db):
    plan_id = plan_files.add_example_plan(db)
    data = plan_files.plan_document(db, plan_id).data
    front, back = card_sides(data)
    assert layout_problems(front) == [] and layout_problems(back) == []
    text = front.all_text() + back.all_text()
    assert "I stop answering my phone, even to Anwen" not in text  # not marked for the card


def test_a_private_line_stays_off_a_team_card(db):
    plan_id = plan_files.add_example_plan(db)
    document = plan_files.plan_document(db, plan_id)
    document.data["plan"]["staying_well"]["what_helps"][0]["visibility"] = "private"
    team = for_audience(document, "team").data
    assert "A walk and a talk" not in "".join(side.all_text() for side in card_sides(team))


def test_an_empty_card_is_not_made_and_says_what_to_mark(db):
    import pytest

    from planner.charts.crisis_card import card_is_empty
    from planner.errors import PlannerError
    from planner.services import people

    added = people.add_person(db, "New Person")
    assert card_is_empty(plan_files.plan_document(db, added.plan_id).data)
    assert card_sides(plan_files.plan_document(db, added.plan_id).data) == ()
    for kind in ("crisis-card-pdf", "crisis-card-png"):
        with pytest.raises(PlannerError, match="Put this on my crisis card"):
            exports.export_bytes(db, added.plan_id, kind)


def test_the_command_line_says_so_in_one_line_and_makes_no_file(tmp_path):
    from planner.services import people
    from planner.storage.database import Database
    from tests.test_cli import assert_one_clear_line, smallsteps

    folder = tmp_path / "data"
    database = Database.open(folder)
    plan_id = people.add_person(database, "New Person").plan_id
    database.close()
    out = tmp_path / "card.pdf"
    made = smallsteps("export", str(plan_id), "--as", "crisis-card-pdf", "-o", str(out), data_dir=folder)
    assert_one_clear_line(made)
    assert "nothing for the crisis card" in made.stderr and not out.exists()


def test_a_contact_with_no_way_to_reach_them_is_said_in_words(db):
    plan_id = plan_files.add_example_plan(db)
    data = plan_files.plan_document(db, plan_id).data
    well = data["plan"]["staying_well"]
    for key in well:
        for item in well[key] or []:
            item["on_card"] = False
    well["contacts"][0].update(on_card=True, how="", name="Sam", relationship="my brother")
    sides = card_sides(data)
    assert len(sides) == 1  # only the side with something on it
    text = sides[0].all_text()
    assert "Sam (my brother): ask staff to ring Sam" in text and "Sam:" not in text
    assert "Please contact" in text


def test_a_huge_line_is_shortened_on_the_card_not_lost_in_the_plan(db):
    plan_id = plan_files.add_example_plan(db)
    data = plan_files.plan_document(db, plan_id).data
    data["plan"]["staying_well"]["early_signs"][0]["text"] = "ŵ " * 5000
    front, _back = card_sides(data)
    assert layout_problems(front) == []
    assert any(line.endswith("…") for box in front.text_boxes() for line in box.lines)
