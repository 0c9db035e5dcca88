"""Each demo role signs in and opens the pages of its daily work; every page is screenshotted
(phone and desktop, e2e/artifacts/) and audited with axe."""

import re

from playwright.sync_api import Page, expect

from server_clock import server_now

# Reminders of the JP minimum show from July on (the default `jp_reminder_month`), in Jakarta's time.
REMINDERS_DUE = server_now().month >= 7


def log_in(page: Page, base_url: str, username: str) -> None:
    page.goto(base_url + "/masuk")
    page.get_by_label("Nama pengguna").fill(username)
    page.get_by_label("Kata sandi").fill("asah-demo")
    page.get_by_role("button", name="Masuk", exact=True).click()
    expect(page).to_have_url(base_url + "/")


def test_manager_tour(page: Page, base_url: str, visit):
    log_in(page, base_url, "pengelola.batanghari")
    page.get_by_role("link", name="Unit kerja").first.click()
    expect(page.get_by_role("heading", name="Struktur unit kerja")).to_be_visible()
    visit.record("units")

    page.get_by_role("link", name="Jabatan", exact=True).first.click()
    expect(page.get_by_role("heading", name="Jabatan", exact=True)).to_be_visible()
    visit.record("positions")

    page.get_by_role("link", name="standar").first.click()
    expect(page.get_by_role("heading", name="Standar kompetensi jabatan")).to_be_visible()
    visit.record("standard")

    page.get_by_role("link", name="Kompetensi", exact=True).first.click()
    expect(page.get_by_role("heading", name="Kamus kompetensi")).to_be_visible()
    visit.record("dictionary")

    page.get_by_role("link", name="Kesenjangan", exact=True).first.click()
    expect(page.get_by_role("heading", name=re.compile("Kesenjangan kompetensi"))).to_be_visible()
    visit.record("gaps")

    # JP compliance: totals, per unit, by month, the PNS below the minimum; then one of them, and the settings.
    page.get_by_role("link", name="Pemenuhan JP", exact=True).first.click()
    expect(page.get_by_role("heading", name=re.compile(r"Pemenuhan JP \d{4}"))).to_be_visible()
    expect(page.get_by_role("heading", name="Per bulan")).to_be_visible()
    visit.record("jp-compliance")
    below = page.locator("section", has=page.get_by_role("heading", name=re.compile("Di bawah minimum")))
    below.get_by_role("link").first.click()
    expect(page.get_by_role("heading", name=re.compile(r"Jam pelajaran \(JP\)"))).to_be_visible()
    expect(page.get_by_text(re.compile(r"^Kurang "))).to_be_visible()
    visit.record("jp-employee")
    page.go_back()
    page.get_by_role("link", name="Pengaturan JP").click()
    expect(page.get_by_label("Pengingat di beranda mulai bulan")).to_have_value("7")
    visit.record("jp-settings")

    # A new employee with a NIP whose gender digit contradicts the chosen gender: the error stands beside the field.
    page.goto(base_url + "/instansi/batanghari/pegawai/baru")
    page.get_by_label("NIP", exact=True).fill("19910317 201603 1 905")
    page.get_by_label("Nama", exact=True).fill("Andi Saputra")
    page.get_by_label("Jenis kelamin").select_option("F")
    page.get_by_label("Tanggal lahir").fill("1991-03-17")
    page.get_by_role("button", name="Simpan").click()
    expect(page.get_by_text("Jenis kelamin tidak sesuai dengan digit ke-15 NIP.")).to_be_visible()
    visit.record("employee-form-error")

    page.get_by_label("Jenis kelamin").select_option("M")
    page.get_by_role("button", name="Simpan").click()
    expect(page.locator("h1")).to_have_text("Andi Saputra")
    expect(page.get_by_text("Perubahan tersimpan.")).to_be_visible()
    visit.record("employee-saved")
    visit.assert_accessible()


def test_unit_head_and_employee_tour(page: Page, base_url: str, visit):
    log_in(page, base_url, "kepala.mamuju")
    expect(page.get_by_role("heading", name=re.compile("Dinas Perhubungan"))).to_be_visible()
    if REMINDERS_DUE:
        expect(page.get_by_text(re.compile("PNS di unit Anda belum mencapai 20 JP"))).to_be_visible()
    visit.record("unit-head-home")
    page.get_by_role("link", name="Pemenuhan JP", exact=True).first.click()
    expect(page.get_by_text(re.compile("Dinas Perhubungan · PNS dan CPNS"))).to_be_visible()
    visit.record("unit-head-jp")
    page.goto(base_url + "/")
    page.get_by_role("link", name="Pegawai unit saya").click()
    expect(page.get_by_role("heading", name="Pegawai unit kerja")).to_be_visible()
    visit.record("unit-head-list")
    page.get_by_role("button", name="Keluar").click()

    log_in(page, base_url, "pegawai.mamuju")
    expect(page.get_by_role("heading", name="Data saya")).to_be_visible()
    if REMINDERS_DUE:
        expect(page.get_by_text(re.compile(r"JP Anda tahun ini: [\d,]+ dari 20 JP"))).to_be_visible()
    visit.record("employee-home")
    # Their JP year: the total against 20 JP, and the year switcher to last year.
    page.get_by_role("link", name="JP saya", exact=True).click()
    expect(page.get_by_role("heading", name=re.compile(r"JP saya \d{4}"))).to_be_visible()
    visit.record("employee-jp")
    page.get_by_role("navigation", name="Pilih tahun").get_by_role("link").last.click()
    expect(page.get_by_role("table")).to_be_visible()
    visit.record("employee-jp-last-year")
    page.goto(base_url + "/")
    page.get_by_role("link", name="Lihat profil lengkap").click()
    expect(page.get_by_text("Atasan langsung")).to_be_visible()
    visit.record("employee-profile")
    # Their competency profile: a self-assessment is recorded from it.
    page.get_by_role("link", name="Profil kompetensi").first.click()
    expect(page.get_by_text("Job person match (JPM)")).to_be_visible()
    visit.record("competency-profile")
    page.get_by_label("Level", exact=True).select_option("3")
    page.get_by_role("button", name="Simpan penilaian").click()
    expect(page.get_by_text("Perubahan tersimpan.")).to_be_visible()
    expect(page.get_by_role("cell", name="Penilaian diri").first).to_be_visible()
    visit.record("competency-profile-saved")
    # An employee has no import page and no compliance report.
    page.goto(base_url + "/instansi/mamuju/impor")
    expect(page.get_by_role("heading", name="Akses ditolak")).to_be_visible()
    page.goto(base_url + "/instansi/mamuju/jp")
    expect(page.get_by_text("Laporan pemenuhan JP tersedia untuk pengelola dan kepala unit kerja.")).to_be_visible()
    visit.assert_accessible()
