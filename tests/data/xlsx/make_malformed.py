"""Writes malformed.xlsx: sheets a careful user's reader must refuse or read whole (issue 28).

Standard library only (a minimal SpreadsheetML package, inline strings), so it runs anywhere:
    python3 tests/data/xlsx/make_malformed.py

Sheets:
  dup_long      long table whose header names `value` twice (columns D and E)
  dup_wide      wide table with two `2020` columns (C and D)
  merged_wide   wide table whose header cells C3:D3 are merged (`2020` over two columns)
  title_merged  a merged title A1:D1 above a clean wide header: read as usual
  reversed_dimension  a clean long table whose `<dimension ref>` is backwards (`LA1:C3`, what
                the `xlsx_sheet` fuzz target found panicking calamine under overflow checks)
  far_cells     one cell in A1 and one in XFD1048576: a used area of 17 billion cells
  beyond_grid   a cell in row 2,000,000, outside Excel's grid
"""

import zipfile
from pathlib import Path

SHEETS = {
    "dup_long": (
        [
            ["region", "indicator", "year", "value", "value"],
            ["r", "x", 2019, 1, 10],
            ["r", "x", 2020, 2, 20],
        ],
        [],
    ),
    "dup_wide": (
        [
            ["region", "2019", "2020", "2020"],
            ["r", 1, 2, 3],
        ],
        [],
    ),
    "merged_wide": (
        [
            ["Internet users, % of population"],
            [],
            ["region", "2019", "2020", None, "2022"],
            ["r", 1, 2, 3, 4],
        ],
        ["A1:E1", "C3:D3"],
    ),
    "title_merged": (
        [
            ["Internet users, % of population"],
            ["region", "2019", "2020", "2021"],
            ["r", 1, 2, 3],
        ],
        ["A1:D1"],
    ),
    "reversed_dimension": (
        [
            ["region", "indicator", "year", "value"],
            ["r", "x", 2019, 1],
            ["r", "x", 2020, 2],
        ],
        [],
        "LA1:C3",
    ),
    "far_cells": ({"A1": "x", "XFD1048576": "y"}, []),
    "beyond_grid": ({"A1": "region", "B1": "2019", "C1": "2020", "A2000000": "r"}, []),
}


def col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def sheet_xml(rows, merges, dimension=None):
    out = ['<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">']
    if dimension:
        out.append(f'<dimension ref="{dimension}"/>')
    out.append("<sheetData>")
    if isinstance(rows, dict):  # sparse: cell reference -> text, one row element per cell
        for ref, v in rows.items():
            r = ref.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
            out.append(f'<row r="{r}"><c r="{ref}" t="inlineStr"><is><t>{esc(v)}</t></is></c></row>')
        rows = []
    for r, row in enumerate(rows, start=1):
        out.append(f'<row r="{r}">')
        for c, v in enumerate(row):
            ref = f"{col(c)}{r}"
            if v is None:
                continue
            if isinstance(v, str):
                out.append(f'<c r="{ref}" t="inlineStr"><is><t>{esc(v)}</t></is></c>')
            else:
                out.append(f'<c r="{ref}"><v>{v}</v></c>')
        out.append("</row>")
    out.append("</sheetData>")
    if merges:
        out.append(f'<mergeCells count="{len(merges)}">')
        out += [f'<mergeCell ref="{m}"/>' for m in merges]
        out.append("</mergeCells>")
    out.append("</worksheet>")
    return "".join(out)


def main():
    names = list(SHEETS)
    ct = [
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
        '<Default Extension="xml" ContentType="application/xml"/>',
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>',
    ]
    ct += [
        f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        for i in range(1, len(names) + 1)
    ]
    ct.append("</Types>")
    rels = (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        "</Relationships>"
    )
    wb = ['<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>']
    wb += [f'<sheet name="{n}" sheetId="{i}" r:id="rId{i}"/>' for i, n in enumerate(names, start=1)]
    wb.append("</sheets></workbook>")
    wb_rels = ['<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">']
    wb_rels += [
        f'<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i}.xml"/>'
        for i in range(1, len(names) + 1)
    ]
    wb_rels.append("</Relationships>")
    path = Path(__file__).with_name("malformed.xlsx")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        # A fixed timestamp keeps the file byte-identical from run to run.
        def put(name, text):
            z.writestr(zipfile.ZipInfo(name, (2024, 1, 1, 0, 0, 0)), text)

        put("[Content_Types].xml", "".join(ct))
        put("_rels/.rels", rels)
        put("xl/workbook.xml", "".join(wb))
        put("xl/_rels/workbook.xml.rels", "".join(wb_rels))
        for i, n in enumerate(names, start=1):
            put(f"xl/worksheets/sheet{i}.xml", sheet_xml(*SHEETS[n]))
    print(path)


if __name__ == "__main__":
    main()
