"""Hand-made chat exports for the chat import's tests: a ``ChatFile`` yielding given
records (as a reader would), and a workspace with members to match them to."""

from __future__ import annotations

from datetime import datetime

import pytest

from exports.chat.records import ChatFile, Message, Person, Problem, SystemEvent
from models.core import zones
from models.imports.chat_import import ChatImportOptions, chat_import_operation
from models.members import records
from models.members.communities import create_community
from models.store.operations import run
from models.store.workspace import open_workspace

__all__ = ["ListChat", "Message", "Person", "Problem", "SystemEvent", "at", "import_records",
           "qq", "wx"]


class ListChat(ChatFile):
    """A reader over ``records``; ``problems`` are noted when the stream reaches them, as
    a reader does (``after``: the index of the record before which each is met)."""

    def __init__(self, records: list, problems: list[Problem] = (), fmt: str = "qq") -> None:
        super().__init__()
        self.records = list(records)
        self.pending = list(problems)
        self.format = fmt
        self.platform = fmt if fmt in ("qq", "wechat", "telegram", "discord") else "sheet"

    def events(self):
        yield from self.records
        self.problems.extend(self.pending)


def at(text: str) -> datetime:
    """A naive wall-clock time, as QQ's .txt gives it."""
    return datetime.fromisoformat(text)


def qq(name: str, number: str | None = None, **more) -> Person:
    return Person("qq", number, name, **more)


def wx(name: str, wxid: str | None = None, **more) -> Person:
    return Person("wechat", wxid, name, **more)


def say(person: Person, when: str, text: str = "你好", kind: str = "发言", line: int = 0):
    return Message(at(when), person, kind, text, line=line)


def import_records(conn, community_id: int, records: list, problems=(), fmt="qq", **options):
    """Run the import of ``records`` as the window would; returns ``Done``."""
    return run(conn, chat_import_operation(lambda: ListChat(records, problems, fmt),
                                           ChatImportOptions(community_id, **options)))


@pytest.fixture(name="ws")
def chat_ws(workspace_path):
    """读书会 with 张伟 (phone, WeChat id), 李娜, two 王芳; 赵敏 in the trash; 陈静 in
    another community only."""
    with open_workspace(workspace_path) as ws:
        zones.set_default_tzid(ws.conn, "Asia/Shanghai")
        conn = ws.conn
        ws.club = create_community(conn, "读书会").id
        ws.other = create_community(conn, "跑团").id
        ws.zhang, _ = records.create_member(conn, {"display_name": "张伟",
                                                   "phone": "13800138000",
                                                   "wechat_id": "zhangwei88",
                                                   "email": "zw@example.com"}, ws.club)
        ws.li, _ = records.create_member(conn, {"display_name": "李娜", "nickname": "娜娜"},
                                         ws.club)
        ws.wang1, _ = records.create_member(conn, {"display_name": "王芳"}, ws.club)
        ws.wang2, _ = records.create_member(conn, {"display_name": "王芳"}, ws.club)
        ws.zhao, _ = records.create_member(conn, {"display_name": "赵敏"}, ws.club)
        records.set_deleted(conn, [ws.zhao], True)
        ws.chen, _ = records.create_member(conn, {"display_name": "陈静"}, ws.other)
        yield ws
