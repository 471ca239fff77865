#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Yardstick authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fills a Qt Linguist .ts file from a table written by hand.

    scripts/fill-translations.py FILE.ts TABLE.tsv

TABLE.tsv holds one line per text: the English source as a JSON string, a
tab, the translation ("\\n" for a line break). Every message whose source is
in the table gets the translation and loses its "unfinished" mark; plural
(%n) messages get it as their one Chinese form. Where the source has a
keyboard accelerator (&File) and the translation none, it is added the way
Chinese menus show it: 文件(&F), before a trailing colon or ellipsis.
Messages not in the table are left as they are and listed on stderr.
"""
import json
import re
import sys
import xml.etree.ElementTree as ET

ACCELERATOR = re.compile(r"&(?!&)(?![a-z]+;)([0-9A-Za-z])")


def with_accelerator(source, translation):
    found = ACCELERATOR.search(source.replace("&&", ""))
    if not found or ACCELERATOR.search(translation.replace("&&", "")):
        return translation
    mark = "(&" + found.group(1).upper() + ")"
    tail = re.search(r"[：:…]+$", translation)
    if tail:
        return translation[: tail.start()] + mark + tail.group(0)
    return translation + mark


def main():
    ts_path, table_path = sys.argv[1], sys.argv[2]
    table = {}
    with open(table_path, encoding="utf-8") as table_file:
        for line in table_file:
            if not line.strip():
                continue
            source, translation = line.rstrip("\n").split("\t", 1)
            table[json.loads(source)] = translation.replace("\\n", "\n")
    tree = ET.parse(ts_path)
    missing = 0
    for message in tree.getroot().iter("message"):
        source = message.find("source").text or ""
        element = message.find("translation")
        if element.get("type") not in ("unfinished", None):
            continue  # vanished or obsolete
        if source not in table:
            if element.get("type") == "unfinished":
                missing += 1
                print("untranslated: " + json.dumps(source, ensure_ascii=False), file=sys.stderr)
            continue
        text = with_accelerator(source, table[source])
        element.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for form in list(element):
                element.remove(form)
            ET.SubElement(element, "numerusform").text = text
        else:
            element.text = text
    body = ET.tostring(tree.getroot(), encoding="unicode")
    with open(ts_path, "w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")
    print(f"{missing} message(s) left untranslated", file=sys.stderr)


if __name__ == "__main__":
    main()
