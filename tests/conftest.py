"""Shared test set-up: hypothesis profiles and paths.

Profiles: ``dev`` (default, randomised, 100 examples) and ``ci`` (derandomised, bounded, no
deadline), chosen with ``HYPOTHESIS_PROFILE=ci``; ``.ci/run`` sets it.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

from vndiplo.testing.gold import load_gold_folder

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

settings.register_profile("dev", max_examples=100, deadline=None)
# ci: the whole run stays under ten minutes on two cores (the pipeline's property tests build
# many-sentence documents; the dev profile keeps 100 examples for local runs).
settings.register_profile(
    "ci",
    max_examples=30,
    derandomize=True,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))


@pytest.fixture(scope="session")
def seed_pages() -> dict[str, tuple[str, dict[str, Any]]]:
    """The repository's seed articles with their gold, ``{stem: (text, gold)}``."""
    return load_gold_folder(SEEDS)
