"""``python -m desktop``: the same as the ``qunzhu`` command."""

import sys

from desktop.cli import main

if __name__ == "__main__":  # not when a helper process (multiprocessing spawn) imports it
    sys.exit(main())
