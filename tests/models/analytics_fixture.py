"""A tiny workspace written row by row, whose every number is counted by hand in the
tests (never by the code under test). Today is 2026-11-23; the main period is November
1-23; member 5 is in the trash; activity a9 lies in the future (2026-12-01)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from models.store.workspace import open_workspace

TODAY = date(2026, 11, 23)
T = "T10:00:00+08:00"

ROWS = f"""
INSERT INTO communities (id, name, created_at) VALUES
  (1, '读书会', '2026-01-01{T}'), (2, '跑步群', '2026-01-01{T}');
INSERT INTO members (id, display_name, gender, birth_year, city, source, referrer_id,
                     spending_level, created_at, updated_at, deleted_at) VALUES
  (1, '张三', '男', 1990, '杭州', '公众号', NULL, '高', '2026-09-05{T}', '2026-09-05{T}', NULL),
  (2, '李四', '女', 2000, '上海', '朋友推荐', 1, '中', '2026-10-10{T}', '2026-10-10{T}', NULL),
  (3, '王五', '女', NULL, '杭州', '朋友推荐', 2, NULL, '2026-11-03{T}', '2026-11-03{T}', NULL),
  (4, '赵六', '男', 1985, '北京', '线下活动', NULL, '低', '2026-11-10{T}', '2026-11-10{T}', NULL),
  (5, '钱七', '女', 1995, '上海', '公众号', NULL, NULL, '2026-11-12{T}', '2026-11-12{T}',
      '2026-11-20{T}'),
  (6, '孙八', NULL, NULL, NULL, NULL, NULL, NULL, '2026-11-15{T}', '2026-11-15{T}', NULL);
INSERT INTO memberships (member_id, community_id, joined_at, left_at, status) VALUES
  (1, 1, '2026-09-05{T}', NULL, 'active'),
  (2, 1, '2026-10-10{T}', NULL, 'active'),
  (3, 1, '2026-11-03{T}', NULL, 'active'),
  (4, 1, '2026-11-10{T}', '2026-11-20{T}', 'removed'),
  (4, 2, '2026-11-10{T}', NULL, 'active'),
  (5, 2, '2026-11-12{T}', NULL, 'active'),
  (6, 2, '2026-11-15{T}', NULL, 'active'),
  (1, 2, '2026-10-01{T}', NULL, 'active');
INSERT INTO activities (id, member_id, community_id, occurred_at, kind, amount) VALUES
  (1, 1, 1, '2026-09-06T10:00:00+08:00', '发言', 0),
  (2, 1, 1, '2026-10-06T10:00:00+08:00', '发言', 0),
  (3, 1, 1, '2026-11-02T09:00:00+08:00', '购买', 9900),
  (4, 2, 1, '2026-10-11T20:00:00+08:00', '发言', 0),
  (5, 2, 1, '2026-11-15T20:00:00+08:00', '购买', 4900),
  (6, 2, 1, '2026-11-15T21:00:00+08:00', '发言', 0),
  (7, 3, 1, '2026-11-20T08:00:00+08:00', '发言', 0),
  (8, 4, 2, '2026-11-11T12:00:00+08:00', '分享', 0),
  (9, 4, 2, '2026-12-01T12:00:00+08:00', '发言', 0),
  (10, 5, 2, '2026-11-13T12:00:00+08:00', '发言', 0),
  (11, 1, NULL, '2026-11-05T10:00:00+08:00', '发言', 0);
INSERT INTO tags (id, name) VALUES (1, '核心'), (2, '潜在客户');
INSERT INTO member_tags (member_id, tag_id) VALUES (1, 1), (2, 1), (5, 1), (4, 2);
INSERT INTO points_ledger (member_id, delta, reason, occurred_at) VALUES
  (1, 20, '入群', '2026-09-05{T}'), (2, 20, '入群', '2026-10-10{T}'),
  (3, 20, '入群', '2026-11-03{T}'), (1, -100, '兑换', '2026-11-06{T}'),
  (4, 50, '活跃', '2026-11-11{T}');
INSERT INTO events (id, uid, community_id, title, kind, starts_at, status, created_at,
                    updated_at) VALUES
  (1, 'e1', 1, '读书分享会', '分享会', '2026-11-08T19:00:00+08:00', '已结束', '2026-11-01{T}',
   '2026-11-01{T}'),
  (2, 'e2', 2, '夜跑', '聚会', '2026-11-18T19:00:00+08:00', '已结束', '2026-11-01{T}',
   '2026-11-01{T}'),
  (3, 'e3', 1, '取消的沙龙', '聚会', '2026-11-09T19:00:00+08:00', '已取消', '2026-11-01{T}',
   '2026-11-01{T}'),
  (4, 'e4', 2, '月末长跑', '聚会', '2026-11-30T07:00:00+08:00', '已发布', '2026-11-01{T}',
   '2026-11-01{T}');
INSERT INTO registrations (event_id, member_id, status, registered_at, checked_in_at,
                           walk_in) VALUES
  (1, 1, 'registered', '2026-11-02{T}', '2026-11-08T19:05:00+08:00', 0),
  (1, 2, 'registered', '2026-11-02{T}', NULL, 0),
  (1, 3, 'registered', '2026-11-04{T}', '2026-11-08T19:10:00+08:00', 0),
  (1, 4, 'registered', '2026-11-08{T}', '2026-11-08T19:20:00+08:00', 1),
  (2, 4, 'registered', '2026-11-12{T}', '2026-11-18T19:00:00+08:00', 0),
  (2, 6, 'registered', '2026-11-16{T}', NULL, 0),
  (3, 1, 'registered', '2026-11-05{T}', NULL, 0),
  (4, 4, 'registered', '2026-11-20{T}', NULL, 0);
"""


def build(path: Path) -> Path:
    """Write the rows through the triggers (as the app writes), one transaction."""
    with open_workspace(path) as ws, ws.transaction() as conn:
        from models.schema.sql import split_statements

        for statement in split_statements(ROWS):
            conn.execute(statement)
    return path
