"""Materials (物料): the reusable library with stock, checklists and their items, and
checklist templates (built-in and saved).
"""
