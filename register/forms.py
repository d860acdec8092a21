from crispy_forms.helper import FormHelper
from crispy_forms.layout import Div, Fieldset, Layout
from django import forms
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils import timezone
from django.utils.choices import BaseChoiceIterator

from privacyportal.roles import Rol
from privacyportal.uploads import check_size, safe_filename
from register.models import (
    GEB,
    Antwoord,
    Domein,
    Systeem,
    Verwerker,
    Verwerkersovereenkomst,
    Verwerkingsactiviteit,
)
from register.uploads import validate_document

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
ROWS3 = forms.Textarea(attrs={"rows": 3})


def domein_label(domein: Domein) -> str:
    """ "HR (Intern)": the number alone repeats across the groups ("1 HR", "1 Algemeen")."""
    return f"{domein.naam} ({domein.get_groep_display()})"


def _row(*fields, cols=2):
    width = 12 // cols
    return Div(*(Div(f, css_class=f"col-md-{width}") for f in fields), css_class="row")


class DocumentFormMixin:
    """Validates the uploaded document by content and keeps the user's file name apart."""

    def clean_document(self):
        upload = self.cleaned_data.get("document")
        if upload and hasattr(upload, "content_type"):
            validate_document(upload)
        return upload

    def save(self, commit=True):
        upload = self.cleaned_data.get("document")
        if upload and hasattr(upload, "content_type"):
            self.instance.document_naam = safe_filename(upload.name)
        elif not upload:
            self.instance.document_naam = ""
        return super().save(commit)


class ActiviteitForm(forms.ModelForm):
    bewaartermijn = forms.CharField(
        label="Bewaartermijn",
        max_length=200,
        required=False,
        help_text="Een termijn als ‘5 jaar’ of ‘18 maanden’, of een omschrijving als ‘tot einde "
        "lidmaatschap + 2 jaar’. Vul ‘n.b.’ in als de termijn nog niet bekend is.",
    )

    class Meta:
        model = Verwerkingsactiviteit
        fields = [
            "domein",
            "volgnummer",
            "naam",
            "eigenaar",
            "doeleinden",
            "grondslag",
            "grondslag_toelichting",
            "categorieen_betrokkenen",
            "categorieen_persoonsgegevens",
            "bijzondere_persoonsgegevens",
            "bijzondere_categorieen",
            "ontvangers",
            "doorgifte_buiten_eer",
            "in_de_eu",
            "waarborgen",
            "beveiligingsmaatregelen",
            "verwerker",
            "systeem",
            "contactpersoon_verwerker",
            "verwerkersovereenkomst_antwoord",
            "verwerkersovereenkomst",
            "status_verwerkersovereenkomst",
            "data_inwinning",
            "risicoanalyse",
            "opt_in_mail",
            "geb",
            "laatst_beoordeeld_op",
            "laatst_opgeschoond_op",
            "opmerkingen",
        ]
        widgets = {
            "doeleinden": ROWS3,
            "grondslag_toelichting": ROWS3,
            "categorieen_betrokkenen": ROWS3,
            "categorieen_persoonsgegevens": ROWS3,
            "bijzondere_categorieen": forms.Textarea(attrs={"rows": 2}),
            "ontvangers": ROWS3,
            "waarborgen": forms.Textarea(attrs={"rows": 2}),
            "beveiligingsmaatregelen": ROWS3,
            "opmerkingen": ROWS3,
            "laatst_beoordeeld_op": DATE,
            "laatst_opgeschoond_op": DATE,
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["bewaartermijn"].initial = self.instance.bewaartermijn
        self.fields["domein"].label_from_instance = domein_label
        self.fields[
            "verwerkersovereenkomst"
        ].queryset = Verwerkersovereenkomst.objects.select_related("verwerker")
        for name in (
            "bijzondere_persoonsgegevens",
            "doorgifte_buiten_eer",
            "in_de_eu",
            "data_inwinning",
            "risicoanalyse",
            "opt_in_mail",
            "geb",
            "verwerkersovereenkomst_antwoord",
            "grondslag",
            "status_verwerkersovereenkomst",
        ):
            self.fields[name].choices = [("", "— niet ingevuld —"), *self.fields[name].choices[1:]]
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.layout = Layout(
            Fieldset(
                "Verwerking",
                _row("domein", "volgnummer", cols=2),
                "naam",
                _row("eigenaar", "bewaartermijn"),
            ),
            Fieldset(
                "AVG artikel 30",
                "doeleinden",
                _row("grondslag", "grondslag_toelichting"),
                _row("categorieen_betrokkenen", "categorieen_persoonsgegevens"),
                _row("bijzondere_persoonsgegevens", "bijzondere_categorieen"),
                "ontvangers",
                _row("doorgifte_buiten_eer", "in_de_eu"),
                "waarborgen",
                "beveiligingsmaatregelen",
            ),
            Fieldset(
                "Verwerker en verwerkersovereenkomst",
                _row("verwerker", "systeem"),
                "contactpersoon_verwerker",
                _row("verwerkersovereenkomst_antwoord", "verwerkersovereenkomst"),
                "status_verwerkersovereenkomst",
            ),
            Fieldset(
                "Overige kolommen van het register",
                _row("data_inwinning", "risicoanalyse", "opt_in_mail", "geb", cols=4),
                _row("laatst_beoordeeld_op", "laatst_opgeschoond_op"),
                "opmerkingen",
            ),
        )

    def _not_in_future(self, name):
        datum = self.cleaned_data.get(name)
        if datum and datum > timezone.localdate():
            raise forms.ValidationError("Deze datum ligt in de toekomst.", code="future")
        return datum

    # A future date would keep the activity off Te doen for years.
    def clean_laatst_beoordeeld_op(self):
        return self._not_in_future("laatst_beoordeeld_op")

    def clean_laatst_opgeschoond_op(self):
        return self._not_in_future("laatst_opgeschoond_op")

    def clean(self):
        data = super().clean()
        domein, volgnummer = data.get("domein"), data.get("volgnummer")
        if domein and volgnummer:
            clash = Verwerkingsactiviteit.objects.filter(domein=domein, volgnummer=volgnummer)
            if self.instance.pk:
                clash = clash.exclude(pk=self.instance.pk)
            if clash.exists():
                self.add_error(
                    "volgnummer",
                    f"Domein {domein.naam} heeft al een verwerking met volgnummer {volgnummer}.",
                )
        if data.get("bijzondere_persoonsgegevens") == Antwoord.JA and not data.get(
            "bijzondere_categorieen"
        ):
            self.add_error(
                "bijzondere_categorieen", "Geef aan welke bijzondere persoonsgegevens het zijn."
            )
        if data.get(
            "grondslag"
        ) == Verwerkingsactiviteit.Grondslag.GERECHTVAARDIGD_BELANG and not data.get(
            "grondslag_toelichting"
        ):
            self.add_error(
                "grondslag_toelichting",
                "Bij gerechtvaardigd belang hoort een vastgelegde belangenafweging.",
            )
        if data.get("doorgifte_buiten_eer") == Antwoord.JA and not data.get("waarborgen"):
            self.add_error(
                "waarborgen",
                "Vermeld de waarborgen voor de doorgifte buiten de EER (art. 44–49 AVG).",
            )
        ovk = data.get("verwerkersovereenkomst")
        antwoord = data.get("verwerkersovereenkomst_antwoord")
        if ovk and antwoord and antwoord != Antwoord.JA:
            self.add_error(
                "verwerkersovereenkomst_antwoord",
                "Er is een overeenkomst gekoppeld; het antwoord is dan ‘ja’.",
            )
        elif ovk:
            data["verwerkersovereenkomst_antwoord"] = Antwoord.JA
            data["status_verwerkersovereenkomst"] = ""
        return data

    def save(self, commit=True):
        self.instance.set_bewaartermijn(self.cleaned_data.get("bewaartermijn", ""))
        self.instance.verwerkersovereenkomst_antwoord = self.cleaned_data.get(
            "verwerkersovereenkomst_antwoord", ""
        )
        self.instance.status_verwerkersovereenkomst = self.cleaned_data.get(
            "status_verwerkersovereenkomst", ""
        )
        return super().save(commit)


class VerwerkerForm(forms.ModelForm):
    class Meta:
        model = Verwerker
        fields = ["naam", "contactgegevens", "opmerkingen"]
        widgets = {"contactgegevens": ROWS3, "opmerkingen": ROWS3}

    def clean_naam(self):
        naam = self.cleaned_data["naam"].strip()
        clash = Verwerker.objects.filter(naam__iexact=naam)
        if self.instance.pk:
            clash = clash.exclude(pk=self.instance.pk)
        if clash.exists():
            raise forms.ValidationError("Er is al een verwerker met deze naam.")
        return naam


class OvereenkomstForm(DocumentFormMixin, forms.ModelForm):
    class Meta:
        model = Verwerkersovereenkomst
        fields = [
            "omschrijving",
            "status",
            "getekend_op",
            "looptijd",
            "einddatum",
            "document",
            "laatst_gecontroleerd_op",
            "opmerkingen",
        ]
        widgets = {
            "getekend_op": DATE,
            "einddatum": DATE,
            "laatst_gecontroleerd_op": DATE,
            "opmerkingen": ROWS3,
        }
        help_texts = {"document": "PDF, Word (.docx) of OpenDocument (.odt)."}

    def clean(self):
        data = super().clean()
        if data.get("status") == Verwerkersovereenkomst.Status.GETEKEND and not data.get(
            "getekend_op"
        ):
            self.add_error("getekend_op", "Vul in wanneer de overeenkomst is getekend.")
        getekend, einde = data.get("getekend_op"), data.get("einddatum")
        if getekend and einde and einde < getekend:
            self.add_error("einddatum", "De einddatum ligt vóór de datum van ondertekening.")
        return data


class GEBForm(DocumentFormMixin, forms.ModelForm):
    class Meta:
        model = GEB
        fields = ["status", "datum", "conclusie", "document"]
        widgets = {"datum": DATE, "conclusie": forms.Textarea(attrs={"rows": 5})}
        help_texts = {"document": "PDF, Word (.docx) of OpenDocument (.odt)."}

    def clean(self):
        data = super().clean()
        status = data.get("status")
        if status == GEB.Status.UITGEVOERD:
            if not data.get("datum"):
                self.add_error("datum", "Vul in wanneer de GEB is afgerond.")
            if not data.get("conclusie"):
                self.add_error("conclusie", "Vat de uitkomst van de GEB samen.")
        if status == GEB.Status.NIET_NODIG and not data.get("conclusie"):
            self.add_error("conclusie", "Leg vast waarom een GEB niet nodig is.")
        return data


class SysteemForm(forms.ModelForm):
    class Meta:
        model = Systeem
        fields = [
            "naam",
            "omschrijving",
            "leverancier",
            "technicus",
            "technisch_contact",
            "opmerkingen",
        ]
        widgets = {"omschrijving": ROWS3, "opmerkingen": ROWS3}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        current = self.instance.technicus_id
        self.fields["technicus"].queryset = (
            get_user_model()
            .objects.filter(Q(groups__name=Rol.TECHNICUS) | Q(pk=current))
            .distinct()
            .order_by("first_name", "last_name")
        )
        self.fields["technicus"].label_from_instance = lambda u: u.get_full_name() or u.username
        self.fields["technicus"].help_text = (
            "Iemand met de rol technicus. Bij een datalek in dit systeem wordt deze technicus "
            "voorgesteld."
        )

    def clean_naam(self):
        naam = self.cleaned_data["naam"].strip()
        clash = Systeem.objects.filter(naam__iexact=naam)
        if self.instance.pk:
            clash = clash.exclude(pk=self.instance.pk)
        if clash.exists():
            raise forms.ValidationError("Er is al een systeem met deze naam.")
        return naam


class ImportForm(forms.Form):
    bestand = forms.FileField(
        label="Spreadsheet met het register",
        help_text="Een Excel-werkmap (.xlsx) of CSV-bestand (met ; of , als scheidingsteken). "
        "Titelregels boven de kopregel worden overgeslagen.",
    )

    def clean_bestand(self):
        upload = self.cleaned_data["bestand"]
        check_size(upload)
        if not upload.name.lower().endswith((".xlsx", ".xlsm", ".csv", ".txt", ".xls")):
            raise forms.ValidationError("Kies een .xlsx- of .csv-bestand.")
        return upload


ANTWOORD_FILTER = [("", "alle"), *Antwoord.choices]


class _Keuzes(BaseChoiceIterator):
    """Choices that are already (value, label) pairs. Django takes a choice iterator as it is;
    a list it normalises pair by pair, which for the 500 verwerkers of a large register cost
    as much as rendering them."""

    def __init__(self, choices: list[tuple]):
        self.choices = choices

    def __iter__(self):
        return iter(self.choices)


class ActiviteitFilterForm(forms.Form):
    q = forms.CharField(label="Zoeken", required=False)
    groep = forms.ChoiceField(
        label="Intern/Extern", required=False, choices=[("", "alle"), *Domein.Groep.choices]
    )
    # Plain choices filled in __init__: one query each, not a count plus a cursor.
    domein = forms.TypedChoiceField(label="Domein", required=False, coerce=int, empty_value=None)
    verwerker = forms.TypedChoiceField(
        label="Verwerker", required=False, coerce=int, empty_value=None
    )
    status = forms.ChoiceField(
        label="Status overeenkomst",
        required=False,
        choices=[("", "alle"), *Verwerkersovereenkomst.Status.choices],
    )
    bijzonder = forms.ChoiceField(
        label="Bijzondere gegevens", required=False, choices=ANTWOORD_FILTER
    )
    geb = forms.ChoiceField(
        label="GEB",
        required=False,
        choices=[
            ("", "alle"),
            ("ontbreekt", "nodig, nog niet uitgevoerd"),
            ("uitgevoerd", "uitgevoerd"),
            *Antwoord.choices,
        ],
    )
    beoordeling = forms.ChoiceField(
        label="Beoordeling",
        required=False,
        choices=[("", "alle"), ("achterstallig", "niet beoordeeld in afgelopen kwartaal")],
    )
    aandacht = forms.ChoiceField(
        label="Aandachtspunt",
        required=False,
        choices=[
            ("", "geen"),
            ("zonder-overeenkomst", "verwerker zonder overeenkomst"),
            ("doorgifte", "doorgifte buiten de EER zonder waarborgen"),
            ("bewaartermijn-onbekend", "bewaartermijn onbekend"),
            ("opschoning", "opschoning dit jaar nog open"),
        ],
    )
    bewaartermijn = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # In the list's order; the list also reads its rows domain by domain from these.
        self.domeinen = list(Domein.objects.all())
        self.fields["domein"].choices = [
            ("", "alle"),
            *((d.pk, domein_label(d)) for d in self.domeinen),
        ]
        self.fields["verwerker"].choices = _Keuzes(
            [("", "alle"), *Verwerker.objects.values_list("pk", "naam")]
        )
