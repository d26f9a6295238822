"""The roster's summary columns on ``members``, computed from scratch.

``points``, ``last_active_at``, ``joined_at``, ``tags_text`` and ``communities_text`` are
kept by the triggers format 3 installed; a bulk load that ran without those triggers
computes them with ``REFRESH_MEMBER_SUMMARIES`` instead (add a WHERE clause for some
members). The statements compute what the triggers write: tests compare the two on the
upgrade fixtures and on the demo. Format 3's step carries its own frozen copy
(``models/schema/steps/v03.py``); this one is the app's and may change with a new format.
"""

from __future__ import annotations


def tags_text(member: str) -> str:
    """SQL for a member's tag names, sorted, joined by 、 ("VIP、新人")."""
    return (f"(SELECT coalesce(group_concat(name, '、'), '') FROM (SELECT t.name"
            f" FROM member_tags mt JOIN tags t ON t.id = mt.tag_id"
            f" WHERE mt.member_id = {member} ORDER BY t.name))")


def communities_text(member: str) -> str:
    """SQL for a member's communities and roles, by community name ("读书会·成员")."""
    return (f"(SELECT coalesce(group_concat(label, '、'), '') FROM (SELECT c.name || '·'"
            f" || ms.role AS label FROM memberships ms JOIN communities c"
            f" ON c.id = ms.community_id WHERE ms.member_id = {member} ORDER BY c.name))")


#: One statement per summary column, for bulk loads that ran without the triggers.
REFRESH_MEMBER_SUMMARIES = [
    """UPDATE members SET points = coalesce(
        (SELECT sum(delta) FROM points_ledger WHERE member_id = members.id), 0)""",
    """UPDATE members SET last_active_at =
        (SELECT max(occurred_at) FROM activities WHERE member_id = members.id)""",
    """UPDATE members SET joined_at =
        (SELECT min(joined_at) FROM memberships WHERE member_id = members.id)""",
    f"UPDATE members SET tags_text = {tags_text('members.id')}",
    f"UPDATE members SET communities_text = {communities_text('members.id')}",
]
