"""A manager imports a SIASN export, then finds an imported employee; a wrong password is refused.

Every page visited is screenshotted (phone and desktop, e2e/artifacts/) and audited with axe.
"""

import re

from playwright.sync_api import Page, expect

MANAGER = ("pengelola.medan", "asah-demo")
UNOR = "SUB BAGIAN UMUM - DINAS PERHUBUNGAN - PEMERINTAH KOTA MEDAN"

# A pipe-separated SIASN export: the columns Asah reads plus a few it ignores, as real exports have.
# The NIPs are valid and outside the demo data: born 1991/1992, appointed 2016-03, sequence 9xx;
# digit 15 agrees with JENIS KELAMIN (1 = M, 2 = F).
SIASN_HEADER = [
    "PNS ID", "NIP BARU", "NIP LAMA", "NAMA", "GELAR DEPAN", "GELAR BELAKANG", "TEMPAT LAHIR NAMA",
    "TANGGAL LAHIR", "JENIS KELAMIN", "KEDUDUKAN HUKUM ID", "KEDUDUKAN HUKUM NAMA", "STATUS CPNS PNS",
    "TMT CPNS", "GOL AKHIR ID", "GOL AKHIR NAMA", "JENIS JABATAN ID", "JENIS JABATAN NAMA", "JABATAN NAMA",
    "ESELON NAMA", "UNOR ID", "UNOR NAMA",
]
NEW_EMPLOYEE = {
    "PNS ID": "A84B3041F93D5A56E040640A0402F901", "NIP BARU": "199103172016031901", "NIP LAMA": "",
    "NAMA": "Rahmat Hidayat Siregar", "GELAR DEPAN": "Ir.", "GELAR BELAKANG": "M.T.",
    "TEMPAT LAHIR NAMA": "MEDAN", "TANGGAL LAHIR": "17-03-1991", "JENIS KELAMIN": "M",
    "KEDUDUKAN HUKUM ID": "01", "KEDUDUKAN HUKUM NAMA": "Aktif", "STATUS CPNS PNS": "P",
    "TMT CPNS": "01-03-2016", "GOL AKHIR ID": "32", "GOL AKHIR NAMA": "III/b",
    "JENIS JABATAN ID": "4", "JENIS JABATAN NAMA": "Jabatan Pelaksana",
    "JABATAN NAMA": "Pengadministrasi Perkantoran", "ESELON NAMA": "",
    "UNOR ID": "8AE483A5A3B1C2D4E5F60718293A4B5C", "UNOR NAMA": UNOR,
}
OTHER_EMPLOYEE = {
    **NEW_EMPLOYEE,
    "PNS ID": "A84B3041F93D5A56E040640A0402F902", "NIP BARU": "199208242016032902",
    "NAMA": "Nurhaliza Lubis", "GELAR DEPAN": "", "GELAR BELAKANG": "S.E.",
    "TEMPAT LAHIR NAMA": "BINJAI", "TANGGAL LAHIR": "24-08-1992", "JENIS KELAMIN": "F",
    "GOL AKHIR ID": "31", "GOL AKHIR NAMA": "III/a", "JENIS JABATAN ID": "2",
    "JENIS JABATAN NAMA": "Jabatan Fungsional", "JABATAN NAMA": "Analis Kebijakan Ahli Pertama",
}


def write_siasn_csv(path) -> None:
    lines = ["|".join(SIASN_HEADER)]
    lines += ["|".join(row[c] for c in SIASN_HEADER) for row in (NEW_EMPLOYEE, OTHER_EMPLOYEE)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def employee_list_url(base_url: str, query: str = "") -> str:
    return f"{base_url}/instansi/medan/pegawai" + (f"?q={query.replace(' ', '+')}" if query else "")


def log_in(page: Page, base_url: str, password: str) -> None:
    page.get_by_label("Nama pengguna").fill(MANAGER[0])
    page.get_by_label("Kata sandi").fill(password)
    page.get_by_role("button", name="Masuk", exact=True).click()


def test_import_then_find_employee(page: Page, base_url: str, visit, tmp_path):
    nip = NEW_EMPLOYEE["NIP BARU"]
    name = NEW_EMPLOYEE["NAMA"]
    csv_path = tmp_path / "siasn-medan.csv"
    write_siasn_csv(csv_path)

    # Log in; the home dashboard follows.
    page.goto(base_url + "/masuk")
    visit.record("login")
    log_in(page, base_url, MANAGER[1])
    expect(page).to_have_url(base_url + "/")
    expect(page.locator("h1")).to_be_visible()
    visit.record("home")

    # Upload the export: a dry run that reports 2 new employees.
    page.goto(base_url + "/instansi/medan/impor")
    file_input = page.get_by_label("Berkas ekspor SIASN (CSV atau XLSX)")
    expect(file_input).to_be_attached()
    visit.record("import")
    file_input.set_input_files(str(csv_path))
    page.get_by_role("button", name="Periksa berkas").click()
    expect(page.get_by_role("heading", name="Hasil pemeriksaan")).to_be_visible()
    expect(page.locator("#jumlah-baru")).to_have_text(re.compile(r"^\s*2\s*$"))
    visit.record("dry-run")

    # The dry run wrote nothing: the employee is not findable yet (checked in a second tab).
    other = page.context.new_page()
    other.goto(employee_list_url(base_url, name))
    expect(other.get_by_label("Cari nama atau NIP")).to_be_visible()
    expect(other.get_by_role("link", name=re.compile(name))).to_have_count(0)
    other.close()

    # Confirm the import.
    page.get_by_role("button", name="Impor sekarang").click()
    expect(page.get_by_role("heading", name="Impor selesai")).to_be_visible()
    visit.record("import-done")

    # Search the employee list: only the matching employee is listed, linked to the profile.
    page.goto(employee_list_url(base_url))
    page.get_by_label("Cari nama atau NIP").fill(name)
    page.get_by_role("button", name="Cari", exact=True).click()
    link = page.get_by_role("link", name=re.compile(name))
    expect(link).to_have_count(1)
    expect(link).to_have_attribute("href", re.compile(rf"/pegawai/{nip}$"))
    expect(page.get_by_role("link", name=re.compile(OTHER_EMPLOYEE["NAMA"]))).to_have_count(0)
    visit.record("list")

    # The profile: full name with gelar, NIP printed in groups.
    link.click()
    expect(page).to_have_url(re.compile(rf"/pegawai/{nip}$"))
    heading = page.locator("h1")
    expect(heading).to_contain_text(name)
    expect(heading).to_contain_text(NEW_EMPLOYEE["GELAR DEPAN"])
    expect(heading).to_contain_text(NEW_EMPLOYEE["GELAR BELAKANG"])
    expect(page.get_by_text("19910317 201603 1 901").first).to_be_visible()
    visit.record("profile")

    # Log out: the import page asks for a login again.
    page.get_by_role("button", name="Keluar").click()
    page.goto(base_url + "/instansi/medan/impor")
    expect(page.get_by_label("Nama pengguna")).to_be_visible()
    expect(page.get_by_label("Berkas ekspor SIASN (CSV atau XLSX)")).to_have_count(0)

    visit.assert_accessible()


def test_wrong_password_is_refused(page: Page, base_url: str, visit):
    page.goto(base_url + "/masuk")
    error = page.get_by_text(re.compile("salah", re.IGNORECASE))
    expect(error).to_have_count(0)
    log_in(page, base_url, "bukan-sandi-ini")
    expect(error.first).to_be_visible()
    expect(page.get_by_label("Kata sandi")).to_be_visible()
    visit.record("login-error")

    # Still logged out.
    page.goto(base_url + "/instansi/medan/impor")
    expect(page.get_by_label("Nama pengguna")).to_be_visible()

    visit.assert_accessible()
