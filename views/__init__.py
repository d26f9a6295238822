"""Qt widgets: one package per tab, plus the pieces they share."""
