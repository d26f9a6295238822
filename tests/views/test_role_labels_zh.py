"""A Chinese operator reads each role in the words of the trade (the issue's own list:
群主, 管理员, 核心成员, KOL, 部落首领, 成员), the words the import's 群角色 column takes."""

from __future__ import annotations

import pytest

from desktop import i18n
from models.core.vocab import Role
from views import labels


@pytest.fixture
def chinese(qapp):
    i18n.use_language("zh_CN")
    yield
    i18n.use_language("en")


def test_each_role_reads_as_stored_in_chinese(chinese):
    """The stored values are the Chinese words; shown in Chinese, a role is its own word
    (群主 once read 负责人, the checklist's word for whoever owns a task)."""
    assert {role.value: labels.role(role.value) for role in Role} == {
        role.value: role.value for role in Role}
