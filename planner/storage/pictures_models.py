"""Pictures belonging to a plan: symbols from the library and the person's own photos.

Any part of a plan (about me, life-charts, goals) refers to a picture by its id. A photo keeps
its cleaned JPEG here (see `planner.pictures`); a symbol keeps only its key in the library.
"""

import datetime as dt

from sqlalchemy import DateTime, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from planner.storage.models import Base, Versioned, utcnow, visibility_column


class Picture(Versioned, Base):
    __tablename__ = "picture"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(
        ForeignKey("plan.id", ondelete="CASCADE"), nullable=False, index=True
    )
    kind: Mapped[str] = mapped_column(String(16), nullable=False)  # "symbol" or "photo"
    symbol_key: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    # Loaded only when asked for (`photo_jpeg`, the plan file): lists of answers, moments and
    # people name their pictures without reading every photo's bytes.
    jpeg: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True, deferred=True)
    # A few words saying what the picture shows: its text alternative everywhere.
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    visibility: Mapped[str] = visibility_column()
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False, default=utcnow)
