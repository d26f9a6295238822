"""Chart and report words in the user's language (keys: ``exports/analytics_text.py``).

Literal strings, so ``pyside6-lupdate`` collects them; the CLI uses this too.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from exports.analytics_text import Text
from views import labels

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
        "stage.activated": translate("AnalyticsCharts", "Activated (first 7 days)"),
        "stage.retained": translate("AnalyticsCharts", "Retained (day 30-59)"),
        "stage.referred": translate("AnalyticsCharts", "Referred someone (60 days)"),
        "stage.purchased": translate("AnalyticsCharts", "Bought (60 days)"),
        "sources": translate("AnalyticsCharts", "Source channels"),
        "sources.source": translate("AnalyticsCharts", "Channel"),
        "sources.joined": translate("AnalyticsCharts", "New members"),
        "sources.retention": translate("AnalyticsCharts", "Retention"),
        "sources.conversion": translate("AnalyticsCharts", "Bought within 60 days"),
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
        "funnel.settled": translate("AnalyticsCharts", "Window closed"),
        "funnel.rate": translate("AnalyticsCharts", "Rate (window closed)"),
        "funnel.pending": translate("AnalyticsCharts", "Pending"),
        "pending.activated": translate("AnalyticsCharts", "{n} still in their first week"),
        "pending.late": translate("AnalyticsCharts", "{n} still within 60 days of joining"),
        "sources.pending": translate("AnalyticsCharts", "Pending (within 60 days)"),
        "partial": translate("AnalyticsCharts", "Partial"),
        "so_far": translate("AnalyticsCharts", "so far"),
        "partial.legend": translate("AnalyticsCharts", "lighter: partial period (so far)"),
        "retention.in_progress": translate(
            "AnalyticsCharts", "* {month} is not over: its column is so far"),
        "slipping.total": translate(
            "AnalyticsCharts", "{count} member(s) in all; the {shown} most active are listed"),
        "no_activity": translate(
            "AnalyticsCharts",
            "No activity in this period: import chat records or log interactions"),
        "people": translate("AnalyticsCharts", "Top speakers and inviters"),
        "people.speakers": translate("AnalyticsCharts", "Top speakers (messages)"),
        "people.inviters": translate("AnalyticsCharts", "Top inviters (invitations)"),
        "people.community": translate("AnalyticsCharts", "Community"),
        "people.member": translate("AnalyticsCharts", "Member"),
        "people.messages": translate("AnalyticsCharts", "Messages"),
        "people.invitations": translate("AnalyticsCharts", "Invitations"),
        "people.rank": translate("AnalyticsCharts", "Rank"),
        "hours": translate("AnalyticsCharts", "Activity by weekday and hour"),
        "hours.weekday": translate("AnalyticsCharts", "Weekday"),
        "hours.hour": translate("AnalyticsCharts", "Hour"),
        "hours.total": translate("AnalyticsCharts", "Total"),
        "hours.count": translate("AnalyticsCharts", "Interactions"),
        "value.男": labels.gender("男"),
        "value.女": labels.gender("女"),
        "hours.busiest": translate("AnalyticsCharts", "Busiest: {day} {hour}:00"),
        "weekday.0": translate("AnalyticsCharts", "Mon"),
        "weekday.1": translate("AnalyticsCharts", "Tue"),
        "weekday.2": translate("AnalyticsCharts", "Wed"),
        "weekday.3": translate("AnalyticsCharts", "Thu"),
        "weekday.4": translate("AnalyticsCharts", "Fri"),
        "weekday.5": translate("AnalyticsCharts", "Sat"),
        "weekday.6": translate("AnalyticsCharts", "Sun"),
        "honours": translate("AnalyticsCharts", "Honours board"),
        "honours.honour": translate("AnalyticsCharts", "Honour"),
        "honours.community": translate("AnalyticsCharts", "Community"),
        "honours.holders": translate("AnalyticsCharts", "Holders"),
        "honours.member": translate("AnalyticsCharts", "Member"),
        "honours.granted": translate("AnalyticsCharts", "Granted on"),
        "honours.all": translate("AnalyticsCharts", "All communities"),
        "honours.none": translate(
            "AnalyticsCharts", "No honours yet. Add them in Edit > Points Rules & Honours…: "
            "a title members earn when their points, events attended, members invited or "
            "months active reach a threshold. Holders are listed here."),
        "honours.more": translate(
            "AnalyticsCharts", "{count} hold it; the latest {shown} are listed"),
        "glossary": translate("AnalyticsCharts", "Definitions"),
        "glossary.metric": translate("AnalyticsCharts", "Metric"),
        "glossary.definition": translate("AnalyticsCharts", "Definition"),
    }


def glossary_words() -> dict[str, str]:
    """``define.<metric>``: one written definition per metric (the glossary); one literal
    each, however long, so that ``pyside6-lupdate`` collects it."""
    return {
        "define.members": translate(
            "AnalyticsGlossary",
            "Members: people in scope at the end of the period's last day. For all communities, everyone added to the workspace by then and not moved to the trash by then; for one community, everyone who had joined it by then and had neither left nor been moved to the trash. Moving someone to the trash counts as leaving on that day; restoring them takes it back."),  # noqa: E501
        "define.new_members": translate(
            "AnalyticsGlossary",
            "New members: joins in the period (for all communities, people added to the workspace; for one community, people joining it), including people moved to the trash since: their joining happened."),  # noqa: E501
        "define.active": translate(
            "AnalyticsGlossary",
            "Active members: distinct people with any activity (a message, share, invitation, check-in, purchase…) in the period. For one community: activity there by people who were its members at some time in the period; posts by non-members and by people who had left before are not counted. Activity of people in the trash still counts."),  # noqa: E501
        "define.conversion": translate(
            "AnalyticsGlossary",
            "Conversion rate: buyers ÷ active members, both in the period. Buyers are distinct people with a purchase in the period (for one community: there, while members). Purchases after the period never change it."),  # noqa: E501
        "define.revenue": translate(
            "AnalyticsGlossary",
            "Revenue: the sum of the purchases made in the period (for one community: there, by its members), in yuan."),  # noqa: E501
        "define.attendance": translate(
            "AnalyticsGlossary",
            "Attendance rate: of the registrations for events held in the period (started before its end, not cancelled), the share checked in. Walk-ins are not registrations. A repeating event counts each occurrence; a series registration counts where the person checked in, or as a no-show at the series' first occurrence in the period."),  # noqa: E501
        "define.growth": translate(
            "AnalyticsGlossary",
            "Member growth: new members per day, week or month, and the total at the end of each. Departures are memberships that ended and people moved to the trash (for all communities, only the trash). A lighter bar is a partial bucket: it starts before the period, ends after it, or is not over yet (so far)."),  # noqa: E501
        "define.activity": translate(
            "AnalyticsGlossary",
            "Active members over time: daily active members (distinct people active that day) and monthly active members (distinct people active in the month, counting only the month's days inside the period). A month cut by the period or not over yet is partial (so far) and drawn dashed."),  # noqa: E501
        "define.retention": translate(
            "AnalyticsGlossary",
            "Retention by join month: each row is everyone who joined that month (people in the trash included); each cell the share of them active in the calendar month k months later. The month still going on is so far (marked *); later months are blank."),  # noqa: E501
        "define.funnel": translate(
            "AnalyticsGlossary",
            "AARRR funnel of the period's new members, nested: activated = active in their first 7 days; retained = activated and active again on day 30-59; bought = retained and bought within 60 days of joining; referred = bought and brought someone in within 60 days. A stage counts only the joiners whose window had closed by the period's end; the others are pending (the lighter bar), never failures. Rates are over those whose window closed."),  # noqa: E501
        "define.sources": translate(
            "AnalyticsGlossary",
            "Source channels: the same funnel for each source of the period's new members. Retention and 'bought within 60 days' are over the joiners whose windows have closed; the others are pending."),  # noqa: E501
        "define.audience": translate(
            "AnalyticsGlossary",
            "Who the members are: current members (not in the trash; for one community, not left) by gender, age, city and spending level."),  # noqa: E501
        "define.tags": translate(
            "AnalyticsGlossary",
            "Tags: current members carrying each tag."),  # noqa: E501
        "define.referrals": translate(
            "AnalyticsGlossary",
            "Top referrers: people who brought in the most new members of the period (into this community, for one community), and how many they ever brought in."),  # noqa: E501
        "define.people": translate(
            "AnalyticsGlossary",
            "Top speakers and inviters: for each community, the people with the most messages and the most invitations (records of inviting, from chat records or logged by hand) in the period. Invitations are records of inviting, not the newcomers someone brought in (that is Top referrers). People in the trash are not listed."),  # noqa: E501
        "define.hours": translate(
            "AnalyticsGlossary",
            "Activity by weekday and hour: every activity of the period (messages, shares, invitations, check-ins, purchases…) by the weekday and hour it happened, in the workspace's time zone; for one community, the activity recorded there. Activity of people in the trash still counts."),  # noqa: E501
        "define.honours": translate(
            "AnalyticsGlossary",
            "Honours board: the honours (titles and badges) members hold, granted when they reach a threshold of points, events attended, members invited or months active, with the day each was granted. For one community, its own honours and the workspace-wide ones held by its current members. People in the trash are not listed."),  # noqa: E501
        "define.slipping": translate(
            "AnalyticsGlossary",
            "Slipping away: people with at least 3 actions whose last activity, as of the period's last day, was 14-60 days before it. People in the trash are not listed; for one community, only its members on that day. The list shows the 500 most active; the total counts everyone."),  # noqa: E501
    }


def vocabulary_words() -> dict[str, str]:
    """Stored Chinese vocabularies the charts and tables show, as the rest of the window
    words them (``Text.value``): the kinds of event, as the calendar names them, and the
    spending levels, as the member form does."""
    from models.core.vocab import EventKind, SpendingLevel
    from views.calendar.labels import kind_label

    return {f"value.{kind.value}": kind_label(kind) for kind in EventKind} | {
        # only in the spending chart and table: a city or a source may be called 高
        f"spending.value.{level.value}": labels.spending_level(level) for level in SpendingLevel}


def chart_text() -> Text:
    """A ``Text`` in the language installed now."""
    return Text(chart_words() | glossary_words() | vocabulary_words())
