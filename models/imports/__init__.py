"""Importing members from a sheet: column mapping, cleaning and checking each row, matching
existing members, and writing the whole file in one transaction.
"""
