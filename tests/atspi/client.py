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
          "Page_Down": 0xFF56, "Page_Up": 0xFF55, "BackSpace": 0xFF08}
MODIFIER_KEYSYM = {"ctrl": 0xFFE3, "shift": 0xFFE1, "alt": 0xFFE9}
PRESS, RELEASE, PRESSRELEASE, SYM, STRING = range(5)


class AtspiError(RuntimeError):
    pass


@dataclass(frozen=True)
class Node:
    """One accessible object: where it lives on the bus."""

    bus_name: str
    path: str


class Atspi:
    def __init__(self, session_bus_address: str, timeout: float = 30):
        self.loop = asyncio.new_event_loop()
        self.timeout = timeout
        session = self._run(self._connect(session_bus_address))
        address = self._call(session, "org.a11y.Bus", "/org/a11y/bus", "org.a11y.Bus", "GetAddress")[0]
        session.disconnect()
        self.bus = self._run(self._connect(address))
        self._keycodes: dict[int, int] = {}

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
XKB_EVDEV = {0xFF09: 23, 0xFF0D: 36, 0xFF1B: 9, 0xFF52: 111, 0xFF54: 116, 0xFF51: 113, 0xFF53: 114, 0x20: 65,
             0xFFFF: 119, 0xFF50: 110, 0xFF57: 115, 0xFFBF: 68, 0xFF56: 117, 0xFF55: 112, 0xFF08: 22,
             0xFFE3: 37, 0xFFE1: 50, 0xFFE9: 64}
for _i, _c in enumerate("qwertyuiop"):
    XKB_EVDEV[ord(_c)] = 24 + _i
for _i, _c in enumerate("asdfghjkl"):
    XKB_EVDEV[ord(_c)] = 38 + _i
for _i, _c in enumerate("zxcvbnm"):
    XKB_EVDEV[ord(_c)] = 52 + _i
for _i, _c in enumerate("1234567890"):
    XKB_EVDEV[ord(_c)] = 10 + _i
