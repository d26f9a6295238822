"""Every test here runs under the write guard: the window writes through operations only."""

from __future__ import annotations

import os

import pytest

from tests.write_guard import install


@pytest.fixture(autouse=True)
def _writes_through_operations(monkeypatch, request):
    guard = install(monkeypatch)
    yield guard
    if not guard.offences:
        return
    survey = os.environ.get("QZ_WRITE_GUARD_REPORT")  # a file: collect, do not fail
    if survey:
        with open(survey, "a", encoding="utf-8") as out:
            out.write(f"=== {request.node.nodeid}\n{guard.report()}\n")
        return
    pytest.fail("the window wrote to its workspace outside an operation:\n" + guard.report(),
                pytrace=False)
