from django.utils.html import escape

from datalekken import demo
from datalekken.models import Datalek, Fase, Klok


def test_demo_cases_cover_the_phases_and_are_loaded_once(cast):
    demo.load(cast)
    datalekken = list(Datalek.objects.all())
    assert len(datalekken) == 6
    toestanden = {d.klok().toestand for d in datalekken}
    assert Klok.TE_LAAT in toestanden and Klok.KRAP in toestanden
    assert sum(d.is_gearchiveerd for d in datalekken) == 1
    assert Datalek.objects.filter(technicus=cast["technicus"]).open().exists()
    assert Datalek.objects.filter(ontdekker__isnull=True).exists()  # an external ontdekker
    assert Datalek.objects.exclude(ap_meldingsnummer="").exists()

    demo.load(cast)
    assert Datalek.objects.count() == 6


def test_summary_follows_the_order_of_the_ap_form(client_for, cast):
    demo.load(cast)
    datalek = Datalek.objects.exclude(ap_meldingsnummer="").get()
    page = client_for(cast["melder"]).get(f"/datalekken/{datalek.pk}/samenvatting/").content
    koppen = [
        "1. Melding",
        "2. Over het datalek",
        "3. Vervolgacties",
        "4. Communicatie met betrokkenen",
        "5. Technische beschermingsmaatregelen",
        "6. Internationale aspecten",
    ]
    posities = [page.decode().index(kop) for kop in koppen]
    assert posities == sorted(posities)
    assert datalek.ap_meldingsnummer.encode() in page


def test_demo_history_names_the_people_not_systeem(client_for, cast):
    demo.load(cast)
    assert Datalek.history.filter(history_user__isnull=True).count() == 0
    assert Fase.history.exists()
    assert Fase.history.filter(history_user__isnull=True).count() == 0
    datalek = Datalek.objects.get(technicus=cast["technicus"], besluit_is_datalek__isnull=True)
    page = client_for(cast["melder"]).get(datalek.get_absolute_url()).content.decode()
    historie = page[page.index('id="historie-titel"') :]
    assert "systeem" not in historie
    assert escape(cast["medewerker"].get_full_name()) in historie


def test_demo_archived_case_documents_the_facts(cast):
    from datalekken import services

    demo.load(cast)
    for datalek in Datalek.objects.all():
        if datalek.is_gearchiveerd or not services.archiveren_ontbreekt(datalek):
            assert services.dossier_ontbreekt(datalek) == [], datalek
    # The case that is ready to archive still is.
    assert any(
        not d.is_gearchiveerd and not services.archiveren_ontbreekt(d)
        for d in Datalek.objects.all()
    )
