import pytest
from django.core.management import CommandError, call_command

from register.models import Verwerkingsactiviteit
from tests.register.test_import import LIBRARY_CSV

pytestmark = pytest.mark.django_db


def test_register_import_dry_run_then_import(tmp_path, capsys):
    path = tmp_path / "register.csv"
    path.write_bytes(LIBRARY_CSV.encode("cp1252"))

    call_command("register_import", str(path), "--dry-run")
    out = capsys.readouterr().out
    assert "Regels gelezen: 4" in out and "Zou aanmaken: 4" in out and "Fouten: 0" in out
    assert Verwerkingsactiviteit.objects.count() == 0

    call_command("register_import", str(path))
    out = capsys.readouterr().out
    assert "Aangemaakt: 4" in out and "Bijgewerkt: 0" in out
    assert Verwerkingsactiviteit.objects.count() == 4


def test_register_import_with_errors_exits_non_zero_and_writes_nothing(tmp_path, capsys):
    path = tmp_path / "register.csv"
    path.write_bytes(
        LIBRARY_CSV.replace(";5 jaar;", ";5 jaar;")
        .replace(";ja;ja;nee;ja;nvt;nvt;BiSC;5", ";ja;jawel;nee;ja;nvt;nvt;BiSC;5")
        .encode("cp1252")
    )
    with pytest.raises(CommandError, match="niets opgeslagen"):
        call_command("register_import", str(path))
    out = capsys.readouterr().out
    assert "regel 5, kolom Risico- analyse: ‘jawel’ is geen geldig antwoord" in out
    assert Verwerkingsactiviteit.objects.count() == 0


def test_register_import_missing_file():
    with pytest.raises(CommandError, match="niet gevonden"):
        call_command("register_import", "/bestaat/niet.csv")
