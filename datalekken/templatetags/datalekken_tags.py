"""The field history of a case in words: 'ja/nee/onbekend', names instead of ids, local
times and choice labels, instead of the raw stored values."""

from datetime import datetime

from django import template
from django.contrib.auth import get_user_model
from django.db import models
from django.utils import timezone

register = template.Library()


def _leesbaar(field, waarde, namen: dict) -> str:
    if isinstance(field, models.BooleanField):
        return {True: "ja", False: "nee"}.get(waarde, "onbekend")
    if waarde in (None, "", []):
        return ""
    if isinstance(field, models.ForeignKey):
        return namen.get(waarde, str(waarde))
    if isinstance(waarde, datetime):
        return timezone.localtime(waarde).strftime("%d-%m-%Y %H:%M")
    if isinstance(waarde, list):
        keuzes = dict(field.base_field.choices or ())
        return "; ".join(str(keuzes.get(v, v)) for v in waarde)
    if field.choices:
        return str(dict(field.choices).get(waarde, waarde))
    return str(waarde)


@register.inclusion_tag("includes/history.html")
def datalek_historie(datalek, limit=50):
    records = list(datalek.history.select_related("history_user").order_by("-history_date")[:limit])
    paren = list(zip(records, [*records[1:], None][: len(records)], strict=True))
    deltas = [(nieuw, nieuw.diff_against(oud) if oud else None) for nieuw, oud in paren]
    model = type(datalek)
    user_ids = {
        waarde
        for _, delta in deltas
        if delta
        for change in delta.changes
        if isinstance(model._meta.get_field(change.field), models.ForeignKey)
        for waarde in (change.old, change.new)
        if waarde
    }
    namen = {
        user.pk: user.get_full_name() or user.get_username()
        for user in get_user_model().objects.filter(pk__in=user_ids)
    }
    rows = []
    for nieuw, delta in deltas:
        changes = []
        for change in delta.changes if delta else []:
            field = model._meta.get_field(change.field)
            changes.append(
                {
                    "veld": field.verbose_name,
                    "oud": _leesbaar(field, change.old, namen),
                    "nieuw": _leesbaar(field, change.new, namen),
                }
            )
        rows.append({"record": nieuw, "changes": changes})
    return {"rows": rows}
