"""Admin for superusers: read and correct, never delete (art. 33(5) AVG)."""

from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from datalekken.models import Bijlage, Datalek, Fase, Gebeurtenis, Vervolgmelding


class NeverDeleteMixin:
    def has_delete_permission(self, request, obj=None):
        return False


class FaseInline(NeverDeleteMixin, admin.TabularInline):
    model = Fase
    extra = 0
    max_num = 6
    fields = ["soort", "status", "gestart_op", "afgerond_op", "bijgewerkt_door"]
    readonly_fields = ["soort", "bijgewerkt_door"]


@admin.register(Datalek)
class DatalekAdmin(NeverDeleteMixin, SimpleHistoryAdmin):
    list_display = ["dossiernummer", "titel", "ontdekt_op", "technicus", "gearchiveerd_op"]
    list_filter = ["gearchiveerd_op", "besluit_melden_ap"]
    search_fields = ["dossiernummer", "titel"]
    list_select_related = ["technicus"]
    raw_id_fields = ["ontdekker", "ingevoerd_door", "melder", "technicus", "gekwalificeerd_door"]
    readonly_fields = ["dossiernummer"]
    inlines = [FaseInline]


@admin.register(Gebeurtenis)
class GebeurtenisAdmin(NeverDeleteMixin, admin.ModelAdmin):
    list_display = ["datalek", "wanneer", "wie", "soort", "omschrijving"]
    list_select_related = ["datalek", "wie"]
    list_filter = ["soort"]

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Bijlage)
class BijlageAdmin(NeverDeleteMixin, admin.ModelAdmin):
    list_display = ["bestandsnaam", "datalek", "soort", "toegevoegd_op"]
    list_select_related = ["datalek"]
    readonly_fields = ["bestand", "content_type", "grootte"]


@admin.register(Vervolgmelding)
class VervolgmeldingAdmin(NeverDeleteMixin, admin.ModelAdmin):
    list_display = ["datalek", "soort", "gedaan_op"]
    list_select_related = ["datalek"]
