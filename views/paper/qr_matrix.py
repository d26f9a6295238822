"""QR matrices exactly as segno makes them, with segno's mask choice done by numpy.

segno picks a code's data mask as ISO/IEC 18004 7.8.3 says it shall: it masks the
matrix with each of the eight patterns, scores each (penalties N1-N4) and keeps the
lowest, the first on a tie. In pure Python that is 1.5 ms a code (a badge sheet of 2,000
people spent more time choosing masks than painting); with a fixed mask segno takes
0.26 ms. So we ask segno for the code with mask 0, take mask 0 off its data region,
score all eight masks of many codes at once in numpy (the same rules, read off
``segno.encoder.mask_scores``, including its quirks: the scan for the 1:1:3:1:1 pattern
restarts past a counted match, outside the symbol counts as light, N4 from a float),
and put the chosen mask and its format information on. The result equals
``segno.make(data, error=..., micro=False).matrix`` module for module
(tests/views/test_qr_matrix.py holds us to that over thousands of codes of several
versions, so a segno release that changes its choice fails loudly).

segno internals used (not its documented API): ``segno.encoder.make_matrix``,
``add_finder_patterns``, ``add_alignment_patterns`` (which modules belong to the data
region, as segno's own ``find_and_apply_best_mask`` works it out) and
``get_data_mask_functions`` (the eight patterns). Should a release move them, every code
comes from plain ``segno.make`` again (slower, the same codes) and the test says so.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import segno

try:
    from segno.encoder import (
        add_alignment_patterns,
        add_finder_patterns,
        get_data_mask_functions,
        make_matrix,
    )
except ImportError:  # a segno without them: plain segno.make for every code
    INTERNALS = False
else:
    INTERNALS = True

#: ISO/IEC 18004 7.9.1: the error level's two bits in the format information.
_LEVEL_BITS = {"L": 0b01, "M": 0b00, "Q": 0b11, "H": 0b10}
#: The 1:1:3:1:1 pattern penalised by N3 (dark, light, dark dark dark, light, dark).
_N3 = np.array([1, 0, 1, 1, 1, 0, 1], np.uint8)
#: Codes scored together at most (eight masks each).
_BATCH = 64


@dataclass(frozen=True)
class _Layout:
    """What every code of one size shares."""

    data: np.ndarray        # bool (n, n): the data region (what a mask changes)
    template: np.ndarray    # uint8 (n, n): function patterns; data, format, version areas 0
    patterns: np.ndarray    # bool (8, n, n): where each mask flips a data module
    format_at: tuple[np.ndarray, np.ndarray, np.ndarray]  # rows, columns, bit of each


def qr_matrix(data: str, error: str = "m") -> np.ndarray:
    """``data``'s QR code (never Micro QR) as a bool array, True for dark, no quiet zone."""
    return qr_matrices([data], error)[0]


def qr_matrices(datas: Sequence[str], error: str = "m") -> list[np.ndarray]:
    """The codes of ``datas``, in order (as ``qr_matrix``); many at once is much faster
    than one by one, since the masks of codes of one size are scored together."""
    if not INTERNALS:
        return [_from_segno(segno.make(d, error=error, micro=False)) for d in datas]
    codes = [segno.make(d, error=error, micro=False, mask=0) for d in datas]
    found: list[np.ndarray | None] = [None] * len(codes)
    by_size: dict[int, list[int]] = {}
    for n, code in enumerate(codes):
        by_size.setdefault(len(code.matrix), []).append(n)
    for size, members in by_size.items():
        for first in range(0, len(members), _BATCH):  # arrays small enough for the caches
            batch = members[first:first + _BATCH]
            for n, matrix in zip(batch, _choose_masks([codes[m] for m in batch], size),
                                 strict=True):
                found[n] = matrix
    return found  # type: ignore[return-value]


def _from_segno(code) -> np.ndarray:
    size = len(code.matrix)
    return np.frombuffer(b"".join(code.matrix), np.uint8).reshape(size, size).astype(bool)


def _choose_masks(codes: list, size: int) -> list[np.ndarray]:
    """The final matrices of ``codes`` (all made with mask 0, all ``size`` wide)."""
    layout = _layout(size)
    masked0 = np.stack([_from_segno(c) for c in codes])                 # (k, n, n)
    plain = masked0 ^ (layout.patterns[0] & layout.data)                # mask 0 taken off
    # every code under every mask, as segno scores them: data region masked, function
    # patterns in place, format and version areas still light (they come after the choice)
    candidates = np.where(layout.data, plain[:, None] ^ layout.patterns[None], layout.template)
    scores = _penalties(candidates.reshape(-1, size, size).astype(np.uint8))
    # the lowest score, the first of equal ones (segno keeps a mask only when lower)
    best = np.array(scores).reshape(len(codes), 8).argmin(axis=1)
    found = []
    for k, code in enumerate(codes):
        mask = int(best[k])
        matrix = np.where(layout.data, candidates[k, mask].astype(bool), masked0[k])
        rows, columns, bits = layout.format_at
        matrix[rows, columns] = (_format_info(code.error, mask) >> bits) & 1
        found.append(matrix)
    return found


def _format_info(error: str, mask: int) -> int:
    """ISO/IEC 18004 7.9.1: five bits (level, mask), their BCH(15,5) check bits, the
    fixed XOR mask."""
    value = (_LEVEL_BITS[error.upper()] << 3 | mask) << 10
    remainder = value
    for bit in range(14, 9, -1):
        if remainder >> bit & 1:
            remainder ^= 0b10100110111 << (bit - 10)
    return (value | remainder) ^ 0b101010000010010


@lru_cache(maxsize=8)
def _layout(size: int) -> _Layout:
    """The data region and function patterns as segno's ``find_and_apply_best_mask`` and
    ``_encode`` lay them out (its matrix starts at 0x2 where data goes)."""
    matrix = make_matrix(size, size)
    add_finder_patterns(matrix, size, size)
    add_alignment_patterns(matrix, size, size)
    template = np.frombuffer(b"".join(matrix), np.uint8).reshape(size, size).copy()
    data = template == 2
    template[data] = 0
    rows, columns = np.indices((size, size))
    patterns = np.zeros((8, size, size), bool)
    for n, pattern in enumerate(get_data_mask_functions(False)):
        patterns[n] = np.vectorize(pattern, otypes=[bool])(rows, columns)
    return _Layout(data, template, patterns, _format_positions(size))


def _format_positions(size: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(rows, columns, bit index) of the format information as segno's
    ``add_format_info`` writes it: bits 0-7 down column 8 (skipping the timing row) and
    along row 8 from the right, bits 14-7 along row 8 (skipping the timing column) and up
    column 8, but for the dark module over bit 7's lower copy (mask 0's code has it)."""
    cells: dict[tuple[int, int], int] = {}
    for i in range(8):
        skip = 1 if i >= 6 else 0
        cells[(i + skip, 8)] = i
        cells[(8, i + skip)] = 14 - i
        cells[(8, size - 1 - i)] = i
        cells[(size - 1 - i, 8)] = 14 - i
    del cells[(size - 8, 8)]
    rows, columns = (np.array(axis) for axis in zip(*cells, strict=True))
    return rows, columns, np.array(list(cells.values()))


def _penalties(matrices: np.ndarray) -> list[int]:
    """N1 + N2 + N3 + N4 of each of ``matrices`` ((m, n, n) of 0/1), as segno's
    ``mask_scores`` counts them."""
    count, size = matrices.shape[0], matrices.shape[1]
    lines = np.concatenate([matrices, matrices.transpose(0, 2, 1)], axis=1)   # (m, 2n, n)
    n1 = _n1(lines)
    # N2: 3 for each 2 x 2 block of one colour (blocks overlap)
    top, bottom = matrices[:, :-1], matrices[:, 1:]
    same = ((top[:, :, :-1] == top[:, :, 1:]) & (top[:, :, :-1] == bottom[:, :, :-1])
            & (top[:, :, :-1] == bottom[:, :, 1:]))
    n2 = 3 * same.sum(axis=(1, 2))
    n3 = _n3(lines)
    darks = matrices.sum(axis=(1, 2))
    area = size ** 2
    return [int(n1[k] + n2[k] + n3[k])
            + 10 * int(abs(float(darks[k]) / area * 100 - 50) / 5)  # N4, in segno's floats
            for k in range(count)]


def _n1(lines: np.ndarray) -> np.ndarray:
    """3 + (length - 5) for each run of five or more modules of one colour in a row or
    column, per matrix: a run of length L holds L - 4 windows of five alike, and its first
    window starts the run, so the sum is (windows of five alike) + 2 (such first windows)."""
    same = lines[:, :, 1:] == lines[:, :, :-1]         # module p like module p + 1
    five = same[:, :, :-3] & same[:, :, 1:-2] & same[:, :, 2:-1] & same[:, :, 3:]
    first = five.copy()
    first[:, :, 1:] &= ~same[:, :, :five.shape[2] - 1]
    return five.sum(axis=(1, 2)) + 2 * first.sum(axis=(1, 2))


def _n3(lines: np.ndarray) -> np.ndarray:
    """40 for each 1:1:3:1:1 pattern with four light modules before or after it (outside
    the symbol counts as light), found as segno scans a line: after a counted match the
    search goes on past it, after an uncounted one from its fourth module."""
    count, per, size = lines.shape
    starts = size - 6
    match = lines[:, :, :starts] == _N3[0]
    for k in range(1, 7):
        match &= lines[:, :, k:k + starts] == _N3[k]
    if not match.any():
        return np.zeros(count, np.int64)
    padded = np.zeros((count, per, size + 8), bool)
    padded[:, :, 4:-4] = lines
    # four modules before start p are padded[p .. p + 3]; four after its end, p + 11 ..
    dark_before = padded[:, :, 0:starts] | padded[:, :, 1:starts + 1]
    dark_before |= padded[:, :, 2:starts + 2] | padded[:, :, 3:starts + 3]
    dark_after = padded[:, :, 11:starts + 11] | padded[:, :, 12:starts + 12]
    dark_after |= padded[:, :, 13:starts + 13] | padded[:, :, 14:starts + 14]
    counted = match & ~(dark_before & dark_after)
    per_line = 40 * counted.sum(axis=2)
    # matches overlap only 4 or 6 apart (the pattern's ends repeat its start); one after a
    # counted match is never looked at, so those few lines are scanned as segno does
    skipped = (counted[:, :, :-4] & match[:, :, 4:]).any(axis=2)
    skipped |= (counted[:, :, :-6] & match[:, :, 6:]).any(axis=2)
    for k, line in zip(*np.nonzero(skipped), strict=True):
        score, resume = 0, 0
        for position in np.flatnonzero(match[k, line]):
            if position < resume:
                continue
            if counted[k, line, position]:
                score, resume = score + 40, position + 7
            else:
                resume = position + 4
        per_line[k, line] = score
    return per_line.sum(axis=1)
