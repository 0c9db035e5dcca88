#!/usr/bin/env python3
"""Turns a SIASN CSV from bench/gen_siasn.py into the benchmark's inputs, 70 columns wide (a leading
"NO" column, as many spreadsheet exports have, plus the export's 69):

    OUT/siasn70.csv          the rows as a pipe-separated CSV
    OUT/siasn70.xlsx         the same rows as a workbook the way Excel writes one (text as shared
                             strings, numbers as values, deflate)
    OUT/sheet1.xml, OUT/sharedStrings.xml   its two large parts, for the XML reader benchmark
    OUT/sheet-4000.xml       the sheet's first 4,000 rows

    python3 bench/xml/make_xlsx.py SIASN.csv OUT
"""
import os
import re
import sys
import zipfile
from xml.sax.saxutils import escape

NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
NUMBER = re.compile(r"^(0|[1-9][0-9]{0,14})$")


def column(i):
    s, n = "", i + 1
    while n > 0:
        s = chr(65 + (n - 1) % 26) + s
        n = (n - 1) // 26
    return s


def main(src, out):
    with open(src, encoding="utf-8") as f:
        table = [line.rstrip("\n").split("|") for line in f if line.strip()]
    table = [["NO"] + table[0]] + [[str(i)] + row for i, row in enumerate(table[1:], start=1)]
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "siasn70.csv"), "w", encoding="utf-8") as f:
        f.write("\n".join("|".join(row) for row in table) + "\n")
    shared, index, rows = [], {}, []
    letters = [column(c) for c in range(len(table[0]))]
    for r, row in enumerate(table, start=1):
        cells = []
        for c, value in enumerate(row):
            if value == "":
                continue
            ref = f"{letters[c]}{r}"
            if NUMBER.match(value):
                cells.append(f'<c r="{ref}"><v>{value}</v></c>')
            else:
                if value not in index:
                    index[value] = len(shared)
                    shared.append(value)
                cells.append(f'<c r="{ref}" t="s"><v>{index[value]}</v></c>')
        rows.append(f'<row r="{r}" spans="1:{len(row)}">' + "".join(cells) + "</row>")
    sheet = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="{NS}">'
             f'<dimension ref="A1:{letters[-1]}{len(table)}"/><sheetData>' + "".join(rows) + "</sheetData></worksheet>")
    sst = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="{NS}" count="{len(shared)}" '
           f'uniqueCount="{len(shared)}">' + "".join(f"<si><t>{escape(s)}</t></si>" for s in shared) + "</sst>")
    with open(os.path.join(out, "sheet1.xml"), "w", encoding="utf-8") as f:
        f.write(sheet)
    with open(os.path.join(out, "sharedStrings.xml"), "w", encoding="utf-8") as f:
        f.write(sst)
    # The first 4,000 rows (8.8 MB): the most Foundation's XMLParser reads here (see docs/decisions.md).
    cut = sheet.find('<row r="4001"')
    with open(os.path.join(out, "sheet-4000.xml"), "w", encoding="utf-8") as f:
        f.write(sheet[:cut] + "</sheetData></worksheet>" if cut > 0 else sheet)
    parts = [
        ("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
        ("xl/workbook.xml", f'<?xml version="1.0"?><workbook xmlns="{NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Data ASN" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        ("xl/_rels/workbook.xml.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>'),
        ("xl/sharedStrings.xml", sst),
        ("xl/worksheets/sheet1.xml", sheet),
    ]
    with zipfile.ZipFile(os.path.join(out, "siasn70.xlsx"), "w", zipfile.ZIP_DEFLATED) as z:
        for path, text in parts:
            z.writestr(path, text)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
