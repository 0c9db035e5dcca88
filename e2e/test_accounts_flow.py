"""A manager opens accounts for a unit and prints the slips; one of those employees activates their
account with the slip on a phone and is signed in.

Every page visited is screenshotted (phone and desktop, e2e/artifacts/) and audited with axe.
"""

import re

from playwright.sync_api import Page, expect

MANAGER = ("pengelola.medan", "asah-demo")


def test_a_unit_gets_accounts_and_one_person_activates(page: Page, base_url: str, visit):
    page.goto(base_url + "/masuk")
    page.get_by_label("Nama pengguna").fill(MANAGER[0])
    page.get_by_label("Kata sandi").fill(MANAGER[1])
    page.get_by_role("button", name="Masuk", exact=True).click()
    page.get_by_role("navigation", name="Menu utama").get_by_role("link", name="Akun", exact=True).click()
    expect(page.get_by_role("heading", name="Akun pegawai")).to_be_visible()
    visit.record("accounts")

    many = page.locator("form", has=page.get_by_role("heading", name="Akun untuk banyak pegawai sekaligus"))
    option = many.locator("select option", has_text="Dinas Perhubungan dan sub-unitnya").first
    many.get_by_label("Pegawai dari").select_option(value=option.get_attribute("value"))
    many.get_by_role("button", name="Buka akun dan cetak slip").click()
    expect(page.get_by_role("heading", name=re.compile(r"Slip aktivasi"))).to_be_visible()
    visit.record("slips")
    slip = page.locator("article.slip").first
    username = slip.locator("dd").nth(1).inner_text().strip()
    code = slip.locator("p.code").inner_text().strip()
    assert re.fullmatch(r"[A-Z2-9]{5}-[A-Z2-9]{5}", code), code

    page.get_by_role("button", name="Keluar").click()
    page.set_viewport_size({"width": 390, "height": 844})
    page.get_by_role("link", name="Aktifkan akun Anda").click()
    expect(page.get_by_role("heading", name="Aktivasi akun")).to_be_visible()
    visit.record("activation")
    page.get_by_label("Nama pengguna (biasanya NIP)").fill(username)
    page.get_by_label("Kode aktivasi").fill(code.lower().replace("-", " "))
    page.get_by_label("Kata sandi baru", exact=True).fill(username)
    page.get_by_label("Ulangi kata sandi baru").fill(username)
    page.get_by_role("button", name="Aktifkan akun").click()
    expect(page.get_by_text("Kata sandi tidak boleh sama dengan NIP atau nama pengguna.")).to_be_visible()
    visit.record("activation-refused")
    page.get_by_label("Kode aktivasi").fill(code)
    page.get_by_label("Kata sandi baru", exact=True).fill("kopi-susu-pagi-hari")
    page.get_by_label("Ulangi kata sandi baru").fill("kopi-susu-pagi-hari")
    page.get_by_role("button", name="Aktifkan akun").click()
    expect(page.get_by_text("Akun Anda sudah aktif. Selamat datang di Asah.")).to_be_visible()
    visit.record("activated")
    page.get_by_role("link", name="Akun saya").click()
    expect(page.get_by_role("heading", name="Ubah kata sandi")).to_be_visible()
    visit.record("my-account")
    visit.assert_accessible()
