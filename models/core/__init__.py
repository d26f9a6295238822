"""The vocabulary every package speaks: errors, the clock, ``Change``, fixed vocabularies,
validation of typed values, time zones. Imports nothing else of ``models``.
"""
