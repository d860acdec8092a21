"""The rows of the case list, built in one tag, are the HTML the template loop produced."""

import datetime
import re
from zoneinfo import ZoneInfo

import pytest
from django.db.models import Prefetch
from django.template import Context, Template
from django.utils import timezone
from django.utils.safestring import mark_safe

from datalekken.models import Datalek, Fase
from datalekken.templatetags.dossier_tags import _fase_badge, dossier_rijen
from tests.datalekken.factories import DatalekFactory, set_fase
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db
AMS = ZoneInfo("Europe/Amsterdam")

# The row as lijst.html wrote it before `dossier_rijen` (the phase strip as `fasen_strip`
# built it from the prefetched phases).
OUDE_RIJ = Template(
    "{% load dossier_tags %}{% for datalek in datalekken %}"
    "<tr>"
    '<th scope="row" class="text-nowrap"><a href="{{ datalek.get_absolute_url }}">'
    "{{ datalek.dossiernummer }}</a></th>"
    "<td>{{ datalek.titel|truncatechars:80 }}{% if datalek.is_gearchiveerd %} "
    '<span class="badge text-bg-dark">gearchiveerd</span>{% endif %}</td>'
    '<td class="text-nowrap">{{ datalek.ontdekt_op|date:"d-m-Y H:i" }}</td>'
    "<td>{{ datalek.oude_strip }}</td>"
    "<td>{% klok_badge datalek.klok_nu %}</td>"
    '<td>{{ datalek.technicus.get_full_name|default:"—" }}</td>'
    "</tr>{% endfor %}"
)


def _oude_strip(fasen):
    badges = "".join(_fase_badge(fase.soort, fase.status) for fase in fasen)
    return mark_safe(f'<div class="fasen-strip" aria-label="Fasen">{badges}</div>')


def test_the_rows_equal_what_the_template_loop_rendered():
    technicus = UserFactory(rollen=["technicus"], first_name="Tess", last_name="O'Brien & Zn")
    naamloos = UserFactory(rollen=["technicus"], first_name="", last_name="")
    nu = timezone.now()
    zaken = [
        # Discovered late on New Year's Eve in Amsterdam: the local date and time show.
        DatalekFactory(
            ontdekt_op=datetime.datetime(2025, 12, 31, 23, 30, tzinfo=AMS),
            titel="<script>alert('x')</script> & een titel die langer is dan tachtig tekens, "
            "zodat hij wordt afgekapt",
            technicus=technicus,
        ),
        DatalekFactory(gearchiveerd_op=nu, technicus=naamloos, besluit_melden_ap=False),
        DatalekFactory(ap_gemeld_op=nu, besluit_melden_ap=True),
        DatalekFactory(ontdekt_op=nu - datetime.timedelta(hours=60)),
    ]
    set_fase(zaken[0], Fase.Soort.INVENTARISEREN, Fase.Status.BEZIG)
    set_fase(zaken[0], Fase.Soort.REPAREREN, Fase.Status.NVT)
    set_fase(zaken[2], Fase.Soort.KWALIFICEREN, Fase.Status.AFGEROND)

    nieuw = list(Datalek.objects.for_list().order_by("pk"))
    oud = list(
        Datalek.objects.select_related("technicus")
        .prefetch_related(Prefetch("fasen", queryset=Fase.objects.order_by("volgorde")))
        .order_by("pk")
    )
    for datalek in [*nieuw, *oud]:
        datalek.klok_nu = datalek.klok(nu)
    for datalek in oud:
        datalek.oude_strip = _oude_strip(datalek.fasen.all())

    html = dossier_rijen(nieuw)
    assert html == OUDE_RIJ.render(Context({"datalekken": oud}))
    assert "31-12-2025 23:30" in html
    assert "&lt;script&gt;" in html and "<script>" not in html
    assert "O&#x27;Brien &amp; Zn" in html
    assert len(re.findall('class="badge text-bg-primary" title="Inventariseren: Bezig"', html)) == 1
