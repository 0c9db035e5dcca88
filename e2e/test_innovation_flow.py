"""An innovation project in the browser: an employee proposes one and leads it, adds a milestone and
starts it; the manager names the head of office its mentor; the mentor completes it with its outcome;
the employee finds the project's JP in their ledger. Every page is screenshotted and audited with axe."""

import datetime

from playwright.sync_api import Page, expect

from server_clock import server_today
from test_learning_flow import log_out
from test_roles_tour import log_in

TITLE = "Papan jadwal angkutan kota di halte"


def test_an_employee_leads_a_project_and_the_mentor_completes_it(page: Page, base_url: str, visit):
    today = server_today()

    # The employee finds the projects from the activities page and reads the mentor's NIP off the demo project.
    log_in(page, base_url, "pegawai.medan")
    page.get_by_role("link", name="Kegiatan", exact=True).first.click()
    page.get_by_role("link", name="Proyek inovasi").click()
    visit.record("innovation-list")
    page.get_by_role("link", name="Aplikasi pengaduan warga").click()
    mentor_nip = page.locator("tr", has_text="Mentor").locator("td[data-label='Nama'] small").inner_text()
    visit.record("innovation-demo-project")

    # They propose their own project (they lead it), add a milestone and start it.
    page.get_by_role("link", name="‹ Proyek inovasi").click()
    page.get_by_role("link", name="Usulkan proyek baru").click()
    page.get_by_label("Judul proyek").fill(TITLE)
    page.get_by_label("Masalah yang diselesaikan").fill("Warga menunggu angkot tanpa tahu jadwalnya.")
    page.get_by_label("Kompetensi yang dilatih").fill("M.04")
    page.get_by_label("Mulai").fill((today - datetime.timedelta(days=30)).isoformat())
    page.get_by_label("Target selesai").fill((today + datetime.timedelta(days=60)).isoformat())
    visit.record("innovation-form")
    page.get_by_role("button", name="Simpan proyek").click()
    expect(page.get_by_role("heading", name=TITLE)).to_be_visible()
    project_url = page.url
    page.get_by_label("Tahapan", exact=True).fill("Uji coba di dua halte")
    page.get_by_label("Tenggat").fill(today.isoformat())
    page.locator("form", has=page.get_by_label("Tenggat")).get_by_role("button", name="Tambahkan").click()
    page.get_by_role("button", name="Tandai selesai").click()
    page.get_by_role("button", name="Mulai kerjakan").click()
    expect(page.locator("dl.facts dd").first).to_have_text("Berjalan")
    expect(page.get_by_role("button", name="Selesaikan dan catat JP")).to_have_count(0)
    visit.record("innovation-running")
    log_out(page)

    # The manager names the head of office its mentor (a ketua does not choose who completes their project).
    log_in(page, base_url, "pengelola.medan")
    page.goto(project_url)
    page.get_by_label("NIP").fill(mentor_nip)
    page.get_by_label("Peran").select_option("mentor")
    page.locator("form", has=page.get_by_label("NIP")).get_by_role("button", name="Tambahkan").click()
    expect(page.get_by_text("Perubahan tersimpan.")).to_be_visible()
    log_out(page)

    # The mentor completes it with its outcome: the ketua's 20 JP are credited.
    log_in(page, base_url, "kepala.medan")
    page.goto(project_url)
    page.get_by_label("Hasil proyek").fill("Jadwal terpasang di dua halte; keluhan jadwal turun separuh.")
    visit.record("innovation-complete-form")
    page.get_by_role("button", name="Selesaikan dan catat JP").click()
    expect(page.locator("dl.facts dd").first).to_contain_text("Selesai")
    expect(page.get_by_text("20 JP untuk ketua dan setiap anggota")).to_be_visible()
    visit.record("innovation-completed")
    log_out(page)

    # The employee sees the project's line in their JP.
    log_in(page, base_url, "pegawai.medan")
    page.get_by_role("link", name="JP saya").click()
    expect(page.get_by_text("Proyek inovasi: " + TITLE)).to_be_visible()
    visit.record("innovation-jp")
    visit.assert_accessible()
