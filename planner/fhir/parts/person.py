"""The person (a UK Core `Patient`) and the plan's pictures (`Media`, each an attachment).

The name is always shared; the other details (pronouns, date of birth, language, what helps
the person read and take part) have a say of their own in who sees them, so for an audience
that may not see them they are simply not in the bundle.
"""

import base64
import hashlib
from typing import Any

from planner.fhir import extensions as ext
from planner.fhir import url
from planner.fhir.common import (
    UK_CORE,
    Builder,
    Reading,
    file_id_of,
    file_identifier,
    security,
    visibility_extension,
    visibility_of_element,
    visibility_of_resource,
)

OPENMOJI = url("NamingSystem", "openmoji")
OPENMOJI_SVG = "https://openmoji.org/data/color/svg/{code}.svg"
LANGUAGE = "urn:ietf:bcp:47"


def _attachment(name: str | None, pictures: dict[str, bytes], title: str) -> dict[str, Any]:
    attachment: dict[str, Any] = {"title": title or None}
    if name and name in pictures:
        blob = pictures[name]
        attachment.update(contentType="image/jpeg", data=base64.b64encode(blob).decode("ascii"),
                          size=len(blob))
    return attachment


def picture_name(blob: bytes) -> str:
    """Pictures are named by their content in a plan file (as `PictureStore.add` names them)."""
    return f"pictures/{hashlib.sha256(blob).hexdigest()[:32]}.jpg"


def picture_from(attachment: dict[str, Any], pictures: dict[str, bytes]) -> str | None:
    data = attachment.get("data")
    if not data:
        return None
    blob = base64.b64decode(data, validate=True)
    name = picture_name(blob)
    pictures[name] = blob
    return name


def write(data: dict[str, Any], pictures: dict[str, bytes], b: Builder) -> None:
    person = data.get("person") or {}
    details = person.get("details")
    patient: dict[str, Any] = {
        "resourceType": "Patient",
        "meta": {"profile": [UK_CORE + "UKCore-Patient"]},
        "name": [{"use": "official", "text": person.get("name")}],
    }
    if person.get("preferred_name"):
        patient["name"].append({"use": "usual", "text": person["preferred_name"]})
    if details:
        patient["birthDate"] = details.get("date_of_birth")
        if details.get("preferred_language"):
            patient["communication"] = [{"language": {"coding": [
                {"system": LANGUAGE, "code": details["preferred_language"]}]}, "preferred": True}]
        patient["extension"] = [ext.encode("person-details", details)]
    photo = person.get("photo")
    if photo:
        attachment = _attachment(photo.get("picture"), pictures, photo.get("description", ""))
        attachment["extension"] = [visibility_extension(photo["visibility"])]
        patient["photo"] = [attachment]
    b.add(patient, "patient", "details")
    for picture in (data.get("plan") or {}).get("pictures") or []:
        identifiers = [file_identifier(picture["id"])]
        if picture.get("symbol"):
            identifiers.append({"system": OPENMOJI, "value": picture["symbol"]})
        b.add({
            "resourceType": "Media",
            "meta": {"security": security(picture["visibility"])},
            "identifier": identifiers,
            "status": "completed",
            "type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/media-type",
                                 "code": "image"}]},
            "subject": b.patient,
            "content": _attachment(picture.get("picture"), pictures, picture.get("description", ""))
            | ({"contentType": "image/svg+xml", "url": OPENMOJI_SVG.format(code=picture["symbol"])}
               if picture.get("symbol") and not picture.get("picture") else {}),
        }, picture["id"], "pictures")


def read(r: Reading, out: dict[str, Any], pictures: dict[str, bytes]) -> None:
    patients = r.of_type("Patient")
    patient = patients[0] if patients else {}
    names = patient.get("name") or []
    official = next((n for n in names if n.get("use") in (None, "official")), names[0] if names else {})
    usual = next((n for n in names if n.get("use") == "usual"), {})
    person: dict[str, Any] = {
        "name": _name_text(official),
        "preferred_name": _name_text(usual) if usual else "",
        "details": {**ext.decode("person-details", {}), "visibility": "private",
                    "date_of_birth": None, "preferred_language": "en"},  # not shared with this audience
        "photo": None,
    }
    if any(e.get("url") == ext.EXTENSIONS["person-details"].url for e in patient.get("extension") or []):
        details = ext.decode("person-details", patient)
        details["date_of_birth"] = patient.get("birthDate")
        language = next((c.get("code") for comm in patient.get("communication") or []
                         for c in (comm.get("language") or {}).get("coding") or []
                         if c.get("system") == LANGUAGE), None)
        details["preferred_language"] = language or "en"
        person["details"] = details
    for photo in (patient.get("photo") or [])[:1]:
        name = picture_from(photo, pictures)
        if name:
            person["photo"] = {"visibility": visibility_of_element(photo), "picture": name,
                               "description": photo.get("title") or ""}
    out["person"] = person
    listed = []
    for media in r.of_type("Media"):
        content = media.get("content") or {}
        symbol = next((i.get("value") for i in media.get("identifier") or [] if i.get("system") == OPENMOJI), None)
        item: dict[str, Any] = {"id": file_id_of(media) or f"p{len(listed) + 1}"}
        if symbol:
            item.update(kind="symbol", symbol=symbol)
        else:
            item.update(kind="photo", picture=picture_from(content, pictures))
        item.update(description=content.get("title") or "", visibility=visibility_of_resource(media))
        listed.append(item)
    out["plan"]["pictures"] = listed


def _name_text(name: dict[str, Any]) -> str:
    if name.get("text"):
        return name["text"]
    return " ".join([*(name.get("given") or []), name.get("family") or ""]).strip()
