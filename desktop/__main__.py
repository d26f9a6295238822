"""``python -m desktop``: the same as the ``qunzhu`` command."""

import sys

from desktop.cli import main

sys.exit(main())
