"""The opt-in vndiplo_ner plugin: gating, offsets, origin marker, offline guard, no extra.

Most tests replace ``underthesea.ner`` with a fake tagger (fast, deterministic); one calls the
real one on a short text and is skipped when underthesea is not installed.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterable, Sequence

import pytest
from hypothesis import given
from hypothesis import strategies as st

import vndiplo
from vndiplo import Document, Runner

HAS_UNDERTHESEA = importlib.util.find_spec("underthesea") is not None
needs_underthesea = pytest.mark.skipif(not HAS_UNDERTHESEA, reason="underthesea not installed")

if HAS_UNDERTHESEA:
    import vndiplo_ner
    from vndiplo_ner import _backend
    from vndiplo_ner.propose import propose

HEADLINE = "Tiếp đại sứ\n\n"
TEXT = (
    HEADLINE
    + "Tham dự buổi gặp có ông Hubert Võ, Chủ tịch Hội đồng Liên tôn, cùng bà Lena Nguyễn. "
    "Hai bên trao đổi về hợp tác kinh tế, thương mại. "
    "Tổng Bí thư Tô Lâm nhấn mạnh quan hệ hai nước.\n"
)

Rows = list[tuple[str, str, str, str]]


def fake_ner(people: Iterable[str], calls: list[str] | None = None) -> Callable[[str], Rows]:
    """A stand-in for underthesea.ner: whitespace words, those of ``people`` tagged PER."""
    names = [name.split() for name in people]

    def ner(sentence: str) -> Rows:
        if calls is not None:
            calls.append(sentence)
        words = sentence.split()
        labels = ["O"] * len(words)
        for name in names:
            for i in range(len(words) - len(name) + 1):
                if [w.strip(".,") for w in words[i : i + len(name)]] == name:
                    labels[i] = "B-PER"
                    for k in range(i + 1, i + len(name)):
                        labels[k] = "I-PER"
        return [
            (w.strip(".,") or w, "Np", "B-NP", lab) for w, lab in zip(words, labels, strict=True)
        ]

    return ner


@pytest.fixture
def tagger(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Install a fake tagger that tags "Lena Nguyễn" and "Tô Lâm"; returns its calls."""
    calls: list[str] = []
    monkeypatch.setattr(_backend, "tagger", lambda: fake_ner(["Lena Nguyễn", "Tô Lâm"], calls))
    vndiplo_ner._MEMO.clear()
    return calls


# -- loading --------------------------------------------------------------------------------


def test_default_pipeline_does_not_load_it() -> None:
    names = {row["name"] for row in Runner().list_plugins()}
    assert "vndiplo_ner" not in names
    assert not any(ep.value.startswith("vndiplo_ner") for ep in _entry_points())


def _entry_points() -> Sequence[object]:
    from importlib import metadata

    return list(metadata.entry_points(group="vndiplo"))


def run_without_underthesea(code: str) -> subprocess.CompletedProcess[str]:
    block = "import sys\nsys.modules['underthesea'] = None\n"
    return subprocess.run(
        [sys.executable, "-c", block + textwrap.dedent(code)],
        capture_output=True,
        text=True,
        check=False,
    )


def test_without_the_extra_the_error_names_it() -> None:
    done = run_without_underthesea(
        """
        import vndiplo
        try:
            vndiplo.Runner(["vndiplo_ner"]).run("x")
        except vndiplo.PluginLoadError as exc:
            print(exc)
        """
    )
    assert done.returncode == 0, done.stderr
    assert "pip install 'vndiplo[underthesea]'" in done.stdout
    assert "vndiplo_ner" in done.stdout


def test_cli_without_the_extra_is_a_usage_error() -> None:
    done = run_without_underthesea(
        """
        from vndiplo.cli import main
        raise SystemExit(main(["plugins", "--plugin", "vndiplo_ner"]))
        """
    )
    assert done.returncode == 2
    assert "vndiplo[underthesea]" in done.stderr


@needs_underthesea
def test_importing_the_plugin_does_not_import_underthesea() -> None:
    done = subprocess.run(
        [sys.executable, "-c", "import sys, vndiplo_ner; print('underthesea' in sys.modules)"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"


# -- what it adds ---------------------------------------------------------------------------


@needs_underthesea
def test_adds_the_missed_name_with_its_origin(tagger: list[str]) -> None:
    doc = Runner(["vndiplo_ner"]).run(TEXT)
    assert not doc.errors, doc.errors
    by_name = {p.name: p for p in doc.people}
    assert by_name["Tô Lâm"].titles == ("Tổng Bí thư",)  # titles' person, not duplicated
    assert [p.name for p in doc.people].count("Tô Lâm") == 1
    lena = by_name["Lena Nguyễn"]
    assert lena.titles == () and lena.roles == () and lena.country is None
    assert [doc.quote(m) for m in lena.mentions] == ["Lena Nguyễn"]
    extra = doc.extras["vndiplo_ner"]
    assert extra["source"].startswith("underthesea.ner")
    assert [p["name"] for p in extra["people"]] == ["Lena Nguyễn"]
    assert extra["people"][0]["mentions"] == [[m.start, m.end] for m in lena.mentions]
    s, e = extra["people"][0]["sentence"]
    assert "Lena Nguyễn" in doc.text[s:e]
    assert extra["tagged"] == extra["candidates"] == 1


@needs_underthesea
def test_only_windows_that_need_it_are_tagged(tagger: list[str]) -> None:
    Runner(["vndiplo_ner"]).run(TEXT)
    # one window, tagged once (enrich reuses find_people's answer), shorter than its sentence,
    # and never the sentences without an uncovered name ("Tổng Bí thư Tô Lâm ...").
    assert len(tagger) == 1
    assert "Lena Nguyễn" in tagger[0] and "Hubert" not in tagger[0]
    assert "Tô Lâm" not in tagger[0] and len(tagger[0]) < len(TEXT) // 3


@needs_underthesea
def test_a_text_with_no_title_costs_no_tagging(tagger: list[str]) -> None:
    doc = Runner(["vndiplo_ner"]).run(HEADLINE + "Hôm nay Lena Nguyễn đi chợ ở Sài Gòn.\n")
    assert tagger == []
    assert doc.extras["vndiplo_ner"]["people"] == []


@needs_underthesea
def test_max_sentences_setting(tagger: list[str]) -> None:
    runner = Runner(["vndiplo_ner"], settings={"vndiplo_ner": {"max_sentences": 0}})
    doc = runner.run(TEXT)
    assert tagger == []
    assert doc.extras["vndiplo_ner"] == {
        "source": vndiplo_ner.MODEL,
        "people": [],
        "candidates": 1,
        "tagged": 0,
    }
    bad = Runner(["vndiplo_ner"], settings={"vndiplo_ner": {"max_sentences": "many"}}).run(TEXT)
    assert {e.plugin for e in bad.errors} == {"vndiplo_ner"}


@needs_underthesea
def test_leading_titles_and_honorifics_are_trimmed() -> None:
    doc = vndiplo.Runner(autoload=False).run(
        "Đoàn có Đại sứ Việt Nam tại Nga cùng Bà Batasova và đồng chí Lê Xuân Tươi cùng dự."
    )
    found = propose(doc, ner=fake_ner(["Bà Batasova"]))
    assert [p.name for p in found.people] == ["Batasova"]


@needs_underthesea
def test_a_download_attempt_fails_clearly(monkeypatch: pytest.MonkeyPatch) -> None:
    import underthesea.file_utils

    _backend.tagger()  # imports the guarded modules

    def downloading(sentence: str) -> Rows:
        underthesea.file_utils.cached_path("https://example.invalid/model.zip", None)  # type: ignore[arg-type]
        return []

    monkeypatch.setattr(_backend, "tagger", lambda: downloading)
    vndiplo_ner._MEMO.clear()
    doc = Runner(["vndiplo_ner"]).run(TEXT)
    errors = [e for e in doc.errors if e.plugin == "vndiplo_ner"]
    assert errors and "ModelDownloadError" in errors[0].message
    assert "never downloads" in errors[0].message
    assert underthesea.file_utils.cached_path.__name__ == "cached_path"  # restored


# -- properties -----------------------------------------------------------------------------


@needs_underthesea
@given(text=st.text(), data=st.data())
def test_any_text_any_tags_no_crash_offsets_valid(text: str, data: st.DataObject) -> None:
    """Whatever the text and whatever the tagger says, no crash and every offset quotes."""
    labels = st.sampled_from(["O", "B-PER", "I-PER", "B-LOC"])

    def ner(sentence: str) -> Rows:
        words = sentence.split() + data.draw(st.lists(st.text(max_size=5), max_size=2))
        return [(w, "Np", "B-NP", data.draw(labels)) for w in words]

    doc = Document(TEXT[: len(HEADLINE)] + text + " Đại sứ " + text)
    found = propose(doc, ner=ner)
    for person in found.people:
        assert person.mentions
        for m in person.mentions:
            assert 0 <= m.start < m.end <= len(doc.text)
            assert " ".join(doc.text[m.start : m.end].split()) == person.name or (
                vndiplo.text.normalize(" ".join(doc.text[m.start : m.end].split())) == person.name
            )
        assert 0 <= person.sentence.start <= person.sentence.end <= len(doc.text)


# -- the real tagger ------------------------------------------------------------------------


@needs_underthesea
def test_real_underthesea_on_a_short_text() -> None:
    vndiplo_ner._MEMO.clear()
    rows = _backend.tag("Ông Putin ca ngợi những thành tựu của Liên Xô.")
    assert rows and all(len(r) == 4 for r in rows)
    doc = Runner(["vndiplo_ner"]).run(TEXT)
    assert not doc.errors, doc.errors
    added = doc.extras["vndiplo_ner"]["people"]
    assert "Lena Nguyễn" in [p["name"] for p in added]
    for p in added:
        for s, e in p["mentions"]:
            assert doc.text[s:e] == p["name"]
