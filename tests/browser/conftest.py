"""Playwright (sync API) driving Debian's Chromium against pytest-django's live_server.

No browser is downloaded: the tests use /usr/bin/chromium, which `make test` installs.
"""
import functools
import os
import threading
from dataclasses import dataclass, field
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

# Playwright's sync API runs an event loop in this thread; Django would otherwise refuse the
# ORM calls that fixtures make from it.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
VIEWPORT = {"width": 1400, "height": 950}
TIMEOUT_MS = 10_000


@dataclass
class Console:
    """What the page reported as wrong: console errors and uncaught exceptions."""

    errors: list = field(default_factory=list)

    def record_message(self, message):
        if message.type == "error":
            self.errors.append(f"console: {message.text}")

    def record_exception(self, error):
        self.errors.append(f"pageerror: {error}")


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: apt-get install chromium (make test does it)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def console():
    return Console()


@pytest.fixture
def page(browser, console):
    context = browser.new_context(viewport=VIEWPORT)
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    page.on("console", console.record_message)
    page.on("pageerror", console.record_exception)
    yield page
    context.close()


@dataclass
class OtherOrigin:
    """A second web server on another origin (127.0.0.1 rather than localhost, its own port)
    that serves files from `root`: pages that frame ours or load our exports from elsewhere."""

    root: Path
    url: str

    def page(self, name, html):
        (self.root / name).write_text(html)
        return f"{self.url}/{name}"


@pytest.fixture
def other_origin(tmp_path):
    handler = functools.partial(QuietHandler, directory=str(tmp_path))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield OtherOrigin(root=tmp_path, url=f"http://127.0.0.1:{server.server_address[1]}")
    server.shutdown()
    server.server_close()


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass
