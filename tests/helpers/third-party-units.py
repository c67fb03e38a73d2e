"""Counts translation units the way a second tool sees them, for tests/formats/third-party.test.ts.

Reads a JSON request on stdin and writes a JSON answer on stdout, in one process for the whole
corpus (the test runs it once):

  {"count": ["a.xlf", ...], "read": ["b.xlf", "c.po", ...]}

- "count": XLIFF files whose translatable segments are counted. XLIFF 1.x is read with
  translate-toolkit (one unit per <trans-unit>, headers left out); a unit is left out when it, its
  <group> or its <file> says translate="no", or when its source has no letter or digit outside
  inline codes. A unit whose <seg-source> holds <mrk mtype="seg"> (Trados Studio, memoQ) counts
  one per such mrk that has a letter or digit. translate-toolkit (3.8) does not read XLIFF 2.0
  (it finds no unit), so 2.0 files are counted from the XML itself: one per <segment>
  (<ignorable> left out), with translate inherited from <file>/<group>/<unit> (the nearest
  translate attribute decides, as in both specifications).
  Answer: {"tool": ..., "units": n, "expected": n, "excluded": [{"id", "reason"}]}.
- "read": files translate-toolkit's factory opens; answer {"units": n} (headers left out) or
  {"error": "..."}.
"""

import json
import re
import sys
import xml.etree.ElementTree as ET

from translate.storage import factory

WORD = re.compile(r"[^\W_]")
CODES = {"ph", "bpt", "ept", "it", "x", "bx", "ex", "sub"}


def local(tag):
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def text_outside_codes(element):
    """The text of an XLIFF 1.x or 2.0 inline content, leaving out what inline codes hold."""
    parts = [element.text or ""]
    for child in element:
        if local(child.tag) not in CODES and local(child.tag) not in {"sc", "ec", "cp"}:
            parts.append(text_outside_codes(child))
        parts.append(child.tail or "")
    return "".join(parts)


def translatable(text):
    return bool(WORD.search(text or ""))


def inherited_no(element):
    """translate="no" on the element or, failing a translate attribute there, on the nearest
    enclosing group or file that has one (lxml elements)."""
    node = element
    while node is not None:
        if node.get("translate") is not None:
            return node.get("translate") == "no"
        node = node.getparent()
    return False


def count_xliff1(path):
    store = factory.getobject(path)
    units = [unit for unit in store.units if not unit.isheader()]
    expected, excluded = 0, []
    for unit in units:
        element = unit.xmlelement
        uid = element.get("id") or unit.getid()
        if inherited_no(element):
            excluded.append({"id": uid, "reason": 'translate="no"'})
            continue
        seg_source = next((child for child in element if local(child.tag) == "seg-source"), None)
        marks = [] if seg_source is None else [m for m in seg_source.iter() if local(m.tag) == "mrk" and m.get("mtype") == "seg"]
        if marks:
            for mark in marks:
                if translatable(text_outside_codes(mark)):
                    expected += 1
                else:
                    excluded.append({"id": f"{uid}#{mark.get('mid')}", "reason": "mrk segment without letters or digits"})
            continue
        source = next((child for child in element if local(child.tag) == "source"), None)
        if source is None or not translatable(text_outside_codes(source)):
            excluded.append({"id": uid, "reason": "source without letters or digits (empty or codes only)"})
            continue
        expected += 1
    return {"tool": "translate-toolkit", "units": len(units), "expected": expected, "excluded": excluded}


def count_xliff2(path):
    root = ET.parse(path).getroot()
    units, expected, excluded = 0, 0, []

    def walk(element, no):
        nonlocal units, expected
        if element.get("translate") is not None:
            no = element.get("translate") == "no"
        name = local(element.tag)
        if name == "unit":
            uid = element.get("id")
            for segment in (child for child in element if local(child.tag) == "segment"):
                units += 1
                sid = f"{uid}#{segment.get('id') or ''}"
                source = next((child for child in segment if local(child.tag) == "source"), None)
                if no:
                    excluded.append({"id": sid, "reason": 'translate="no" (inherited)'})
                elif source is None or not translatable(text_outside_codes(source)):
                    excluded.append({"id": sid, "reason": "segment without letters or digits"})
                else:
                    expected += 1
            return
        for child in element:
            walk(child, no)

    walk(root, False)
    return {"tool": "ElementTree (translate-toolkit reads no XLIFF 2.0)", "units": units, "expected": expected, "excluded": excluded}


def count(path):
    root = ET.parse(path).getroot()
    return count_xliff2(path) if root.get("version", "").startswith("2") else count_xliff1(path)


def read(path):
    store = factory.getobject(path)
    return {"units": len([unit for unit in store.units if not unit.isheader()])}


def safely(function, path):
    try:
        return function(path)
    except Exception as error:  # noqa: BLE001 - reported to the test as data
        return {"error": f"{type(error).__name__}: {error}"}


def main():
    request = json.load(sys.stdin)
    json.dump(
        {
            "count": {path: safely(count, path) for path in request.get("count", [])},
            "read": {path: safely(read, path) for path in request.get("read", [])},
        },
        sys.stdout,
    )


if __name__ == "__main__":
    main()
