"""Import and export of the register with django-import-export.

One `VerwerkingsactiviteitResource` does both. The import reads the rows `spreadsheet.parse`
produced (column keys, not headings), so the library's own headings and ours arrive alike.
A row is identified by domain and volgnummer. Verwerkers, systemen, domeinen and agreements
are looked up in dictionaries filled once before the import; new ones stay unsaved objects
until the file is written.

Every row is compared in memory; nothing is written while rows are read. Only when every row
is valid and the import is not a dry run does `after_import` write, in bulk: the new lookups,
one INSERT for the new activities, one UPDATE for the changed ones and one history INSERT
each. A 10,000-row file costs a handful of queries. Every problem becomes an `ImportFout`
with the row number in the file, the column heading as the file spells it, and a Dutch
message; the import runs in one transaction: all rows or none.
"""

import datetime
import json
import re
from dataclasses import dataclass

import tablib
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import connection
from django.utils import timezone
from import_export import resources
from import_export.results import RowResult
from simple_history.utils import bulk_create_with_history, bulk_update_with_history

from register.columns import BY_KEY, COLUMNS
from register.models import (
    GEB,
    Antwoord,
    Domein,
    Systeem,
    Verwerker,
    Verwerkersovereenkomst,
    Verwerkingsactiviteit,
)

CHANGE_REASON = "Import uit spreadsheet"

ANTWOORDEN = {
    "ja": Antwoord.JA,
    "j": Antwoord.JA,
    "yes": Antwoord.JA,
    "nee": Antwoord.NEE,
    "n": Antwoord.NEE,
    "no": Antwoord.NEE,
    "nvt": Antwoord.NVT,
    "n.v.t.": Antwoord.NVT,
    "n.v.t": Antwoord.NVT,
    "nvt.": Antwoord.NVT,
    "niet van toepassing": Antwoord.NVT,
    "nvt (niet van toepassing)": Antwoord.NVT,
    "n.b.": Antwoord.NB,
    "n.b": Antwoord.NB,
    "nb": Antwoord.NB,
    "nb.": Antwoord.NB,
    "niet bekend": Antwoord.NB,
    "onbekend": Antwoord.NB,
    "?": Antwoord.NB,
    "n.b. (niet bekend)": Antwoord.NB,
}
GEEN = {"", "geen", "-", "nvt", "n.v.t.", "nee"}

Status = Verwerkersovereenkomst.Status
STATUS_WORDS = [
    ("licentie", Status.ONDERDEEL_LICENTIE),
    ("noodzakelijk", Status.NIET_NOODZAKELIJK),
    ("inventaris", Status.VERDER_INVENTARISEREN),
    ("concept", Status.CONCEPT_GESTUURD),
    ("afwachting", Status.IN_AFWACHTING),
    ("getekend", Status.GETEKEND),
    ("ondertekend", Status.GETEKEND),
]
# The choices as lists once: TextChoices builds `.choices` anew on every access, and the
# import parses a status and a grondslag per row.
STATUS_CHOICES = Status.choices
GRONDSLAG_CHOICES = Verwerkingsactiviteit.Grondslag.choices
GRONDSLAG_LETTERS = dict(zip("abcdef", Verwerkingsactiviteit.Grondslag.values, strict=True))
GRONDSLAG_WORDS = [
    ("toestemming", "toestemming"),
    ("wettelijk", "wettelijke_verplichting"),
    ("vitaal", "vitaal_belang"),
    ("algemeen belang", "algemeen_belang"),
    ("publieke taak", "algemeen_belang"),
    ("gerechtvaardigd", "gerechtvaardigd_belang"),
    ("overeenkomst", "overeenkomst"),
]
GEB_STATUS = {
    "nodig": GEB.Status.NODIG,
    "nodig, nog niet uitgevoerd": GEB.Status.NODIG,
    "uitgevoerd": GEB.Status.UITGEVOERD,
    "niet nodig": GEB.Status.NIET_NODIG,
    "niet_nodig": GEB.Status.NIET_NODIG,
}
TEXT_FIELDS = {
    "doeleinden": None,
    "grondslag_toelichting": None,
    "categorieen_betrokkenen": None,
    "categorieen_persoonsgegevens": None,
    "bijzondere_categorieen": None,
    "ontvangers": None,
    "waarborgen": None,
    "beveiligingsmaatregelen": None,
    "opmerkingen": None,
    "eigenaar": 100,
    "contactpersoon_verwerker": 150,
}
ANTWOORD_FIELDS = [
    "data_inwinning",
    "risicoanalyse",
    "bijzondere_persoonsgegevens",
    "in_de_eu",
    "opt_in_mail",
    "geb",
    "doorgifte_buiten_eer",
]
DATE_FIELDS = ["laatst_beoordeeld_op", "laatst_opgeschoond_op"]
MODEL_FIELDS = [
    "domein",
    "volgnummer",
    "naam",
    "verwerker",
    "systeem",
    "verwerkersovereenkomst",
    "verwerkersovereenkomst_antwoord",
    "status_verwerkersovereenkomst",
    "grondslag",
    "bewaartermijn_getal",
    "bewaartermijn_eenheid",
    "bewaartermijn_tekst",
    *TEXT_FIELDS,
    *ANTWOORD_FIELDS,
    *DATE_FIELDS,
]
DOMEIN_RE = re.compile(r"^\s*(\d{1,3})\s*[.)]?\s+(.+?)\s*$")


SNAPSHOT_FIELDS = [Verwerkingsactiviteit._meta.get_field(name) for name in MODEL_FIELDS]
FOREIGN_KEYS = [field for field in SNAPSHOT_FIELDS if field.many_to_one]


def _snapshot(instance) -> tuple:
    """The imported fields' values, to tell whether a row changes anything. A domain, verwerker,
    system or agreement the file introduces is not saved before the whole file is known to be
    valid; such an object has no id yet and stands in the snapshot as itself (an unsaved model
    instance equals only itself)."""
    values = []
    for field in SNAPSHOT_FIELDS:
        value = getattr(instance, field.attname)
        if value is None and field.many_to_one and field.is_cached(instance):
            value = field.get_cached_value(instance)
        values.append(value)
    return tuple(values)


def update_activiteiten(objs, field_names: list[str], *, gewijzigd_op) -> None:
    """Write `field_names` of every activity in `objs` with one UPDATE joined to a JSON
    recordset. The ORM cannot say this: Django's bulk_update builds a CASE expression per row
    and field (over a minute for 10,000 rows of 30 fields), and an UPDATE … FROM (VALUES …)
    costs a bound parameter per cell (1.2 s for those rows against 0.3 s for one document)."""
    model = Verwerkingsactiviteit
    quote = connection.ops.quote_name
    fields = [model._meta.get_field(name) for name in field_names]
    definitions = ", ".join(f"{quote(f.column)} {f.db_type(connection)}" for f in fields)
    assignments = ", ".join(f"{quote(f.column)} = v.{quote(f.column)}" for f in fields)
    sql = (
        f"UPDATE {quote(model._meta.db_table)} AS t SET {assignments}, "
        f"{quote(model._meta.get_field('gewijzigd_op').column)} = %s "
        f"FROM json_to_recordset(%s::json) AS v(id bigint, {definitions}) WHERE t.id = v.id"
    )
    # The imported fields hold str, int, date or None: JSON as they are, dates as ISO text.
    rows = [{"id": obj.pk, **{f.column: getattr(obj, f.attname) for f in fields}} for obj in objs]
    with connection.cursor() as cursor:
        cursor.execute(sql, [gewijzigd_op, json.dumps(rows, default=datetime.date.isoformat)])


def insert_history(pks: list[int], *, history_type: str, user, change_reason: str) -> None:
    """One history row per activity in `pks`, copied from the stored rows in one
    INSERT … SELECT: the rows simple-history's bulk_history_create makes from the instances
    (same fields, user and reason; one timestamp for the whole import), without building
    10,000 model instances (1.1 s against 0.1 s). The ORM has no INSERT … SELECT."""
    if not getattr(settings, "SIMPLE_HISTORY_ENABLED", True):
        return  # as simple-history's own bulk_history_create
    model = Verwerkingsactiviteit
    history = model.history.model
    quote = connection.ops.quote_name
    extra = ["history_date", "history_change_reason", "history_type", "history_user"]
    targets = [
        history._meta.get_field(name).column
        for name in [*(f.name for f in history.tracked_fields), *extra]
    ]
    sources = [model._meta.get_field(f.name).column for f in history.tracked_fields]
    sql = (
        f"INSERT INTO {quote(history._meta.db_table)} ({', '.join(map(quote, targets))}) "
        f"SELECT {', '.join('t.' + quote(c) for c in sources)}, %s, %s, %s, %s "
        f"FROM {quote(model._meta.db_table)} AS t WHERE t.id = ANY(%s) ORDER BY t.id"
    )
    with connection.cursor() as cursor:
        cursor.execute(
            sql,
            [timezone.now(), change_reason, history_type, user.pk if user else None, list(pks)],
        )


def _history_user(instance):
    """The user simple-history records when none is given: the request's, if any."""
    return Verwerkingsactiviteit.history.model.get_default_history_user(instance)


def _identity(obj) -> object:
    """A dictionary key for a saved object or for a new one that is not saved yet."""
    return obj.pk if obj.pk is not None else ("nieuw", id(obj))


def _refresh_foreign_keys(instance) -> None:
    """Point the foreign keys at lookups saved after they were assigned: assigning an unsaved
    object leaves the `_id` empty (Django's bulk_create does the same before inserting)."""
    for field in FOREIGN_KEYS:
        if getattr(instance, field.attname) is None and field.is_cached(instance):
            related = field.get_cached_value(instance)
            if related is not None:
                setattr(instance, field.attname, related.pk)


@dataclass(frozen=True)
class ImportFout:
    rij: int | None
    kolom: str
    melding: str


def parse_date(
    text: str, *, future: bool = False, today: datetime.date | None = None
) -> datetime.date:
    """A date as Excel or a person writes it; one after today only when `future` allows it.
    An import passes `today` (looked up once, not per cell)."""
    text = text.strip()
    for fmt in ("%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y", "%Y-%m-%d %H:%M:%S"):
        try:
            datum = datetime.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
        if not future and datum > (today or timezone.localdate()):
            raise ValueError(f"De datum ‘{text}’ ligt in de toekomst.")
        return datum
    raise ValueError(f"‘{text}’ is geen datum; gebruik dag-maand-jaar, bijvoorbeeld 31-03-2025.")


def parse_status(text: str) -> str:
    lowered = text.strip().lower()
    if not lowered:
        return ""
    if lowered in {"nvt", "n.v.t.", "n.v.t", "nvt."}:
        return Status.NVT
    for value, label in STATUS_CHOICES:
        if lowered in (value, label):
            return value
    for word, value in STATUS_WORDS:
        if word in lowered:
            return value
    options = ", ".join(label for _, label in STATUS_CHOICES)
    raise ValueError(f"‘{text}’ is geen bekende status. Kies uit: {options}.")


def parse_grondslag(text: str) -> str:
    lowered = text.strip().lower()
    if not lowered:
        return ""
    for value, label in GRONDSLAG_CHOICES:
        if lowered in (value, label.lower()):
            return value
    if lowered.rstrip(".") in GRONDSLAG_LETTERS:
        return GRONDSLAG_LETTERS[lowered.rstrip(".")]
    for word, value in GRONDSLAG_WORDS:
        if word in lowered:
            return value
    raise ValueError(
        f"‘{text}’ is geen grondslag uit art. 6 AVG. Kies uit: toestemming, overeenkomst, "
        "wettelijke verplichting, vitaal belang, algemeen belang, gerechtvaardigd belang."
    )


def parse_antwoord(text: str) -> str:
    lowered = " ".join(text.strip().lower().split())
    if not lowered:
        return ""
    if lowered in ANTWOORDEN:
        return ANTWOORDEN[lowered]
    raise ValueError(f"‘{text}’ is geen geldig antwoord; gebruik ja, nee, nvt of n.b.")


class VerwerkingsactiviteitResource(resources.ModelResource):
    class Meta:
        model = Verwerkingsactiviteit
        fields = ()
        import_id_fields = ()
        # Rows are collected, not saved one by one; no batch size, so nothing is written
        # while the rows are read (see after_import).
        use_bulk = True
        batch_size = None
        skip_diff = True
        clean_model_instances = False
        report_skipped = False

    def __init__(self, *, headings: dict[str, str] | None = None, user=None, **kwargs):
        super().__init__(**kwargs)
        self.headings = headings or {}
        self.user = user if user is not None and user.is_authenticated else None
        self.fouten: list[ImportFout] = []
        self.preview: list[dict] = []
        self.created_lookups: dict[str, list[str]] = {"verwerkers": [], "systemen": []}

    # ---- import -------------------------------------------------------------------------

    def before_import(self, dataset, **kwargs):
        self.domeinen = {d.naam.lower(): d for d in Domein.objects.all()}
        self.verwerkers = {v.naam.lower(): v for v in Verwerker.objects.all()}
        self.systemen = {s.naam.lower(): s for s in Systeem.objects.all()}
        # Domains, verwerkers, systems and agreements the file introduces, in the order they
        # are saved (agreements after their verwerker); nothing is saved in a dry run.
        self.new_lookups: list[Domein | Verwerker | Systeem | Verwerkersovereenkomst] = []
        self.overeenkomsten: dict[object, Verwerkersovereenkomst] = {}
        for ovk in Verwerkersovereenkomst.objects.order_by("verwerker_id", "-getekend_op", "-pk"):
            self.overeenkomsten.setdefault(ovk.verwerker_id, ovk)
        self.bestaand = {
            (a.domein_id, a.volgnummer): a for a in Verwerkingsactiviteit.objects.all()
        }
        self.gebs = {g.activiteit_id: g for g in GEB.objects.all()}
        self.today = timezone.localdate()
        self.seen: dict[tuple[object, int], int] = {}
        self.status_seen: dict[object, tuple[str, int]] = {}
        self.changed_overeenkomsten: dict[int, Verwerkersovereenkomst] = {}
        self.pending_gebs: list[tuple[Verwerkingsactiviteit, dict]] = []

    def _heading(self, key: str) -> str:
        return self.headings.get(key) or BY_KEY[key].heading

    def before_import_row(self, row, **kwargs):
        """Resolve the row's key (domain + volgnummer) and collect the errors found on the way;
        `import_instance` reports them together with the others."""
        errors: dict[str, str] = {}
        row["_errors"] = errors
        row["_domein"] = None
        row["_volgnummer"] = None
        domein_text = (row.get("domein") or "").strip()
        groep = self._groep(row, errors)
        if not domein_text:
            errors["domein"] = "Het domein ontbreekt."
        else:
            row["_domein"] = self._domein(domein_text, groep, errors)
        volgnummer = (row.get("volgnummer") or "").strip()
        if not volgnummer:
            errors["volgnummer"] = "Het volgnummer ontbreekt."
        else:
            try:
                number = float(volgnummer.replace(",", "."))
                if not number.is_integer() or number < 1:
                    raise ValueError
                row["_volgnummer"] = int(number)
            except ValueError:
                errors["volgnummer"] = f"‘{volgnummer}’ is geen volgnummer; gebruik een heel getal."

    def _groep(self, row, errors) -> str | None:
        text = (row.get("intern_extern") or "").strip().lower()
        if text.startswith("int"):
            return Domein.Groep.INTERN
        if text.startswith("ext"):
            return Domein.Groep.EXTERN
        if text:
            errors["intern_extern"] = f"‘{row['intern_extern']}’: vul Intern of Extern in."
            return None
        number = (row.get("groep") or "").strip()
        if number in {"1", "2"}:
            return Domein.Groep.INTERN if number == "1" else Domein.Groep.EXTERN
        if number:
            errors["groep"] = f"‘{number}’: de groep is 1 (Intern) of 2 (Extern)."
        return None

    def _domein(self, text: str, groep: str | None, errors) -> Domein | None:
        match = DOMEIN_RE.match(text)
        nummer, naam = (int(match[1]), match[2]) if match else (None, text)
        domein = self.domeinen.get(naam.lower())
        if domein is not None:
            if groep and groep != domein.groep:
                errors["intern_extern"] = (
                    f"Domein {domein.naam} hoort bij {domein.get_groep_display()}, niet bij "
                    f"{Domein.Groep(groep).label}."
                )
            return domein
        if groep is None:
            errors.setdefault(
                "intern_extern",
                f"Domein ‘{naam}’ is nieuw: vul in of het Intern of Extern is.",
            )
            return None
        if nummer is None:
            in_group = [d.nummer for d in self.domeinen.values() if d.groep == groep]
            nummer = max(in_group, default=0) + 1
        domein = Domein(naam=naam[:100], groep=groep, nummer=nummer)
        self.new_lookups.append(domein)
        self.domeinen[naam.lower()] = domein
        return domein

    def get_or_init_instance(self, instance_loader, row):
        key = (row["_domein"].pk if row["_domein"] else None, row["_volgnummer"])
        instance = self.bestaand.get(key)
        if instance is not None:
            instance._import_snapshot = _snapshot(instance)
            return instance, False
        return Verwerkingsactiviteit(), True

    def import_instance(self, instance, row, **kwargs):
        errors: dict[str, str] = dict(row["_errors"])
        rij = row["_rij"]

        def clean(key, parser):
            try:
                return parser(row[key])
            except ValueError as exc:
                errors[key] = str(exc)
                return None

        if row["_domein"] is not None:
            instance.domein = row["_domein"]
        if row["_volgnummer"] is not None:
            instance.volgnummer = row["_volgnummer"]
        if row["_domein"] is not None and row["_volgnummer"] is not None:
            key = (_identity(row["_domein"]), row["_volgnummer"])
            if key in self.seen:
                errors["volgnummer"] = (
                    f"Volgnummer {row['_volgnummer']} in domein {row['_domein'].naam} staat ook "
                    f"al in rij {self.seen[key]}."
                )
            else:
                self.seen[key] = rij

        naam = (row.get("naam") or "").strip()
        if not naam:
            errors["naam"] = "De naam van de verwerking ontbreekt."
        elif len(naam) > 200:
            errors["naam"] = "De naam is langer dan 200 tekens."
        else:
            instance.naam = naam

        for field, max_length in TEXT_FIELDS.items():
            if field in row:
                value = row[field].strip()
                if max_length and len(value) > max_length:
                    errors[field] = f"Deze tekst is langer dan {max_length} tekens."
                else:
                    setattr(instance, field, value)
        for field in ANTWOORD_FIELDS:
            if field in row:
                value = clean(field, parse_antwoord)
                if value is not None:
                    setattr(instance, field, value)
        for field in DATE_FIELDS:
            if field in row:
                value = clean(
                    field, lambda t: parse_date(t, today=self.today) if t.strip() else None
                )
                if field not in errors:
                    setattr(instance, field, value)
        if "grondslag" in row:
            value = clean("grondslag", parse_grondslag)
            if value is not None:
                instance.grondslag = value
        if "bewaartermijn" in row:
            if len(row["bewaartermijn"].strip()) > 200:
                errors["bewaartermijn"] = "De bewaartermijn is langer dan 200 tekens."
            else:
                instance.set_bewaartermijn(row["bewaartermijn"])
        if "verwerker" in row:
            instance.verwerker = self._verwerker(row["verwerker"])
        if "systeem" in row:
            instance.systeem = self._systeem(row["systeem"])
        self._overeenkomst(instance, row, errors, rij)
        self._geb(instance, row, errors)

        if errors:
            for key, message in errors.items():
                self.fouten.append(ImportFout(rij, self._heading(key), message))
            raise ValidationError(errors)

    def _verwerker(self, text: str) -> Verwerker | None:
        naam = text.strip()
        if naam.lower() in GEEN:
            return None
        verwerker = self.verwerkers.get(naam.lower())
        if verwerker is None:
            verwerker = Verwerker(naam=naam[:150])
            self.new_lookups.append(verwerker)
            self.verwerkers[naam.lower()] = verwerker
            self.created_lookups["verwerkers"].append(verwerker.naam)
        return verwerker

    def _systeem(self, text: str) -> Systeem | None:
        naam = text.strip()
        if naam.lower() in {"", "-", "geen"}:
            return None
        systeem = self.systemen.get(naam.lower())
        if systeem is None:
            systeem = Systeem(naam=naam[:150])
            self.new_lookups.append(systeem)
            self.systemen[naam.lower()] = systeem
            self.created_lookups["systemen"].append(systeem.naam)
        return systeem

    def _overeenkomst(self, instance, row, errors, rij):
        """`Verw. ovk.` holds either an answer (ja/nee/nvt/n.b.) or the party the agreement is
        with; `Status verwerkersovereenkomst` belongs to that agreement when there is one."""
        if "verwerkersovereenkomst" not in row and "status_verwerkersovereenkomst" not in row:
            return
        status = ""
        if "status_verwerkersovereenkomst" in row:
            try:
                status = parse_status(row["status_verwerkersovereenkomst"])
            except ValueError as exc:
                errors["status_verwerkersovereenkomst"] = str(exc)
                return
        partij = None
        if "verwerkersovereenkomst" in row:
            text = row["verwerkersovereenkomst"].strip()
            try:
                antwoord = parse_antwoord(text)
            except ValueError:
                antwoord = Antwoord.JA
                partij = self._verwerker(text)
            if antwoord == Antwoord.JA and partij is None:
                partij = instance.verwerker
            instance.verwerkersovereenkomst_antwoord = antwoord
        elif instance.verwerkersovereenkomst_id:
            partij = instance.verwerkersovereenkomst.verwerker

        if partij is None:
            instance.verwerkersovereenkomst = None
            instance.status_verwerkersovereenkomst = status
            return
        ovk = self.overeenkomsten.get(_identity(partij))
        if ovk is None:
            ovk = Verwerkersovereenkomst(
                verwerker=partij, status=status or Status.VERDER_INVENTARISEREN
            )
            self.new_lookups.append(ovk)
            self.overeenkomsten[_identity(partij)] = ovk
        if status:
            earlier = self.status_seen.get(_identity(ovk))
            if earlier and earlier[0] != status:
                errors["status_verwerkersovereenkomst"] = (
                    f"‘{Status(status).label}’ wijkt af van ‘{Status(earlier[0]).label}’ in rij "
                    f"{earlier[1]}, voor dezelfde overeenkomst met {partij.naam}."
                )
            elif earlier is None:
                self.status_seen[_identity(ovk)] = (status, rij)
                if ovk.status != status:
                    ovk.status = status
                    if ovk.pk is not None:  # a new agreement is saved with its status
                        self.changed_overeenkomsten[ovk.pk] = ovk
        instance.verwerkersovereenkomst = ovk
        instance.verwerkersovereenkomst_antwoord = Antwoord.JA
        instance.status_verwerkersovereenkomst = ""

    def _geb(self, instance, row, errors):
        keys = ("geb_status", "geb_datum", "geb_conclusie")
        if not any(key in row for key in keys):
            return
        status_text = " ".join((row.get("geb_status") or "").strip().lower().split())
        datum_text = (row.get("geb_datum") or "").strip()
        conclusie = (row.get("geb_conclusie") or "").strip()
        if not status_text:
            if datum_text or conclusie:
                errors["geb_status"] = "Vul de GEB-status in: nodig, uitgevoerd of niet nodig."
            return
        if status_text not in GEB_STATUS:
            errors["geb_status"] = (
                f"‘{row['geb_status']}’ is geen GEB-status; gebruik nodig, uitgevoerd of "
                "niet nodig."
            )
            return
        datum = None
        if datum_text:
            try:
                datum = parse_date(datum_text, future=True)  # as the GEB form allows
            except ValueError as exc:
                errors["geb_datum"] = str(exc)
                return
        self.pending_gebs.append(
            (instance, {"status": GEB_STATUS[status_text], "datum": datum, "conclusie": conclusie})
        )

    def skip_row(self, instance, original, row, import_validation_errors=None):
        """An existing activity the file does not change is left alone (no update, no history
        entry): importing the same file twice changes nothing."""
        snapshot = getattr(instance, "_import_snapshot", None)
        return (
            not import_validation_errors
            and snapshot is not None
            and snapshot == _snapshot(instance)
        )

    def import_row(self, row, instance_loader, **kwargs):
        row_result = super().import_row(row, instance_loader, **kwargs)
        self._record_preview(row, row_result)
        return row_result

    def _record_preview(self, row, row_result):
        self.preview.append(
            {
                "rij": row["_rij"],
                "type": row_result.import_type,
                "nieuw": row_result.import_type == RowResult.IMPORT_TYPE_NEW,
                "ongewijzigd": row_result.import_type == RowResult.IMPORT_TYPE_SKIP,
                "fout": row_result.import_type
                in (RowResult.IMPORT_TYPE_INVALID, RowResult.IMPORT_TYPE_ERROR),
                "domein": row.get("domein", ""),
                "volgnummer": row.get("volgnummer", ""),
                "naam": row.get("naam", ""),
                "verwerker": row.get("verwerker", ""),
                "systeem": row.get("systeem", ""),
                "bewaartermijn": row.get("bewaartermijn", ""),
            }
        )
        if row_result.errors:
            for error in row_result.errors:
                self.fouten.append(
                    ImportFout(row["_rij"], "", f"Deze rij kon niet worden verwerkt: {error.error}")
                )

    def bulk_create(self, *args, **kwargs):
        """Nothing is written while rows are read: see `after_import`."""

    def bulk_update(self, *args, **kwargs):
        """Nothing is written while rows are read: see `after_import`."""

    def after_import(self, dataset, result, **kwargs):
        """Write the whole file at once, and only when every row is valid and this is not a
        dry run: the preview compares in memory and stores nothing."""
        if self._is_dry_run(kwargs) or result.has_errors() or result.has_validation_errors():
            return
        for obj in self.new_lookups:
            obj.save()  # a handful per file; save() keeps their history as the forms do
        for instance in [*self.create_instances, *self.update_instances]:
            _refresh_foreign_keys(instance)
        if self.create_instances:
            # PostgreSQL returns the new ids, from which the history is copied as for updates.
            Verwerkingsactiviteit.objects.bulk_create(self.create_instances, batch_size=1000)
            insert_history(
                [instance.pk for instance in self.create_instances],
                history_type="+",
                user=self.user or _history_user(self.create_instances[0]),
                change_reason=CHANGE_REASON,
            )
        if self.update_instances:
            update_activiteiten(self.update_instances, MODEL_FIELDS, gewijzigd_op=timezone.now())
            insert_history(
                [instance.pk for instance in self.update_instances],
                history_type="~",
                user=self.user or _history_user(self.update_instances[0]),
                change_reason=CHANGE_REASON,
            )
        super().after_import(dataset, result, **kwargs)
        if self.changed_overeenkomsten:
            bulk_update_with_history(
                list(self.changed_overeenkomsten.values()),
                Verwerkersovereenkomst,
                ["status"],
                default_user=self.user,
                default_change_reason=CHANGE_REASON,
            )
        new_gebs, changed_gebs = [], []
        for activiteit, values in self.pending_gebs:
            geb = self.gebs.get(activiteit.pk)
            if geb is None:
                new_gebs.append(GEB(activiteit=activiteit, **values))
            elif any(getattr(geb, k) != v for k, v in values.items()):
                for k, v in values.items():
                    setattr(geb, k, v)
                changed_gebs.append(geb)
        if new_gebs:
            bulk_create_with_history(
                new_gebs, GEB, default_user=self.user, default_change_reason=CHANGE_REASON
            )
        if changed_gebs:
            bulk_update_with_history(
                changed_gebs,
                GEB,
                ["status", "datum", "conclusie"],
                default_user=self.user,
                default_change_reason=CHANGE_REASON,
            )

    # ---- export -------------------------------------------------------------------------

    def get_queryset(self):
        return Verwerkingsactiviteit.objects.all()

    def get_export_headers(self, selected_fields=None):
        return [column.heading for column in COLUMNS]

    def export(self, queryset=None, **kwargs) -> tablib.Dataset:
        """The activities as spreadsheet rows, read with values() rather than as model
        instances: seven objects per row (activity, domain, verwerker, system, agreement and
        its verwerker, GEB) took 0.55 s of a 10,000-row export, the dictionaries 0.15 s."""
        queryset = self.get_queryset() if queryset is None else queryset
        # A handful of domains: their three cells once, not per row.
        domeinen = {
            d.pk: {
                "groep": d.groep_nummer,
                "intern_extern": d.get_groep_display(),
                "domein": str(d),
            }
            for d in Domein.objects.all()
        }
        dataset = tablib.Dataset(headers=self.get_export_headers())
        for row in queryset.values(*EXPORT_FIELDS):
            values = export_values(row, domeinen[row["domein_id"]])
            dataset.append([values[column.key] for column in COLUMNS])
        return dataset


EXPORT_FIELDS = [
    *(f.attname for f in SNAPSHOT_FIELDS),
    "verwerker__naam",
    "systeem__naam",
    "verwerkersovereenkomst__verwerker__naam",
    "verwerkersovereenkomst__status",
    "geb_beoordeling__status",
    "geb_beoordeling__datum",
    "geb_beoordeling__conclusie",
]
STATUS_LABELS = dict(STATUS_CHOICES)
GRONDSLAG_LABELS = dict(GRONDSLAG_CHOICES)
GEB_LABELS = dict(GEB.Status.choices)


def export_values(a: dict, domein: dict) -> dict:
    """One activity (a row of `EXPORT_FIELDS`) as spreadsheet cells, in the form the import
    reads back; `domein` holds the domain's three cells. Labels as the model's
    get_FOO_display() gives them."""
    if a["verwerkersovereenkomst_id"] is not None:
        ovk_cell = a["verwerkersovereenkomst__verwerker__naam"]
        status = a["verwerkersovereenkomst__status"]
        status = STATUS_LABELS.get(status, status)
    else:
        ovk_cell = a["verwerkersovereenkomst_antwoord"]
        status = STATUS_LABELS.get(a["status_verwerkersovereenkomst"], "")
    geb_status = a["geb_beoordeling__status"]  # None: no GEB (the status is never empty)
    return {
        **domein,
        "volgnummer": a["volgnummer"],
        "naam": a["naam"],
        "verwerker": a["verwerker__naam"] if a["verwerker_id"] is not None else "geen",
        "systeem": a["systeem__naam"] if a["systeem_id"] is not None else "",
        "data_inwinning": a["data_inwinning"],
        "risicoanalyse": a["risicoanalyse"],
        "bijzondere_persoonsgegevens": a["bijzondere_persoonsgegevens"],
        "in_de_eu": a["in_de_eu"],
        "opt_in_mail": a["opt_in_mail"],
        "geb": a["geb"],
        "verwerkersovereenkomst": ovk_cell,
        "bewaartermijn": Verwerkingsactiviteit.format_bewaartermijn(
            a["bewaartermijn_getal"], a["bewaartermijn_eenheid"], a["bewaartermijn_tekst"]
        ),
        "eigenaar": a["eigenaar"],
        "contactpersoon_verwerker": a["contactpersoon_verwerker"],
        "status_verwerkersovereenkomst": status,
        "doeleinden": a["doeleinden"],
        "grondslag": GRONDSLAG_LABELS.get(a["grondslag"], a["grondslag"]) if a["grondslag"] else "",
        "grondslag_toelichting": a["grondslag_toelichting"],
        "categorieen_betrokkenen": a["categorieen_betrokkenen"],
        "categorieen_persoonsgegevens": a["categorieen_persoonsgegevens"],
        "bijzondere_categorieen": a["bijzondere_categorieen"],
        "ontvangers": a["ontvangers"],
        "doorgifte_buiten_eer": a["doorgifte_buiten_eer"],
        "waarborgen": a["waarborgen"],
        "beveiligingsmaatregelen": a["beveiligingsmaatregelen"],
        "geb_status": GEB_LABELS.get(geb_status, geb_status) if geb_status is not None else "",
        "geb_datum": a["geb_beoordeling__datum"] or "",
        "geb_conclusie": a["geb_beoordeling__conclusie"] if geb_status is not None else "",
        "laatst_beoordeeld_op": a["laatst_beoordeeld_op"] or "",
        "laatst_opgeschoond_op": a["laatst_opgeschoond_op"] or "",
        "opmerkingen": a["opmerkingen"],
    }
