"""Merge the translations of several .ts files into the project's (after a git merge).

    python tools/merge_ts.py A.ts B.ts ...

Collects every finished translation from the given files, re-runs lupdate on the code,
fills the union in and compiles the .qm. A source translated differently in two files
keeps the first file's text.
"""

from __future__ import annotations

import json
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import i18n  # noqa: E402


def translations(ts: Path) -> dict[str, str]:
    found: dict[str, str] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") == "unfinished":
                continue
            text = "".join(translation.itertext())
            if text.strip():
                found.setdefault(f"{name}::{message.findtext('source', '')}", text)
    return found


def main(paths: list[str]) -> int:
    union: dict[str, str] = {}
    for path in paths:
        for key, text in translations(Path(path)).items():
            union.setdefault(key, text)
    target = i18n.ts_path("zh_CN")
    target.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                      '<TS version="2.1" language="zh_CN"></TS>\n', encoding="utf-8")
    i18n.update()
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as f:
        json.dump(union, f, ensure_ascii=False)
    i18n.fill(Path(f.name))
    i18n.release()
    return i18n.main(["check"])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
