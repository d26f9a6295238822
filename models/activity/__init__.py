"""What members do: the identities they are known by, interactions logged by hand, and
the points rules and honours every newly written activity goes through (``intake``)."""
