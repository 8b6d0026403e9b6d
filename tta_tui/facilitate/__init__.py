"""``tta facilitate``: the facilitators' console (alerts, active sessions, messages, pauses)."""
