import datetime
from collections import defaultdict

from django import template
from django.contrib.auth import get_user_model
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.utils import timezone

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


# --- History panel --------------------------------------------------------------------------


def _naam(obj) -> str:
    if isinstance(obj, get_user_model()):
        return obj.get_full_name() or obj.get_username()
    return str(obj)


def _fk_namen(model, changes) -> dict:
    """{(related model, pk): name} for every foreign-key value in the changes: one query per
    related model, whatever the number of rows in the panel."""
    pks = defaultdict(set)
    for change in changes:
        field = _field(model, change.field)
        if isinstance(field, models.ForeignKey):
            pks[field.related_model].update(v for v in (change.old, change.new) if v is not None)
    namen = {}
    for related, values in pks.items():
        for obj in related._default_manager.filter(pk__in=values):
            namen[(related, obj.pk)] = _naam(obj)
    return namen


def _field(model, name):
    try:
        return model._meta.get_field(name)
    except FieldDoesNotExist:
        return None


def leesbaar(field, waarde, namen: dict) -> str:
    """A stored value as a person reads it: ja/nee/onbekend, choice labels, names instead of
    ids, local dates and times. Empty values are '' (the panel shows '(leeg)')."""
    if isinstance(field, models.BooleanField):
        return {True: "ja", False: "nee"}.get(waarde, "onbekend")
    if waarde is None or waarde == "" or waarde == [] or waarde == {}:
        return ""
    if isinstance(field, models.ForeignKey):
        return namen.get((field.related_model, waarde), f"(verwijderd, nr. {waarde})")
    if isinstance(waarde, datetime.datetime):
        if timezone.is_aware(waarde):
            waarde = timezone.localtime(waarde)
        return waarde.strftime("%d-%m-%Y %H:%M")
    if isinstance(waarde, datetime.date):
        return waarde.strftime("%d-%m-%Y")
    if isinstance(waarde, list | tuple):
        base = getattr(field, "base_field", None)
        keuzes = dict(base.flatchoices) if base is not None and base.choices else {}
        return "; ".join(str(keuzes.get(v, v)) for v in waarde)
    if field is not None and field.choices:
        return str(dict(field.flatchoices).get(waarde, waarde))
    if isinstance(waarde, models.fields.files.FieldFile):
        return waarde.name or ""
    return str(waarde)


@register.inclusion_tag("includes/history.html")
def history_panel(obj, limit=50):
    """The change history of a model registered with django-simple-history, in words."""
    records = list(obj.history.select_related("history_user").order_by("-history_date")[:limit])
    model = obj._meta.model
    deltas = [
        (newer, newer.diff_against(older) if older is not None else None)
        # Rows created without history (bulk inserts, data from before the history) have none.
        for newer, older in zip(records, [*records[1:], None][: len(records)], strict=True)
    ]
    namen = _fk_namen(model, [c for _, delta in deltas if delta for c in delta.changes])
    rows = []
    for newer, delta in deltas:
        changes = []
        for change in delta.changes if delta else []:
            field = _field(model, change.field)
            changes.append(
                {
                    "veld": field.verbose_name if field is not None else change.field,
                    "oud": leesbaar(field, change.old, namen),
                    "nieuw": leesbaar(field, change.new, namen),
                }
            )
        rows.append({"record": newer, "changes": changes})
    return {"rows": rows}
