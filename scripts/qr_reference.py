#!/usr/bin/env python3
"""Reference QR matrices for crates/core/src/qr.rs, made by an independent encoder (segno).

Why: our encoder is written from ISO/IEC 18004; segno is a mature, separately written
implementation. If both produce the same module grid for the same bytes, ECC level, version and
mask, the byte-mode encoding, Reed–Solomon codewords, interleaving, placement, masking, format and
version information all agree. The Rust tests (crates/core/tests/qr.rs) read what this writes.

Run from the repository root (needs `pip install segno`; the files are committed, so the Rust
tests do not need Python):

    python3 scripts/qr_reference.py

It writes
  tests/fixtures/qr/NN-<len>b-<ecc>.txt  one full matrix per case:
        line 1: `ecc=M version=7 mask=3 len=120 data=<the bytes, printable ASCII>`
        then one line per row, `1` = dark, `0` = light (no quiet zone)
  tests/fixtures/qr/bulk.tsv  many more cases, one per line, to check version and mask choice
        broadly: `ecc<TAB>version<TAB>mask<TAB>fnv1a64 of the matrix<TAB>data as hex`.
        The hash is FNV-1a 64 over one byte per module (row-major, 1 = dark, 0 = light).
        `#` lines are comments; they name the sections (random cases, then cases chosen
        because one penalty rule or the tie-break decides their mask).

One deviation of segno from the standard is patched before use (see `iso_padding_bits`):
segno 1.6.6 appends a whole zero byte when the bit stream already ends on a codeword boundary
(https://github.com/heuer/segno/issues/148, open). The symbols still decode, but the pad
codewords, hence the EC codewords, the whole grid and often the mask, differ from an encoder
that follows ISO/IEC 18004 §7.4.10. In byte mode the stream always ends on a boundary after a
4-bit terminator, so without the patch nearly every reference would carry segno's extra byte.

A second patch concerns mask scoring rule N3 (see `n3_every_occurrence`): segno searches for
the 1:1:3:1:1 pattern with `find` and, after counting one, resumes *behind* it, so a second
pattern that shares its last dark module ("1011101011101") is never seen. ISO/IEC 18004 table 11
scores every pattern that exists; ZXing (MaskUtil.applyMaskPenaltyRule3) tries every start
position too, and so does our encoder.
It changes the chosen mask in about 1 case in 270 (15 of 4,000 random cases); bulk.tsv keeps a
few such cases in its "N3-overlap" section.

Every case uses segno.make_qr(data, error=..., mode='byte', boost_error=False): byte mode,
normal QR (never Micro QR), the smallest version that fits, segno's own mask choice, and no
silent raising of the ECC level. Cases that need a version above 10 are not written: our
encoder stops at version 10 and the Rust tests check that it refuses them.
"""

import os
import random
import sys

import segno
import segno.encoder


def iso_padding_bits(buff, version, length):
    """ISO/IEC 18004 §7.4.10: pad with zero bits *only if* the stream does not already end on a
    codeword boundary. (segno adds `8 - length % 8` bits, i.e. 8 when it does.) The Micro QR
    exception of the original (versions M1/M3) does not matter here: we never make Micro QR."""
    buff.extend([0] * (-length % 8))


segno.encoder.write_padding_bits = iso_padding_bits

_FINDER_LIKE = (1, 0, 1, 1, 1, 0, 1)


def n3_every_occurrence(matrix, size):
    """Rule N3: 40 points for every dark-light-dark-dark-dark-light-dark run of modules in a row
    or column with four light modules before or after it; beyond the symbol's edge is light
    (it is the quiet zone). Every start position is tried, so overlapping patterns all count."""
    score = 0
    lines = [list(row) for row in matrix] + [[matrix[y][x] for y in range(size)] for x in range(size)]
    for line in lines:
        for p in range(size - 6):
            if tuple(line[p:p + 7]) != _FINDER_LIKE:
                continue
            light_before = not any(line[max(p - 4, 0):p])
            light_after = not any(line[p + 7:p + 11])
            if light_before or light_after:
                score += 40
    return score


_segno_mask_scores = segno.encoder.mask_scores
SCORES = []  # (n1, n2, n3, n4, segno's own n3) for each mask tried by the last make()


def mask_scores_every_n3(matrix, width, height):
    """segno's N1, N2 and N4, with N3 counted by `n3_every_occurrence`."""
    n1, n2, n3_segno, n4 = _segno_mask_scores(matrix, width, height)
    n3 = n3_every_occurrence(matrix, width)
    SCORES.append((n1, n2, n3, n4, n3_segno))
    return n1, n2, n3, n4


segno.encoder.mask_scores = mask_scores_every_n3

MAX_VERSION = 10
OUT_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "fixtures", "qr")

# A long, realistic item URL: the printed 一次性告知单 links to the item's page; the query keeps
# the Chinese title percent-encoded (最低生活保障申请 一次性告知单), as browsers send it.
LONG_URL = (
    "https://www.qingshan.gov.cn/gongkai/item/mz-dibao-shenqing"
    "?title=%E6%9C%80%E4%BD%8E%E7%94%9F%E6%B4%BB%E4%BF%9D%E9%9A%9C%E7%94%B3%E8%AF%B7"
    "&doc=%E4%B8%80%E6%AC%A1%E6%80%A7%E5%91%8A%E7%9F%A5%E5%8D%95"
    "&hall=%E9%9D%92%E5%B1%B1%E9%95%87%E4%BE%BF%E6%B0%91%E6%9C%8D%E5%8A%A1%E4%B8%AD%E5%BF%83"
    "&from=print&v=2026-11-22"
)
assert len(LONG_URL) >= 200, len(LONG_URL)

# (data, ecc): the lengths the brief asks for (1, 17, 30, 60, 100, 150, 200 bytes) at all four
# levels, plus whole item URLs. The comments give the version each lands on, so the set covers
# version 1 (exactly full, no pad codewords), versions 2–6 (one alignment pattern), 7–9 (version
# information, six alignment patterns) and 10 (16-bit character count).
CASES = [
    (b"1", "L"),                                                    # v1
    (LONG_URL[:17].encode(), "L"),                                  # v1, 17 bytes = v1-L exactly
    (LONG_URL[:30].encode(), "M"),                                  # v3
    (LONG_URL[:60].encode(), "H"),                                  # v7
    (LONG_URL[:60].encode(), "Q"),                                  # v5
    (LONG_URL[:100].encode(), "M"),                                 # v6
    (LONG_URL[:100].encode(), "H"),                                 # v10
    (LONG_URL[:150].encode(), "L"),                                 # v7
    (LONG_URL[:150].encode(), "Q"),                                 # v10
    (LONG_URL[:200].encode(), "M"),                                 # v10
    (b"https://www.qingshan.gov.cn/gongkai/item/mz-dibao-shenqing", "M"),   # v4
    (b"https://www.qingshan.gov.cn/gongkai/search?q=%E4%BD%8E%E4%BF%9D", "Q"),  # v6
    (LONG_URL[:130].encode(), "M"),                                 # v8
    (LONG_URL[:170].encode(), "M"),                                 # v9
    (LONG_URL[:24].encode(), "M"),                                  # v2
]

# Byte capacity of version 10 per level (ISO/IEC 18004 table 7), to size the bulk cases.
MAX_BYTES = {"L": 271, "M": 213, "Q": 151, "H": 119}
BULK_PER_LEVEL = 60
DECISIVE_EACH = 3
URL_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&'()*+,;=%ABCDEF"


def make(data, ecc):
    """segno's symbol for `data`, and the penalty scores of masks 0–7."""
    SCORES.clear()
    qr = segno.make_qr(data, error=ecc.lower(), mode="byte", boost_error=False)
    assert qr.mode == "byte" and qr.error == ecc and not qr.is_micro, (qr.mode, qr.error)
    assert len(SCORES) == 8
    return qr, list(SCORES)


def pick(total):
    """The mask with the lowest total; on a tie the lowest mask number."""
    return min(range(8), key=lambda m: (total(m), m))


def decisive(scores):
    """What decides the mask of this case. A rule Nk decides it if scoring without Nk picks
    another mask; "tie" if two masks share the lowest score (the lower number must win);
    "N3-overlap" if segno's own N3 count (see above) would pick another mask."""
    best = pick(lambda m: sum(scores[m][:4]))
    found = set()
    for k, rule in enumerate(("N1", "N2", "N3", "N4")):
        if pick(lambda m: sum(scores[m][:4]) - scores[m][k]) != best:
            found.add(rule)
    totals = sorted(sum(t[:4]) for t in scores)
    if totals[0] == totals[1]:
        found.add("tie")
    if pick(lambda m: scores[m][0] + scores[m][1] + scores[m][4] + scores[m][3]) != best:
        found.add("N3-overlap")
    return found


def fnv1a64(qr):
    h = 0xCBF29CE484222325
    for row in qr.matrix:
        for module in row:
            h ^= 1 if module else 0
            h = (h * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return h


def main():
    os.makedirs(OUT_DIR, exist_ok=True)
    for name in os.listdir(OUT_DIR):
        if name.endswith(".txt") or name.endswith(".tsv"):
            os.remove(os.path.join(OUT_DIR, name))

    for n, (data, ecc) in enumerate(CASES, start=1):
        assert all(0x21 <= b <= 0x7E for b in data), "header keeps data as printable ASCII"
        qr, _ = make(data, ecc)
        assert qr.version <= MAX_VERSION, (len(data), ecc, qr.version)
        path = os.path.join(OUT_DIR, f"{n:02}-{len(data)}b-{ecc}.txt")
        with open(path, "w", encoding="ascii", newline="\n") as f:
            f.write(f"ecc={ecc} version={qr.version} mask={qr.mask} len={len(data)} "
                    f"data={data.decode('ascii')}\n")
            for row in qr.matrix:
                f.write("".join("1" if m else "0" for m in row) + "\n")
        print(f"{os.path.basename(path)}: version {qr.version}, mask {qr.mask}")

    def line(qr, ecc, data):
        return f"{ecc}\t{qr.version}\t{qr.mask}\t{fnv1a64(qr):016x}\t{data.hex()}\n"

    # Bulk cases: a fixed seed, so the file is the same on every run. Half are URL-like text,
    # half arbitrary bytes (byte mode must carry any byte, including 0x00 and 0xFF).
    rng = random.Random(18004)
    versions = {}
    masks = {}
    random_lines = []
    for ecc in "LMQH":
        for i in range(BULK_PER_LEVEL):
            length = rng.randint(1, MAX_BYTES[ecc])
            if i % 2 == 0:
                data = "".join(rng.choice(URL_CHARS) for _ in range(length)).encode()
            else:
                data = bytes(rng.randrange(256) for _ in range(length))
            qr, _ = make(data, ecc)
            assert qr.version <= MAX_VERSION
            versions[qr.version] = versions.get(qr.version, 0) + 1
            masks[qr.mask] = masks.get(qr.mask, 0) + 1
            random_lines.append(line(qr, ecc, data))

    # Decisive cases: random data rarely hinges on rule N4 or on a tie (about 1 in 1,000), so
    # search for DECISIVE_EACH cases where each rule, the tie-break and segno's N3 scan decide
    # the mask. A mistake in any one of them then fails the Rust test. Short, partly
    # low-entropy data (long same-coloured runs) makes such cases common and the search fast.
    wanted = ("N1", "N2", "N3", "N4", "tie", "N3-overlap")
    chosen = {rule: [] for rule in wanted}
    tried = 0
    while any(len(v) < DECISIVE_EACH for v in chosen.values()):
        tried += 1
        assert tried < 50_000, {k: len(v) for k, v in chosen.items()}
        ecc = rng.choice("LMQH")
        length = rng.randint(0, 48)
        alphabet = rng.choice((b"\x00\xff0a", URL_CHARS.encode(), bytes(range(256))))
        data = bytes(rng.choice(alphabet) for _ in range(length))
        qr, scores = make(data, ecc)
        for rule in decisive(scores):
            if len(chosen[rule]) < DECISIVE_EACH:
                chosen[rule].append(line(qr, ecc, data))
                break  # one case, one section

    with open(os.path.join(OUT_DIR, "bulk.tsv"), "w", encoding="ascii", newline="\n") as f:
        f.write("# ecc\tversion\tmask\tfnv1a64\tdata_hex  (segno %s with ISO padding bits and "
                "N3, scripts/qr_reference.py)\n" % segno.__version__)
        f.write("# random\n")
        f.writelines(random_lines)
        for rule in wanted:
            f.write(f"# decisive: {rule}\n")
            f.writelines(chosen[rule])
    print(f"bulk.tsv: {len(random_lines)} random cases; versions {dict(sorted(versions.items()))}; "
          f"masks {dict(sorted(masks.items()))}")
    print(f"bulk.tsv: {DECISIVE_EACH} decisive cases each for {', '.join(wanted)} "
          f"({tried} candidates tried)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
