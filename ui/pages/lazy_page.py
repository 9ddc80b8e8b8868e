"""A page that builds its content the first time it is shown, so that opening the program
stays quick however many parts a plan has."""

from PySide6.QtWidgets import QVBoxLayout, QWidget


class LazyPage(QWidget):
    """Subclasses say how to make their content (`make_content`); the rest is here.

    The content is a QWidget with `show_plan(plan_id)` and `flush()`. Its attributes can be
    reached through the page (`page.totals`), which builds the content if need be.
    """

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self._plan_id: int | None = None
        self._content: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def make_content(self) -> QWidget:
        raise NotImplementedError

    @property
    def content(self) -> QWidget:
        if self._content is None:
            self._content = self.make_content()
            self.layout().addWidget(self._content)
            self._content.show()  # a child added to a shown page is hidden until told
            if self._plan_id is not None:
                self._content.show_plan(self._plan_id)
        return self._content

    def show_plan(self, plan_id: int) -> None:
        self._plan_id = plan_id
        if self._content is not None:
            self._content.show_plan(plan_id)

    def flush(self) -> None:
        if self._content is not None:
            self._content.flush()

    def showEvent(self, event) -> None:  # noqa: N802
        self.content  # noqa: B018 (built on first sight)
        super().showEvent(event)

    def __getattr__(self, name: str):
        if name.startswith("_") or name in ("content", "make_content", "session"):
            raise AttributeError(name)
        return getattr(self.content, name)
