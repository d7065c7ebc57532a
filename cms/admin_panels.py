"""The Wagtail dashboard's "waiting for you" panels: each app adds one, through the
``construct_homepage_panels`` hook, for the people who can act on it (needs to answer, training-hours
claims to decide, questions to review, answers to mark). A panel is a few counts, each a link to the
list where the work is done, computed with one query per app."""

from wagtail.admin.ui.components import Component


class TodoItem:
    def __init__(self, label, count, url, *, urgent=False):
        self.label, self.count, self.url, self.urgent = label, count, url, urgent


class TodoPanel(Component):
    template_name = "cms/admin/todo_panel.html"

    def __init__(self, *, name, heading, items, order=50):
        self.name, self.heading, self.items, self.order = name, heading, items, order

    def get_context_data(self, parent_context=None):
        return {"panel": self}
