"""Settings kept in the database, so everyone using it (a team sharing one database, the
command line and the window alike) counts from the same numbers: how often reviews fall due."""

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from planner.storage.models import Base, Versioned


class SharedSetting(Versioned, Base):
    __tablename__ = "shared_setting"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(64), nullable=False, unique=True)
    value: Mapped[str] = mapped_column(String(200), nullable=False)
