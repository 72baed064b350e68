#!/usr/bin/env python3
"""Writes each znode with data of a ZkDump.java dump into its own file,
named after its path ('/' -> '.'), with the exact bytes and no newline.
Usage: split_dump.py DUMP OUTDIR"""
import os, sys

dump, outdir = sys.argv[1], sys.argv[2]
os.makedirs(outdir, exist_ok=True)
lines = open(dump, encoding="utf-8").read().split("\n")
i = 0
while i + 2 < len(lines):
    path, data = lines[i].split("\t")[0], lines[i + 1]
    assert lines[i + 2] == "--", lines[i:i + 3]
    i += 3
    if data in ("<null>", "") or path.startswith("/zookeeper"):
        continue
    with open(os.path.join(outdir, path.strip("/").replace("/", ".")), "w", encoding="utf-8") as f:
        f.write(data)
