import asyncio

state = {"cwd": "/", "files": {"/": ["etc", "home"], "/home": ["ann"]}, "history": []}


def run(line):
    state["history"].append(line)
    match line.split():
        case []:
            return ""
        case ["cd"]:
            state["cwd"] = "/"
            return "cwd=/"
        case ["cd", ".."]:
            state["cwd"] = state["cwd"].rsplit("/", 1)[0] or "/"
            return f"cwd={state['cwd']}"
        case ["cd", path] if path.startswith("/"):
            state["cwd"] = path
            return f"cwd={path}"
        case ["cd", path]:
            state["cwd"] = (state["cwd"].rstrip("/") + "/" + path)
            return f"cwd={state['cwd']}"
        case ["ls", *flags] if all(f.startswith("-") for f in flags):
            entries = state["files"].get(state["cwd"], [])
            return " ".join(sorted(entries, reverse="-r" in flags)) or "(empty)"
        case ["echo", *words]:
            return " ".join(words)
        case ["repeat", ("1" | "2" | "3") as n, *cmd]:
            return "; ".join(run(" ".join(cmd)) for _ in range(int(n)))
        case ["history", ("-c" | "--clear")]:
            state["history"].clear()
            return "cleared"
        case ["history"]:
            return f"{len(state['history'])} entries"
        case [("exit" | "quit") as cmd, *_]:
            return f"bye ({cmd})"
        case [cmd, *args]:
            return f"unknown command {cmd!r} with {len(args)} args"


async def session(lines, ticks):
    # Each line after `ticks` turns of the event loop: an interleaving that no clock decides.
    out = []
    for line in lines:
        for _ in range(ticks):
            await asyncio.sleep(0)
        out.append(f"$ {line}\n{run(line)}")
    return out


async def main():
    a, b = await asyncio.gather(
        session(["ls", "cd home", "ls -r", "cd ..", "ls -r -x"], 2),
        session(["echo hi  there", "repeat 2 echo x", "repeat 4 echo y", "", "history", "frobnicate a b", "quit now"], 3),
    )
    print("\n".join(a))
    print("---")
    print("\n".join(b))
    print(state["history"][:4], run("history --clear"), state["history"])

asyncio.run(main())
