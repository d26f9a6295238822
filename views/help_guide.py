"""Help > Guide: the operator's loop in six steps, where each file Qunzhu reads comes from
(and how to make it), and the keyboard shortcuts.

The shortcuts are read from the window's actions when the guide opens (every ``QAction``
with a shortcut, named by its menu text), so the list never goes stale; the window hands
them in. Non-modal: it can stay open beside the window while the user follows it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

translate = QCoreApplication.translate


def loop_steps() -> list[tuple[str, str]]:
    """(step, what to do there) in the loop's order."""
    return [
        (translate("HelpGuide", "Plan"),
         translate("HelpGuide", "New Community… starts from a template (客户群, 兴趣社群, "
                                "付费社群). Write who it is for and its rules; bind goals to "
                                "live numbers.")),
        (translate("HelpGuide", "Roster"),
         translate("HelpGuide", "Import Members… from Excel, WPS or CSV, or add people by "
                                "hand. Tag them, record where they came from, follow who "
                                "invited whom.")),
        (translate("HelpGuide", "Events"),
         translate("HelpGuide", "Plan events in the Calendar, take registrations (paste a 接龙 "
                                "list), check people in at the door, write the outcome.")),
        (translate("HelpGuide", "Materials"),
         translate("HelpGuide", "Give each event a checklist (from a template), export it for "
                                "staff and suppliers, read their edited copy back.")),
        (translate("HelpGuide", "Measure"),
         translate("HelpGuide", "Import chat records and orders so activity and purchases "
                                "count; Analytics shows growth, actives, retention, the funnel "
                                "and who is slipping away.")),
        (translate("HelpGuide", "Adjust"),
         translate("HelpGuide", "Compare the goals on the Plan tab with where they should be "
                                "by now, and change the plan, the rules or the next events.")),
    ]


def file_sources() -> list[tuple[str, str, str]]:
    """(what, how to make the file, the file), as the README's table lists them."""
    return [
        (translate("HelpGuide", "Members"),
         translate("HelpGuide", "Any sheet with a name column (姓名, 手机号, 微信号…): Excel, "
                                "WPS, 腾讯文档 or a form tool's results exported as a table, or "
                                "a roster exported by Qunzhu"),
         "xlsx / xls / ods / csv"),
        (translate("HelpGuide", "QQ group chat"),
         translate("HelpGuide", "QQ (PC): 消息管理器 → right-click the group → 导出消息记录 → "
                                "文本文件 (*.txt)"),
         ".txt"),
        (translate("HelpGuide", "WeChat group chat"),
         translate("HelpGuide", "A desktop exporter: 留痕 MemoTrace (WeChatMsg) → the group → "
                                "导出 CSV / Excel / TXT; or PyWxDump → 聊天记录 → 导出 CSV"),
         ".csv / .xlsx / .txt"),
        (translate("HelpGuide", "Telegram"),
         translate("HelpGuide", "Telegram Desktop → the group → ⋮ → Export chat history → "
                                "Machine-readable JSON"),
         "result.json"),
        (translate("HelpGuide", "Discord"),
         translate("HelpGuide", "DiscordChatExporter → the channel → CSV or JSON"),
         ".csv / .json"),
        (translate("HelpGuide", "Orders"),
         translate("HelpGuide", "有赞: 订单 → 订单查询 → 导出; 微店: 订单管理 → 批量导出; "
                                "小鹅通: 交易 → 订单管理 → 导出; 淘宝: 千牛 → 已卖出的宝贝 → "
                                "批量导出"),
         ".xlsx / .csv"),
        (translate("HelpGuide", "Events"),
         translate("HelpGuide", "Outlook, Google Calendar or Apple Calendar: export or share "
                                "the calendar as an .ics file"),
         ".ics"),
        (translate("HelpGuide", "Checklists"),
         translate("HelpGuide", "A checklist exported by Qunzhu and edited in Excel or WPS; a "
                                "supplier's quotation (名称, 规格, 数量, 单价)"),
         ".xlsx"),
    ]


def shortcuts(actions: Iterable[QAction]) -> list[tuple[str, str]]:
    """(command, keys) for every action with a shortcut, in menu order, without the
    mnemonic '&' and the trailing '…'; several shortcuts are joined with ' / '."""
    found: list[tuple[str, str]] = []
    seen: set[str] = set()
    for action in actions:
        keys = list(dict.fromkeys(  # Return and Enter are both 回车 in Chinese
            k.toString(QKeySequence.SequenceFormat.NativeText)
            for k in action.shortcuts() if not k.isEmpty()))
        name = re.sub(r"\s*\(&\w\)", "", action.text())  # Chinese menus: 成员(&R)
        name = name.replace("&&", "\x00").replace("&", "").replace("\x00", "&")
        name = name.rstrip("…").strip()
        if not keys or not name or name in seen:
            continue
        seen.add(name)
        found.append((name, " / ".join(keys)))
    return found


def guide_html(actions: Iterable[QAction]) -> str:
    rows = "".join(
        f"<tr><td><b>{i}. {escape(step)}</b></td><td>{escape(text)}</td></tr>"
        for i, (step, text) in enumerate(loop_steps(), start=1))
    sources = "".join(
        f"<tr><td><b>{escape(what)}</b></td><td>{escape(how)}</td>"
        f"<td><code>{escape(kind)}</code></td></tr>" for what, how, kind in file_sources())
    keys = "".join(f"<tr><td>{escape(name)}</td><td><code>{escape(seq)}</code></td></tr>"
                   for name, seq in shortcuts(actions))
    table = "<table cellspacing='0' cellpadding='5' width='100%'>{}</table>"
    texts = {
        "loop": translate("HelpGuide", "The operator’s loop"),
        "loop_intro": translate("HelpGuide", "Each tab is one step; the picker in the toolbar "
                                             "chooses the community every tab shows."),
        "files": translate("HelpGuide", "Where the files come from"),
        "files_intro": translate("HelpGuide", "Drop any of these files on the window (or open "
                                              "it with Qunzhu) and its import starts. Every "
                                              "import shows what it will do first and can be "
                                              "undone."),
        "what": translate("HelpGuide", "What"),
        "how": translate("HelpGuide", "How to make the file"),
        "file": translate("HelpGuide", "File"),
        "keys": translate("HelpGuide", "Keyboard shortcuts"),
    }
    t = {key: escape(value) for key, value in texts.items()}
    head = (f"<tr><th align='left'>{t['what']}</th><th align='left'>{t['how']}</th>"
            f"<th align='left'>{t['file']}</th></tr>")
    return "".join([
        f"<h2>{t['loop']}</h2><p>{t['loop_intro']}</p>", table.format(rows),
        f"<h2>{t['files']}</h2><p>{t['files_intro']}</p>", table.format(head + sources),
        f"<h2>{t['keys']}</h2>",
        f"<table cellspacing='0' cellpadding='5'>{keys}</table>",  # keys beside their names
    ])


class HelpGuide(QDialog):
    def __init__(self, actions: Iterable[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpGuide")
        self.setWindowTitle(translate("HelpGuide", "Qunzhu guide"))
        self.resize(760, 680)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("helpGuideText")
        self.browser.setOpenExternalLinks(False)
        self.browser.setHtml(guide_html(actions))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
