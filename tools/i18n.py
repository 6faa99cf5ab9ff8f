"""Refresh resources/i18n/tfvisual_ko.ts from the sources and compile it to .qm.

    python tools/i18n.py            # lupdate + lrelease
    python tools/i18n.py --fill F   # also take translations from a dict KO in file F
"""
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "i18n" / "tfvisual_ko.ts"
BIN = Path(sys.executable).parent


def lupdate(ts=TS):
    files = sorted(str(p) for p in (ROOT / "tfvisual").rglob("*.py"))
    subprocess.run([str(BIN / "pyside6-lupdate"), *files, "-ts", str(ts), "-no-obsolete",
                    "-silent"], check=True)


def unfinished(ts=TS):
    tree = ET.parse(ts)
    return [m.find("source").text for m in tree.iter("message")
            if m.find("translation").get("type") == "unfinished"]


def fill(table):
    tree = ET.parse(TS)
    for m in tree.iter("message"):
        tr = m.find("translation")
        src = m.find("source").text
        if src in table:
            tr.text = table[src]
            tr.attrib.pop("type", None)
    tree.write(TS, encoding="utf-8", xml_declaration=True)


def lrelease():
    subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", str(TS), "-qm",
                    str(TS.with_suffix(".qm"))], check=True)


if __name__ == "__main__":
    lupdate()
    if "--fill" in sys.argv:
        ns = {}
        exec(Path(sys.argv[sys.argv.index("--fill") + 1]).read_text(), ns)
        fill(ns["KO"])
    lrelease()
    left = unfinished()
    print(f"{len(left)} strings without a Korean translation")
    for s in left:
        print("  ", repr(s))
