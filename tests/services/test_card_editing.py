"""What the card editor needs from the services: custom field definitions, the photo as stored,
and taking a relationship back by what it said."""

from __future__ import annotations

import pytest

from pcrm import errors
from pcrm.domain.card import ContactCard
from pcrm.services.session import Services


def _people(services: Services, *names: str) -> list[int]:
    return [services.contacts.create(ContactCard(given=n)).first("contact") for n in names]


def test_custom_field_definitions(services: Services) -> None:
    (ada,) = _people(services, "Ada")
    services.contacts.define_custom_field("Size", "choice", ["S", "M"])
    services.contacts.define_custom_field("Shoe", "number")
    assert [(d.name, d.field_type, d.choices) for d in services.contacts.custom_fields()] == [
        ("Size", "choice", ["S", "M"]),
        ("Shoe", "number", []),
    ]
    with pytest.raises(errors.BadInput, match="exists"):
        services.contacts.define_custom_field("Size", "text")
    with pytest.raises(errors.BadInput, match="empty"):
        services.contacts.define_custom_field("  ", "text")
    card = services.contacts.get(ada)
    card.custom = {"Shoe": 38}
    services.contacts.update(ada, card)
    changes = services.contacts.remove_custom_field("Shoe")
    assert changes.updated == {"contact": {ada}}
    assert services.contacts.get(ada).custom == {}
    with pytest.raises(errors.NotFound):
        services.contacts.remove_custom_field("Shoe")


def test_stored_photo_and_removal(services: Services) -> None:
    (ada,) = _people(services, "Ada")
    assert services.contacts.stored_photo(ada) is None
    services.contacts.set_photo(ada, b"data", "image/png", b"thumb", (4, 3))
    stored = services.contacts.stored_photo(ada)
    assert stored is not None and (stored.thumbnail, stored.size) == (b"thumb", (4, 3))
    services.contacts.remove_photo(ada)
    assert services.contacts.photo(ada) is None and not services.contacts.get(ada).has_photo
    with pytest.raises(errors.NotFound):
        services.contacts.remove_photo(ada + 100)


def test_unlink_takes_back_relate_either_way_for_symmetric_types(services: Services) -> None:
    ada, bo, cy = _people(services, "Ada", "Bo", "Cy")
    services.relationships.relate(ada, "parent", bo)
    services.relationships.relate(bo, "friend", cy)
    services.relationships.unlink(bo, "parent", ada)  # the other way round: not this one
    assert [r.label for r in services.contacts.get(ada).relations] == ["child"]
    services.relationships.unlink(ada, "parent", bo)
    assert services.contacts.get(ada).relations == []
    services.relationships.unlink(cy, "friend", bo)  # friends either way
    assert services.contacts.get(bo).relations == []
    with pytest.raises(errors.NotFound):
        services.relationships.unlink(ada, "nemesis", bo)
