"""The analytics tab."""
