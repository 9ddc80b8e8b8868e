"""A small, synchronous AT-SPI client over D-Bus (dbus-fast, pure Python from PyPI), reading the
accessibility tree exactly as Orca reads it and acting only through it: the Action, Component,
EditableText interfaces and the registry's keyboard (which types through the X server).

Why not pyatspi: it is a binding for the system's Python (python3-gi), not for the program's own
virtual environment, and CI runs the tests in that environment; the D-Bus interface is the one
Orca itself uses, so reading it directly tests the same thing with nothing more than a wheel.
"""

import asyncio
import time
from dataclasses import dataclass

from dbus_fast import Message, MessageType
from dbus_fast.aio import MessageBus

ACCESSIBLE = "org.a11y.atspi.Accessible"
ROOT = "/org/a11y/atspi/accessible/root"
REGISTRY = "org.a11y.atspi.Registry"

# AT-SPI states (atspi-constants.h), the few the tests read.
STATE = {"active": 1, "checked": 4, "editable": 7, "enabled": 8, "expanded": 10, "focusable": 11, "focused": 12,
         "modal": 16, "selected": 23, "sensitive": 24, "showing": 25, "visible": 30}

# X keysyms for the keys the journeys press.
KEYSYM = {"Tab": 0xFF09, "Return": 0xFF0D, "Escape": 0xFF1B, "Up": 0xFF52, "Down": 0xFF54, "Left": 0xFF51,
          "Right": 0xFF53, "space": 0x20, "Delete": 0xFFFF, "Home": 0xFF50, "End": 0xFF57, "F2": 0xFFBF,
          "Page_Down": 0xFF56, "F1": 0xFFBE, "Page_Up": 0xFF55, "BackSpace": 0xFF08}
MODIFIER_KEYSYM = {"ctrl": 0xFFE3, "shift": 0xFFE1, "alt": 0xFFE9}
PRESS, RELEASE, PRESSRELEASE, SYM, STRING = range(5)

# AT-SPI roles (atspi-constants.h) by the names Qt gives them, for finding objects by role.
ROLE = {"check box": 7, "combo box": 11, "dialog": 16, "frame": 23, "graphic": 27, "label": 29, "list": 31,
        "list item": 32, "menu item": 35, "page tab": 37, "page tab list": 38, "panel": 39, "push button": 43,
        "radio button": 44, "scroll bar": 48, "spin button": 52, "table": 55, "cell": 56, "text": 61,
        "toggle button": 62}
MATCH_ALL, MATCH_ANY, MATCH_NONE = 1, 2, 3


class AtspiError(RuntimeError):
    pass


@dataclass(frozen=True)
class Node:
    """One accessible object: where it lives on the bus."""

    bus_name: str
    path: str


@dataclass(frozen=True)
class Item:
    """One object as a screen reader knows it."""

    node: Node
    parent: "Item | None"
    depth: int
    role: str
    name: str
    description: str
    states: frozenset

    def inside(self, other: "Item") -> bool:
        item = self.parent
        while item is not None:
            if item.node == other.node:
                return True
            item = item.parent
        return False


class Atspi:
    def __init__(self, session_bus_address: str, timeout: float = 30):
        self.loop = asyncio.new_event_loop()
        self.timeout = timeout
        session = self._run(self._connect(session_bus_address))
        address = self._call(session, "org.a11y.Bus", "/org/a11y/bus", "org.a11y.Bus", "GetAddress")[0]
        session.disconnect()
        self.bus = self._run(self._connect(address))
        self._keycodes: dict[int, int] = {}
        self.focus_events: list[Node] = []  # where the keyboard went, as screen readers are told
        self.bus.add_message_handler(self._on_message)
        self._call(self.bus, "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus", "AddMatch", "s",
                   ["type='signal',interface='org.a11y.atspi.Event.Object',member='StateChanged'"])
        self._call(self.bus, "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus", "AddMatch", "s",
                   ["type='signal',interface='org.a11y.atspi.Event.Object',member='ActiveDescendantChanged'"])
        self.active_descendants: dict[Node, Node] = {}  # a list or table: its item with the keyboard
        registry = Node(REGISTRY, "/org/a11y/atspi/registry")
        for event in ("object:state-changed:focused", "object:active-descendant-changed"):
            try:
                self.call(registry, "org.a11y.atspi.Registry", "RegisterEvent", "s", event)
            except AtspiError:
                self.call(registry, "org.a11y.atspi.Registry", "RegisterEvent", "sass", event, [], "")

    def _on_message(self, message) -> None:
        if message.member == "StateChanged" and message.body and message.body[0] == "focused" and message.body[1]:
            self.focus_events.append(Node(message.sender, message.path))
        elif message.member == "ActiveDescendantChanged" and message.body:
            child = message.body[3].value if hasattr(message.body[3], "value") else message.body[3]
            if isinstance(child, (list, tuple)) and len(child) == 2:
                self.active_descendants[Node(message.sender, message.path)] = Node(*child)

    def settle(self, seconds: float = 0.05) -> None:
        """Let signals that have arrived be read."""
        self.loop.run_until_complete(asyncio.sleep(seconds))

    # Plumbing --------------------------------------------------------------------------------

    @staticmethod
    async def _connect(address: str) -> MessageBus:
        return await MessageBus(bus_address=address).connect()

    def _run(self, awaitable):
        return self.loop.run_until_complete(asyncio.wait_for(awaitable, self.timeout))

    def _call(self, bus, destination, path, interface, member, signature="", body=()):
        reply = self._run(bus.call(Message(destination=destination, path=path, interface=interface,
                                           member=member, signature=signature, body=list(body))))
        if reply.message_type == MessageType.ERROR:
            raise AtspiError(f"{member} on {path}: {reply.error_name} {reply.body}")
        return reply.body

    def call(self, node: Node, interface: str, member: str, signature="", *body):
        return self._call(self.bus, node.bus_name, node.path, interface, member, signature, body)

    def prop(self, node: Node, interface: str, name: str):
        return self.call(node, "org.freedesktop.DBus.Properties", "Get", "ss", interface, name)[0].value

    def close(self) -> None:
        self.bus.disconnect()
        self.loop.close()

    # Reading ---------------------------------------------------------------------------------

    def applications(self) -> list[Node]:
        return [Node(*child) for child in self.call(Node(REGISTRY, ROOT), ACCESSIBLE, "GetChildren")[0]]

    def application(self, name: str, timeout: float = 60) -> Node:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            for app in self.applications():
                try:
                    if self.name(app) == name:
                        return app
                except AtspiError:
                    continue
            time.sleep(0.2)
        raise AtspiError(f"no application called {name!r} on the accessibility bus")

    def children(self, node: Node) -> list[Node]:
        return [Node(*child) for child in self.call(node, ACCESSIBLE, "GetChildren")[0]]

    def name(self, node: Node) -> str:
        return self.prop(node, ACCESSIBLE, "Name")

    def description(self, node: Node) -> str:
        return self.prop(node, ACCESSIBLE, "Description")

    def role(self, node: Node) -> str:
        return self.call(node, ACCESSIBLE, "GetRoleName")[0]

    def states(self, node: Node) -> set[str]:
        low, high = self.call(node, ACCESSIBLE, "GetState")[0]
        bits = low | (high << 32)
        return {name for name, bit in STATE.items() if bits & (1 << bit)}

    def interfaces(self, node: Node) -> list[str]:
        return self.call(node, ACCESSIBLE, "GetInterfaces")[0]

    def relations(self, node: Node) -> list[tuple[int, list[Node]]]:
        return [(kind, [Node(*t) for t in targets]) for kind, targets in self.call(node, ACCESSIBLE, "GetRelationSet")[0]]

    def text(self, node: Node) -> str:
        return self.call(node, "org.a11y.atspi.Text", "GetText", "ii", 0, -1)[0]

    def value(self, node: Node) -> float:
        return self.prop(node, "org.a11y.atspi.Value", "CurrentValue")

    def walk(self, node: Node, *, showing_only: bool = True, depth: int = 0, limit: int = 60):
        """Every object under `node` (depth first), with its depth; hidden ones left out."""
        yield node, depth
        if depth >= limit:
            return
        for child in self.children(node):
            try:
                if showing_only and "showing" not in self.states(child):
                    continue
            except AtspiError:
                continue
            yield from self.walk(child, showing_only=showing_only, depth=depth + 1, limit=limit)

    def matches(self, root: Node, states: tuple[str, ...] = ("showing",), roles: tuple[str, ...] = (),
                *, leave_out: bool = False) -> list[Node]:
        """Every object under `root` in all these states and any of these roles, in one call
        (the Collection interface)."""
        state_bits = [0, 0]
        for state in states:
            bit = STATE[state]
            state_bits[bit // 32] |= 1 << (bit % 32)
        role_bits = [0, 0, 0, 0]
        for role in roles:
            bit = ROLE[role]
            role_bits[bit // 32] |= 1 << (bit % 32)
        state_bits = [b - (1 << 32) if b >= 1 << 31 else b for b in state_bits]  # D-Bus "i" is signed
        role_bits = [b - (1 << 32) if b >= 1 << 31 else b for b in role_bits]
        role_match = (MATCH_NONE if leave_out else MATCH_ANY) if roles else MATCH_ALL
        rule = (state_bits, MATCH_ALL, {}, MATCH_ALL, role_bits, role_match, [], MATCH_ALL, False)
        found = self.call(root, "org.a11y.atspi.Collection", "GetMatches", "(aiia{ss}iaiiasib)uib", rule, 0, 0, True)
        return [Node(*match) for match in found[0]]

    def describe_all(self, nodes: list[Node], *, with_states: bool = False) -> list["Item"]:
        """Role and name (and states) of each node, asked all at once; the description of combo
        boxes (their choice) too."""
        async def one(node):
            asks = [self._ask(node, ACCESSIBLE, "GetRoleName"),
                    self._ask(node, "org.freedesktop.DBus.Properties", "Get", "ss", (ACCESSIBLE, "Name"))]
            if with_states:
                asks.append(self._ask(node, ACCESSIBLE, "GetState"))
            answers = await asyncio.gather(*asks)
            if answers[0] is None:
                return None
            states = set()
            if with_states and answers[2] is not None:
                low, high = answers[2][0]
                bits = low | (high << 32)
                states = {n for n, bit in STATE.items() if bits & (1 << bit)}
            description = ""
            if answers[0][0] == "combo box":
                found = await self._ask(node, "org.freedesktop.DBus.Properties", "Get", "ss", (ACCESSIBLE, "Description"))
                description = found[0].value if found else ""
            return Item(node, None, 0, answers[0][0], answers[1][0].value if answers[1] else "", description,
                        frozenset(states))

        async def every():
            self._in_flight = asyncio.Semaphore(32)
            return [item for item in await asyncio.gather(*(one(n) for n in nodes)) if item is not None]

        return self.loop.run_until_complete(every())

    def parent(self, node: Node) -> Node | None:
        try:
            found = self.prop(node, ACCESSIBLE, "Parent")
        except AtspiError:
            return None  # gone meanwhile
        return Node(*found) if found and found[1] != "/org/a11y/atspi/null" else None

    def snapshot(self, root: Node, *, showing_only: bool = True, limit: int = 60) -> list["Item"]:
        """The whole tree under `root` at once (calls sent together, a level at a time): what a
        screen reader knows about every showing object."""
        started = time.monotonic()
        items = self.loop.run_until_complete(self._snapshot(root, showing_only, limit))
        self.slowest_snapshot = max(getattr(self, "slowest_snapshot", 0.0), time.monotonic() - started)
        return items

    async def _ask(self, node: Node, interface: str, member: str, signature="", body=()):
        async with self._in_flight:
            reply = await self.bus.call(Message(destination=node.bus_name, path=node.path, interface=interface,
                                                member=member, signature=signature, body=list(body)))
        if reply.message_type == MessageType.ERROR:
            return None
        return reply.body

    async def _describe(self, node: Node, parent: "Item | None", depth: int) -> "Item | None":
        state, role, name, description = await asyncio.gather(
            self._ask(node, ACCESSIBLE, "GetState"), self._ask(node, ACCESSIBLE, "GetRoleName"),
            self._ask(node, "org.freedesktop.DBus.Properties", "Get", "ss", (ACCESSIBLE, "Name")),
            self._ask(node, "org.freedesktop.DBus.Properties", "Get", "ss", (ACCESSIBLE, "Description")))
        if state is None or role is None:
            return None  # gone while we looked
        low, high = state[0]
        bits = low | (high << 32)
        states = {n for n, bit in STATE.items() if bits & (1 << bit)}
        return Item(node, parent, depth, role[0], name[0].value if name else "",
                    description[0].value if description else "", frozenset(states))

    async def _snapshot(self, root: Node, showing_only: bool, limit: int) -> list["Item"]:
        self._in_flight = asyncio.Semaphore(32)  # made on the loop that uses it
        top = await self._describe(root, None, 0)
        items, level = [top], [top]
        depth = 0
        while level and depth < limit:
            depth += 1
            kids = await asyncio.gather(*(self._ask(item.node, ACCESSIBLE, "GetChildren") for item in level))
            pending = []
            for item, reply in zip(level, kids, strict=True):
                for child in (reply[0] if reply else []):
                    pending.append(self._describe(Node(*child), item, depth))
            described = [d for d in await asyncio.gather(*pending) if d is not None]
            level = [d for d in described if not showing_only or "showing" in d.states]
            items += level
        return items

    # Acting ----------------------------------------------------------------------------------

    def actions(self, node: Node) -> list[str]:
        return [a[0] for a in self.call(node, "org.a11y.atspi.Action", "GetActions")[0]]

    def do_action(self, node: Node, action: str | None = None) -> None:
        names = self.actions(node)
        index = names.index(action) if action else 0
        self.call(node, "org.a11y.atspi.Action", "DoAction", "i", index)

    def grab_focus(self, node: Node) -> None:
        self.call(node, "org.a11y.atspi.Component", "GrabFocus")

    def set_text(self, node: Node, text: str) -> None:
        self.call(node, "org.a11y.atspi.EditableText", "SetTextContents", "s", text)

    def _dec(self, member: str, signature: str, *body):
        return self._call(self.bus, REGISTRY, "/org/a11y/atspi/registry/deviceeventcontroller",
                          "org.a11y.atspi.DeviceEventController", member, signature, body)

    def key(self, name: str, *modifiers: str) -> None:
        """Press a key (with modifiers held) through the registry, as a keyboard would."""
        for modifier in modifiers:
            self._dec("GenerateKeyboardEvent", "isu", self._keycode(MODIFIER_KEYSYM[modifier]), "", PRESS)
        sym = KEYSYM.get(name) or ord(name)
        self._dec("GenerateKeyboardEvent", "isu", self._keycode(sym), "", PRESSRELEASE)
        for modifier in reversed(modifiers):
            self._dec("GenerateKeyboardEvent", "isu", self._keycode(MODIFIER_KEYSYM[modifier]), "", RELEASE)

    def type(self, text: str) -> None:
        self._dec("GenerateKeyboardEvent", "isu", 0, text, STRING)

    def _keycode(self, keysym: int) -> int:
        """The X key code of a key sym (xkb's usual evdev layout, as Xvfb starts with)."""
        return XKB_EVDEV.get(keysym, 0)


# Key codes of Xvfb's default layout (evdev "us"): enough for the keys the journeys press.
XKB_EVDEV = {0xFFBE: 67, 0xFF09: 23, 0xFF0D: 36, 0xFF1B: 9, 0xFF52: 111, 0xFF54: 116, 0xFF51: 113, 0xFF53: 114, 0x20: 65,
             0xFFFF: 119, 0xFF50: 110, 0xFF57: 115, 0xFFBF: 68, 0xFF56: 117, 0xFF55: 112, 0xFF08: 22,
             0xFFE3: 37, 0xFFE1: 50, 0xFFE9: 64}
XKB_EVDEV.update({ord(","): 59, ord("."): 60, ord("/"): 61, ord("-"): 20})
for _i, _c in enumerate("qwertyuiop"):
    XKB_EVDEV[ord(_c)] = 24 + _i
for _i, _c in enumerate("asdfghjkl"):
    XKB_EVDEV[ord(_c)] = 38 + _i
for _i, _c in enumerate("zxcvbnm"):
    XKB_EVDEV[ord(_c)] = 52 + _i
for _i, _c in enumerate("1234567890"):
    XKB_EVDEV[ord(_c)] = 10 + _i
