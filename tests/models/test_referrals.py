"""A member's referrer set in the domain (issue 19): never themselves, never a circle."""

from __future__ import annotations

import pytest

from models.core.errors import Code, DomainError
from models.members import records, referrals
from models.store.workspace import open_workspace


@pytest.fixture
def conn(workspace_path):
    with open_workspace(workspace_path) as ws:
        yield ws.conn


def test_a_long_circle_is_refused_and_nothing_changes(conn):
    ids = [records.create_member(conn, {"display_name": f"成员{i}"})[0] for i in range(5)]
    for child, parent in zip(ids[1:], ids, strict=False):
        referrals.set_referrer(conn, child, parent)  # 0 -> 1 -> 2 -> 3 -> 4
    with pytest.raises(DomainError) as refused:
        referrals.set_referrer(conn, ids[0], ids[4])
    assert refused.value.code is Code.REFERRER_LOOP
    assert refused.value.params["chain"] == " → ".join(
        f"成员{i}" for i in (0, 1, 2, 3, 4, 0))
    assert conn.execute("SELECT referrer_id FROM members WHERE id = ?",
                        (ids[0],)).fetchone()[0] is None
    referrals.set_referrer(conn, ids[4], ids[0])  # moving 4 up the chain is no circle
    referrals.set_referrer(conn, ids[4], None)


def test_a_referrer_in_the_trash_or_gone_is_refused(conn):
    a = records.create_member(conn, {"display_name": "甲"})[0]
    b = records.create_member(conn, {"display_name": "乙"})[0]
    records.set_deleted(conn, [b], True)
    with pytest.raises(LookupError):
        referrals.set_referrer(conn, a, b)
    with pytest.raises(LookupError):
        referrals.set_referrer(conn, a, 9999)
    with pytest.raises(DomainError) as refused:
        referrals.set_referrer(conn, a, a)
    assert refused.value.code is Code.REFERRER_SELF


def test_the_member_form_path_refuses_a_circle_too(conn):
    """records.update_members (the form's and the bulk edit's write) used to store any id:
    A invites B, then "B invited A" saved from the form made a circle."""
    a = records.create_member(conn, {"display_name": "甲"})[0]
    b = records.create_member(conn, {"display_name": "乙"})[0]
    referrals.set_referrer(conn, b, a)
    with pytest.raises(DomainError) as refused:
        records.update_members(conn, {a: {"referrer_id": b}})
    assert refused.value.code is Code.REFERRER_LOOP
    with pytest.raises(DomainError):
        records.update_members(conn, {a: {"referrer_id": a}})
    assert conn.execute("SELECT referrer_id FROM members WHERE id = ?", (a,)).fetchone()[0] is None
    records.update_members(conn, {a: {"referrer_id": ""}, b: {"referrer_id": a}})
