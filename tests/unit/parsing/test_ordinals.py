"""Ordinal session numbers through text2num, first to one hundred and twentieth and beyond."""

import pytest

from tracker.parsing.ordinals import ordinal_to_int

UNITS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
TEENS = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
         "seventeenth", "eighteenth", "nineteenth"]
TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
TENTHS = ["twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth",
          "eightieth", "ninetieth"]


def english_ordinals() -> list[str]:
    """Index i holds the words for i + 1, spelled as UN documents spell them."""
    words = UNITS + TEENS
    for tens, tenth in zip(TENS, TENTHS, strict=True):
        words.append(tenth)
        words += [f"{tens}-{unit}" for unit in UNITS]
    words.append("one hundredth")
    words += [f"one hundred and {w}" for w in words[:25]]
    return words


ENGLISH = english_ordinals()


def test_table_is_what_it_claims():
    assert len(ENGLISH) == 125
    assert ENGLISH[72] == "seventy-third" and ENGLISH[119] == "one hundred and twentieth"


@pytest.mark.parametrize("number", range(1, 126))
def test_english_ordinals(number):
    assert ordinal_to_int(ENGLISH[number - 1]) == number


@pytest.mark.parametrize(
    ("words", "lang", "number"),
    [
        ("soixante-treizième", "fr", 73),
        ("quatre-vingtième", "fr", 80),
        ("premier", "fr", 1),
        ("cent vingtième", "fr", 120),
        ("septuagésimo tercer", "es", 73),
        ("septuagésimo tercero", "es", 73),
        ("octogésimo primer", "es", 81),
        ("primer", "es", 1),
        ("quincuagésimo quinto", "es", 55),
        ("centésimo vigésimo", "es", 120),
    ],
)
def test_french_and_spanish(words, lang, number):
    assert ordinal_to_int(words, lang) == number
    assert ordinal_to_int(words) == number  # the language is found without a hint


@pytest.mark.parametrize("words", ["73rd", " 80th ", "55e"])
def test_digits(words):
    assert ordinal_to_int(words) == int("".join(c for c in words if c.isdigit()))


@pytest.mark.parametrize("words", ["", "session", "the next", "banana"])
def test_not_ordinals(words):
    assert ordinal_to_int(words) is None


@pytest.mark.parametrize("tens", TENS)
def test_tens_written_together_with_the_units(tens):
    # "at its fortysixth session" (A/RES/45/248), "the twentythird session" (A/RES/2345)
    for n, unit in enumerate(UNITS, start=1):
        assert ordinal_to_int(f"{tens}{unit}", "en") == (TENS.index(tens) + 2) * 10 + n
