"""RSS and Atom feeds, from files and from a server on localhost (never the internet)."""

from __future__ import annotations

import datetime as dt
import shutil
import socket
from pathlib import Path

import pytest

from eventwire.errors import InputError, MalformedInputError
from eventwire.ingest import Failure, iter_articles
from eventwire.ingest.feeds import fetch, html_to_text, parse_feed
from eventwire.models import Article
from localsite import Site

FEEDS = Path(__file__).parent.parent / "fixtures" / "feeds"
PAGES = Path(__file__).parent.parent / "fixtures" / "html"
ACCORD = "Kenya and Ethiopia sign water-sharing accord"


def articles(items: list[Article | Failure]) -> list[Article]:
    return [i for i in items if isinstance(i, Article)]


# --- dialects ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "version", "titles"),
    [
        ("rss20.xml", "rss20", [ACCORD, "Police disperse protest in Dhaka"]),
        ("atom.xml", "atom10", ["Chile recalls ambassador from Caracas"]),
        ("rss10.rdf", "rss10", ["Aid convoy reaches Aleppo"]),
        ("rss091.xml", "rss091u", ["Talks on fishing rights stall"]),
    ],
)  # fmt: skip
def test_every_dialect_parses(name: str, version: str, titles: list[str]) -> None:
    feed = parse_feed((FEEDS / name).read_bytes(), name)
    assert feed.version == version
    assert [e.title for e in feed.entries] == titles
    assert all(e.link and e.link.startswith("https://") for e in feed.entries)
    assert all(len(e.text.split()) > 10 for e in feed.entries)


def test_rss_entries_become_articles_with_link_title_date_and_source() -> None:
    items = list(iter_articles([FEEDS / "rss20.xml"]))
    accord, protest = articles(items)
    assert accord.title == ACCORD
    assert accord.url == accord.origin == "https://harborwire.example/world/water-accord"
    assert accord.source == "Harbor Wire - World"
    assert accord.source_id == "hw-2025-1027-001"
    # content:encoded is preferred to the one-line description; markup and scripts are dropped
    assert accord.text.startswith("NAIROBI, Oct 27 (Harbor Wire) - Kenya and Ethiopia signed")
    assert "joint commission to monitor the flow & quality" in accord.text
    assert "track(" not in accord.text and "<" not in accord.text
    assert accord.text.count("\n\n") == 1
    # the summary is used where there is no content, with its escaped HTML stripped
    assert protest.text.startswith("DHAKA, Oct 26") and "<p>" not in protest.text


def test_dates_keep_the_publishers_local_day() -> None:
    accord = articles(list(iter_articles([FEEDS / "rss20.xml"])))[0]
    # 21:40 at UTC-5 on the 27th is the 28th in UTC; the story is dated as published, the 27th
    assert accord.published == dt.date(2025, 10, 27)
    chile = articles(list(iter_articles([FEEDS / "atom.xml"])))[0]
    assert chile.published == dt.date(2025, 10, 25)
    assert chile.text.endswith("Venezuela denied the charge.")


def test_entry_without_a_date_takes_the_published_option() -> None:
    from eventwire.ingest.files import ReadOptions

    (item,) = iter_articles([FEEDS / "rss091.xml"], ReadOptions(published=dt.date(2025, 10, 23)))
    assert isinstance(item, Article) and item.published == dt.date(2025, 10, 23)


def test_xml_that_is_not_a_feed_is_a_clear_failure() -> None:
    (failure,) = iter_articles([FEEDS / "not-a-feed.xml"])
    assert isinstance(failure, Failure) and isinstance(failure.error, MalformedInputError)
    assert failure.reason == "not an RSS or Atom feed"
    assert failure.origin == str(FEEDS / "not-a-feed.xml")


def test_entry_with_no_text_fails_alone(tmp_path: Path) -> None:
    feed = (FEEDS / "rss20.xml").read_text("utf-8")
    start = feed.index("<description>&lt;p&gt;DHAKA")
    end = feed.index("</description>", start) + len("</description>")
    (tmp_path / "partial.rss").write_text(feed[:start] + feed[end:], "utf-8")
    items = list(iter_articles([tmp_path / "partial.rss"]))
    assert len(articles(items)) == 1
    (failure,) = [i for i in items if isinstance(i, Failure)]
    assert failure.origin == "https://harborwire.example/world/dhaka-protest"
    assert "no content or summary" in failure.reason


def test_a_folder_mixing_feeds_and_pages(tmp_path: Path) -> None:
    shutil.copy(FEEDS / "atom.xml", tmp_path / "atom.xml")
    shutil.copy(PAGES / "ceasefire-talks.html", tmp_path / "page.html")
    items = list(iter_articles([tmp_path]))
    assert {a.title for a in articles(items)} == {
        "Chile recalls ambassador from Caracas",
        "Envoys agree to resume ceasefire talks in Geneva",
    }


def test_html_to_text_keeps_paragraphs_and_entities() -> None:
    text = html_to_text(
        "<div><p>Talks <b>resumed</b> &amp; ended.</p><style>p{}</style>Next<br>line</div>"
    )
    assert text == "Talks resumed & ended.\n\nNext\n\nline"
    assert html_to_text("  plain   words ") == "plain words"


# --- URLs -------------------------------------------------------------------------------------


def test_ingest_a_feed_url(site: Site) -> None:
    url = site.serve("/world.rss", (FEEDS / "rss20.xml").read_bytes())
    items = list(iter_articles([url]))
    assert [a.title for a in articles(items)] == [ACCORD, "Police disperse protest in Dhaka"]
    assert len(items) == 2


def test_ingest_an_atom_feed_served_as_plain_xml(site: Site) -> None:
    url = site.serve("/feed", (FEEDS / "atom.xml").read_bytes(), kind="text/xml")
    (item,) = iter_articles([url])
    assert isinstance(item, Article) and item.source == "Lakeside Dispatch"


def test_ingest_an_html_page_url(site: Site) -> None:
    url = site.serve("/story", (PAGES / "undated-protest.html").read_bytes(), kind="text/html")
    (item,) = iter_articles([url])
    assert isinstance(item, Article)
    assert item.url == url and item.origin == url
    assert item.text.startswith("LYON, France")


def test_unreachable_and_failing_urls_are_failures(site: Site) -> None:
    site.serve("/down", b"maintenance", kind="text/plain", status=503)
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{probe.getsockname()[1]}/feed"
    items = list(iter_articles([site.base + "/down", site.base + "/missing", closed]))
    assert all(isinstance(i, Failure) for i in items)
    reasons = [i.reason for i in items if isinstance(i, Failure)]
    assert "HTTP 503" in reasons[0] and "HTTP 404" in reasons[1]
    assert reasons[2].startswith("cannot fetch")


def test_fetch_sends_validators_and_reports_304(site: Site) -> None:
    url = site.serve("/world.rss", (FEEDS / "rss20.xml").read_bytes())
    first = fetch(url, max_bytes=1_000_000)
    assert first.status == 200 and first.etag
    again = fetch(url, max_bytes=1_000_000, etag=first.etag)
    assert again.status == 304 and again.data == b""
    assert site.not_modified["/world.rss"] == 1


def test_fetch_refuses_oversized_responses_and_other_schemes(site: Site) -> None:
    url = site.serve("/big.rss", b"<rss>" + b" " * 5000 + b"</rss>")
    with pytest.raises(InputError, match="over the 1,000-byte limit"):
        fetch(url, max_bytes=1000)
    with pytest.raises(InputError, match="only http"):
        fetch("file:///etc/passwd", max_bytes=1000)
