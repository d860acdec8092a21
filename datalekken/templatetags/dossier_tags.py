"""The phase badges and the 72-hour clock badge, wherever a case is shown.

The case list draws six phase badges and a clock per row; as template includes that cost
about a millisecond per row (dozens of variable lookups each), as `format_html` a tenth of
that (and a phase badge is built once per phase and status, then reused).
"""

import functools

from django import template
from django.template.defaultfilters import date as date_filter
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import mark_safe

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


@register.simple_tag
def fasen_strip(fasen):
    badges = "".join(_fase_badge(fase.soort, fase.status) for fase in fasen)
    # Every badge was built with format_html from the fixed labels of the choices.
    return mark_safe(f'<div class="fasen-strip" aria-label="Fasen">{badges}</div>')


@register.simple_tag
def klok_badge(klok):
    return format_html(
        '<span class="badge {}" title="Termijn melding AP: {}">{}</span>',
        klok.css,
        date_filter(timezone.localtime(klok.deadline), "d-m-Y H:i"),
        klok.tekst,
    )
