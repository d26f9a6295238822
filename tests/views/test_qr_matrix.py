"""Our QR matrices are segno's, module for module: the mask it would choose (ISO/IEC 18004
7.8.3: the lowest penalty), the format information that names it, the painted modules.

If a segno release changes how it lays out or scores a code, these fail: then either
views/paper/qr_matrix.py follows it or falls back to plain ``segno.make``."""

from __future__ import annotations

import random
import string

import numpy as np
import pytest
import segno
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from views.paper import qr_matrix
from views.paper.qr_matrix import qr_matrices
from views.paper.qr_matrix import qr_matrix as one_matrix
from views.paper.qr_paint import QUIET, modules, paint_qr, prepare


def segnos(data: str, error: str = "m") -> tuple[np.ndarray, int, int]:
    code = segno.make(data, error=error, micro=False)
    return np.array(code.matrix, bool), code.mask, code.version


def test_segno_still_has_what_the_fast_mask_choice_reads():
    # without these every code comes from plain segno.make: right, but 5x slower
    assert qr_matrix.INTERNALS


@pytest.mark.slow
def test_1200_ticket_codes_are_segnos_codes_with_every_mask_chosen():
    rng = random.Random(20)
    codes = [f"{rng.randrange(10**12):012d}" for _ in range(1200)]
    codes += ["000000000000", "999999999999", "000000000001"]
    masks = set()
    for code, ours in zip(codes, qr_matrices(codes), strict=True):
        theirs, mask, version = segnos(code)
        assert version == 1
        assert np.array_equal(ours, theirs), code
        masks.add(mask)
    assert masks == set(range(8))  # the format information of every mask was written


@pytest.mark.parametrize(("alphabet", "lengths", "error"), [
    (string.digits, (20,), "m"),                          # version 1 at level Q
    (string.digits, (1, 40, 60, 90, 150), "m"),           # versions 1-5: alignment patterns
    pytest.param(string.digits, (300, 500), "m",          # versions 7+: version information
                 marks=pytest.mark.slow),
    (string.digits, (12, 40, 90), "l"),
    (string.digits, (12, 40), "h"),
    (string.ascii_uppercase + string.digits + " $%*+-./:", (10, 30, 80), "m"),
    ("群主签到abc-é", (3, 20, 60), "q"),                    # bytes (UTF-8)
])
def test_other_contents_versions_and_levels_are_segnos_codes(alphabet, lengths, error):
    rng = random.Random(f"{alphabet}{lengths}{error}")
    datas = ["".join(rng.choice(alphabet) for _ in range(rng.choice(lengths)))
             for _ in range(150)]
    for data, ours in zip(datas, qr_matrices(datas, error), strict=True):
        assert np.array_equal(ours, segnos(data, error)[0]), data


def test_without_segnos_internals_the_codes_come_from_segno(monkeypatch):
    monkeypatch.setattr(qr_matrix, "INTERNALS", False)
    assert np.array_equal(one_matrix("043912887160"), segnos("043912887160")[0])


def test_one_code_alone_is_the_same_code():
    assert np.array_equal(one_matrix("043912887160"), segnos("043912887160")[0])
    assert qr_matrices([]) == []


def test_penalties_are_segnos_on_any_matrix():
    """On random matrices and on rows where 1:1:3:1:1 patterns overlap (segno's scan
    skips a match that overlaps a counted one)."""
    from segno.encoder import mask_scores

    rng = np.random.default_rng(7)
    matrices = [rng.random((size, size)) < bias
                for size in (21, 25, 45) for bias in (0.2, 0.5, 0.8) for _ in range(40)]
    crafted = np.zeros((21, 21), bool)
    crafted[3, 2:13] = [1, 0, 1, 1, 1, 0, 1, 1, 1, 0, 1]       # two matches 4 apart
    crafted[9, 0:13] = [1, 0, 1, 1, 1, 0, 1, 0, 1, 1, 1, 0, 1]  # 6 apart, at the edge
    crafted[:, 15] = crafted[9]
    matrices.append(crafted)
    for matrix in matrices:
        size = len(matrix)
        rows = tuple(bytearray(r) for r in matrix.astype(np.uint8))
        ours = qr_matrix._penalties(matrix.astype(np.uint8)[None])[0]
        assert ours == sum(mask_scores(rows, size, size))


def test_the_painted_code_is_the_matrix_module_for_module(qapp):
    codes = ["043912887160", "7" * 60]
    prepare(codes)
    for code in codes:
        side = modules(code)
        image = QImage(side, side, QImage.Format.Format_RGB32)
        image.fill(QColor("red"))
        painter = QPainter(image)
        painted = paint_qr(painter, QRectF(0, 0, side, side), code)
        painter.end()
        assert painted == QRectF(0, 0, side, side)
        pixels = np.array([[image.pixelColor(x, y).name() for x in range(side)]
                           for y in range(side)])
        assert set(np.unique(pixels)) <= {"#000000", "#ffffff"}
        dark = pixels == "#000000"
        assert not dark[:QUIET].any() and not dark[-QUIET:].any()
        assert not dark[:, :QUIET].any() and not dark[:, -QUIET:].any()
        assert np.array_equal(dark[QUIET:-QUIET, QUIET:-QUIET], segnos(code)[0])
