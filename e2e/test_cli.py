"""The command-line verbs (migrate, create-agency, import-employees, create-admin) on a fresh SQLite file.

Each test gets its own database in a tmp dir; DATABASE_URL is always unset, so SQLite is used.
"""

import os
import sqlite3
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT = 120  # seconds per command; a debug build on 2 cores can be slow

UNOR = "SUB BAGIAN UMUM - SEKRETARIAT DAERAH - PEMERINTAH KOTA UJI"
SIASN_HEADER = [
    "PNS ID", "NIP BARU", "NIP LAMA", "NAMA", "GELAR DEPAN", "GELAR BELAKANG", "TEMPAT LAHIR NAMA",
    "TANGGAL LAHIR", "JENIS KELAMIN", "KEDUDUKAN HUKUM ID", "KEDUDUKAN HUKUM NAMA", "STATUS CPNS PNS",
    "TMT CPNS", "GOL AKHIR ID", "GOL AKHIR NAMA", "JENIS JABATAN ID", "JENIS JABATAN NAMA", "JABATAN NAMA",
    "ESELON NAMA", "UNOR ID", "UNOR NAMA",
]
BASE_ROW = {
    "NIP LAMA": "", "GELAR DEPAN": "", "GELAR BELAKANG": "", "TEMPAT LAHIR NAMA": "MEDAN",
    "KEDUDUKAN HUKUM ID": "01", "KEDUDUKAN HUKUM NAMA": "Aktif", "STATUS CPNS PNS": "P",
    "GOL AKHIR ID": "32", "GOL AKHIR NAMA": "III/b", "JENIS JABATAN ID": "4",
    "JENIS JABATAN NAMA": "Jabatan Pelaksana", "JABATAN NAMA": "Pengadministrasi Perkantoran",
    "ESELON NAMA": "", "UNOR ID": "9BE483A5A3B1C2D4E5F60718293A4B5C", "UNOR NAMA": UNOR,
}
# Valid NIPs: birth date YYYYMMDD, appointment YYYYMM (>= birth + 17 years), gender digit (1 = M, 2 = F),
# 3-digit sequence. TANGGAL LAHIR and TMT CPNS agree with the NIP.
ROWS = [
    {**BASE_ROW, "PNS ID": "B84B3041F93D5A56E040640A0402F001", "NIP BARU": "198805122012031001",
     "NAMA": "Andi Pratama", "TANGGAL LAHIR": "12-05-1988", "JENIS KELAMIN": "M", "TMT CPNS": "01-03-2012"},
    {**BASE_ROW, "PNS ID": "B84B3041F93D5A56E040640A0402F002", "NIP BARU": "199002282014022002",
     "NAMA": "Sri Wahyuni", "TANGGAL LAHIR": "28-02-1990", "JENIS KELAMIN": "F", "TMT CPNS": "01-02-2014"},
    {**BASE_ROW, "PNS ID": "B84B3041F93D5A56E040640A0402F003", "NIP BARU": "198512012010011003",
     "NAMA": "Budi Santoso", "TANGGAL LAHIR": "01-12-1985", "JENIS KELAMIN": "M", "TMT CPNS": "01-01-2010"},
]


def write_siasn_csv(path: Path, rows: list[dict]) -> Path:
    lines = ["|".join(SIASN_HEADER)] + ["|".join(row[c] for c in SIASN_HEADER) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


class Cli:
    """Runs the `asah` binary against one SQLite file; output is stdout and stderr together."""

    def __init__(self, binary: str, tmp: Path):
        self.binary = binary
        self.tmp = tmp
        self.db = tmp / "cli.sqlite"

    def run(self, *args: str, **extra_env: str) -> subprocess.CompletedProcess:
        env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
        env.update(ASAH_DATABASE_PATH=str(self.db), **extra_env)
        return subprocess.run([self.binary, *args], cwd=self.tmp, env=env, stdin=subprocess.DEVNULL,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=TIMEOUT)

    def ok(self, *args: str, **extra_env: str) -> str:
        result = self.run(*args, **extra_env)
        assert result.returncode == 0, f"asah {' '.join(args)} exited {result.returncode}:\n{result.stdout}"
        return result.stdout

    def fails(self, *args: str, **extra_env: str) -> str:
        result = self.run(*args, **extra_env)
        assert result.returncode > 0, f"asah {' '.join(args)} should have failed:\n{result.stdout}"
        return result.stdout

    def count(self, sql: str, *params) -> int:
        with sqlite3.connect(self.db) as conn:
            return conn.execute(sql, params).fetchone()[0]


@pytest.fixture
def cli(tmp_path) -> Cli:
    binary = os.environ.get("ASAH_BIN", str(ROOT / ".build" / "debug" / "asah"))
    if not os.access(binary, os.X_OK):
        pytest.fail(f"binary {binary} not found: run `swift build` or set ASAH_BIN")
    return Cli(binary, tmp_path)


@pytest.fixture
def agency(cli: Cli) -> str:
    cli.ok("migrate")
    cli.ok("create-agency", "--code", "kotauji", "--name", "Kota Uji", "--kind", "kota",
           "--province", "Sumatera Utara")
    return "kotauji"


def employees(cli: Cli) -> int:
    return cli.count("select count(*) from employees")


def test_migrate_is_repeatable(cli: Cli):
    assert "Database up to date (sqlite)." in cli.ok("migrate")
    assert "Database up to date (sqlite)." in cli.ok("migrate")
    assert cli.db.exists()


def test_create_agency(cli: Cli):
    cli.ok("migrate")
    args = ["create-agency", "--code", "kotauji", "--name", "Kota Uji", "--province", "Sumatera Utara"]
    cli.ok(*args, "--kind", "kota")
    assert cli.count("select count(*) from agencies where code = ?", "kotauji") == 1
    assert "already exists" in cli.fails(*args, "--kind", "kota")  # the code is taken
    assert "kind must be" in cli.fails(*args[:2], "kotauji2", *args[3:], "--kind", "desa")  # not a kind
    assert cli.count("select count(*) from agencies where code like 'kotauji%'") == 1


def test_import_employees(cli: Cli, agency: str):
    good = write_siasn_csv(cli.tmp / "siasn.csv", ROWS)
    args = ["import-employees", "--agency", agency, "--file", str(good)]

    # A dry run reports the 3 new employees and writes nothing.
    assert "Dry run (nothing written): 3 created" in cli.ok(*args, "--dry-run")
    assert employees(cli) == 0

    # The real import, then the same file again: nothing changes.
    assert "Imported: 3 created" in cli.ok(*args)
    assert employees(cli) == 3
    assert "0 created, 0 updated, 3 unchanged" in cli.ok(*args)
    assert employees(cli) == 3

    # A bad NIP (17 digits) on the last row (physical line 4; the header is row 1) refuses the whole file.
    bad_rows = [*ROWS[:2], {**ROWS[2], "NAMA": "Budi Santoso Baru", "NIP BARU": ROWS[2]["NIP BARU"][:17]}]
    bad = write_siasn_csv(cli.tmp / "siasn-bad.csv", bad_rows)
    output = cli.fails("import-employees", "--agency", agency, "--file", str(bad))
    assert "row 4" in output and "NIP BARU" in output
    assert employees(cli) == 3


def test_import_into_unknown_agency_fails(cli: Cli, agency: str):
    csv = write_siasn_csv(cli.tmp / "siasn.csv", ROWS)
    assert "tidakada" in cli.fails("import-employees", "--agency", "tidakada", "--file", str(csv))
    assert employees(cli) == 0


def test_create_admin(cli: Cli):
    cli.ok("migrate")
    cli.ok("create-admin", "--username", "operator", ASAH_ADMIN_PASSWORD="rahasia-sekali-123")
    assert cli.count("select count(*) from users where username = ?", "operator") == 1
    output = cli.fails("create-admin", "--username", "operator", ASAH_ADMIN_PASSWORD="rahasia-sekali-123")
    assert "already exists" in output
    assert cli.count("select count(*) from users where username = ?", "operator") == 1


def test_recompute_levels(cli):
    cli.ok("migrate")
    cli.ok("create-agency", "--code", "kotauji", "--name", "Kota Uji", "--kind", "kota", "--province", "Sumatera Utara")
    out = cli.ok("recompute-levels")
    assert "kotauji: current levels recomputed." in out
    cli.fails("recompute-levels", "--agency", "tidakada")
