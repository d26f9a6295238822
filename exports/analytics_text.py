"""The words on charts and in the report, keyed by a stable name.

English defaults live here so ``exports`` works on its own; the window and the CLI pass a
translated mapping (``views/analytics/texts.py``) with the same keys. Missing keys fall
back to English, so a new chart never shows a raw key.
"""

from __future__ import annotations

from collections.abc import Mapping

ENGLISH: dict[str, str] = {
    "growth": "Member growth",
    "growth.joined": "New members",
    "growth.left": "Left",
    "growth.total": "Members (total)",
    "activity": "Active members",
    "activity.daily": "Daily active members",
    "activity.monthly": "Monthly active members",
    "activity.actions": "Actions",
    "retention": "Retention by join month",
    "retention.cohort": "Joined in",
    "retention.size": "Members",
    "retention.month": "Month {n}",
    "retention.months_since": "Months since joining",
    "funnel": "AARRR funnel (new members of the period)",
    "funnel.stage": "Stage",
    "funnel.members": "Members",
    "funnel.share": "Share of new members",
    "stage.joined": "Joined",
    "stage.activated": "Activated",
    "stage.retained": "Retained (month 2)",
    "stage.referred": "Referred someone",
    "stage.purchased": "Purchased",
    "sources": "Source channels",
    "sources.source": "Channel",
    "sources.joined": "New members",
    "sources.retention": "Retention",
    "sources.conversion": "Conversion",
    "attendance": "Event attendance by kind",
    "attendance.kind": "Kind",
    "attendance.events": "Events",
    "attendance.registered": "Registered",
    "attendance.attended": "Attended",
    "attendance.no_shows": "No-shows",
    "attendance.rate": "Attendance rate",
    "attendance.no_show_rate": "No-show rate",
    "events": "Events",
    "events.title": "Event",
    "events.starts": "Starts",
    "revenue": "Revenue",
    "revenue.yuan": "Revenue (yuan)",
    "revenue.purchases": "Purchases",
    "audience": "Who the members are",
    "audience.gender": "Gender",
    "audience.age": "Age",
    "audience.city": "City",
    "audience.spending": "Spending level",
    "audience.source": "Source",
    "tags": "Tags",
    "tags.tag": "Tag",
    "referrals": "Top referrers",
    "referrals.member": "Member",
    "referrals.referred": "Brought in this period",
    "referrals.all_time": "Brought in, all time",
    "referrals.depth": "Referral chain length",
    "slipping": "Slipping away",
    "slipping.member": "Member",
    "slipping.id": "Member ID",
    "slipping.last": "Last active",
    "slipping.days": "Days silent",
    "slipping.actions": "Actions",
    "points": "Points",
    "points.issued": "Issued",
    "points.redeemed": "Redeemed",
    "points.earners": "Members who earned",
    "kpi": "Summary",
    "kpi.metric": "Metric",
    "kpi.value": "This period",
    "kpi.previous": "Previous period",
    "kpi.change": "Change",
    "kpi.members": "Members",
    "kpi.new_members": "New members",
    "kpi.active": "Active members",
    "kpi.conversion": "Conversion rate",
    "kpi.revenue": "Revenue (yuan)",
    "kpi.attendance": "Attendance rate",
    "scope": "Scope",
    "scope.all": "All communities",
    "period": "Period",
    "date": "Date",
    "week_of": "Week of",
    "month": "Month",
    "count": "Count",
    "unknown": "Unknown",
    "other": "Other",
    "no_data": "No data for this period",
}


class Text:
    """Look-up of chart and report words, falling back to English."""

    def __init__(self, words: Mapping[str, str] | None = None) -> None:
        self.words = dict(words or {})

    def __call__(self, key: str, **values: object) -> str:
        text = self.words.get(key) or ENGLISH.get(key, key)
        return text.format(**values) if values else text

    def value(self, raw: str) -> str:
        """A stored value as shown: '' is unknown, '*' stands for "all the others"."""
        if raw == "":
            return self("unknown")
        if raw == "*":
            return self("other")
        return raw
