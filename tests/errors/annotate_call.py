f(): int = 3
