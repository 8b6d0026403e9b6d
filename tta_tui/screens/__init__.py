"""The client's screens: log in, characters, the character form, worlds, the story, help, errors
and the crisis panel. Each takes plain data and posts messages; :class:`tta_tui.app.TTAApp` does
the network work and moves between them."""
