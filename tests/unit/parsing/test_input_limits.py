"""Hostile uploads: a small .docx that unpacks to far more XML than any resolution is refused from
the archive's directory (nothing inflated: bounded memory, one line); so is one with too many
entries, and text read from a file past the one stated limit."""

from __future__ import annotations

import io
import tracemalloc
import zipfile

import pytest

from tracker.parsing.readers import MAX_DOCX_ENTRIES, MAX_DOCX_UNPACKED, MAX_INPUT_BYTES, read_input
from tracker.parsing.types import ParseError


def _docx(document_xml: bytes, extra: int = 0) -> bytes:
    """A minimal Word archive around ``document_xml`` (deflated), with ``extra`` empty entries."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        zf.writestr("word/document.xml", document_xml)
        for n in range(extra):
            zf.writestr(f"word/media/pad{n}.bin", b"")
    return out.getvalue()


def _bomb() -> bytes:
    """Under 200 KB on disk, past the DOCX limit of XML once inflated."""
    filler = b"<!--" + b" " * (MAX_DOCX_UNPACKED + 1_000_000) + b"-->"
    body = b'<?xml version="1.0"?><w:document xmlns:w="x"><w:body>' + filler + b"</w:body></w:document>"
    return _docx(body)


def test_a_docx_that_expands_past_the_limit_is_refused_in_bounded_memory():
    bomb = _bomb()
    assert len(bomb) < 200_000
    tracemalloc.start()
    try:
        with pytest.raises(ParseError) as refused:
            read_input(bomb, "bomb.docx")
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    message = str(refused.value)
    assert "\n" not in message and "unpacks to" in message and "limit" in message
    assert peak < 5 * len(bomb) + 2_000_000, peak  # the archive, not its contents


def test_a_docx_with_too_many_entries_is_refused():
    with pytest.raises(ParseError, match="entries"):
        read_input(_docx(b"<w:document/>", extra=MAX_DOCX_ENTRIES), "many.docx")


def test_text_read_from_a_file_is_held_to_the_same_limit(monkeypatch):
    import docx

    from tracker.parsing import readers

    doc = docx.Document()
    doc.add_paragraph("The General Assembly, " + "x" * 200_000)
    buffer = io.BytesIO()
    doc.save(buffer)
    assert len(buffer.getvalue()) < 100_000
    monkeypatch.setattr(readers, "MAX_INPUT_BYTES", 100_000)  # the limit, made small for the test
    with pytest.raises(ParseError, match="the text of this DOCX document is over"):
        read_input(buffer.getvalue(), "long.docx")
    assert MAX_INPUT_BYTES == 10 * 1024 * 1024
