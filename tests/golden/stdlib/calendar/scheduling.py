"""A meeting planner built on calendar: TextCalendar/HTMLCalendar formatmonth with Sunday and
Monday starts, itermonthdates/itermonthdays2 to find the nth weekday of a month, and an async
main that renders several months concurrently."""
import asyncio
import calendar


def nth_weekday(year, month, weekday, n):
    days = [d for d, wd in calendar.Calendar().itermonthdays2(year, month) if d and wd == weekday]
    return days[n - 1] if n > 0 else days[n]


async def render(cal, year, month):
    await asyncio.sleep(0)
    return (year, month), cal.formatmonth(year, month)


async def main():
    text = calendar.TextCalendar(calendar.SUNDAY)
    results = await asyncio.gather(*(render(text, 2024, m) for m in (1, 5, 11)))
    for key, body in results:
        print(key)
        print(body, end="")
    monday = calendar.TextCalendar()
    print(monday.formatmonth(2025, 3, w=3, l=1))
    print(repr(monday.formatmonth(2025, 3)[:30]))

    print("--- meetings")
    for month in range(1, 13):
        first_tue = nth_weekday(2024, month, calendar.TUESDAY, 1)
        last_fri = nth_weekday(2024, month, calendar.FRIDAY, -1)
        print(calendar.month_abbr[month], first_tue, last_fri)
    dates = list(calendar.Calendar(calendar.MONDAY).itermonthdates(2024, 3))
    print(len(dates), dates[0], dates[-1])
    print(list(calendar.Calendar(6).iterweekdays()))
    print(calendar.Calendar().monthdays2calendar(2024, 2)[0])

    print("--- html")
    html = calendar.HTMLCalendar(calendar.SUNDAY)
    print(html.formatmonth(2024, 6))
    print(html.formatmonth(2024, 6, withyear=False).splitlines()[1])
    html.setfirstweekday(calendar.MONDAY)
    print(html.getfirstweekday(), html.formatweekheader())
    for label, call in [("text 0", lambda: text.formatmonth(2024, 0)),
                        ("html 0", lambda: html.formatmonth(2024, 0)),
                        ("range 0", lambda: calendar.monthrange(2024, 0))]:
        try:
            call()
        except calendar.IllegalMonthError as e:
            print(label, type(e).__name__, e)


asyncio.run(main())
