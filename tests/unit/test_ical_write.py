"""The iCalendar writer: TEXT escaping and 75-octet folding (Hypothesis, round-tripped through
icalendar), and VTIMEZONEs from zoneinfo that give zoneinfo's offsets back."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pcrm.domain.ical_write import IcsWriter, escape_text, fold, param
from pcrm.domain.ical_zones import vtimezone

# Cyrillic, emoji (four-byte and joined), the TEXT specials and newlines, and anything printable
TEXT = st.text(
    alphabet=st.one_of(
        st.sampled_from(list('Олена Ґудзь їжак ,;\\:"\n\t👩‍👩‍👧🇺🇦é')),
        st.characters(blacklist_categories=("Cs", "Cc")),
    ),
    max_size=300,
)


def event(summary: str, name: str) -> bytes:
    out = io.BytesIO()
    w = IcsWriter(out)
    w.extend(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//pcrm//test//EN", "BEGIN:VEVENT"])
    w.text("UID", "x")
    w.prop("DTSTAMP", "20261123T120000Z")
    w.prop("DTSTART", "20261123T120000Z")
    w.text("SUMMARY", summary)
    w.text("DESCRIPTION", summary)
    w.prop("ATTENDEE", "mailto:a@example.org", {"CN": param(name)})
    w.extend(["END:VEVENT", "END:VCALENDAR"])
    w.flush()
    return out.getvalue()


@settings(max_examples=300, deadline=None)
@given(TEXT, TEXT)
def test_text_round_trips_and_every_line_fits(summary: str, name: str) -> None:
    data = event(summary, name)
    lines = data.split(b"\r\n")
    assert lines[-1] == b""
    for line in lines:
        assert len(line) <= 75 and b"\n" not in line and b"\r" not in line
        line.decode()  # no UTF-8 sequence cut in two
    (parsed,) = icalendar.Calendar.from_ical(data).walk("VEVENT")
    assert str(parsed["SUMMARY"]) == summary
    assert str(parsed["DESCRIPTION"]) == summary
    shown = name.replace('"', "").replace("\\", "")  # neither can be in a parameter (see param)
    assert parsed["ATTENDEE"].params["CN"] == " ".join(shown.split())


@given(st.text(max_size=400))
def test_folding_unfolds_to_the_line(line: str) -> None:
    folded = fold(line.replace("\r", "").replace("\n", ""))
    assert folded.endswith(b"\r\n")
    assert folded[:-2].replace(b"\r\n ", b"") == line.replace("\r", "").replace("\n", "").encode()
    assert all(len(part) <= 75 for part in folded.split(b"\r\n"))


def test_escaping() -> None:
    assert escape_text("a,b;c\\d\r\ne\nf\rg") == "a\\,b\\;c\\\\d\\ne\\nf\\ng"
    assert escape_text("bell\x07 tab\t") == "bell tab\t"
    assert param("Rossi, Marco") == '"Rossi, Marco"'
    assert param('Say "hi"') == "Say hi"
    assert param("0 =") == '"0 ="'  # icalendar reads an unquoted "0 =" as "0="


@pytest.mark.parametrize(
    "name",
    ["Europe/Kyiv", "America/New_York", "America/Sao_Paulo", "Africa/Casablanca", "Asia/Tokyo"],
)
def test_vtimezone_gives_zoneinfo_offsets(name: str) -> None:
    """Read back by icalendar as a tzinfo built from our observances, not from the name:
    regular rules (open RRULEs) hold past the span, irregular ones (RDATEs) within it."""
    zone = ZoneInfo(name)
    lines = vtimezone(zone, 2015, 2027)
    text = "\r\n".join(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:x", *lines, "END:VCALENDAR", ""])
    (component,) = icalendar.Calendar.from_ical(text).walk("VTIMEZONE")
    built = component.to_tz(lookup_tzid=False)
    regular = any(line.startswith("RRULE") for line in lines)
    last = 2035 if regular or "RDATE" not in text else 2027
    instant = datetime(2015, 1, 1, 12, tzinfo=UTC)
    while instant.year <= last:
        assert instant.astimezone(built).utcoffset() == instant.astimezone(zone).utcoffset(), (
            instant
        )
        instant += timedelta(hours=61)
