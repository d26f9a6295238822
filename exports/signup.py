"""Reading a sign-up list saved as text or CSV (e.g. a 接龙 copied into a file, or a sheet
saved as CSV). Excel on Chinese Windows saves CSV in GBK, so that is tried after UTF-8.
The lines go to ``models.member_lookup.match_signup_list``; xlsx waits for the shared reader.
"""

from __future__ import annotations

from pathlib import Path

#: A sign-up list is people, not a database dump: refuse anything larger.
MAX_BYTES = 5 * 1024 * 1024


def read_signup_text(path: Path | str) -> str:
    data = Path(path).read_bytes()
    if len(data) > MAX_BYTES:
        raise ValueError(f"{path}: larger than {MAX_BYTES // 1024 // 1024} MB; not a sign-up list")
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ValueError(f"{path}: not text in UTF-8 or GBK")
