"""Staying well: the person's crisis plan (built when first shown; see staying_well_content)."""

from ui.pages.lazy_page import LazyPage


class StayingWellPage(LazyPage):
    CONTENT_CODE = ("ui.pages.staying_well_content",)

    def make_content(self):
        from ui.pages.staying_well_content import StayingWellContent

        return StayingWellContent(self.session)
