# expect: 4:7: 'calendar.LocaleTextCalendar' is not supported by aiocc
# A name CPython's calendar has that aiocc's library module does not: refused by name.
import calendar
print(calendar.LocaleTextCalendar)
