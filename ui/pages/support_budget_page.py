"""My support and budget: the broker's page (built when first shown; see budget/budget_content)."""

from ui.pages.lazy_page import LazyPage


class SupportBudgetPage(LazyPage):
    CONTENT_CODE = ("ui.pages.budget.budget_content",)

    def make_content(self):
        from ui.pages.budget.budget_content import SupportBudgetContent

        return SupportBudgetContent(self.session)
