"""One module per format: ``vNN`` turns a format NN-1 file into format NN.

Each module defines ``VERSION``, ``SUMMARY`` and ``apply(conn)`` (run inside the runner's
transaction) and carries its own SQL and data, copied as they were when the format
shipped. It imports only the standard library, third-party libraries and
``models.schema`` itself; never the domain modules, whose code keeps changing. Once a
format is released its module is never edited (tests/models/test_upgrade_fixtures.py
upgrades a committed file of every past format and compares it with a fresh one).
"""
