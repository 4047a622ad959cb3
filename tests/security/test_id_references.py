"""An ``#ID`` the owner types names that contact or none: never another one.

Found while scripting the canary session: ``ContactService.resolve`` falls through from an id that
is not live (trashed, purged, never used) to uid, e-mail, phone, name and finally the full-text
prefix query, where ``#3`` becomes ``"3"*`` and matches any contact with a word starting with 3
(a phone +380…, a year, a street number).  So ``pcrm contact delete "#3"`` run a second time
trashes someone else, and ``pcrm log note --with "#12"`` logs against whoever has a 12… number.
"""

from __future__ import annotations

import json

from clirunner import Cli


def test_an_id_that_is_not_live_is_not_found(cli: Cli) -> None:
    cli("init")
    cli("contact", "add", "Olena Kovalenko", "--phone", "+380 67 123 4567")
    cli("contact", "add", "Petro Shevchenko")
    cli("contact", "add", "Taras Bulba")
    cli("contact", "delete", "#3")

    again = cli("contact", "delete", "#3", ok=False)
    unused = cli("log", "note", "--with", "#12", "--text", "who is this?", ok=False)
    live = json.loads(cli("contact", "list", "--json").stdout)["contacts"]

    assert [c["display_name"] for c in live] == ["Olena Kovalenko", "Petro Shevchenko"]
    assert again.returncode == 2 and "No contact matches '#3'" in again.stderr
    assert unused.returncode == 2 and "No contact matches '#12'" in unused.stderr
