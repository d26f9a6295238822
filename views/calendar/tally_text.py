"""How many events an export or import carried, counted as people count them: "1 series,
8 occurrences" (1 个系列，共 8 场), never "2 events" for one weekly series with an edited
evening. The counting is ``models.events.series_tally``; this words it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from models.events.series_tally import EventTally

translate = QCoreApplication.translate


def tally_text(t: EventTally) -> str:
    """"3 events; 1 series, 8 occurrences; 1 series with no end" in the user's language."""
    if t.empty:
        return translate("EventTally", "no events")
    parts = []
    if t.singles:
        parts.append(translate("EventTally", "1 event") if t.singles == 1 else
                     translate("EventTally", "{n} events").format(n=t.singles))
    ending = t.series - t.endless
    if ending:
        series = (translate("EventTally", "1 series") if ending == 1 else
                  translate("EventTally", "{n} series").format(n=ending))
        occurrences = (translate("EventTally", "1 occurrence") if t.occurrences == 1 else
                       translate("EventTally", "{n} occurrences").format(n=t.occurrences))
        parts.append(translate("EventTally", "{series}, {occurrences}").format(
            series=series, occurrences=occurrences))
    if t.endless:
        parts.append(translate("EventTally", "1 series with no end") if t.endless == 1 else
                     translate("EventTally", "{n} series with no end").format(n=t.endless))
    return translate("EventTally", "; ").join(parts)
