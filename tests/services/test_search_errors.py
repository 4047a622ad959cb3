"""A damaged store met by a search is a typed error, also on the raw connections search uses."""

from __future__ import annotations

import pytest
from damage import damage_pages

from pcrm import errors
from pcrm.domain.card import ContactCard
from pcrm.services.session import Services


def test_a_damaged_store_is_reported_as_corrupt_by_every_search(services: Services) -> None:
    services.contacts.create(ContactCard(given="Olena", family="Kovalenko"))
    assert services.search.contact_ids("olena")
    damage_pages(services)
    with pytest.raises(errors.DatabaseCorrupt):
        services.search.quick("olena")
    with pytest.raises(errors.DatabaseCorrupt):
        services.search.ranked("olena")
