"""The checklists tab."""
