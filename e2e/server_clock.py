"""The server's calendar: Asah dates everything in Jakarta's time (WIB, UTC+7), whatever the zone of
the machine running the tests. A test that types "today" into a form must use this date, not
`datetime.date.today()`, which is the machine's (UTC on CI) and a day behind from 17:00 UTC."""

import datetime

JAKARTA = datetime.timezone(datetime.timedelta(hours=7))


def server_now() -> datetime.datetime:
    return datetime.datetime.now(JAKARTA)


def server_today() -> datetime.date:
    return server_now().date()
