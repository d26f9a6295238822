"""What the chat import stages is what it stored before it was made faster: times in the
workspace's zone and in UTC (zones with half-hour offsets and summer time too), and import
keys that never change (a re-import must find the rows an earlier version wrote)."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from models.activity import import_keys
from models.imports.chat_stage import Times


@pytest.mark.parametrize("tzid", ["Asia/Shanghai", "Asia/Kathmandu", "America/St_Johns",
                                  "Europe/London", "Australia/Lord_Howe", "UTC"])
def test_stored_and_utc_texts_follow_the_zone(tzid):
    zone = ZoneInfo(tzid)
    times = Times(zone)
    at = datetime(2025, 1, 1, 0, 0, 7)
    while at < datetime(2026, 1, 3):
        offset = at.replace(tzinfo=zone).utcoffset()
        minutes = int(offset.total_seconds()) // 60
        sign = "-" if minutes < 0 else "+"
        suffix = f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
        assert times.texts(at) == (at.isoformat() + suffix, (at - offset).isoformat() + "Z")
        at += timedelta(minutes=37, seconds=11)


def test_message_keys_are_those_earlier_versions_wrote():
    # computed by the import as it was first released (c94c91d): a changed key would make
    # every message of a file imported again a new activity
    assert import_keys.message_key(3, ("qq", "123456"), "2025-12-01T00:00:05Z", "发言",
                                   "大家早上好\n\ud800", 1) == 1288047600964871667
    assert import_keys.message_key(3, "qq:123456", "2025-12-01T00:00:05Z", "分享", "",
                                   0) == 2028713607081383354
    prefix = import_keys.message_key_prefix(3, ("qq", "123456"))
    assert import_keys.message_key_after(prefix, "2025-12-01T00:00:05Z", "分享", "", 0
                                         ) == 2028713607081383354


def test_keys_of_every_kind_are_those_earlier_versions_wrote():
    # computed with the code before the keys were hashed from a copied state (91d9fd0)
    assert import_keys.message_key(3, ("qq", "123456"), "2025-12-01T00:00:05Z", "发言", "+1",
                                   2) == 9006133928283943279
    assert import_keys.message_key(7, ("wechat", "wxid_abc"), "2025-12-01T23:59:59Z", "分享",
                                   "[链接]https://x", 0) == -7392172930748907671
    state = import_keys.message_key_state(import_keys.message_key_prefix(3, ("qq", "123456")))
    assert import_keys.message_key_from(state, "2025-12-01T00:00:05Z", "发言",
                                        "大家早上好\n\ud800", 1) == 1288047600964871667
    # the state is copied, never used up: the same person's next message from it
    assert import_keys.message_key_from(state, "2025-12-01T00:00:05Z", "分享", "", 0
                                        ) == 2028713607081383354
    assert [import_keys.order_key(n) for n in ("E20260619000123", "  4451234567890 ",
                                               "订单-号")] == [
        2661838045994442439, -8285918860115863609, -933787064481282328]


@pytest.mark.parametrize("keep_text", [False, True])
def test_the_scan_stages_each_message_with_its_key(tmp_path, monkeypatch, keep_text):
    """Staged rows as the import stores them: person number, time in the zone, kind, key
    (``message_key`` of the record, repeats in the same second counted), text only when
    kept. The reader may hand one Person record per sender or a new one per message, and
    the scan forgets the records it found tallies by past a bound."""
    import sqlite3

    from exports.chat.records import Message, Person
    from models.imports import chat_scan
    from tests.models.chat_fixtures import ListChat

    monkeypatch.setattr(chat_scan, "_RECORDS", 2)
    ming = Person("qq", "10001", "小明")
    at = datetime(2026, 3, 1, 9, 0, 5)
    records = [Message(at, ming, "发言", "+1", line=1), Message(at, ming, "发言", "+1", line=4),
               Message(at, Person("qq", "10001", "明明"), "发言", "+1", line=7),
               Message(at, Person("qq", "10002", "阿花"), "发言", "+1", line=10),
               Message(at + timedelta(seconds=1), ming, "分享", "https://x.cn", line=13),
               Message(at, Person("qq", "10003", "小红"), "发言", "", line=16),
               Message(at, ming, "发言", "+1", line=19)]
    zone = ZoneInfo("Asia/Shanghai")
    stage = chat_scan.Stage(tmp_path, keep_text=keep_text)
    tallies, counts = chat_scan._read(ListChat(records), 5, stage, Times(zone), keep_text,
                                      None, None)
    stage.close()
    rows = sqlite3.connect(stage.path).execute("SELECT * FROM messages ORDER BY seq").fetchall()

    def key(person, when, kind, text, ordinal):
        utc = (when - timedelta(hours=8)).isoformat() + "Z"
        return import_keys.message_key(5, person.key, utc, kind, text, ordinal)

    ids = {k: t.id for k, t in tallies.items()}
    expected = []
    seen: dict = {}
    for seq, record in enumerate(records, 1):
        what = (record.person.key, record.at, record.kind, record.text)
        seen[what] = seen.get(what, -1) + 1
        expected.append((seq, ids[record.person.key], record.at.isoformat() + "+08:00",
                         record.kind, 0, key(record.person, *what[1:], seen[what]),
                         (record.text or None) if keep_text else None))
    assert rows == expected
    assert len({r[5] for r in rows}) == 7  # four "+1" of 小明 in one second: four keys
    assert counts == (7, 0, at, at + timedelta(seconds=1))
    ming_tally = tallies[("qq", "10001")]
    assert ming_tally.messages == 5 and ming_tally.person.name == "小明"  # the last seen


def test_system_lines_are_staged_while_the_messages_stream(tmp_path, monkeypatch):
    """Invitations written (a chunk at a time) between the messages of one insert."""
    import sqlite3

    from exports.chat.records import Message, Person, SystemEvent
    from models.imports import chat_scan, chat_stage
    from tests.models.chat_fixtures import ListChat

    monkeypatch.setattr(chat_stage, "CHUNK", 2)
    ming, hua = Person("qq", "1", "小明"), Person("qq", "2", "阿花")
    records = []
    for second in range(5):
        at = datetime(2026, 3, 1, 9, 0, second)
        records += [Message(at, ming, "发言", "早"),
                    SystemEvent(at, "invite", (Person("qq", None, f"新人{second}"),), hua)]
    stage = chat_scan.Stage(tmp_path)
    tallies, counts = chat_scan._read(ListChat(records), 5, stage, Times(ZoneInfo("UTC")),
                                      False, None, None)
    stage.close()
    conn = sqlite3.connect(stage.path)
    assert counts[:2] == (5, 5)
    assert [r[0] for r in conn.execute("SELECT seq FROM messages ORDER BY seq")] == [
        1, 3, 5, 7, 9]
    assert conn.execute("SELECT seq, action, actor_id FROM events ORDER BY seq").fetchall() == [
        (seq, "invite", tallies[("qq", "2")].id) for seq in (2, 4, 6, 8, 10)]
