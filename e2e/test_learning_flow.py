"""The whole of one learning activity in the browser: a manager creates it, the facilitator writes
its post-test, an employee enrols, checks in with the code shown at the venue, passes the post-test,
the manager closes it, and the employee finds the JP added and opens the certificate, which anyone
can then verify. Every page is screenshotted (phone and desktop) and audited with axe."""

import re

from playwright.sync_api import Page, expect

from server_clock import server_today
from test_roles_tour import log_in

TITLE = "Penulisan Laporan Dinas yang Ringkas"
QUIZ = """Bagian laporan yang memuat pokok persoalan dan usulan disebut
* ringkasan eksekutif
- lampiran
- daftar isi

Kalimat yang baik dalam laporan dinas bersifat
- panjang dan berbunga
* jelas, singkat dan lugas
- penuh istilah asing"""


def log_out(page: Page) -> None:
    page.get_by_role("button", name="Keluar").click()


def test_an_employee_enrols_attends_passes_and_gets_the_certificate(page: Page, base_url: str, visit):
    today = server_today().isoformat()

    # The manager plans it: one session today, a post-test to pass, the demo facilitator.
    log_in(page, base_url, "pengelola.medan")
    page.goto(base_url + "/instansi/medan/kegiatan/baru")
    page.get_by_label("Judul kegiatan").fill(TITLE)
    page.get_by_label("Jenis diklat (SIASN)").select_option("3")
    page.get_by_label("Tempat").fill("Ruang Rapat Dinas Perhubungan")
    page.get_by_label("Sesi 1: tanggal").fill(today)
    page.locator("#f-sesi_mulai_1").fill("08:00")
    page.locator("#f-sesi_selesai_1").fill("11:00")
    page.get_by_label("Nilai lulus post-test").fill("70")
    page.get_by_label("Fasilitator (nama pengguna, pisahkan dengan koma)").fill("fasilitator.medan")
    visit.record("activity-form")
    page.get_by_role("button", name="Simpan kegiatan").click()
    expect(page.get_by_role("heading", name=TITLE)).to_be_visible()
    activity_url = page.url
    visit.record("activity-created")
    log_out(page)

    # The facilitator writes the post-test and reads today's check-in code.
    log_in(page, base_url, "fasilitator.medan")
    page.goto(activity_url)
    page.get_by_role("link", name="Susun post-test").click()
    page.get_by_label("Soal dan pilihan jawaban").fill(QUIZ)
    visit.record("post-test-edit")
    page.get_by_role("button", name="Simpan soal").click()
    expect(page.get_by_text("Perubahan tersimpan.")).to_be_visible()
    code = page.locator("td[data-label='Kode hadir'] code").first.inner_text()
    assert re.fullmatch(r"[0-9A-Z]{6}", code), code
    log_out(page)

    # The employee finds it, enrols, checks in, passes the post-test.
    log_in(page, base_url, "pegawai.medan")
    page.get_by_role("link", name="Kegiatan", exact=True).first.click()
    page.get_by_role("link", name=TITLE).click()
    visit.record("activity-before-enrolling")
    page.get_by_role("button", name="Daftar kegiatan ini").click()
    expect(page.get_by_text("Status: Terdaftar")).to_be_visible()
    page.get_by_label("Kode hadir sesi hari ini").fill(code.lower())
    page.get_by_role("button", name="Catat kehadiran saya").click()
    expect(page.get_by_text("Perubahan tersimpan.")).to_be_visible()
    page.get_by_role("link", name="Kerjakan post-test").click()
    page.get_by_label("ringkasan eksekutif").check()
    page.get_by_label("jelas, singkat dan lugas").check()
    visit.record("post-test")
    page.get_by_role("button", name="Kirim jawaban").click()
    expect(page.get_by_role("heading", name="Nilai Anda 100")).to_be_visible()
    visit.record("post-test-result")
    log_out(page)

    # The manager closes it: the employee completes.
    log_in(page, base_url, "pengelola.medan")
    page.goto(activity_url)
    page.get_by_role("button", name="Tutup kegiatan dan terbitkan sertifikat").click()
    expect(page.locator("dl.facts")).to_contain_text("Selesai")
    log_out(page)

    # The employee sees the JP added and opens the certificate; anyone can verify it.
    log_in(page, base_url, "pegawai.medan")
    page.goto(activity_url)
    expect(page.get_by_text("Status: Selesai")).to_be_visible()
    page.get_by_role("link", name="JP saya").first.click()
    expect(page.get_by_text(TITLE)).to_be_visible()
    visit.record("jp-with-activity")
    page.goto(activity_url)
    page.get_by_role("link", name="Lihat dan cetak sertifikat").click()
    expect(page.get_by_role("heading", name="Sertifikat")).to_be_visible()
    expect(page.get_by_text(TITLE)).to_be_visible()
    visit.record("certificate")
    verification = page.locator(".certificate b").last.inner_text()
    log_out(page)
    page.goto(base_url + "/verifikasi")
    page.get_by_label("Kode verifikasi").fill(verification.lower())
    page.get_by_role("button", name="Periksa").click()
    expect(page.get_by_role("heading", name="Sertifikat sah")).to_be_visible()
    visit.record("verified")
    visit.assert_accessible()
