"""What a screen-reader user has: the tree (names, roles, states) and a keyboard. The journeys
use nothing else: no widget handles, no mouse.

`Screen` finds objects by the words a screen reader says (name and role), gives them the keyboard
through AT-SPI (Component.GrabFocus), presses keys through the registry, and waits for the tree to
show the result.
"""

import contextlib
import subprocess
import time

from tests.atspi.client import ROLE, Atspi, AtspiError, Item

CELLS = ("list item", "cell", "table cell", "page tab", "tree item")

# Roles a person can act on: each must have a name.
CONTROLS = {"push button", "toggle button", "check box", "radio button", "combo box", "text", "password text",
            "spin button", "list", "table", "tree", "tree table", "slider", "page tab", "menu item", "link",
            "scroll bar", "entry"}


class Screen:
    def __init__(self, atspi: Atspi, app, env: dict):
        self.atspi = atspi
        self.app = app
        self.env = env

    # Looking --------------------------------------------------------------------------------

    def items(self) -> list[Item]:
        return self.atspi.snapshot(self.app)

    def find_all(self, name: str | None = None, role: str | None = None, contains: str | None = None,
                 items: list[Item] | None = None) -> list[Item]:
        if items is None:
            if role in ROLE:  # one call finds every showing object of the role
                # Items of a list count when scrolled out of sight too (the list holds them).
                states = () if role in CELLS else ("showing",)
                items = self.atspi.describe_all(self.atspi.matches(self.app, states, (role,)))
            else:
                items = self.items()
        found = []
        for item in items:
            if role is not None and item.role != role:
                continue
            if name is not None and item.name != name:
                continue
            if contains is not None and contains not in item.name:
                continue
            found.append(item)
        return found

    def wait_for(self, name: str | None = None, role: str | None = None, contains: str | None = None,
                 timeout: float = 20, gone: bool = False) -> Item | None:
        end = time.monotonic() + timeout
        while True:
            found = self.find_all(name, role, contains)
            if gone and not found:
                return None
            if found and not gone:
                return found[0]
            if time.monotonic() > end:
                what = f"{role or 'anything'} {name or contains!r}"
                focus = self.focused()
                raise AssertionError(f"{what} {'still there' if gone else 'never showed'}; "
                                     f"the keyboard is on {focus and (focus.role, focus.name)}")
            time.sleep(0.15)

    def focused(self) -> Item | None:
        """What has the keyboard: the last object a screen reader was told took it (Qt's own
        "focused" states are left behind on lists and hidden pages)."""
        self.atspi.settle()
        if not self.atspi.focus_events:
            return None
        node = self.atspi.focus_events[-1]
        node = self.atspi.active_descendants.get(node, node)  # a list: the item it is on
        found = self.atspi.describe_all([node], with_states=True)
        if found and found[0].role in ("list", "table", "tree", "tree table", "page tab list"):
            current = self.atspi.matches(node, ("focused", "showing"))  # its current item
            items = self.atspi.describe_all(current, with_states=True) if current else []
            items = [i for i in items if i.role in CELLS]
            if items:
                return items[0]
        return found[0] if found else None

    def is_inside(self, item: Item, container: Item) -> bool:
        node = item.node
        for _ in range(40):
            if node is None:
                return False
            if node == container.node:
                return True
            node = self.atspi.parent(node)
        return False

    def problems(self) -> list[str]:
        """What a screen reader would say wrongly here: controls without a name, combo boxes
        named only by their choice, a name said twice (in one name, or by a sign and its words)."""
        problems = []
        # Items of lists and tables are named by what they hold; every other control is asked.
        controls = self.atspi.describe_all(self.atspi.matches(self.app, ("focusable", "showing"),
                                                              ("list item", "cell"), leave_out=True))
        for item in controls:
            if not item.name.strip():
                problems.append(f"a {item.role} with no name")
            if item.role == "combo box" and item.name and item.name == item.description:
                problems.append(f"a combo box named only by its choice: {item.name!r}")
            words = item.name.split()
            half = len(words) // 2
            if half and len(words) % 2 == 0 and words[:half] == words[half:]:
                problems.append(f"a name said twice: {item.name!r}")
        signs = self.atspi.describe_all(self.atspi.matches(self.app, ("showing",), ("graphic",)))
        for sign in signs:
            if not sign.name:
                continue  # a sign beside its words: skipped by screen readers
            parent = self.atspi.parent(sign.node)
            if parent is None:
                continue
            siblings = self.atspi.describe_all(self.atspi.children(parent))
            if any(s.node != sign.node and s.role == "label" and sign.name in s.name for s in siblings):
                problems.append(f"{sign.name!r} said twice: by a sign and by the words beside it")
        return problems

    def wait_focus(self, name: str | None = None, role: str | None = None, contains: str | None = None,
                   timeout: float = 15) -> Item:
        end = time.monotonic() + timeout
        nudge = time.monotonic() + 1.5
        while True:
            item = self.focused()
            if item is not None and (name is None or item.name == name) and (role is None or item.role == role) \
                    and (contains is None or contains in item.name):
                return item
            if time.monotonic() > end:
                raise AssertionError(f"the keyboard is on {item and (item.role, item.name)}, "
                                     f"not on {role} {name or contains!r}")
            if time.monotonic() > nudge:  # a dialog closed: with no window manager, say which window is in front
                self.give_window_the_keyboard()
                nudge = time.monotonic() + 2
            time.sleep(0.1)

    def text(self, item: Item) -> str:
        return self.atspi.text(item.node)

    # Acting -----------------------------------------------------------------------------------

    def give_window_the_keyboard(self, main_first: bool = False) -> None:
        """With no window manager, the X server gives the keyboard to no window: give it to the
        window in front (a dialog if one is open, else the main window; `main_first`: the main
        window, for when another named window, a tooltip or one just closing, is in the way)."""
        def run(*args):
            return subprocess.run(["xdotool", *args], env=self.env, capture_output=True, text=True,
                                  check=False).stdout
        windows = run("search", "--onlyvisible", "--name", ".").split()
        named = [(w, run("getwindowname", w).strip()) for w in windows]
        dialogs = [w for w, name in named if name and name != "Small Steps"]
        main = [w for w, name in named if name == "Small Steps"]
        chosen = ((main or dialogs or [None]) if main_first else (dialogs or main or [None]))[-1]
        if chosen:
            run("windowfocus", chosen)

    def focus(self, name: str | None = None, role: str | None = None, contains: str | None = None) -> Item:
        item = self.wait_for(name, role, contains)
        deadline = time.monotonic() + 30  # a busy machine's window can take a while to answer
        tries = 0
        while time.monotonic() < deadline:
            tries += 1
            with contextlib.suppress(AtspiError):
                self.atspi.grab_focus(item.node)
            end = time.monotonic() + 3
            while time.monotonic() < end:
                now = self.focused()
                if now is not None and self.is_inside(now, item):
                    return item
                time.sleep(0.1)
            self.give_window_the_keyboard(main_first=tries % 2 == 1)  # the window in front, or the main one
        now = self.focused()
        raise AssertionError(f"could not give {role} {name or contains!r} the keyboard: it is on "
                             f"{now and (now.role, now.name)}")

    def key(self, name: str, *modifiers: str, times: int = 1) -> None:
        for _ in range(times):
            self.atspi.key(name, *modifiers)
            time.sleep(0.08)

    def type(self, text: str) -> None:
        """Type, and wait until the field shows it (the X server takes the letters in its own
        time; a key pressed next must not overtake them)."""
        field = self.focused()
        self.atspi.type(text)
        if field is None or field.role not in ("text", "spin button"):
            time.sleep(0.3)
            return
        for attempt in range(2):
            deadline = time.monotonic() + 5
            while time.monotonic() < deadline:
                try:
                    if text in self.text(field):
                        return
                except AtspiError:
                    return
                time.sleep(0.05)
            if attempt == 0 and not self.text(field).strip():
                # Nothing arrived: with no window manager the X server sent the letters to another
                # window (a dialog had just opened). Give the window in front the keyboard, type again.
                self.give_window_the_keyboard()
                time.sleep(0.3)
                self.atspi.type(text)

    def replace_text(self, text: str) -> None:
        """Select what the focused field holds and type over it."""
        self.key("a", "ctrl")
        self.key("BackSpace")
        self.type(text)

    def press(self, name: str | None = None, role: str = "push button", contains: str | None = None) -> None:
        """Give a button the keyboard and press Space, as a keyboard user does."""
        self.focus(name, role, contains)
        self.key("space")

    def press_to_close(self, name: str) -> None:
        """A dialog's OK or Save: its "Press" action (what Space does, without racing the X
        server), then wait for the dialog to go."""
        item = self.focus(name, "push button")
        self.atspi.do_action(item.node, "Press")
        self.wait_for(name, "push button", gone=True)

    def close_dialogs(self) -> None:
        """Escape out of any dialog a failed journey left open, so the next starts clean."""
        def run(*args):
            return subprocess.run(["xdotool", *args], env=self.env, capture_output=True, text=True,
                                  check=False).stdout
        for _ in range(4):
            windows = run("search", "--onlyvisible", "--name", ".").split()
            dialogs = [w for w in windows if run("getwindowname", w).strip() not in ("", "Small Steps")]
            if not dialogs:
                break
            run("windowfocus", dialogs[-1])
            self.key("Escape")
            time.sleep(0.5)
        self.give_window_the_keyboard()

    def go_to_part(self, title: str, titles: list[str]) -> None:
        """Choose a part of the plan from the list down the side, with the arrow keys."""
        self.focus("Parts of the plan", "list")
        self.key("Home")
        self.key("Down", times=titles.index(title))
        self.wait_focus(title, "list item")
        time.sleep(0.3)
