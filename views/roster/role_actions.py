"""The roster's bulk "Set role…": one role, in one chosen community, for the selection.

Members of the selection who are not in that community are left alone (adding them is
"Add to community…"), and the user is told how many.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox

from models.core.vocab import Role
from models.members import memberships
from models.members.communities import list_communities
from views import labels

translate = QCoreApplication.translate


def set_role_of_selected(view: Any) -> list[int] | None:
    """Ask for the community (the roster's own first) and the role, then set it as one
    undo step; returns the ids changed (None when cancelled or refused)."""
    ids = view.selected_ids()
    communities = list_communities(view.workspace.conn)
    if not ids or not communities:
        return None
    communities.sort(key=lambda c: c.id != view.community_id)
    title = translate("RosterView", "Set role")
    name, ok = QInputDialog.getItem(view, title, translate("RosterView", "In community:"),
                                    [c.name for c in communities], 0, False)
    if not ok:
        return None
    community = next(c for c in communities if c.name == name)
    shown = [labels.role(r) for r in Role]
    prompt = translate("RosterView", "Role of {count:,} member(s) in {name}:")
    chosen, ok = QInputDialog.getItem(view, title, prompt.format(count=len(ids), name=name),
                                      shown, len(shown) - 1, False)
    if not ok:
        return None
    role = list(Role)[shown.index(chosen)].value
    step = translate("RosterView", "{role} for {count:,} member(s) in {name}")
    changed = view._perform(step.format(role=chosen, count=len(ids), name=name),
                            lambda conn: memberships.set_role(conn, ids, community.id, role))
    if changed is None:
        return None
    outside = len(ids) - len(memberships.members_of(view.workspace.conn, ids, community.id))
    if outside:
        QMessageBox.information(view, title, translate(
            "RosterView",
            "{count:,} of the selected member(s) are not in {name}: their role was left as it"
            " is. Add them with “Add to community…” first.").format(count=outside, name=name))
    return changed
