"""Chart and report words in the user's language (keys: ``exports/analytics_text.py``).

Literal strings, so ``pyside6-lupdate`` collects them; the CLI uses this too.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from exports.analytics_text import Text

translate = QCoreApplication.translate


def chart_words() -> dict[str, str]:
    return {
        "growth": translate("AnalyticsCharts", "Member growth"),
        "growth.joined": translate("AnalyticsCharts", "New members"),
        "growth.left": translate("AnalyticsCharts", "Left"),
        "growth.total": translate("AnalyticsCharts", "Members (total)"),
        "activity": translate("AnalyticsCharts", "Active members"),
        "activity.daily": translate("AnalyticsCharts", "Daily active members"),
        "activity.monthly": translate("AnalyticsCharts", "Monthly active members"),
        "activity.actions": translate("AnalyticsCharts", "Actions"),
        "retention": translate("AnalyticsCharts", "Retention by join month"),
        "retention.cohort": translate("AnalyticsCharts", "Joined in"),
        "retention.size": translate("AnalyticsCharts", "Members"),
        "retention.month": translate("AnalyticsCharts", "Month {n}"),
        "retention.months_since": translate("AnalyticsCharts", "Months since joining"),
        "funnel": translate("AnalyticsCharts", "AARRR funnel (new members of the period)"),
        "funnel.stage": translate("AnalyticsCharts", "Stage"),
        "funnel.members": translate("AnalyticsCharts", "Members"),
        "funnel.share": translate("AnalyticsCharts", "Share of new members"),
        "stage.joined": translate("AnalyticsCharts", "Joined"),
        "stage.activated": translate("AnalyticsCharts", "Activated"),
        "stage.retained": translate("AnalyticsCharts", "Retained (month 2)"),
        "stage.referred": translate("AnalyticsCharts", "Referred someone"),
        "stage.purchased": translate("AnalyticsCharts", "Purchased"),
        "sources": translate("AnalyticsCharts", "Source channels"),
        "sources.source": translate("AnalyticsCharts", "Channel"),
        "sources.joined": translate("AnalyticsCharts", "New members"),
        "sources.retention": translate("AnalyticsCharts", "Retention"),
        "sources.conversion": translate("AnalyticsCharts", "Conversion"),
        "attendance": translate("AnalyticsCharts", "Event attendance by kind"),
        "attendance.kind": translate("AnalyticsCharts", "Kind"),
        "attendance.events": translate("AnalyticsCharts", "Events"),
        "attendance.registered": translate("AnalyticsCharts", "Registered"),
        "attendance.attended": translate("AnalyticsCharts", "Attended"),
        "attendance.no_shows": translate("AnalyticsCharts", "No-shows"),
        "attendance.rate": translate("AnalyticsCharts", "Attendance rate"),
        "attendance.no_show_rate": translate("AnalyticsCharts", "No-show rate"),
        "events": translate("AnalyticsCharts", "Events"),
        "events.title": translate("AnalyticsCharts", "Event"),
        "events.starts": translate("AnalyticsCharts", "Starts"),
        "revenue": translate("AnalyticsCharts", "Revenue"),
        "revenue.yuan": translate("AnalyticsCharts", "Revenue (yuan)"),
        "revenue.purchases": translate("AnalyticsCharts", "Purchases"),
        "audience": translate("AnalyticsCharts", "Who the members are"),
        "audience.gender": translate("AnalyticsCharts", "Gender"),
        "audience.age": translate("AnalyticsCharts", "Age"),
        "audience.city": translate("AnalyticsCharts", "City"),
        "audience.spending": translate("AnalyticsCharts", "Spending level"),
        "audience.source": translate("AnalyticsCharts", "Source"),
        "tags": translate("AnalyticsCharts", "Tags"),
        "tags.tag": translate("AnalyticsCharts", "Tag"),
        "referrals": translate("AnalyticsCharts", "Top referrers"),
        "referrals.member": translate("AnalyticsCharts", "Member"),
        "referrals.referred": translate("AnalyticsCharts", "Brought in this period"),
        "referrals.all_time": translate("AnalyticsCharts", "Brought in, all time"),
        "referrals.depth": translate("AnalyticsCharts", "Referral chain length"),
        "slipping": translate("AnalyticsCharts", "Slipping away"),
        "slipping.member": translate("AnalyticsCharts", "Member"),
        "slipping.id": translate("AnalyticsCharts", "Member ID"),
        "slipping.last": translate("AnalyticsCharts", "Last active"),
        "slipping.days": translate("AnalyticsCharts", "Days silent"),
        "slipping.actions": translate("AnalyticsCharts", "Actions"),
        "points": translate("AnalyticsCharts", "Points"),
        "points.issued": translate("AnalyticsCharts", "Issued"),
        "points.redeemed": translate("AnalyticsCharts", "Redeemed"),
        "points.earners": translate("AnalyticsCharts", "Members who earned"),
        "kpi": translate("AnalyticsCharts", "Summary"),
        "kpi.metric": translate("AnalyticsCharts", "Metric"),
        "kpi.value": translate("AnalyticsCharts", "This period"),
        "kpi.previous": translate("AnalyticsCharts", "Previous period"),
        "kpi.change": translate("AnalyticsCharts", "Change"),
        "kpi.members": translate("AnalyticsCharts", "Members"),
        "kpi.new_members": translate("AnalyticsCharts", "New members"),
        "kpi.active": translate("AnalyticsCharts", "Active members"),
        "kpi.conversion": translate("AnalyticsCharts", "Conversion rate"),
        "kpi.revenue": translate("AnalyticsCharts", "Revenue (yuan)"),
        "kpi.attendance": translate("AnalyticsCharts", "Attendance rate"),
        "scope": translate("AnalyticsCharts", "Scope"),
        "scope.all": translate("AnalyticsCharts", "All communities"),
        "period": translate("AnalyticsCharts", "Period"),
        "date": translate("AnalyticsCharts", "Date"),
        "week_of": translate("AnalyticsCharts", "Week of"),
        "month": translate("AnalyticsCharts", "Month"),
        "count": translate("AnalyticsCharts", "Count"),
        "unknown": translate("AnalyticsCharts", "Unknown"),
        "other": translate("AnalyticsCharts", "Other"),
        "no_data": translate("AnalyticsCharts", "No data for this period"),
    }


def chart_text() -> Text:
    """A ``Text`` in the language installed now."""
    return Text(chart_words())
