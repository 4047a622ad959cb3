"""The briefing on screen, as PDF and on paper: its HTML, the dialog, the file dialog's settings."""

from __future__ import annotations

import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSettings, Qt, QTimer, QUrl
from PySide6.QtGui import QColor, QImage, QTextDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QFileDialog, QTextBrowser

from pcrm.domain.card import AffiliationEntry, ContactCard
from pcrm.services.session import Services
from pcrm.services.tasks import TaskDraft
from pcrm.services.timeline import InteractionDraft
from pcrm.ui.briefing_html import briefing_html, photo_url
from pcrm.ui.dialogs import briefing_dialog
from pcrm.ui.dialogs.briefing_dialog import BriefingDialog, open_briefing
from pcrm.ui.save_dialog import ask_save_path
from pcrm.ui.widgets.card_html import notes_html

EVIL = "<script>alert('x')</script> & Co"
IMAGE = QTextDocument.ResourceType.ImageResource.value


def _png(colour: str = "#3b5b8c") -> bytes:
    image = QImage(64, 64, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def _meeting(services: Services, people: dict[str, int], **kw: object) -> int:
    """A planned meeting of Olena, Marco and Jane, who share a group."""
    group = services.groups.create("Board").first("group")
    services.groups.add_members(group, [people["olena"], people["marco"], people["jane"]])
    draft = InteractionDraft(
        kind="meeting",
        participants=[people["olena"], people["marco"], people["jane"]],
        starts_at=datetime(2026, 11, 24, 8, 0, tzinfo=UTC),
        duration=timedelta(hours=1),
        location="Kyiv office",
        subject="Budget review",
        body="- [ ] ask about the Lviv office\n- [x] slides sent",
        **kw,  # type: ignore[arg-type]
    )
    return services.timeline.log(draft).first("interaction")


def _opened(qtbot, dialog: BriefingDialog) -> BriefingDialog:
    qtbot.addWidget(dialog)
    if dialog.is_loading():
        qtbot.waitSignal(dialog.loaded, timeout=10_000).wait()
    return dialog


def _dialog(qtbot, services: Services, **kw: object) -> BriefingDialog:
    dialog = BriefingDialog(services, **kw)  # type: ignore[arg-type]
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.show()
    qtbot.addWidget(dialog)
    return dialog


def _pdf_text(path: Path) -> str:
    """The PDF's text as a PDF reader extracts it (Qt's own PDF module)."""
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    text = "\n".join(document.getAllText(page).text() for page in range(document.pageCount()))
    document.close()
    return text


# -- the HTML -------------------------------------------------------------------------------------


def test_hostile_data_is_escaped_everywhere(services: Services, people: dict[str, int]) -> None:
    evil = services.contacts.create(
        ContactCard(
            given="<script>alert('x')</script>",
            family="& Co",
            nickname="<b>nick</b>",
            notes="<img src=x onerror=alert(1)> ![p](/etc/passwd) - [ ] ask <i>this</i> & that",
            affiliations=[AffiliationEntry("<b>Evil & Sons</b>", title="<u>boss</u>")],
            met_place="<iframe>",
            introduced_by_id=people["jane"],
        )
    ).first("contact")
    services.relationships.relate(evil, "friend", people["olena"])
    group = services.groups.create("<marquee>").first("group")
    services.groups.add_members(group, [evil, people["olena"]])
    services.timeline.log(
        InteractionDraft(
            kind="meeting",
            participants=[evil, people["olena"]],
            starts_at=datetime(2026, 11, 1, 9, 0, tzinfo=UTC),
            subject="<h1>big</h1>",
            location="<a href='javascript:x'>here</a>",
            body="<script>x</script> - [ ] <b>ask</b>",
            channel="<video>",
        )
    )
    services.tasks.create(
        TaskDraft("<blink>task</blink>", datetime(2026, 11, 1, 9), contacts=[evil])
    )
    briefing = services.briefing.for_contacts([evil, people["olena"]])
    html = briefing_html(briefing, photos=[evil])
    for raw in ("<script", "<b>nick", "<b>Evil", "<b>ask", "<i>this", "<u>boss", "<iframe",
                "<marquee", "<h1>big", "<blink", "<video", "href='javascript", 'href="javascript',
                "onerror=alert(1)>", 'src="x"', 'src="/etc/passwd'):  # fmt: skip
        assert raw not in html, raw
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; Co" in html
    assert "&lt;b&gt;Evil &amp; Sons&lt;/b&gt;" in html
    assert html.count("<img") == 1 and f'src="{photo_url(evil)}"' in html


def test_markdown_notes_never_load_images() -> None:
    html = notes_html("![x](/dev/zero) ![y][r]\n\n[r]: file:///etc/passwd\n\n*kept*")
    assert "<img" not in html and "<em>kept</em>" in html


def test_the_browser_loads_no_file_a_page_names(qtbot, tmp_path: Path) -> None:
    image = tmp_path / "local.png"
    image.write_bytes(_png())
    url = QUrl.fromLocalFile(str(image)).toString()
    html = f'<img src="{image}"> <img src="{url}">'
    plain = QTextBrowser()
    guarded = briefing_dialog.BriefingBrowser()
    for browser in (plain, guarded):
        qtbot.addWidget(browser)
        browser.resize(300, 200)
        browser.setHtml(html)
        browser.show()
        qtbot.waitExposed(browser)
        browser.grab()  # laid out and painted: Qt's image handler has asked for the images
    loaded = plain.document().resource(IMAGE, QUrl(str(image)))
    assert loaded is not None and loaded.width() == 64  # what Qt does on its own
    for name in (QUrl(str(image)), QUrl(url)):
        found = guarded.document().resource(IMAGE, name)
        assert isinstance(found, QImage) and found.width() == 1, name  # the placeholder


# -- the dialog -----------------------------------------------------------------------------------


def test_a_contacts_briefing_loads_and_shows(qtbot, services: Services, people) -> None:
    services.contacts.set_photo(people["olena"], _png(), "image/png")
    dialog = _dialog(qtbot, services, contact_ids=[people["olena"]])
    text = dialog.browser.toPlainText()
    for expected in ("Briefing: Олена Коваленко", "CTO, Kyiv Digital", "olena@example.org",
                     "+380 44 123 4567", "Budget for 2027", "Agreed to send the draft by Friday.",
                     "Kick-off", "2026-11-20 (3 days ago)", "every 30 days"):  # fmt: skip
        assert expected in text, expected
    assert "<script>" in text  # the note's text, shown as typed
    assert dialog.windowTitle() == "Briefing: Олена Коваленко"
    assert dialog.pdf_button.isEnabled() and dialog.print_button.isEnabled()
    assert list(dialog.prepared.photos) == [people["olena"]]  # type: ignore[union-attr]
    document = dialog.browser.document()
    assert isinstance(document.resource(IMAGE, QUrl(photo_url(people["olena"]))), QImage)
    assert dialog.pdf_button.shortcut().toString() == "Ctrl+Shift+S"
    assert dialog.print_button.shortcut().toString() == "Ctrl+P"


def test_links_ask_for_contacts_and_open_mail_and_phone(
    qtbot, services: Services, people, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(
        briefing_dialog.QDesktopServices, "openUrl", lambda url: opened.append(url.toString())
    )
    dialog = _dialog(qtbot, services, contact_ids=[people["olena"], people["marco"]])
    html = dialog.prepared.html  # type: ignore[union-attr]
    assert f'href="pcrm:contact/{people["marco"]}"' in html  # the meeting they share
    with qtbot.waitSignal(dialog.contact_requested) as asked:
        dialog.browser.follow(QUrl(f"pcrm:contact/{people['marco']}"))
    assert asked.args == [people["marco"]]
    dialog.browser.follow(QUrl("mailto:olena@example.org"))
    dialog.browser.follow(QUrl("tel:+380441234567"))
    dialog.browser.follow(QUrl("file:///etc/passwd"))
    dialog.browser.follow(QUrl("javascript:alert(1)"))
    assert opened == ["mailto:olena@example.org", "tel:+380441234567"]


def test_a_meeting_with_three_participants(qtbot, services: Services, people) -> None:
    meeting = _meeting(services, people)
    dialog = _dialog(qtbot, services, interaction_id=meeting)
    briefing = dialog.prepared.briefing  # type: ignore[union-attr]
    assert len(briefing.people) == 3
    text = dialog.browser.toPlainText()
    assert dialog.windowTitle() == "Briefing: Budget review"
    for expected in ("The meeting", "2026-11-24 10:00 · 1h (planned)", "Kyiv office",
                     "Budget review", "☐ ask about the Lviv office", "☑ slides sent",
                     "In common", "Board: Jane Doe, Marco Rossi, Олена Коваленко",
                     "Jane Doe", "Marco Rossi", "Олена Коваленко"):  # fmt: skip
        assert expected in text, expected


def test_a_refusal_is_shown_in_place(qtbot, services: Services, people) -> None:
    dialog = _dialog(qtbot, services, interaction_id=999_999)
    assert dialog.error.isVisible() and "#999999" in dialog.error.text()
    assert not dialog.pdf_button.isEnabled() and not dialog.print_button.isEnabled()
    assert not dialog.save_pdf(Path("/nonexistent/x.pdf"))


def test_save_as_pdf_writes_an_owner_only_pdf_with_the_names(
    qtbot, services: Services, people, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    meeting = _meeting(services, people)
    services.contacts.set_photo(people["marco"], _png("#8a5a00"), "image/png")
    dialog = _dialog(qtbot, services, interaction_id=meeting)
    target = tmp_path / "out" / "briefing.pdf"
    target.parent.mkdir()
    asked: list[Path] = []

    def choose(_parent: object, suggested: Path) -> Path:
        asked.append(suggested)
        return target

    monkeypatch.setattr(BriefingDialog, "ask_pdf_path", staticmethod(choose))
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        dialog.pdf_button.click()
        assert not dialog.pdf_button.isEnabled()  # while the worker writes it
    assert saved.args == [target]
    assert asked[0].name == "pcrm-briefing-2026-11-23.pdf"  # nobody's name in it
    data = target.read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert b"/Subtype /Image" in data  # Marco's photo
    text = _pdf_text(target)
    for name in ("Олена Коваленко", "Marco Rossi", "Jane Doe", "Budget review"):
        assert name in text, name
    assert [p.name for p in target.parent.iterdir()] == ["briefing.pdf"]  # no temp file left


def test_cancelled_save_writes_nothing(
    qtbot, services: Services, people, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _dialog(qtbot, services, contact_ids=[people["jane"]])
    monkeypatch.setattr(BriefingDialog, "ask_pdf_path", staticmethod(lambda _p, _s: None))
    assert not dialog.save_pdf()
    assert not dialog.error.isVisible() and not dialog.is_loading()


def test_print_goes_to_the_chosen_printer(
    qtbot, services: Services, people, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _dialog(qtbot, services, contact_ids=[people["olena"]])
    monkeypatch.setattr(BriefingDialog, "ask_printer", staticmethod(lambda _p, _printer: False))
    assert not dialog.print_document()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    with qtbot.waitSignal(dialog.printed, timeout=10_000):
        assert dialog.print_document(printer)
    assert "Олена Коваленко" in _pdf_text(tmp_path / "printed.pdf")


def test_a_pdf_that_cannot_be_written_says_so_in_place(
    qtbot, services: Services, people, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, services, contact_ids=[people["olena"]])
    folder = tmp_path / "a folder"
    folder.mkdir()
    dialog.save_pdf(folder)  # a folder, not a file
    qtbot.waitUntil(lambda: not dialog.is_loading(), timeout=10_000)
    assert dialog.error.isVisible() and dialog.error.text()
    assert dialog.pdf_button.isEnabled()  # the owner can try elsewhere


def test_open_briefing_shows_a_window_that_goes_when_closed(
    qtbot, services: Services, people
) -> None:
    dialog = open_briefing(None, services, contact_ids=[people["jane"]])
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and not dialog.isModal()
    assert dialog.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    qtbot.waitUntil(lambda: not dialog.is_loading(), timeout=10_000)
    with pytest.raises(ValueError):
        BriefingDialog(services)
    with pytest.raises(ValueError):
        BriefingDialog(services, contact_ids=[1], interaction_id=1)


def test_closing_while_loading_waits_for_the_read(qtbot, services: Services, people) -> None:
    dialog = BriefingDialog(services, contact_ids=[people["olena"]])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reject()  # the window may close the store right after
    assert not dialog.is_loading() and dialog.prepared is None
    assert dialog.browser.toPlainText() == ""


# -- the file dialog ------------------------------------------------------------------------------


def test_the_save_dialog_leaves_no_folder_in_the_shared_qt_settings(qtbot, tmp_path: Path) -> None:
    secret = tmp_path / "Clients of Olena"
    secret.mkdir()
    shared = QSettings(QSettings.Scope.UserScope, "QtProject")
    shared.setValue("FileDialog/history", ["file:///earlier"])
    shared.remove("FileDialog/lastVisited")
    shared.sync()

    def accept() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QFileDialog) and widget.isVisible():
                widget.accept()

    QTimer.singleShot(200, accept)
    chosen = ask_save_path(None, "Save", secret / "pcrm-briefing-2026-11-23.pdf", "PDF (*.pdf)")
    assert chosen == secret / "pcrm-briefing-2026-11-23.pdf"
    after = QSettings(QSettings.Scope.UserScope, "QtProject")
    assert after.value("FileDialog/history") == ["file:///earlier"]
    assert not after.contains("FileDialog/lastVisited")
    written = Path(after.fileName()).read_text(encoding="utf-8")
    assert "Clients" not in written
