"""A frame said with no word of risk: the one shape of the screen's ordinary-frame guards.

Pride (``proud``), harsh words about oneself (``self_criticism``), missing home (``homesick``),
going home to someone (``going_home``), a game act paced by the breath and the story's task
offered (``game_acts``) each lower or skip the learned signals on a message that says its frame
and none of its risk words: a rule's verdict is never lowered by them. :func:`framed` is that
test.
"""

from __future__ import annotations

import re


def framed(
    said: str, frames: tuple[re.Pattern[str], ...], risks: tuple[re.Pattern[str], ...]
) -> bool:
    """Whether normalised ``said`` matches every one of ``frames`` and none of ``risks``."""
    return all(f.search(said) for f in frames) and not any(r.search(said) for r in risks)
