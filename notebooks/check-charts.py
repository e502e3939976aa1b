#!/usr/bin/python3
"""Checks the charts of executed notebooks (run-notebooks.sh keeps them in target/notebooks/): every notebook
shows at least one SVG chart, and every chart has a title and axis labels (text that is not a number) and at
least three numbered ticks on its value axis. Exits 1, naming notebook, cell and chart, when one has not.
Usage: notebooks/check-charts.py target/notebooks/01-verkennen.ipynb ..."""
import json
import re
import sys
import xml.etree.ElementTree as ET

NUMBER = re.compile(r"^-?\d+([.,]\d+)?%?$")


def svgs(notebook):
    for index, cell in enumerate(notebook["cells"]):
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            for mime in ("text/html", "image/svg+xml"):
                text = data.get(mime)
                if text is None:
                    continue
                text = "".join(text) if isinstance(text, list) else text
                for match in re.finditer(r"<svg.*?</svg>", text, re.S):
                    yield index, match.group(0)


def problems(svg):
    root = ET.fromstring(svg)
    texts = [(t.text or "").strip() for t in root.iter() if t.tag.endswith("}text") or t.tag == "text"]
    numbers = [t for t in texts if NUMBER.match(t)]
    words = [t for t in texts if t and not NUMBER.match(t)]
    found = []
    if len(numbers) < 3:
        found.append("fewer than 3 numbered ticks (%s)" % numbers)
    if len(words) < 3:
        found.append("no title and axis labels (%s)" % words)
    return found


def main(paths):
    failed = False
    for path in paths:
        with open(path, encoding="utf-8") as f:
            charts = list(svgs(json.load(f)))
        if not charts:
            print("%s: no SVG chart in the executed notebook" % path)
            failed = True
        for cell, svg in charts:
            for problem in problems(svg):
                print("%s: cell %d: %s" % (path, cell, problem))
                failed = True
        print("%s: %d chart(s) checked" % (path, len(charts)))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
