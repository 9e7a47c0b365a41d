"""pytest plugin (``pytest11`` entry point): fixtures and assertions for testing vndiplo pipelines.

Installed with vndiplo, so any project's tests can use these without a conftest.py. It needs
neither hypothesis nor any file of this repository: it loads harmlessly wherever vndiplo is
installed (the hypothesis strategies live in ``vndiplo.testing``, extra ``vndiplo[testing]``).

Fixtures:
    vndiplo_runner: a fresh :class:`vndiplo.Runner` with every installed plugin.
    vndiplo_gold_folder: :func:`load_gold_folder`, ``{stem: (text, gold)}`` for a folder of
        ``<stem>.txt`` + ``<stem>.gold.json`` pairs.
    vndiplo_assert_gold: :func:`assert_matches_gold`, for tests that prefer a fixture to an
        import.

``assert doc == expected`` on two Documents explains itself field by field, through
:func:`pytest_assertrepr_compare`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from vndiplo.model import Document
from vndiplo.runner import Runner
from vndiplo.testing.gold import (
    assert_matches_gold,
    document_differences,
    format_differences,
    load_gold_folder,
)

__all__ = [
    "assert_matches_gold",
    "pytest_assertrepr_compare",
    "vndiplo_assert_gold",
    "vndiplo_gold_folder",
    "vndiplo_runner",
]


@pytest.fixture
def vndiplo_runner() -> Runner:
    """A fresh Runner loading every installed plugin."""
    return Runner()


@pytest.fixture
def vndiplo_gold_folder() -> Callable[..., dict[str, tuple[str, dict[str, Any]]]]:
    """:func:`vndiplo.testing.gold.load_gold_folder`: ``{stem: (text, gold)}`` of a folder."""
    return load_gold_folder


@pytest.fixture
def vndiplo_assert_gold() -> Callable[..., None]:
    """:func:`vndiplo.testing.gold.assert_matches_gold`: raises with a readable diff."""
    return assert_matches_gold


def pytest_assertrepr_compare(
    config: pytest.Config, op: str, left: object, right: object
) -> list[str] | None:
    """Explain ``assert got == expected`` between two Documents one field per line."""
    if op != "==" or not (isinstance(left, Document) and isinstance(right, Document)):
        return None
    differences = document_differences(right, left)
    if not differences:
        return None
    report = format_differences(differences, name=left.id, against="the expected")
    return ["Documents differ", *report.splitlines()]
