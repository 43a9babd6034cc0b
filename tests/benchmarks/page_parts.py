#!/usr/bin/env python3
"""What an HTML page's bytes are made of: prints the bytes of each part (the outermost element matching it),
the rest of the page, and the total. Used by page-weight.sh.
Usage: page_parts.py FILE.html"""
import sys
from html.parser import HTMLParser

# (part, test on a start tag's name and attributes); the first part that matches an element claims it and everything inside.
PARTS = [
    ("head", lambda tag, a: tag == "head"),
    ("site header + navigation", lambda tag, a: tag == "header" and "site-header" in a.get("class", "")),
    ("footer", lambda tag, a: tag == "footer"),
    ("citation popovers", lambda tag, a: "popover" in a),
    ("citation numbers", lambda tag, a: tag == "sup" and "cite" in a.get("class", "").split()),
    ("reference list", lambda tag, a: tag == "section" and "references" in a.get("class", "").split()),
    ("print URL + QR code", lambda tag, a: "print-source" in a.get("class", "").split()),
    ("section headings", lambda tag, a: "section-heading" in a.get("class", "").split()),
    ("on this page", lambda tag, a: "on-this-page" in a.get("class", "").split()),
    ("cite this page", lambda tag, a: "cite-this-page" in a.get("class", "").split()),
    ("pager", lambda tag, a: "pager" in a.get("class", "").split()),
]
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class Parts(HTMLParser):
    def __init__(self, text):
        super().__init__(convert_charrefs=False)
        self.text = text
        self.line_starts = [0]
        for i, ch in enumerate(text):
            if ch == "\n":
                self.line_starts.append(i + 1)
        self.stack = []  # (tag, part or None) of open elements
        self.open_part = None  # (part, depth, start offset) of the part being measured
        self.sizes = {}
        self.counts = {}

    def position(self):
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def handle_starttag(self, tag, attrs):
        if tag in VOID:
            return
        if self.open_part is None:
            attributes = {k: (v or "") for k, v in attrs}
            for part, test in PARTS:
                if test(tag, attributes):
                    self.open_part = (part, len(self.stack), self.position())
                    break
        self.stack.append(tag)

    def handle_endtag(self, tag):
        if tag in VOID or tag not in self.stack:
            return
        while self.stack and self.stack.pop() != tag:
            pass
        if self.open_part is not None and len(self.stack) == self.open_part[1]:
            part, _, start = self.open_part
            end = self.text.index(">", self.position()) + 1
            size = len(self.text[start:end].encode("utf-8"))
            self.sizes[part] = self.sizes.get(part, 0) + size
            self.counts[part] = self.counts.get(part, 0) + 1
            self.open_part = None


def main(path):
    text = open(path, encoding="utf-8").read()
    parser = Parts(text)
    parser.feed(text)
    total = len(text.encode("utf-8"))
    for part, _ in PARTS:
        if part in parser.sizes:
            print(f"{part}\t{parser.counts[part]}\t{parser.sizes[part]}")
    print(f"everything else\t\t{total - sum(parser.sizes.values())}")
    print(f"total\t\t{total}")


if __name__ == "__main__":
    main(sys.argv[1])
