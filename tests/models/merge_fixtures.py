"""Two records of one person on a demo workspace, each with rows in every table that
references members, overlapping where a merge must combine (same community, same event,
same tag, same honour, same custom field)."""

from __future__ import annotations

import sqlite3

NOW = "2026-11-20T10:00:00+08:00"


def tables_referencing_members(conn: sqlite3.Connection) -> dict[str, list[str]]:
    """Every table with a foreign key to ``members``, and its columns that hold one."""
    found: dict[str, list[str]] = {}
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
        for fk in conn.execute(f'PRAGMA foreign_key_list("{name}")'):
            if fk[2] == "members":
                found.setdefault(name, []).append(fk[3])
    return found


def two_records(conn: sqlite3.Connection) -> tuple[int, int, dict[str, int]]:
    """(kept, gone, ids of what they share) after adding rows of each to every table."""
    kept, gone = [m for (m,) in conn.execute(
        "SELECT member_id FROM activities GROUP BY member_id ORDER BY count(*) DESC,"
        " member_id LIMIT 2")]
    community = conn.execute("SELECT min(id) FROM communities").fetchone()[0]
    other = conn.execute("SELECT max(id) FROM communities").fetchone()[0]
    x = conn.execute
    x("UPDATE members SET phone = '13800138000', city = NULL, referrer_id = NULL,"
      " deleted_at = NULL WHERE id = ?", (kept,))
    x("UPDATE members SET phone = '13800138000', city = '杭州', deleted_at = NULL,"
      " referrer_id = NULL WHERE id = ?", (gone,))
    # memberships: both in one community (gone joined earlier, as admin; kept left)
    for member in (kept, gone):
        x("DELETE FROM memberships WHERE member_id = ? AND community_id = ?", (member, community))
    x("INSERT INTO memberships (member_id, community_id, role, joined_at, left_at, left_reason)"
      " VALUES (?, ?, '成员', '2026-03-01T09:00:00+08:00', '2026-05-01T09:00:00+08:00', '退群')",
      (kept, community))
    x("INSERT INTO memberships (member_id, community_id, role, joined_at)"
      " VALUES (?, ?, '管理员', '2026-01-01T09:00:00+08:00')", (gone, community))
    x("INSERT OR IGNORE INTO memberships (member_id, community_id, role, joined_at)"
      " VALUES (?, ?, '成员', '2026-02-01T09:00:00+08:00')", (gone, other))
    # tags: one shared, one each
    for name in ("共同", "老客", "新客"):
        x("INSERT OR IGNORE INTO tags (name) VALUES (?)", (name,))
    tag = dict(x("SELECT name, id FROM tags"))
    for member, names in ((kept, ("共同", "老客")), (gone, ("共同", "新客"))):
        for name in names:
            x("INSERT OR IGNORE INTO member_tags VALUES (?, ?)", (member, tag[name]))
    # points, one ledger row each at least
    for member, delta in ((kept, 5), (gone, 7)):
        x("INSERT INTO points_ledger (member_id, delta, reason, occurred_at)"
          " VALUES (?, ?, '手动', ?)", (member, delta, NOW))
    # an event both registered for (gone checked in), and one each
    events = []
    for title in ("同一场", "只有留下的", "只有合并的"):
        x("INSERT INTO events (uid, community_id, title, starts_at, ends_at, created_at,"
          " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
          (f"merge-{title}", community, title, NOW, NOW, NOW, NOW))
        events.append(x("SELECT last_insert_rowid()").fetchone()[0])
    for member, event, checked in ((kept, events[0], None), (gone, events[0], NOW),
                                   (kept, events[1], None), (gone, events[2], None)):
        x("INSERT OR IGNORE INTO registrations (event_id, member_id, registered_at,"
          " checked_in_at) VALUES (?, ?, ?, ?)", (event, member, NOW, checked))
    for member in (kept, gone):
        x("INSERT INTO violations (member_id, community_id, occurred_at, action)"
          " VALUES (?, ?, ?, '提醒')", (member, community, NOW))
        x("INSERT INTO needs (member_id, community_id, text, created_at)"
          " VALUES (?, ?, '要发票', ?)",
          (member, community, NOW))
        x("INSERT INTO member_identities (member_id, platform, value) VALUES (?, 'qq', ?)",
          (member, f"qq{member}"))
        x("INSERT INTO follow_ups (member_id, community_id, at, channel, note, created_at)"
          " VALUES (?, ?, ?, '微信', '问候', ?)", (member, community, NOW, NOW))
    # custom fields: a single value both hold (differs), several values (union)
    x("INSERT INTO custom_fields (name, kind, created_at) VALUES ('车型', 'text', ?)", (NOW,))
    car = x("SELECT last_insert_rowid()").fetchone()[0]
    x("INSERT INTO custom_fields (name, kind, choices, created_at)"
      " VALUES ('尺码', 'choices', '[\"S\",\"M\",\"L\"]', ?)", (NOW,))
    size = x("SELECT last_insert_rowid()").fetchone()[0]
    x("INSERT INTO member_fields VALUES (?, ?, '特斯拉'), (?, ?, '比亚迪')",
      (kept, car, gone, car))
    x("INSERT INTO member_fields VALUES (?, ?, 'S'), (?, ?, 'M'), (?, ?, 'M')",
      (kept, size, gone, size, kept, size))
    # plan roles, an honour both hold, an earlier merge into gone
    plan = x("SELECT id FROM plans LIMIT 1").fetchone()
    if plan is None:
        x("INSERT INTO plans (community_id, created_at, updated_at) VALUES (?, ?, ?)",
          (community, NOW, NOW))
        plan = x("SELECT last_insert_rowid()").fetchone()
    x("INSERT INTO plan_roles (plan_id, role, member_id) VALUES (?, '主持', ?)",
      (plan[0], gone))
    x("INSERT INTO honours (community_id, name, metric, threshold, created_at)"
      " VALUES (NULL, '元老', 'points', 1, ?)", (NOW,))
    honour = x("SELECT last_insert_rowid()").fetchone()[0]
    x("INSERT INTO member_honours VALUES (?, ?, '2026-06-01T00:00:00+08:00'),"
      " (?, ?, '2026-04-01T00:00:00+08:00')", (honour, kept, honour, gone))
    x("INSERT INTO member_merges (member_id, merged_id, merged_name, merged_at)"
      " VALUES (?, 999999, '旧号', ?)", (gone, NOW))
    # referrals both ways: gone invited two people; kept was invited by a third
    invitees = [m for (m,) in x("SELECT id FROM members WHERE id NOT IN (?, ?)"
                               " AND referrer_id IS NULL ORDER BY id LIMIT 3", (kept, gone))]
    x("UPDATE members SET referrer_id = ? WHERE id IN (?, ?)", (gone, *invitees[:2]))
    x("UPDATE members SET referrer_id = ? WHERE id = ?", (invitees[2], kept))
    # a "not the same person" pair of gone's
    low, high = sorted((gone, invitees[2]))
    x("INSERT INTO not_duplicates VALUES (?, ?, ?)", (low, high, NOW))
    return kept, gone, {"community": community, "event": events[0], "car": car, "size": size,
                        "honour": honour}
