"""Admin for superusers: read and correct open cases, never delete (art. 33(5) AVG). The
timeline is written only by the portal, and an archived case is read-only here too."""

from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from datalekken.models import Bijlage, Datalek, Fase, Gebeurtenis, Vervolgmelding


class NeverDeleteMixin:
    def has_delete_permission(self, request, obj=None):
        return False


def _is_gearchiveerd(datalek) -> bool:
    return datalek is not None and datalek.is_gearchiveerd


class FaseInline(NeverDeleteMixin, admin.TabularInline):
    model = Fase
    extra = 0
    max_num = 6
    fields = ["soort", "status", "gestart_op", "afgerond_op", "bijgewerkt_door"]
    readonly_fields = ["soort", "bijgewerkt_door"]

    # `obj` is the case the inline belongs to.
    def has_add_permission(self, request, obj=None):
        return not _is_gearchiveerd(obj) and super().has_add_permission(request, obj)

    def has_change_permission(self, request, obj=None):
        return not _is_gearchiveerd(obj) and super().has_change_permission(request, obj)


@admin.register(Datalek)
class DatalekAdmin(NeverDeleteMixin, SimpleHistoryAdmin):
    list_display = ["dossiernummer", "titel", "ontdekt_op", "technicus", "gearchiveerd_op"]
    list_filter = ["gearchiveerd_op", "besluit_melden_ap"]
    search_fields = ["dossiernummer", "titel"]
    list_select_related = ["technicus"]
    raw_id_fields = ["ontdekker", "ingevoerd_door", "melder", "technicus", "gekwalificeerd_door"]
    readonly_fields = ["dossiernummer"]
    inlines = [FaseInline]

    def has_change_permission(self, request, obj=None):
        return not _is_gearchiveerd(obj) and super().has_change_permission(request, obj)


@admin.register(Gebeurtenis)
class GebeurtenisAdmin(NeverDeleteMixin, admin.ModelAdmin):
    list_display = ["datalek", "wanneer", "wie", "soort", "omschrijving"]
    list_select_related = ["datalek", "wie"]
    list_filter = ["soort"]

    # Lines are written only through services.log_gebeurtenis: never forged or changed here.
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


class OpenDatalekMixin:
    """For what belongs to a case: read-only once the case is archived."""

    def has_change_permission(self, request, obj=None):
        gearchiveerd = obj is not None and _is_gearchiveerd(obj.datalek)
        return not gearchiveerd and super().has_change_permission(request, obj)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "datalek":
            kwargs["queryset"] = Datalek.objects.open()
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


@admin.register(Bijlage)
class BijlageAdmin(NeverDeleteMixin, OpenDatalekMixin, admin.ModelAdmin):
    list_display = ["bestandsnaam", "datalek", "soort", "toegevoegd_op"]
    list_select_related = ["datalek"]
    readonly_fields = ["bestand", "content_type", "grootte"]


@admin.register(Vervolgmelding)
class VervolgmeldingAdmin(NeverDeleteMixin, OpenDatalekMixin, admin.ModelAdmin):
    list_display = ["datalek", "soort", "gedaan_op"]
    list_select_related = ["datalek"]
