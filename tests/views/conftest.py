"""Every test here runs under the write guard: the window writes through operations only."""

from tests.write_guard import writes_through_operations  # noqa: F401 (autouse fixture)
