"""How input bytes become text: UTF-8, a byte-order mark, or a guess among legacy encodings.

Old Vietnamese pages and exports come as UTF-16 (Windows "Unicode" text), or in Windows-1258,
whose tone marks are combining characters. Refusing them loses documents, and a home-made
detector gets short texts wrong, so after the sure cases (UTF-8, and UTF-8/16/32 by their BOM)
the bytes go to charset-normalizer, a maintained detector, which also finds BOM-less UTF-16.
Among its equally plausible answers Windows-1258 is preferred, since that is what Vietnamese
legacy pages use. A guessed text is NFC-normalised (Windows-1258 spells "ạ" as "a" plus a
combining dot) and the guess is reported, so the caller can record it in the output.

TCVN3 (ABC), VNI and VISCII have no Python codec and are not guessed; ``--encoding`` names
any codec Python knows.
"""

from __future__ import annotations

import codecs
import unicodedata

from attrs import frozen

__all__ = ["DecodeError", "Decoded", "decode"]

#: Byte-order marks, longest first: the UTF-32 LE mark begins with the UTF-16 LE one.
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
#: What the detector may answer, preferred in this order among plausible answers: Vietnamese
#: text is Unicode or Windows-1258; a code page for another script would only mislead.
CANDIDATES = ("utf_32_le", "utf_32_be", "utf_16_le", "utf_16_be", "cp1258", "cp1252", "latin_1")
#: How much more "chaos" (charset-normalizer's mess score) a preferred answer may show.
SLACK = 0.15
TRIED = (
    "UTF-8, UTF-8/16/32 by byte-order mark, BOM-less UTF-16/32, "
    "Windows-1258/1252 (charset-normalizer)"
)


class DecodeError(ValueError):
    """The bytes are in no encoding that could be read; the message says what was tried."""


@frozen
class Decoded:
    """Text read from bytes, with how: ``how`` is "utf-8", "bom", "option" or "guessed"."""

    text: str
    encoding: str
    how: str

    @property
    def guessed(self) -> bool:
        return self.how == "guessed"

    def record(self) -> dict[str, str] | None:
        """What a document keeps in ``extras["encoding"]``: nothing for plain UTF-8."""
        if self.how == "utf-8":
            return None
        return {"name": self.encoding, "how": self.how}


def decode(data: bytes, encoding: str | None = None) -> Decoded:
    """Read ``data`` as text; ``encoding`` (any Python codec name) overrides every guess.

    Raises :class:`DecodeError` when nothing reads the bytes as text.
    """
    if encoding is not None:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise DecodeError(f"unknown encoding {encoding!r}") from None
        try:
            return Decoded(_strip_bom(data.decode(encoding)), encoding, "option")
        except UnicodeDecodeError as exc:
            raise DecodeError(
                f"not valid {encoding} (byte {exc.start}: {data[exc.start : exc.start + 1]!r})"
            ) from None
    for bom, name in BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(name)
            except UnicodeDecodeError:
                break
            return Decoded(text, name, "utf-8" if name == "utf-8" else "bom")
    first_bad = data.find(b"\x00")
    if first_bad < 0:  # NUL bytes: BOM-less UTF-16/32, or binary; never UTF-8 text
        try:
            return Decoded(data.decode("utf-8"), "utf-8", "utf-8")
        except UnicodeDecodeError as exc:
            first_bad = exc.start
    guess = _detect(data)
    if guess is None:
        what = "looks binary" if b"\x00" in data[:8192] else "not text"
        byte = data[first_bad : first_bad + 1]
        raise DecodeError(
            f"{what}: not UTF-8 (byte {first_bad}: {byte!r}); tried {TRIED}; "
            "name the encoding with --encoding"
        )
    name, text = guess
    return Decoded(unicodedata.normalize("NFC", text), name, "guessed")


def _strip_bom(text: str) -> str:
    return text[1:] if text.startswith("\ufeff") else text


def _rank(names: list[str]) -> tuple[int, str]:
    """The most preferred of the encodings that give one and the same text."""
    known = [n for n in names if n in CANDIDATES] or names
    best = min(known, key=lambda n: CANDIDATES.index(n) if n in CANDIDATES else len(CANDIDATES))
    return (CANDIDATES.index(best) if best in CANDIDATES else len(CANDIDATES)), best


def _looks_like_text(text: str) -> bool:
    controls = sum(1 for ch in text if ch < " " and ch not in "\t\n\r\f")
    return bool(text.strip()) and controls <= len(text) // 100


def _wide(data: bytes) -> tuple[str, str] | None:
    """BOM-less UTF-16/32, told apart by where the NUL bytes of ASCII characters fall."""
    for width in (4, 2):
        if len(data) % width:
            continue
        for name, high in ((f"utf-{width * 8}-le", width - 1), (f"utf-{width * 8}-be", 0)):
            slots = data[high::width]
            if slots.count(0) < len(slots) * 0.3:
                continue
            try:
                text = data.decode(name)
            except UnicodeDecodeError:
                continue
            if _looks_like_text(text):
                return name, text
    return None


def _detect(data: bytes) -> tuple[str, str] | None:
    if b"\x00" in data:
        return _wide(data)
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data, cp_isolation=list(CANDIDATES)))
    if not matches:
        return None
    best = min(m.chaos for m in matches)
    plausible = [m for m in matches if m.chaos <= best + SLACK]
    chosen = min(plausible, key=lambda m: _rank([m.encoding, *m.could_be_from_charset]))
    name = _rank([chosen.encoding, *chosen.could_be_from_charset])[1]
    text = data.decode(name, errors="strict") if name != chosen.encoding else str(chosen)
    if not _looks_like_text(text):
        return None
    return name, _strip_bom(text)
