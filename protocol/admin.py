from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from protocol.models import (
    Cursus,
    Doorverwijsadres,
    Hoofdstuk,
    Leesbevestiging,
    Locatie,
    ProtocolVersie,
    Sectie,
    Situatie,
    Sneltoets,
    Spreekuur,
    Uitspraak,
)


@admin.register(ProtocolVersie)
class ProtocolVersieAdmin(SimpleHistoryAdmin):
    list_display = ["versienummer", "titel", "status", "ingangsdatum", "gepubliceerd_op"]
    list_filter = ["status"]
    readonly_fields = ["gepubliceerd_op", "gepubliceerd_door", "vervallen_op", "aangemaakt_door"]


@admin.register(Hoofdstuk)
class HoofdstukAdmin(admin.ModelAdmin):
    list_display = ["titel", "versie", "volgorde"]
    list_filter = ["versie"]


@admin.register(Sectie)
class SectieAdmin(admin.ModelAdmin):
    list_display = ["titel", "hoofdstuk", "versie", "hoofdpunt"]
    list_filter = ["versie", "hoofdpunt"]
    search_fields = ["titel", "tekst"]
    list_select_related = ["hoofdstuk", "versie"]


@admin.register(Situatie)
class SituatieAdmin(admin.ModelAdmin):
    list_display = ["titel", "context", "versie"]
    list_filter = ["versie", "context"]
    list_select_related = ["versie"]


@admin.register(Uitspraak)
class UitspraakAdmin(admin.ModelAdmin):
    list_display = ["__str__", "uitzondering", "versie"]
    list_filter = ["versie", "uitzondering"]
    list_select_related = ["versie"]


@admin.register(Sneltoets)
class SneltoetsAdmin(admin.ModelAdmin):
    list_display = ["toetsen", "actie", "systeem", "versie"]
    list_filter = ["versie"]
    list_select_related = ["versie"]


@admin.register(Leesbevestiging)
class LeesbevestigingAdmin(admin.ModelAdmin):
    list_display = ["gebruiker", "versie", "bevestigd_op"]
    list_filter = ["versie"]
    list_select_related = ["gebruiker", "versie"]


@admin.register(Locatie)
class LocatieAdmin(SimpleHistoryAdmin):
    list_display = ["naam", "adres", "volgorde"]


@admin.register(Doorverwijsadres)
class DoorverwijsadresAdmin(SimpleHistoryAdmin):
    list_display = ["organisatie"]
    search_fields = ["organisatie", "vragen"]


@admin.register(Spreekuur)
class SpreekuurAdmin(SimpleHistoryAdmin):
    list_display = ["naam", "locatie", "wanneer"]
    list_select_related = ["locatie"]


@admin.register(Cursus)
class CursusAdmin(SimpleHistoryAdmin):
    list_display = ["naam", "wanneer"]
