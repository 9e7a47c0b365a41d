"""sha.py FILE...: the canonical sha256 of each page text (NFC, \\n line ends, no trailing white
space on a line, none at either end), as the gold's ``source.sha256`` records it."""

import hashlib
import sys
import unicodedata
from pathlib import Path


def canonical(text: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(line.rstrip() for line in text.split("\n")).strip()


def sha256(path: Path) -> str:
    return hashlib.sha256(canonical(path.read_text(encoding="utf-8")).encode()).hexdigest()


if __name__ == "__main__":
    for name in sys.argv[1:]:
        print(sha256(Path(name)), name)
