"""The roster tab."""
