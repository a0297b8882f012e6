#!/usr/bin/env python3
"""Fills unfinished entries of a Qt .ts file from a JSON glossary {"source": "translation"} or
{"Context::source": "translation"}; plural sources take a list of forms. Prints what is still
untranslated. Usage: scripts/ts-fill.py translations/casedesk_vi.ts glossary.json"""
import json
import sys
import xml.etree.ElementTree as ET

ts_path, glossary_path = sys.argv[1], sys.argv[2]
glossary = json.load(open(glossary_path, encoding="utf-8"))
tree = ET.parse(ts_path)
missing = []
for context in tree.getroot().iter("context"):
    name = context.findtext("name")
    for message in context.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if translation.get("type") not in ("unfinished",) and (translation.text or len(translation)):
            continue
        value = glossary.get(f"{name}::{source}", glossary.get(source))
        if value is None:
            missing.append(f"{name}::{source}")
            continue
        if message.get("numerus") == "yes":
            for child in list(translation):
                translation.remove(child)
            forms = value if isinstance(value, list) else [value]
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
            translation.text = None
        else:
            translation.text = value
        translation.attrib.pop("type", None)
with open(ts_path, "wb") as out:
    out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
    tree.write(out, encoding="utf-8", xml_declaration=False)
    out.write(b"\n")
for m in missing:
    print("untranslated:", m)
print(f"{len(missing)} untranslated")
