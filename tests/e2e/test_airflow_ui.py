"""The Airflow UI in headless Chromium: log in, open the DAG, run a two-day backfill from the dialog.

Debian's chromium (/usr/bin/chromium, `apt-get install -y chromium`) driven by
Playwright's Python client; Playwright's own browser download is never used.
"""
from __future__ import annotations

import re
import shutil
import time
from pathlib import Path

import pytest

from scripts.airflow_local import PASSWORD, USER

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
DAYS = ("2026/10/12", "2026/10/13")  # sample-corpus days no other e2e test runs


@pytest.fixture
def page(airflow):
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: apt-get install -y chromium (.ci/run does)"
                    + (f"; found {shutil.which('chromium')}" if shutil.which("chromium") else ""))
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1400, "height": 1000}, timezone_id="UTC")
        context.set_default_timeout(60_000)
        try:
            yield context.new_page()
        finally:
            context.close()
            browser.close()


def test_backfill_two_days_from_the_dialog(airflow, page):
    url = airflow.url
    started = time.monotonic()
    page.goto(url)
    page.locator("input[name=username]").fill(USER)
    page.locator("input[name=password]").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(url + "/")

    page.goto(url + "/dags/conflict_events")
    page.get_by_role("button", name="Trigger").first.click()
    dialog = page.get_by_role("dialog")
    # radio cards hide their inputs: click the label text
    dialog.get_by_text("Backfill", exact=True).click()
    for n, day in enumerate(DAYS):  # From / To are popovers opened from their datetime-input
        dialog.get_by_test_id("datetime-input").nth(n).click()
        popover = page.locator("[data-scope=popover][data-part=content][data-state=open]")
        popover.locator("input[placeholder='YYYY/MM/DD']").fill(day)
        popover.locator("input[placeholder='HH:mm']").fill("00:00")
        page.keyboard.press("Enter")
        page.keyboard.press("Escape")
    shown = [t.inner_text() for t in dialog.get_by_test_id("datetime-input").all()]
    assert shown == ["Oct 12, 2026 00:00", "Oct 13, 2026 00:00"], shown
    # "Run Backfill" is enabled once the dialog's dry run has answered
    dialog.get_by_text("2 runs will be triggered").wait_for()
    run_backfill = dialog.get_by_role("button", name="Run Backfill")
    deadline = time.monotonic() + 60
    while not run_backfill.is_enabled() and time.monotonic() < deadline:
        time.sleep(0.5)
    run_backfill.click()
    page.get_by_role("dialog").wait_for(state="hidden")

    # the two runs, as the API sees them, then as the UI's runs list shows them
    wanted = {"2026-10-12", "2026-10-13"}
    deadline = time.monotonic() + 600
    while time.monotonic() < deadline:
        runs = airflow.api("GET", "/dags/conflict_events/dagRuns",
                           params={"run_type": "backfill", "limit": 100}).json()["dag_runs"]
        ours = [r for r in runs if r["logical_date"][:10] in wanted]
        if len(ours) == 2 and all(r["state"] in ("success", "failed") for r in ours):
            break
        time.sleep(3)
    else:
        raise TimeoutError(f"UI backfill runs not finished: {runs}\n{airflow.task_failures()}")
    assert {r["state"] for r in ours} == {"success"}, airflow.task_failures()

    page.goto(url + "/dags/conflict_events/runs")
    for run in ours:
        row = page.locator("tbody tr", has_text=run["dag_run_id"])
        row.wait_for()
        assert re.search(r"\bsuccess\b", row.inner_text(), re.IGNORECASE), row.inner_text()
        assert "Backfill" in row.inner_text()
    print(f"\nUI backfill of 2 days: {time.monotonic() - started:.0f}s")
