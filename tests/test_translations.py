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
