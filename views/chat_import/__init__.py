"""File > Import Chat Records: a wizard from a group chat's export to activities."""
