"""What a screen reader sees and does: the real program, started once under Xvfb with Qt's
accessibility bridge on, read and driven only through AT-SPI (the tree Orca reads) and the
keyboard. No widget handles, no mouse.

- The tree: on the start window and on every part of the example plan, 0 controls without a name,
  0 combo boxes named only by their current choice, 0 names said twice for one control.
- Whole journeys a person makes, in order (each leaves the program where the next starts).

Needs Xvfb, dbus-daemon, at-spi2-core and xdotool (`bash .ci/setup --test` installs them).
"""

import time
from pathlib import Path

import pytest

from tests.atspi.client import Atspi
from tests.atspi.desktop import Desktop
from tests.atspi.screen import Screen

PARTS = ["Me and my plan", "About me", "My life story", "My people and places", "My week", "What I need",
         "My goals", "Staying well", "My support and budget", "How it's going", "Reviews and the panel",
         "Sharing and exports"]


@pytest.fixture(scope="module")
def screen():
    desktop = Desktop().start()
    try:
        desktop.start_program()
        atspi = Atspi(desktop.env["DBUS_SESSION_BUS_ADDRESS"])
        app = atspi.application("Small Steps")
        result = Screen(atspi, app, desktop.env)
        result.wait_for("Try an example plan", "push button", timeout=60)  # the plans are open
        result.give_window_the_keyboard()
        result.desktop = desktop
        yield result
        atspi.close()
    except BaseException:
        print(desktop.log()[-4000:])
        raise
    finally:
        desktop.stop()


@pytest.fixture(autouse=True)
def _clean_start(screen):
    """Each journey starts with no dialog open, whatever the one before left; and if the program
    stopped during a journey, that journey says so with the program's last words."""
    yield
    program = screen.desktop.processes[0]
    if program.poll() is not None:
        words = [line for line in screen.desktop.log().splitlines() if "Could not find accessible" not in line]
        pytest.fail(f"Small Steps stopped (exit code {program.returncode}); its last words:\n"
                    + "\n".join(words[-80:]), pytrace=False)
    screen.close_dialogs()


# The tree ---------------------------------------------------------------------------------------


def test_the_start_window_names_everything(screen):
    assert screen.problems() == []
    assert screen.find_all("Show", "combo box"), "the filter says what it is for"


def test_start_a_plan(screen):
    screen.press("Add a person")
    screen.wait_focus(role="text")  # the dialog asks for the name, with the keyboard in its field
    screen.type("Nia Jones")
    screen.key("Return")
    screen.wait_focus("Nia Jones", "cell")  # added, and chosen in the list of people
    screen.key("Return")  # open the plan
    screen.wait_for(role="label", contains="Nia Jones")
    screen.wait_focus(role="list item")  # the keyboard is in the plan's parts
    screen.press("Back to the list of people")
    screen.wait_for("Try an example plan", "push button")


def test_find_a_person_by_typing(screen):
    screen.press("Try an example plan")
    screen.wait_for("Parts of the plan", "list", timeout=30)
    screen.press("Back to the list of people")
    screen.focus("Search people by name", "text")
    screen.type("Nia")
    screen.wait_for(role="cell", contains="Nia Jones")
    assert not screen.find_all(role="cell", contains="Leri")
    screen.replace_text("Leri")
    screen.wait_for(role="cell", contains="Leri")
    screen.key("Tab", times=2)  # to the filter, then the list of people
    screen.key("Down")
    screen.wait_for(contains="Open Eleri", role="push button")  # the buttons say whose plan


def test_every_part_of_the_example_plan_names_everything(screen):
    screen.press(contains="Open Eleri", role="push button")
    screen.wait_for("Parts of the plan", "list", timeout=30)
    for title in PARTS:
        screen.go_to_part(title, PARTS)
        assert screen.problems() == [], title


def test_a_date_typed_in_numbers_is_read_back_in_words(screen):
    screen.go_to_part("Me and my plan", PARTS)
    screen.focus("Date of birth", "text")
    screen.replace_text("3/2/81")
    screen.key("Tab")
    field = screen.wait_for("Date of birth", "text")
    deadline = time.monotonic() + 10
    while screen.text(field) != "3 February 1981" and time.monotonic() < deadline:
        time.sleep(0.2)
    assert screen.text(field) == "3 February 1981"


def test_answer_an_about_me_question_with_a_symbol(screen):
    screen.go_to_part("About me", PARTS)
    screen.press("Walk through, one question at a time", role="radio button")
    screen.wait_focus("Your answer", "text")  # the walk puts the keyboard in the answer
    screen.type("A cup of tea in the shed")
    screen.press("Add a picture to this answer")
    screen.give_window_the_keyboard()
    screen.focus("Find a symbol by a word", "text")
    screen.type("tea")
    screen.key("Tab")  # to the symbols found: the first is chosen
    screen.wait_focus(role="list item")
    chosen = screen.wait_for(role="label", contains="Chosen: the symbol")
    screen.press_to_close("Use this picture")
    symbol = chosen.name.split("“")[-1].rstrip("”.")
    screen.wait_for(role="label", contains=f"Picture: {symbol}")
    screen.wait_for(role="push button", contains="Take the picture off this answer")


def test_add_a_life_story_moment_share_it_then_undo_and_redo(screen):
    screen.go_to_part("My life story", PARTS)
    screen.key("Tab")  # from the parts to the page
    screen.key("n", "ctrl")  # Ctrl+N: a new moment, the keyboard in its words
    screen.wait_focus("What happened", "text")
    screen.type("Learnt to swim")
    screen.key("Tab")
    screen.wait_for(role="list item", contains="Learnt to swim")
    screen.focus("Who can see this moment", "combo box")
    screen.key("Down")  # just me -> my support team
    screen.wait_for(role="list item", contains="Seen by: My support team")
    shared = [i for i in screen.find_all(role="list item", contains="Learnt to swim")]
    assert any("My support team" in i.name for i in shared)
    screen.key("z", "ctrl")  # undo: just me again
    screen.wait_for(role="list item", contains="Learnt to swim")
    assert not any("My support team" in i.name for i in screen.find_all(role="list item", contains="Learnt to swim"))
    screen.key("y", "ctrl")  # redo (Ctrl+Y)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if any("My support team" in i.name for i in screen.find_all(role="list item", contains="Learnt to swim")):
            break
        time.sleep(0.2)
    else:
        raise AssertionError("Ctrl+Y did not redo")


def test_add_a_person_to_the_map(screen):
    screen.go_to_part("My people and places", PARTS)
    screen.key("Tab")
    screen.key("n", "ctrl")
    screen.wait_focus(role="text")
    screen.type("Aunt Mair")
    screen.key("Tab")
    screen.wait_for(role="list item", contains="Aunt Mair")


def test_add_a_goal_with_three_steps(screen):
    screen.go_to_part("My goals", PARTS)
    screen.key("Tab")
    screen.key("n", "ctrl")
    screen.wait_focus("A new goal, in my own words", "text")
    screen.type("Walk to the park")
    screen.key("Return")
    screen.wait_for(role="list item", contains="Walk to the park")
    screen.focus(role="page tab list")  # the tabs of the chosen goal: Right goes to Small steps
    screen.key("Right")
    for step in ("Find my shoes", "Walk to the gate", "Walk to the park"):
        screen.focus("A new small step", "text")
        screen.type(step)
        screen.key("Return")
        screen.wait_for(role="list item", contains=step)


def test_tab_leaves_the_table_of_what_might_get_in_the_way(screen):
    screen.focus(role="page tab list")
    screen.key("Left")  # back to About this goal
    screen.press("Add something that might get in the way")
    screen.type("Rain")
    screen.key("Tab")
    focus = screen.wait_focus()
    table = screen.wait_for("What might get in the way, and ideas to get round it", "table")
    assert not screen.is_inside(focus, table), (focus.role, focus.name)
    screen.wait_for(role="cell", contains="Rain")


def test_add_a_crisis_line(screen):
    screen.go_to_part("Staying well", PARTS)
    screen.focus("Write a new item for: What helps me", "text")
    screen.type("A walk by the sea")
    screen.key("Return")
    screen.wait_for(role="list item", contains="A walk by the sea")


def test_a_need_in_my_own_words(screen):
    screen.go_to_part("What I need", PARTS)
    screen.key("Tab")
    screen.key("n", "ctrl")  # opens the dialog for a new need
    screen.give_window_the_keyboard()
    field = screen.wait_focus(role="text")
    assert field.name
    screen.type("Someone to go shopping with")
    screen.press_to_close("OK")
    screen.wait_for(role="list item", contains="Someone to go shopping with")


def test_note_how_a_goal_went(screen):
    screen.go_to_part("How it's going", PARTS)
    before = len(screen.find_all(role="list item"))
    screen.press("Note how it went")
    screen.give_window_the_keyboard()
    screen.focus("Yes, it happened", "radio button")
    screen.key("space")
    screen.press_to_close("OK")
    deadline = time.monotonic() + 10
    while len(screen.find_all(role="list item")) <= before and time.monotonic() < deadline:
        time.sleep(0.2)
    assert len(screen.find_all(role="list item")) == before + 1


def test_add_a_line_of_support(screen):
    screen.go_to_part("My support and budget", PARTS)
    screen.press("Add to: Support")
    screen.give_window_the_keyboard()
    screen.wait_focus("Who gives the support", "text")
    screen.type("Green Fields Care")
    screen.focus("Hours a week", "text")
    screen.type("6")
    screen.focus("Hourly rate (£)", "text")
    screen.type("21.50")
    screen.press_to_close("Save")
    screen.wait_for(role="list item", contains="Green Fields Care")


def test_share_a_part_with_the_team(screen):
    screen.go_to_part("Sharing and exports", PARTS)
    button = screen.wait_for(role="push button", contains="Let My support team see all of")
    screen.press(button.name)
    screen.wait_for(role="label", contains="support team", timeout=10)


def test_save_the_easy_read_pdf(screen):
    target = screen.desktop.folder / "easy-read.pdf"
    screen.focus("What to make", "combo box")
    for _ in range(12):
        if "asy read" in (screen.wait_for("What to make", "combo box").description or ""):
            break
        screen.key("Down")
    assert "asy read" in screen.wait_for("What to make", "combo box").description
    screen.press("Save to a file")
    screen.give_window_the_keyboard()
    screen.wait_focus(role="text", timeout=20)
    screen.replace_text(str(target))
    screen.key("Return")
    deadline = time.monotonic() + 90  # the PDF is made off the window's thread
    nudged = False
    while not (target.exists() and target.stat().st_size > 1000) and time.monotonic() < deadline:
        if not nudged and time.monotonic() > deadline - 80 and screen.find_all("Save", "push button"):
            screen.give_window_the_keyboard()  # the file dialog is still open: Enter again
            screen.key("Return")
            nudged = True
        time.sleep(0.3)
    assert Path(target).read_bytes()[:5] == b"%PDF-"


def test_keyboard_shortcuts_are_listed_in_help(screen):
    screen.focus("Parts of the plan", "list")
    screen.key("F1")
    screen.give_window_the_keyboard()
    screen.wait_for(role="cell", contains="Ctrl+N", timeout=15)
    screen.wait_for(role="cell", contains="Ctrl+Y")
    screen.give_window_the_keyboard()
    screen.key("Escape")
    screen.wait_for(role="cell", contains="Ctrl+N", gone=True)


def test_change_the_text_size(screen):
    screen.focus("Parts of the plan", "list")
    item = screen.wait_for("Me and my plan", "list item")
    before = screen.atspi.call(item.node, "org.a11y.atspi.Component", "GetExtents", "u", 0)[0]
    screen.key(",", "ctrl")  # Settings
    screen.give_window_the_keyboard()
    screen.wait_focus()  # the dialog has the keyboard
    screen.key("t", "alt")  # Alt+T: the "Text size" field, by its underlined letter
    screen.wait_focus(contains="Text size")
    for _ in range(3):  # on a very busy machine the X server can drop the first keys typed
        screen.replace_text("150")
        field = screen.focused()
        if field is not None and "150" in screen.text(field):
            break
        time.sleep(1)
    assert field is not None and "150" in screen.text(field), "the text size field did not take 150"
    screen.key("Tab")
    screen.press_to_close("OK")
    # The window lays itself out again in its own time (seconds on a busy machine): ask until it has.
    deadline = time.monotonic() + 20
    while True:
        item = screen.wait_for("Me and my plan", "list item")
        after = screen.atspi.call(item.node, "org.a11y.atspi.Component", "GetExtents", "u", 0)[0]
        if after[3] > before[3] * 1.3 or time.monotonic() > deadline:
            break
        time.sleep(0.25)
    assert after[3] > before[3] * 1.3  # taller words
