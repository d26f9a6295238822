"""The search columns of a big import, computed in a helper process.

Reading pinyin (``search_index.search_columns``) is pure Python and costs about half of a
big import; the other half (reading, cleaning, matching, writing) runs in the importing
process. With a second core, a helper process reads the pinyin of one batch of names
while the importer prepares the next, so the two halves overlap. A spawned process
(not forked: the window has threads) starts in about a second, so only imports of
``PARALLEL_ROWS`` or more use it; when it cannot start, the importer computes inline.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Sequence
from concurrent.futures import Future, ProcessPoolExecutor

#: Rows from which a helper process pays for its start.
PARALLEL_ROWS = 50_000


def columns_batch(pairs: Sequence[tuple[str, str | None]]) -> list[tuple[str, str, str, str]]:
    """``search_columns`` for each (name, nickname); runs in the helper."""
    from models.search_index import search_columns

    return [search_columns(name, nickname) for name, nickname in pairs]


class SearchColumnsHelper:
    def __init__(self) -> None:
        self.pool = ProcessPoolExecutor(max_workers=1,
                                        mp_context=multiprocessing.get_context("spawn"))

    def submit(self, pairs: Sequence[tuple[str, str | None]]) -> Future:
        return self.pool.submit(columns_batch, list(pairs))

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


def start_helper() -> SearchColumnsHelper | None:
    """A helper, or None where processes cannot be started (the import goes on inline)."""
    if (multiprocessing.cpu_count() or 1) < 2:
        return None
    try:
        return SearchColumnsHelper()
    except (OSError, RuntimeError, ValueError):
        return None
