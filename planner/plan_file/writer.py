"""Writing a plan file: `plan.json` and its pictures in a zip, written atomically."""

import io
import json
import zipfile
from pathlib import Path

from planner.files import write_atomically
from planner.plan_file.document import PlanDocument

FILE_SUFFIX = ".smallsteps"


def plan_file_bytes(document: PlanDocument) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("plan.json", json.dumps(document.data, ensure_ascii=False, indent=2))
        for name in sorted(document.pictures):
            archive.writestr(name, document.pictures[name], compress_type=zipfile.ZIP_STORED)
    return buffer.getvalue()


def write_plan_file(document: PlanDocument, path: Path | str) -> Path:
    return write_atomically(path, plan_file_bytes(document))
