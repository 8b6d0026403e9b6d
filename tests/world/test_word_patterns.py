"""The world's word patterns: whole words only, and each compiled once per process."""

import re

from tta_server.world.word_patterns import leading_words, whole_words


def test_whole_words_match_only_whole_words() -> None:
    bell = whole_words("bell", re.IGNORECASE)
    assert bell.sub(" ", "ring the Bell, bellows and all") == "ring the  , bellows and all"
    assert whole_words("fog bell").search("the fog bell rings") is not None
    assert whole_words("fog bell").search("the fog bells ring") is None
    assert whole_words("a.b").search("axb") is None  # the phrase is literal, never a regex


def test_leading_words_only_at_the_start() -> None:
    page = leading_words("page", re.IGNORECASE)
    assert page.sub(" ", "  Page like a friend") == "  like a friend"
    assert page.sub(" ", "the page") == "the page"
    assert page.sub(" ", "pages") == "pages"


def test_a_pattern_is_compiled_once() -> None:
    assert whole_words("lantern", re.IGNORECASE) is whole_words("lantern", re.IGNORECASE)
    assert leading_words("lantern") is leading_words("lantern")
    assert whole_words("lantern") is not whole_words("lantern", re.IGNORECASE)
