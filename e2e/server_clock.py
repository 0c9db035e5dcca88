"""The lane's clock: the demo server runs at a fixed instant (`ASAH_NOW`), and the browser's clock is
fixed to the same one, so no flow depends on the day the lane runs. 10:00 in Jakarta (WIB) on Wednesday
15 July 2026, the same instant the app tests use (Tests/AsahServerTests/TestClock.swift). A test that
types "today" into a form uses `server_today()`."""

import datetime

JAKARTA = datetime.timezone(datetime.timedelta(hours=7))
NOW = datetime.datetime(2026, 7, 15, 10, 0, tzinfo=JAKARTA)
# For the server's environment.
NOW_ISO = NOW.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def server_now() -> datetime.datetime:
    return NOW


def server_today() -> datetime.date:
    return NOW.date()
