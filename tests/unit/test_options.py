"""``pcrm`` with files (the desktop's ``Exec=pcrm %F``) starts the desktop app with them; any
other word is a command."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from pcrm.options import desktop_args


def test_no_arguments_start_the_app_with_no_files() -> None:
    args = desktop_args([])
    assert args is not None and args.command is None and list(args.files) == []


def test_files_start_the_app_with_absolute_paths(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    args = desktop_args(["--data-dir", "store", "people.vcf", "/x/Meetings.ICS", "a.csv"])
    assert args is not None and args.command is None
    assert args.data_dir == "store"
    assert args.files == [str(tmp_path / "people.vcf"), "/x/Meetings.ICS", str(tmp_path / "a.csv")]


def test_a_file_url_is_a_file() -> None:
    args = desktop_args(["file:///home/o/My%20contacts.vcf"])
    assert args is not None and args.files == [os.path.abspath("/home/o/My contacts.vcf")]
    assert desktop_args(["file://elsewhere/x.vcf"]) is None  # not on this computer


@pytest.mark.parametrize(
    "argv",
    [
        ["import", "people.vcf"],
        ["list"],
        ["notes.txt"],
        ["--help"],
        ["--version"],
        ["-x.vcf"],
    ],
)
def test_anything_else_is_the_command_line(argv: list[str]) -> None:
    assert desktop_args(argv) is None
