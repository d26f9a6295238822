"""The duplicate scan ("Find duplicates…") at a million members, beside its reference in the
same run: one ``SELECT phone, count(*) FROM members WHERE phone IS NOT NULL GROUP BY phone
HAVING count(*) > 1``.

    python benchmarks/duplicates.py WORKSPACE [--runs 3] [--add-duplicates]

Aim (issue 19): the full scan (phone, WeChat id, email, names alike sharing a city, phone
ending, source or community) within 3x of the reference, on a worker with progress. Each
part is timed too, and a floor: one GROUP BY over each key's own index, what any scan that
reads the members (rather than counts kept up to date as they are written) costs at least.
The demo draws no two members with one phone; ``--add-duplicates`` first writes a realistic
share into the file (run it on a COPY): every 50th member gets the phone of the record
before, every 97th the WeChat id, every 89th the email, as importing several groups' lists
with "keep both" does. Figures are medians of ``--runs`` warm runs; the machine is noisy, so
compare within one run.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

sys.path[0] = str(Path(__file__).resolve().parent.parent)  # not this folder (calendar.py)

from benchmarks.timing import median_ms  # noqa: E402
from models.members import duplicates  # noqa: E402
from models.members.duplicates import EXACT, Reason  # noqa: E402
from models.store.workspace import connect_readonly, open_workspace  # noqa: E402

REFERENCE = ("SELECT phone, count(*) FROM members WHERE phone IS NOT NULL GROUP BY phone"
             " HAVING count(*) > 1")



def add_duplicates(path: Path) -> None:
    """Copy a neighbour's phone, WeChat id or email onto some members (see the docstring)."""
    with open_workspace(path) as ws, ws.transaction() as conn:
        for column, every in (("phone", 50), ("wechat_id", 97), ("email", 89)):
            # the nearest earlier record holding one (the one before may be merged away)
            conn.execute(f"UPDATE members SET {column} = (SELECT p.{column} FROM members p"
                         f" WHERE p.id < members.id AND p.{column} IS NOT NULL"
                         f" ORDER BY p.id DESC LIMIT 1) WHERE id % {every} = 0"
                         f" AND id > (SELECT min(id) FROM members)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("workspace", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--add-duplicates", action="store_true",
                        help="first write duplicates into the file (run it on a copy)")
    args = parser.parse_args()
    if args.add_duplicates:
        add_duplicates(args.workspace)
    conn = connect_readonly(args.workspace)
    conn.execute("PRAGMA cache_size = -262144").fetchall()  # what a warm page cache gives
    members = conn.execute("SELECT count(*) FROM members").fetchone()[0]
    print(f"workspace: {args.workspace} ({members:,} members); load {os.getloadavg()[0]:.2f}")
    reference = lambda: conn.execute(REFERENCE).fetchall()  # noqa: E731
    reference()  # warm
    found = len(reference())
    ref_ms = median_ms(reference, args.runs)
    print(f"reference: GROUP BY phone HAVING count(*) > 1 ({found:,} phones): {ref_ms:,.0f} ms")

    # The floor of any scan that reads the data: one GROUP BY over each key's own index
    # (phone, WeChat id, email, names); nothing looked up, nothing compared, no Python.
    floor_sql = [REFERENCE] + [
        f"SELECT {column}, count(*) FROM members INDEXED BY {index} WHERE {column} IS NOT NULL"
        f" GROUP BY {column} HAVING count(*) > 1" for column, index in
        (("wechat_id", "members_wechat_id"), ("email", "members_email"))] + [
        "SELECT name_key, count(*) FROM members INDEXED BY members_alike"
        " WHERE deleted_at IS NULL GROUP BY name_key HAVING count(*) > 1"]
    floor_ms = median_ms(lambda: [conn.execute(sql).fetchall() for sql in floor_sql],
                         args.runs)
    print(f"floor: one GROUP BY over each key's index (phone, WeChat id, email, names):"
          f" {floor_ms:,.0f} ms = {floor_ms / ref_ms:.1f}x the reference")

    calls = []

    def scan() -> list:
        calls.clear()
        return duplicates.suggestions(conn, lambda *step: calls.append(step) or True)

    result = scan()
    for reason in EXACT:
        ms = median_ms(lambda r=reason: duplicates.exact_groups(conn, r), args.runs)
        print(f"  {reason.value:<6} groups: {ms:8,.0f} ms ({ms / ref_ms:.1f}x)")
    ms = median_ms(lambda: duplicates.name_groups(conn), args.runs)
    print(f"  names alike + shared field: {ms:8,.0f} ms ({ms / ref_ms:.1f}x)")
    full = median_ms(scan, args.runs)
    counts = {r: sum(s.reason is r for s in result) for r in Reason}
    print(f"full scan: {full:,.0f} ms = {full / ref_ms:.1f}x the reference (aim: 3x);"
          f" {len(result):,} suggestions, {len(calls)} progress calls")
    print("  " + ", ".join(f"{r.value} {n:,}" for r, n in counts.items()))
    print(f"load after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
