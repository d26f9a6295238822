"""The data behind every chart, as plain tables (header + rows), for xlsx and tests.

Values keep their type: counts are ints, rates floats in 0-1, money in yuan as a float of
whole fen / 100 (the cell format shows two decimals), dates ISO text. Column kinds tell
writers how to format: 'text', 'int', 'rate', 'yuan'.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from exports.analytics_text import Text
from models.analytics.dashboard import Dashboard
from models.analytics.period import Grain, bucket_of


@dataclass(frozen=True)
class Table:
    key: str
    title: str
    columns: list[tuple[str, str]]   # (header, kind)
    rows: list[list[object]]
    #: A line written under the table (what is partial, how many are not listed).
    note: str = ""

    @property
    def headers(self) -> list[str]:
        return [c[0] for c in self.columns]


def yuan(fen: int) -> float:
    return fen / 100


def _bucket_header(t: Text, grain: Grain) -> str:
    return {Grain.DAY: t("date"), Grain.WEEK: t("week_of"), Grain.MONTH: t("month")}[grain]


def _partial(t: Text, flags: list[bool] | None, count: int) -> list[str]:
    """The "partial" column: "so far" for a bucket missing days, else empty."""
    return [t("so_far") if f else "" for f in (flags or [False] * count)]


def growth(d: Dashboard, t: Text) -> Table:
    g = d.growth
    return Table("growth", t("growth"), [
        (_bucket_header(t, g.grain), "text"), (t("growth.joined"), "int"),
        (t("growth.left"), "int"), (t("growth.total"), "int"), (t("partial"), "text")],
        [list(row) for row in zip(g.buckets, g.joined, g.left, g.total,
                                  _partial(t, g.partial, len(g.buckets)), strict=True)])


def activity(d: Dashboard, t: Text) -> Table:
    a = d.activity
    monthly = dict(zip(a.months, a.monthly_active, strict=True))
    partial = dict(zip(a.months, _partial(t, a.monthly_partial, len(a.months)), strict=True))
    return Table("activity", t("activity"), [
        (t("date"), "text"), (t("activity.daily"), "int"), (t("activity.actions"), "int"),
        (t("activity.monthly"), "int"), (t("partial"), "text")],
        [[day, n, acts, monthly.get(day[:7], 0), partial.get(day[:7], "")]
         for day, n, acts in zip(a.days, a.daily_active, a.actions, strict=True)])


def retention(d: Dashboard, t: Text) -> Table:
    r = d.retention
    width = max((len(c.active) for c in r.cohorts), default=1)
    columns = [(t("retention.cohort"), "text"), (t("retention.size"), "int")] + [
        (t("retention.month", n=k), "rate") for k in range(width)]
    rows = [[c.month, c.size] + [c.rate(k) for k in range(width)] for c in r.cohorts]
    note = t("retention.in_progress", month=r.in_progress) if r.in_progress else ""
    return Table("retention", t("retention"), columns, rows, note)


def _pending_note(t: Text, stage: object) -> str:
    pending = getattr(stage, "pending", 0)
    if not pending:
        return ""
    key = "pending.activated" if getattr(stage, "key", "") == "activated" else "pending.late"
    return t(key, n=f"{pending:,}")


def funnel(d: Dashboard, t: Text) -> Table:
    f = d.funnel
    return Table("funnel", t("funnel"), [
        (t("funnel.stage"), "text"), (t("funnel.members"), "int"),
        (t("funnel.settled"), "int"), (t("funnel.rate"), "rate"), (t("funnel.pending"), "int")],
        [[t("stage." + s.key), s.members, s.settled, s.rate, s.pending] for s in f.stages()],
        "; ".join(filter(None, (_pending_note(t, s) for s in f.stages()[1:3]))))


def sources(d: Dashboard, t: Text) -> Table:
    return Table("sources", t("sources"), [
        (t("sources.source"), "text"), (t("sources.joined"), "int"),
        (t("stage.activated"), "int"), (t("stage.retained"), "int"),
        (t("stage.purchased"), "int"), (t("sources.retention"), "rate"),
        (t("sources.conversion"), "rate"), (t("sources.pending"), "int")],
        [[t.value(c.source), c.joined, c.activated, c.retained, c.purchased,
          c.retention_rate, c.conversion_rate, c.stage("retained").pending]
         for c in d.funnel.channels])


def attendance(d: Dashboard, t: Text) -> Table:
    return Table("attendance", t("attendance"), [
        (t("attendance.kind"), "text"), (t("attendance.events"), "int"),
        (t("attendance.registered"), "int"), (t("attendance.attended"), "int"),
        (t("attendance.no_shows"), "int"), (t("attendance.rate"), "rate"),
        (t("attendance.no_show_rate"), "rate")],
        [[t.value(k.kind), k.events, k.registered, k.attended, k.no_shows, k.attendance_rate,
          k.no_show_rate] for k in d.attendance.kinds])


def events(d: Dashboard, t: Text) -> Table:
    return Table("events", t("events"), [
        (t("events.title"), "text"), (t("attendance.kind"), "text"), (t("events.starts"), "text"),
        (t("attendance.registered"), "int"), (t("attendance.attended"), "int"),
        (t("attendance.no_shows"), "int"), (t("attendance.rate"), "rate")],
        [[e.title, t.value(e.kind), e.starts_at[:16].replace("T", " "), e.registered, e.attended,
          e.no_shows, e.attendance_rate] for e in d.attendance.events])


def revenue(d: Dashboard, t: Text) -> Table:
    grain = d.growth.grain
    per: dict[str, int] = {}
    for day, fen in d.conversion.daily_revenue:
        key = bucket_of(date.fromisoformat(day), grain)
        per[key] = per.get(key, 0) + fen
    return Table("revenue", t("revenue"), [
        (_bucket_header(t, grain), "text"), (t("revenue.yuan"), "yuan")],
        [[b, yuan(per.get(b, 0))] for b in d.growth.buckets])


def audience(d: Dashboard, t: Text) -> list[Table]:
    a = d.distributions
    found = []
    for key, pairs in (("gender", a.gender), ("age", a.age), ("city", a.city),
                       ("spending", a.spending), ("source", a.source)):
        found.append(Table(f"audience.{key}", t(f"audience.{key}"), [
            (t(f"audience.{key}"), "text"), (t("count"), "int")],
            [[t.value(v, key), n] for v, n in pairs]))
    found.append(Table("tags", t("tags"), [(t("tags.tag"), "text"), (t("count"), "int")],
                       [[v, n] for v, n in a.tags]))
    return found


def referrals(d: Dashboard, t: Text) -> Table:
    return Table("referrals", t("referrals"), [
        (t("referrals.member"), "text"), (t("slipping.id"), "int"),
        (t("referrals.referred"), "int"), (t("referrals.all_time"), "int")],
        [[r.name, r.member_id, r.referred, r.all_time] for r in d.referrals.top])


def slipping(d: Dashboard, t: Text) -> Table:
    s = d.slipping
    return Table("slipping", t("slipping"), [
        (t("slipping.id"), "int"), (t("slipping.member"), "text"), (t("slipping.last"), "text"),
        (t("slipping.days"), "int"), (t("slipping.actions"), "int")],
        [[m.member_id, m.name, m.last_at[:16].replace("T", " "), m.days_silent, m.actions]
         for m in s.members],
        t("slipping.total", count=f"{s.count:,}", shown=f"{len(s.members):,}"))


def people(d: Dashboard, t: Text) -> Table:
    """Per community: rank, its top speaker and inviter of that rank side by side."""
    rows: list[list[object]] = []
    for c in (d.people.communities if d.people else []):
        for rank in range(max(len(c.speakers), len(c.inviters))):
            s = c.speakers[rank] if rank < len(c.speakers) else None
            i = c.inviters[rank] if rank < len(c.inviters) else None
            rows.append([c.community, rank + 1, s.name if s else None,
                         s.member_id if s else None, s.count if s else None,
                         i.name if i else None, i.member_id if i else None,
                         i.count if i else None])
    return Table("people", t("people"), [
        (t("people.community"), "text"), (t("people.rank"), "int"),
        (t("people.speakers"), "text"), (t("slipping.id"), "int"),
        (t("people.messages"), "int"), (t("people.inviters"), "text"),
        (t("slipping.id"), "int"), (t("people.invitations"), "int")], rows,
        "" if rows else t("no_activity"))


def hours(d: Dashboard, t: Text) -> Table:
    """The 7 x 24 grid: a row per weekday (Monday first), a column per hour, a total."""
    grid = d.hours.grid if d.hours else [[0] * 24 for _ in range(7)]
    rows: list[list[object]] = [[t(f"weekday.{day}"), *grid[day], sum(grid[day])]
                                for day in range(7)]
    return Table("hours", t("hours"), [(t("hours.weekday"), "text")]
                 + [(f"{h:02d}", "int") for h in range(24)] + [(t("hours.total"), "int")],
                 rows, "" if any(sum(r) for r in grid) else t("no_activity"))


def honours(d: Dashboard, t: Text) -> Table:
    rows: list[list[object]] = []
    for h in (d.honours.honours if d.honours else []):
        for holder in h.listed:
            rows.append([h.name, h.community or t("honours.all"), holder.name,
                         holder.member_id, holder.granted_at[:10]])
    notes = [t("honours.more", count=f"{h.holders:,}", shown=f"{len(h.listed):,}") + f" ({h.name})"
             for h in (d.honours.honours if d.honours else []) if h.holders > len(h.listed)]
    if not rows:
        notes = [t("honours.none")]
    return Table("honours", t("honours"), [
        (t("honours.honour"), "text"), (t("honours.community"), "text"),
        (t("honours.member"), "text"), (t("slipping.id"), "int"),
        (t("honours.granted"), "text")], rows, "; ".join(notes))


#: The glossary's metrics, in the dashboard's order.
GLOSSARY_KEYS = ["members", "new_members", "active", "conversion", "revenue", "attendance",
                 "growth", "activity", "retention", "funnel", "sources", "audience", "tags",
                 "referrals", "people", "hours", "honours", "slipping"]


def glossary(d: Dashboard, t: Text) -> Table:
    """One written definition per metric (``d`` unused: the same for every dashboard)."""
    titles = {key: t("kpi." + key) for key in
              ("members", "new_members", "active", "conversion", "revenue", "attendance")}
    return Table("glossary", t("glossary"), [
        (t("glossary.metric"), "text"), (t("glossary.definition"), "text")],
        [[titles.get(key) or t(key), t.define(key)] for key in GLOSSARY_KEYS])


def kpis(d: Dashboard, t: Text) -> Table:
    rows = []
    for k in d.kpis:
        value, previous = k.value, k.previous
        kind = {"rate": "rate", "fen": "yuan"}.get(k.unit, "int")
        if k.unit == "fen":
            value = yuan(int(value)) if value is not None else None
            previous = yuan(int(previous)) if previous is not None else None
        rows.append([t("kpi." + k.key), value, previous, k.change, kind])
    return Table("kpi", t("kpi"), [
        (t("kpi.metric"), "text"), (t("kpi.value"), "mixed"), (t("kpi.previous"), "mixed"),
        (t("kpi.change"), "rate")], rows)


def all_tables(d: Dashboard, t: Text) -> list[Table]:
    """Every table, in the order of the dashboard (KPIs first)."""
    return [kpis(d, t), growth(d, t), activity(d, t), retention(d, t), funnel(d, t),
            sources(d, t), attendance(d, t), events(d, t), revenue(d, t), *audience(d, t),
            referrals(d, t), people(d, t), hours(d, t), honours(d, t), slipping(d, t),
            glossary(d, t)]


def tables_for(key: str, d: Dashboard, t: Text) -> list[Table]:
    """The data behind chart ``key`` (see ``exports.charts.CHARTS``)."""
    if key == "attendance":
        return [attendance(d, t), events(d, t)]
    if key == "audience":
        return audience(d, t)[:5]
    if key == "tags":
        return audience(d, t)[5:]
    makers = {"growth": growth, "activity": activity, "retention": retention, "funnel": funnel,
              "sources": sources, "revenue": revenue, "referrals": referrals,
              "people": people, "hours": hours, "honours": honours,
              "slipping": slipping, "kpi": kpis, "glossary": glossary}
    return [makers[key](d, t)]
