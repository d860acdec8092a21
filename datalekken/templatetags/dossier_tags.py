"""The phase badges and the 72-hour clock badge, wherever a case is shown.

The case list draws six phase badges and a clock per row; as template includes that cost
about a millisecond per row (dozens of variable lookups each), as `format_html` a tenth of
that (and a phase badge is built once per phase and status, then reused). The rows of the
list are built the same way, all at once (`dossier_rijen`).
"""

import functools

from django import template
from django.template.defaultfilters import date as date_filter
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.text import Truncator

from datalekken.models import Fase

register = template.Library()


@functools.cache
def _fase_badge(soort: str, status: str) -> str:
    """One badge per (phase, status): six phases and four states, so 24 strings at most."""
    fase = Fase(soort=soort, status=status)
    soort_label, status_label = fase.get_soort_display(), fase.get_status_display()
    return format_html(
        '<span class="badge {}" title="{}: {}"><span aria-hidden="true">{}</span>'
        '<span class="visually-hidden">{}: {}</span></span>',
        fase.css,
        soort_label,
        status_label,
        soort_label[:1],
        soort_label,
        status_label,
    )


def _fasen_strip(paren) -> str:
    """The badges of a case's phases from its "soort:status" pairs (`DatalekQuerySet.for_list`)."""
    badges = "".join(_fase_badge(*paar.split(":", 1)) for paar in paren)
    # Every badge was built with format_html from the fixed labels of the choices.
    return mark_safe(f'<div class="fasen-strip" aria-label="Fasen">{badges}</div>')


@register.simple_tag
def dossier_rijen(datalekken):
    """The rows of the case list, one string for the page: as a template loop each row cost
    some fifty variable lookups and filter calls. Each case comes from `for_list` and has
    `klok_nu` set by the view."""
    regels = []
    for datalek in datalekken:
        technicus = datalek.technicus.get_full_name() if datalek.technicus_id else ""
        regels.append(
            format_html(
                '<tr><th scope="row" class="text-nowrap"><a href="{}">{}</a></th>'
                "<td>{}{}</td>"
                '<td class="text-nowrap">{}</td>'
                "<td>{}</td><td>{}</td><td>{}</td></tr>",
                datalek.get_absolute_url(),
                datalek.dossiernummer,
                Truncator(datalek.titel).chars(80),
                GEARCHIVEERD if datalek.is_gearchiveerd else "",
                date_filter(timezone.localtime(datalek.ontdekt_op), "d-m-Y H:i"),
                _fasen_strip(datalek.fase_paren),
                klok_badge(datalek.klok_nu),
                technicus or "—",
            )
        )
    # Every row was built with format_html, which escapes the values.
    return mark_safe("".join(regels))


GEARCHIVEERD = mark_safe(' <span class="badge text-bg-dark">gearchiveerd</span>')


@register.simple_tag
def klok_badge(klok):
    return format_html(
        '<span class="badge {}" title="Termijn melding AP: {}">{}</span>',
        klok.css,
        date_filter(timezone.localtime(klok.deadline), "d-m-Y H:i"),
        klok.tekst,
    )
