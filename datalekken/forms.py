from datetime import timedelta

from crispy_forms.helper import FormHelper
from crispy_forms.layout import HTML, Fieldset, Layout
from django import forms
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils import timezone
from django.utils.html import escape

from datalekken.bijlagen import TOEGESTAAN, TOEGESTAAN_TEKST, validate_upload
from datalekken.models import (
    Bijlage,
    CategorieBetrokkenen,
    CategoriePersoonsgegevens,
    Datalek,
    Fase,
    SoortIncident,
    Vervolgmelding,
)
from privacyportal.roles import Rol
from register.models import Systeem, Verwerkingsactiviteit


def datetime_widget():
    return forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")


# A clock that is a few minutes ahead of the server is no reason to refuse a report.
SPELING = timedelta(minutes=10)
# A discovery longer ago than this is usually a typo in the year ("36 years late"). The
# melder may still record an old incident by ticking OUD_BEVESTIGD.
MAX_TERUG = timedelta(days=365)
OUD_BEVESTIGD = "ontdekt_lang_geleden"


def oud_bevestigd_field() -> forms.BooleanField:
    return forms.BooleanField(
        label="Het incident is echt meer dan een jaar geleden ontdekt",
        required=False,
        help_text="Alleen nodig als je een oud incident vastlegt.",
    )


def _after_ontdekt_op(fields: list[str]) -> list[str]:
    i = fields.index("ontdekt_op") + 1
    return [*fields[:i], OUD_BEVESTIGD, *fields[i:]]


def _not_in_future(form, veld: str) -> None:
    waarde = form.cleaned_data.get(veld)
    if waarde and waarde > timezone.now() + SPELING:
        form.add_error(veld, "Dit tijdstip ligt in de toekomst.")


class JaNeeOnbekend(forms.RadioSelect):
    """Ja / Nee / Onbekend for a nullable boolean; 'Onbekend' is checked when unanswered."""

    def __init__(self, attrs=None):
        super().__init__(attrs, choices=[("true", "Ja"), ("false", "Nee"), ("unknown", "Onbekend")])

    def format_value(self, value):
        return [{True: "true", False: "false"}.get(value, "unknown")]

    def value_from_datadict(self, data, files, name):
        return {"true": True, "false": False}.get(data.get(name))


class CheckboxesField(forms.TypedMultipleChoiceField):
    widget = forms.CheckboxSelectMultiple

    def __init__(self, *, choices, **kwargs):
        super().__init__(choices=choices, required=False, **kwargs)


class AantalMixin:
    """Checks the aantal_min/aantal_max pair: a range, or one of the two, or neither."""

    def clean(self):
        cleaned = super().clean()
        lo, hi = cleaned.get("aantal_min"), cleaned.get("aantal_max")
        if lo is not None and hi is not None and lo > hi:
            self.add_error("aantal_max", "Het maximum mag niet kleiner zijn dan het minimum.")
        return cleaned


class TijdenMixin:
    def clean(self):
        cleaned = super().clean()
        for veld in ("begonnen_op", "ontdekt_op", "beeindigd_op"):
            if veld in self.fields:
                _not_in_future(self, veld)
        if "ontdekt_op" in self.changed_data:
            self._check_long_ago(cleaned.get("ontdekt_op"))
        begonnen = cleaned.get("begonnen_op")
        ontdekt = cleaned.get("ontdekt_op", getattr(self.instance, "ontdekt_op", None))
        beeindigd = cleaned.get("beeindigd_op")
        if begonnen and ontdekt and begonnen > ontdekt:
            self.add_error("begonnen_op", "Het begin kan niet na het moment van ontdekken liggen.")
        if begonnen and beeindigd and beeindigd < begonnen:
            self.add_error("beeindigd_op", "Het einde kan niet voor het begin liggen.")
        return cleaned

    def _check_long_ago(self, ontdekt) -> None:
        if not ontdekt or ontdekt >= timezone.now() - MAX_TERUG:
            return
        if OUD_BEVESTIGD not in self.fields:
            self.add_error(
                "ontdekt_op",
                "Dit ligt meer dan een jaar terug. Controleer het jaartal. Gaat het echt om"
                " iets van zo lang geleden? Neem dan contact op met de melder datalekken.",
            )
        elif not self.cleaned_data.get(OUD_BEVESTIGD):
            self.add_error(
                "ontdekt_op",
                "Dit ligt meer dan een jaar terug. Klopt het jaartal? Vink dan aan dat het"
                " incident echt zo lang geleden is ontdekt.",
            )


MELDING_LABELS = {
    "titel": "Wat is er gebeurd? In één zin",
    "samenvatting": "Vertel in een paar zinnen wat er is gebeurd",
    "soort": "Wat voor soort incident is het?",
    "begonnen_op": "Wanneer begon het?",
    "ontdekt_op": "Wanneer is het ontdekt?",
    "categorieen_persoonsgegevens": "Welke gegevens zijn het?",
    "categorieen_betrokkenen": "Van wie zijn de gegevens?",
    "gegevens_toelichting": "Toelichting op de gegevens",
    "aantal_min": "Aantal mensen: ten minste",
    "aantal_max": "Aantal mensen: hooguit",
    "oorzaak": "Wat is de oorzaak, als je die weet?",
    "maatregelen_direct": "Wat heb je al gedaan?",
}


class MeldingForm(AantalMixin, TijdenMixin, forms.ModelForm):
    """The ontdekker's report: the facts the procedure asks, in two minutes."""

    categorieen_persoonsgegevens = CheckboxesField(
        choices=CategoriePersoonsgegevens.choices,
        label=MELDING_LABELS["categorieen_persoonsgegevens"],
    )
    categorieen_betrokkenen = CheckboxesField(
        choices=CategorieBetrokkenen.choices, label=MELDING_LABELS["categorieen_betrokkenen"]
    )

    class Meta:
        model = Datalek
        fields = [
            "titel",
            "samenvatting",
            "soort",
            "begonnen_op",
            "ontdekt_op",
            "categorieen_persoonsgegevens",
            "categorieen_betrokkenen",
            "gegevens_toelichting",
            "aantal_min",
            "aantal_max",
            "oorzaak",
            "maatregelen_direct",
        ]
        labels = MELDING_LABELS
        widgets = {
            "samenvatting": forms.Textarea(attrs={"rows": 4}),
            "begonnen_op": datetime_widget(),
            "ontdekt_op": datetime_widget(),
            "gegevens_toelichting": forms.Textarea(attrs={"rows": 2}),
            "oorzaak": forms.Textarea(attrs={"rows": 2}),
            "maatregelen_direct": forms.Textarea(attrs={"rows": 2}),
        }
        help_texts = {
            "titel": "Bijvoorbeeld: 'Mail met ledenlijst naar verkeerde adres gestuurd'.",
            "samenvatting": "Wat zag je, wat ging er mis? Zet hier geen wachtwoorden of BSN's in.",
            "begonnen_op": "Weet je het niet? Laat het leeg.",
            "ontdekt_op": "Vanaf dit moment lopen de 72 uur voor een melding bij de AP.",
            "gegevens_toelichting": "Bijvoorbeeld: 'namen en e-mailadressen van de leesclub'.",
            "aantal_min": "Een schatting is goed. Weet je het precies? Vul dan twee keer hetzelfde"
            " getal in.",
            "aantal_max": "Laat leeg als je geen bovengrens weet.",
            "maatregelen_direct": "Bijvoorbeeld: 'ontvanger gevraagd de mail te verwijderen'.",
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["ontdekt_op"].initial = timezone.localtime().replace(second=0, microsecond=0)
        self.fields["soort"].initial = SoortIncident.ONBEKEND


class ExterneMeldingForm(MeldingForm):
    """The melder may record a report from someone outside the library (a supplier)."""

    extern = forms.BooleanField(
        label="De ontdekker werkt niet bij de bibliotheek (bijvoorbeeld een leverancier)",
        required=False,
    )
    ontdekt_lang_geleden = oud_bevestigd_field()

    class Meta(MeldingForm.Meta):
        fields = [
            "extern",
            "ontdekker_extern_naam",
            "ontdekker_extern_organisatie",
            "ontdekker_extern_contact",
            *_after_ontdekt_op(MeldingForm.Meta.fields),
        ]

    field_order = Meta.fields

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("extern") and not cleaned.get("ontdekker_extern_naam"):
            self.add_error("ontdekker_extern_naam", "Vul de naam van de externe ontdekker in.")
        if not cleaned.get("extern"):
            for veld in ("ontdekker_extern_naam", "ontdekker_extern_organisatie"):
                cleaned[veld] = ""
            cleaned["ontdekker_extern_contact"] = ""
        return cleaned


# The submit button that redraws the form with the activities of the chosen systems, without
# saving anything (see RegisterKoppelingMixin).
VERWERKINGEN_TONEN = "verwerkingen_tonen"
KOPPELING_VELDEN = ("systemen", "verwerkingsactiviteiten")


class SysteemChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return obj.naam


class ActiviteitChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.code} {obj.naam}"


class RegisterKoppelingMixin:
    """The affected systems and processing activities from the register.

    The register may hold 10,000 activities, so the form does not list them all: it shows
    the activities of the chosen systems (and those already linked), grouped per system.
    'Verwerkingen tonen' redraws the form with the activities of newly ticked systems
    without saving; any activity of the register is accepted on submit."""

    def _init_koppelingen(self):
        systemen = self.fields["systemen"]
        systemen.queryset = Systeem.objects.order_by("naam")
        activiteiten = self.fields["verwerkingsactiviteiten"]
        activiteiten.queryset = Verwerkingsactiviteit.objects.select_related("domein", "systeem")
        gekozen_systemen = self._gekozen_pks("systemen")
        gekozen = self._gekozen_pks("verwerkingsactiviteiten")
        getoond = (
            Verwerkingsactiviteit.objects.filter(
                Q(systeem_id__in=gekozen_systemen) | Q(pk__in=gekozen)
            )
            .select_related("domein", "systeem")
            .order_by("systeem__naam", "-domein__groep", "domein__nummer", "volgnummer")
        )
        groepen: dict[str, list] = {}
        for activiteit in getoond:
            groep = activiteit.systeem.naam if activiteit.systeem else "Zonder systeem"
            label = f"{activiteit.code} {activiteit.naam}"
            groepen.setdefault(groep, []).append((activiteit.pk, label))
        activiteiten.widget.choices = list(groepen.items())
        self.aantal_getoonde_activiteiten = sum(len(v) for v in groepen.values())
        if not groepen:
            activiteiten.help_text = (
                "Kies eerst hierboven een of meer systemen en klik op ‘Verwerkingen tonen’."
            )
        velden = [naam for naam in self.fields if naam not in KOPPELING_VELDEN]
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True
        self.helper.layout = Layout(
            *velden,
            Fieldset(
                "Uit het verwerkingsregister",
                "systemen",
                HTML(
                    f'<button type="submit" name="{VERWERKINGEN_TONEN}" value="1"'
                    ' formnovalidate class="btn btn-sm btn-outline-secondary mb-3">'
                    "Verwerkingen van de gekozen systemen tonen</button>"
                ),
                "verwerkingsactiviteiten",
                css_class="border rounded p-3 mb-3 register-koppeling",
            ),
        )

    def clean(self):
        cleaned = super().clean()
        for naam in KOPPELING_VELDEN:
            if naam in self.errors:
                # A checkbox list without a (valid) option to draw shows no field error:
                # repeat it at the top of the form.
                label = self.fields[naam].label
                self.add_error(None, f"{label}: {' '.join(self.errors[naam])}")
        return cleaned

    def _gekozen_pks(self, naam: str) -> list[int]:
        if self.is_bound:
            waarden = self.fields[naam].widget.value_from_datadict(
                self.data, self.files, self.add_prefix(naam)
            )
        else:
            waarden = self.initial.get(naam) or []
        pks = []
        for waarde in waarden or []:
            waarde = getattr(waarde, "pk", waarde)
            if str(waarde).isdigit():
                pks.append(int(waarde))
        return pks

    def redisplay(self):
        """An unbound copy holding what was entered, to draw again without errors."""
        initial = {naam: self[naam].value() for naam in self.fields}
        return type(self)(instance=self.instance, initial=initial)


KOPPELING_WIDGETS = {
    "systemen": forms.CheckboxSelectMultiple(attrs={"class": "koppeling-systemen"}),
    "verwerkingsactiviteiten": forms.CheckboxSelectMultiple(
        attrs={"class": "koppeling-activiteiten"}
    ),
}
KOPPELING_HELP = {
    "systemen": "De systemen (of plekken) waar het incident speelde. De technicus van een"
    " systeem wordt voorgesteld bij het toewijzen.",
    "verwerkingsactiviteiten": "Vink de verwerkingen aan waarvan gegevens betrokken kunnen"
    " zijn. Je ziet de verwerkingen van de gekozen systemen.",
}
KOPPELING_FIELD_CLASSES = {
    "systemen": SysteemChoiceField,
    "verwerkingsactiviteiten": ActiviteitChoiceField,
}


class FeitenForm(RegisterKoppelingMixin, AantalMixin, TijdenMixin, forms.ModelForm):
    """All facts of the case, for the melder."""

    categorieen_persoonsgegevens = CheckboxesField(
        choices=CategoriePersoonsgegevens.choices, label="Categorieën persoonsgegevens"
    )
    categorieen_betrokkenen = CheckboxesField(
        choices=CategorieBetrokkenen.choices, label="Categorieën betrokkenen"
    )
    ontdekt_lang_geleden = oud_bevestigd_field()

    class Meta:
        model = Datalek
        fields = [
            "titel",
            "samenvatting",
            "soort",
            "begonnen_op",
            "beeindigd_op",
            "ontdekt_op",
            OUD_BEVESTIGD,
            "categorieen_persoonsgegevens",
            "categorieen_betrokkenen",
            "gegevens_toelichting",
            "aantal_min",
            "aantal_max",
            "oorzaak",
            "gevolgen",
            "maatregelen_direct",
            "maatregelen_structureel",
            "rol_organisatie",
            "verwerkingsverantwoordelijke",
            "verwerker",
            "betrokkenen_buitenland",
            *KOPPELING_VELDEN,
        ]
        field_classes = KOPPELING_FIELD_CLASSES
        labels = {"titel": "Korte omschrijving"}
        widgets = {
            "begonnen_op": datetime_widget(),
            "beeindigd_op": datetime_widget(),
            "ontdekt_op": datetime_widget(),
            "samenvatting": forms.Textarea(attrs={"rows": 5}),
            "gegevens_toelichting": forms.Textarea(attrs={"rows": 2}),
            "oorzaak": forms.Textarea(attrs={"rows": 3}),
            "gevolgen": forms.Textarea(attrs={"rows": 3}),
            "maatregelen_direct": forms.Textarea(attrs={"rows": 3}),
            "maatregelen_structureel": forms.Textarea(attrs={"rows": 3}),
            "betrokkenen_buitenland": JaNeeOnbekend(),
            **KOPPELING_WIDGETS,
        }
        help_texts = {
            "ontdekt_op": "Let op: de termijn van 72 uur rekent vanaf dit moment.",
            "gevolgen": "Bijvoorbeeld identiteitsfraude, phishing, schaamte, financiële schade.",
            **KOPPELING_HELP,
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._init_koppelingen()


class TechniekForm(RegisterKoppelingMixin, AantalMixin, TijdenMixin, forms.ModelForm):
    """What the technicus finds out and repairs (inventariseren, repareren)."""

    class Meta:
        model = Datalek
        fields = [
            "technische_bevindingen",
            "versleuteling",
            "begonnen_op",
            "beeindigd_op",
            "aantal_min",
            "aantal_max",
            "oorzaak",
            "maatregelen_direct",
            "maatregelen_structureel",
            *KOPPELING_VELDEN,
        ]
        field_classes = KOPPELING_FIELD_CLASSES
        widgets = {
            "technische_bevindingen": forms.Textarea(attrs={"rows": 5}),
            "versleuteling": forms.Textarea(attrs={"rows": 2}),
            "begonnen_op": datetime_widget(),
            "beeindigd_op": datetime_widget(),
            "oorzaak": forms.Textarea(attrs={"rows": 3}),
            "maatregelen_direct": forms.Textarea(attrs={"rows": 3}),
            "maatregelen_structureel": forms.Textarea(attrs={"rows": 3}),
            **KOPPELING_WIDGETS,
        }
        help_texts = {
            "technische_bevindingen": "Wat blijkt uit logbestanden en systemen: welke gegevens,"
            " welke periode, wie had toegang?",
            "maatregelen_direct": "Wat is gedaan om het lek te dichten en de gevolgen te beperken?",
            "maatregelen_structureel": "Wat voorkomt dat dit opnieuw gebeurt?",
            **KOPPELING_HELP,
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._init_koppelingen()


def _users_with_role(rol: str):
    return (
        get_user_model()
        .objects.filter(groups__name=rol, is_active=True)
        .order_by("first_name", "last_name", "username")
    )


class PersoonChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.get_full_name() or obj.get_username()


class ToewijzenForm(forms.Form):
    melder = PersoonChoiceField(
        queryset=_users_with_role(Rol.MELDER),
        required=False,
        label="Behandelend melder",
        empty_label="(nog niemand)",
    )
    technicus = PersoonChoiceField(
        queryset=_users_with_role(Rol.TECHNICUS),
        required=False,
        label="Technicus",
        empty_label="(geen technicus)",
        help_text="De technicus ziet alleen de dossiers die aan hem of haar zijn toegewezen.",
    )

    def __init__(self, *args, suggesties=(), **kwargs):
        super().__init__(*args, **kwargs)
        # Evaluated per request: group membership changes.
        self.fields["melder"].queryset = _users_with_role(Rol.MELDER)
        self.fields["technicus"].queryset = _users_with_role(Rol.TECHNICUS)
        self.suggesties = list(suggesties)
        if self.suggesties:
            technicus = self.fields["technicus"]
            technicus.help_text = (
                # crispy renders help texts unescaped: escape the names.
                "Voorgesteld: "
                + "; ".join(escape(str(s)) for s in self.suggesties)
                + ". "
                + technicus.help_text
            )
            if not self.initial.get("technicus"):
                eerste = next((s for s in self.suggesties if s.mag_technicus_zijn), None)
                if eerste is not None:
                    self.initial["technicus"] = eerste.technicus


class FaseForm(forms.Form):
    status = forms.ChoiceField(choices=Fase.Status.choices, label="Status")
    notitie = forms.CharField(
        label="Notitie (optioneel)", required=False, widget=forms.Textarea(attrs={"rows": 2})
    )

    def __init__(self, *args, fase: Fase, **kwargs):
        super().__init__(*args, **kwargs)
        if fase.soort not in Fase.MAG_NVT:
            self.fields["status"].choices = [
                c for c in Fase.Status.choices if c[0] != Fase.Status.NVT
            ]
        self.fields["status"].initial = fase.status


BESLISSCHEMA_VRAGEN = {
    "feit_persoonsgegevens": "Zijn er persoonsgegevens bij het incident betrokken?",
    "aard_vertrouwelijkheid": "Kunnen onbevoegden de gegevens hebben gezien of ontvangen?"
    " (vertrouwelijkheid)",
    "aard_integriteit": "Zijn gegevens onbedoeld of onrechtmatig gewijzigd? (integriteit)",
    "aard_beschikbaarheid": "Zijn gegevens verloren gegaan of (tijdelijk) niet beschikbaar?"
    " (beschikbaarheid)",
    "feit_snel_hersteld": "Waren de gegevens snel weer beschikbaar, zonder andere gevolgen?",
    "feit_onbegrijpelijk": "Waren de gegevens onbegrijpelijk voor onbevoegden (versleuteld of"
    " gehasht volgens de stand van de techniek, sleutel niet gelekt)?",
    "feit_ontvanger_vertrouwd_en_gewist": "Kwamen de gegevens alleen bij een bekende,"
    " vertrouwde ontvanger die heeft bevestigd ze te hebben gewist?",
    "feit_bijzondere_gegevens": "Gaat het om bijzondere of strafrechtelijke gegevens"
    " (gezondheid, religie, afkomst, strafblad; art. 9 en 10 AVG)?",
    "feit_gevoelige_gegevens": "Gaat het om gevoelige gegevens: BSN, financiële gegevens, kopie"
    " identiteitsbewijs, inloggegevens?",
    "feit_kwetsbare_groep": "Behoren de betrokkenen tot een kwetsbare groep, zoals kinderen?",
    "feit_kwade_opzet": "Is er sprake van kwade opzet (diefstal, hacking, phishing)?",
    "feit_buiten_organisatie": "Zijn de gegevens buiten de bibliotheek bij onbevoegden"
    " terechtgekomen?",
}


class BeslisschemaForm(AantalMixin, forms.ModelForm):
    """The beslisschema's questions, each ja / nee / onbekend."""

    class Meta:
        model = Datalek
        fields = [*BESLISSCHEMA_VRAGEN, "aantal_min", "aantal_max"]
        labels = {
            **BESLISSCHEMA_VRAGEN,
            "aantal_min": "Aantal betrokkenen: ten minste",
            "aantal_max": "Aantal betrokkenen: hooguit",
        }
        widgets = {name: JaNeeOnbekend() for name in BESLISSCHEMA_VRAGEN}

    def vragen(self):
        return [self[name] for name in BESLISSCHEMA_VRAGEN]


JA_NEE = [("ja", "Ja"), ("nee", "Nee")]


class BesluitForm(forms.Form):
    is_datalek = forms.TypedChoiceField(
        label="Is dit een datalek?",
        choices=JA_NEE,
        widget=forms.RadioSelect,
        coerce=lambda v: v == "ja",
    )
    melden_ap = forms.TypedChoiceField(
        label="Melden bij de Autoriteit Persoonsgegevens?",
        choices=JA_NEE,
        widget=forms.RadioSelect,
        coerce=lambda v: v == "ja",
    )
    informeren = forms.TypedChoiceField(
        label="De betrokkenen informeren?",
        choices=JA_NEE,
        widget=forms.RadioSelect,
        coerce=lambda v: v == "ja",
    )
    motivering = forms.CharField(
        label="Motivering",
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="Verplicht als het besluit afwijkt van het advies.",
    )

    def __init__(self, *args, advies, datalek: Datalek, **kwargs):
        self.advies = advies
        if datalek.is_gekwalificeerd:
            initial = {
                "is_datalek": "ja" if datalek.besluit_is_datalek else "nee",
                "melden_ap": "ja" if datalek.besluit_melden_ap else "nee",
                "informeren": "ja" if datalek.besluit_informeren_betrokkenen else "nee",
                "motivering": datalek.besluit_motivering,
            }
        else:
            initial = {
                "is_datalek": "ja" if advies.is_datalek else "nee",
                "melden_ap": "ja" if advies.melden_ap else "nee",
                "informeren": "ja" if advies.informeren_betrokkenen else "nee",
            }
        super().__init__(*args, initial=initial, **kwargs)

    def wijkt_af(self) -> bool:
        c = self.cleaned_data
        return (c.get("is_datalek"), c.get("melden_ap"), c.get("informeren")) != (
            self.advies.is_datalek,
            self.advies.melden_ap,
            self.advies.informeren_betrokkenen,
        )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("is_datalek") is False:
            if cleaned.get("melden_ap"):
                self.add_error("melden_ap", "Alleen een datalek wordt bij de AP gemeld.")
            if cleaned.get("informeren"):
                self.add_error(
                    "informeren", "Alleen bij een datalek worden betrokkenen geïnformeerd."
                )
        if not self.errors and self.wijkt_af() and not cleaned.get("motivering", "").strip():
            self.add_error(
                "motivering",
                "Het besluit wijkt af van het advies van het beslisschema: motiveer waarom.",
            )
        return cleaned


def _bijlage_field(label: str) -> forms.FileField:
    return forms.FileField(
        label=label,
        required=False,
        widget=forms.ClearableFileInput(attrs={"accept": ",".join(TOEGESTAAN)}),
        help_text=f"Toegestaan: {TOEGESTAAN_TEKST}.",
    )


class BijlageUploadMixin:
    def _clean_upload(self, name):
        upload = self.cleaned_data.get(name)
        if upload:
            validate_upload(upload)
        return upload


class ApMeldingForm(BijlageUploadMixin, forms.ModelForm):
    afschrift = _bijlage_field("Afschrift van de melding (pdf)")
    ontvangstbevestiging = _bijlage_field("Ontvangstbevestiging van de AP")

    class Meta:
        model = Datalek
        fields = ["ap_meldingsnummer", "ap_gemeld_op", "ap_reden_vertraging"]
        widgets = {
            "ap_gemeld_op": datetime_widget(),
            "ap_reden_vertraging": forms.Textarea(attrs={"rows": 3}),
        }
        help_texts = {
            "ap_meldingsnummer": "Het nummer dat het meldloket van de AP na het indienen toont.",
            "ap_reden_vertraging": "Verplicht als de melding later dan 72 uur na ontdekking is"
            " gedaan (art. 33 lid 1 AVG).",
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["ap_meldingsnummer"].required = True
        self.fields["ap_gemeld_op"].required = True
        if not self.instance.ap_gemeld_op:
            self.initial["ap_gemeld_op"] = timezone.localtime().replace(second=0, microsecond=0)

    def clean_afschrift(self):
        return self._clean_upload("afschrift")

    def clean_ontvangstbevestiging(self):
        return self._clean_upload("ontvangstbevestiging")

    def clean(self):
        cleaned = super().clean()
        _not_in_future(self, "ap_gemeld_op")
        gemeld_op = cleaned.get("ap_gemeld_op")
        if (
            gemeld_op
            and self.instance.is_te_laat_gemeld(gemeld_op)
            and not cleaned.get("ap_reden_vertraging", "").strip()
        ):
            self.add_error(
                "ap_reden_vertraging",
                "De melding is later dan 72 uur na ontdekking gedaan: vul de reden van de"
                " vertraging in. De AP vraagt daarnaar.",
            )
        if gemeld_op and gemeld_op < self.instance.ontdekt_op:
            self.add_error("ap_gemeld_op", "De melding kan niet voor de ontdekking liggen.")
        return cleaned


class VervolgmeldingForm(forms.ModelForm):
    class Meta:
        model = Vervolgmelding
        fields = ["soort", "gedaan_op", "kenmerk", "toelichting"]
        widgets = {"gedaan_op": datetime_widget(), "toelichting": forms.Textarea(attrs={"rows": 3})}

    def clean(self):
        cleaned = super().clean()
        _not_in_future(self, "gedaan_op")
        return cleaned


class BetrokkenenForm(forms.ModelForm):
    class Meta:
        model = Datalek
        fields = [
            "betrokkenen_geinformeerd_op",
            "betrokkenen_wijze",
            "betrokkenen_bericht",
            "uitzondering_informeren",
            "uitzondering_toelichting",
        ]
        widgets = {
            "betrokkenen_geinformeerd_op": datetime_widget(),
            "betrokkenen_bericht": forms.Textarea(attrs={"rows": 6}),
            "uitzondering_toelichting": forms.Textarea(attrs={"rows": 3}),
        }
        help_texts = {
            "betrokkenen_bericht": "De tekst zoals verstuurd: wat er is gebeurd, de gevolgen, de"
            " maatregelen en waar ze terechtkunnen met vragen (art. 34 lid 2 AVG).",
        }

    def clean(self):
        cleaned = super().clean()
        _not_in_future(self, "betrokkenen_geinformeerd_op")
        geinformeerd = cleaned.get("betrokkenen_geinformeerd_op")
        uitzondering = cleaned.get("uitzondering_informeren")
        if geinformeerd and uitzondering:
            self.add_error(
                "uitzondering_informeren",
                "Kies: de betrokkenen zijn geïnformeerd, óf er geldt een uitzondering.",
            )
        elif geinformeerd:
            if not cleaned.get("betrokkenen_wijze"):
                self.add_error("betrokkenen_wijze", "Vul in hoe de betrokkenen zijn geïnformeerd.")
            if not cleaned.get("betrokkenen_bericht", "").strip():
                self.add_error("betrokkenen_bericht", "Neem de tekst van het bericht op.")
        elif uitzondering:
            if not cleaned.get("uitzondering_toelichting", "").strip():
                self.add_error(
                    "uitzondering_toelichting", "Licht toe waarom de uitzondering geldt."
                )
        elif not self.errors:
            self.add_error(
                "betrokkenen_geinformeerd_op",
                "Vul in wanneer de betrokkenen zijn geïnformeerd, of kies een uitzondering.",
            )
        return cleaned


class BijlageForm(BijlageUploadMixin, forms.Form):
    bestand = forms.FileField(
        label="Bestand",
        widget=forms.ClearableFileInput(attrs={"accept": ",".join(TOEGESTAAN)}),
        help_text=f"Toegestaan: {TOEGESTAAN_TEKST}.",
    )
    soort = forms.ChoiceField(label="Soort", choices=Bijlage.Soort.choices, initial="overig")
    omschrijving = forms.CharField(label="Omschrijving (optioneel)", max_length=200, required=False)

    def clean_bestand(self):
        return self._clean_upload("bestand")


class NotitieForm(forms.Form):
    tekst = forms.CharField(
        label="Notitie", widget=forms.Textarea(attrs={"rows": 3}), max_length=5000
    )


class AanvullingForm(forms.Form):
    """What the ontdekker adds to their own report afterwards."""

    tekst = forms.CharField(
        label="Wat wil je aanvullen?",
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=5000,
        help_text="Bijvoorbeeld: de ontvanger heeft de mail verwijderd, of het gaat om meer"
        " mensen dan gedacht. Zet hier geen wachtwoorden of BSN's in.",
        error_messages={"required": "Schrijf eerst wat je wilt aanvullen."},
    )


class ArchiverenForm(forms.Form):
    notitie = forms.CharField(
        label="Slotopmerking (optioneel)", required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
