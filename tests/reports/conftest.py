import pytest

from tests.reports.data import build_jaar2025


@pytest.fixture
def jaar2025(cast):
    return build_jaar2025(cast)
