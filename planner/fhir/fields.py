"""The fields of a plan-file item and their FHIR types, read from the published plan-file schema.

One source of truth: the schema (`resources/plan-file.schema.json`) says what each field of an
item is (text, a date, whole pence, hours, one of a list of codes, a list of objects...); this
module turns that into the FHIR data type that carries it (`string`, `date`, `Money`,
`decimal`, `code`, a nested extension...). The extensions' StructureDefinitions, the codec
that writes and reads them and the mapping table in resources/docs/fhir.md all use it, so a
field added to the plan file is carried (and listed) without anyone writing it down twice.
"""

from dataclasses import dataclass
from functools import cache
from typing import Any

from planner.plan_file.reader import plan_schema

# Item keys a plan file leaves out when empty (everything else is always written).
SPARSE_KEYS = frozenset({"disagreements"})
# Objects whose keys are written only when they mean something ("when" of a life moment).
SPARSE_OBJECTS = frozenset({"when", "ratings", "shares"})


@dataclass(frozen=True)
class Field:
    """One field of an item: its name, FHIR type, and what it may hold."""

    name: str
    type: str  # string, code, date, dateTime, boolean, integer, decimal, Money, complex
    many: bool = False
    nullable: bool = False
    codes: tuple[str, ...] = ()
    children: tuple["Field", ...] = ()
    description: str = ""
    sparse: bool = False  # a complex value whose keys are only those written

    def child(self, name: str) -> "Field | None":
        return next((c for c in self.children if c.name == name), None)


def _resolve(node: dict[str, Any]) -> dict[str, Any]:
    defs = plan_schema()["$defs"]
    while "$ref" in node:
        node = defs[node["$ref"].split("/")[-1]]
    return node


def _variants(node: dict[str, Any]) -> tuple[list[dict[str, Any]], bool]:
    """The non-null shapes a value may take, and whether it may be null."""
    node = _resolve(node)
    nullable = False
    shapes: list[dict[str, Any]] = []
    options = [node] if "properties" in node else (node.get("oneOf") or node.get("anyOf") or [node])
    for option in options:
        option = _resolve(option)
        if option.get("type") == "null":
            nullable = True
        elif "enum" in option and None in option["enum"]:
            nullable = True
            shapes.append({**option, "enum": [e for e in option["enum"] if e is not None]})
        else:
            if isinstance(option.get("type"), list) and "null" in option["type"]:
                nullable = True
            shapes.append(option)
    return shapes, nullable


def _ref_name(node: dict[str, Any]) -> str:
    while "$ref" in node:
        name = node["$ref"].split("/")[-1]
        node = plan_schema()["$defs"][name]
        if name in ("date", "date_or_null"):
            return "date"
        if name.startswith("pence"):
            return "pence"
        if name.startswith("hours"):
            return "hours"
    for option in node.get("oneOf") or []:
        found = _ref_name(option)
        if found:
            return found
    return ""


def field_of(name: str, node: dict[str, Any]) -> Field:
    shapes, nullable = _variants(node)
    description = _resolve(node).get("description", "")
    kind = _ref_name(node)
    shape = shapes[0] if shapes else {}
    if shape.get("type") == "array":
        inner = field_of(name, shape.get("items") or {})
        return Field(name, inner.type, True, nullable, inner.codes, inner.children, description, inner.sparse)
    if shape.get("type") == "object" or any(s.get("type") == "object" for s in shapes):
        children: dict[str, Field] = {}
        for option in shapes:
            for key, child in (option.get("properties") or {}).items():
                children.setdefault(key, field_of(key, child))
            for child in (option.get("patternProperties") or {}).values():
                names = _resolve(option.get("propertyNames") or {}).get("enum") or ()
                for key in names:
                    children.setdefault(key, field_of(key, child))
        return Field(name, "complex", False, nullable, (), tuple(children.values()), description,
                     name in SPARSE_OBJECTS)
    if "enum" in shape:
        return Field(name, "code", False, nullable, tuple(shape["enum"]), (), description)
    if kind == "date" or shape.get("format") == "date":
        return Field(name, "date", False, nullable, (), (), description)
    if kind == "pence" or name.endswith("_pence"):
        return Field(name, "Money", False, nullable, (), (), description)
    if kind == "hours" or name == "miles":
        return Field(name, "decimal", False, nullable, (), (), description)
    if shape.get("format") == "date-time" or name in ("at", "submitted_at"):
        return Field(name, "dateTime", False, nullable, (), (), description)
    simple = {"integer": "integer", "boolean": "boolean", "number": "decimal"}
    return Field(name, simple.get(shape.get("type"), "string"), False, nullable, (), (), description)


@cache
def item_fields(path: str) -> Field:
    """The field at a dotted schema path: "plan.goals" (an array of goals), "person.details"."""
    node: dict[str, Any] = plan_schema()
    for key in path.split("."):
        node = _resolve(node)
        shapes, _nullable = _variants(node)
        for shape in shapes or [node]:
            if shape.get("type") == "array":
                shape = _resolve(shape.get("items") or {})
            if key in (shape.get("properties") or {}):
                node = shape["properties"][key]
                break
        else:
            raise KeyError(path)
    return field_of(path.rsplit(".", 1)[-1], node)


def default_of(field: Field) -> Any:
    """What a field holds in a plan file when the bundle has nothing for it."""
    if field.many:
        return []
    if field.nullable or field.type in ("date", "dateTime", "Money", "integer", "decimal", "complex"):
        return None
    if field.type == "boolean":
        return False
    return ""
