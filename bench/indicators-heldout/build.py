"""Writes sourced-h1-pairs.tsv / sourced-h2-pairs.tsv from the hand-labelled lists, after checks."""
import sources, h1_pairs, h2_pairs
from collections import Counter
HEADER = "a\tb\tsame\tsource_a\tsource_b\tnote"
seen_all = {}
for name, mod in (("sourced-h1-pairs.tsv", h1_pairs), ("sourced-h2-pairs.tsv", h2_pairs)):
    rows, seen = [], set()
    for a, b, same, sa, sb, note in mod.P:
        assert same in ("true", "false"), (a, b)
        for k in (sa, sb):
            assert k in sources.S, k
        for f in (a, b, note):
            assert "\t" not in f and "\n" not in f and f.strip() == f and f
        assert a != b, a
        key = frozenset((a, b))
        assert key not in seen, ("dup", a, b)
        assert key not in seen_all, ("dup across files", a, b, seen_all[key])
        seen.add(key); seen_all[key] = name
        rows.append("\t".join((a, b, same, sources.S[sa], sources.S[sb], note)))
    with open(name, "w", encoding="utf-8") as fh:
        fh.write(HEADER + "\n" + "\n".join(rows) + "\n")
    c = Counter(p[2] for p in mod.P)
    print(name, len(rows), "true", c["true"], "false", c["false"], "share_true %.2f" % (c["true"] / len(rows)))
