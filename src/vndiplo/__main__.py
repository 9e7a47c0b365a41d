"""``python -m vndiplo`` runs the command-line interface."""

import sys

from vndiplo.cli import main

sys.exit(main())
