# Formatters for a job runner's log lines: %-, {- and $-style formats, validation errors for
# malformed formats, defaults= for missing fields, a Formatter subclass overriding format and
# formatMessage, and formatTime/asctime on records whose created time is fixed.
import asyncio
import logging
import sys
import time

logging.Formatter.converter = time.gmtime


def record(msg, *args, level=logging.INFO, created=1700000000.5, **extra):
    fields = {"name": "jobs", "msg": msg, "args": args, "levelno": level,
              "levelname": logging.getLevelName(level), "created": created,
              "msecs": (created - int(created)) * 1000, "funcName": "run", "lineno": 42}
    fields.update(extra)
    return logging.makeLogRecord(fields)


class JobFormatter(logging.Formatter):
    def formatMessage(self, record):
        return super().formatMessage(record).upper()

    def format(self, record):
        text = super().format(record)
        job = getattr(record, "job", None)
        return f"{text} <job={job}>" if job else text


async def run_job(name, seconds, formatter):
    await asyncio.sleep(0.001 * seconds)
    rec = record("job %s took %ds", name, seconds, created=1700000000.5 + seconds, job=name)
    return formatter.format(rec)


async def main():
    rec = record("copied %d files to %s", 12, "/backup")
    percent = logging.Formatter("%(asctime)s %(levelname)s [%(name)s] %(message)s")
    brace = logging.Formatter("{asctime} {levelname:>7} {name}.{funcName}:{lineno} {message}", style="{")
    dollar = logging.Formatter("$asctime ${levelname} $name: $message", style="$")
    for f in (percent, brace, dollar):
        print(f.format(rec))
    print(rec.asctime, rec.message, rec.getMessage())

    print(logging.Formatter().format(rec))
    print(logging.Formatter("%(created).1f %(msecs)03d %(levelno)s").format(rec))
    dated = logging.Formatter("%(asctime)s|%(message)s", datefmt="%Y-%m-%d %H:%M:%S")
    print(dated.format(rec))
    print(dated.formatTime(rec), dated.formatTime(rec, "%d/%m/%y %H.%M"), percent.formatTime(rec))
    late = record("late", created=1700003599.25)
    print(percent.format(late), "|", brace.format(late))
    plain = logging.Formatter("%(message)s")
    print(repr(plain.format(late)), plain.usesTime(), percent.usesTime(), brace.usesTime())

    tagged = logging.Formatter("%(levelname)s %(user)s %(message)s", defaults={"user": "-"})
    print(tagged.format(record("login failed")))
    print(tagged.format(record("login ok", user="ada")))
    braced = logging.Formatter("{levelname} {user} {message}", style="{", defaults={"user": "anon"})
    print(braced.format(record("browse")))
    try:
        logging.Formatter("%(levelname)s %(user)s %(message)s").format(record("no user"))
    except ValueError as exc:
        print("ValueError:", exc)

    bad = [("%(message)", "%"), ("no fields at all", "%"), ("{message", "{"),
           ("{message!z}", "{"), ("{}", "{"), ("$message ${", "$"), ("plain", "$"),
           ("%(message)s", "#")]
    for fmt, style in bad:
        try:
            logging.Formatter(fmt, style=style)
            print("accepted:", repr(fmt))
        except ValueError as exc:
            print(f"ValueError for {fmt!r} ({style}):", exc)
    print(logging.Formatter("no fields", validate=False).format(rec))

    job = JobFormatter("%(asctime)s %(levelname)s %(message)s", datefmt="%H:%M:%S")
    lines = await asyncio.gather(*(run_job(n, s, job) for n, s in [("backup", 3), ("vacuum", 1)]))
    print("\n".join(lines))
    print(job.format(record("no job attribute")))

    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(brace)
    log = logging.getLogger("jobs")
    log.addHandler(handler)
    log.propagate = False
    log.handle(record("handled %s", "directly", level=logging.WARNING))
    print(handler.formatter is brace, handler.format(rec))


asyncio.run(main())
