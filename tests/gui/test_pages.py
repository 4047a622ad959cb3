"""A hidden page reads again when it is shown, not on every change made elsewhere."""

from __future__ import annotations

import pytest

from PySide6.QtWidgets import QWidget

from pcrm.ui.widgets.pages import ReloadWhenShown

pytestmark = pytest.mark.gui


def test_a_hidden_page_reads_again_once_when_shown(qtbot) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    reads: list[int] = []
    after_change = ReloadWhenShown(page, lambda: reads.append(1))
    after_change.request()
    after_change.request()
    assert reads == []
    page.show()
    assert reads == [1]
    after_change.request()  # on screen: at once
    assert reads == [1, 1]
    page.hide()
    page.show()  # nothing changed meanwhile
    assert reads == [1, 1]
