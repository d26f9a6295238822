"""File > Import Orders…: a shop's order export, previewed and imported (``dialog``)."""
