"""A manager reads who heads each unit and who has no supervisor, opens one of the people whose
supervisor was chosen by hand, and tries to record a change of employment state dated in the future,
which is refused by name.

Every page visited is screenshotted (phone and desktop, e2e/artifacts/) and audited with axe.
"""

from playwright.sync_api import Page, expect

MANAGER = ("pengelola.medan", "asah-demo")


def test_a_manager_reads_the_structure_and_an_employment_state(page: Page, base_url: str, visit):
    page.goto(base_url + "/masuk")
    page.get_by_label("Nama pengguna").fill(MANAGER[0])
    page.get_by_label("Kata sandi").fill(MANAGER[1])
    page.get_by_role("button", name="Masuk", exact=True).click()
    page.goto(base_url + "/instansi/medan")
    expect(page.get_by_text("kepala:").first).to_be_visible()
    page.get_by_role("link", name="Atasan dan kepala unit").click()
    expect(page.get_by_role("heading", name="Atasan dan kepala unit")).to_be_visible()
    expect(page.get_by_text("unit punya kepala", exact=True)).to_be_visible()
    visit.record("supervision")

    chosen = page.locator("section", has=page.get_by_role("heading", name="Atasan yang ditetapkan pengelola"))
    chosen.locator("tbody tr").first.get_by_role("link").first.click()
    expect(page.get_by_text("Status kepegawaian: Aktif")).to_be_visible()
    expect(page.get_by_text("(ditetapkan pengelola)")).to_be_visible()
    page.get_by_role("link", name="Ubah status kepegawaian").click()
    expect(page.get_by_role("heading", name="Status kepegawaian")).to_be_visible()
    page.get_by_label("Status").select_option("tugas_belajar")
    page.get_by_label("Berlaku sejak").fill("2999-01-01")
    page.get_by_role("button", name="Simpan").click()
    expect(page.get_by_text("Tanggal tidak boleh setelah hari ini")).to_be_visible()
    visit.record("employment-refused")
    visit.assert_accessible()
