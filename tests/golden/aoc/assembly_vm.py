"""Day 8-style handheld console: find the infinite loop, then repair one instruction."""
from dataclasses import dataclass
from enum import Enum


class Op(Enum):
    NOP = "nop"
    ACC = "acc"
    JMP = "jmp"


@dataclass
class Instr:
    op: Op
    arg: int

    def __str__(self):
        return f"{self.op.value} {self.arg:+d}"


BOOT = """\
nop +0
acc +1
jmp +4
acc +3
jmp -3
acc -99
acc +1
jmp -4
acc +6
"""


class LoopDetected(Exception):
    def __init__(self, pc, acc):
        super().__init__(f"loop at pc={pc} with acc={acc}")
        self.pc = pc
        self.acc = acc


def parse(text):
    program = []
    for line in text.splitlines():
        name, _, value = line.partition(" ")
        program.append(Instr(Op(name), int(value)))
    return program


def execute(program, trace=False):
    pc = acc = 0
    seen = set()
    while pc < len(program):
        if pc in seen:
            raise LoopDetected(pc, acc)
        seen.add(pc)
        ins = program[pc]
        if trace:
            print(f"    {pc:3}: {ins!s:<8} acc={acc}")
        match ins.op:
            case Op.ACC:
                acc += ins.arg
                pc += 1
            case Op.JMP:
                pc += ins.arg
            case Op.NOP:
                pc += 1
    return acc


def repair(program):
    swap = {Op.NOP: Op.JMP, Op.JMP: Op.NOP}
    for i, ins in enumerate(program):
        if ins.op not in swap:
            continue
        patched = program[:i] + [Instr(swap[ins.op], ins.arg)] + program[i + 1:]
        try:
            return i, execute(patched)
        except LoopDetected as e:
            print(f"  patch {i} loops ({e})")
    return None


def main():
    program = parse(BOOT)
    print("program:", ", ".join(map(str, program)))
    try:
        execute(program, trace=True)
    except LoopDetected as e:
        print("part 1:", e.acc, "| args:", e.args)
    print("part 2:", repair(program))
    print(Op("jmp"), Op.ACC.name, list(Op), Op.NOP in Op, repr(Op.JMP))
    broken = parse("acc +1\njmp +0\n")
    print("repairing the broken program:", repair(broken))
    execute(broken)


main()
