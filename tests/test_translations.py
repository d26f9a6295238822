"""Every visible string has its zh_CN translation, and the shipped .qm matches the .ts."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("i18n_tool", ROOT / "tools" / "i18n.py")
i18n_tool = importlib.util.module_from_spec(spec)
spec.loader.exec_module(i18n_tool)


def test_every_string_in_the_code_is_translated_to_chinese(tmp_path):
    shipped = i18n_tool.ts_path("zh_CN")
    fresh = tmp_path / shipped.name
    shutil.copy(shipped, fresh)
    i18n_tool.update([fresh])  # collect the strings the code has now
    missing = i18n_tool.unfinished(fresh)
    assert missing == [], "run: python tools/i18n.py update, translate, then release"


def test_compiled_translation_is_up_to_date(tmp_path):
    shipped_ts = i18n_tool.ts_path("zh_CN")
    copy = tmp_path / shipped_ts.name
    shutil.copy(shipped_ts, copy)
    subprocess.run([i18n_tool.tool("pyside6-lrelease"), str(copy)], check=True,
                   capture_output=True)
    assert copy.with_suffix(".qm").read_bytes() == shipped_ts.with_suffix(".qm").read_bytes(), \
        "run: python tools/i18n.py release"


def test_placeholders_survive_translation():
    import re
    import xml.etree.ElementTree as ET

    for message in ET.parse(i18n_tool.ts_path("zh_CN")).getroot().iter("message"):
        source = message.findtext("source", "")
        translation = "".join(message.find("translation").itertext())
        assert sorted(re.findall(r"\{[^}]*\}", source)) == sorted(
            re.findall(r"\{[^}]*\}", translation)), source


def test_every_translated_text_is_a_literal_lupdate_can_find():
    """lupdate collects only ``tr("…")`` and ``translate("Context", "…")`` with the text
    written out: a helper such as ``def _tr(text): return translate("X", text)`` hides its
    strings, so they were never translated and showed in English in the Chinese window."""
    import ast

    hidden = []
    for folder in i18n_tool.SOURCES:
        for path in sorted((ROOT / folder).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if not isinstance(node, ast.Call):
                    continue
                func = node.func
                name = getattr(func, "attr", getattr(func, "id", None))
                args = node.args
                if name == "translate" and len(args) >= 2 and _is_text(args[0]):
                    text = args[1]  # not QPainter.translate(x, y)
                elif name == "tr" and args:
                    text = args[0]
                else:
                    continue
                if not _is_text(text):
                    hidden.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert hidden == []


def _is_text(node) -> bool:
    import ast

    return isinstance(node, ast.Constant) and isinstance(node.value, str)
