"""The main window over a real encrypted store, driven through its real widgets.

The list, sidebar sources, sorting and the alphabet jump; create, edit, delete and undo a contact;
search and open a result with the keyboard; a card's many relationships listed; bulk-add 1,000
contacts to a group and undo it; quick capture from the window; lock and unlock; what the window
keeps in QSettings.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from window_wait import settle

from PySide6.QtCore import QItemSelectionModel, QSettings, Qt, QUrl
from PySide6.QtDBus import QDBusConnection
from PySide6.QtWidgets import QApplication, QMessageBox

from pcrm.domain.card import ContactCard
from pcrm.services import contact_lists as lists
from pcrm.services.preferences import IDLE_MINUTES
from pcrm.services.tasks import TaskDraft
from pcrm.ui import settings as options
from pcrm.ui.autolock import AutoLock, ScreenLockWatch
from pcrm.ui.dialogs.contact_export_dialog import ContactExportDialog
from pcrm.ui.dialogs.duplicates_dialog import DuplicatesDialog
from pcrm.ui.dialogs.import_dialog import ImportDialog
from pcrm.ui.dialogs.unlock import UnlockDialog
from pcrm.ui.main_window import MainWindow
from pcrm.ui.models.contact_list import NAME
from pcrm.ui.widgets.card_html import RELATED_LINK, RELATIONS_SHOWN

pytestmark = pytest.mark.gui


def names(win: MainWindow) -> list[str]:
    return [win.model.index(r, NAME).data() for r in range(win.model.rowCount())]


def click_row(qtbot, win: MainWindow, row: int) -> None:
    rect = win.table.visualRect(win.model.index(row, NAME))
    qtbot.mouseClick(win.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_list_and_the_sidebar(qtbot, window: MainWindow) -> None:
    assert names(window) == ["Jane Doe", "Marco Rossi", "Олена Коваленко", "Іван Петренко"]
    assert window.count_label.text() == "4 contacts"
    assert "Select a contact" in window.card.toPlainText()
    top = [
        window.sidebar.topLevelItem(i).text(0) for i in range(window.sidebar.topLevelItemCount())
    ]
    assert top == ["All contacts", "Favourites", "Recently changed", "Today", "Calendar",
                   "Timeline", "Groups",
                   "Smart groups", "Organisations", "Archived", "Trash"]  # fmt: skip
    assert window.sidebar.topLevelItem(0).text(1) == "4"
    orgs = window.sidebar.organisations
    assert {orgs.child(i).text(0) for i in range(orgs.childCount())} == {
        "Kyiv Digital",
        "Rossi & Figli",
    }


def test_selecting_a_row_shows_the_card_and_its_timeline(qtbot, window: MainWindow, people) -> None:
    click_row(qtbot, window, 1)
    qtbot.waitUntil(lambda: window.card.contact_id == people["marco"])
    html = window.card.toHtml()
    assert "mailto:marco@rossi.example" in html and "Rossi &amp; Figli" in html
    qtbot.waitUntil(lambda: window.timeline.model.rowCount() == 1)
    assert window.timeline.contact_id() == people["marco"]


def test_an_organisation_shows_its_members(qtbot, window: MainWindow) -> None:
    orgs = window.sidebar.organisations
    item = next(
        orgs.child(i) for i in range(orgs.childCount()) if orgs.child(i).text(0) == "Kyiv Digital"
    )
    window.sidebar.setCurrentItem(item)
    settle(qtbot, window)
    assert names(window) == ["Олена Коваленко"]


def test_sorting_and_the_next_reminder(qtbot, window: MainWindow, services, people) -> None:
    window.sort_actions[lists.LAST_CONTACTED].trigger()
    settle(qtbot, window)
    assert names(window)[:2] == ["Олена Коваленко", "Marco Rossi"]
    services.tasks.create(
        TaskDraft("Call Ivan", datetime(2026, 12, 1, 9, 0), contacts=[people["ivan"]])
    )
    window.sort_actions[lists.NEXT_REMINDER].trigger()
    settle(qtbot, window)
    assert names(window)[0] == "Іван Петренко"
    assert window.settings.get(options.SORT) == "next_reminder"


def test_typing_in_the_list_and_the_alphabet_jump(qtbot, window: MainWindow) -> None:
    window.table.setFocus()
    qtbot.keyClicks(window.table, "ro")  # family name first: Rossi
    assert names(window)[window.table.currentIndex().row()] == "Marco Rossi"
    window.alphabet.letter_chosen.emit("К")
    assert names(window)[window.table.currentIndex().row()] == "Олена Коваленко"


def test_create_edit_delete_and_undo_a_contact(qtbot, window: MainWindow, services) -> None:
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.card_stack.currentWidget() is window.editor
    qtbot.keyClicks(window.editor.name.parts["given"], "Ada")
    qtbot.keyClicks(window.editor.name.parts["family"], "Lovelace")
    assert window.isWindowModified()
    qtbot.keyClick(
        window.editor.name.parts["family"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier
    )
    qtbot.waitUntil(lambda: window.card_stack.currentWidget() is not window.editor)
    settle(qtbot, window)
    assert "Ada Lovelace" in names(window)
    qtbot.waitUntil(lambda: "Ada Lovelace" in window.card.toPlainText())
    ada = window.card.contact_id

    window.edit_action.trigger()
    family = window.editor.name.parts["family"]
    family.selectAll()
    qtbot.keyClicks(family, "King")
    qtbot.keyClick(family, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.card_stack.currentWidget() is not window.editor)
    settle(qtbot, window)
    assert services.contacts.get(ada).family == "King"

    window.table.setFocus()
    window.table.setCurrentIndex(window.model.index(window.model.row_of(ada), NAME))
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    settle(qtbot, window)
    assert "Ada King" not in names(window)
    assert "Ctrl+Z" in window.statusBar().currentMessage()

    qtbot.keyClick(window.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # delete
    settle(qtbot, window)
    assert "Ada King" in names(window)
    window.undo_action.trigger()  # the edit
    settle(qtbot, window)
    assert services.contacts.get(ada).family == "Lovelace"
    window.undo_action.trigger()  # the creation: into the trash
    settle(qtbot, window)
    assert "Ada Lovelace" not in names(window)
    window.redo_action.trigger()
    settle(qtbot, window)
    assert "Ada Lovelace" in names(window)


def test_search_and_open_a_result_with_the_keyboard(qtbot, window: MainWindow, people) -> None:
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    box = window.search_panel.box
    assert window.focusWidget() is box
    qtbot.keyClicks(box, "rossi")
    qtbot.waitUntil(lambda: window.left.currentWidget() is window.search_panel)
    qtbot.waitUntil(lambda: window.search_panel.model.rowCount() > 0)
    qtbot.keyClick(box, Qt.Key.Key_Down)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.card.contact_id == people["marco"])
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # clears
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # back to the list
    assert window.left.currentIndex() == 0
    assert window.focusWidget() is window.table


def test_bulk_add_1000_contacts_to_a_group_and_undo(qtbot, window: MainWindow, services) -> None:
    for i in range(1000):
        services.contacts.create(ContactCard(given=f"Bulk{i:04}", family="Person"))
    group = services.groups.create("Conference").first("group")
    window.refresh()
    settle(qtbot, window)
    assert window.model.rowCount() == 1004
    window.table.setFocus()
    window.table.selectAll()
    assert len(window.table.selected_ids()) == 1004
    window.add_selected_to_group(group)
    settle(qtbot, window)
    assert len(services.lists.ids(lists.Source(lists.GROUP, group))) == 1004
    assert window.edits.stack.undoText() == "Add 1004 contacts to a group"
    window.undo_action.trigger()
    settle(qtbot, window)
    assert len(services.lists.ids(lists.Source(lists.GROUP, group))) == 0
    window.redo_action.trigger()
    assert len(services.lists.ids(lists.Source(lists.GROUP, group))) == 1004


def test_trash_restore_and_purge(qtbot, monkeypatch, window: MainWindow, services, people) -> None:
    window.table.setFocus()
    window.table.setCurrentIndex(window.model.index(0, NAME))  # Jane Doe
    window.delete_action.trigger()
    settle(qtbot, window)
    window.sidebar.select(lists.TRASH)
    settle(qtbot, window)
    assert names(window) == ["Jane Doe"]
    assert "Restore them" in window.source_label.text()
    window.table.setCurrentIndex(window.model.index(0, NAME))
    window.restore_action.trigger()
    settle(qtbot, window)
    assert names(window) == []
    services.contacts.trash([people["jane"]])
    window.refresh()
    settle(qtbot, window)
    window.table.setCurrentIndex(window.model.index(0, NAME))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.purge_action.trigger()
    settle(qtbot, window)
    assert names(window) == []
    assert window.edits.stack.count() == 0


def test_quick_capture_from_the_window_names_the_shown_contact(
    qtbot, window: MainWindow, people
) -> None:
    click_row(qtbot, window, 1)
    qtbot.waitUntil(lambda: window.card.contact_id == people["marco"])
    window.capture_action.trigger()
    capture = window.capture
    assert capture is not None and capture.isVisible()
    assert people["marco"] in capture.form.people.contact_ids()
    capture.close()


def test_the_global_timeline(qtbot, window: MainWindow) -> None:
    window.timeline_action.trigger()
    assert window.pages.currentWidget() is window.global_timeline
    qtbot.waitUntil(lambda: window.global_timeline.model.rowCount() == 2)
    window.contacts_action.trigger()
    assert window.pages.currentWidget() is window.splitter


def test_lock_then_unlock(qtbot, monkeypatch, window: MainWindow, services, people) -> None:
    seen_while_locked = []

    def drive(dialog: UnlockDialog) -> int:
        seen_while_locked.append((window.model.rowCount(), window.card.contact_id,
                                  window.search_panel.isEnabled(), window.services,
                                  window.sidebar.groups.childCount(),
                                  window.timeline.model.rowCount()))  # fmt: skip
        dialog.show()
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=30_000)
        return dialog.result()

    monkeypatch.setattr(UnlockDialog, "exec", drive)
    click_row(qtbot, window, 2)
    qtbot.waitUntil(lambda: window.card.contact_id == people["olena"])
    window.lock_action.trigger()
    assert seen_while_locked == [(0, None, False, None, 0, 0)]
    assert window.services is not None and window.services is not services
    settle(qtbot, window)
    assert window.model.rowCount() == 4
    assert window.search_panel.isEnabled()
    assert window.edits.stack.count() == 0
    click_row(qtbot, window, 1)
    qtbot.waitUntil(lambda: window.card.contact_id == people["marco"])


def test_file_backups_restores_a_backup_into_the_open_window(
    qtbot, window: MainWindow, services, people
) -> None:
    backup = services.backups.take().info.path
    services.contacts.create(ContactCard(given="Made", family="Later"))
    window.refresh()
    settle(qtbot, window)
    assert "Made Later" in names(window)
    window._restore_backup(backup)
    settle(qtbot, window)
    assert window.services is services and "Made Later" not in names(window)
    assert "Олена Коваленко" in names(window)
    assert window.statusBar().currentMessage() == f"Restored from {backup.name}."
    assert window.backups_action.isEnabled()
    broken = backup.with_name("broken.pcrm-backup")
    broken.write_bytes(b"not a backup")
    window._restore_backup(broken)
    settle(qtbot, window)
    assert "Restored" not in window.statusBar().currentMessage()
    assert "broken.pcrm-backup" in window.statusBar().currentMessage()
    assert "Олена Коваленко" in names(window)


def test_merge_the_two_selected_and_export_the_selection(
    qtbot, monkeypatch, window: MainWindow, people
) -> None:
    opened: list[DuplicatesDialog] = []
    monkeypatch.setattr(DuplicatesDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    window.table.setFocus()
    click_row(qtbot, window, 0)
    assert not window.merge_action.isEnabled()
    window.table.selectionModel().select(
        window.model.index(1, NAME),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    assert window.merge_action.isEnabled()
    window.merge_action.trigger()
    first, second = window.model.contact_id(0), window.model.contact_id(1)
    assert [(c.first, c.second) for c in opened[0].queue] == [(first, second)]
    window.duplicates_action.trigger()
    assert len(opened) == 2 and opened[1].queue == []  # it searches when shown
    window.export_contacts_action.trigger()
    dialog = window.export_dialog
    assert isinstance(dialog, ContactExportDialog) and dialog.isVisible()
    assert dialog.selected == (first, second)
    dialog.reject()


def test_auto_lock_after_idle(qtbot, services, people, clock, ui_settings) -> None:
    nowhere = QDBusConnection.connectToBus("unix:path=/nonexistent/bus", "nowhere")
    try:  # no desktop bus here: only the idle timer (a "minute" of 20 ms)
        lock = AutoLock(
            QApplication.instance(), unit_ms=20, screen=ScreenLockWatch(nowhere, nowhere)
        )
        asked: list[int | None] = []

        def reopen(_parent: object) -> None:
            asked.append(win.model.rowCount())  # what a passer-by would see: nothing
            return None

        services.preferences.set(IDLE_MINUTES.key, 3)
        win = MainWindow(services, clock, ui_settings, reopen, autolock=lock)
        qtbot.addWidget(win)
        win.show()
        qtbot.waitUntil(lambda: asked == [0], timeout=5_000)
        assert win.services is None and not win.isVisible()
    finally:
        QDBusConnection.disconnectFromBus("nowhere")


def test_quitting_from_the_unlock_dialog_closes_the_window(qtbot, monkeypatch, window) -> None:
    monkeypatch.setattr(UnlockDialog, "exec", lambda dialog: dialog.reject() or 0)
    window.lock_action.trigger()
    assert not window.isVisible()
    assert window.services is None


def test_settings_hold_geometry_and_nothing_personal(
    qtbot, window: MainWindow, settings_file, services
) -> None:
    qtbot.keyClicks(window.search_panel.box, "olena")
    qtbot.waitUntil(lambda: window.search_panel.model.rowCount() > 0)
    window.close()
    text = settings_file.read_text(encoding="utf-8", errors="replace")
    keys = set(QSettings(str(settings_file), QSettings.Format.IniFormat).allKeys())
    assert keys == {
        "settings/version", "main_window/geometry", "main_window/state", "main_window/splitter",
        "main_window/sidebar_splitter", "main_window/card_splitter", "contact_list/header",
        "contact_list/sort",
    }  # fmt: skip
    for personal in ("olena", "Олена", "Коваленко", "Rossi", str(services.paths.root)):
        assert personal not in text


def give_olena_colleagues(services, people, count: int) -> list[int]:
    colleagues = [
        services.contacts.create(ContactCard(given=f"Colleague {i:02d}")).first("contact")
        for i in range(count)
    ]
    for other in colleagues:
        services.relationships.relate(people["olena"], "colleague", other)
    return colleagues


def test_a_card_with_many_relationships_links_to_the_list_of_them(
    qtbot, window: MainWindow, services, people
) -> None:
    give_olena_colleagues(services, people, RELATIONS_SHOWN + 3)
    services.relationships.relate(people["ivan"], "friend", people["olena"])  # the other side
    window.refresh()
    settle(qtbot, window)
    window.show_contact(people["olena"])
    settle(qtbot, window)
    shown = window.card.toPlainText()
    assert "Colleague 00" in shown and f"Colleague {RELATIONS_SHOWN + 2:02d}" not in shown
    assert f"Show all {RELATIONS_SHOWN + 4} related people in the list" in shown
    window.card.anchorClicked.emit(QUrl(f"{RELATED_LINK}{people['olena']}"))
    settle(qtbot, window)
    assert len(names(window)) == RELATIONS_SHOWN + 4 and "Іван Петренко" in names(window)
    assert window.source_label.text() == "People related to Олена Коваленко"
    assert window.card.contact_id == people["olena"]  # her card stays in view


def test_the_editor_of_a_busy_contact_keeps_the_relationships_it_has_no_rows_for(
    qtbot, window: MainWindow, services, people
) -> None:
    colleagues = give_olena_colleagues(services, people, RELATIONS_SHOWN + 8)
    window.refresh()
    settle(qtbot, window)
    window.show_contact(people["olena"])
    window.edit_action.trigger()
    editor = window.editor
    assert len(editor.relations.rows()) == RELATIONS_SHOWN
    assert editor.more_relations.isVisible()
    assert "8 more relationships are kept as they are" in editor.more_relations.text()
    first = editor.relations.rows()[0]
    removed = first.entry().other_id
    first.remove.click()  # one shown row removed, the rest kept
    editor.notes.text.setPlainText("Busy.")
    assert editor.save()
    settle(qtbot, window)
    related = {r.other_id for r in services.contacts.get(people["olena"]).relations}
    assert related == set(colleagues) - {removed}
    window.edit_action.trigger()
    editor.more_relations.linkActivated.emit("pcrm:related")
    settle(qtbot, window)
    assert window.source_label.text() == "People related to Олена Коваленко"


def today_texts(win: MainWindow) -> list[str]:
    tree = win.today.tree
    found = []
    for i in range(tree.topLevelItemCount()):
        head = tree.topLevelItem(i)
        found += [head.child(j).text(0) for j in range(head.childCount())]
    return found


def test_a_due_reminder_reaches_the_popup_and_the_today_page(
    qtbot, window: MainWindow, services, people
) -> None:
    services.tasks.create(
        TaskDraft("Call Ivan back", datetime(2026, 11, 23, 13, 30), contacts=[people["ivan"]])
    )  # 13:30 in Kyiv is 11:30 UTC: already due at the clock's 12:00 UTC
    window.notifier.check()
    qtbot.waitUntil(window.popup.isVisible, timeout=10_000)
    window.today_action.trigger()
    assert window.pages.currentWidget() is window.today
    qtbot.waitUntil(lambda: any("Call Ivan back" in t for t in today_texts(window)), timeout=10_000)


def test_the_calendar_page_and_a_new_task_for_the_shown_contact(
    qtbot, window: MainWindow, services, people
) -> None:
    window.show_contact(people["ivan"])
    window.task_action.trigger()
    dialog = window.task_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.people.contact_ids() == [people["ivan"]]
    dialog.reject()
    window.calendar_action.trigger()
    assert window.pages.currentWidget() is window.calendar
    qtbot.waitUntil(lambda: not window.calendar.is_loading(), timeout=10_000)


def test_file_import_previews_the_chosen_calendar(qtbot, monkeypatch, window: MainWindow) -> None:
    chosen = Path(__file__).parents[1] / "data" / "ical" / "synthetic__series_v1.ics"
    monkeypatch.setattr(ImportDialog, "ask_file", classmethod(lambda _cls, _parent: chosen))
    window.import_action.trigger()
    dialog = window.import_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    dialog.reject()


def test_export_calendar_and_the_subscription_file_kept_after_a_change(
    qtbot, tmp_path: Path, window: MainWindow, services, people
) -> None:
    window.export_ics_action.trigger()
    assert window.export_dialog is not None and window.export_dialog.isVisible()
    window.export_dialog.reject()
    feed = tmp_path / "feed.ics"
    services.preferences.set("calendar.subscription_file", str(feed))
    window.edits.create_task(
        TaskDraft("Send Marco the offer", datetime(2026, 11, 25, 9, 0), contacts=[people["marco"]])
    )
    qtbot.waitUntil(feed.exists, timeout=10_000)  # written a moment after the change
    qtbot.waitUntil(lambda: not window.subscription.busy(), timeout=10_000)
    assert "SUMMARY:Send Marco the offer" in feed.read_text(encoding="utf-8")
