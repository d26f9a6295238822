"""The reminders: what is coming up (a list, the status-bar line) and the notifications."""
