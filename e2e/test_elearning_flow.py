"""E-learning in the browser: the demo employee has read the first SPBE module; they pass its quiz,
mark a lesson done, keep the next one for offline reading, lose the connection, read it from the
service worker's copy and mark it done offline (queued), get the connection back (the queue is sent),
finish the last lesson and quiz, and find the course's JP in their ledger. Pages are screenshotted
(phone and desktop) and audited with axe."""

import re

from playwright.sync_api import BrowserContext, Page, expect

from test_roles_tour import log_in

COURSE = "Dasar-dasar SPBE untuk ASN"


def take_quiz(page: Page, answers: list[str]) -> None:
    for answer in answers:
        page.get_by_label(answer, exact=True).check()
    page.get_by_role("button", name="Kirim jawaban").click()


def test_an_employee_learns_offline_and_gets_the_course_jp(page: Page, context: BrowserContext, base_url: str, visit):
    log_in(page, base_url, "pegawai.medan")
    page.get_by_role("link", name="E-learning").first.click()
    expect(page.get_by_text("2 dari 5 materi selesai")).to_be_visible()
    visit.record("courses")
    page.get_by_role("link", name=COURSE).click()
    course_url = page.url
    visit.record("course")

    # Module 1: its lessons are done; the quiz is passed.
    page.get_by_role("link", name="Kuis modul (3 soal)").first.click()
    visit.record("quiz")
    take_quiz(page, ["Sistem Pemerintahan Berbasis Elektronik", "Perpres Nomor 95 Tahun 2018", "Layanan SPBE"])
    expect(page.get_by_text("Lulus (nilai lulus 70)")).to_be_visible()

    # Module 2, lesson 1: read and marked done online.
    page.goto(course_url)
    page.get_by_role("link", name="Layanan digital yang berpusat pada warga").click()
    visit.record("lesson")
    page.get_by_role("button", name="Tandai selesai").click()
    expect(page.get_by_text(re.compile("Anda menandai materi ini selesai"))).to_be_visible()

    # Lesson 2: kept for offline reading, then read and marked done without a connection.
    page.get_by_role("link", name="Menjaga keamanan informasi di tempat kerja").click()
    lesson_url = page.url
    page.get_by_role("button", name="Simpan untuk dibaca offline").click()
    expect(page.get_by_text(re.compile("Tersimpan"))).to_be_visible()
    context.set_offline(True)
    page.reload()
    expect(page.get_by_role("heading", name="Menjaga keamanan informasi di tempat kerja")).to_be_visible()
    page.get_by_role("button", name="Tandai selesai").click()
    expect(page.get_by_text(re.compile("Anda sedang offline"))).to_be_visible()
    context.set_offline(False)
    page.evaluate("window.dispatchEvent(new Event('online'))")
    expect(page.get_by_text(re.compile("sudah terkirim"))).to_be_visible()
    page.goto(lesson_url)
    expect(page.get_by_text(re.compile("Anda menandai materi ini selesai"))).to_be_visible()

    # The video lesson and the second quiz finish the course: its JP are in the ledger.
    page.goto(course_url)
    page.get_by_role("link", name="Video: transformasi digital pemerintah daerah").click()
    page.get_by_role("button", name="Tandai selesai").click()
    expect(page.get_by_text(re.compile("Anda menandai materi ini selesai"))).to_be_visible()
    page.goto(course_url)
    page.get_by_role("link", name="Kuis modul (3 soal)").nth(1).click()
    take_quiz(page, ["Menolak dan melaporkannya", "Dimulai dari kebutuhan warga", "UU Nomor 27 Tahun 2022"])
    expect(page.get_by_text(re.compile("Selamat, kursus selesai!"))).to_be_visible()
    visit.record("finished")
    page.get_by_role("link", name="JP saya").first.click()
    expect(page.get_by_text(re.compile("E-learning: " + COURSE)).first).to_be_visible()
    visit.assert_accessible()
