"""WeChat group records as the common desktop exporters write them: tables (CSV, xlsx:
``wechat_table``) and WeChatMsg/MemoTrace's TXT (``wechat_text``), told apart from the
content. System lines are read by ``wechat_system`` in every variant.

HTML is not read: WeChatMsg's HTML export keeps the messages in a JavaScript array built
for its own page (escaped strings, avatars, paths), not in regular markup, and carries no
more than its CSV does; the CSV is the export to ask people for.
"""

from __future__ import annotations

import csv
from pathlib import Path

from exports.chat import text_lines, wechat_table, wechat_text
from exports.chat.records import ChatFile
from exports.tables import UnreadableFile, open_table, sniff_delimiter

FORMAT = "wechat"
_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_QQ_BANNER = "消息记录（此消息记录为文本格式"


def sniff(path: Path, head: bytes) -> bool:
    """A table whose header row a WeChat exporter writes, or WeChatMsg's TXT."""
    if head.startswith((_ZIP, _OLE)):
        return _workbook_header_matches(Path(path))
    text = text_lines.decode_head(head)
    if _QQ_BANNER in text:
        return False
    if _csv_header_matches(text):
        return True
    return wechat_text.sniff(text)


def open_chat(path: Path) -> ChatFile:
    path = Path(path)
    head = text_lines.read_head(path)
    if head.startswith((_ZIP, _OLE)) or _csv_header_matches(text_lines.decode_head(head)):
        return wechat_table.WeChatTableFile(path)
    return wechat_text.WeChatTextFile(path)


def _csv_header_matches(text: str) -> bool:
    lines = [line for line in text.splitlines()[:20] if line.strip()]
    if not lines:
        return False
    delimiter = sniff_delimiter("\n".join(lines[:20]))
    for row in csv.reader(lines[:3], delimiter=delimiter):
        if wechat_table.looks_like(row):
            return True
    return False


def _workbook_header_matches(path: Path) -> bool:
    try:
        table = open_table(path)
    except UnreadableFile:
        return False
    try:
        return any(wechat_table.looks_like(values) for _, values in table.preview(limit=3))
    except UnreadableFile:
        return False
    finally:
        table.close()
