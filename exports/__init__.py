"""File formats both ways (xlsx, csv, ics, charts). No widgets: the CLI uses it too."""
