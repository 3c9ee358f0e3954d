"""Assembler and stack virtual machine with enum opcodes and match-based dispatch."""
from enum import Enum, unique
from dataclasses import dataclass, field
from typing import Optional


@unique
class Op(Enum):
    PUSH = "push"
    POP = "pop"
    ADD = "add"
    SUB = "sub"
    MUL = "mul"
    DIV = "div"
    DUP = "dup"
    SWAP = "swap"
    JMP = "jmp"
    JZ = "jz"
    LOAD = "load"
    STORE = "store"
    PRINT = "print"
    CALL = "call"
    RET = "ret"
    HALT = "halt"


@dataclass
class Instr:
    op: Op
    arg: Optional[int | str] = None

    def __str__(self) -> str:
        return self.op.value if self.arg is None else f"{self.op.value} {self.arg}"


class VMError(Exception):
    pass


def assemble(text: str) -> tuple[list[Instr], dict[str, int]]:
    program: list[Instr] = []
    labels: dict[str, int] = {}
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.split(";", 1)[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(program)
            continue
        match line.split():
            case [name]:
                program.append(Instr(Op(name)))
            case [name, arg] if arg.lstrip("-").isdigit():
                program.append(Instr(Op(name), int(arg)))
            case [name, arg]:
                program.append(Instr(Op(name), arg))
            case _:
                raise VMError(f"line {lineno}: cannot parse {raw!r}")
    return program, labels


@dataclass
class VM:
    program: list[Instr]
    labels: dict[str, int]
    stack: list[int] = field(default_factory=list)
    memory: dict[str, int] = field(default_factory=dict)
    calls: list[int] = field(default_factory=list)
    output: list[str] = field(default_factory=list)
    steps: int = 0

    def pop(self) -> int:
        if not self.stack:
            raise VMError("stack underflow")
        return self.stack.pop()

    def target(self, arg) -> int:
        return self.labels[arg] if isinstance(arg, str) else arg

    def run(self, limit: int = 10_000) -> "VM":
        pc = 0
        while pc < len(self.program):
            self.steps += 1
            if self.steps > limit:
                raise VMError(f"step limit {limit} exceeded at pc={pc}")
            ins = self.program[pc]
            pc += 1
            match ins:
                case Instr(Op.PUSH, int(n)): self.stack.append(n)
                case Instr(Op.POP): self.pop()
                case Instr(Op.ADD | Op.SUB | Op.MUL | Op.DIV as op):
                    b, a = self.pop(), self.pop()
                    if op is Op.DIV and b == 0:
                        raise VMError(f"division by zero at pc={pc - 1}")
                    self.stack.append({Op.ADD: a + b, Op.SUB: a - b, Op.MUL: a * b}.get(op, a // b if b else 0))
                case Instr(Op.DUP): self.stack.append(self.stack[-1])
                case Instr(Op.SWAP): self.stack[-1], self.stack[-2] = self.stack[-2], self.stack[-1]
                case Instr(Op.JMP, t): pc = self.target(t)
                case Instr(Op.JZ, t):
                    if self.pop() == 0:
                        pc = self.target(t)
                case Instr(Op.LOAD, str(name)): self.stack.append(self.memory.get(name, 0))
                case Instr(Op.STORE, str(name)): self.memory[name] = self.pop()
                case Instr(Op.PRINT): self.output.append(str(self.pop()))
                case Instr(Op.CALL, t):
                    self.calls.append(pc)
                    pc = self.target(t)
                case Instr(Op.RET): pc = self.calls.pop()
                case Instr(Op.HALT): break
                case other:
                    raise VMError(f"bad instruction {other}")
        return self


FACTORIAL = """
    push 10
    store n
    push 1
    store acc
loop:
    load n
    jz done
    load acc
    load n
    mul
    store acc
    load n
    push 1
    sub
    store n
    jmp loop
done:
    load acc
    print
    push 7
    call square   ; subroutine
    print
    halt
square:
    dup
    mul
    ret
"""

prog, labels = assemble(FACTORIAL)
print(f"{len(prog)} instructions, labels {labels}")
print(" | ".join(str(i) for i in prog[:6]))
vm = VM(prog, labels).run()
print("output:", vm.output, "steps:", vm.steps, "memory:", vm.memory)

for src in ["push 1\npush 0\ndiv", "pop", "loop:\njmp loop", "push 1 2", "push 2\npush x"]:
    try:
        p, l = assemble(src)
        print(VM(p, l).run(limit=50).stack)
    except VMError as e:
        print("VMError:", e)
    except ValueError as e:
        print("ValueError:", e)
print(Op("jz"), Op.JZ.name, [o.value for o in Op][:4], len(Op))
VM(*assemble("jmp nowhere")).run()
