"""A community's plan (规划): written sections, goals with live values, roles, risks, stages,
rules and moderation, and the needs backlog.
"""
