"""The workspace file itself: opening, locking, connections, checks, recovery after a crash,
backups, bulk-loading settings, staging folders and where a file may safely live.
"""
