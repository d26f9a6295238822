"""The workspace's format: numbered steps, each frozen with the SQL and data of its time.

- ``migrations``: the runner (which steps a file needs, one transaction per step) and
  the current format number;
- ``steps``: one module per format, ``v01`` .. ``vNN``, each holding everything its step
  does, copied as it was when that format shipped. A step imports nothing from the rest
  of ``models`` (it may use SQLite and third-party libraries), so editing today's domain
  code never changes how an old file is upgraded;
- ``sql``: the helpers steps and the analytics summaries share (imports nothing of ours).

A released step is never edited: a change to the format is a new step. The committed
fixtures (tests/fixtures/formats) hold a file at every past format and the tests upgrade
each to the current one.
"""
