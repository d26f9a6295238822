"""Paper for the door: attendee sign-in sheets, badge sheets and tickets, painted with Qt's
own printing (``QPdfWriter``, ``QPainter``) so their text stays text in the PDF."""
