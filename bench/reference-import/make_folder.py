#!/usr/bin/env python3
"""Writes a folder of N mixed files for `./jianfu reference import` (docs/benchmarks.md, "参照文件库 import").

Texts are cut from the shipped national corpus (jianfu-app/src/main/resources/corpus/laws-zh.zip: 行政法规 and
部门规章 only, never a 地方性法规): 60% .txt, 30% .md, 9% .docx (a minimal WordprocessingML package), 1% refused
(empty files and .exe), plus a metadata.csv describing every tenth file.
usage: make_folder.py OUT_DIR [N]"""
import csv, io, os, random, sys, zipfile

ROOT = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(ROOT, "..", "..", "jianfu-app", "src", "main", "resources", "corpus", "laws-zh.zip")


def paragraphs():
    with zipfile.ZipFile(CORPUS) as z:
        for info in sorted(z.infolist(), key=lambda i: i.filename):
            name = info.filename
            # names written without the UTF-8 flag come back as cp437
            n = name if info.flag_bits & 0x800 else name.encode("cp437").decode("utf-8", "replace")
            n = n[2:] if n.startswith("./") else n
            if n.endswith(".md") and (n.startswith("行政法规/") or n.startswith("部门规章/")):
                text = z.read(name).decode("utf-8")
                yield [l.strip() for l in text.splitlines() if l.strip().startswith("第") and len(l.strip()) > 30]


def docx(text):
    body = "".join("<w:p><w:r><w:t>%s</w:t></w:r></w:p>" % (l.replace("&", "&amp;").replace("<", "&lt;")) for l in text.splitlines())
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        z.writestr("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        z.writestr("word/document.xml", '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s</w:body></w:document>' % body)
    return out.getvalue()


def main():
    out, n = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    os.makedirs(out, exist_ok=True)
    rnd = random.Random(20)
    pool = [p for p in paragraphs() if len(p) >= 8]
    rows = []
    for i in range(n):
        arts = pool[i % len(pool)]
        start = rnd.randrange(0, max(1, len(arts) - 8))
        text = "关于做好第%d项工作的通知\n" % i + "\n".join(arts[start:start + 8]) + "\n（编号 %d）" % i
        r = rnd.random()
        if r < 0.01:
            name = "f%04d.%s" % (i, "exe" if i % 2 else "txt")
            open(os.path.join(out, name), "wb").write(b"" if name.endswith(".txt") else b"MZ\x00\x01")
            continue
        ext = "txt" if r < 0.61 else "md" if r < 0.91 else "docx"
        name = "f%04d.%s" % (i, ext)
        data = docx(text) if ext == "docx" else text.encode("utf-8")
        open(os.path.join(out, name), "wb").write(data)
        if i % 10 == 0:
            rows.append([name, "关于做好第%d项工作的通知" % i, "甘政办发〔2026〕%d号" % (i + 1), "甘肃省人民政府办公厅", "省", "2026-03-05"])
    with open(os.path.join(out, "metadata.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["file", "标题", "文号", "发文机关", "层级", "日期"])
        w.writerows(rows)


if __name__ == "__main__":
    main()
