"""The codes of every refusal (``Code``) and their English wording (``ENGLISH``, for
``str()``: logs and tests). ``views/error_text.py`` words each code for people, in their
language. Imported through ``models.core.errors``, which raises them.
"""

from __future__ import annotations

from enum import StrEnum


class Code(StrEnum):
    """Why a value or a request was refused. The values are stable (reports, tests)."""

    # A member's fields (models/validation.py, models/members.py).
    PHONE_CHARACTERS = "phone_characters"
    PHONE_SCIENTIFIC = "phone_scientific"
    PHONE_LENGTH = "phone_length"  # count: digits found
    PHONE_PREFIX = "phone_prefix"
    EMAIL = "email"
    WECHAT_SPACES = "wechat_spaces"
    NOT_A_DATE = "not_a_date"
    NO_SUCH_DAY = "no_such_day"  # detail: Python's reason (English)
    BIRTH_YEAR_NUMBER = "birth_year_number"
    BIRTH_YEAR_RANGE = "birth_year_range"  # year: this year
    GENDER = "gender"
    NAME_NEEDED = "name_needed"
    POINTS_ZERO = "points_zero"
    # A member's referrer (models/members/referrals.py; models/imports/referrer_column.py).
    REFERRER_SELF = "referrer_self"
    REFERRER_LOOP = "referrer_loop"  # name (the member), referrer, chain (A → B → A)
    REFERRER_UNKNOWN = "referrer_unknown"  # value
    REFERRER_AMBIGUOUS = "referrer_ambiguous"  # value, count
    SAME_CONTACT_OTHER_NAME = "same_contact_other_name"  # name, other (models/imports)
    MERGE_SELF = "merge_self"  # merging duplicate members (models/members/merge.py)
    MERGE_NOT_LIVE = "merge_not_live"  # name (in the trash or erased)
    # A member import's rows (models/member_import.py, models/import_rows.py).
    ID_NUMBER = "id_number"
    NO_MEMBER_ID = "no_member_id"  # id
    TOTALS_ROW = "totals_row"
    HEADING_ROW = "heading_row"
    HEADER_ROW = "header_row"
    NOTE_ROW = "note_row"
    NOBODY_ROW = "nobody_row"
    ROLE = "role"  # allowed: the roles
    ROLE_NEEDS_COMMUNITY = "role_needs_community"
    # A field of a plan row, a material, an event's outcome (field: the column's name).
    WHOLE_NUMBER = "whole_number"  # field, value
    NUMBER_RANGE = "number_range"  # field, low, high, value
    NUMBER = "number"  # field, value
    DAY = "day"  # field, value
    ONE_OF = "one_of"  # field, allowed, value
    EMPTY = "empty"  # field
    NEGATIVE = "negative"  # field
    WHOLE_NOT_NEGATIVE = "whole_not_negative"  # field
    # Names that must be given, or be free.
    COMMUNITY_NAME_NEEDED = "community_name_needed"
    COMMUNITY_EXISTS = "community_exists"  # name
    TEMPLATE_NAME_NEEDED = "template_name_needed"
    TEMPLATE_EXISTS = "template_exists"  # name
    SEGMENT_NAME_NEEDED = "segment_name_needed"
    PRESET_NAME_NEEDED = "preset_name_needed"
    PRESET_NAME_TAKEN = "preset_name_taken"  # name
    MATERIAL_NAME_NEEDED = "material_name_needed"
    MUTE_END_NEEDED = "mute_end_needed"
    LEFT_BEFORE_JOINED = "left_before_joined"  # joined, left (days)
    NEXT_CONTACT_BEFORE = "next_contact_before"  # field, next, at (a follow-up's days)
    REMIND_AHEAD = "remind_ahead"
    # An event (models/events/schedule.py; field: the column's name).
    EVENT_TITLE_NEEDED = "event_title_needed"
    START_OFFSET_NEEDED = "start_offset_needed"
    END_BEFORE_START = "end_before_start"
    NOT_A_TIME = "not_a_time"  # value
    NO_EVENT = "no_event"  # id
    NOT_A_SERIES = "not_a_series"  # id
    NO_OCCURRENCE = "no_occurrence"  # id, start
    OCCURRENCE_DAY_NEEDED = "occurrence_day_needed"  # id, days (a few of the series' days)
    # A repeat rule the editor builds (models/events/recurrence.py).
    RULE_FREQUENCY = "rule_frequency"  # value
    RULE_INTERVAL = "rule_interval"
    RULE_COUNT = "rule_count"
    RULE_ENDS_EARLY = "rule_ends_early"
    # Records asked for by id, and requests the domain cannot carry out.
    RECORD_GONE = "record_gone"  # table, id
    NO_MEMBERSHIP = "no_membership"
    NAME_COLUMN_NEEDED = "name_column_needed"
    # An interaction logged by hand (models/activity/quick_log.py).
    TEXT_TOO_LONG = "text_too_long"  # field, most
    AMOUNT_ONLY_PURCHASE = "amount_only_purchase"  # kind
    FUTURE_DAY = "future_day"  # field, value, today
    NOBODY_SELECTED = "nobody_selected"
    NO_COMMUNITY_ID = "no_community_id"  # id
    DEMO_NOT_EMPTY = "demo_not_empty"  # path
    DEMO_NO_MEMBERS = "demo_no_members"
    CHAT_REFUSED = "chat_refused"  # count (problems in the file; each worded on its own)
    CHAT_FILE_CHANGED = "chat_file_changed"  # the export changed while it was imported
    # A file that cannot be read as a table (exports/tables.py, exports/xlsx_read.py).
    FILE_EMPTY = "file_empty"
    NOT_A_TABLE = "not_a_table"
    ZIP_DAMAGED = "zip_damaged"
    ZIP_NOT_A_TABLE = "zip_not_a_table"
    WORKBOOK_PASSWORD = "workbook_password"
    XML_ENTITIES = "xml_entities"
    ZIP_BOMB = "zip_bomb"
    ENCODING_UNKNOWN = "encoding_unknown"
    TEXT_NOT_VALID = "text_not_valid"  # encoding
    TEXT_NOT_VALID_AT = "text_not_valid_at"  # encoding, byte
    CSV_LINE = "csv_line"  # line, detail (English, from the csv module)
    NO_SHEET = "no_sheet"  # name, sheets
    WORKBOOK_UNREADABLE = "workbook_unreadable"  # detail (English, from the reader)
    NOT_XLSX = "not_xlsx"
    # The operating system refusing a file we read or write (``file_message``; path).
    FILE_NOT_FOUND = "file_not_found"
    FOLDER_NOT_FOUND = "folder_not_found"  # folder
    IS_A_FOLDER = "is_a_folder"
    READ_LOCKED = "read_locked"
    WRITE_LOCKED = "write_locked"
    FOLDER_NOT_WRITABLE = "folder_not_writable"  # folder
    FILE_DISK_FULL = "file_disk_full"
    READ_ONLY_DISK = "read_only_disk"
    READ_FAILED = "read_failed"  # detail (the system's words)
    WRITE_FAILED = "write_failed"  # detail (the system's words)
    # A cell of an edited checklist or a supplier's list (exports/checklist_import.py).
    CELL_WHOLE_NEEDED = "cell_whole_needed"
    CELL_NOT_WHOLE = "cell_not_whole"  # value
    CELL_NEGATIVE = "cell_negative"
    CELL_YUAN_NEEDED = "cell_yuan_needed"
    CELL_NOT_YUAN = "cell_not_yuan"  # value
    CELL_FEN_FRACTION = "cell_fen_fraction"  # value
    CELL_NOT_DAY = "cell_not_day"  # value
    CELL_NOT_ONE_OF = "cell_not_one_of"  # value, allowed
    CHECKLIST_SHEET_MISSING = "checklist_sheet_missing"
    CHECKLIST_UNKNOWN = "checklist_unknown"
    NO_ITEM = "no_item"  # id, checklist
    ITEM_TWICE = "item_twice"  # id
    ITEM_NAME_NEEDED = "item_name_needed"
    STATUS_NEEDED = "status_needed"  # allowed
    SUPPLIER_NO_HEADER = "supplier_no_header"
    # Chat exports (exports/chat/): line is the file's line, row or message number.
    CHAT_NOT_RECOGNISED = "chat_not_recognised"  # formats
    CHAT_LOOKS_LIKE = "chat_looks_like"  # format (asked for), found (what it looks like)
    CHAT_BAD_HEADER = "chat_bad_header"  # line
    CHAT_BAD_TIME = "chat_bad_time"  # line, value (column for a sheet)
    CHAT_TRUNCATED = "chat_truncated"  # line, byte
    CHAT_MISSING_COLUMNS = "chat_missing_columns"  # columns
    CHAT_BAD_JSON = "chat_bad_json"  # line, byte
    CHAT_NO_MESSAGES = "chat_no_messages"
    CHAT_WHICH_CHAT = "chat_which_chat"  # chats (the group chats an all-chats export holds)
    CHAT_NO_TIME = "chat_no_time"  # line, column
    CHAT_NO_PERSON = "chat_no_person"  # line, column
    CHAT_NO_SENDER = "chat_no_sender"  # line
    CHAT_BAD_ROW = "chat_bad_row"  # line, count (cells found), expected
    CHAT_BAD_USER_ID = "chat_bad_user_id"  # line, value
    CHAT_BAD_TEXT = "chat_bad_text"  # line, encoding
    # A shop's order export (exports/orders.py).
    ORDER_NUMBER_DIGITS = "order_number_digits"
    ORDER_NUMBER_NEEDED = "order_number_needed"
    ORDER_TIME_NEEDED = "order_time_needed"
    ORDER_AMOUNT_NEEDED = "order_amount_needed"
    ORDER_COLUMN_NEEDED = "order_column_needed"  # field: order_no or amount
    ORDER_TWO_BUYERS = "order_two_buyers"  # number, row (the other row), first (its buyer)
    ORDER_REFUND_UNLINKED = "order_refund_unlinked"  # number (the order it refunds)
    # A points rule or an honour (models/activity/points_rules.py, honours.py).
    RULE_KIND_NEEDED = "rule_kind_needed"
    RULE_PER_YUAN = "rule_per_yuan"
    RULE_DAILY_CAP = "rule_daily_cap"
    RULE_EXISTS = "rule_exists"  # kind
    HONOUR_NAME_NEEDED = "honour_name_needed"
    HONOUR_METRIC = "honour_metric"  # value
    HONOUR_THRESHOLD = "honour_threshold"
    HONOUR_EXISTS = "honour_exists"  # name
    # A chart that would draw boxes for characters no installed font has (exports/chart_fonts.py).
    CHART_GLYPHS_MISSING = "chart_glyphs_missing"  # characters
    # Custom fields (models/members/custom_fields.py, field_values.py; field: its name).
    FIELD_NAME_NEEDED = "field_name_needed"
    FIELD_EXISTS = "field_exists"  # name
    FIELD_NAME_BUILT_IN = "field_name_built_in"  # name
    FIELD_OPTIONS_NEEDED = "field_options_needed"  # field
    FIELD_OPTION_IN_USE = "field_option_in_use"  # field, option, count
    FIELD_TOO_MANY = "field_too_many"  # most
    FIELD_NUMBER = "field_number"  # field, value
    FIELD_DATE = "field_date"  # field, value
    FIELD_YESNO = "field_yesno"  # field, value
    FIELD_OPTION = "field_option"  # field, value, allowed
    FIELD_ONE_OPTION = "field_one_option"  # field, value
    #: A refusal worded only in English (a plain ValueError): shown as it is.
    OTHER = "other"  # detail


#: The English wording, for ``str()``; ``views/error_text.py`` has the words people read.
ENGLISH: dict[Code, str] = {
    Code.PHONE_CHARACTERS: "a phone number has only digits (and spaces, dashes, +86)",
    Code.PHONE_SCIENTIFIC: "phone saved in scientific notation (digits lost); format the "
                           "column as text and save again",
    Code.PHONE_LENGTH: "a mobile number has 11 digits, this has {count}",
    Code.PHONE_PREFIX: "a mobile number starts with 13-19",
    Code.EMAIL: "not an email address (name@example.com)",
    Code.WECHAT_SPACES: "a WeChat id has no spaces",
    Code.NOT_A_DATE: "\u201c{value}\u201d is not a date like 2024-03-05",
    Code.NO_SUCH_DAY: "not a real date: {detail}",
    Code.BIRTH_YEAR_NUMBER: "a birth year is a number like 1990",
    Code.BIRTH_YEAR_RANGE: "a birth year between 1900 and {year}",
    Code.GENDER: "gender is 男 or 女 (M/F)",
    Code.NAME_NEEDED: "a member needs a name",
    Code.POINTS_ZERO: "points to grant cannot be 0",
    Code.REFERRER_SELF: "a member cannot be their own referrer",
    Code.REFERRER_LOOP: "{referrer} was invited (directly or not) by {name}: {chain}; "
                        "a referral cannot go in a circle",
    Code.REFERRER_UNKNOWN: "no member or row in this file is {value!r}; referrer left empty",
    Code.SAME_CONTACT_OTHER_NAME: "{name} has the contact of {other}: taken as the same person",
    Code.MERGE_SELF: "a member cannot be merged into itself",
    Code.MERGE_NOT_LIVE: "{name} is in the trash or erased; restore them before merging",
    Code.REFERRER_AMBIGUOUS: "{count} members match {value!r}; referrer left empty (use a "
                             "phone or WeChat id)",
    Code.ID_NUMBER: "an id is a whole number (from an exported roster)",
    Code.NO_MEMBER_ID: "no member with id {id} (deleted?)",
    Code.TOTALS_ROW: "a totals row, not a member",
    Code.HEADING_ROW: "a section heading, not a member",
    Code.HEADER_ROW: "the header row again, not a member",
    Code.NOTE_ROW: "a note, not a member",
    Code.NOBODY_ROW: "no name, nickname, phone, WeChat id or email: not a member",
    Code.WHOLE_NUMBER: "{field}: expected a whole number, got {value!r}",
    Code.NUMBER_RANGE: "{field}: expected {low}-{high}, got {value}",
    Code.NUMBER: "{field}: expected a number, got {value!r}",
    Code.DAY: "{field}: expected a date like 2026-12-31, got {value!r}",
    Code.ONE_OF: "{field}: expected one of {allowed}, got {value!r}",
    Code.EMPTY: "{field}: cannot be empty",
    Code.NEGATIVE: "{field}: cannot be negative",
    Code.WHOLE_NOT_NEGATIVE: "{field} must be a whole number, not negative",
    Code.COMMUNITY_NAME_NEEDED: "a community needs a name",
    Code.COMMUNITY_EXISTS: "a community named {name!r} already exists",
    Code.TEMPLATE_NAME_NEEDED: "a template needs a name",
    Code.TEMPLATE_EXISTS: "a template named {name!r} exists already",
    Code.SEGMENT_NAME_NEEDED: "a segment needs a name",
    Code.PRESET_NAME_NEEDED: "a preset needs a name",
    Code.PRESET_NAME_TAKEN: "the name {name!r} is taken by another import's column mapping",
    Code.MATERIAL_NAME_NEEDED: "a material needs a name",
    Code.MUTE_END_NEEDED: "a mute needs an end date",
    Code.ROLE: "not a role: expected one of {allowed}",
    Code.ROLE_NEEDS_COMMUNITY: "a role column needs the community the members are imported into",
    Code.LEFT_BEFORE_JOINED: "left on {left}, before joining on {joined}",
    Code.NEXT_CONTACT_BEFORE: "{field}: {next} is before the contact itself ({at})",
    Code.REMIND_AHEAD: "remind at least one day ahead",
    Code.EVENT_TITLE_NEEDED: "{field}: an event needs a title",
    Code.START_OFFSET_NEEDED: "{field}: a start needs its UTC offset",
    Code.END_BEFORE_START: "{field}: the end is before the start",
    Code.NOT_A_TIME: "{field}: not an ISO-8601 time: {value!r}",
    Code.NO_EVENT: "no event {id}",
    Code.NOT_A_SERIES: "event {id} does not repeat",
    Code.NO_OCCURRENCE: "event {id} has no occurrence at {start}",
    Code.OCCURRENCE_DAY_NEEDED: "event {id} repeats: name one of its days ({days})",
    Code.RULE_FREQUENCY: "unsupported frequency {value!r}",
    Code.RULE_INTERVAL: "the interval must be 1 or more",
    Code.RULE_COUNT: "a series happens at least once",
    Code.RULE_ENDS_EARLY: "a series cannot end before it starts",
    Code.RECORD_GONE: "{table} {id} no longer exists",
    Code.NO_MEMBERSHIP: "no such membership",
    Code.NAME_COLUMN_NEEDED: "map a column to the name (or to the id of an exported roster)",
    Code.NO_COMMUNITY_ID: "no community {id}",
    Code.CHAT_REFUSED: "{count} problem(s) in the chat export; nothing was imported",
    Code.CHAT_FILE_CHANGED: "the chat export changed while it was being imported; "
                            "nothing was imported",
    Code.TEXT_TOO_LONG: "{field}: at most {most} characters",
    Code.AMOUNT_ONLY_PURCHASE: "only a purchase has an amount, not {kind}",
    Code.FUTURE_DAY: "{field}: {value} has not happened yet (today is {today})",
    Code.NOBODY_SELECTED: "no member selected",
    Code.DEMO_NO_MEMBERS: "a demo needs at least one member",
    Code.DEMO_NOT_EMPTY: "{path} already holds data; a demo needs an empty workspace",
    Code.FILE_EMPTY: "the file is empty",
    Code.NOT_A_TABLE: "not a spreadsheet or CSV file",
    Code.ZIP_DAMAGED: "a damaged zip/xlsx file",
    Code.ZIP_NOT_A_TABLE: "a zip file, but not a spreadsheet",
    Code.WORKBOOK_PASSWORD: "the workbook is password-protected",
    Code.XML_ENTITIES: "declares XML entities (an \"XML bomb\"); refused unread",
    Code.ZIP_BOMB: "unpacks to far more than it holds (a zip bomb); refused",
    Code.ENCODING_UNKNOWN: "could not tell which encoding the text is in (tried UTF-8, UTF-16, "
                           "GBK/GB18030, Big5, Shift-JIS); save it as \"CSV UTF-8\" and try "
                           "again",
    Code.TEXT_NOT_VALID: "not valid {encoding} text",
    Code.TEXT_NOT_VALID_AT: "not valid {encoding} text near byte {byte}",
    Code.CSV_LINE: "line {line}: {detail}",
    Code.NO_SHEET: "no sheet named {name!r} (sheets: {sheets})",
    Code.WORKBOOK_UNREADABLE: "not a readable workbook ({detail})",
    Code.NOT_XLSX: "not an xlsx workbook (Excel 2007 or later)",
    Code.FILE_NOT_FOUND: "{path} does not exist",
    Code.FOLDER_NOT_FOUND: "cannot write {path}: the folder {folder} does not exist",
    Code.IS_A_FOLDER: "{path} is a folder, not a file",
    Code.READ_LOCKED: "cannot read {path}: another program has it locked, or you may not "
                      "read it",
    Code.WRITE_LOCKED: "cannot write {path}: it is open in another program (Excel, WPS), or "
                       "you may not write there",
    Code.FOLDER_NOT_WRITABLE: "cannot write {path}: its folder cannot be written to ({folder})",
    Code.FILE_DISK_FULL: "cannot write {path}: the disk is full",
    Code.READ_ONLY_DISK: "cannot write {path}: the disk is read-only",
    Code.READ_FAILED: "cannot read {path} ({detail})",
    Code.WRITE_FAILED: "cannot write {path} ({detail})",
    Code.CHART_GLYPHS_MISSING: "no installed font can draw {characters}: the chart would show "
                               "boxes, so it was not written; install a Chinese font (e.g. "
                               "Noto Sans CJK) and try again",
    Code.CELL_WHOLE_NEEDED: "a whole number is needed",
    Code.CELL_NOT_WHOLE: "{value!r} is not a whole number",
    Code.CELL_NEGATIVE: "cannot be negative",
    Code.CELL_YUAN_NEEDED: "an amount in yuan is needed",
    Code.CELL_NOT_YUAN: "{value!r} is not an amount in yuan",
    Code.CELL_FEN_FRACTION: "{value!r} has fractions of a fen",
    Code.CELL_NOT_DAY: "{value!r} is not a date like 2026-12-05",
    Code.CELL_NOT_ONE_OF: "{value!r} is not one of {allowed}",
    Code.CHECKLIST_SHEET_MISSING: "no checklist sheet found (a sheet with the columns ID and "
                                  "名称, as Qunzhu exports it)",
    Code.CHECKLIST_UNKNOWN: "this sheet belongs to no checklist in the workspace",
    Code.NO_ITEM: "no item {id} in checklist {checklist!r}",
    Code.ITEM_TWICE: "item {id} appears twice",
    Code.ITEM_NAME_NEEDED: "a name is needed",
    Code.STATUS_NEEDED: "empty; one of {allowed} is needed",
    Code.FIELD_NAME_NEEDED: "a custom field needs a name",
    Code.FIELD_EXISTS: "a field named {name!r} exists already",
    Code.FIELD_NAME_BUILT_IN: "{name!r} is a roster column already; choose another name",
    Code.FIELD_OPTIONS_NEEDED: "{field}: a choice field needs at least one option",
    Code.FIELD_OPTION_IN_USE: "{field}: {count} member(s) hold the option {option!r}; "
                              "clear it from them first",
    Code.FIELD_TOO_MANY: "a workspace holds at most {most} custom fields",
    Code.FIELD_NUMBER: "{field}: expected a number, got {value!r}",
    Code.FIELD_DATE: "{field}: expected a date like 2026-12-31, got {value!r}",
    Code.FIELD_YESNO: "{field}: expected yes or no (是/否), got {value!r}",
    Code.FIELD_OPTION: "{field}: {value!r} is not one of {allowed}",
    Code.FIELD_ONE_OPTION: "{field}: one option only, got {value!r}",
    Code.SUPPLIER_NO_HEADER: "no header row with an item name (名称/品名) in the first 20 rows",
    Code.CHAT_NOT_RECOGNISED: "not a chat export Qunzhu reads (it reads: {formats})",
    Code.CHAT_LOOKS_LIKE: "this is not a {format} export; it looks like {found}",
    Code.CHAT_BAD_HEADER: "line {line}: the export's header is not as expected",
    Code.CHAT_BAD_TIME: "line {line}: not a time: {value!r}",
    Code.CHAT_TRUNCATED: "the file ends in the middle, at line {line}: it was cut short "
                         "(export it again)",
    Code.CHAT_MISSING_COLUMNS: "no column for {columns}",
    Code.CHAT_BAD_JSON: "line {line} (byte {byte}): not valid JSON (the file is damaged)",
    Code.CHAT_NO_MESSAGES: "the file holds no message list",
    Code.CHAT_WHICH_CHAT: "this export holds several chats ({chats}); export the one group "
                          "on its own",
    Code.CHAT_NO_TIME: "row {line}: no time in column {column}",
    Code.CHAT_NO_PERSON: "row {line}: nobody named in column {column}",
    Code.CHAT_NO_SENDER: "line {line}: a message without a sender",
    Code.CHAT_BAD_ROW: "line {line}: {count} cells where the export has {expected}",
    Code.CHAT_BAD_USER_ID: "line {line}: {value!r} is not a user id",
    Code.CHAT_BAD_TEXT: "line {line} is not valid {encoding} text (damaged bytes)",
    Code.ORDER_NUMBER_DIGITS: "an order number saved as a number lost its last digits; "
                              "format the column as text and export again",
    Code.ORDER_NUMBER_NEEDED: "a row with order data but no order number",
    Code.ORDER_TIME_NEEDED: "a paid order needs a time (paid or ordered)",
    Code.ORDER_AMOUNT_NEEDED: "a paid order needs an amount",
    Code.ORDER_COLUMN_NEEDED: "no column for the {field} (map one)",
    Code.ORDER_TWO_BUYERS: "order {number} is in row {row} too, for another buyer ({first})",
    Code.ORDER_REFUND_UNLINKED: "a refund of order {number}, not in the file nor imported",
    Code.RULE_KIND_NEEDED: "a points rule needs a kind of activity",
    Code.RULE_PER_YUAN: "the amount per points must be more than ¥0",
    Code.RULE_DAILY_CAP: "a daily cap must be 1 or more",
    Code.RULE_EXISTS: "this community already has a rule for {kind!r}",
    Code.HONOUR_NAME_NEEDED: "an honour needs a name",
    Code.HONOUR_METRIC: "not a measure an honour can use: {value!r}",
    Code.HONOUR_THRESHOLD: "a threshold must be 1 or more",
    Code.HONOUR_EXISTS: "an honour named {name!r} exists already here",
    Code.OTHER: "{detail}",
}
