"""Every contact file in tests/data (and the shared corpus, when present) goes through the whole
import: read, preview, apply, a re-import that changes nothing, and undo."""

from __future__ import annotations

from pathlib import Path

import pytest

from pcrm.services import contact_formats
from pcrm.services.contact_import import CREATED, SKIPPED, UPDATED
from pcrm.services.import_formats import CSV, VCARD
from pcrm.services.session import Services

DATA = Path(__file__).parents[1] / "data"
CORPUS = Path(__file__).parents[3] / "shared" / "corpus"
KNOWN_LAYOUTS = [p for p in sorted((DATA / "csv").glob("*.csv")) if "own_layout" not in p.name]
FILES = [
    *((VCARD, p) for p in sorted((DATA / "vcard").glob("*.vcf"))),
    *((CSV, p) for p in KNOWN_LAYOUTS),
    *((VCARD, p) for p in sorted((CORPUS / "vcard").glob("*.vcf"))),
    *((VCARD, p) for p in sorted((CORPUS / "vcard" / "synthetic").glob("*.vcf"))),
]


@pytest.mark.parametrize(("kind", "path"), FILES, ids=lambda v: getattr(v, "name", v))
def test_a_file_imports_reimports_unchanged_and_undoes(
    services: Services, kind: str, path: Path
) -> None:
    records = contact_formats.read_file(kind, path)
    usable = [r for r in records if r.problem is None]
    found = services.contact_import.preview(records, str(path), kind)
    counts = found.counts()
    assert counts[CREATED] + counts[UPDATED] >= 1
    assert sum(counts.values()) == len(records)
    changes = services.contact_import.apply(found)
    assert services.contacts.count() == counts[CREATED] <= len(usable)
    again = services.contact_import.preview(records, str(path), kind)
    assert again.counts()[CREATED] == 0 and again.counts()[UPDATED] == 0
    assert again.counts()[SKIPPED] == len(records)
    (batch,) = changes.created["import_batch"]
    services.contact_import.undo_batch(batch)
    assert services.contacts.count() == 0
