"""Resolutions cited in lists: every symbol of the list, each with the body that adopted it."""

from __future__ import annotations

import pytest

from tracker.parsing.references import find_references


@pytest.mark.parametrize(("text", "body", "expected"), [
    ("Recalling its resolutions 51/1 of 15 October 1996 and 71/19 of 21 November 2016,", "GA",
     ["A/RES/51/1", "A/RES/71/19"]),
    ("Recalling its resolutions 70/1 of 25 September 2015, 71/313 of 6 July 2017 and 72/279 of "
     "31 May 2018,", "GA", ["A/RES/70/1", "A/RES/71/313", "A/RES/72/279"]),
    ("Reaffirming its resolutions 70/1, 71/313 and 72/279,", "GA",
     ["A/RES/70/1", "A/RES/71/313", "A/RES/72/279"]),
    ("Recalling Security Council resolutions 1325 (2000), 1820 (2008) and 2467 (2019),", "GA",
     ["S/RES/1325 (2000)", "S/RES/1820 (2008)", "S/RES/2467 (2019)"]),
    ("Recalling its resolutions 1325 (2000), 1820 (2008) and 2467 (2019),", "SC",
     ["S/RES/1325 (2000)", "S/RES/1820 (2008)", "S/RES/2467 (2019)"]),
    ("Recalling Human Rights Council resolutions 48/13 and 52/23,", "GA",
     ["A/HRC/RES/48/13", "A/HRC/RES/52/23"]),
    ("Recalling its resolutions 48/13 of 8 October 2021 and 52/23 of 4 April 2023,", "HRC",
     ["A/HRC/RES/48/13", "A/HRC/RES/52/23"]),
    ("Recalling General Assembly resolutions 60/251 of 15 March 2006, 65/281 of 17 June 2011 and "
     "74/211,", "HRC", ["A/RES/60/251", "A/RES/65/281", "A/RES/74/211"]),
    ("Recalling its resolutions 2019/15 and 2020/9,", "ECOSOC", ["E/RES/2019/15", "E/RES/2020/9"]),
    ("Recalling its resolutions 57/270 B of 23 June 2003 and 60/1 of 16 September 2005,", "GA",
     ["A/RES/57/270 B", "A/RES/60/1"]),
    ("Recalling its resolution 64/299 of 17 September 2010 and resolution 67/290 of 9 July 2013,",
     "GA", ["A/RES/64/299", "A/RES/67/290"]),
])
def test_every_resolution_of_a_list(text, body, expected):
    assert find_references(text, body=body) == expected
