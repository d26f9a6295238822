"""A realistic demo workspace, deterministic for a seed and a date, built fast enough for a
million members.
"""
