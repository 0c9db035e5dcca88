#!/usr/bin/env python3
"""Generate a synthetic SIASN "download data ASN" export (pipe-separated CSV) for benchmarks.

    python3 bench/gen_siasn.py --rows 50000 --out /tmp/siasn.csv
    python3 bench/gen_siasn.py --verify /tmp/siasn.csv

Every person, number and address is invented; the shape follows DOMAIN.md §7.4-7.5: the full
header (66 columns + ESELON ID/NAMA), DD-MM-YYYY dates, JENIS KELAMIN M/F, GOL AKHIR NAMA like
III/a, UNOR NAMA as a child-first path ending in the agency, some leading apostrophes on numbers,
some GELAR BELAKANG starting with ", ", some literal "null". The output depends only on --seed.
NIPs are valid and unique: PNS/CPNS as YYYYMMDD (birth) + YYYYMM (first appointment) + gender
digit + sequence; PPPK (KEDUDUKAN HUKUM ID 71) as YYYYMMDD + YYYY + "21" + gender digit + sequence.
"""

import argparse
import collections
import datetime
import random
import sys

HEADER = [
    "PNS ID", "NIP BARU", "NIP LAMA", "NAMA", "GELAR DEPAN", "GELAR BELAKANG", "TEMPAT LAHIR ID",
    "TEMPAT LAHIR NAMA", "TANGGAL LAHIR", "JENIS KELAMIN", "AGAMA ID", "AGAMA NAMA", "JENIS KAWIN ID",
    "JENIS KAWIN NAMA", "NIK", "NOMOR HP", "EMAIL", "EMAIL GOV", "ALAMAT", "NPWP NOMOR", "BPJS",
    "JENIS PEGAWAI ID", "JENIS PEGAWAI NAMA", "KEDUDUKAN HUKUM ID", "KEDUDUKAN HUKUM NAMA",
    "STATUS CPNS PNS", "KARTU ASN VIRTUAL", "NOMOR SK CPNS", "TANGGAL SK CPNS", "TMT CPNS", "NOMOR SK PNS",
    "TANGGAL SK PNS", "TMT PNS", "GOL AWAL ID", "GOL AWAL NAMA", "GOL AKHIR ID", "GOL AKHIR NAMA",
    "TMT GOLONGAN", "MK TAHUN", "MK BULAN", "JENIS JABATAN ID", "JENIS JABATAN NAMA", "JABATAN ID",
    "JABATAN NAMA", "TMT JABATAN", "TINGKAT PENDIDIKAN ID", "TINGKAT PENDIDIKAN NAMA", "PENDIDIKAN ID",
    "PENDIDIKAN NAMA", "TAHUN LULUS", "KPKN ID", "KPKN NAMA", "LOKASI KERJA ID", "LOKASI KERJA NAMA",
    "UNOR ID", "UNOR NAMA", "INSTANSI INDUK ID", "INSTANSI INDUK NAMA", "INSTANSI KERJA ID",
    "INSTANSI KERJA NAMA", "SATUAN KERJA INDUK ID", "SATUAN KERJA INDUK NAMA", "SATUAN KERJA KERJA ID",
    "SATUAN KERJA KERJA NAMA", "IS VALID NIK", "NAMA SEKOLAH", "FLAG IKD", "ESELON ID", "ESELON NAMA",
]

AGENCY = "PEMERINTAH KOTA BENCH"
TODAY = datetime.date(2025, 6, 30)  # fixed, so the output never depends on the day it runs

# Organisation: OPD -> children (each child may have grandchildren). Weight = share of staff.
ORGANISATION = [
    ("SEKRETARIAT DAERAH", 3, {"BAGIAN UMUM": ["SUB BAGIAN TATA USAHA"], "BAGIAN HUKUM": [],
                               "BAGIAN ORGANISASI": []}),
    ("DINAS PENDIDIKAN", 30, {"SEKRETARIAT": ["SUB BAGIAN UMUM DAN KEPEGAWAIAN"],
                              "BIDANG PEMBINAAN SEKOLAH DASAR": [],
                              "BIDANG PEMBINAAN SEKOLAH MENENGAH PERTAMA": []}),
    ("DINAS KESEHATAN", 20, {"SEKRETARIAT": ["SUB BAGIAN UMUM DAN KEPEGAWAIAN"],
                             "BIDANG PELAYANAN KESEHATAN": [],
                             "BIDANG PENCEGAHAN DAN PENGENDALIAN PENYAKIT": []}),
    ("DINAS PERHUBUNGAN", 5, {"SEKRETARIAT": ["SUB BAGIAN UMUM"], "BIDANG LALU LINTAS": []}),
    ("DINAS PEKERJAAN UMUM DAN PENATAAN RUANG", 6, {"SEKRETARIAT": [], "BIDANG BINA MARGA": [],
                                                    "BIDANG SUMBER DAYA AIR": []}),
    ("DINAS SOSIAL", 3, {"SEKRETARIAT": [], "BIDANG REHABILITASI SOSIAL": []}),
    ("DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL", 4, {"SEKRETARIAT": [], "BIDANG PELAYANAN PENDAFTARAN PENDUDUK": []}),
    ("BADAN PERENCANAAN PEMBANGUNAN DAERAH", 3, {"SEKRETARIAT": [], "BIDANG PEREKONOMIAN": []}),
    ("BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA", 3,
     {"SEKRETARIAT": [], "BIDANG PENGEMBANGAN KOMPETENSI": []}),
    ("BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH", 4, {"SEKRETARIAT": [], "BIDANG ANGGARAN": []}),
    ("INSPEKTORAT", 2, {"SEKRETARIAT": []}),
    ("SATUAN POLISI PAMONG PRAJA", 5, {"SEKRETARIAT": []}),
]

MALE = ["Ahmad", "Muhammad", "Rizki", "Budi", "Andi", "Hendra", "Fajar", "Dedi", "Agus", "Eko", "Rahmat",
        "Indra", "Yusuf", "Arif", "Bambang", "Doni", "Fikri", "Hasan", "Irfan", "Joko", "Taufik", "Ilham",
        "Syahrul", "Zulkifli", "Ridwan", "Sutrisno", "Wahyu", "Bayu", "Dimas", "Reza", "Fauzan", "Harun"]
FEMALE = ["Siti", "Nur", "Dewi", "Sri", "Rina", "Fitri", "Ayu", "Putri", "Wulan", "Indah", "Lestari", "Ratna",
          "Yuni", "Maya", "Nurul", "Desi", "Intan", "Rahmawati", "Dian", "Novita", "Anisa", "Khairunnisa",
          "Mutiara", "Rosmawati", "Sari", "Eka", "Fadhilah", "Hasanah", "Juliana", "Melati", "Tiurma", "Nadia"]
MIDDLE_MALE = ["", "", "", "Hidayat", "Pratama", "Saputra", "Kurniawan", "Wijaya", "Syahputra", "Ramadhan",
               "Maulana", "Firmansyah", "Setiawan"]
MIDDLE_FEMALE = ["", "", "", "Permata", "Handayani", "Rahayu", "Purnama", "Amalia", "Fitriani", "Anggraini",
                 "Lestari", "Wahyuni", "Safitri"]
FAMILY = ["", "", "", "", "Siregar", "Nasution", "Lubis", "Harahap", "Hasibuan", "Simanjuntak", "Sitompul",
          "Ginting", "Tarigan", "Sembiring", "Pane", "Daulay", "Batubara", "Pohan", "Rangkuti", "Damanik",
          "Saragih", "Purba", "Manurung", "Sinaga", "Pardede", "Hutapea", "Matondang", "Tanjung"]
CITIES = [("1275", "MEDAN"), ("1276", "BINJAI"), ("1271", "SIBOLGA"), ("1273", "PEMATANGSIANTAR"),
          ("1207", "DELI SERDANG"), ("1277", "PADANGSIDIMPUAN"), ("1274", "TEBING TINGGI"), ("1471", "PEKANBARU"),
          ("1371", "PADANG"), ("3171", "JAKARTA"), ("1171", "BANDA ACEH"), ("3578", "SURABAYA")]
RELIGIONS = [(("1", "Islam"), 66), (("2", "Kristen"), 24), (("3", "Katholik"), 6), (("5", "Budha"), 3),
             (("4", "Hindu"), 1)]
MARRIAGE = [(("2", "Menikah"), 80), (("1", "Belum Menikah"), 15), (("3", "Cerai Hidup"), 3),
            (("4", "Cerai Mati"), 2)]
STREETS = ["JL. SISINGAMANGARAJA", "JL. GATOT SUBROTO", "JL. ISKANDAR MUDA", "JL. SUTOMO", "JL. PAHLAWAN",
           "JL. KAPTEN MUSLIM", "JL. BRIGJEND KATAMSO", "JL. AR HAKIM", "JL. SETIA BUDI", "JL. JAMIN GINTING"]

# Education: (tingkat id, tingkat name, gelar belakang options, PNS start golongan id, PPPK golongan)
EDUCATION = {
    "SMA": ("20", "SLTA", [""], 21, "V"),
    "D3": ("30", "Diploma III", ["A.Md.", "A.Md.Kep.", "A.Md.Keb."], 23, "VII"),
    "S1": ("40", "S-1/Sarjana", ["S.Pd.", "S.E.", "S.Kom.", "S.H.", "S.T.", "S.Sos.", "S.Kep., Ns.",
                                 "S.Ak.", "S.I.P."], 31, "IX"),
    "S2": ("45", "S-2", ["S.Pd., M.Pd.", "S.E., M.Si.", "S.H., M.H.", "S.T., M.T.", "S.Sos., M.AP."], 32, "X"),
}
MAJORS = {"SMA": "SMA IPA", "D3": "D-III KEPERAWATAN", "S1": "S-1 PENDIDIKAN GURU SEKOLAH DASAR",
          "S2": "S-2 ADMINISTRASI PUBLIK"}
SCHOOLS = ["UNIVERSITAS SUMATERA UTARA", "UNIVERSITAS NEGERI MEDAN", "UNIVERSITAS ISLAM SUMATERA UTARA",
           "UNIVERSITAS MUHAMMADIYAH SUMATERA UTARA", "POLITEKNIK KESEHATAN MEDAN", "SMA NEGERI 1 BENCH"]

PNS_GOL = [11, 12, 13, 14, 21, 22, 23, 24, 31, 32, 33, 34, 41, 42, 43, 44, 45]
GOL_NAME = {11: "I/a", 12: "I/b", 13: "I/c", 14: "I/d", 21: "II/a", 22: "II/b", 23: "II/c", 24: "II/d",
            31: "III/a", 32: "III/b", 33: "III/c", 34: "III/d", 41: "IV/a", 42: "IV/b", 43: "IV/c",
            44: "IV/d", 45: "IV/e"}
PPPK_ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV",
              "XVI", "XVII"]

FUNGSIONAL = {
    "DINAS PENDIDIKAN": ["Guru Ahli Pertama", "Guru Ahli Muda", "Guru Ahli Madya", "Pengawas Sekolah Ahli Muda"],
    "DINAS KESEHATAN": ["Perawat Terampil", "Perawat Mahir", "Perawat Ahli Pertama", "Bidan Terampil",
                        "Dokter Ahli Pertama", "Apoteker Ahli Pertama", "Epidemiolog Kesehatan Ahli Muda"],
    "*": ["Analis Kebijakan Ahli Pertama", "Analis Kebijakan Ahli Muda", "Pranata Komputer Ahli Pertama",
          "Arsiparis Terampil", "Auditor Ahli Muda", "Perencana Ahli Pertama", "Analis Sumber Daya Manusia "
          "Aparatur Ahli Pertama", "Pranata Keuangan APBN Terampil"],
}
PELAKSANA = ["Pengadministrasi Perkantoran", "Penata Layanan Operasional", "Pengelola Layanan Operasional",
             "Operator Layanan Operasional", "Pengolah Data dan Informasi", "Penelaah Teknis Kebijakan"]


def hex32(rng: random.Random) -> str:
    return f"{rng.getrandbits(128):032X}"


def dmy(d: datetime.date) -> str:
    return d.strftime("%d-%m-%Y")


def weighted(rng: random.Random, items):
    return rng.choices([i for i, _ in items], weights=[w for _, w in items])[0]


def build_units(rng: random.Random):
    """Units as dicts: path (child first, with the agency), depth, OPD name, weight, id."""
    units = []
    for opd, weight, children in ORGANISATION:
        opd_id = hex32(rng)
        units.append({"path": f"{opd} - {AGENCY}", "depth": 1, "opd": opd, "opd_id": opd_id,
                      "weight": weight * 0.2, "id": opd_id, "name": opd})
        for child, grandchildren in children.items():
            units.append({"path": f"{child} - {opd} - {AGENCY}", "depth": 2, "opd": opd, "opd_id": opd_id,
                          "weight": weight * 0.8 / len(children), "id": hex32(rng), "name": child})
            for grandchild in grandchildren:
                units.append({"path": f"{grandchild} - {child} - {opd} - {AGENCY}", "depth": 3, "opd": opd,
                              "opd_id": opd_id, "weight": weight * 0.1, "id": hex32(rng), "name": grandchild})
    return units


def head_position(unit):
    """(jabatan name, eselon id, eselon name, lowest golongan id) of the unit's head."""
    if unit["depth"] == 1:
        title = "SEKRETARIS DAERAH" if unit["opd"] == "SEKRETARIAT DAERAH" else f"KEPALA {unit['opd']}"
        return title, "21", "II.a", 43
    if unit["depth"] == 2 and unit["name"] == "SEKRETARIAT":
        return f"SEKRETARIS {unit['opd']}", "31", "III.a", 41
    if unit["depth"] == 2:
        return f"KEPALA {unit['name']}", "32", "III.b", 41
    return f"KEPALA {unit['name']}", "41", "IV.a", 34


class Generator:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.units = build_units(self.rng)
        self.used_nips = set()
        self.sequence = collections.Counter()  # (first 15 digits) -> last sequence used
        self.heads_done = set()

    def nip(self, prefix15: str) -> str:
        self.sequence[prefix15] += 1
        nip = f"{prefix15}{self.sequence[prefix15]:03d}"
        assert nip not in self.used_nips and len(nip) == 18
        self.used_nips.add(nip)
        return nip

    def birth_date(self, first_year: int, last_year: int) -> datetime.date:
        start = datetime.date(first_year, 1, 1).toordinal()
        return datetime.date.fromordinal(self.rng.randint(start, datetime.date(last_year, 12, 31).toordinal()))

    def row(self, index: int):
        rng = self.rng
        # The first rows are the heads of every unit (struktural), then staff by unit weight.
        if index < len(self.units):
            unit, role = self.units[index], "head"
        else:
            unit = weighted(rng, [(u, u["weight"]) for u in self.units])
            in_service = unit["opd"] in ("DINAS PENDIDIKAN", "DINAS KESEHATAN")
            role = weighted(rng, [("fungsional", 70 if in_service else 35), ("pelaksana", 30 if in_service else 65)])

        status = "pns" if role == "head" else weighted(
            rng, [("pns", 74), ("cpns", 4), ("pppk", 30 if unit["opd"] in ("DINAS PENDIDIKAN", "DINAS KESEHATAN") else 12)])
        male = rng.random() < (0.6 if role == "head" else 0.45)
        gender_digit = "1" if male else "2"

        if status == "pppk":
            birth = self.birth_date(1968, 2000)
            appointed = datetime.date(rng.randint(max(2022, birth.year + 19), 2025), rng.choice([1, 3, 4]), 1)
            nip = self.nip(birth.strftime("%Y%m%d") + f"{appointed.year}21" + gender_digit)
        else:
            if status == "cpns":
                birth = self.birth_date(1990, 2002)
                appointed = datetime.date(rng.choice([2024, 2025]), rng.choice([1, 3, 6]), 1)
            else:
                birth = self.birth_date(1966, 1982 if role == "head" else 1998)
                first = birth.year + 19
                last = min(2023, birth.year + 40)
                appointed = datetime.date(rng.randint(first, last), rng.randint(1, 12), 1)
            nip = self.nip(birth.strftime("%Y%m%d") + appointed.strftime("%Y%m") + gender_digit)

        education = "S2" if role == "head" else weighted(rng, [("SMA", 15), ("D3", 20), ("S1", 55), ("S2", 10)])
        tingkat_id, tingkat_name, gelar_options, start_gol, pppk_gol = EDUCATION[education]
        gelar_belakang = rng.choice(gelar_options)
        gelar_depan = "Dr." if education == "S2" and rng.random() < 0.05 else (
            "Drs." if male and education == "S1" and birth.year < 1970 and rng.random() < 0.3 else "")

        first_name = rng.choice(MALE if male else FEMALE)
        middle = rng.choice(MIDDLE_MALE if male else MIDDLE_FEMALE)
        name = " ".join(p for p in (first_name, middle, rng.choice(FAMILY)) if p)
        if name == first_name:
            name += " " + rng.choice(["Saputra", "Wijaya"] if male else ["Sari", "Lestari"])

        years = max(0, (TODAY - appointed).days // 365)
        if status == "pppk":
            gol_index = PPPK_ROMAN.index(pppk_gol)
            gol_akhir = (str(PNS_GOL[gol_index]), pppk_gol)  # id as paired with PNS ids (11 <-> I ... 45 <-> XVII)
            gol_awal = gol_akhir
        else:
            start = PNS_GOL.index(start_gol)
            # One ruang every four years, up to a ceiling set by education.
            ceiling = 45 if role == "head" else {"SMA": 32, "D3": 33, "S1": 42, "S2": 43}[education]
            final = PNS_GOL[min(start + years // 4, PNS_GOL.index(ceiling))]
            if role == "head":
                final = max(final, head_position(unit)[3])
            gol_awal = (str(start_gol), GOL_NAME[start_gol])
            gol_akhir = (str(final), GOL_NAME[final])

        if role == "head":
            jabatan, eselon_id, eselon_name, _ = head_position(unit)
            jenis = ("1", "Jabatan Struktural")
        elif role == "fungsional":
            jabatan = rng.choice(FUNGSIONAL.get(unit["opd"], FUNGSIONAL["*"]))
            jenis, eselon_id, eselon_name = ("2", "Jabatan Fungsional"), "", ""
        else:
            jabatan = rng.choice(PELAKSANA)
            jenis, eselon_id, eselon_name = ("4", "Jabatan Pelaksana"), "", ""

        city_id, city = rng.choice(CITIES)
        religion = weighted(rng, RELIGIONS)
        marriage = weighted(rng, MARRIAGE)
        nik_day = birth.day + (0 if male else 40)
        nik = f"{city_id}{rng.randint(1, 21):02d}{nik_day:02d}{birth.month:02d}{birth.year % 100:02d}{rng.randint(1, 9999):04d}"
        login = ".".join(name.lower().split()[:2]) + str(rng.randint(1, 999))
        pns_date = appointed.replace(year=appointed.year + 1) if status == "pns" else None
        sk_date = appointed - datetime.timedelta(days=rng.randint(10, 60))
        pppk = status == "pppk"

        values = {
            "PNS ID": hex32(rng),
            "NIP BARU": ("'" if rng.random() < 0.05 else "") + nip,
            "NIP LAMA": f"{rng.randint(100000000, 999999999)}" if status == "pns" and appointed.year < 2008 else "",
            "NAMA": name.upper() if rng.random() < 0.1 else name,
            "GELAR DEPAN": gelar_depan,
            "GELAR BELAKANG": (", " if gelar_belakang and rng.random() < 0.05 else "") + gelar_belakang,
            "TEMPAT LAHIR ID": hex32(rng), "TEMPAT LAHIR NAMA": city,
            "TANGGAL LAHIR": dmy(birth), "JENIS KELAMIN": "M" if male else "F",
            "AGAMA ID": religion[0], "AGAMA NAMA": religion[1],
            "JENIS KAWIN ID": marriage[0], "JENIS KAWIN NAMA": marriage[1],
            "NIK": nik, "NOMOR HP": f"08{rng.choice([11, 12, 13, 52, 53, 77, 81, 82])}{rng.randint(10000000, 99999999)}",
            "EMAIL": f"{login}@gmail.com" if rng.random() < 0.9 else "",
            "EMAIL GOV": f"{login}@bench.go.id" if rng.random() < 0.4 else "",
            "ALAMAT": f"{rng.choice(STREETS)} NO. {rng.randint(1, 250)}",
            "NPWP NOMOR": "null" if rng.random() < 0.03 else f"{rng.randint(10**14, 10**15 - 1)}",
            "BPJS": f"{rng.randint(10**12, 10**13 - 1)}",
            "JENIS PEGAWAI ID": "12" if pppk else "4",
            "JENIS PEGAWAI NAMA": "PPPK Daerah Kab/Kota" if pppk else "PNS Daerah Kab/Kota",
            "KEDUDUKAN HUKUM ID": "71" if pppk else "01",
            "KEDUDUKAN HUKUM NAMA": "PPPK Aktif" if pppk else "Aktif",
            "STATUS CPNS PNS": "" if pppk else ("C" if status == "cpns" else "P"),
            "KARTU ASN VIRTUAL": rng.choice(["", "Y"]),
            "NOMOR SK CPNS": "" if pppk else f"800/{rng.randint(1, 9999)}/BKPSDM/{appointed.year}",
            "TANGGAL SK CPNS": "" if pppk else dmy(sk_date),
            "TMT CPNS": "" if pppk else dmy(appointed),
            "NOMOR SK PNS": f"821.13/{rng.randint(1, 9999)}/BKPSDM/{pns_date.year}" if pns_date else "",
            "TANGGAL SK PNS": dmy(pns_date - datetime.timedelta(days=20)) if pns_date else "",
            "TMT PNS": dmy(pns_date) if pns_date else "",
            "GOL AWAL ID": gol_awal[0], "GOL AWAL NAMA": gol_awal[1],
            "GOL AKHIR ID": gol_akhir[0], "GOL AKHIR NAMA": gol_akhir[1],
            "TMT GOLONGAN": dmy(datetime.date(max(appointed.year, TODAY.year - rng.randint(0, 4)), rng.choice([4, 10]), 1)),
            "MK TAHUN": str(years), "MK BULAN": str(rng.randint(0, 11)),
            "JENIS JABATAN ID": jenis[0], "JENIS JABATAN NAMA": jenis[1],
            "JABATAN ID": hex32(rng), "JABATAN NAMA": jabatan,
            "TMT JABATAN": dmy(datetime.date(max(appointed.year, TODAY.year - rng.randint(0, 8)), rng.randint(1, 12), 1)),
            "TINGKAT PENDIDIKAN ID": tingkat_id, "TINGKAT PENDIDIKAN NAMA": tingkat_name,
            "PENDIDIKAN ID": hex32(rng), "PENDIDIKAN NAMA": MAJORS[education],
            "TAHUN LULUS": str(min(appointed.year - 1, birth.year + {"SMA": 18, "D3": 21, "S1": 22, "S2": 26}[education])),
            "KPKN ID": "A8ACA7E3A0C93912E040640A040269BB", "KPKN NAMA": "KPPN BENCH",
            "LOKASI KERJA ID": "A8ACA7E3A0D83912E040640A040269BB", "LOKASI KERJA NAMA": "KOTA BENCH",
            "UNOR ID": unit["id"], "UNOR NAMA": unit["path"],
            "INSTANSI INDUK ID": "A5EB03E23CE8F6A0E040640A040252AD", "INSTANSI INDUK NAMA": "Pemerintah Kota Bench",
            "INSTANSI KERJA ID": "A5EB03E23CE8F6A0E040640A040252AD", "INSTANSI KERJA NAMA": "Pemerintah Kota Bench",
            "SATUAN KERJA INDUK ID": "A5EB03E23CE8F6A0E040640A040252AD", "SATUAN KERJA INDUK NAMA": AGENCY,
            "SATUAN KERJA KERJA ID": unit["opd_id"], "SATUAN KERJA KERJA NAMA": unit["opd"],
            "IS VALID NIK": "true" if rng.random() < 0.97 else "false",
            "NAMA SEKOLAH": rng.choice(SCHOOLS), "FLAG IKD": rng.choice(["0", "1"]),
            "ESELON ID": eselon_id or "99", "ESELON NAMA": eselon_name,
        }
        return [values[c] for c in HEADER]


def generate(rows: int, seed: int, out) -> None:
    gen = Generator(seed)
    out.write("|".join(HEADER) + "\n")
    for i in range(rows):
        out.write("|".join(gen.row(i)) + "\n")


def verify(path: str) -> int:
    """Checks the file as the importer would; prints a summary; returns the number of problems."""
    problems = []
    statuses = collections.Counter()
    units = set()
    nips = set()
    with open(path, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("|")
        col = {name: i for i, name in enumerate(header)}
        if len(header) < 64:
            problems.append(f"header has {len(header)} columns, expected 64 or more")
        for line_no, line in enumerate(f, start=2):
            cells = line.rstrip("\n").split("|")
            if len(cells) != len(header) or '"' in line:
                problems.append(f"line {line_no}: {len(cells)} cells or a quote")
                continue
            nip = cells[col["NIP BARU"]].lstrip("'")
            pppk = cells[col["KEDUDUKAN HUKUM ID"]] == "71"
            statuses["pppk" if pppk else ("cpns" if cells[col["STATUS CPNS PNS"]] == "C" else "pns")] += 1
            units.add(cells[col["UNOR NAMA"]])
            error = nip_error(nip, pppk)
            if not error and nip in nips:
                error = "duplicate NIP"
            if not error and datetime.datetime.strptime(cells[col["TANGGAL LAHIR"]], "%d-%m-%Y").strftime("%Y%m%d") != nip[:8]:
                error = "TANGGAL LAHIR differs from NIP"
            if not error and {"M": "1", "F": "2"}[cells[col["JENIS KELAMIN"]]] != nip[14]:
                error = "JENIS KELAMIN differs from NIP digit 15"
            if error:
                problems.append(f"line {line_no}: NIP {nip}: {error}")
            nips.add(nip)
    for p in problems[:20]:
        print(p, file=sys.stderr)
    print(f"verified {path}: {len(nips)} rows, {len(header)} columns, {len(units)} units, "
          f"{dict(statuses)}, {len(problems)} problems")
    return len(problems)


def nip_error(nip: str, pppk: bool):
    if len(nip) != 18 or not nip.isdigit():
        return "not 18 digits"
    try:
        birth = datetime.date(int(nip[0:4]), int(nip[4:6]), int(nip[6:8]))
    except ValueError:
        return "invalid birth date"
    if nip[14] not in "12":
        return "digit 15 not 1 or 2"
    if pppk:
        if nip[12:14] != "21" or int(nip[8:12]) < birth.year + 17:
            return "invalid PPPK appointment year or marker"
        return None
    year, month = int(nip[8:12]), int(nip[12:14])
    if not 1 <= month <= 12:
        return "invalid appointment month"
    if year * 12 + month < (birth.year + 17) * 12 + birth.month:
        return "appointed before age 17"
    return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--seed", type=int, default=20_250_630)
    parser.add_argument("--out", help="output file (default: standard output)")
    parser.add_argument("--verify", metavar="FILE", help="check a generated file instead of generating")
    args = parser.parse_args()
    if args.verify:
        return 1 if verify(args.verify) else 0
    if args.out:
        with open(args.out, "w", encoding="utf-8", newline="\n") as out:
            generate(args.rows, args.seed, out)
    else:
        generate(args.rows, args.seed, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
