"""Keep the translations in step with the code.

    python tools/i18n.py update          # collect tr()/translate() strings into the .ts files
    python tools/i18n.py fill FILE.json  # apply {"source": "译文"} to unfinished entries
    python tools/i18n.py check           # list entries still without a translation
    python tools/i18n.py release         # compile .ts -> .qm (shipped in resources/)

Source strings are English. ``qunzhu_zh_CN.ts`` is the file a translator edits (Qt Linguist
works too); tests fail while any entry is unfinished or the .qm is older than the .ts.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
SOURCES = ("desktop", "views")
LANGS = ("zh_CN",)


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).with_name(name))
    return found


def source_files() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for d in SOURCES for p in (ROOT / d).rglob("*.py"))


def ts_path(lang: str) -> Path:
    return TS_DIR / f"qunzhu_{lang}.ts"


def update(ts_files: list[Path] | None = None) -> None:
    for ts in ts_files or [ts_path(lang) for lang in LANGS]:
        subprocess.run([tool("pyside6-lupdate"), *source_files(), "-no-obsolete",
                        "-locations", "none", "-ts", str(ts)], cwd=ROOT, check=True,
                       stdout=subprocess.DEVNULL)


def unfinished(ts: Path) -> list[tuple[str, str]]:
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            empty = translation is None or not ("".join(translation.itertext()).strip())
            if empty or (translation is not None and translation.get("type") == "unfinished"):
                found.append((name, message.findtext("source", "")))
    return found


def fill(mapping_file: Path) -> None:
    mapping = json.loads(mapping_file.read_text(encoding="utf-8"))
    for lang in LANGS:
        ts = ts_path(lang)
        tree = ET.parse(ts)
        for context in tree.getroot().iter("context"):
            name = context.findtext("name", "")
            for message in context.iter("message"):
                source = message.findtext("source", "")
                text = mapping.get(f"{name}::{source}", mapping.get(source))
                translation = message.find("translation")
                if text is None or translation is None:
                    continue
                for child in list(translation):
                    translation.remove(child)
                if message.get("numerus") == "yes":
                    ET.SubElement(translation, "numerusform").text = text
                    translation.text = None
                else:
                    translation.text = text
                translation.attrib.pop("type", None)
        ET.indent(tree)
        tree.write(ts, encoding="utf-8", xml_declaration=True)


def release() -> None:
    for lang in LANGS:
        subprocess.run([tool("pyside6-lrelease"), str(ts_path(lang))], cwd=ROOT, check=True,
                       stdout=subprocess.DEVNULL)


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "check"
    if command == "update":
        update()
    elif command == "fill":
        fill(Path(argv[1]))
    elif command == "release":
        release()
    missing = [m for lang in LANGS for m in unfinished(ts_path(lang))]
    for context, source in missing:
        print(f"unfinished: {context}::{source}")
    return 1 if missing and command == "check" else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
