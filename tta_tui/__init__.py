"""TTA's terminal client (Textual): the player's app (:mod:`tta_tui.app`, command ``tta``) and
the facilitator console (:mod:`tta_tui.facilitate`, ``tta facilitate``). It speaks to a server
only through :class:`tta_tui.net.Link` and imports nothing of the server but its protocol package
(``tta_server.protocol``)."""
