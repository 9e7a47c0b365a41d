"""The one place that touches underthesea: lazy import, offline guard, one tagging call.

underthesea is heavy (about a second to import, a CRF model to load) and optional, so nothing
here imports it at module load. :func:`tagger` imports it on first use and checks that the
bundled CRF models of the ``ner`` pipeline (word segmentation, POS, chunking, NER) are on disk;
:func:`tag` runs ``underthesea.ner`` on one sentence with every download entry point of
underthesea replaced, for the duration of the call, by a function that raises
:class:`ModelDownloadError`. The plugin never asks for ``deep=True`` (the transformer model that
underthesea fetches from the network); the guard makes sure no other path fetches one either.
"""

from __future__ import annotations

import importlib
import importlib.util
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any

__all__ = [
    "EXTRA_HINT",
    "MODEL",
    "MissingExtraError",
    "ModelDownloadError",
    "Tagger",
    "require_underthesea",
    "tag",
    "tagger",
]

EXTRA_HINT = "pip install 'vndiplo[underthesea]'"
#: The bundled CRF model the plugin relies on (recorded in its output as the source).
MODEL = "underthesea.ner (CRF, bundled ner_crf_2017_10_12)"

#: One tagged token as underthesea returns it: (word, POS, chunk, NER tag).
Tagged = tuple[str, str, str, str]
Tagger = Callable[[str], Sequence[Sequence[str]]]

#: Model files the non-deep ``ner`` pipeline loads, relative to the underthesea package.
_BUNDLED = (
    "pipeline/ner/ner_crf_2017_10_12.bin",
    "pipeline/chunking/chunk_crf_2017_10_12.bin",
    "pipeline/pos_tag/pos_crf_2017_10_11.bin",
    "pipeline/word_tokenize/models/ws_crf_vlsp2013_20230727",
)
#: (module, attribute) pairs through which underthesea downloads models or data.
_DOWNLOADERS = (
    ("underthesea.file_utils", "cached_path"),
    ("underthesea.file_utils", "get_from_cache"),
    ("underthesea.model_fetcher", "ModelFetcher.download"),
    ("underthesea.model_fetcher", "ModelFetcher.download_zip"),
)
_guard_lock = threading.Lock()


class MissingExtraError(ImportError):
    """underthesea is not installed: the plugin names the extra that installs it."""


class ModelDownloadError(RuntimeError):
    """Something tried to download a model at run time; vndiplo_ner never does."""


def require_underthesea() -> None:
    """Raise :class:`MissingExtraError` unless underthesea can be imported (no import here)."""
    if importlib.util.find_spec("underthesea") is None:
        raise MissingExtraError(
            "the vndiplo_ner plugin needs underthesea, which is not installed; "
            f"install the extra: {EXTRA_HINT}"
        )


@lru_cache(maxsize=1)
def tagger() -> Tagger:
    """``underthesea.ner``, imported on first use, after checking its models are bundled."""
    require_underthesea()
    module = importlib.import_module("underthesea")
    root = Path(module.__file__ or "").parent
    missing = [rel for rel in _BUNDLED if not (root / rel).exists()]
    if missing:
        raise ModelDownloadError(
            f"underthesea {getattr(module, '__version__', '?')} at {root} lacks the bundled "
            f"model(s) {', '.join(missing)}; vndiplo_ner never downloads models at run time "
            f"(reinstall with {EXTRA_HINT})"
        )
    for module_name in {name for name, _ in _DOWNLOADERS}:
        importlib.import_module(module_name)  # so that no_downloads() can guard them
    ner: Tagger = module.ner
    return ner


def tag(sentence: str, ner: Tagger | None = None) -> list[Tagged]:
    """underthesea's (word, POS, chunk, NER) rows for one sentence, downloads forbidden."""
    run = ner if ner is not None else tagger()
    with no_downloads():
        rows = run(sentence)
    out: list[Tagged] = []
    for row in rows:
        if len(row) >= 4:
            out.append((str(row[0]), str(row[1]), str(row[2]), str(row[3])))
    return out


@contextmanager
def no_downloads() -> Iterator[None]:
    """Make every underthesea download entry point raise :class:`ModelDownloadError`."""
    with _guard_lock:
        saved: list[tuple[Any, str, Any]] = []
        try:
            for module_name, dotted in _DOWNLOADERS:
                owner, attr = _owner(module_name, dotted)
                if owner is not None and hasattr(owner, attr):
                    saved.append((owner, attr, owner.__dict__.get(attr, getattr(owner, attr))))
                    setattr(owner, attr, _refuse(f"{module_name}.{dotted}"))
            yield
        finally:
            for owner, attr, value in reversed(saved):
                setattr(owner, attr, value)


def _owner(module_name: str, dotted: str) -> tuple[Any, str]:
    """The object holding ``dotted``'s last part, if its module is already imported."""
    import sys

    module = sys.modules.get(module_name)
    if module is None:
        return None, ""
    *path, attr = dotted.split(".")
    owner: Any = module
    for part in path:
        owner = getattr(owner, part, None)
        if owner is None:
            return None, ""
    return owner, attr


def _refuse(name: str) -> Any:
    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise ModelDownloadError(
            f"underthesea tried to download a model ({name}{args[:1]!r}); vndiplo_ner runs "
            "offline with underthesea's bundled CRF model only and never downloads at run time"
        )

    return staticmethod(refuse) if name.endswith(("download", "download_zip")) else refuse
