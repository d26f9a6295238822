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
    "funnel.settled": "Window closed",
    "funnel.rate": "Rate (window closed)",
    "funnel.pending": "Pending",
    "stage.joined": "Joined",
    "stage.activated": "Activated (first 7 days)",
    "stage.retained": "Retained (day 30-59)",
    "stage.referred": "Referred someone (60 days)",
    "stage.purchased": "Bought (60 days)",
    "pending.activated": "{n} still in their first week",
    "pending.late": "{n} still within 60 days of joining",
    "sources": "Source channels",
    "sources.source": "Channel",
    "sources.joined": "New members",
    "sources.retention": "Retention",
    "sources.conversion": "Bought within 60 days",
    "sources.pending": "Pending (within 60 days)",
    "partial": "Partial",
    "so_far": "so far",
    "partial.legend": "lighter: partial period (so far)",
    "retention.in_progress": "* {month} is not over: its column is so far",
    "slipping.total": "{count} member(s) in all; the {shown} most active are listed",
    "glossary": "Definitions",
    "glossary.metric": "Metric",
    "glossary.definition": "Definition",
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
    "no_activity": "No activity in this period: import chat records or log interactions",
    "people": "Top speakers and inviters",
    "people.speakers": "Top speakers (messages)",
    "people.inviters": "Top inviters (invitations)",
    "people.community": "Community",
    "people.member": "Member",
    "people.messages": "Messages",
    "people.invitations": "Invitations",
    "people.rank": "Rank",
    "hours": "Activity by weekday and hour",
    "hours.weekday": "Weekday",
    "hours.hour": "Hour",
    "hours.total": "Total",
    "hours.count": "Interactions",
    "hours.busiest": "Busiest: {day} {hour}:00",
    "weekday.0": "Mon",
    "weekday.1": "Tue",
    "weekday.2": "Wed",
    "weekday.3": "Thu",
    "weekday.4": "Fri",
    "weekday.5": "Sat",
    "weekday.6": "Sun",
    "honours": "Honours board",
    "honours.honour": "Honour",
    "honours.community": "Community",
    "honours.holders": "Holders",
    "honours.member": "Member",
    "honours.granted": "Granted on",
    "honours.all": "All communities",
    "honours.none": ("No honours yet. Add them in Edit > Points Rules & Honours…: a title "
                     "members earn when their points, events attended, members invited or "
                     "months active reach a threshold. Holders are listed here."),
    "honours.more": "{count} hold it; the latest {shown} are listed",
}

#: One written definition per number the dashboard shows (the glossary): key -> text. The
#: window shows them beside each KPI and chart title, the report as a sheet.
DEFINITIONS: dict[str, str] = {
    "members": "Members: people in scope at the end of the period's last day. For all "
               "communities, everyone added to the workspace by then and not moved to the "
               "trash by then; for one community, everyone who had joined it by then and had "
               "neither left nor been moved to the trash. Moving someone to the trash counts "
               "as leaving on that day; restoring them takes it back.",
    "new_members": "New members: joins in the period (for all communities, people added to "
                   "the workspace; for one community, people joining it), including people "
                   "moved to the trash since: their joining happened.",
    "active": "Active members: distinct people with any activity (a message, share, "
              "invitation, check-in, purchase…) in the period. For one community: activity "
              "there by people who were its members at some time in the period; posts by "
              "non-members and by people who had left before are not counted. Activity of "
              "people in the trash still counts.",
    "conversion": "Conversion rate: buyers ÷ active members, both in the period. Buyers are "
                  "distinct people with a purchase in the period (for one community: there, "
                  "while members). Purchases after the period never change it.",
    "revenue": "Revenue: the sum of the purchases made in the period (for one community: "
               "there, by its members), in yuan.",
    "attendance": "Attendance rate: of the registrations for events held in the period "
                  "(started before its end, not cancelled), the share checked in. Walk-ins "
                  "are not registrations. A repeating event counts each occurrence; a series "
                  "registration counts where the person checked in, or as a no-show at the "
                  "series' first occurrence in the period.",
    "growth": "Member growth: new members per day, week or month, and the total at the end "
              "of each. Departures are memberships that ended and people moved to the trash "
              "(for all communities, only the trash). A lighter bar is a partial bucket: it "
              "starts before the period, ends after it, or is not over yet (so far).",
    "activity": "Active members over time: daily active members (distinct people active that "
                "day) and monthly active members (distinct people active in the month, "
                "counting only the month's days inside the period). A month cut by the period "
                "or not over yet is partial (so far) and drawn dashed.",
    "retention": "Retention by join month: each row is everyone who joined that month (people "
                 "in the trash included); each cell the share of them active in the calendar "
                 "month k months later. The month still going on is so far (marked *); later "
                 "months are blank.",
    "funnel": "AARRR funnel of the period's new members, nested: activated = active in their "
              "first 7 days; retained = activated and active again on day 30-59; bought = "
              "retained and bought within 60 days of joining; referred = bought and brought "
              "someone in within 60 days. A stage counts only the joiners whose window had "
              "closed by the period's end; the others are pending (the lighter bar), never "
              "failures. Rates are over those whose window closed.",
    "sources": "Source channels: the same funnel for each source of the period's new members. "
               "Retention and 'bought within 60 days' are over the joiners whose windows "
               "have closed; the others are pending.",
    "audience": "Who the members are: current members (not in the trash; for one community, "
                "not left) by gender, age, city and spending level.",
    "tags": "Tags: current members carrying each tag.",
    "referrals": "Top referrers: people who brought in the most new members of the period "
                 "(into this community, for one community), and how many they ever brought in.",
    "slipping": "Slipping away: people with at least 3 actions whose last activity, as of the "
                "period's last day, was 14-60 days before it. People in the trash are not "
                "listed; for one community, only its members on that day. The list shows the "
                "500 most active; the total counts everyone.",
    "people": "Top speakers and inviters: for each community, the people with the most "
              "messages and the most invitations (records of inviting, from chat records "
              "or logged by hand) in the period. Invitations are records of inviting, not the "
              "newcomers someone brought in (that is Top referrers). People in the trash are "
              "not listed.",
    "hours": "Activity by weekday and hour: every activity of the period (messages, shares, "
             "invitations, check-ins, purchases…) by the weekday and hour it happened, in the "
             "workspace's time zone; for one community, the activity recorded there. "
             "Activity of people in the trash still counts.",
    "honours": "Honours board: the honours (titles and badges) members hold, granted when "
               "they reach a threshold of points, events attended, members invited or months "
               "active, with the day each was granted. For one community, its own honours "
               "and the workspace-wide ones held by its current members. People in the trash "
               "are not listed.",
}


class Text:
    """Look-up of chart and report words, falling back to English."""

    def __init__(self, words: Mapping[str, str] | None = None) -> None:
        self.words = dict(words or {})

    def __call__(self, key: str, **values: object) -> str:
        text = self.words.get(key) or ENGLISH.get(key, key)
        return text.format(**values) if values else text

    def define(self, key: str) -> str:
        """The written definition of metric ``key`` (see ``DEFINITIONS``)."""
        return self.words.get("define." + key) or DEFINITIONS.get(key, "")

    def value(self, raw: str, dim: str = "") -> str:
        """A stored value as shown: '' is unknown, '*' stands for "all the others". With
        ``dim`` (e.g. "spending"), that dimension's own words come first."""
        if raw == "":
            return self("unknown")
        if raw == "*":
            return self("other")
        if dim and (own := self.words.get(f"{dim}.value.{raw}")):
            return own
        # a fixed vocabulary stored in Chinese (男/女) has its words under "value.<raw>"
        return self.words.get("value." + raw) or raw
