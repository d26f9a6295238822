"""File > Import Members: the wizard, step by step (``wizard.py``)."""
