"""A year in which something is to be done is due at its end (``deadlines._DeadlineFinder.done_in``): one
that a body's meeting, an appraisal or an appointment is timed by, or one set off between a request's
addressee and the infinitive it times; not a year that what is authorized falls in."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.parsing.texts import deadline_dicts


@pytest.mark.parametrize(("text", "adopted_on", "expected"), [
    # A/HRC/RES/56/12 4 (and 47/20, 50/22, 53/20 4: each year's Social Forum)
    ("Decides that the Social Forum will meet for two working days in 2025, in Geneva, on dates suitable for "
     "the participation of representatives of States Members of the United Nations", dt.date(2024, 7, 11),
     {"date": "2025-12-31", "precision": "year"}),
    # A/RES/64/293 6
    ("Decides to appraise in 2013 the progress achieved in the implementation of the Plan of Action, and "
     "requests the Secretary-General to take all necessary measures in that regard;", dt.date(2010, 7, 30),
     {"date": "2013-12-31", "precision": "year"}),
    # A/RES/32/197 4
    ("Invites the Secretary-General to appoint a Director-General for Development and International Economic "
     "Co-operation as soon as possible, preferably during the first quarter of 1978;", dt.date(1977, 12, 20),
     {"date": "1978-03-31", "precision": "quarter"}),
    # A/RES/79/277 5
    ("Requests the President of the General Assembly, in 2025, to appoint two co-facilitators to lead the "
     "intergovernmental negotiations;", dt.date(2025, 3, 3), {"date": "2025-12-31", "precision": "year"}),
    # A/RES/78/51 4: the year set off right after the infinitive it times
    ("Urges the Conference on Disarmament to adopt, in 2024, a comprehensive and balanced programme of "
     "work that includes the commencement of negotiations", dt.date(2023, 12, 4),
     {"date": "2024-12-31", "precision": "year"}),
    # A/RES/49/122 11 (b)
    ("Requests the Commission on Sustainable Development: (a) To make arrangements for monitoring and "
     "reviewing the implementation of the provisions agreed upon in the Programme of Action; (b) To carry "
     "out, in 1996, an initial review of the progress achieved and steps taken to implement the Programme "
     "of Action;", dt.date(1994, 12, 19), {"date": "1996-12-31", "precision": "year"}),
    # A/RES/56/255 5
    ("Decides to resume its consideration of the reports of the Secretary-General on the estimates in "
     "respect of which the Security Council is seized9 in March 2002;", dt.date(2001, 12, 24),
     {"date": "2002-03-31", "precision": "month"}),
    # A/RES/59/25 16: a year's first part is its first half
    ("Requests the Secretary-General to convene, pursuant to article 36 of the Agreement, a one-week review "
     "conference in the first part of 2006, with a view to assessing the effectiveness of the Agreement",
     dt.date(2004, 11, 17), {"date": "2006-06-30", "precision": "half"}),
    # A/RES/80/108 1 (77/242 1 the same for 2025): a verb of convening across a long name and its subtitle
    ("Decides to convene the high-level 2028 United Nations Conference to Support the Implementation of "
     "Sustainable Development Goal 14: Conserve and sustainably use the oceans, seas and marine resources "
     "for sustainable development in the Republic of Korea, in June 2028, to support the implementation "
     "of Sustainable Development Goal 14;", dt.date(2025, 12, 9),
     {"date": "2028-06-30", "precision": "month"}),
    # A/RES/69/237 3
    ("Requests the Secretary-General to provide an update, in 2016, on progress made in building capacity "
     "for evaluation", dt.date(2014, 12, 19), {"date": "2016-12-31", "precision": "year"}),
    # A/RES/74/125 53 (76/138 59, 77/190 64 the same for 2022, 2023)
    ("Requests the Secretary-General to provide all necessary support to the Open-ended Working Group on "
     "Ageing for the organization of its eleventh session, of four days, in April 2020, with the provision "
     "of conference services", dt.date(2019, 12, 18), {"date": "2020-04-30", "precision": "month"}),
    # A/RES/48/12 9: the recommendations are made to the segment in that year
    ("Requests the Commission on Narcotic Drugs, with the support of the United Nations International Drug "
     "Control Programme and in cooperation with the International Narcotics Control Board, to monitor and "
     "evaluate action at the national and international level in implementing the international drug control "
     "instruments, with a view to identifying areas of satisfactory progress and weakness, and to recommend "
     "to the high-level segment of the Economic and Social Council in 1995 appropriate adjustments of drug "
     "control activities whenever required;", dt.date(1993, 10, 28),
     {"date": "1995-12-31", "precision": "year"}),
    # A/HRC/RES/38/3 31 (adopted 5 July 2018): the year in which the Council takes the matter up again
    ("Decides to continue its consideration of the matter in 2018, in accordance with its annual programme "
     "of work.", dt.date(2018, 7, 5), {"date": "2018-12-31", "precision": "year"}),
])
def test_a_year_something_is_done_in(text, adopted_on, expected):
    assert deadline_dicts(text, "GA", 79, adopted_on) == [{"kind": "date", **expected}]


@pytest.mark.parametrize("text", [
    # A/RES/80/246 6: when cash may be used, not a due date
    "Should the provision in paragraph 1 above prove inadequate to meet the purposes normally related to the "
    "Working Capital Fund, the Secretary-General is authorized to utilize, in 2026, cash from special funds",
    # E/RES/2024/15 3: the year of the session after which the Assembly is invited to consider
    "Invites the General Assembly, following the discussion at the twenty-first session of the Forum, in "
    "2026, to consider appropriate resourcing of the Forum secretariat",
    # A/RES/75/131 7: the year of reports others compile, past a long name, not the Secretary-General's
    "Invites the Secretary-General to inform the General Assembly about the implementation of the "
    "United Nations "
    "Decade of Healthy Ageing (2021–2030), on the basis of the triennial reports to be compiled by the World "
    "Health Organization in 2023, 2026 and 2029.",
])
def test_no_year_due(text):
    assert [d for d in deadline_dicts(text, "GA", 80, dt.date(2025, 12, 1)) if d["kind"] == "date"] == []


def test_the_year_of_a_session_no_calendar_numbers():
    """E/RES/2015/33 51: the Forum's next session, which no calendar dates, is held in the year written after
    it (a numbered session's year is not read again: "at its thirtieth session, in 2027")."""
    dicts = deadline_dicts("Requests the Forum to hold its next session in 2017;", "ECOSOC", 2015,
                           dt.date(2015, 7, 22))
    assert [d for d in dicts if d["kind"] == "date"] == [
        {"kind": "date", "date": "2017-12-31", "precision": "year"}]


def test_the_year_of_what_a_noun_says_is_required():
    """A/RES/68/265 18: the years of the resources a noun says are required (the budgets they are for), not
    when the estimate is to be provided (7fdfda8 read "provide … in 2016" as due by the end of 2016)."""
    text = ("Also requests the Secretary-General to provide a full estimate of and rationale for the "
            "financial resources required for mobility in 2016 and 2017, including requests for any "
            "additional geographic moves necessary to achieve the strategic objectives of mobility, in his "
            "regular and peacekeeping-related budget requests over the course of that period;")
    assert deadline_dicts(text, "GA", 68, dt.date(2014, 4, 9)) == []


@pytest.mark.parametrize(("text", "adopted_on", "expected"), [
    # A/RES/80/107 12: the next October after the adoption (9 December 2025)
    ("Decides to include in the provisional agenda of its eighty-first session, under the item entitled "
     "“Oceans and the law of the sea”, the sub-item entitled “Agreement under the United Nations Convention "
     "on the Law of the Sea on the Conservation and Sustainable Use of Marine Biological Diversity of Areas "
     "beyond National Jurisdiction”, and to hold the informal consultations concerning the resolution on the "
     "Agreement for one day in October.", dt.date(2025, 12, 9), "2026-10-31"),
    # A/RES/80/109 292 (71/123 227, 73/125 242, 74/18 249, 77/118 265, 78/68 275)
    ("Notes the desire to further improve the efficiency of and the effective participation of delegations "
     "in the informal consultations concerning the annual General Assembly resolution on sustainable "
     "fisheries, decides that the informal consultations on this resolution will be held in a single round "
     "of consultations in November for a period of seven days, requests the Secretary-General to provide "
     "support to the consultations through the Division", dt.date(2025, 12, 9), "2026-11-30"),
])
def test_a_month_without_its_year(text, adopted_on, expected):
    dates = [d for d in deadline_dicts(text, "GA", 80, adopted_on) if d["kind"] == "date"]
    assert dates == [{"kind": "date", "date": expected, "precision": "month"}]


@pytest.mark.parametrize("text", [
    # A/RES/73/301 11: the meeting's month; the summary follows it
    "Further requests the President of the General Assembly, with support from the United Nations Children’s "
    "Fund, to prepare a summary of the high-level meeting in November and to bring the summary to the "
    "attention of Member States",
    # A/RES/75/193 37: a month of each year
    "Requests the International, Impartial and Independent Mechanism to submit an annual report to the "
    "General Assembly, starting at its seventy-fifth session, on the implementation of its mandate while "
    "preserving the confidential nature of its substantive work, in time for the annual presentation of the "
    "report by the Head of the Mechanism in April at a plenary meeting of the Assembly under the agenda item "
    "entitled “Prevention of armed conflict”;",
])
def test_no_month_due(text):
    assert [d for d in deadline_dicts(text, "GA", 80, dt.date(2019, 6, 27)) if d["kind"] == "date"] == []
