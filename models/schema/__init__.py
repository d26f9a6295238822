"""The workspace's format: the numbered migrations that bring an older file up to date.
"""
