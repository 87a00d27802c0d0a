#!/usr/bin/env python3
"""Builds simulator/src/main/resources/rfc/rfc-index.tsv: every section number and title of the
RFCs mailsim's content cites, read from the RFCs' own plain-text editions.

  scripts/rfc-index.py TEXTS_DIR [RFC_NUMBER ...]  > simulator/src/main/resources/rfc/rfc-index.tsv

TEXTS_DIR holds one file per RFC, named NNNN.txt (the RFC Editor's plain text) or NNNN.md (the
same text wrapped in Markdown fences, page by page, as in the public GitHub repository
Takashiidobe/ietf-rfcs, src/NNNN.md, commit 66225bd, which is where the December 2026 index was
read from). The texts are not kept in mailsim: only the numbers and titles read from them.

How a section is found: in an RFC's plain text, a section heading starts at column 0 with its
number ("6.4.5.  FETCH Command", "Appendix A.  ..."), and a long title goes on, indented, on the
next line. A heading is kept only if its number follows the one before it (the next sibling, a
first child, or the next section of an ancestor), which drops the odd numbered line that is not
a heading. Where the RFC has a table of contents, every heading found is checked against it and
any difference is printed to stderr.

Output, tab-separated, one line each: "NNNN<TAB><TAB>document title", then
"NNNN<TAB>section<TAB>section title" in the RFC's order.
"""
import os, re, sys

HEADING = re.compile(r'^(?:Appendix\s+)?((?:\d+|[A-Z])(?:\.\d+)*)\.?\s+(\S.*?)\s*$')
TOC_LINE = re.compile(r'^\s*(?:Appendix\s+)?((?:\d+|[A-Z])(?:\.\d+)*)\.?\s+(\S.*?)\s*$')
PAGE_FOOTER = re.compile(r'\[Page \d+\]\s*$')
PAGE_HEADER = re.compile(r'^RFC \d+ ')


def plain_text(path):
    """The RFC's lines as in its plain-text edition (Markdown fences and page rules removed)."""
    with open(path, encoding='utf-8', errors='replace') as f:
        raw = f.read().replace('\f', '\n').split('\n')
    if not path.endswith('.md'):
        return raw
    lines, first_page = [], True
    for line in raw:
        if line.startswith('---------'):
            first_page = False
            continue
        if line.startswith('```'):
            continue
        if first_page and line.startswith('    '):
            line = line[4:]
        lines.append(line)
    return lines


def title(lines):
    """The document title: the first block of centred lines after the header block."""
    for line in lines:
        m = re.match(r'^# (.*) \{#title\}', line)
        if m:
            return clean(m.group(1))
    i = 0
    while i < len(lines) and not lines[i].strip():
        i += 1
    while i < len(lines) and lines[i].strip():  # header block (Network Working Group, RFC number ...)
        i += 1
    while i < len(lines) and not lines[i].strip():
        i += 1
    parts = []
    while i < len(lines) and lines[i].strip():
        parts.append(lines[i].strip())
        i += 1
    return ' '.join(parts)


def key(number):
    return [int(p) if p.isdigit() else p for p in number.split('.')]


def follows(prev, number):
    """True if number may come right after prev in a document's outline."""
    a, b = key(prev) if prev else [], key(number)
    if len(b) == len(a) + 1 and b[:-1] == a and b[-1] in (1, 'A'):
        return True
    for depth in range(min(len(a), len(b)), 0, -1):
        if len(b) == depth and b[:-1] == a[:depth - 1]:
            x, y = a[depth - 1], b[-1]
            if isinstance(x, int) and isinstance(y, int):
                return y == x + 1
            if isinstance(x, int) and isinstance(y, str):
                return depth == 1 and y == 'A'
            if isinstance(x, str) and isinstance(y, str):
                return ord(y) == ord(x) + 1
    return not a and b in ([1], ['A'])


def html_sections(lines):
    """Sections of an RFC in the RFC Editor's HTML edition converted to Markdown (RFC 8650 on)."""
    found = []
    for line in lines:
        m = re.match(r'^#+ \[(?:Appendix )?([0-9A-Z][0-9.]*?)\.?\]\(#(?:section|appendix)-[^)]*\)(?:\{[^}]*\})? \[(.+?)\]\(#name-', line)
        if m:
            found.append((m.group(1), clean(m.group(2))))
    return found


def clean(text):
    text = re.sub(r'\\(.)', r'\1', text)  # Markdown escapes
    text = re.sub(r'\s+', ' ', text).strip()
    return re.sub(r'^-+\s*', '', text).rstrip('.').strip()


def sections(lines):
    if any(re.match(r'^# .* \{#title\}', l) for l in lines):
        return html_sections(lines)
    found, prev, top = [], None, 0
    for i, line in enumerate(lines):
        if not line or line[0] == ' ' or PAGE_HEADER.match(line) or PAGE_FOOTER.search(line):
            continue
        m = HEADING.match(line)
        if not m:
            continue
        number, text = m.group(1), m.group(2)
        first = number.split('.')[0]
        if not (follows(prev, number) or (first.isdigit() and number == first and top < int(first) <= top + 2 and text[:1].isupper())):  # RFC 3348 has no section 4
            continue
        if first.isdigit():
            top = int(first)
        j = i + 1
        while j < len(lines) and lines[j].startswith('  ') and lines[j].strip() \
                and not PAGE_FOOTER.search(lines[j]) and len(text) > 40:
            text += ' ' + lines[j].strip()
            j += 1
        found.append((number, clean(text)))
        prev = number
    return found


def table_of_contents(lines):
    """Numbered lines of the table of contents, if the RFC has one: number -> title (dots and page cut)."""
    toc, inside, last = {}, False, None
    for line in lines:
        if re.match(r'^\s*Table of Contents\s*$', line):
            inside = True
            continue
        if not inside:
            continue
        if re.match(r'^\d+\.?\s+\S', line):  # the body's first heading: the table has ended
            break
        if PAGE_HEADER.match(line) or PAGE_FOOTER.search(line) or not line.strip():
            continue
        m = TOC_LINE.match(line)
        body = re.sub(r'[ .]*\d+\s*$', '', line.strip()) if re.search(r'\.\s*\.\s*\.|\s\d+$', line) else line.strip()
        if m and re.match(r'^(?:Appendix\s+)?(?:\d+|[A-Z])(?:\.\d+)*\.?\s', line.strip()):
            number = m.group(1)
            rest = re.sub(r'^(?:Appendix\s+)?\S+\s+', '', body)
            toc[number] = rest
            last = number
        elif last:
            toc[last] += ' ' + body
    return {n: re.sub(r'\s+', ' ', t).strip(' .') for n, t in toc.items()}


def main():
    folder, wanted = sys.argv[1], sys.argv[2:]
    if not wanted:
        wanted = sorted({re.sub(r'\D', '', f) for f in os.listdir(folder) if re.match(r'\d+\.(txt|md)$', f)}, key=int)
    print("# RFC section index, generated by scripts/rfc-index.py from the RFCs' plain text (see the script for the source); do not edit by hand.")
    for n in wanted:
        path = next(p for p in (os.path.join(folder, n + '.txt'), os.path.join(folder, n + '.md')) if os.path.exists(p))
        lines = plain_text(path)
        found = sections(lines)
        toc = table_of_contents(lines)
        for number, text in found:
            if toc and number in toc and toc[number].lower() != text.lower():
                print(f'RFC {n} {number}: heading "{text}", table of contents "{toc[number]}"', file=sys.stderr)
        missing = [x for x in toc if x not in dict(found)]
        if missing:
            print(f'RFC {n}: in the table of contents but no heading found: {missing}', file=sys.stderr)
        print(f'{n}\t\t{title(lines)}')
        for number, text in found:
            print(f'{n}\t{number}\t{text}')


if __name__ == '__main__':
    main()
