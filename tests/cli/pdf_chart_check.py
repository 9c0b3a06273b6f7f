#!/usr/bin/python3
"""The PDF's page shows the chart, as a reader sees it: the words poppler finds on the page sit in
a regular 9x9 grid of cells, each cell's words are exactly its text (in reading order, white space
aside), no word crosses into a neighbour, the grid takes most of the page, and the rendered page
has ink in every cell that has text.

    pdf_chart_check.py CHART.pdf GRID.json [--progress]    (GRID.json: `mandalart show --format json`)

--progress: the chart was exported with --progress, so a cell may end with its completion ("42%").
"""
import html
import json
import re
import subprocess
import sys

TOLERANCE = 1.0  # points: a glyph's box may touch its cell's edge


def fail(message):
    sys.exit("FAIL: " + message)


def squash(text):
    return "".join(text.split())


def page_words(pdf):
    xml = subprocess.run(["pdftotext", "-bbox", pdf, "-"], capture_output=True, text=True, check=True).stdout
    size = re.search(r'<page width="([\d.]+)" height="([\d.]+)"', xml)
    words = [(float(a), float(b), float(c), float(d), html.unescape(t))
             for a, b, c, d, t in re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', xml)]
    return float(size.group(1)), float(size.group(2)), words


def fit(points):
    """Least squares for centre = origin + (index + 0.5) * step; returns (origin, step)."""
    n = len(points)
    mx = sum(i + 0.5 for i, _ in points) / n
    my = sum(v for _, v in points) / n
    sxx = sum((i + 0.5 - mx) ** 2 for i, _ in points)
    step = sum((i + 0.5 - mx) * (v - my) for i, v in points) / sxx
    return my - mx * step, step


def grey_page(pdf, dpi):
    """The page rendered in grey at `dpi` (pdftoppm's PGM): (width, height, bytes)."""
    pgm = subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-singlefile", pdf], capture_output=True, check=True).stdout
    header = re.match(rb"P5\s+(\d+)\s+(\d+)\s+(\d+)\s", pgm)
    return int(header.group(1)), int(header.group(2)), pgm[header.end():]


def main():
    pdf, grid_path = sys.argv[1], sys.argv[2]
    progress = "--progress" in sys.argv[3:]
    grid = json.load(open(grid_path, encoding="utf-8"))["grid"]
    width, height, words = page_words(pdf)
    if not words:
        fail("poppler finds no words on the page")

    # Words found once on the page and in exactly one cell's text place that cell: fit the grid to them.
    on_page = {}
    for w in words:
        on_page[w[4]] = on_page.get(w[4], 0) + 1
    cells_of = {}
    for r in range(9):
        for c in range(9):
            for token in set(grid[r][c].split()):
                cells_of.setdefault(token, []).append((r, c))
    xs, ys = [], []
    for x0, y0, x1, y1, text in words:
        if on_page[text] == 1 and len(cells_of.get(text, [])) == 1:
            r, c = cells_of[text][0]
            xs.append((c, (x0 + x1) / 2))
            ys.append((r, (y0 + y1) / 2))
    if len({c for c, _ in xs}) < 9 or len({r for r, _ in ys}) < 9:
        fail(f"too few words place the cells ({len(xs)}): is the chart on the page?")
    left, cell_w = fit(xs)
    top, cell_h = fit(ys)
    right, bottom = left + 9 * cell_w, top + 9 * cell_h
    if not (cell_w > 0 and cell_h > 0 and left >= 0 and top >= 0 and right <= width and bottom <= height):
        fail(f"the grid fitted to the words ({left:.0f},{top:.0f})-({right:.0f},{bottom:.0f}) is not on the {width:.0f}x{height:.0f} page")
    if 9 * cell_w < 0.75 * width:
        fail(f"the chart is {9 * cell_w:.0f} pt wide on a {width:.0f} pt page")

    # Every word inside the grid lies wholly in one cell, and each cell's words are its text.
    found = [[[] for _ in range(9)] for _ in range(9)]
    for x0, y0, x1, y1, text in words:
        cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        if not (left <= cx < right and top <= cy < bottom):
            continue
        c, r = int((cx - left) / cell_w), int((cy - top) / cell_h)
        cl, ct = left + c * cell_w, top + r * cell_h
        if x0 < cl - TOLERANCE or x1 > cl + cell_w + TOLERANCE or y0 < ct - TOLERANCE or y1 > ct + cell_h + TOLERANCE:
            fail(f"'{text}' ({x0:.1f},{y0:.1f})-({x1:.1f},{y1:.1f}) crosses out of cell ({r},{c})")
        found[r][c].append((round(y0), x0, text))
    for r in range(9):
        for c in range(9):
            texts = [t for _, _, t in sorted(found[r][c])]
            got = "".join(texts)
            with_progress = progress and texts and re.fullmatch(r"\d{1,3}%", texts[-1])
            if got != squash(grid[r][c]) and not (with_progress and "".join(texts[:-1]) == squash(grid[r][c])):
                fail(f"cell ({r},{c}) shows '{got}' where the plan holds '{grid[r][c]}'")

    # The rendered page has ink in every cell with text (the glyphs are drawn, not only placed):
    # pixels that stand out from the cell's own background (its most common grey).
    dpi = 100
    pw, ph, pixels = grey_page(pdf, dpi)
    scale = pw / width
    blank = []
    for r in range(9):
        for c in range(9):
            if not squash(grid[r][c]):
                continue
            x0, x1 = int((left + c * cell_w) * scale) + 2, int((left + (c + 1) * cell_w) * scale) - 2
            y0, y1 = int((top + r * cell_h) * scale) + 2, int((top + (r + 1) * cell_h) * scale) - 2
            region = [pixels[y * pw + x] for y in range(y0, y1) for x in range(x0, x1)]
            background = max(set(region), key=region.count)
            ink = sum(1 for p in region if abs(p - background) > 80)
            if ink < 20:
                blank.append((r, c))
    if blank:
        fail(f"the rendered page is blank in cells {blank}")
    cells = sum(1 for row in grid for cell in row if squash(cell))
    print(f"ok: the PDF page shows the 9x9 chart: {cells} cells' words in their cells of a "
          f"{9 * cell_w:.0f}x{9 * cell_h:.0f} pt grid, each with ink when rendered")


if __name__ == "__main__":
    main()
