"""Non-ASCII text through files: utf-8 and latin-1 round trips, the bytes each writes, reading
with the wrong codec (errors strict/replace/ignore), encoding errors on write, and BOMs."""
import asyncio
import os
import shutil

ROOT = "_scratch_encodings_roundtrip"
SAMPLES = {
    "french": "Café crème, s'il vous plaît — merci!",
    "german": "Grüße aus Köln: Maß & Ölfaß",
    "greek": "Καλημέρα κόσμε",
    "emoji": "ok 👍 🐍",
    "ascii": "plain old text",
}


def p(name):
    return os.path.join(ROOT, name)


async def roundtrip(key, encoding):
    text = SAMPLES[key]
    name = f"{key}.{encoding}.txt"
    await asyncio.sleep(0)
    try:
        with open(p(name), "w", encoding=encoding) as f:
            f.write(text + "\n")
    except UnicodeEncodeError as e:
        return key, encoding, f"cannot encode: {e.reason} at {e.start}-{e.end} ({e.object[e.start:e.end]!r})"
    with open(p(name), encoding=encoding) as f:
        back = f.read()
    return key, encoding, f"{os.path.getsize(p(name))} bytes, same={back == text + chr(10)}"


async def main():
    shutil.rmtree(ROOT, ignore_errors=True)
    os.mkdir(ROOT)
    try:
        jobs = [roundtrip(k, enc) for k in SAMPLES for enc in ("utf-8", "latin-1")]
        for key, enc, outcome in await asyncio.gather(*jobs):
            print(f"{key:7} {enc:8} {outcome}")
        with open(p("french.utf-8.txt"), "rb") as f:
            print("utf-8 bytes:", f.read(8))
        with open(p("german.utf-8.txt"), "rb") as f:
            print("utf-8 bytes:", f.read(8))
        with open(p("german.latin-1.txt"), "rb") as f:
            print("latin-1 bytes:", f.read(8))
        with open(p("french.latin-1.txt"), "rb") as f:
            print("failed latin-1 write left:", f.read())
        with open(p("french.utf-8.txt"), encoding="latin-1") as f:
            print("utf-8 read as latin-1:", f.readline().rstrip())
        try:
            with open(p("german.latin-1.txt"), encoding="utf-8") as f:
                f.read()
        except UnicodeDecodeError as e:
            print("latin-1 read as utf-8:", e)
        for errors in ("replace", "ignore", "backslashreplace", "surrogateescape"):
            with open(p("german.latin-1.txt"), encoding="utf-8", errors=errors) as f:
                print(f"errors={errors}:", ascii(f.read().rstrip()))
        with open(p("out.txt"), "w", encoding="latin-1", errors="replace") as f:
            f.write("price: 5€ or ¥600\n")
        with open(p("out.txt"), "rb") as f:
            print("write errors=replace:", f.read())
        with open(p("out.txt"), "w", encoding="ascii", errors="xmlcharrefreplace") as f:
            f.write("naïve ☃\n")
        with open(p("out.txt"), encoding="ascii") as f:
            print("xmlcharrefreplace:", f.read().rstrip())
        with open(p("bom.txt"), "w", encoding="utf-8-sig") as f:
            f.write("with bom\n")
        with open(p("bom.txt"), "rb") as f:
            print("utf-8-sig bytes:", f.read())
        with open(p("bom.txt"), encoding="utf-8") as f:
            print("read as utf-8:", ascii(f.read()))
        with open(p("bom.txt"), encoding="utf-8-sig") as f:
            print("read as utf-8-sig:", repr(f.read()))
        with open(p("greek.utf-8.txt"), encoding="utf-8") as f:
            print("read(4) chars:", f.read(4), "then:", f.read(4))
        with open(p("emoji.utf-8.txt"), encoding="utf-8") as f:
            line = f.readline()
            print("emoji line:", line.rstrip(), len(line), len(line.encode()))
        with open(p("enc.txt"), "w", encoding="UTF8") as f:
            print("encoding attr as given:", f.encoding)
        with open(p("enc.txt"), "w", encoding="Latin1") as f:
            print("encoding attr as given:", f.encoding)
        try:
            open(p("enc.txt"), encoding="no-such-codec")
        except LookupError as e:
            print("LookupError:", e)
        try:
            open(p("enc.txt"), "rb", encoding="utf-8")
        except ValueError as e:
            print("binary with encoding:", e)
    finally:
        shutil.rmtree(ROOT, ignore_errors=True)
    print("cleaned:", not os.path.exists(ROOT))


asyncio.run(main())
