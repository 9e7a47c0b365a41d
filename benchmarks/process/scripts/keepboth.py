"""keepboth.py FILE: resolve merge conflicts by keeping both sides (for CHANGELOG.md, where two
branches add bullets at the same place); the sections are put in order by hand afterwards."""

import re
import sys
from pathlib import Path

path = Path(sys.argv[1])
text = path.read_text(encoding="utf-8")
path.write_text(re.sub(r"^(<<<<<<< .*|=======|>>>>>>> .*)\n", "", text, flags=re.M), "utf-8")
