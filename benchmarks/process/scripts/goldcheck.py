"""goldcheck.py GOLD.json...: each gold is valid JSON, its source is complete, its sha256 is the
text's, and its quoted strings are in the text. Prints OK or the problems (exit 1)."""

import json
import sys
from pathlib import Path

from sha import canonical, sha256

QUOTED = ("title", "body_first_line", "body_last_line", "published_text")

problems = []
for name in sys.argv[1:]:
    path = Path(name)
    gold = json.loads(path.read_text(encoding="utf-8"))
    page = path.name.removesuffix(".gold.json")
    text_path = path.parent.parent / "texts" / f"{page}.txt"
    if not text_path.exists():
        problems.append(f"{page}: no text at {text_path}")
        continue
    text = canonical(text_path.read_text(encoding="utf-8"))
    source = gold.get("source", {})
    problems += [
        f"{page}: source.{k} missing"
        for k in ("url", "query", "outlet", "sha256")
        if not source.get(k)
    ]
    if source.get("sha256") and sha256(text_path) != source["sha256"]:
        problems.append(f"{page}: sha256 differs from the text")
    wanted = [gold.get(k) for k in QUOTED] + [d.get("text") for d in gold.get("dates", [])]
    problems += [
        f"{page}: quoted string not in text: {w[:60]!r}"
        for w in wanted
        if w and canonical(w) not in text
    ]
    event = gold.get("main_event")
    if event is not None:
        problems += [
            f"{page}: main_event.{k} missing" for k in ("type", "participants") if k not in event
        ]
print("\n".join(problems) if problems else "OK")
sys.exit(1 if problems else 0)
