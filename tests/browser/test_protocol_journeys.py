"""The handbook end to end: reading and confirming, and a redacteur publishing a new version."""

import pytest
from playwright.sync_api import expect

from protocol.models import Leesbevestiging, ProtocolVersie
from tests.protocol import factories as f

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def handbook():
    versie = f.VersieFactory(
        versienummer=1, titel="Privacyprotocol klantcontact", vastgesteld_door="MT"
    )
    hoofdstuk = f.HoofdstukFactory(versie=versie, titel="Een (mogelijk) datalek melden")
    f.SectieFactory(
        hoofdstuk=hoofdstuk,
        titel="Wat is een datalek",
        tekst="Van een **datalek** spreken we als persoonsgegevens bij de verkeerde terechtkomen.",
    )
    f.SectieFactory(
        hoofdstuk=hoofdstuk,
        titel="Direct melden",
        tekst="Meld het meteen via Datalek melden. Bel bij twijfel de teamleider.",
        hoofdpunt=True,
        hoofdpunt_tekst="Meld een mogelijk datalek meteen.",
    )
    f.SituatieFactory(
        versie=versie,
        titel="Een klant laat een paspoort bij de kopieerapparaat liggen.",
        weet="- Een vergeten paspoort kan worden misbruikt voor een datalek of fraude.",
        verhaal="",
        doen="- Doe het in een envelop in de afsluitbare kast.",
        laten="- Je legt het niet open op de balie.",
    )
    return f.publish(versie)


def test_a_medewerker_searches_reads_a_situatie_and_confirms(
    page, login, medewerker, handbook, screenshot
):
    login(medewerker)
    expect(page.get_by_role("heading", name="Lees het privacyprotocol, versie 1")).to_be_visible()
    page.get_by_role("link", name="Protocol lezen").click()

    page.get_by_label("Zoeken in het protocol").fill("datalekken")
    page.get_by_label("Zoeken in het protocol").press("Enter")
    page.wait_for_url("**/protocol/zoeken/**")
    expect(page.locator(".zoek-passage mark").first).to_have_text("datalek", ignore_case=True)
    page.get_by_role("link", name="Een klant laat een paspoort").click()

    for deel in ("Weet", "Verhaal", "Doen", "Laten"):
        expect(page.get_by_role("heading", name=deel)).to_be_visible()
    expect(page.get_by_text("Doe het in een envelop")).to_be_visible()

    page.get_by_role("link", name="Inhoud", exact=True).click()
    page.get_by_role("button", name="Ik heb versie 1 gelezen").click()
    expect(page.get_by_text("Bedankt! Je hebt bevestigd")).to_be_visible()
    assert Leesbevestiging.objects.filter(gebruiker=medewerker, versie=handbook).exists()
    page.goto("/")
    expect(page.get_by_text("door jou gelezen op")).to_be_visible()
    screenshot("protocol-medewerker-bevestigd")


def test_a_redacteur_publishes_a_new_version_and_staff_are_asked_again(
    page, login, redacteur, medewerker, handbook, screenshot
):
    Leesbevestiging.objects.create(gebruiker=medewerker, versie=handbook)
    login(redacteur)
    page.get_by_role("link", name="Redactie protocol").click()
    page.get_by_role("button", name="Nieuwe conceptversie starten").click()
    expect(page.get_by_text("Conceptversie 2 is aangemaakt")).to_be_visible()

    # Edit a section; leave a placeholder in it for now.
    page.locator("li", has_text="Direct melden").get_by_role("link", name="Bewerken").click()
    page.get_by_label("Tekst", exact=True).fill(
        "Meld het meteen via Datalek melden. Buiten kantoortijd bel je "
        "[nader in te vullen: nummer bereikbaarheidsdienst]."
    )
    page.get_by_role("button", name="Opslaan").click()
    page.get_by_role("link", name="1 open plek").click()

    expect(
        page.locator("mark", has_text="[nader in te vullen: nummer bereikbaarheidsdienst]")
    ).to_be_visible()
    page.get_by_role("link", name="Invullen").click()
    page.get_by_label("Tekst", exact=True).fill(
        "Meld het meteen via Datalek melden. Buiten kantoortijd bel je 0123-456 731."
    )
    page.get_by_role("button", name="Opslaan").click()
    expect(page.get_by_text("Er staan geen open plekken meer in het concept.")).to_be_visible()

    page.get_by_role("link", name="Naar publiceren").click()
    page.get_by_label("Ingangsdatum").fill("2026-12-01")
    page.get_by_label("Vastgesteld door").fill("MT")
    page.get_by_label("Vastgesteld op").fill("2026-11-20")
    page.get_by_role("button", name="Versie 2 publiceren").click()
    expect(page.get_by_text("Versie 2 is gepubliceerd")).to_be_visible()
    screenshot("protocol-redacteur-gepubliceerd")
    assert ProtocolVersie.objects.huidige().versienummer == 2
    assert ProtocolVersie.objects.get(versienummer=1).status == "vervallen"

    login(medewerker)
    expect(page.get_by_role("heading", name="Lees het privacyprotocol, versie 2")).to_be_visible()
    screenshot("protocol-nieuwe-versie-herinnering")
