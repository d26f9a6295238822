"""Format 3: what the roster needs to sort, filter and search a million members quickly.

- Summaries on ``members`` (points balance, last activity, first join, tags and
  communities as text) so every roster column sorts through an index; triggers keep them
  right on every write. ``REFRESH_MEMBER_SUMMARIES`` computes them for the members the
  file already holds.
- The search index (``member_search`` FTS5 trigram, ``member_grams`` FTS5 over one- and
  two-character pieces, both over ``members``), its columns computed by the frozen
  ``name_search``.
- Saved filter sets (segments).
"""

from __future__ import annotations

import sqlite3

from models.schema.sql import run_script
from models.schema.steps import name_search

VERSION = 3
SUMMARY = "roster: sortable summaries, search index, segments"

def _tags_text(member: str) -> str:
    """SQL for a member's tag names, sorted, joined by 、 ("VIP、新人")."""
    return (f"(SELECT coalesce(group_concat(name, '、'), '') FROM (SELECT t.name"
            f" FROM member_tags mt JOIN tags t ON t.id = mt.tag_id"
            f" WHERE mt.member_id = {member} ORDER BY t.name))")


def _communities_text(member: str) -> str:
    """SQL for a member's communities and roles, by community name ("读书会·成员")."""
    return (f"(SELECT coalesce(group_concat(label, '、'), '') FROM (SELECT c.name || '·'"
            f" || ms.role AS label FROM memberships ms JOIN communities c"
            f" ON c.id = ms.community_id WHERE ms.member_id = {member} ORDER BY c.name))")


_PARTS = {f"{kind}_{name}": make(member)
          for kind, make in (("tags", _tags_text), ("communities", _communities_text))
          for name, member in (("new", "NEW.member_id"), ("old", "OLD.member_id"),
                               ("row", "members.id"))}

SCHEMA_V3 = """
ALTER TABLE members ADD COLUMN points INTEGER NOT NULL DEFAULT 0;
ALTER TABLE members ADD COLUMN last_active_at TEXT;
ALTER TABLE members ADD COLUMN joined_at TEXT;
ALTER TABLE members ADD COLUMN tags_text TEXT NOT NULL DEFAULT '';
ALTER TABLE members ADD COLUMN communities_text TEXT NOT NULL DEFAULT '';
ALTER TABLE members ADD COLUMN name_key TEXT NOT NULL DEFAULT '';
ALTER TABLE members ADD COLUMN search_pinyin TEXT NOT NULL DEFAULT '';
ALTER TABLE members ADD COLUMN search_grams TEXT NOT NULL DEFAULT '';
ALTER TABLE members ADD COLUMN search_head TEXT NOT NULL DEFAULT '';

CREATE INDEX members_by_name ON members(name_key);
CREATE INDEX members_by_nickname ON members(nickname);
CREATE INDEX members_by_city ON members(city);
CREATE INDEX members_by_source ON members(source);
CREATE INDEX members_by_lifecycle ON members(lifecycle);
CREATE INDEX members_by_points ON members(points);
CREATE INDEX members_by_joined ON members(joined_at);
CREATE INDEX members_by_last_active ON members(last_active_at);
CREATE INDEX members_by_tags ON members(tags_text);
CREATE INDEX members_by_communities ON members(communities_text);
CREATE INDEX memberships_status ON memberships(status, community_id);

CREATE TRIGGER activities_touch_member AFTER INSERT ON activities BEGIN
    UPDATE members SET last_active_at = NEW.occurred_at
    WHERE id = NEW.member_id AND (last_active_at IS NULL OR last_active_at < NEW.occurred_at);
END;
CREATE TRIGGER activities_untouch_member AFTER DELETE ON activities BEGIN
    UPDATE members SET last_active_at =
        (SELECT max(occurred_at) FROM activities WHERE member_id = OLD.member_id)
    WHERE id = OLD.member_id;
END;
CREATE TRIGGER points_add AFTER INSERT ON points_ledger BEGIN
    UPDATE members SET points = points + NEW.delta WHERE id = NEW.member_id;
END;
CREATE TRIGGER points_remove AFTER DELETE ON points_ledger BEGIN
    UPDATE members SET points = points - OLD.delta WHERE id = OLD.member_id;
END;
CREATE TRIGGER member_tags_add AFTER INSERT ON member_tags BEGIN
    UPDATE members SET tags_text = {tags_new}
    WHERE id = NEW.member_id;
END;
CREATE TRIGGER member_tags_remove AFTER DELETE ON member_tags BEGIN
    UPDATE members SET tags_text = {tags_old}
    WHERE id = OLD.member_id;
END;
CREATE TRIGGER tags_rename AFTER UPDATE OF name ON tags BEGIN
    UPDATE members SET tags_text = {tags_row}
    WHERE id IN (SELECT member_id FROM member_tags WHERE tag_id = NEW.id);
END;
CREATE TRIGGER memberships_add AFTER INSERT ON memberships BEGIN
    UPDATE members SET
        communities_text = {communities_new},
        joined_at = (SELECT min(joined_at) FROM memberships WHERE member_id = NEW.member_id)
    WHERE id = NEW.member_id;
END;
CREATE TRIGGER memberships_change AFTER UPDATE OF role, joined_at, community_id ON memberships
BEGIN
    UPDATE members SET
        communities_text = {communities_new},
        joined_at = (SELECT min(joined_at) FROM memberships WHERE member_id = NEW.member_id)
    WHERE id = NEW.member_id;
END;
CREATE TRIGGER memberships_remove AFTER DELETE ON memberships BEGIN
    UPDATE members SET
        communities_text = {communities_old},
        joined_at = (SELECT min(joined_at) FROM memberships WHERE member_id = OLD.member_id)
    WHERE id = OLD.member_id;
END;
CREATE TRIGGER communities_rename AFTER UPDATE OF name ON communities BEGIN
    UPDATE members SET communities_text = {communities_row}
    WHERE id IN (SELECT member_id FROM memberships WHERE community_id = NEW.id);
END;

CREATE VIRTUAL TABLE member_search USING fts5(
    display_name, nickname, phone, wechat_id, email, notes, tags_text,
    content = 'members', content_rowid = 'id', tokenize = 'trigram');
CREATE VIRTUAL TABLE member_grams USING fts5(
    search_grams, search_pinyin, search_head, content = 'members', content_rowid = 'id',
    tokenize = 'unicode61');
CREATE TABLE segments (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL UNIQUE,
    filter_json  TEXT NOT NULL,
    created_at   TEXT NOT NULL
);
""".format(**_PARTS)

#: Keep both full-text indexes in step with ``members``. Created after the columns are
#: filled: a trigger's 'delete' of an entry the index never had would corrupt it.
SEARCH_TRIGGERS = """
CREATE TRIGGER members_search_insert AFTER INSERT ON members BEGIN
    INSERT INTO member_search (rowid, display_name, nickname, phone, wechat_id, email, notes,
        tags_text)
    VALUES (NEW.id, NEW.display_name, NEW.nickname, NEW.phone, NEW.wechat_id, NEW.email,
        NEW.notes, NEW.tags_text);
    INSERT INTO member_grams (rowid, search_grams, search_pinyin, search_head)
    VALUES (NEW.id, NEW.search_grams, NEW.search_pinyin, NEW.search_head);
END;
CREATE TRIGGER members_search_delete AFTER DELETE ON members BEGIN
    INSERT INTO member_search (member_search, rowid, display_name, nickname, phone, wechat_id,
        email, notes, tags_text)
    VALUES ('delete', OLD.id, OLD.display_name, OLD.nickname, OLD.phone, OLD.wechat_id,
        OLD.email, OLD.notes, OLD.tags_text);
    INSERT INTO member_grams (member_grams, rowid, search_grams, search_pinyin, search_head)
    VALUES ('delete', OLD.id, OLD.search_grams, OLD.search_pinyin, OLD.search_head);
END;
CREATE TRIGGER members_search_update AFTER UPDATE OF display_name, nickname, phone, wechat_id,
    email, notes, tags_text ON members BEGIN
    INSERT INTO member_search (member_search, rowid, display_name, nickname, phone, wechat_id,
        email, notes, tags_text)
    VALUES ('delete', OLD.id, OLD.display_name, OLD.nickname, OLD.phone, OLD.wechat_id,
        OLD.email, OLD.notes, OLD.tags_text);
    INSERT INTO member_search (rowid, display_name, nickname, phone, wechat_id, email, notes,
        tags_text)
    VALUES (NEW.id, NEW.display_name, NEW.nickname, NEW.phone, NEW.wechat_id, NEW.email,
        NEW.notes, NEW.tags_text);
END;
CREATE TRIGGER members_grams_update AFTER UPDATE OF search_grams, search_pinyin, search_head
    ON members BEGIN
    INSERT INTO member_grams (member_grams, rowid, search_grams, search_pinyin, search_head)
    VALUES ('delete', OLD.id, OLD.search_grams, OLD.search_pinyin, OLD.search_head);
    INSERT INTO member_grams (rowid, search_grams, search_pinyin, search_head)
    VALUES (NEW.id, NEW.search_grams, NEW.search_pinyin, NEW.search_head);
END;
"""

#: One statement per summary column, for bulk loads that ran without the triggers.
REFRESH_MEMBER_SUMMARIES = [
    """UPDATE members SET points = coalesce(
        (SELECT sum(delta) FROM points_ledger WHERE member_id = members.id), 0)""",
    """UPDATE members SET last_active_at =
        (SELECT max(occurred_at) FROM activities WHERE member_id = members.id)""",
    """UPDATE members SET joined_at =
        (SELECT min(joined_at) FROM memberships WHERE member_id = members.id)""",
    f"UPDATE members SET tags_text = {_tags_text('members.id')}",
    f"UPDATE members SET communities_text = {_communities_text('members.id')}",
]


def apply(conn: sqlite3.Connection) -> None:
    run_script(conn, SCHEMA_V3)
    for statement in REFRESH_MEMBER_SUMMARIES:
        conn.execute(statement)
    _fill_search_columns(conn)
    run_script(conn, SEARCH_TRIGGERS)
    conn.execute("INSERT INTO member_search (member_search) VALUES ('rebuild')")
    conn.execute("INSERT INTO member_grams (member_grams) VALUES ('rebuild')")


def _fill_search_columns(conn: sqlite3.Connection, chunk: int = 20_000) -> None:
    """Every member's search columns, ``chunk`` members at a time in id order."""
    last = 0
    while True:
        rows = conn.execute("SELECT id, display_name, nickname FROM members WHERE id > ?"
                            " ORDER BY id LIMIT ?", (last, chunk)).fetchall()
        if not rows:
            return
        conn.executemany(
            "UPDATE members SET name_key = ?, search_pinyin = ?, search_grams = ?,"
            " search_head = ? WHERE id = ?",
            [(*name_search.search_columns(name, nick), mid) for mid, name, nick in rows])
        last = rows[-1][0]
