"""Bytes in, one text form out: plain/markdown text, PDF (pypdf) and DOCX (python-docx).

The format is detected from the content (``%PDF`` magic, a ``PK`` zip holding
``word/document.xml``), the file name is only a hint. Whatever comes in leaves as ``str``
with ``\\n`` line ends; PDF pages are separated by a form feed line so that the layout step
knows where page furniture (running headers, page numbers) sits.
"""

from __future__ import annotations

import io
import re
import zipfile

from .types import ParseError

#: THE limit, stated once: a file above this size is refused, and so is the text read from it
#: (a PDF or DOCX can hold more text than its size suggests). The longest real resolution (with
#: annexes) is far below it.
MAX_INPUT_BYTES = 10 * 1024 * 1024
#: a DOCX is a zip archive: what it may unpack to, refused from its directory before anything is
#: decompressed (a 300 KB file can hold 100 MB of XML); Word's XML of a resolution as long as the
#: limit above stays well within it
MAX_DOCX_UNPACKED = 3 * MAX_INPUT_BYTES
MAX_DOCX_ENTRIES = 1000

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd]")

#: a page break inside the single text form (PDF pages are joined with it)
PAGE_BREAK = "\f"


def _human_size(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB"


def read_input(data: bytes | str, filename: str | None = None) -> tuple[str, str]:
    """Return ``(text, source_format)``; ``source_format`` is "text", "pdf" or "docx"."""
    if isinstance(data, str):
        if len(data) > MAX_INPUT_BYTES:
            raise ParseError(
                f"input is {_human_size(len(data))}, over the "
                f"{_human_size(MAX_INPUT_BYTES)} limit for one resolution"
            )
        return _check_text(data), "text"
    if not isinstance(data, bytes | bytearray | memoryview):
        raise ParseError(f"cannot read input of type {type(data).__name__}")
    data = bytes(data)
    if len(data) > MAX_INPUT_BYTES:
        raise ParseError(
            f"input is {_human_size(len(data))}, over the "
            f"{_human_size(MAX_INPUT_BYTES)} limit for one resolution"
        )
    if not data.strip():
        raise ParseError("empty input")
    if data[:5] == b"%PDF-" or data.lstrip()[:5] == b"%PDF-":
        return _read_pdf(data), "pdf"
    if data[:2] == b"PK":
        return _read_docx(data), "docx"
    name = (filename or "").lower()
    if name.endswith(".pdf"):
        raise ParseError("file is named .pdf but does not start with %PDF-: not a PDF")
    if name.endswith(".docx"):
        raise ParseError("file is named .docx but is not a zip archive: not a DOCX document")
    return _check_text(_decode(data)), "text"


def _decode(data: bytes) -> str:
    if data[:3] == b"\xef\xbb\xbf":
        data = data[3:]
    elif data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ParseError(f"invalid UTF-16 text at byte {exc.start}") from None
    nul = data.find(b"\x00", 0, 4096)
    if nul >= 0:
        raise ParseError(f"binary data (NUL byte at offset {nul}): not text, PDF or DOCX")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        # Older exports come in Windows-1252; accept them only when they look like prose.
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            text = ""
        printable = sum(ch.isprintable() or ch in "\n\r\t" for ch in text)
        if text and printable / len(text) > 0.97:
            return text
        line = data.count(b"\n", 0, exc.start) + 1
        raise ParseError(
            f"binary data: invalid UTF-8 at byte {exc.start}", line=line
        ) from None


def _check_text(text: str) -> str:
    if not text.strip():
        raise ParseError("empty input")
    sample = text[:20000]
    control = len(_CONTROL.findall(sample))
    if control > max(5, len(sample) // 50):
        raise ParseError("binary data: too many control characters to be a resolution text")
    return text


def _read_pdf(data: bytes) -> str:
    import logging

    from pypdf import PdfReader
    from pypdf.errors import PdfReadError, PyPdfError

    # pypdf logs (rather than raises) on many malformed files; keep its noise off the console.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                reader.decrypt("")
            except Exception:  # noqa: BLE001 - any failure means we cannot read it
                raise ParseError("encrypted PDF: cannot extract its text") from None
        pages: list[str] = []
        extracted = 0
        for page in reader.pages:
            pages.append(page.extract_text() or "")
            extracted += len(pages[-1])
            if extracted > MAX_INPUT_BYTES:  # stop reading at once, not after the last page
                raise ParseError(_over_text_limit("PDF"))
    except ParseError:
        raise
    except (PdfReadError, PyPdfError, ValueError, KeyError, TypeError, AttributeError,
            IndexError, OSError, RecursionError, AssertionError, ZeroDivisionError) as exc:
        msg = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise ParseError(f"unreadable or truncated PDF: {msg}") from None
    if not pages:
        raise ParseError("PDF has no pages")
    if not any(p.strip() for p in pages):
        raise ParseError(f"PDF has no extractable text ({len(pages)} page(s), image only?)")
    return f"\n{PAGE_BREAK}\n".join(pages)


def _over_text_limit(what: str) -> str:
    return f"the text of this {what} is over the {_human_size(MAX_INPUT_BYTES)} limit for one resolution"


def _text_limit(text: str, what: str) -> str:
    if len(text) > MAX_INPUT_BYTES:
        raise ParseError(_over_text_limit(what))
    return text


def _check_archive(zf: zipfile.ZipFile) -> None:
    """Refuse a DOCX that would unpack to too much, from the sizes its directory declares (zipfile
    never inflates an entry past its declared size: a lie fails its checksum instead)."""
    entries = zf.infolist()
    if len(entries) > MAX_DOCX_ENTRIES:
        raise ParseError(f"DOCX archive has {len(entries)} entries, over the limit of {MAX_DOCX_ENTRIES}")
    unpacked = sum(e.file_size for e in entries)
    if unpacked > MAX_DOCX_UNPACKED:
        raise ParseError(f"DOCX archive unpacks to {_human_size(unpacked)}, over the "
                         f"{_human_size(MAX_DOCX_UNPACKED)} limit")


def _read_docx(data: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            if "word/document.xml" not in zf.namelist():
                raise ParseError("zip archive without word/document.xml: not a DOCX document")
            _check_archive(zf)
    except zipfile.BadZipFile:
        raise ParseError("corrupt or truncated zip archive: not a readable DOCX") from None
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001 - python-docx raises many kinds on bad files
        msg = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise ParseError(f"unreadable DOCX: {msg}") from None
    # One DOCX paragraph = one block: a blank line between them keeps them apart.
    paragraphs = [p.text.replace("\n", " ").strip() for p in document.paragraphs]
    text = "\n\n".join(p for p in paragraphs if p)
    if not text.strip():
        raise ParseError("DOCX document has no text")
    return _text_limit(text, "DOCX document")
