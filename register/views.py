"""Pages of the verwerkingsregister.

Every staff member may read the register (the privacy policy makes it open to all staff);
only the FG changes it, imports and exports it. Technici may work at a supplier and have no
access. Function views throughout; state changes are POST-only.
"""

from urllib.parse import urlencode

from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Count, Prefetch, Q, Value
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from datalekken.koppelingen import dossiers_bij_activiteit, dossiers_bij_systeem
from privacyportal.roles import STAFF_ROLES, Rol, has_role, role_required
from privacyportal.uploads import ParkedUploads
from register import dashboard
from register.forms import (
    ActiviteitFilterForm,
    ActiviteitForm,
    GEBForm,
    ImportForm,
    OvereenkomstForm,
    SysteemForm,
    VerwerkerForm,
)
from register.models import (
    GEB,
    Controle,
    Systeem,
    Verwerker,
    Verwerkersovereenkomst,
    Verwerkingsactiviteit,
    quarter_ago,
)
from register.services import (
    export_register,
    import_register,
    record_check,
    record_cleanup,
    record_review,
    register_as_csv,
    register_as_xlsx,
)

read_access = role_required(*STAFF_ROLES)
fg_only = role_required(Rol.FG)
PAGE_SIZE = 50
# The findings of a yearly check are a short paragraph for the bestuursverslag.
BEVINDINGEN_MAX = 2000
IMPORT_SESSION_KEY = "register_import"
# The uploaded register waits here between preview and confirmation.
PARKED_IMPORTS = ParkedUploads("register/import")


def _is_fg(user) -> bool:
    return has_role(user, Rol.FG)


def get_activiteit_for_user(user, pk) -> Verwerkingsactiviteit:
    """Every staff member sees every activity; the role check happens before this."""
    return get_object_or_404(Verwerkingsactiviteit.objects.with_list_data(), pk=pk)


# ---- activities -------------------------------------------------------------------------


def filter_activiteiten(form: ActiviteitFilterForm, today):
    qs = Verwerkingsactiviteit.objects.with_list_data()
    if not form.is_valid():
        return qs
    data = form.cleaned_data
    if data["q"]:
        qs = qs.search(data["q"])
    if data["groep"]:
        # The group's domain ids rather than a join to the domains: a condition on the row
        # itself, checked before the search's text matching (and the list is read per domain).
        qs = qs.filter(domein__in=[d.pk for d in form.domeinen if d.groep == data["groep"]])
    if data["domein"]:
        qs = qs.filter(domein_id=data["domein"])
    if data["verwerker"]:
        qs = qs.filter(verwerker_id=data["verwerker"])
    if data["status"]:
        qs = qs.with_overeenkomst_status(data["status"])
    if data["bijzonder"]:
        qs = qs.filter(bijzondere_persoonsgegevens=data["bijzonder"])
    if data["geb"] == "ontbreekt":
        qs = qs.geb_missing()
    elif data["geb"] == "uitgevoerd":
        qs = qs.filter(geb_beoordeling__status=GEB.Status.UITGEVOERD)
    elif data["geb"]:
        qs = qs.filter(geb=data["geb"])
    if data["beoordeling"] == "achterstallig":
        qs = qs.review_overdue(today)
    aandacht = data["aandacht"]
    if aandacht == "zonder-overeenkomst":
        qs = qs.overeenkomst_missing()
    elif aandacht == "doorgifte":
        qs = qs.transfer_without_safeguards()
    elif aandacht == "bewaartermijn-onbekend":
        qs = qs.bewaartermijn_unknown()
    elif aandacht == "opschoning":
        qs = qs.cleanup_pending(today.year)
    if data["bewaartermijn"]:
        getal, eenheid, tekst = Verwerkingsactiviteit.parse_bewaartermijn(data["bewaartermijn"])
        qs = qs.filter(
            bewaartermijn_getal=getal, bewaartermijn_eenheid=eenheid, bewaartermijn_tekst=tekst
        )
    return qs


class _PageIds:
    """The ids of the matching activities in the list's order, for the Paginator. The list is
    ordered domain by domain (as `Domein` orders them), then by volgnummer; so the total is a
    count per domain (one small GROUP BY), and a page's ids are read only from the domains
    the page covers, each in volgnummer order from the (domein, volgnummer) unique index: a
    page costs about the same in a register of 100 rows or of 10,000. (Sorting every matching
    row across the domain join, to count and slice them, grew with the register.)"""

    def __init__(self, qs, domeinen):
        self.qs = qs.order_by()
        self.domeinen = domeinen
        self._per_domein = None

    def per_domein(self) -> list[tuple[int, int]]:
        if self._per_domein is None:
            counts = dict(
                self.qs.values("domein").annotate(aantal=Count("*")).values_list("domein", "aantal")
            )
            self._per_domein = [(d.pk, counts.get(d.pk, 0)) for d in self.domeinen]
        return self._per_domein

    def count(self):
        return sum(aantal for _pk, aantal in self.per_domein())

    def __getitem__(self, key):
        start, stop = key.start or 0, key.stop
        parts, offset = [], 0
        for rang, (pk, aantal) in enumerate(self.per_domein()):
            lo, hi = max(start - offset, 0), min(stop - offset, aantal)
            if lo < hi:
                parts.append(
                    self.qs.filter(domein_id=pk)
                    .annotate(rang=Value(rang))
                    .order_by("volgnummer")
                    .values_list("rang", "volgnummer", "pk")[lo:hi]
                )
            offset += aantal
        if not parts:
            return []
        # One query however many domains the page covers; UNION ALL keeps no order by itself.
        rows = parts[0].union(*parts[1:], all=True) if len(parts) > 1 else parts[0]
        return [pk for _rang, _volgnummer, pk in sorted(rows)]


@read_access
def activiteit_list(request):
    today = timezone.localdate()
    form = ActiviteitFilterForm(request.GET or None)
    qs = filter_activiteiten(form, today)
    # The page's ids first (see _PageIds), then the page's 50 full rows.
    page = Paginator(_PageIds(qs, form.domeinen), PAGE_SIZE).get_page(request.GET.get("page"))
    rows = Verwerkingsactiviteit.objects.with_list_data().in_bulk(list(page.object_list))
    page.object_list = [rows[pk] for pk in page.object_list if pk in rows]
    params = {k: v for k, v in request.GET.items() if k != "page" and v}
    return render(
        request,
        "register/activiteit_list.html",
        {
            "form": form,
            "page_obj": page,
            "activiteiten": page.object_list,
            "query_string": urlencode(params),
            "filtered": bool(params),
            "review_before": quarter_ago(today),
            "is_fg": _is_fg(request.user),
        },
    )


@read_access
def activiteit_detail(request, pk):
    activiteit = get_activiteit_for_user(request.user, pk)
    today = timezone.localdate()
    return render(
        request,
        "register/activiteit_detail.html",
        {
            "activiteit": activiteit,
            "geb": getattr(activiteit, "geb_beoordeling", None),
            "review_overdue": activiteit.is_review_overdue(today),
            "is_fg": _is_fg(request.user),
            # Only for those who read every datalek case (melder, FG); None for the rest.
            "datalekken": dossiers_bij_activiteit(request.user, activiteit),
        },
    )


@fg_only
def activiteit_create(request):
    form = ActiviteitForm(request.POST or None)
    if form.is_valid():
        activiteit = form.save()
        messages.success(request, f"‘{activiteit}’ is toegevoegd aan het register.")
        return redirect(activiteit)
    return render(request, "register/activiteit_form.html", {"form": form})


@fg_only
def activiteit_update(request, pk):
    activiteit = get_activiteit_for_user(request.user, pk)
    form = ActiviteitForm(request.POST or None, instance=activiteit)
    if form.is_valid():
        form.save()
        messages.success(request, "De wijzigingen zijn opgeslagen.")
        return redirect(activiteit)
    return render(
        request, "register/activiteit_form.html", {"form": form, "activiteit": activiteit}
    )


def _back(request, fallback: str) -> str:
    target = request.POST.get("next", "")
    if target.startswith("/") and not target.startswith("//"):
        return target
    return fallback


@require_POST
@fg_only
def activiteit_review(request, pk):
    activiteit = get_activiteit_for_user(request.user, pk)
    record_review(activiteit=activiteit, door=request.user)
    messages.success(request, f"Beoordeling van ‘{activiteit}’ vastgelegd.")
    return redirect(_back(request, activiteit.get_absolute_url()))


@require_POST
@fg_only
def cleanup_record(request):
    """Record the yearly clean-up for one activity (`activiteit`) or every activity with one
    bewaartermijn that is still open this year (`bewaartermijn`)."""
    today = timezone.localdate()
    if request.POST.get("activiteit"):
        pk = request.POST["activiteit"]
        if not (pk.isascii() and pk.isdecimal() and len(pk) < 10):
            raise Http404  # not an id ("abc"): the form was not ours
        qs = Verwerkingsactiviteit.objects.filter(pk=pk)
    elif "bewaartermijn" in request.POST:
        getal, eenheid, tekst = Verwerkingsactiviteit.parse_bewaartermijn(
            request.POST["bewaartermijn"]
        )
        qs = Verwerkingsactiviteit.objects.cleanup_pending(today.year).filter(
            bewaartermijn_getal=getal, bewaartermijn_eenheid=eenheid, bewaartermijn_tekst=tekst
        )
    else:
        raise Http404
    try:
        count = record_cleanup(activiteiten=qs, user=request.user, today=today)
    except ValueError:
        raise Http404 from None
    messages.success(request, f"Opschoning vastgelegd voor {count} activiteit(en).")
    return redirect(_back(request, reverse("register:dashboard")))


@fg_only
def geb_edit(request, pk):
    activiteit = get_activiteit_for_user(request.user, pk)
    geb = getattr(activiteit, "geb_beoordeling", None) or GEB(activiteit=activiteit)
    form = GEBForm(request.POST or None, request.FILES or None, instance=geb)
    if form.is_valid():
        form.save()
        messages.success(request, "De GEB is opgeslagen.")
        return redirect(activiteit)
    return render(request, "register/geb_form.html", {"form": form, "activiteit": activiteit})


def _document_response(field_file, name):
    if not field_file:
        raise Http404
    try:
        handle = field_file.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    return FileResponse(handle, as_attachment=True, filename=name or "document")


@read_access
def geb_document(request, pk):
    """GEB reports are open to all staff, as the privacy policy says."""
    geb = get_object_or_404(GEB, activiteit_id=pk)
    return _document_response(geb.document, geb.document_naam)


# ---- verwerkers and agreements ----------------------------------------------------------


@read_access
def verwerker_list(request):
    today = timezone.localdate()
    qs = Verwerker.objects.annotate(aantal=Count("activiteiten", distinct=True)).prefetch_related(
        Prefetch("overeenkomsten", queryset=Verwerkersovereenkomst.objects.order_by("-getekend_op"))
    )
    controle = request.GET.get("controle") == "open"
    if controle:
        open_ids = Verwerkersovereenkomst.objects.not_checked_in(today.year).values("verwerker")
        qs = qs.filter(pk__in=open_ids)
    q = request.GET.get("q", "").strip()
    if q:
        qs = qs.filter(naam__icontains=q)
    page = Paginator(qs.order_by("naam"), PAGE_SIZE).get_page(request.GET.get("page"))
    params = {k: v for k, v in request.GET.items() if k != "page" and v}
    return render(
        request,
        "register/verwerker_list.html",
        {
            "page_obj": page,
            "q": q,
            "controle": controle,
            "query_string": urlencode(params),
            "year": today.year,
            "is_fg": _is_fg(request.user),
        },
    )


@read_access
def verwerker_detail(request, pk):
    verwerker = get_object_or_404(Verwerker, pk=pk)
    overeenkomsten = list(
        verwerker.overeenkomsten.annotate(aantal=Count("activiteiten"))
        .prefetch_related(
            Prefetch("controles", queryset=Controle.objects.order_by("-datum", "-pk"))
        )
        .order_by("-getekend_op", "-pk")
    )
    activiteiten = (
        Verwerkingsactiviteit.objects.filter(
            Q(verwerker=verwerker) | Q(verwerkersovereenkomst__verwerker=verwerker)
        )
        .with_list_data()
        .distinct()
    )
    return render(
        request,
        "register/verwerker_detail.html",
        {
            "verwerker": verwerker,
            "overeenkomsten": overeenkomsten,
            "activiteiten": activiteiten,
            "systemen": verwerker.systemen.select_related("technicus"),
            "today": timezone.localdate(),
            "year": timezone.localdate().year,
            "is_fg": _is_fg(request.user),
            "bevindingen_max": BEVINDINGEN_MAX,
        },
    )


@fg_only
def verwerker_create(request):
    form = VerwerkerForm(request.POST or None)
    if form.is_valid():
        verwerker = form.save()
        messages.success(request, f"Verwerker ‘{verwerker}’ is toegevoegd.")
        return redirect(verwerker)
    return render(request, "register/verwerker_form.html", {"form": form})


@fg_only
def verwerker_update(request, pk):
    verwerker = get_object_or_404(Verwerker, pk=pk)
    form = VerwerkerForm(request.POST or None, instance=verwerker)
    if form.is_valid():
        form.save()
        messages.success(request, "De wijzigingen zijn opgeslagen.")
        return redirect(verwerker)
    return render(request, "register/verwerker_form.html", {"form": form, "verwerker": verwerker})


@fg_only
def overeenkomst_create(request, pk):
    verwerker = get_object_or_404(Verwerker, pk=pk)
    form = OvereenkomstForm(
        request.POST or None,
        request.FILES or None,
        instance=Verwerkersovereenkomst(verwerker=verwerker),
    )
    if form.is_valid():
        overeenkomst = form.save()
        messages.success(request, "De verwerkersovereenkomst is toegevoegd.")
        return redirect(overeenkomst.get_absolute_url())
    return render(
        request, "register/overeenkomst_form.html", {"form": form, "verwerker": verwerker}
    )


@fg_only
def overeenkomst_update(request, pk):
    overeenkomst = get_object_or_404(
        Verwerkersovereenkomst.objects.select_related("verwerker"), pk=pk
    )
    form = OvereenkomstForm(request.POST or None, request.FILES or None, instance=overeenkomst)
    if form.is_valid():
        form.save()
        messages.success(request, "De verwerkersovereenkomst is opgeslagen.")
        return redirect(overeenkomst.get_absolute_url())
    return render(
        request,
        "register/overeenkomst_form.html",
        {"form": form, "verwerker": overeenkomst.verwerker, "overeenkomst": overeenkomst},
    )


@require_POST
@fg_only
def overeenkomst_check(request, pk):
    overeenkomst = get_object_or_404(
        Verwerkersovereenkomst.objects.select_related("verwerker"), pk=pk
    )
    bevindingen = request.POST.get("bevindingen", "").strip()
    if len(bevindingen) > BEVINDINGEN_MAX:
        messages.error(
            request,
            f"De bevindingen zijn te lang (hooguit {BEVINDINGEN_MAX} tekens); "
            "de controle is niet vastgelegd.",
        )
        return redirect(_back(request, overeenkomst.get_absolute_url()))
    record_check(overeenkomst=overeenkomst, door=request.user, bevindingen=bevindingen)
    messages.success(request, f"Jaarlijkse controle van ‘{overeenkomst}’ vastgelegd.")
    return redirect(_back(request, overeenkomst.get_absolute_url()))


@fg_only
def overeenkomst_document(request, pk):
    """Signed agreements are contracts: only the FG downloads them."""
    overeenkomst = get_object_or_404(Verwerkersovereenkomst, pk=pk)
    return _document_response(overeenkomst.document, overeenkomst.document_naam)


# ---- systems ----------------------------------------------------------------------------


@read_access
def systeem_list(request):
    qs = (
        Systeem.objects.select_related("technicus", "leverancier")
        .annotate(
            aantal=Count("verwerkingsactiviteiten", distinct=True),
            bijzonder=Count(
                "verwerkingsactiviteiten",
                filter=Q(verwerkingsactiviteiten__bijzondere_persoonsgegevens="ja"),
                distinct=True,
            ),
        )
        .order_by("naam")
    )
    page = Paginator(qs, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "register/systeem_list.html",
        {"page_obj": page, "is_fg": _is_fg(request.user)},
    )


@read_access
def systeem_detail(request, pk):
    systeem = get_object_or_404(Systeem.objects.select_related("technicus", "leverancier"), pk=pk)
    return render(
        request,
        "register/systeem_detail.html",
        {
            "systeem": systeem,
            "activiteiten": systeem.verwerkingsactiviteiten.with_list_data(),
            "is_fg": _is_fg(request.user),
            "datalekken": dossiers_bij_systeem(request.user, systeem),
        },
    )


@fg_only
def systeem_create(request):
    form = SysteemForm(request.POST or None)
    if form.is_valid():
        systeem = form.save()
        messages.success(request, f"Systeem ‘{systeem}’ is toegevoegd.")
        return redirect(systeem)
    return render(request, "register/systeem_form.html", {"form": form})


@fg_only
def systeem_update(request, pk):
    systeem = get_object_or_404(Systeem, pk=pk)
    form = SysteemForm(request.POST or None, instance=systeem)
    if form.is_valid():
        form.save()
        messages.success(request, "De wijzigingen zijn opgeslagen.")
        return redirect(systeem)
    return render(request, "register/systeem_form.html", {"form": form, "systeem": systeem})


# ---- dashboard --------------------------------------------------------------------------


@fg_only
def dashboard_view(request):
    today = timezone.localdate()
    rules = dashboard.rules(today)
    return render(
        request,
        "register/dashboard.html",
        {
            "rules": rules,
            "open_rules": [r for r in rules if r.status != "ok"],
            "done_rules": [r for r in rules if r.status == "ok"],
            "today": today,
        },
    )


# ---- import and export ------------------------------------------------------------------


def _pending_import(request) -> dict | None:
    pending = request.session.get(IMPORT_SESSION_KEY)
    if isinstance(pending, dict) and PARKED_IMPORTS.is_ours(pending.get("bestand")):
        return pending
    return None


def _forget_import(request) -> None:
    pending = _pending_import(request)
    request.session.pop(IMPORT_SESSION_KEY, None)
    if pending:
        PARKED_IMPORTS.discard(pending["bestand"])


@fg_only
def import_upload(request):
    """Preview: a dry run of the whole file. A file without errors is parked until the FG
    confirms; abandoned files are removed after a day (see ParkedUploads)."""
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["bestand"]
        data = upload.read()
        report = import_register(filename=upload.name, data=data, dry_run=True, user=request.user)
        token = ""
        _forget_import(request)
        if not report.has_errors:
            bestand = PARKED_IMPORTS.park(data)
            token = PARKED_IMPORTS.token(bestand)
            request.session[IMPORT_SESSION_KEY] = {"bestand": bestand, "naam": upload.name}
        return render(
            request,
            "register/import_preview.html",
            {"report": report, "token": token, "form": ImportForm()},
        )
    return render(request, "register/import_form.html", {"form": form})


@require_POST
@fg_only
def import_confirm(request):
    pending = _pending_import(request)
    if not pending or request.POST.get("token") != PARKED_IMPORTS.token(pending["bestand"]):
        messages.error(request, "Deze import is verlopen. Kies het bestand opnieuw.")
        return redirect("register:import")
    try:
        data = PARKED_IMPORTS.read(pending["bestand"])
    except FileNotFoundError:
        request.session.pop(IMPORT_SESSION_KEY, None)
        messages.error(request, "Deze import is verlopen. Kies het bestand opnieuw.")
        return redirect("register:import")
    report = import_register(filename=pending["naam"], data=data, dry_run=False, user=request.user)
    if report.has_errors:
        return render(
            request,
            "register/import_preview.html",
            {"report": report, "token": "", "form": ImportForm()},
        )
    _forget_import(request)
    messages.success(
        request,
        f"Import voltooid: {report.created} nieuw, {report.updated} bijgewerkt "
        f"({report.rows_read} regels gelezen).",
    )
    return redirect("register:activiteit_list")


@fg_only
def export(request):
    """The full register as .xlsx or .csv. FG only: the register can be read by all staff,
    but a complete copy leaving the portal is the FG's decision."""
    formaat = request.GET.get("formaat", "xlsx")
    if formaat not in ("xlsx", "csv"):
        raise Http404
    dataset = export_register()
    stamp = timezone.localdate().strftime("%Y%m%d")
    if formaat == "csv":
        content, content_type = register_as_csv(dataset), "text/csv; charset=utf-8"
    else:
        content = register_as_xlsx(dataset)
        content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = (
        f'attachment; filename="verwerkingsregister-{stamp}.{formaat}"'
    )
    return response
