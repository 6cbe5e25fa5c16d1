"""The fast forms of the parser's regexes find exactly what the plain forms find."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from tracker.parsing.deadlines import (
    _FOUR_DIGITS,
    _OWN_SUBJECT,
    _OWN_SUBJECT_LOWER,
    _RECURRING_LOWER,
    _RECURRING_RE,
    _RELATIVE_LOWER,
    _RELATIVE_RE,
    _SESSION_LOWER,
    _SESSION_RE,
    _SUBJECT,
    _SUBJECT_LOWER,
    _full_re,
    _has_four_digits,
    _mention_re,
    _names,
)
from tracker.parsing.gazetteer import _trie_pattern
from tracker.parsing.kinds import (
    _AGENDA_FURTHER_ON,
    _AGENDA_FURTHER_ON_LOWER,
    _AGENDA_OPENING,
    _AGENDA_OPENING_LOWER,
    _INFINITIVE,
    _MANDATE_NOUN,
    _MANDATE_NOUN_LOWER,
    _MANDATE_VERB,
    _MANDATE_VERB_LOWER,
    _REISSUED_WORDS,
    REPORT,
    _is_agenda,
    _is_report,
)
from tracker.parsing.layout import (
    _CHAR_MAP,
    _FURNITURE,
    _FURNITURE_FIRST,
    _HEADING_ONLY,
    _LABEL_ONLY,
    _NO_SPACE_JOIN,
    _TITLE_LINE,
    MARKER_RE,
    _is_furniture,
    clean_chars,
    split_markers,
    unmarked,
)
from tracker.parsing.metadata import _DOC_SYMBOL, _SYMBOL_SLASHES, _TITLE, document_symbols
from tracker.parsing.phrases import _SECONDARY
from tracker.parsing.references import _resolution_words
from tracker.parsing.regexes import after_boundary, finditer_ignoring_case, lower_case_form, reads_as_lower
from tracker.parsing.structure import _BODY_ONLY, _PART_LETTER, _ROMAN_HEADING, MEETING_END, _is_meeting_line


def texts(*pieces: str) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(pieces), max_size=14).map("".join)


@settings(max_examples=2000, deadline=None)
@given(texts("a", "B", " ", "\n", "\t", "\ue000", "\ue001", "1", "é", " \ue000", "*"))
def test_split_markers_is_the_marker_regex(text):
    expected = (MARKER_RE.sub("", text), [m.group(1) for m in MARKER_RE.finditer(text)])
    assert split_markers(text) == expected
    assert unmarked(text) == expected[0]


_PLAIN_NO_SPACE_JOIN = re.compile(r"(?<=-)(?<![ \n]-)\n(?=[^\W\d_])|(?<=[–/])\n(?=[^\W_])")


@settings(max_examples=2000, deadline=None)
@given(texts("a", " ", "\n", "-", "–", "/", "1", "é", "_", " -"))
def test_line_join_regex(text):
    assert _NO_SPACE_JOIN.sub("", text) == _PLAIN_NO_SPACE_JOIN.sub("", text)


_PLAIN_DOC_SYMBOL = re.compile(
    r"(?<![\w/])((?:A|S|E|A/HRC|A/C\.\d|E/CN\.\d+|E/C\.\d+|UNEP|TD|ST)(?:/[A-Za-z0-9.\-]+)+)"
)
_PLAIN_SECONDARY = re.compile(
    r"(?:,|;|\band)\s+(?:(?:also|further|strongly|once\s+again)\s+)?"
    r"(?:(requests|urges|calls\s+upon|calls\s+on|encourages|invites|authorizes|directs|"
    r"instructs|demands\s+that|we\s+(?:also\s+|further\s+)?(?:request|urge|call\s+upon|call\s+on|"
    r"encourage|invite))\s+"
    r"|(?i:(?:reiterates|reaffirms|renews|repeats|restates|reconfirms)\s+" + _REISSUED_WORDS + r"))"
    r"(?:also\s+|further\s+)?"
)


def _found(pattern: re.Pattern[str], text: str) -> list:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


@settings(max_examples=2000, deadline=None)
@given(texts("A", "S", "E", "/", "HRC", "C.1", "CN.5", "UNEP", "TD", "ST", "x", " ", "9", ".", "-", "_",
             "é", "L.17"))
def test_document_symbol_regex(text):
    assert _found(_DOC_SYMBOL, text) == _found(_PLAIN_DOC_SYMBOL, text)
    if not any(slash in text for slash in _SYMBOL_SLASHES):
        # document_symbols answers [] without the regex: there must be nothing to find
        assert _DOC_SYMBOL.search(text) is None
        assert document_symbols(text) == []


def test_document_symbols_of_every_lead():
    assert document_symbols("UNEP/EA.6/Res.1, TD/B/70/2, ST/SGB/2019/8 and E/CN.6/2024/L.3") == [
        "UNEP/EA.6/Res.1", "TD/B/70/2", "ST/SGB/2019/8", "E/CN.6/2024/L.3"]


@settings(max_examples=2000, deadline=None)
@given(texts("1", "2", "9", "0", "\u0663", "\u0967", "x", " ", "é", "/", "-"))
@example("\u0661\u0669\u0664\u0665")  # Arabic-Indic digits: \\d, not ASCII
def test_four_digits_without_the_regex(text):
    assert _has_four_digits(text) == (_FOUR_DIGITS.search(text) is not None)


@settings(max_examples=2000, deadline=None)
@given(texts(",", ";", "and", "a", "band", " ", "requests", "also ", "urges", "x", "_", "demands that",
             "reiterates", "Renews", "its", "the", "request", "call", "to", "upon"))
def test_secondary_verb_regex(text):
    assert _found(_SECONDARY, text) == _found(_PLAIN_SECONDARY, text)


@settings(max_examples=1000, deadline=None)
@given(texts("by", "b", "y", "before", " ", "x", "_", "1", "ab", "é"))
def test_after_boundary_is_a_word_boundary(text):
    fast = re.compile(after_boundary(["by", "before", "b"]))
    plain = re.compile(r"\b(?:by|before|b)")
    assert _found(fast, text) == _found(plain, text)


_PLAIN_RES_WORD = re.compile(
    r"\b(?:(General Assembly|Security Council|Human Rights Council|Economic and Social Council|"
    r"Council|Assembly|its)\s+)?(?:resolutions?|Resolutions?)\s+"
)


@settings(max_examples=2000, deadline=None)
@given(texts("resolution", "Resolution", "resolutions ", "s", "x", " ", "\n", "-", "_", "é", "its",
             "bits", "Council", "Human Rights Council", "General Assembly", "Assembly", "esolution"))
def test_resolution_words_are_the_plain_regex(text):
    plain = [((m.group(1) or "").lower(), m.end()) for m in _PLAIN_RES_WORD.finditer(text)]
    assert list(_resolution_words(text)) == plain


@settings(max_examples=2000, deadline=None)
@given(texts("the", "The", " ", "x", "_", "-", "é", "Commission", "Council", "Committee", "of",
             "Commission on the Status of Women", "Human Rights Council", "Working Group"))
def test_body_mention_regex(text):
    fast = _mention_re()
    plain = re.compile(fast.pattern.replace(r"|the(?<!\wthe)\s+", r"|\bthe\s+", 1))
    assert plain.pattern != fast.pattern
    assert _found(fast, text) == _found(plain, text)


#: the registry's names behind the look-behind, as ``_full_re`` wrote them before it led by their first
#: characters
_PLAIN_REGISTRY_NAMES = re.compile(rf"(?<![\w-])(?:{_trie_pattern(_names()[0])})(?![\w-])")


@settings(max_examples=500, deadline=None)
@given(texts("the", " ", "x", "_", "-", "é", "(", "H", "h", "Human Rights Council", "Human Rights Committee",
             "high-level political forum", "High-level Political Forum on Sustainable Development",
             "Commission on the Status of Women", "Commission", "UNCITRAL", "Council"))
def test_the_registry_names_led_by_their_first_characters_are_the_plain_regex(text):
    # the registry's names searched from their first characters (the engine skips to them), the
    # look-behind written after each: the same matches as the look-behind before the names
    fast, plain = _full_re(), _PLAIN_REGISTRY_NAMES
    assert not fast.pattern.startswith("(?<")
    assert _found(fast, text) == _found(plain, text)
    assert [bool(fast.match(text, k)) for k in range(len(text))] == [
        bool(plain.match(text, k)) for k in range(len(text))]


@pytest.mark.parametrize("words", [["A", "Ab", "Abc", "b-c", "(x)"], ["", "a"]])
def test_a_trie_not_after_a_class_is_the_look_behind_before_it(words):
    led = re.compile(_trie_pattern(words, not_after=r"[\w-]"))
    plain = re.compile(rf"(?<![\w-])(?:{_trie_pattern(words)})")
    for text in ("Abc", "xAbc", "-Ab", " Ab ", "A", "b-c b-c", "ab-c", "((x)", "a(x)", "Abcd", "ba a", ""):
        assert _found(led, text) == _found(plain, text), text


@settings(max_examples=500, deadline=None)
@given(texts("a", " ", "\r", "\n", "\r\n", "\u00a0", "\u2011", "\u00ad", "\ufb01", "\ufb03", "\t",
             "\ue000", "\ue001", "\u200b", "é", "f"))
def test_clean_chars_is_the_character_map(text):
    assert clean_chars(text) == text.replace("\r\n", "\n").replace("\r", "\n").translate(_CHAR_MAP)


_IGNORING_CASE = [(_AGENDA_OPENING, _AGENDA_OPENING_LOWER),
                  (_AGENDA_FURTHER_ON, _AGENDA_FURTHER_ON_LOWER), (_MANDATE_NOUN, _MANDATE_NOUN_LOWER),
                  (_MANDATE_VERB, _MANDATE_VERB_LOWER), (_SESSION_RE, _SESSION_LOWER),
                  (_RECURRING_RE, _RECURRING_LOWER), (_RELATIVE_RE, _RELATIVE_LOWER),
                  (_SUBJECT, _SUBJECT_LOWER), (_OWN_SUBJECT, _OWN_SUBJECT_LOWER)]


_REPORT_TEXTS = texts(
    "To ", "to ", "report", "Report ", "REPORTS", "brief", "shall ", "will ", "that ", "keep ",
    "the Council ",
    "Member States ", "informed", "submit ", "submitting ", "a ", "study", "views", "Include ", "in its ",
    "reports", "Inform ", "them", "and ", ";", ",", "x", "provide ", "the Committee ", "with ", "detailed ",
    "information", "who ", "é", "“", "\u017f", "\u212a")


@settings(max_examples=1000, deadline=None)
@given(_REPORT_TEXTS)
@example("that Report To ")  # the form that opens the words, which the lower-case forms match apart
@example("States that provide detailed information")  # a relative clause's, read with its first letter
def test_the_report_test_is_the_report_pattern(text):
    # the lower-case forms searched, the opening form matched at the start (kinds._is_report)
    assert _is_report(text) == (REPORT.search(text) is not None)


@settings(max_examples=1000, deadline=None)
@given(texts("To ", "to ", "report", "Report ", "REPORTS", "brief", "shall ", "will ", "that ", "keep ",
             "the Council ", "Member States ", "informed", "submit ", "submitting ", "a ", "study",
             "views", "Include ", "in its ", "reports", "Inform ", "them", "and ", ";", ",", "x",
             "at ", "its ", "next ", "Seventy-ninth ", "80th ", "2025 ", "session", "sessions",
             "regular ", "extend ", "Mandate ", "Panel ", "until ", "item ", "consideration ", "\n",
             "Every ", "two ", "years", "Annually", "within ", "30 ", "Days ", "of ", "the Adoption",
             "Requests ", "Decides ", "also ", "the Commission ", "é", "“", "’", "–", "\u017f", "\u212a",
             "\u0131"),
       st.integers(0, 6), st.integers(0, 6))
@example("and to keep Member States informed", 0, 0)  # the one upper-case word a branch needs
def test_lower_case_forms_find_what_the_case_insensitive_patterns_find(text, cut_start, cut_end):
    low = text.lower()
    pos, endpos = min(cut_start, len(text)), max(0, len(text) - cut_end)
    for pattern, form in _IGNORING_CASE:
        if reads_as_lower(text):
            assert (form.search(low) is None) == (pattern.search(text) is None)
        fast = finditer_ignoring_case(pattern, form, text, low, pos, endpos)
        plain = pattern.finditer(text, pos, endpos)
        assert [_read(m, pattern.groups) for m in fast] == [_read(m, pattern.groups) for m in plain]


#: the agenda test as one regex searched over the whole text (as it was before it was split)
_PLAIN_AGENDA = re.compile(f"{_AGENDA_OPENING.pattern}|{_AGENDA_FURTHER_ON.pattern}", re.I)


@settings(max_examples=2000, deadline=None)
@given(texts("to ", "To ", "also ", "further ", "that ", "end ", "include ", "Include ", "in ", "the ",
             "provisional ", "Provisional ", "agenda", "Agenda ", "item ", "question ", "shall ", "be ",
             "considered", "keep under review ", ";", "x", "é", "\u017f", " "))
@example("also to include in the provisional agenda")
@example("that the item shall be considered")
def test_agenda_opening_or_further_on_is_the_one_regex(text):
    assert _is_agenda(text) == (_PLAIN_AGENDA.search(text) is not None)


def _read(m, groups: int) -> tuple:
    return m.span(), *(m.group(k) for k in range(groups + 1))


def test_lower_case_form_refuses_what_it_cannot_rewrite():
    for bad in (re.compile("abc"), re.compile(r"\Sx", re.I), re.compile(r"(?P<n>a)", re.I)):
        with pytest.raises(ValueError):
            lower_case_form(bad)


@settings(max_examples=2000, deadline=None)
@given(texts(" ", "\u2003", "A/RES/78/1", "A/HRC/RES/55/8", "E/RES/2023/5", "S/RES/2727 (2024)",
             "United Nations", "Also", "Stressing", "Urges", "Encourages", "A", "S", "E", "U", "/", "2/6",
             "23-24979", "*2324979*", "1", "*", "x", "_", "-", "12", "3. Requests", " (E)"))
@example("  United Nations A/RES/78/1 ")
@example("23-24979 (E) 230124")
def test_furniture_lines_are_the_plain_test(line):
    first = line.lstrip()[:1]
    plain = first in _FURNITURE_FIRST and first != "" and _FURNITURE.match(line) is not None
    assert _is_furniture(line) == plain


_PLAIN_INFINITIVE = re.compile(
    r"(?<!order )(?<!so as )(?<!view )\bto\s+"
    r"(?!(?:the|all|its|their|his|her|a|an|this|that|these|those|any|each|be|date)\b)"
    r"(?:\w+ly\s+)?([a-z]+(?:\s+[a-z]+)?)"
)


@settings(max_examples=2000, deadline=None)
@given(texts("to ", "to", "t", "o", " ", "order ", "so as ", "view ", "in order ", "x", "_", "é", "the ",
             "submit ", "duly ", "a", "\n", "into "))
def test_infinitive_regex(text):
    assert _found(_INFINITIVE, text) == _found(_PLAIN_INFINITIVE, text)


@settings(max_examples=3000, deadline=None)
@given(texts("48", "1", "\u0664", "th", "st", "nd", " ", "\n", "\t", "\u2003", "plenary ", "meeting",
             "(resumed) ", "The ", "General Assembly", ",", "B", "B.", "I", "IV", "XVIII", ".", "(", ")",
             "viii", "a", "12", "/", "19", "ES-", "S-", "Resolution ", "(2024)", "x", "é", "Title"))
@example("48th plenary meeting")
@example("  71/19. Cooperation between the United Nations and INTERPOL")
def test_anchored_patterns_are_tried_only_where_they_can_match(text):
    """The character and length tests that spare most lines and blocks an anchored regex never
    skip one that matches (structure, layout and metadata test them before matching)."""
    assert _is_meeting_line(text) == (MEETING_END.match(text) is not None)
    first = text.lstrip()[:1]
    if _TITLE_LINE.match(text):
        assert first.isdecimal() or first in ("E", "S")
    if _TITLE.match(text):
        assert first.isdecimal() or first in ("E", "S", "R")
    if _LABEL_ONLY.match(text) or _HEADING_ONLY.match(text):
        assert len(text) <= 9
    if _PART_LETTER.match(text):
        assert len(text) <= 3
    if _ROMAN_HEADING.match(text):
        assert text[:1] in "IVXLC"
    if _BODY_ONLY.match(text):
        assert text.startswith("The ")


# --- rules tried only where their lead word or character is -----------------------------------
@settings(max_examples=3000, deadline=None)
@given(texts(",", ";", ", ", "; ", " ", "and ", "also ", "in this regard, ", "while ", "thereby ",
             "requests", "requesting ", "calls upon ", "takes note ", "looks forward ", "urges",
             "notes", "x", "_", "1", "é", "\n"))
@example(", requests; decides,, urges x")
def test_clause_separators_are_the_class_led_pattern(text):
    """``clauses`` tries its comma-and-semicolon pattern at each comma and semicolon only."""
    from tracker.parsing.kinds import _CLAUSE_SPLITS, _after_separators

    assert [(m.span(), m.groups()) for m in _after_separators(text)] == _found(_CLAUSE_SPLITS[0], text)


@settings(max_examples=3000, deadline=None)
@given(texts("until ", "Until ", "the end", "for ", "For ", "a ", "an ", "another ", "one ", "further ",
             "period of ", "two-year ", "two ", "(2) ", "more ", "years", "months", "year", "month",
             "expiring on", "expires on", " on", "31 ", "May ", "1", " ", "x", "_", "é", "-"))
@example("for a further period of one year")
@example("until 31 May")
@example("xfor two years")
def test_mandate_period_by_its_words_is_the_one_regex(text):
    from tracker.parsing.kinds import _MANDATE_PERIOD, _has_mandate_period

    assert _has_mandate_period(text) == (_MANDATE_PERIOD.search(text) is not None)


@settings(max_examples=2000, deadline=None)
@given(texts("extend ", "extends ", "renewed ", "prolong ", "until ", "for ", "2025 ", "the ", "present ",
             "mandate", "mandates ", "of ", " ", "x", "_", ",", "é"),
       st.integers(0, 40))
def test_mandate_of_needs_the_word_mandate(text, end):
    """``_primary_actors`` searches for "extends the mandate of" only where "mandate" is written
    before its end (and a "… that … shall" clause only where "that" is)."""
    from tracker.parsing.kinds import _THAT_SHALL
    from tracker.parsing.phrases import _MANDATE_OF

    if _MANDATE_OF.search(text, 0, end):
        assert text.find("mandate", 0, end) >= 0
    if _THAT_SHALL.match(text):
        assert "that" in text


@settings(max_examples=3000, deadline=None)
@given(texts("to ", "To ", "report", "Report ", "brief", "shall ", "Will ", "that ", "keep ",
             "Member States ", "informed", "submit ", "resubmit ", "submitting ", "presented ",
             "Representative ", "provide ",
             "provided ", "issue ", "make ", "proposals", "available ", "a ", "study", "views", "include ",
             "in his ", "reports", "inform ", "them", "and ", "update ", "the Council", "address ", ";", ",",
             "x", "_", "é", "“", "’", "\u017f", "\u212a", " "))
@example("the Secretary-General to resubmit his proposals")  # a lead word inside a word: no form
@example("the High Representative in his report")
@example("that the Council reports to the Assembly")
def test_the_report_test_is_the_report_regex(text):
    """``_is_report`` (its forms led by their letters, on the lower case where it reads the same)
    answers as the plain ``REPORT``."""
    from tracker.parsing.kinds import _is_report

    assert _is_report(text) == (REPORT.search(text) is not None)


def test_the_report_test_searches_only_the_forms_whose_word_the_text_holds(monkeypatch):
    from tracker.parsing import kinds

    searched = []

    class Searched:
        def __init__(self, word, form):
            self.word, self.form = word, form

        def search(self, text):
            searched.append(self.word)
            return self.form.search(text)

    # the forms by their lead word ("furnish … with information"), each searched only where its word is
    monkeypatch.setattr(kinds, "_REPORT_LOWER", tuple((w, Searched(w, f)) for w, f in kinds._REPORT_LOWER))
    text = "the Secretary-General to furnish the Committee with information on its work"
    assert kinds._is_report(text) and REPORT.search(text)
    assert "furnish" in searched and "transmit" not in searched and "submit" not in searched
    assert all(word in text for word in searched)
    searched.clear()
    assert not kinds._is_report("Member States to review their policies and to share them")
    assert searched and "to" in searched and "furnish" not in searched


@settings(max_examples=3000, deadline=None)
@given(texts(" ", "  ", "to", "To", " to ", "regularly ", "and ", "or ", ",", ";", ":", "(", "that ",
             "for ", "with ", "its ", "the ", "General Assembly", "Council", "in consultation ", "jointly ",
             "during ",
             "session", "the end ", "x", "_", "é", "\n", "7 "),
       st.integers(0, 400))
@example("the Secretary-General and to the Council", 400)
@example("the Secretary-General\n", 400)
def test_the_addressee_end_is_the_plain_regex(text, pad):
    from tracker.parsing.phrases import _ADDRESSEE_END, _addressee_end_from

    for rest in (text, "x" * pad + text):
        for pos in (0, 1, 5, len(rest) - 1, len(rest), len(rest) + 3, 299, 300, 301):
            m = _ADDRESSEE_END.search(rest, max(pos, 0), 300)
            assert _addressee_end_from(rest, max(pos, 0)) == (m.start() if m else None)


@settings(max_examples=2000, deadline=None)
@given(texts("Decides ", "to ", "report ", "at its ", "seventy-ninth ", "session", "Session", "meeting in ",
             "by ", "31 ", "May ", "2025", "within ", "90 ", "days", "Months", "annually", "every ", "two ",
             "years", "Biennial ", "report", "until ", "the end of ", "intersessional ", "x", "é", "\u0663"))
def test_deadlines_are_read_only_where_one_can_be(text):
    """``find_deadlines`` reads none of a paragraph where no form's words are: every form would find
    nothing there."""
    import datetime as dt

    from tracker.parsing.deadlines import _DeadlineFinder

    finder = _DeadlineFinder(text, "GA", 79, dt.date(2024, 12, 20), ["HRC"])
    if not finder.may_hold_one():
        assert finder.read(True) == []


@settings(max_examples=1000, deadline=None)
@given(texts("by ", "before ", "31 ", "1 ", "May ", "August ", "may ", "January ", "30", " ", "x", ","))
def test_a_day_of_a_month_names_the_month(text):
    from tracker.parsing.deadlines import _A_MONTH, _YEARLESS_RE

    if _YEARLESS_RE.search(text):
        assert _A_MONTH.search(text)


@settings(max_examples=2000, deadline=None)
@given(texts("a", "A", "s", "k", "I", "i", " ", "é", "É", "“", "’", "–", "\u00a0", "\u017f", "\u212a",
             "\u0131", "\u0130", "ß", "\u00b5"))
def test_reads_as_lower_where_lower_case_keeps_every_match(text):
    """Where ``reads_as_lower``, the lower case is as long as the text, and every character
    beyond ASCII is its own lower and upper case (no letter that folds to an ASCII one)."""
    from tracker.parsing.regexes import reads_as_lower

    if reads_as_lower(text):
        assert len(text.lower()) == len(text)
        assert all(c.isascii() or c.lower() == c == c.upper() for c in text)
    else:
        assert any(not c.isascii() and (c.lower() != c or c.upper() != c) for c in text)


def test_a_lead_word_inside_a_word_asks_no_report():
    """Every form of ``REPORT`` starts at a word: "resubmit his proposals" and "the High
    Representative …, in his report" ask for none."""
    from tracker.parsing.kinds import _is_report

    for text in ("the Secretary-General to resubmit his proposals",
                 "the Office of the High Representative, having the functions recommended in his report"):
        assert REPORT.search(text) is None
        assert not _is_report(text)
    assert _is_report("the Secretary-General to submit his proposals")


# the patterns led by their first characters (a228c56) against the plain forms they were written as

_PLAIN_ENDS_SENTENCE = re.compile(r"[,;:.][\s”\"’')\]]*$|(?:[,;:]|(?<!\d)\.)[”\"’')\]]*\d{1,3}\s*$")


@settings(max_examples=2000, deadline=None)
@given(texts(",", ";", ":", ".", "1", "12", "1234", " ", "\n", "”", "’", ")", "]", "a", "é", "\u00a0"))
@example("staff rule 104.14")  # a decimal, not a footnote's number after the stop
@example("12,813,400 dollars;3")
def test_ends_sentence_is_the_plain_regex(text):
    from tracker.parsing.structure import _ENDS_SENTENCE

    assert _found(_ENDS_SENTENCE, text) == _found(_PLAIN_ENDS_SENTENCE, text)


@settings(max_examples=3000, deadline=None)
@given(texts(",", ";", ":", "and", "band", "a", "nd", " ", "(a)", "(iv)", "(ab)", "decides", "Decides",
             "requests", "Requests", "also ", "Also ", "firmly ", "Firmly ", "further ", "x", "_", "é"))
@example("…, and decides to consider the question at its eightieth session")
@example("…; and, (a) requests the Secretary-General to submit")
@example("… and, in this regard: (a) Calls upon these parties")
def test_own_voice_is_the_plain_regex(text):
    from tracker.parsing.deadlines import _OWN_VERBS, _OWN_VOICE, _TRANSITIONS

    plain = re.compile(
        rf"(?:[,;]|\band\b)\s*(?:\((?:[a-z]{{1,2}}|[ivx]+)\)\s*)?{_TRANSITIONS}(?:\w+ly\s+)?"
        rf"(?:{'|'.join(_OWN_VERBS)})\b"
        rf"|(?:[,;:]|\band\b)\s*\((?:[a-z]{{1,2}}|[ivx]+)\)\s*(?:(?:Also|Further)\s+)?(?:[A-Z][a-z]+ly\s+)?"
        rf"(?:{'|'.join(v[0].upper() + v[1:] for v in _OWN_VERBS)})\b")
    assert _found(_OWN_VOICE, text) == _found(plain, text)
    for end in range(0, len(text) + 1, 3):  # searched up to a phrase, as _voices and _owner search it
        assert _found(_OWN_VOICE, text[:end]) == _found(plain, text[:end])


@settings(max_examples=2000, deadline=None)
@given(texts("Presidents", "Chairs", "Chairpersons", "Executive Heads", "Heads", "Secretaries-General", "-",
             "x", "é", " ", " of ", "of", "the ", "\n"))
def test_holders_title_is_the_plain_regex(text):
    from tracker.parsing.phrases import _HOLDERS_OF, _HOLDERS_TITLE, _PLURAL_TITLES

    titles = "|".join(sorted(_PLURAL_TITLES, key=len, reverse=True))
    plain = re.compile(rf"\b(?<!-)({titles})\s+of\s+")
    assert _found(_HOLDERS_TITLE, text) == _found(plain, text)
    assert _found(_HOLDERS_OF, text) == _found(re.compile(rf"{plain.pattern}(?:the\s+)?$"), text)


_PLAIN_MEETING_IN_YEAR = re.compile(
    r"\b(?:at|to|before|for|during)\s+the\s+(?P<name>(?:[A-Z][\w’'-]*\s+){1,4}(?:Meeting|Conference|Summit|"
    r"Congress)(?:\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})?)\s+(?:in|of)\s+(?P<year>\d{4})"
    r"(?![\d/])")


@settings(max_examples=2000, deadline=None)
@given(texts("at", "to", "for", "bat", "x", "_", " ", "the ", "Biennial ", "Meeting ", "Summit ", "of ",
             "States ", "in ", "2026", "é", "-"))
@example("for presentation at the Biennial Meeting of States in 2026")
def test_meeting_in_year_is_the_plain_regex(text):
    from tracker.parsing.deadlines import _MEETING_IN_YEAR

    assert _found(_MEETING_IN_YEAR, text) == _found(_PLAIN_MEETING_IN_YEAR, text)


@pytest.mark.parametrize(("name", "plain", "pieces"), [
    ("deadlines._WITHOUT_PREJUDICE", r"\bwithout\s+prejudice\s+to\b[^,;:().]*$",
     ("without", "xwithout", " ", "prejudice", " to", "the review", ",", "(", "é", "_")),
    ("kinds._IS_AUTHORIZED", r"\b(?:is|are)\s+(?:hereby\s+)?(?:\w+ly\s+)?authori[sz]ed\b",
     ("is", "are", "this", "care", " ", "hereby ", "duly ", "authorized", "authorised", "x", "_", "é")),
    ("phrases._STATEMENT_BY", r"\b[Ss]tatements?\s+by\s+(?:the\s+)?$",
     ("Statement", "statements", "xStatement", " ", "by", "the ", "é", "_", "1")),
])
def test_word_led_patterns_are_the_plain_regexes(name, plain, pieces):
    import importlib

    module, attribute = name.split(".")
    fast = getattr(importlib.import_module(f"tracker.parsing.{module}"), attribute)
    plain_re = re.compile(plain)

    @settings(max_examples=1500, deadline=None)
    @given(texts(*pieces))
    def check(text):
        assert _found(fast, text) == _found(plain_re, text)

    check()
