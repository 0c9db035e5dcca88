#!/usr/bin/env python3
"""Writes the committed seed corpus of the fuzz lane: fuzz/corpus/<target>/<name>.

Valid files of each kind and the hostile ones the readers were fixed for (issue 9): a workbook whose
xl/workbook.xml starts with 10,000 comments (it crashed the server by recursion), one with a cell at
column XFD in each of 1,000 rows (it padded every row to 16,384 cells), and a small zip bomb.
Deterministic: the same bytes on every run (fixed zip timestamps). Run from anywhere:
    python3 fuzz/make_seeds.py
"""
import io
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def write(target, name, data):
    folder = os.path.join(HERE, "corpus", target)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))


def column(i):
    s, n = "", i + 1
    while n > 0:
        s = chr(65 + (n - 1) % 26) + s
        n = (n - 1) // 26
    return s


def sheet_xml(rows_xml):
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="{NS}"><sheetData>{rows_xml}</sheetData></worksheet>'


def workbook(sheet, shared=None, workbook_prefix="", method=zipfile.ZIP_DEFLATED):
    parts = [
        ("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
        ("xl/workbook.xml", workbook_prefix + f'<workbook xmlns="{NS}" xmlns:r="{REL_NS}"><sheets><sheet name="Data ASN" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        ("xl/_rels/workbook.xml.rels", '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>'),
        ("xl/worksheets/sheet1.xml", sheet),
    ]
    if shared is not None:
        parts.append(("xl/sharedStrings.xml", shared))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", method) as z:
        for path, text in parts:
            info = zipfile.ZipInfo(path, date_time=(2026, 12, 6, 0, 0, 0))
            info.compress_type = method
            z.writestr(info, text)
    return out.getvalue()


HEADER = ["NIP BARU", "NAMA", "GELAR DEPAN", "TANGGAL LAHIR", "JENIS KELAMIN", "KEDUDUKAN HUKUM ID",
          "GOL AKHIR NAMA", "JENIS JABATAN NAMA", "JABATAN NAMA", "UNOR NAMA"]
ROWS = [
    ["'196608011988031001", "Budi Santoso", "Drs.", "01-08-1966", "M", "01", "III/a", "Jabatan Struktural",
     "Kepala Sub Bagian Umum", "SUB BAGIAN UMUM - DINAS PERHUBUNGAN - PEMERINTAH KOTA MEDAN"],
    ["199001152015032002", "Siti \"Ani\" Aminah", "", "15-01-1990", "F", "01", "IV/z", "Jabatan Fungsional",
     "Analis Kebijakan Ahli Muda", "BIDANG X; DINAS Y"],
    ["199208242016032902", "Nurhaliza Lubis", "", "", "F", "71", "IX", "", "", ""],
]


def shared_and_sheet(table):
    shared, rows = [], []
    for r, row in enumerate(table, start=1):
        cells = []
        for c, value in enumerate(row):
            if not value:
                continue
            ref = f"{column(c)}{r}"
            esc = value.replace("&", "&amp;").replace("<", "&lt;")
            if r % 2:
                shared.append(esc)
                cells.append(f'<c r="{ref}" t="s"><v>{len(shared) - 1}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{esc}</t></is></c>')
        rows.append(f'<row r="{r}">' + "".join(cells) + "</row>")
    sst = f'<?xml version="1.0"?><sst xmlns="{NS}" count="{len(shared)}">' + "".join(f"<si><t>{s}</t></si>" for s in shared) + "</sst>"
    return sst, sheet_xml("".join(rows))


# --- csv ---
def delimited(table, d):
    def q(v):
        return '"' + v.replace('"', '""') + '"' if d != "|" and (d in v or '"' in v) else v
    return "\n".join(d.join(q(v) for v in row) for row in table) + "\n"

write("csv", "siasn-pipe.csv", delimited([HEADER] + ROWS, "|"))
write("csv", "siasn-semicolon-bom-crlf.csv", "\ufeff" + delimited([HEADER] + ROWS, ";").replace("\n", "\r\n"))
write("csv", "siasn-comma-quoted.csv", 'NIP BARU,NAMA,ALAMAT\n196608011988031001,"Budi ""Ucok"" Santoso","Jl. A,\nNo. 5"\n199001152015032002,Siti,"unclosed\n')
write("csv", "siasn-tab.csv", delimited([HEADER] + ROWS, "\t"))
write("csv", "assessments.csv", "NIP;KODE KOMPETENSI;LEVEL;TANGGAL;SUMBER;CATATAN\n196608011988031001;M.01;3;15-05-2026;;\n'19660801 198803 1 001;t.hub.01;9;2026-13-01;x;\"a;b\"\n")
write("csv", "competencies.csv", "KODE;NAMA;JENIS;DEFINISI;LEVEL 1;LEVEL 2;LEVEL 3;LEVEL 4;LEVEL 5\nT.HUB.10;Keselamatan Jalan;teknis;Mengelola;a;b;c;d;e\nM.01;;x;;a;;c;d;e\n")
write("csv", "not-utf8.csv", b"NIP BARU|NAMA\n\xff\xfe|\x80\n")
write("csv", "wide-line.csv", "NIP BARU|NAMA\n196608011988031001|Budi" + "|" * 2000 + "x\n")

# --- sheet and shared strings (the parts alone) ---
sst, sheet = shared_and_sheet([HEADER] + ROWS)
write("sheet", "siasn-sheet.xml", sheet)
write("sheet", "comments-and-cdata.xml", "<?xml version=\"1.0\"?>" + "<!---->" * 50 + "<!DOCTYPE x><?pi?>" + sheet_xml('<row r="1"><c r="A1" t="inlineStr"><is><t><![CDATA[NIP <BARU>]]></t></is></c><c r="B1" t="str"><v>NAMA_x000D_</v></c><c r="C1" t="b"><v>1</v></c><c r="D1"><v>20.0</v></c><c r="E1" t="e"><v>#N/A</v></c></row>'))
write("sheet", "far-columns.xml", sheet_xml("".join(f'<row r="{r}"><c r="XFD{r}" t="inlineStr"><is><t>x</t></is></c></row>' for r in range(1, 101))))
write("sheet", "out-of-order-and-unnamed.xml", sheet_xml('<row r="3"><c r="B3"><v>4</v></c><c r="A3"><v>5</v></c></row><row r="1"><c><v>1</v></c><c t="s"><v>2</v></c></row><row><c r="XFE9"><v>1</v></c></row>'))
write("sharedstrings", "siasn-shared.xml", sst)
write("sharedstrings", "rich-phonetic-entities.xml", f'<sst xmlns="{NS}"><si><r><rPr><b/></rPr><t>Bu</t></r><r><t xml:space="preserve">di &amp; &#x41;&#66;&bogus; _x000D__x0009_</t></r><rPh sb="0" eb="1"><t>ブ</t></rPh></si><si/><si><t/></si></sst>')
write("sharedstrings", "workbook.xml", f'<?xml version="1.0"?><workbook xmlns="{NS}" xmlns:r="{REL_NS}"><sheets><sheet name="Data ASN" sheetId="3" r:id="rId7"/></sheets></workbook><Relationships><Relationship Id="rId7" Target="/xl/worksheets/../worksheets/sheet2.xml"/></Relationships>')

# --- xlsx containers ---
write("xlsx", "siasn.xlsx", workbook(sheet, sst))
write("xlsx", "siasn-stored.xlsx", workbook(sheet, sst, method=zipfile.ZIP_STORED))
# Issue 9, finding 1: 10,000 comments before the workbook's root (929 bytes; crashed by recursion).
write("xlsx", "ten-thousand-comments.xlsx", workbook(sheet_xml('<row r="1"><c r="A1" t="inlineStr"><is><t>NIP BARU</t></is></c></row>'), workbook_prefix="<!---->" * 10_000))
# Issue 9, finding 2: one cell at XFD in each of 1,000 rows (padded every row to 16,384 cells).
write("xlsx", "xfd-in-1000-rows.xlsx", workbook(sheet_xml("".join(f'<row r="{r}"><c r="XFD{r}" t="inlineStr"><is><t>x</t></is></c></row>' for r in range(1, 1001)))))
# A part that unpacks to more than 100 times its file.
write("xlsx", "bomb.xlsx", workbook(sheet_xml("<row/>" * 1_200_000)))
write("xlsx", "truncated.xlsx", workbook(sheet, sst)[:700])
