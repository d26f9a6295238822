"""Format 9: the analytics summaries beyond format 4, each filled from the rows the file
holds and then kept by its triggers: who joined when and how far each got (funnel and
referrals, ``v09_funnel``), points issued and redeemed per day (``v09_points``), purchases
in member order (``v09_buyers``)."""

from __future__ import annotations

import sqlite3

from models.schema.sql import install_summary
from models.schema.steps import v09_buyers, v09_funnel, v09_points

VERSION = 9
SUMMARY = "analytics: funnel, referral, points and buyers summaries"


def apply(conn: sqlite3.Connection) -> None:
    for part in (v09_funnel, v09_points, v09_buyers):
        install_summary(conn, part.TABLES, part.rebuild, part.TRIGGERS)
