"""The by-month chart as server-side SVG: no JavaScript, prints sharply, and readable without
the picture through its <title>, <desc> and the table the page shows next to it."""

import math

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe

from privacyportal.reports.figures import Maand

BREEDTE = 720
HOOGTE = 260
LINKS = 36  # room for the y-axis labels
ONDER = 28  # room for the month labels
BOVEN = 12
# Colours with enough contrast on white and between them (also in greyscale print).
KLEUR_DATALEK = "#1f3a68"
KLEUR_OVERIG = "#9db4d6"


def _stap(maximum: int) -> int:
    """A whole-number gridline step giving at most five lines."""
    if maximum <= 5:
        return 1
    ruw = maximum / 5
    macht = 10 ** math.floor(math.log10(ruw))
    for factor in (1, 2, 5, 10):
        if factor * macht >= ruw:
            return int(factor * macht)
    return int(10 * macht)


def maand_svg(maanden: list[Maand], *, jaar: int) -> SafeString:
    maximum = max((m.totaal for m in maanden), default=0)
    stap = _stap(maximum)
    top = max(stap * math.ceil(maximum / stap), stap)
    plot_h = HOOGTE - ONDER - BOVEN
    plot_w = BREEDTE - LINKS - 8
    vak = plot_w / len(maanden)
    schaal = plot_h / top

    grid = []
    for waarde in range(0, top + 1, stap):
        y = BOVEN + plot_h - waarde * schaal
        grid.append(
            format_html(
                '<line x1="{}" x2="{}" y1="{}" y2="{}" stroke="#d0d4da" stroke-width="1"/>'
                '<text x="{}" y="{}" text-anchor="end" font-size="11" fill="#444">{}</text>',
                LINKS,
                BREEDTE - 8,
                f"{y:.1f}",
                f"{y:.1f}",
                LINKS - 6,
                f"{y + 4:.1f}",
                waarde,
            )
        )
    staven = []
    for index, maand in enumerate(maanden):
        x = LINKS + index * vak + vak * 0.2
        breedte = vak * 0.6
        h_d = maand.datalekken * schaal
        h_o = maand.overige * schaal
        y_d = BOVEN + plot_h - h_d
        y_o = y_d - h_o
        label = (
            f"{maand.naam}: {maand.totaal} meldingen, waarvan {maand.datalekken} "
            f"{'datalek' if maand.datalekken == 1 else 'datalekken'}"
        )
        staaf = [format_html("<g><title>{}</title>", label)]
        if h_d:
            staaf.append(
                format_html(
                    '<rect x="{}" y="{}" width="{}" height="{}" fill="{}"/>',
                    f"{x:.1f}",
                    f"{y_d:.1f}",
                    f"{breedte:.1f}",
                    f"{h_d:.1f}",
                    KLEUR_DATALEK,
                )
            )
        if h_o:
            staaf.append(
                format_html(
                    '<rect x="{}" y="{}" width="{}" height="{}" fill="{}"/>',
                    f"{x:.1f}",
                    f"{y_o:.1f}",
                    f"{breedte:.1f}",
                    f"{h_o:.1f}",
                    KLEUR_OVERIG,
                )
            )
        if maand.totaal:
            staaf.append(
                format_html(
                    '<text x="{}" y="{}" text-anchor="middle" font-size="11" fill="#222">{}</text>',
                    f"{x + breedte / 2:.1f}",
                    f"{y_o - 4:.1f}",
                    maand.totaal,
                )
            )
        staaf.append(
            format_html(
                '<text x="{}" y="{}" text-anchor="middle" font-size="11" fill="#444">{}</text>',
                f"{x + breedte / 2:.1f}",
                HOOGTE - ONDER + 16,
                maand.kort,
            )
        )
        staaf.append(mark_safe("</g>"))
        staven.append(SafeString("".join(staaf)))

    totaal = sum(m.totaal for m in maanden)
    datalekken = sum(m.datalekken for m in maanden)
    titel = f"Meldingen per maand in {jaar}"
    beschrijving = (
        f"Staafdiagram: per maand het aantal meldingen van {jaar}, donker de datalekken, "
        f"licht de overige meldingen. In totaal {totaal} meldingen, waarvan {datalekken} "
        "datalekken. De tabel eronder geeft dezelfde aantallen."
    )
    return format_html(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {} {}" width="100%" '
        'role="img" aria-labelledby="grafiek-titel grafiek-uitleg" class="report-chart">'
        '<title id="grafiek-titel">{}</title><desc id="grafiek-uitleg">{}</desc>'
        '<line x1="{}" x2="{}" y1="{}" y2="{}" stroke="#555" stroke-width="1"/>'
        "{}{}</svg>",
        BREEDTE,
        HOOGTE,
        titel,
        beschrijving,
        LINKS,
        BREEDTE - 8,
        BOVEN + plot_h,
        BOVEN + plot_h,
        format_html_join("", "{}", ((g,) for g in grid)),
        format_html_join("", "{}", ((s,) for s in staven)),
    )
