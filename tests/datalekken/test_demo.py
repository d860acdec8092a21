from datalekken import demo
from datalekken.models import Datalek, Klok


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
