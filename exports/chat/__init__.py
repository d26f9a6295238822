"""Chat record exports read into plain records (``records``): one module per format, and
``detect`` choosing among them from the content. Nothing here writes the workspace; the
chat import (``models/imports/chat_import.py``) matches the people and writes."""
