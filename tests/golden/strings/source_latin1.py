#!/usr/bin/env python3
# -*- coding: latin-1 -*-
# A script in Latin-1, as PEP 263 allows: its text is decoded before it runs.
name = "café crème brûlée"
print(name, len(name), name.upper(), [hex(ord(c)) for c in name if ord(c) > 127])
