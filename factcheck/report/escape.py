"""Text from a document or a server made safe to print: no control character reaches a terminal or a
log raw, and machine formats stay well formed.

An article or an HTTP reason phrase can carry escape sequences that clear the screen, set the window
title, write the clipboard (OSC 52) or plant links (OSC 8), and bidirectional overrides that reorder
what a reader sees (the "Trojan Source" trick). Each such character is shown as a visible escape
(``\\x1b``, ``\\u202e``) so the reader sees that it was there, and what follows it is inert text.
"""
from __future__ import annotations

import re

# C0 controls but tab and newline, DEL, C1 controls, and the bidi embeddings, overrides and isolates
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# what XML 1.0 cannot hold at all (ElementTree writes it raw and the file is no longer XML)
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_LINE_BREAKS = re.compile(r"\s*[\n\r\u2028\u2029]\s*")


def visible(char: str) -> str:
    """The escape a reader sees in place of an unsafe character."""
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def for_terminal(text: object) -> str:
    """``text`` with every control character but tab and newline shown as an escape."""
    return _UNSAFE.sub(lambda m: visible(m.group(0)), str(text))


def one_line(text: object) -> str:
    """``text`` for a one-line format: safe for a terminal, and line breaks (with the space around
    them) folded to one space, so a hard-wrapped quotation cannot start a new record."""
    return _LINE_BREAKS.sub(" ", for_terminal(text).replace("\t", " ")).strip()


def for_xml(text: object) -> str:
    """``text`` with the characters XML 1.0 forbids shown as escapes (and terminal controls too)."""
    return _NOT_XML.sub(lambda m: visible(m.group(0)), for_terminal(text))
