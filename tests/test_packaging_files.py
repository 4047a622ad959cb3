"""The desktop files in packaging/: the validators the distributions use pass, the files agree
with each other, the icon sizes exist, and the wheel (what ``pipx install .`` installs) ships them.

``desktop-file-validate`` (desktop-file-utils) and ``appstreamcli`` (appstream) come from
.ci/debian-packages.txt; a test skips without them only when ``PCRM_REQUIRE_DESKTOP_TOOLS`` is
unset (CI sets it, so there they must run).
"""

from __future__ import annotations

import configparser
import os
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

import pcrm

REPO = Path(__file__).resolve().parent.parent
APP_ID = "io.github.pcrm.pcrm"
PACKAGING = REPO / "packaging"
DESKTOP = PACKAGING / f"{APP_ID}.desktop"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"
HICOLOR = REPO / "resources" / "icons" / "hicolor"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
MIME_TYPES = {"text/vcard", "text/x-vcard", "text/calendar"}


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        if os.environ.get("PCRM_REQUIRE_DESKTOP_TOOLS"):
            pytest.fail(f"{name} is not installed but PCRM_REQUIRE_DESKTOP_TOOLS is set")
        pytest.skip(f"{name} is not installed (apt install desktop-file-utils appstream)")
    return found


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, timeout=120, check=False)


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  -- keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_file_validate_passes() -> None:
    checked = run(tool("desktop-file-validate"), str(DESKTOP))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert checked.stdout.strip() == "", checked.stdout  # no warnings either


def test_appstreamcli_validate_passes() -> None:
    checked = run(tool("appstreamcli"), "validate", "--no-net", "--pedantic", str(METAINFO))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    for line in checked.stdout.splitlines():  # infos only (appstream 0.16 does not know 1.0's
        assert not line.lstrip().startswith(("E:", "W:")), checked.stdout  # <developer>)


def test_the_installed_tree_validates(tmp_path: Path) -> None:
    """As a package installs them: metainfo, desktop file and icons found by their id."""
    share = tmp_path / "usr" / "share"
    (share / "metainfo").mkdir(parents=True)
    (share / "applications").mkdir()
    shutil.copy(METAINFO, share / "metainfo")
    shutil.copy(DESKTOP, share / "applications")
    shutil.copytree(HICOLOR, share / "icons" / "hicolor")
    checked = run(tool("appstreamcli"), "validate-tree", "--no-net", str(tmp_path))
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_the_desktop_file_offers_pcrm_for_contacts_and_calendars() -> None:
    entry = desktop_entry()
    assert set(filter(None, entry["MimeType"].split(";"))) == MIME_TYPES
    assert entry["Exec"] == "pcrm %F"  # several files, as local paths (pcrm.options.desktop_args)
    assert entry["Icon"] == APP_ID
    assert entry["Type"] == "Application"


def test_the_metainfo_agrees_with_the_desktop_file_and_the_package() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert {m.text for m in root.iter("mediatype")} == MIME_TYPES
    assert root.findtext("provides/binary") == "pcrm"
    assert root.find("content_rating") is not None
    versions = [r.get("version") for r in root.iter("release")]
    assert versions and versions[0] == pcrm.__version__  # the newest release comes first
    categories = {c.text for c in root.iter("category")}
    assert categories <= set(filter(None, desktop_entry()["Categories"].split(";")))


def png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n", path
    width, height = struct.unpack(">II", head[16:24])
    return width, height


@pytest.mark.parametrize("size", SIZES)
def test_each_icon_size_exists(size: int) -> None:
    path = HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
    assert png_size(path) == (size, size)


def test_the_scalable_icon_is_the_source() -> None:
    scalable = HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg"
    assert scalable.read_bytes() == (REPO / "resources" / "icons" / "pcrm.svg").read_bytes()


def test_ci_installs_the_validators_and_requires_them() -> None:
    packages = (REPO / ".ci" / "debian-packages.txt").read_text(encoding="utf-8").split()
    assert {"desktop-file-utils", "appstream"} <= set(packages)
    assert "export PCRM_REQUIRE_DESKTOP_TOOLS=1" in (REPO / ".ci" / "run").read_text("utf-8")


@pytest.mark.slow
def test_the_wheel_ships_the_icons(tmp_path: Path) -> None:
    """``pipx install .`` installs the wheel built from the checkout: the icons are in it where
    ``pcrm.paths.shipped("resources")`` finds them."""
    built = run(sys.executable, "-m", "build", "--wheel", "--outdir", str(tmp_path), str(REPO))
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    (wheel,) = tmp_path.glob("pcrm-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    assert "pcrm/resources/icons/pcrm.svg" in names
    for size in SIZES:
        assert f"pcrm/resources/icons/hicolor/{size}x{size}/apps/{APP_ID}.png" in names, size
    assert f"pcrm/resources/icons/hicolor/scalable/apps/{APP_ID}.svg" in names
