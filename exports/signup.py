"""Reading a sign-up list saved as text or CSV (e.g. a 接龙 copied into a file, or a sheet
saved as CSV), in whatever encoding it was saved: the same decision as the member import's
(``exports/text_encoding.py``), so a Big5 or Shift-JIS list is read right or refused,
never turned into other characters.
The lines go to ``models.events.member_lookup.match_signup_list``; xlsx waits for the shared reader.
"""

from __future__ import annotations

from pathlib import Path

from exports.text_encoding import EncodingUnknown, decode_text

#: A sign-up list is people, not a database dump: refuse anything larger.
MAX_BYTES = 5 * 1024 * 1024


def read_signup_text(path: Path | str) -> str:
    """The file's text. Raises ``ValueError`` (``EncodingUnknown`` when the encoding cannot
    be told: its ``reason`` is the sentence to translate)."""
    data = Path(path).read_bytes()
    if len(data) > MAX_BYTES:
        raise ValueError(f"{path}: larger than {MAX_BYTES // 1024 // 1024} MB; not a sign-up list")
    text = decode_text(data)
    return text[1:] if text.startswith("\ufeff") else text


__all__ = ["EncodingUnknown", "read_signup_text"]
