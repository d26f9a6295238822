from models.core.changes import EVERYTHING, Change


def test_touches_and_union():
    members = Change.of("members", ids=[3, 4])
    events = Change.of("events")
    assert members.touches("members", "tags") and not members.touches("events")
    both = members | events
    assert both.touches("events") and both.ids == {3, 4}
    assert EVERYTHING.touches("anything")
