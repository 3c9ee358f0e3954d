"""hashlib.file_digest over files and BytesIO, checked against hashing the bytes directly."""
import asyncio
import hashlib
import io
import os

SCRATCH = "_scratch_file_digests"


async def digest_file(path, algorithm):
    await asyncio.sleep(0)
    with open(path, "rb") as f:
        return os.path.basename(path), algorithm, hashlib.file_digest(f, algorithm).hexdigest()


async def main():
    os.makedirs(SCRATCH, exist_ok=True)
    try:
        files = {"empty.bin": b"", "small.txt": b"hello world\n", "big.bin": bytes(range(256)) * 3000}
        for name, content in files.items():
            with open(os.path.join(SCRATCH, name), "wb") as f:
                f.write(content)
        jobs = [digest_file(os.path.join(SCRATCH, name), alg)
                for name in sorted(files) for alg in ("md5", "sha1", "sha256")]
        for name, alg, hexdigest in await asyncio.gather(*jobs):
            same = hexdigest == hashlib.new(alg, files[name]).hexdigest()
            print(f"{name:10} {alg:7} {hexdigest[:16]} {same}")
        buf = io.BytesIO(b"in memory")
        buf.seek(3)
        print(hashlib.file_digest(buf, hashlib.sha256).hexdigest() == hashlib.sha256(b"in memory").hexdigest())
        print(hashlib.file_digest(io.BytesIO(b"abc"), lambda: hashlib.blake2b()).hexdigest())
        with open(os.path.join(SCRATCH, "small.txt")) as text:
            try:
                hashlib.file_digest(text, "sha256")
            except ValueError as e:
                print("ValueError:", str(e).split("'")[0] + "'...")
        try:
            hashlib.file_digest(io.BytesIO(b""), "no-such-hash")
        except ValueError as e:
            print("ValueError:", e)
    finally:
        for name in sorted(os.listdir(SCRATCH)):
            os.remove(os.path.join(SCRATCH, name))
        os.rmdir(SCRATCH)


asyncio.run(main())
