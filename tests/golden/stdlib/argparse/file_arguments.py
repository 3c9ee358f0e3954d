"""argparse reading files: FileType arguments (including "-") and @file arguments."""
import argparse
import os
import sys

SCRATCH = "_scratch_file_arguments"
os.makedirs(SCRATCH, exist_ok=True)
try:
    data = os.path.join(SCRATCH, "numbers.txt")
    with open(data, "w") as f:
        f.write("3\n4\n5\n")
    options = os.path.join(SCRATCH, "options.txt")
    with open(options, "w") as f:
        f.write("--scale\n10\n--label\nsum of numbers\n")

    parser = argparse.ArgumentParser(prog="summer", fromfile_prefix_chars="@")
    parser.add_argument("numbers", type=argparse.FileType("r"))
    parser.add_argument("--out", type=argparse.FileType("w", encoding="utf-8"), default="-")
    parser.add_argument("--scale", type=int, default=1)
    parser.add_argument("--label", default="total")
    args = parser.parse_args([data, "@" + options])
    total = sum(int(line) for line in args.numbers) * args.scale
    args.numbers.close()
    print(f"{args.label}: {total}", file=args.out)
    print("out is stdout:", args.out is sys.stdout)
    print(argparse.FileType("r"), argparse.FileType("wb", 0), argparse.FileType("a", encoding="latin-1", errors="strict"))

    result = os.path.join(SCRATCH, "result.txt")
    args = parser.parse_args([data, "--out", result, "--label", "written"])
    print(f"{args.label}: {sum(int(x) for x in args.numbers)}", file=args.out)
    args.out.close()
    args.numbers.close()
    with open(result) as f:
        print("result file:", f.read().strip())

    print("stdin arg:", parser.parse_args(["-"]).numbers is sys.stdin)
    try:
        parser.parse_args([os.path.join(SCRATCH, "missing.txt")])
    except SystemExit as e:
        print("exit code", e.code)
    try:
        parser.parse_args(["@" + os.path.join(SCRATCH, "nope.txt")])
    except SystemExit as e:
        print("exit code", e.code)
finally:
    for name in sorted(os.listdir(SCRATCH)):
        os.remove(os.path.join(SCRATCH, name))
    os.rmdir(SCRATCH)
