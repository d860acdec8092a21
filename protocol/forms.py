from django import forms

from privacyportal.uploads import check_size, safe_filename
from protocol.models import (
    Cursus,
    Doorverwijsadres,
    Hoofdstuk,
    Locatie,
    ProtocolVersie,
    Sectie,
    Situatie,
    Sneltoets,
    Spreekuur,
    Uitspraak,
)
from protocol.word_import import WordImportFout, parse_docx

MARKDOWN_HELP = (
    "Opmaak met Markdown: **vet**, *schuin*, een regel die begint met “- ” wordt een "
    "opsommingsteken. Een witregel begint een nieuwe alinea."
)


def _date_input():
    return forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class DatumVolgordeMixin:
    """A version cannot take effect before it was adopted."""

    def clean(self):
        cleaned = super().clean()
        ingang, vastgesteld = cleaned.get("ingangsdatum"), cleaned.get("vastgesteld_op")
        if ingang and vastgesteld and ingang < vastgesteld:
            self.add_error("ingangsdatum", "De ingangsdatum ligt vóór de datum van vaststelling.")
        return cleaned


class VersieForm(DatumVolgordeMixin, forms.ModelForm):
    class Meta:
        model = ProtocolVersie
        fields = [
            "titel",
            "ingangsdatum",
            "vastgesteld_door",
            "vastgesteld_op",
            "samenvatting_wijzigingen",
            "werkwijze",
            "werkwijze_toelichting",
        ]
        widgets = {
            "ingangsdatum": _date_input(),
            "vastgesteld_op": _date_input(),
            "samenvatting_wijzigingen": forms.Textarea(attrs={"rows": 6}),
            "werkwijze_toelichting": forms.Textarea(attrs={"rows": 10}),
        }
        help_texts = {
            "samenvatting_wijzigingen": "Wat is er veranderd ten opzichte van de vorige "
            "versie? Medewerkers lezen dit als eerste. " + MARKDOWN_HELP,
            "werkwijze_toelichting": MARKDOWN_HELP,
        }


class PublicerenForm(DatumVolgordeMixin, forms.ModelForm):
    bevestig_open_plekken = forms.BooleanField(
        label="Ik publiceer bewust met open plekken",
        required=False,
    )
    reden = forms.CharField(
        label="Reden om met open plekken te publiceren",
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Wordt bij de versie vastgelegd en is voor iedereen zichtbaar.",
    )

    class Meta:
        model = ProtocolVersie
        fields = ["ingangsdatum", "vastgesteld_door", "vastgesteld_op"]
        widgets = {"ingangsdatum": _date_input(), "vastgesteld_op": _date_input()}

    def __init__(self, *args, open_plekken: int = 0, **kwargs):
        super().__init__(*args, **kwargs)
        self.open_plekken = open_plekken
        for name in ("ingangsdatum", "vastgesteld_door", "vastgesteld_op"):
            self.fields[name].required = True
        self.fields["ingangsdatum"].error_messages["required"] = "Vul de ingangsdatum in."
        self.fields["vastgesteld_door"].error_messages["required"] = (
            "Vul in wie deze versie heeft vastgesteld."
        )
        self.fields["vastgesteld_op"].error_messages["required"] = (
            "Vul in wanneer deze versie is vastgesteld."
        )
        if not open_plekken:
            del self.fields["bevestig_open_plekken"]
            del self.fields["reden"]

    def clean(self):
        cleaned = super().clean()
        if self.open_plekken:
            if not cleaned.get("bevestig_open_plekken"):
                self.add_error(
                    "bevestig_open_plekken",
                    f"Er staan nog {self.open_plekken} open plekken in het concept. Vul ze in, "
                    "of vink aan dat je toch wilt publiceren.",
                )
            if not (cleaned.get("reden") or "").strip():
                self.add_error("reden", "Geef aan waarom je publiceert met open plekken.")
        return cleaned


class HoofdstukForm(forms.ModelForm):
    class Meta:
        model = Hoofdstuk
        fields = ["titel"]


class SectieForm(forms.ModelForm):
    class Meta:
        model = Sectie
        fields = ["hoofdstuk", "titel", "tekst", "hoofdpunt", "hoofdpunt_tekst"]
        widgets = {
            "tekst": forms.Textarea(attrs={"rows": 16}),
            "hoofdpunt_tekst": forms.Textarea(attrs={"rows": 2}),
        }
        help_texts = {"tekst": MARKDOWN_HELP}

    def __init__(self, *args, versie, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["hoofdstuk"].queryset = Hoofdstuk.objects.filter(versie=versie)
        self.fields["hoofdstuk"].empty_label = None

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("hoofdpunt") and not (cleaned.get("hoofdpunt_tekst") or "").strip():
            self.add_error(
                "hoofdpunt_tekst", "Een hoofdpunt heeft een korte tekst voor het verkort protocol."
            )
        return cleaned


class SituatieForm(forms.ModelForm):
    class Meta:
        model = Situatie
        fields = ["titel", "context", "weet", "verhaal", "doen", "laten"]
        widgets = {
            "titel": forms.Textarea(attrs={"rows": 2}),
            **{deel: forms.Textarea(attrs={"rows": 7}) for deel in Situatie.DELEN},
        }


class UitspraakForm(forms.ModelForm):
    class Meta:
        model = Uitspraak
        fields = ["tekst", "toelichting", "uitzondering"]
        widgets = {
            "tekst": forms.Textarea(attrs={"rows": 3}),
            "toelichting": forms.Textarea(attrs={"rows": 2}),
        }


class SneltoetsForm(forms.ModelForm):
    class Meta:
        model = Sneltoets
        fields = ["toetsen", "actie", "systeem"]


class LocatieForm(forms.ModelForm):
    class Meta:
        model = Locatie
        fields = ["naam", "adres", "bijzonderheden", "volgorde"]
        widgets = {"bijzonderheden": forms.Textarea(attrs={"rows": 10})}


class DoorverwijsadresForm(forms.ModelForm):
    class Meta:
        model = Doorverwijsadres
        fields = ["organisatie", "aanbod", "contact", "vragen"]
        widgets = {
            name: forms.Textarea(attrs={"rows": 3}) for name in ("aanbod", "contact", "vragen")
        }


class SpreekuurForm(forms.ModelForm):
    class Meta:
        model = Spreekuur
        fields = ["naam", "vragen", "locatie", "waar", "wanneer"]
        widgets = {"vragen": forms.Textarea(attrs={"rows": 3})}


class CursusForm(forms.ModelForm):
    class Meta:
        model = Cursus
        fields = ["naam", "omschrijving", "wanneer", "aanmelden"]
        widgets = {"omschrijving": forms.Textarea(attrs={"rows": 4})}


class VergelijkForm(forms.Form):
    van = forms.TypedChoiceField(label="Van versie", coerce=int)
    naar = forms.TypedChoiceField(label="Naar versie", coerce=int)

    def __init__(self, *args, versienummers, **kwargs):
        super().__init__(*args, **kwargs)
        choices = [(n, f"Versie {n}") for n in versienummers]
        self.fields["van"].choices = choices
        self.fields["naar"].choices = choices
        self.fields["van"].error_messages["invalid_choice"] = "Kies een bestaande versie."
        self.fields["naar"].error_messages["invalid_choice"] = "Kies een bestaande versie."

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("van") is not None and cleaned.get("van") == cleaned.get("naar"):
            self.add_error("naar", "Kies twee verschillende versies.")
        return cleaned


class ZoekForm(forms.Form):
    q = forms.CharField(label="Zoeken in het protocol", max_length=200, required=False)


class WordImportForm(forms.Form):
    bestand = forms.FileField(
        label="Word-document",
        help_text="Een .docx-bestand, zoals Word het opslaat.",
        widget=forms.ClearableFileInput(
            attrs={
                "accept": ".docx,application/vnd.openxmlformats-officedocument"
                ".wordprocessingml.document"
            }
        ),
        error_messages={
            "required": "Kies het Word-document dat je wilt importeren.",
            "empty": "Het bestand is leeg.",
            "invalid": "Er is geen bestand ontvangen. Kies het document opnieuw.",
        },
    )

    def clean_bestand(self):
        upload = self.cleaned_data["bestand"]
        check_size(upload)
        data = upload.read()
        try:
            self.resultaat = parse_docx(data)
        except WordImportFout as error:
            raise forms.ValidationError(str(error)) from error
        self.inhoud = data
        self.bestandsnaam = safe_filename(upload.name or "", default="document.docx")
        return upload
