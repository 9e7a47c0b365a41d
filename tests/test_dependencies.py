"""The library and its pytest plugin run without the optional packages.

``hypothesis`` is the ``testing`` extra and ``underthesea`` the ``underthesea`` extra: a user who
installs plain ``vndiplo`` must be able to import it, extract, and have pytest load the plugin.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

BLOCK = """
import sys
for name in ("hypothesis", "underthesea"):
    sys.modules[name] = None  # any import of it now raises ImportError
"""


def run_blocked(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", BLOCK + textwrap.dedent(code)],
        capture_output=True,
        text=True,
        check=False,
    )


def test_extract_needs_neither_hypothesis_nor_underthesea() -> None:
    done = run_blocked(
        """
        import vndiplo
        doc = vndiplo.extract(
            "Hai bộ trưởng hội đàm\\n\\nSáng 3/4, tại Hà Nội, Bộ trưởng Ngoại giao Lê Văn An "
            "đã hội đàm với Bộ trưởng Ngoại giao Lào Phan Khăm.",
            published="2025-04-03",
        )
        assert doc.events and not doc.errors, doc.errors
        print(doc.events[0].type)
        """
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "talks"


def test_pytest_plugin_loads_without_hypothesis() -> None:
    done = run_blocked(
        """
        import vndiplo.testing.pytest_plugin as plugin
        assert callable(plugin.vndiplo_gold_folder)
        """
    )
    assert done.returncode == 0, done.stderr


def test_cli_help_without_hypothesis() -> None:
    done = run_blocked(
        """
        from vndiplo.cli import main
        try:
            main(["plugins"])
        except SystemExit as stop:
            assert not stop.code, stop.code
        """
    )
    assert done.returncode == 0, done.stderr
    assert "events" in done.stdout
