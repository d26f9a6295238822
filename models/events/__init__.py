"""Events (活动): the calendar's rows, repeating series and their occurrences, registrations,
check-in, outcomes, 接龙 sign-ups, reminders and merging an imported calendar.
"""
