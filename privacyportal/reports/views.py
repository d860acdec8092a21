"""The management dashboard and the privacy chapter of the bestuursverslag.

Management and the FG only. Aggregates only: the pages show counts, percentages and category
labels, never a name or what someone typed about a case. The FG, who may read every case
anyway, also sees the open cases on the dashboard by dossiernummer.
"""

from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone

from privacyportal.reports import export, figures
from privacyportal.reports.chart import maand_svg
from privacyportal.roles import Rol, has_role, role_required

reports_access = role_required(Rol.MANAGEMENT, Rol.FG)
# The AVG applies from 25 May 2018; the portal has nothing to report before that.
EERSTE_JAAR = 2018


def _jaren(today) -> list[int]:
    return list(range(today.year, EERSTE_JAAR - 1, -1))


def _check_jaar(jaar: int) -> int:
    if not EERSTE_JAAR <= jaar <= timezone.localdate().year:
        raise Http404("Voor dit jaar is er geen verslag.")
    return jaar


@reports_access
def dashboard(request):
    today = timezone.localdate()
    return render(
        request,
        "reports/dashboard.html",
        {
            "d": figures.dashboard(met_dossiers=has_role(request.user, Rol.FG)),
            "is_fg": has_role(request.user, Rol.FG),
            "verslagjaar": figures.default_year(today),
        },
    )


@reports_access
def jaarverslag(request, jaar: int | None = None):
    today = timezone.localdate()
    if jaar is None:
        gekozen = request.GET.get("jaar", "")
        if gekozen.isdigit() and int(gekozen) in _jaren(today):
            return redirect("reports:jaarverslag_jaar", jaar=int(gekozen))
        jaar = figures.default_year(today)
    _check_jaar(jaar)
    return render(request, "reports/jaarverslag.html", _context(jaar, today))


@reports_access
def afdrukken(request, jaar: int):
    _check_jaar(jaar)
    return render(request, "reports/afdrukken.html", _context(jaar, timezone.localdate()))


def _context(jaar, today) -> dict:
    verslag = figures.jaarverslag(jaar, today)
    tabellen = export.tabellen(verslag)
    return {
        "verslag": verslag,
        "jaar": jaar,
        "jaren": _jaren(today),
        "grafiek": maand_svg(verslag.datalekken.per_maand, jaar=jaar),
        "tabellen": {
            onderdeel: [t for t in tabellen if t.onderdeel == onderdeel]
            for onderdeel in export.ONDERDELEN
        },
        "lopend_jaar": jaar == today.year,
    }


def _download(data: bytes, content_type: str, filename: str) -> HttpResponse:
    response = HttpResponse(data, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@reports_access
def download_xlsx(request, jaar: int):
    verslag = figures.jaarverslag(_check_jaar(jaar))
    return _download(
        export.as_xlsx(verslag),
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        f"privacy-jaarverslag-{jaar}.xlsx",
    )


@reports_access
def download_csv(request, jaar: int):
    verslag = figures.jaarverslag(_check_jaar(jaar))
    return _download(
        export.as_csv(verslag), "text/csv; charset=utf-8", f"privacy-jaarverslag-{jaar}.csv"
    )
