"""hashcheck.py LIST: rows ``kind<TAB>id<TAB>url<TAB>query<TAB>sha256``; prints MISMATCH or MISSING
per rebuilt text that differs or is absent, then a summary."""

import sys
from pathlib import Path

from sha import sha256

FOLDERS = {
    "realpages": Path("/work/main/benchmarks/realpages/texts"),
    "corpus": Path("/work/main/benchmarks/corpus_gold/texts"),
}

ok = bad = missing = 0
for row in Path(sys.argv[1]).read_text(encoding="utf-8").splitlines():
    if not row.strip():
        continue
    kind, page, _url, _query, want = row.split("\t")
    path = FOLDERS[kind] / f"{page}.txt"
    if not path.exists():
        missing += 1
        print("MISSING", page)
    elif sha256(path) != want:
        bad += 1
        print("MISMATCH", page)
    else:
        ok += 1
print(f"ok {ok} / mismatch {bad} / missing {missing}")
