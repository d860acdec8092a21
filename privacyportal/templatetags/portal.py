from django import template

from privacyportal.markdown import render_markdown
from privacyportal.roles import has_role

register = template.Library()


@register.filter(name="markdown")
def markdown_filter(text):
    return render_markdown(text)


@register.filter
def heeft_rol(user, roles: str) -> bool:
    """`{% if user|heeft_rol:"fg,melder" %}`: true when the user holds any of the roles."""
    return has_role(user, *[role.strip() for role in roles.split(",")])


@register.inclusion_tag("includes/history.html")
def history_panel(obj, limit=50):
    """The change history of a model registered with django-simple-history."""
    records = list(obj.history.select_related("history_user").order_by("-history_date")[:limit])
    rows = []
    # Rows created without history (bulk inserts, data from before the history) have none.
    for newer, older in zip(records, [*records[1:], None][: len(records)], strict=True):
        changes = []
        if older is not None:
            delta = newer.diff_against(older)
            for change in delta.changes:
                field = newer.instance_type._meta.get_field(change.field)
                changes.append({"veld": field.verbose_name, "oud": change.old, "nieuw": change.new})
        rows.append({"record": newer, "changes": changes})
    return {"rows": rows}
