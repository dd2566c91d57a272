"""A depth cap for HTML, applied before parsing.

The HTML tree builder checks the stack of open elements at every tag, so a page of N nested
elements costs N squared: 300,000 nested ``div``s take minutes in lexbor, and deeper than about
300 levels the block walk would exhaust Python's recursion limit. Browsers cap the depth too.
Tags deeper than the cap are dropped here, in one linear pass; the text they held is kept, so
it is still indexed, inside the deepest element that remains.
"""

from __future__ import annotations

import re

MAX_DEPTH = 256

_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]*)\b[^>]*>|<!--.*?-->", re.S)
# Void elements never nest; these others are closed implicitly by their next sibling, so
# counting them would make ordinary lists and paragraphs look deep.
_NOT_NESTING = frozenset(
    "area base br col embed hr img input link meta param source track wbr "
    "p li dt dd option optgroup tr td th thead tbody tfoot rb rt rp colgroup caption html head body".split()
)


def max_depth(markup: str) -> int:
    depth = deepest = 0
    for match in _TAG.finditer(markup):
        name = (match.group(2) or "").lower()
        if not name or name in _NOT_NESTING or match.group(0).endswith("/>"):
            continue
        if match.group(1):
            depth = max(0, depth - 1)
        else:
            depth += 1
            deepest = max(deepest, depth)
    return deepest


def capped(markup: str, limit: int = MAX_DEPTH) -> str:
    """``markup`` unchanged when no element lies deeper than ``limit``; else without the deeper tags."""
    if max_depth(markup) <= limit:
        return markup
    parts: list[str] = []
    depth = 0
    dropped: dict[str, int] = {}  # open tags dropped, by name, whose end tags must go too
    position = 0
    for match in _TAG.finditer(markup):
        name = (match.group(2) or "").lower()
        if not name or name in _NOT_NESTING or match.group(0).endswith("/>"):
            continue
        keep = True
        if match.group(1):
            if dropped.get(name):
                dropped[name] -= 1
                keep = False
            else:
                depth = max(0, depth - 1)
        elif depth >= limit:
            dropped[name] = dropped.get(name, 0) + 1
            keep = False
        else:
            depth += 1
        if not keep:
            parts.append(markup[position:match.start()])
            parts.append(" ")  # a dropped tag still separates words
            position = match.end()
    parts.append(markup[position:])
    return "".join(parts)
