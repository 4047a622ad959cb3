"""Screenshot of the column-mapping dialog (hooked into make_screenshots.py by the lead).

The file is tests/data/csv/synthetic__ukrainian_own_layout.csv: a contact list someone kept in a
spreadsheet with Ukrainian headers and ``;`` between cells, which no exporter writes, so the
reader comes back with its guess; one column is switched by hand, as an owner would.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from pcrm.clock import FixedClock
from pcrm.domain.csv_read import read_csv
from pcrm.services.session import Services
from pcrm.ui.dialogs.column_mapping import ColumnMappingDialog

SAMPLE = (
    Path(__file__).resolve().parents[1] / "data" / "csv" / "synthetic__ukrainian_own_layout.csv"
)


def render(out_dir: Path, services: Services, clock: FixedClock) -> None:
    """``csv-mapping.png``; the store and clock are not needed (nothing is imported)."""
    del services, clock
    out_dir.mkdir(parents=True, exist_ok=True)
    read = read_csv(SAMPLE.read_bytes(), SAMPLE.name)
    dialog = ColumnMappingDialog(read.headers, read.samples, read.mapping)
    city = read.headers.index("Місто")
    dialog.combos[city].setCurrentIndex(dialog.combos[city].findData("address/home.locality"))
    dialog.resize(980, 720)
    dialog.show()
    for _ in range(5):
        QApplication.processEvents()
    path = out_dir / "csv-mapping.png"
    if not dialog.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    print(path)
    dialog.close()
