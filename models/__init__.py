"""The workspace: one SQLite file and the domain functions over it.

Nothing in this package imports Qt or a file format, so the window, the headless CLI,
the tests and the benchmarks all share it. Its packages, each importing only those after it
(import-linter checks the order, see pyproject.toml):

    demo -> imports -> plan -> analytics -> events -> materials -> members -> search
         -> store -> schema -> core
"""

__version__ = "0.1.0"

#: Shown by ``qunzhu --version`` and Help > About.
APP_NAME = "Qunzhu"
