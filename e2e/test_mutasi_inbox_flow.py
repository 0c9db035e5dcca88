"""Mamuju's manager asks Medan for one of its employees by NIP; Medan's manager finds the request in the
inbox (its count beside "Kotak masuk" on every page), opens it and turns it down with a reason; then
records an izin belajar for an employee and its first semester.

Every page visited is screenshotted (phone and desktop, e2e/artifacts/) and audited with axe.
"""

import re

from playwright.sync_api import Page, expect

MEDAN = ("pengelola.medan", "asah-demo")
MAMUJU = ("pengelola.mamuju", "asah-demo")


def sign_in(page: Page, base_url: str, who):
    page.goto(base_url + "/masuk")
    page.get_by_label("Nama pengguna").fill(who[0])
    page.get_by_label("Kata sandi").fill(who[1])
    page.get_by_role("button", name="Masuk", exact=True).click()


def test_a_mutasi_request_reaches_the_senders_inbox_and_a_study_is_recorded(page: Page, base_url: str, visit):
    sign_in(page, base_url, MEDAN)
    page.goto(base_url + "/instansi/medan/pegawai")
    rows = page.locator("tbody tr")
    asked_nip = re.sub(r"\D", "", rows.nth(3).locator(".nip").first.inner_text())
    studying = rows.nth(4).get_by_role("link").first
    studying_name = studying.inner_text()
    studying.click()
    page.get_by_role("link", name="Tugas/izin belajar").click()
    expect(page.get_by_role("heading", name="Tugas dan izin belajar")).to_be_visible()
    page.get_by_label("Jenis").select_option("izin_belajar")
    page.get_by_label("Perguruan tinggi").fill("Universitas Sumatera Utara")
    page.get_by_label("Jenjang dan program studi").fill("S2 Administrasi Publik")
    page.get_by_label("Mulai", exact=True).fill("2025-08-01")
    page.get_by_label("Selesai (sesuai surat)").fill("2027-07-31")
    page.get_by_role("button", name="Simpan").click()
    expect(page.get_by_text("Izin belajar: S2 Administrasi Publik")).to_be_visible()
    page.get_by_label("Tanggal semester selesai").fill("2026-01-31")
    page.get_by_role("button", name="Catat semester selesai").click()
    expect(page.get_by_text("Jumlah: 20 JP dari 1 semester.")).to_be_visible()
    visit.record("study")
    assert studying_name
    page.get_by_role("button", name="Keluar").click()

    sign_in(page, base_url, MAMUJU)
    page.goto(base_url + "/instansi/mamuju/mutasi")
    page.get_by_label("NIP").fill(asked_nip)
    page.get_by_role("button", name="Kirim permintaan").click()
    asked = page.locator("section", has=page.get_by_role("heading", name="Permintaan instansi Anda"))
    expect(asked.get_by_text("Menunggu keputusan")).to_be_visible()
    expect(asked.get_by_text("Kota Medan")).to_be_visible()
    visit.record("mutasi-asked")
    page.get_by_role("button", name="Keluar").click()

    sign_in(page, base_url, MEDAN)
    inbox = page.get_by_role("link", name=re.compile(r"Kotak masuk, \d+ menunggu"))
    expect(inbox).to_be_visible()
    inbox.click()
    expect(page.get_by_text("1 permintaan mutasi atas pegawai instansi ini menunggu keputusan.")).to_be_visible()
    visit.record("inbox")
    page.get_by_role("link", name="Putuskan").first.click()
    waiting = page.locator("section", has=page.get_by_role("heading", name="Menunggu keputusan Anda"))
    expect(waiting.get_by_text("Kabupaten Mamuju")).to_be_visible()
    visit.record("mutasi-waiting")
    waiting.get_by_label("Alasan menolak").first.fill("Masih dibutuhkan di unit kerjanya.")
    waiting.get_by_role("button", name="Tolak").first.click()
    given = page.locator("section", has=page.get_by_role("heading", name="Keputusan atas pegawai Anda"))
    expect(given.get_by_text("Masih dibutuhkan di unit kerjanya.")).to_be_visible()
    visit.assert_accessible()
