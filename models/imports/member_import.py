"""Importing members from table rows: clean, check, match duplicates, write in one transaction.

The rows come from any reader (``exports/tables.py``) as ``(row_number, values)``; a mapping
(``column_mapping``) says which column holds which field. One engine does both passes:

- ``dry_run=True`` writes nothing and returns what an import would do: every problem
  (row, column, reason), how many rows would be added, updated, skipped, and for updates
  the changes field by field (the preview of a round trip);
- rows that are not members (a totals row, a section heading, the header again, a note, a
  row naming nobody: ``models/imports/sheet_rows.py``) are passed over in both, listed in
  ``passed_over`` with their reason, and neither imported nor counted invalid;
- ``dry_run=False`` does it, in one transaction. Strict (the default) writes nothing if any
  row is invalid (``ImportRejected``); ``skip_invalid`` imports the valid rows.
  ``progress`` returning False cancels: ``Cancelled``, nothing written.

Duplicates are matched by phone, then WeChat id, then email, among members in the
workspace (not in the trash) and rows earlier in the same file, and handled by the
``DuplicatePolicy``. A column mapped to ``id`` (the roster export's first column) updates
that member instead: exactly the fields whose cleaned value differs.

Big imports (``BULK_ROWS`` or more, and a good part of the workspace) drop the members'
indexes and triggers (but ``KEPT_INDEXES``), write the summary columns themselves and
rebuild indexes, summaries of updated members, analytics audience counts and the search
once at the end, with a rollback journal and trusted foreign keys; small ones keep the
triggers. The biggest (``helper.PARALLEL_ROWS``) hand the search to a helper process on the
second core. Undoing an import: ``models/imports/import_undo.py`` (``ledger``).
"""

from __future__ import annotations

import gc
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from contextlib import nullcontext
from typing import Any

from models.core.clock import now_iso
from models.core.errors import Cancelled, Code, DomainError, Message, NotFound
from models.imports import member_links
from models.imports.bulk_finish import finish_bulk, refresh_touched, summary_triggers_dropped
from models.imports.cleaning import is_blank, row_cleaner
from models.imports.column_mapping import FIELDS
from models.imports.field_columns import FILL, SET, FieldColumns
from models.imports.report import (  # noqa: F401 (callers import them from here too)
    DuplicatePolicy,
    FieldChange,
    ImportOptions,
    ImportRejected,
    ImportResult,
    Problem,
    column_name,
)
from models.imports.sheet_rows import not_member_check
from models.members.summaries import REFRESH_MEMBER_SUMMARIES
from models.search import helper, text_index
from models.search.helper import PARALLEL_ROWS, SearchHelper, start_helper
from models.store.bulk import (
    DroppedStructures,
    bulk_settings,
    foreign_keys_trusted,
    rollback_journal,
)
from models.store.workspace import transaction

Progress = Callable[[str, int, int], bool]

#: Rows from which dropping and rebuilding indexes beats keeping them up to date row by
#: row, when the import is also a good part of the workspace (see ``will_bulk``).
BULK_ROWS = 2_000
#: Writing a row with the triggers on costs this many times rebuilding every index for
#: one row (measured: 100,000 rows into a million-member workspace took 46 s of CPU with
#: the triggers, 76 s with the rebuild; ~390 against ~63 us a row).
TRIGGER_COST = 6
BATCH = 5_000
PROGRESS_EVERY = 1_000
#: Update previews keep at most this many field changes (the count stays exact).
MAX_CHANGES_KEPT = 20_000
MATCH_KEYS = ("phone", "wechat_id", "email")
#: Fields compared and written by "update by id" and the duplicate policies.
MEMBER_FIELDS = tuple(f for f in FIELDS if f not in ("id", "tags", "joined_at", "role", "referrer"))
BULK_TABLES = ["members", "memberships", "member_tags"]
#: Indexes kept during a bulk load: partial indexes of what an import never sets (a rebuild
#: would read the whole table again). Keeping points or created_at was measured: 4 s more
#: loading a million rows for under 1 s less building.
KEPT_INDEXES = {"members_referrer", "members_deleted", "memberships_left",
                "memberships_restricted"}
_INSERT_COLUMNS = ("id", "display_name", "nickname", *text_index.SEARCH_COLUMNS, "tags_text",
                   "communities_text", "joined_at", "gender", "birth_year", "city",
                   "occupation", "phone", "wechat_id", "email", "source", "interests", "notes",
                   "created_at", "updated_at")
#: The columns of a pending row (``MemberImport.pending``): the insert's, but the search's.
_PENDING_COLUMNS = tuple(c for c in _INSERT_COLUMNS if c not in text_index.SEARCH_COLUMNS)


class MemberImport:
    """One import run over one connection; see the module docstring."""

    def __init__(self, conn: sqlite3.Connection, options: ImportOptions) -> None:
        self.conn = conn
        self.options = options
        self.mapping = dict(options.mapping)
        self.headers = list(options.headers)
        self.column_of = {f: i for i, f in self.mapping.items()}
        self.keys: dict[str, dict[str, int]] = {k: {} for k in MATCH_KEYS}
        self.new_names: dict[int, str] = {}
        self.pending: list[tuple] = []  # member rows without their search columns
        self.pending_ids: set[int] = set()  # ids pending or in flight (not written yet)
        self.in_flight: list[tuple[Any, list[tuple], list, list]] = []
        self.helper: SearchHelper | None = None
        self.text_positions: list[int] = []  # of the indexed text in a pending row
        self.pending_tags: list[tuple[int, str]] = []
        self.pending_memberships: list[tuple] = []
        self.touched: set[int] = set()
        self.community_name: str | None = None
        self.ledger: Any = None  # an import_undo.ImportLedger when it is to be undone
        self.referrers = FieldColumns(conn, self.mapping, self.headers)  # and custom fields

    def run(self, rows: Iterable[tuple[int, Sequence[Any]]], *, dry_run: bool,
            total: int | None = None, progress: Progress | None = None) -> ImportResult:
        result = ImportResult(dry_run=dry_run)
        if not any(f in self.column_of for f in ("display_name", "nickname", "id")):
            raise DomainError(Code.NAME_COLUMN_NEEDED)
        if self.options.community_id is not None:
            found = self.conn.execute("SELECT name FROM communities WHERE id = ?",
                                      (self.options.community_id,)).fetchone()
            if found is None:
                raise NotFound(Code.NO_COMMUNITY_ID, id=self.options.community_id)
            self.community_name = found[0]
        elif "role" in self.column_of:  # a role is held in a community
            raise DomainError(Code.ROLE_NEEDS_COMMUNITY)
        bulk = self.will_bulk(total)
        if dry_run:
            self._load_keys()
            self._next_id = self._max_id() + 1
            self._rows(rows, result, total, progress, write=False)
            return result
        if bulk and self.options.parallel is not False and (
                self.options.parallel or (total or 0) >= PARALLEL_ROWS):
            self.helper = start_helper()
        # A big import keeps millions of objects alive (keys to match, ids, caches): the
        # cyclic garbage collector would walk them all again and again (~10% of a
        # million-row import, measured). The import makes no cycles; it resumes after.
        collecting = gc.isenabled() and bulk
        if collecting:
            gc.disable()
        try:
            return self._write(rows, result, total, progress, bulk)
        finally:
            text_index.detach_built(self.conn)
            if self.helper is not None:
                self.helper.close()
                self.helper = None
            text_index.clear_caches()
            if collecting:
                gc.enable()

    def _write(self, rows: Iterable[tuple[int, Sequence[Any]]], result: ImportResult,
               total: int | None, progress: Progress | None, bulk: bool) -> ImportResult:
        # A large page cache: fewer index pages read (not settable in a caller's transaction).
        big = (bulk or (total or 0) >= BULK_ROWS) and not self.conn.in_transaction
        with (bulk_settings(self.conn) if big else nullcontext(),
              rollback_journal(self.conn) if bulk else nullcontext(),
              foreign_keys_trusted(self.conn) if bulk else nullcontext(),
              transaction(self.conn)):
            dropped = DroppedStructures(self.conn, BULK_TABLES, keep=KEPT_INDEXES) \
                if bulk else summary_triggers_dropped(self.conn)
            self._load_keys()
            if self.helper is not None:
                self.helper.start_stage(self.conn)
                self.text_positions = [_PENDING_COLUMNS.index(c) for c in
                                       text_index.indexed_text_columns(self.conn)]
            self._next_id = self._max_id() + 1
            self._first_new_id = self._next_id
            self.now = now_iso()
            self._rows(rows, result, total, progress, write=True)
            self._flush()
            if result.rejected and not self.options.skip_invalid:
                raise ImportRejected(result)
            if progress and not progress("finish", 0, 1):
                raise Cancelled()
            if bulk:
                self._finish_bulk(dropped)
            else:
                refresh_touched(self.conn, self.touched)
                dropped.restore()
            if self.ledger is not None:  # what undoing a bulk import takes
                self.ledger.ended(self.conn, self._first_new_id, self._next_id - 1, self.now)
            result.dry_run = False
        return result

    # -- rows ----------------------------------------------------------------------------

    def _rows(self, rows: Iterable[tuple[int, Sequence[Any]]], result: ImportResult,
              total: int | None, progress: Progress | None, write: bool) -> None:
        mapped = sorted(self.mapping)
        clean_row = row_cleaner(self.mapping, self.referrers.cleaners)
        not_member = not_member_check(self.mapping, self.headers)
        for number, values in rows:
            if is_blank(values, mapped):
                continue  # an empty row (or one with data only in unmapped columns)
            passed = not_member(values)
            if passed is not None:  # totals, a heading, notes: reported, not imported
                index, reason, value = passed
                result.passed_over.append(Problem.of(number, column_name(self.headers, index),
                                                     reason, value))
                continue
            result.rows += 1
            if progress and result.rows % PROGRESS_EVERY == 0 and not progress(
                    "rows", result.rows, total or 0):
                raise Cancelled()
            record, tags, problems = clean_row(values)
            self.referrers.row(number, record)
            if not problems and record.get("id") is None and not record.get("display_name"):
                if record.get("nickname"):
                    record["display_name"] = record["nickname"]
                elif "id" not in self.column_of or not any(record.values()):
                    problems.append((self.column_of.get("display_name",
                                                        self.column_of.get("nickname", 0)),
                                     Message(Code.NAME_NEEDED), None))
            if problems:
                result.rejected += 1
                for index, reason, value in problems:
                    result.problems.append(Problem.of(number, column_name(self.headers, index),
                                                      reason, value))
                continue
            if record.get("id") is not None:
                self._update_by_id(number, record, tags, result, write)
                continue
            record.pop("id", None)
            match, in_file = self._match(record)
            if match is not None:
                result.duplicates_in_file += in_file
                result.duplicates_in_workspace += not in_file
            if match is None or self.options.policy is DuplicatePolicy.KEEP_BOTH:
                self._add(record, tags, result, write)
                continue
            if self.options.policy is DuplicatePolicy.SKIP:
                result.skipped += 1
                member_links.kept(self, number, match, record, result, write, in_file)
                continue
            self._update(number, match, record, tags, result, write,
                         only_empty=self.options.policy is DuplicatePolicy.FILL_EMPTY)
        if progress and not progress("rows", result.rows, total or result.rows):
            raise Cancelled()
        self.referrers.resolve(self, result, write)  # every row read: any order resolves

    def _match(self, record: dict[str, Any]) -> tuple[int | None, bool]:
        for key in MATCH_KEYS:
            value = record.get(key)
            if value and value in self.keys[key]:
                member_id = self.keys[key][value]
                return member_id, member_id >= self._first_new
        return None, False

    def _remember(self, member_id: int, record: dict[str, Any]) -> None:
        for key in MATCH_KEYS:
            value = record.get(key)
            if value and value not in self.keys[key]:
                self.keys[key][value] = member_id

    # -- adding --------------------------------------------------------------------------

    def _add(self, record: dict[str, Any], tags: list[str] | None, result: ImportResult,
             write: bool) -> None:
        member_id = self._next_id
        self._next_id += 1
        result.added += 1
        self.referrers.member(member_id, SET)
        if self.options.policy is not DuplicatePolicy.KEEP_BOTH:
            self._remember(member_id, record)
        if not write:
            return
        result.added_ids.append(member_id)
        name, nickname = record["display_name"], record.get("nickname")
        joined = record.get("joined_at")
        community = self.community_name
        role = record.get("role") or "成员"
        self.pending.append((
            member_id, name, nickname,
            "、".join(sorted(tags or ())),
            f"{community}·{role}" if community is not None else "",
            (joined or self.now) if community is not None else None,
            record.get("gender"), record.get("birth_year"), record.get("city"),
            record.get("occupation"), record.get("phone"), record.get("wechat_id"),
            record.get("email"), record.get("source"), record.get("interests"),
            record.get("notes"), joined if community is None and joined else self.now,
            self.now))
        self.pending_ids.add(member_id)
        self.pending_tags.extend((member_id, t) for t in tags or ())
        if community is not None:
            self.pending_memberships.append(
                (member_id, self.options.community_id, role, joined or self.now))
        if len(self.pending) >= BATCH:
            if self.helper is None:
                self._flush()
                return
            self._hand_off()
            while len(self.in_flight) > helper.AHEAD:  # the helper reads the newest
                self._write_batch(*self.in_flight.pop(0))

    def _hand_off(self) -> None:
        """Send the pending batch's names to the helper; written once they come back."""
        if not self.pending:
            return
        assert self.helper is not None
        positions = self.text_positions
        future = self.helper.submit([(r[1], r[2]) for r in self.pending],
                                    [(r[0], *[r[i] for i in positions]) for r in self.pending])
        self.in_flight.append((future, self.pending, self.pending_tags,
                               self.pending_memberships))
        self.pending, self.pending_tags, self.pending_memberships = [], [], []

    def _flush(self) -> None:
        """Write every member not written yet (before reading one back, and at the end)."""
        if self.helper is not None:
            self._hand_off()
        while self.in_flight:
            self._write_batch(*self.in_flight.pop(0))
        if self.pending:
            self._write_batch(None, self.pending, self.pending_tags, self.pending_memberships)
            self.pending, self.pending_tags, self.pending_memberships = [], [], []
        self.pending_ids = set()

    def _write_batch(self, future: Any, rows: list[tuple], tags: list[tuple[int, str]],
                     memberships: list[tuple]) -> None:
        if future is not None:
            columns = future.result()
        else:
            columns = [text_index.search_columns(r[1], r[2]) for r in rows]
        marks = ",".join("?" * len(_INSERT_COLUMNS))
        self.conn.executemany(
            f"INSERT INTO members ({', '.join(_INSERT_COLUMNS)}) VALUES ({marks})",
            [(*r[:3], *c, *r[3:]) for r, c in zip(rows, columns, strict=True)])
        member_links.write_tags(self.conn, tags)
        self.conn.executemany(
            "INSERT OR IGNORE INTO memberships (member_id, community_id, role, joined_at)"
            " VALUES (?, ?, ?, ?)", memberships)

    # -- updating ------------------------------------------------------------------------

    def _current(self, member_id: int) -> dict[str, Any] | None:
        if member_id in self.pending_ids:
            self._flush()
        if member_id in self.touched:  # updated before in this import: summaries are stale
            for statement in REFRESH_MEMBER_SUMMARIES:
                self.conn.execute(statement + " WHERE id = ?", (member_id,))
        row = self.conn.execute(
            f"SELECT {', '.join(MEMBER_FIELDS)}, tags_text FROM members"
            f" WHERE id = ? AND deleted_at IS NULL", (member_id,)).fetchone()
        if row is None:
            return None
        return dict(zip((*MEMBER_FIELDS, "tags_text"), row, strict=True))

    def _update_by_id(self, number: int, record: dict[str, Any], tags: list[str] | None,
                      result: ImportResult, write: bool) -> None:
        member_id = int(record.pop("id"))
        current = self._current(member_id)
        if current is None:
            result.rejected += 1
            result.problems.append(Problem.of(number, column_name(self.headers,
                                                                  self.column_of["id"]),
                                              Message(Code.NO_MEMBER_ID, {"id": member_id}),
                                              member_id))
            return
        if "display_name" in record and not record["display_name"]:
            result.rejected += 1
            result.problems.append(Problem.of(number, column_name(
                self.headers, self.column_of["display_name"]), Message(Code.NAME_NEEDED)))
            return
        self._apply(number, member_id, current, record, tags, result, write,
                    only_empty=False, exact_tags=True, replace_empty=True)

    def _update(self, number: int, member_id: int, record: dict[str, Any],
                tags: list[str] | None, result: ImportResult, write: bool,
                only_empty: bool) -> None:
        current = self._current(member_id) if write or member_id < self._first_new else None
        if current is None:  # a row added earlier in this dry run
            result.updated += 1
            self.referrers.member(member_id, FILL if only_empty else SET)
            return
        self._apply(number, member_id, current, record, tags, result, write,
                    only_empty=only_empty, exact_tags=False, replace_empty=False)

    def _apply(self, number: int, member_id: int, current: dict[str, Any],
               record: dict[str, Any], tags: list[str] | None, result: ImportResult,
               write: bool, *, only_empty: bool, exact_tags: bool,
               replace_empty: bool) -> None:
        changed: dict[str, Any] = {}
        for name in MEMBER_FIELDS:
            if name not in record:
                continue
            new, old = record[name], current[name]
            if new is None and not replace_empty:
                continue
            if only_empty and old not in (None, ""):
                continue
            if new != old:
                changed[name] = new
        old_tags = [t for t in (current["tags_text"] or "").split("、") if t]
        new_tags = old_tags
        if tags is not None:
            new_tags = sorted(set(tags)) if exact_tags else sorted(set(old_tags) | set(tags))
        tags_changed = sorted(old_tags) != new_tags
        self.referrers.member(member_id, FILL if only_empty else SET, changed or tags_changed)
        joins = self.options.community_id is not None
        role = record.get("role")
        old_role = member_links.role_change(self.conn, member_id, self.options.community_id,
                                            role, only_empty)
        role_changed = old_role is not None
        name = changed.get("display_name", current["display_name"])
        for field_name, value in changed.items():
            self._note(result, FieldChange(number, member_id, name, field_name,
                                           current[field_name], value))
        if tags_changed:
            self._note(result, FieldChange(number, member_id, name, "tags",
                                           "、".join(sorted(old_tags)), "、".join(new_tags)))
        if role_changed:
            self._note(result, FieldChange(number, member_id, name, "role", old_role, role))
        if not changed and not tags_changed and not joins:
            result.unchanged += 1
            return
        if changed or tags_changed or role_changed:
            result.updated += 1
        else:
            result.unchanged += 1
        self._remember(member_id, {**current, **changed})
        if not write:
            return
        if self.ledger is not None:
            self.ledger.note_before(self.conn, member_id)
        result.updated_ids.append(member_id)
        self.touched.add(member_id)
        if changed:
            if "display_name" in changed or "nickname" in changed:
                changed.update(zip(text_index.SEARCH_COLUMNS, text_index.search_columns(
                    changed.get("display_name", current["display_name"]),
                    changed.get("nickname", current["nickname"])), strict=True))
            assignments = ", ".join(f"{n} = ?" for n in changed)
            self.conn.execute(f"UPDATE members SET {assignments}, updated_at = ? WHERE id = ?",
                              [*changed.values(), self.now, member_id])
        if tags_changed:
            gone = sorted(set(old_tags) - set(new_tags))
            if gone:
                self.conn.execute(
                    f"DELETE FROM member_tags WHERE member_id = ? AND tag_id IN"
                    f" (SELECT id FROM tags WHERE name IN ({','.join('?' * len(gone))}))",
                    [member_id, *gone])
            member_links.write_tags(self.conn, [(member_id, t) for t in new_tags])
        if joins:
            member_links.join(self.conn, member_id, self.options.community_id, role,
                              record.get("joined_at") or self.now, role_changed)

    def _note(self, result: ImportResult, change: FieldChange) -> None:
        result.change_count += 1
        if len(result.changes) < MAX_CHANGES_KEPT:
            result.changes.append(change)

    # -- workspace -----------------------------------------------------------------------

    def _max_id(self) -> int:
        last = int(self.conn.execute("SELECT coalesce(max(id), 0) FROM members").fetchone()[0])
        self._first_new = last + 1
        return last

    def will_bulk(self, total: int | None) -> bool:
        """Bulk when asked, or when the rows are many and rebuilding every index (workspace
        and import) costs less than keeping them up to date for the new rows alone."""
        if self.options.bulk is not None:
            return self.options.bulk
        if not total or total < BULK_ROWS:
            return False
        existing = int(self.conn.execute("SELECT count(*) FROM members").fetchone()[0])
        return total * TRIGGER_COST >= existing + total

    def _load_keys(self) -> None:
        if self.options.policy is DuplicatePolicy.KEEP_BOTH:
            return
        for key in MATCH_KEYS:
            if key not in self.column_of:
                continue
            self.keys[key] = dict(self.conn.execute(
                f"SELECT {key}, min(id) FROM members WHERE {key} IS NOT NULL"
                f" AND deleted_at IS NULL GROUP BY {key}"))

    def _finish_bulk(self, dropped: DroppedStructures) -> None:
        # The rows are written: what matched and named them goes before the index builds
        # fill the page cache (at a million rows, hundreds of megabytes off the peak).
        self.keys = {k: {} for k in MATCH_KEYS}
        self.pending_ids = set()
        finish_bulk(self.conn, dropped, touched=self.touched, helper=self.helper,
                    community_id=self.options.community_id, first_new_id=self._first_new_id)


def import_members(conn: sqlite3.Connection, rows: Iterable[tuple[int, Sequence[Any]]],
                   options: ImportOptions, *, dry_run: bool = False, total: int | None = None,
                   progress: Progress | None = None) -> ImportResult:
    """Run one import (or its dry run); see the module docstring."""
    return MemberImport(conn, options).run(rows, dry_run=dry_run, total=total,
                                           progress=progress)
