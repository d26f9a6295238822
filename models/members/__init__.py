"""Members and communities: adding, editing, tags, the trash and erasure (in backups too),
the roster's lists and filters, and a member's profile.
"""
