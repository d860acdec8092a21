from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from register.models import (
    GEB,
    Beoordeling,
    Controle,
    Domein,
    Systeem,
    Verwerker,
    Verwerkersovereenkomst,
    Verwerkingsactiviteit,
)


@admin.register(Domein)
class DomeinAdmin(SimpleHistoryAdmin):
    list_display = ["naam", "groep", "nummer"]


@admin.register(Verwerker)
class VerwerkerAdmin(SimpleHistoryAdmin):
    search_fields = ["naam"]


@admin.register(Verwerkersovereenkomst)
class VerwerkersovereenkomstAdmin(SimpleHistoryAdmin):
    list_display = ["__str__", "verwerker", "status", "einddatum", "laatst_gecontroleerd_op"]
    list_filter = ["status"]
    list_select_related = ["verwerker"]


@admin.register(Systeem)
class SysteemAdmin(SimpleHistoryAdmin):
    list_display = ["naam", "technicus", "leverancier"]
    list_select_related = ["technicus", "leverancier"]


@admin.register(Verwerkingsactiviteit)
class VerwerkingsactiviteitAdmin(SimpleHistoryAdmin):
    list_display = ["__str__", "verwerker", "systeem", "laatst_beoordeeld_op"]
    list_filter = ["domein__groep", "domein", "bijzondere_persoonsgegevens", "geb"]
    list_select_related = ["domein", "verwerker", "systeem"]
    search_fields = ["naam", "doeleinden"]
    raw_id_fields = ["verwerkersovereenkomst"]


@admin.register(GEB)
class GEBAdmin(SimpleHistoryAdmin):
    list_display = ["__str__", "status", "datum"]
    list_select_related = ["activiteit"]


@admin.register(Beoordeling)
class BeoordelingAdmin(admin.ModelAdmin):
    list_display = ["activiteit", "datum", "door"]
    list_select_related = ["activiteit__domein", "door"]
    date_hierarchy = "datum"


@admin.register(Controle)
class ControleAdmin(admin.ModelAdmin):
    list_display = ["overeenkomst", "datum", "door"]
    list_select_related = ["overeenkomst__verwerker", "door"]
    date_hierarchy = "datum"
