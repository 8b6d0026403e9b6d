"""The crisis resources file and its loader: the shipped numbers, lookup, problems, presentation.

The exact numbers below are asserted on purpose: a change to any of them must be a deliberate
edit of both the data file and this test, after checking the service's own website.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tta_server.characters import COUNTRY_CODES
from tta_server.safety.resources import (
    INTERNATIONAL,
    RESOURCES_FILE,
    CountryResources,
    ResourceBook,
    ResourcesError,
    as_dict,
    as_text,
    checkin_text,
    load_resources,
)

BOOK = load_resources(RESOURCES_FILE)

# code: (emergency, [(contact, how)] that must be among its lines)
REQUIRED: dict[str, tuple[str, list[tuple[str, str]]]] = {
    "US": ("911", [("988", "call or text"), ("741741", "text")]),
    "GB": ("999", [("116 123", "call"), ("85258", "text")]),
    "IE": ("112 or 999", [("116 123", "call"), ("50808", "text")]),
    "CA": ("911", [("988", "call or text")]),
    "AU": ("000", [("13 11 14", "call")]),
    "DE": ("112", [("0800 111 0 111 or 0800 111 0 222", "call")]),
    "ES": ("112", [("024", "call")]),
    "NZ": ("111", [("1737", "call or text")]),
    "FR": ("112", [("3114", "call")]),
}


def contacts(r: CountryResources) -> list[tuple[str, str]]:
    return [(line.contact, line.how) for line in r.lines]


# -- the shipped file -----------------------------------------------------------------------------
def test_the_shipped_file_loads_and_says_when_it_was_checked() -> None:
    assert isinstance(BOOK, ResourceBook)
    header = RESOURCES_FILE.read_text(encoding="utf-8").split("\n[", 1)[0]
    assert "Last checked: 2026-11-27" in header
    assert "VERIFY BEFORE EACH RELEASE" in header
    assert set(BOOK.countries) <= COUNTRY_CODES | {INTERNATIONAL}


@pytest.mark.parametrize("code", sorted(REQUIRED))
def test_every_required_country_has_its_numbers(code: str) -> None:
    emergency, lines = REQUIRED[code]
    r = BOOK.countries[code]
    assert r.code == code
    assert r.emergency == emergency
    for line in lines:
        assert line in contacts(r)
    assert all(line.hours == "24/7" for line in r.lines)


def test_the_named_services_and_keywords() -> None:
    names = {code: [line.name for line in r.lines] for code, r in BOOK.countries.items()}
    assert "988 Suicide & Crisis Lifeline" in names["US"]
    assert "Crisis Text Line" in names["US"]
    assert names["GB"] == ["Samaritans", "Shout"]
    assert "Samaritans" in names["IE"]
    assert names["CA"] == ["9-8-8 Suicide Crisis Helpline"]
    assert names["AU"] == ["Lifeline"]
    assert names["DE"] == ["TelefonSeelsorge"]
    assert names["ES"][0].startswith("Línea 024")
    assert "Need to talk?" in names["NZ"][0]
    assert "3114" in names["FR"][0]
    notes = {line.note for r in BOOK.countries.values() for line in r.lines}
    assert {"Text HOME to 741741.", "Text SHOUT to 85258.", "Text HELLO to 50808."} <= notes
    assert "You can also text 0477 13 11 14." in notes


def test_the_international_fallback() -> None:
    r = BOOK.countries[INTERNATIONAL]
    assert r.emergency == "your local emergency number (112 works from mobiles in many countries)"
    assert contacts(r) == [
        ("https://findahelpline.com", "web"),
        ("https://www.iasp.info/crisis-centres-helplines/", "web"),
    ]


# -- lookup ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("code", ["US", "us", "Us", " us "])
def test_lookup_ignores_case(code: str) -> None:
    assert BOOK.for_country(code).code == "US"


@pytest.mark.parametrize("code", [None, "", "ZZ", "zz", "XK", "USA", "international", "BR"])
def test_no_country_or_an_unknown_one_falls_back_to_international(code: str | None) -> None:
    assert BOOK.for_country(code).code == INTERNATIONAL


# -- a broken file --------------------------------------------------------------------------------
BROKEN = """
[US]
name = "United States"
emergency = "911"
[[US.lines]]
name = "988 Suicide & Crisis Lifeline"
contact = "988"
how = "phone"
hours = "24/7"
[[US.lines]]
name = "Crisis Text Line"
how = "text"
hours = ""
colour = "blue"

[GB]
name = "United Kingdom"
emergency = "999"
lines = []

[XX]
name = "Nowhere"
emergency = "1"
[[XX.lines]]
name = "x"
contact = "1"
how = "call"
hours = "24/7"

[us]
name = "lower case"

[FR]
emergency = "112"
code = "FR"
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "resources.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_broken_file_reports_every_problem_at_once(tmp_path: Path) -> None:
    with pytest.raises(ResourcesError) as caught:
        load_resources(write(tmp_path, BROKEN))
    problems = caught.value.problems
    expected = [
        r"\[US\] lines #1 how: 'phone' is not one of: call, text, call or text, web",
        r"\[US\] lines #2 contact: missing",
        r"\[US\] lines #2 hours: empty",
        r"\[US\] lines #2 colour: unknown field",
        r"\[GB\] lines: none given",
        r"\[XX\] 'XX' is not an upper-case ISO 3166-1 alpha-2 country code",
        r"\[us\] 'us' is not an upper-case",
        r"\[FR\] code: unknown field",
        r"\[international\] missing",
    ]
    for pattern in expected:
        assert any(re.search(pattern, p) for p in problems), (pattern, problems)
    assert len(problems) == len(expected), problems
    assert all(p.startswith("[") for p in problems)  # the caller names the file
    assert "Traceback" not in str(caught.value)
    assert str(len(expected)) in str(caught.value)


def test_missing_fields_of_a_country_are_each_named(tmp_path: Path) -> None:
    text = '[international]\nname = "International"\n[[international.lines]]\nname = "x"\n'
    with pytest.raises(ResourcesError) as caught:
        load_resources(write(tmp_path, text))
    assert sorted(caught.value.problems) == [
        "[international] emergency: missing",
        "[international] lines #1 contact: missing",
        "[international] lines #1 hours: missing",
        "[international] lines #1 how: missing",
    ]


@pytest.mark.parametrize(
    "text", ["[US\nname = 1", "US = 3\n", ""], ids=["not-toml", "not-a-table", "empty"]
)
def test_unreadable_or_empty_files_are_one_clear_problem(tmp_path: Path, text: str) -> None:
    with pytest.raises(ResourcesError) as caught:
        load_resources(write(tmp_path, text))
    assert caught.value.problems
    assert all("Traceback" not in p for p in caught.value.problems)


def test_a_missing_file_is_a_problem_not_a_traceback(tmp_path: Path) -> None:
    with pytest.raises(ResourcesError, match="cannot be read"):
        load_resources(tmp_path / "nope.toml")


def test_a_minimal_file_loads(tmp_path: Path) -> None:
    text = (
        '[international]\nname = "International"\nemergency = "112"\n'
        '[[international.lines]]\nname = "A"\ncontact = "https://a.example"\nhow = "web"\n'
        'hours = "any time"\n'
    )
    book = load_resources(write(tmp_path, text))
    assert book.for_country("GB").lines[0].name == "A"


# -- presentation ---------------------------------------------------------------------------------
def test_as_text_puts_the_emergency_number_first() -> None:
    assert as_text(BOOK.for_country("US")) == [
        "If you are in immediate danger, call 911 now.",
        "988 Suicide & Crisis Lifeline: call or text 988 (24/7).",
        "Crisis Text Line: text 741741 (24/7). Text HOME to 741741.",
    ]
    assert as_text(BOOK.for_country("GB"))[:2] == [
        "If you are in immediate danger, call 999 now.",
        "Samaritans: call 116 123 (24/7). Free from any phone.",
    ]
    web = as_text(BOOK.for_country(None))
    assert web[0].startswith("If you are in immediate danger, call your local emergency number")
    assert web[1].startswith("Find A Helpline: visit https://findahelpline.com (any time).")


def test_the_checkin_offers_someone_to_talk_to_first_and_the_emergency_number_last() -> None:
    """A concern ("a bit lonely since I retired") met the emergency number as its first line,
    which read as over the top (newcomer 18): the check-in leads with the helplines."""
    assert checkin_text(BOOK.for_country("GB"))[0] == (
        "Samaritans: call 116 123 (24/7). Free from any phone."
    )
    for code in BOOK.countries:
        lines = checkin_text(BOOK.for_country(code))
        assert lines[-1].startswith("If you are ever in immediate danger, call ")
        assert sorted(lines) == sorted([*as_text(BOOK.for_country(code))[1:], lines[-1]]), (
            "the same lines as the crisis panel's"
        )


@pytest.mark.parametrize("code", sorted(BOOK.countries))
def test_every_table_reads_as_short_plain_sentences(code: str) -> None:
    lines = as_text(BOOK.countries[code])
    assert len(lines) == 1 + len(BOOK.countries[code].lines)
    assert BOOK.countries[code].emergency in lines[0]
    for line in lines:
        assert line.endswith(".") and len(line) < 160, line
        assert not re.search(r"[*#<>`\[\]{}]|None", line), line


def test_as_dict_is_json_ready() -> None:
    data = as_dict(BOOK.for_country("ie"))
    assert json.loads(json.dumps(data)) == data
    assert data["code"] == "IE" and data["emergency"] == "112 or 999"
    assert data["lines"][1] == {
        "name": "Text About It (50808)",
        "contact": "50808",
        "how": "text",
        "hours": "24/7",
        "note": "Text HELLO to 50808.",
    }
    assert set(data) == {"code", "name", "emergency", "lines"}
