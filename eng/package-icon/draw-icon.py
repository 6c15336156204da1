#!/usr/bin/env python3
"""Draws the package icon (128x128 PNG) with the standard library only: a span bar over a histogram on a dark tile.

Run from the repository root: python3 eng/package-icon/draw-icon.py (writes src/icon.png). The PNG is committed, so
packing never needs Python.
"""
import struct
import zlib

SIZE = 128
BACKGROUND = (24, 36, 64)
SPAN = (255, 176, 32)
BARS = (64, 200, 170)
BAR_HEIGHTS = [28, 52, 76, 44, 20]


def inside_rounded_tile(x, y, radius=20):
    """Keeps the corners transparent, as NuGet shows icons on light and dark pages."""
    cx = min(max(x, radius), SIZE - 1 - radius)
    cy = min(max(y, radius), SIZE - 1 - radius)
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2


def pixel(x, y):
    if not inside_rounded_tile(x, y):
        return (0, 0, 0, 0)
    if 22 <= y < 34 and 18 <= x < 110:  # the span: one bar across the top
        return SPAN + (255,)
    for index, height in enumerate(BAR_HEIGHTS):  # the histogram's buckets below it
        left = 18 + index * 19
        if left <= x < left + 14 and 108 - height <= y < 108:
            return BARS + (255,)
    return BACKGROUND + (255,)


def chunk(kind, data):
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)


def png():
    rows = b"".join(b"\x00" + b"".join(bytes(pixel(x, y)) for x in range(SIZE)) for y in range(SIZE))
    header = struct.pack(">IIBBBBB", SIZE, SIZE, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b"")


if __name__ == "__main__":
    with open("src/icon.png", "wb") as output:
        output.write(png())
