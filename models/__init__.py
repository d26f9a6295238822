"""The workspace: one SQLite file and the domain functions over it.

Nothing in this package imports Qt or a file format, so the window, the headless CLI,
the tests and the benchmarks all share it.
"""

__version__ = "0.1.0"

#: Shown by ``qunzhu --version`` and Help > About.
APP_NAME = "Qunzhu"
