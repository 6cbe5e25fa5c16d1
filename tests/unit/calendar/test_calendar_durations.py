"""ISO 8601 durations and month arithmetic."""

import datetime as dt

import pytest

from tracker.calendar import DeadlineError, Duration, add_months
from tracker.calendar.durations import first_occurrence_on_or_after, occurrence

D = dt.date


@pytest.mark.parametrize(
    ("text", "months", "days", "words"),
    [
        ("P1Y", 12, 0, "every year"),
        ("P2Y", 24, 0, "every 2 years"),
        ("P4M", 4, 0, "every 4 months"),
        ("P1M", 1, 0, "every month"),
        ("P120D", 0, 120, "every 120 days"),
        ("P2W", 0, 14, "every 14 days"),
        ("P1Y6M", 18, 0, "every 18 months"),
        ("p3m", 3, 0, "every 3 months"),
    ],
)
def test_parse(text, months, days, words):
    duration = Duration.parse(text)
    assert (duration.months, duration.days) == (months, days)
    assert duration.describe() == words


@pytest.mark.parametrize("text", ["", "P", "1Y", "P0D", "PT6H", "P1.5Y", "every year", "P-1Y"])
def test_parse_rejects(text):
    with pytest.raises(DeadlineError):
        Duration.parse(text)


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (D(2023, 10, 31), 4, D(2024, 2, 29)),  # leap year
        (D(2022, 10, 31), 4, D(2023, 2, 28)),
        (D(2024, 1, 31), 1, D(2024, 2, 29)),
        (D(2024, 2, 29), 12, D(2025, 2, 28)),
        (D(2024, 2, 29), 48, D(2028, 2, 29)),
        (D(2024, 8, 31), 4, D(2024, 12, 31)),
        (D(2024, 11, 30), 3, D(2025, 2, 28)),
        (D(2024, 12, 15), 1, D(2025, 1, 15)),
        (D(2024, 5, 31), -3, D(2024, 2, 29)),
    ],
)
def test_add_months_clamps_to_month_end(start, months, expected):
    assert add_months(start, months) == expected


def test_occurrences_are_counted_from_the_anchor_not_chained():
    every = Duration.parse("P4M")
    anchor = D(2023, 10, 31)
    assert [occurrence(anchor, every, k) for k in (1, 2, 3, 4)] == [
        D(2024, 2, 29), D(2024, 6, 30), D(2024, 10, 31), D(2025, 2, 28),
    ]


@pytest.mark.parametrize(
    ("anchor", "every", "day", "expected"),
    [
        (D(2020, 1, 1), "P120D", D(2020, 1, 1), (1, D(2020, 4, 30))),
        (D(2020, 1, 1), "P120D", D(2020, 4, 30), (1, D(2020, 4, 30))),
        (D(2020, 1, 1), "P120D", D(2020, 5, 1), (2, D(2020, 8, 28))),
        (D(1990, 3, 31), "P1Y", D(2024, 4, 1), (35, D(2025, 3, 31))),
        (D(2000, 1, 31), "P4M", D(2030, 6, 1), (92, D(2030, 9, 30))),
    ],
)
def test_first_occurrence_on_or_after(anchor, every, day, expected):
    assert first_occurrence_on_or_after(anchor, Duration.parse(every), day) == expected


@pytest.mark.parametrize("every", ["P1M", "P4M", "P1Y", "P2Y", "P120D", "P1M10D", "P7D"])
def test_first_occurrence_matches_a_plain_walk(every):
    duration = Duration.parse(every)
    anchor = D(2019, 1, 31)
    for offset in range(0, 3000, 37):
        day = anchor + dt.timedelta(days=offset)
        k = 1
        while occurrence(anchor, duration, k) < day:
            k += 1
        assert first_occurrence_on_or_after(anchor, duration, day) == (
            k, occurrence(anchor, duration, k)
        )


@pytest.mark.parametrize(
    ("duration", "words"),
    [(Duration(days=1), "every day"), (Duration(days=2), "every 2 days"),
     (Duration(months=1, days=2), "every month and 2 days"),
     (Duration(months=24, days=1), "every 2 years and day")],
)
def test_durations_in_words(duration, words):
    assert duration.describe() == words
