//! The QR encoder against an independent one: every grid in tests/fixtures/qr/ was made by segno
//! (scripts/qr_reference.py) and must come out of `QrCode::encode` module for module, with the
//! same version and mask. Also: oversize input is refused with the right limit, and the SVG path
//! paints exactly the dark modules.

use std::path::PathBuf;

use gongkai_core::qr::{Ecc, QrCode, QrError, MAX_VERSION};

fn fixture_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/qr")
}

fn ecc_from(letter: &str) -> Ecc {
    match letter {
        "L" => Ecc::Low,
        "M" => Ecc::Medium,
        "Q" => Ecc::Quartile,
        "H" => Ecc::High,
        other => panic!("unknown ECC level {other:?} in fixture"),
    }
}

/// One `NN-*.txt` fixture: header fields, then the grid.
struct Reference {
    name: String,
    ecc: Ecc,
    version: usize,
    mask: u8,
    data: Vec<u8>,
    rows: Vec<Vec<bool>>,
}

fn read_references() -> Vec<Reference> {
    let mut out = Vec::new();
    let mut paths: Vec<PathBuf> = std::fs::read_dir(fixture_dir())
        .expect("tests/fixtures/qr exists")
        .map(|e| e.expect("readable dir entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    for path in paths {
        let text = std::fs::read_to_string(&path).expect("readable fixture");
        let mut lines = text.lines();
        let header = lines.next().expect("header line");
        // `data=` is last and keeps the rest of the line as it is.
        let (fields, data) = header.split_once(" data=").expect("data= in header");
        let field = |key: &str| {
            fields
                .split(' ')
                .find_map(|f| f.strip_prefix(key).and_then(|v| v.strip_prefix('=')))
                .unwrap_or_else(|| panic!("{key}= in header of {}", path.display()))
                .to_string()
        };
        let len: usize = field("len").parse().expect("len is a number");
        assert_eq!(data.len(), len, "{}: header data length", path.display());
        out.push(Reference {
            name: path
                .file_name()
                .expect("file name")
                .to_string_lossy()
                .into_owned(),
            ecc: ecc_from(&field("ecc")),
            version: field("version").parse().expect("version is a number"),
            mask: field("mask").parse().expect("mask is a number"),
            data: data.as_bytes().to_vec(),
            rows: lines
                .map(|l| l.bytes().map(|b| b == b'1').collect())
                .collect(),
        });
    }
    out
}

/// Prints both grids with the differing modules marked, so a failure shows where it is.
fn describe_difference(qr: &QrCode, rows: &[Vec<bool>]) -> String {
    let mut s = String::from("ours | reference  (x = differs)\n");
    for (y, row) in rows.iter().enumerate() {
        let ours: String = (0..row.len())
            .map(|x| if qr.is_dark(x, y) { '#' } else { '.' })
            .collect();
        let theirs: String = row.iter().map(|&d| if d { '#' } else { '.' }).collect();
        let diff: String = row
            .iter()
            .enumerate()
            .map(|(x, &d)| if qr.is_dark(x, y) == d { ' ' } else { 'x' })
            .collect();
        s += &format!("{ours} | {theirs} | {diff}\n");
    }
    s
}

#[test]
fn reproduces_every_segno_reference_grid_exactly() {
    let refs = read_references();
    assert!(
        refs.len() >= 12,
        "expected the committed fixtures, found {}",
        refs.len()
    );
    let mut versions = std::collections::BTreeSet::new();
    for r in &refs {
        let qr = QrCode::encode(&r.data, r.ecc).unwrap_or_else(|e| panic!("{}: {e}", r.name));
        versions.insert(qr.version());
        assert_eq!(qr.version(), r.version, "{}: version", r.name);
        assert_eq!(qr.size(), r.rows.len(), "{}: size", r.name);
        assert_eq!(
            qr.mask(),
            r.mask,
            "{}: mask\n{}",
            r.name,
            describe_difference(&qr, &r.rows)
        );
        for (y, row) in r.rows.iter().enumerate() {
            assert_eq!(row.len(), qr.size(), "{}: row {y} length", r.name);
            for (x, &dark) in row.iter().enumerate() {
                assert_eq!(
                    qr.is_dark(x, y),
                    dark,
                    "{}: module x={x} y={y}\n{}",
                    r.name,
                    describe_difference(&qr, &r.rows)
                );
            }
        }
    }
    // The fixtures are meant to cover every version; make sure a regenerated set still does.
    assert_eq!(
        versions.into_iter().collect::<Vec<_>>(),
        (1..=MAX_VERSION).collect::<Vec<_>>()
    );
}

/// FNV-1a 64 over one byte per module, row-major (1 = dark), as scripts/qr_reference.py does.
fn fnv1a64(qr: &QrCode) -> u64 {
    let mut h: u64 = 0xCBF2_9CE4_8422_2325;
    for y in 0..qr.size() {
        for x in 0..qr.size() {
            h ^= u64::from(qr.is_dark(x, y));
            h = h.wrapping_mul(0x0000_0100_0000_01B3);
        }
    }
    h
}

fn from_hex(s: &str) -> Vec<u8> {
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).expect("hex data"))
        .collect()
}

/// bulk.tsv: 240 random inputs, then for each penalty rule (N1–N4), the tie-break and the
/// overlapping-N3 count, three inputs whose mask that rule decides (see scripts/qr_reference.py).
#[test]
fn matches_segno_on_bulk_inputs_version_mask_and_grid_hash() {
    let text = std::fs::read_to_string(fixture_dir().join("bulk.tsv")).expect("bulk.tsv");
    let mut section = String::new();
    let mut per_section = std::collections::BTreeMap::<String, usize>::new();
    let mut masks = [0usize; 8];
    for (n, line) in text.lines().enumerate() {
        if let Some(comment) = line.strip_prefix("# ") {
            section = comment.to_string();
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(cols.len(), 5, "bulk.tsv line {}", n + 1);
        let (ecc, data) = (ecc_from(cols[0]), from_hex(cols[4]));
        let qr = QrCode::encode(&data, ecc).unwrap_or_else(|e| panic!("line {}: {e}", n + 1));
        let what = format!(
            "bulk.tsv line {} ({section}, {} bytes, {})",
            n + 1,
            data.len(),
            cols[0]
        );
        assert_eq!(qr.version().to_string(), cols[1], "{what}: version");
        assert_eq!(qr.mask().to_string(), cols[2], "{what}: mask");
        assert_eq!(
            format!("{:016x}", fnv1a64(&qr)),
            cols[3],
            "{what}: grid hash"
        );
        masks[usize::from(qr.mask())] += 1;
        *per_section.entry(section.clone()).or_default() += 1;
    }
    let expected: Vec<(&str, usize)> = vec![
        ("decisive: N1", 3),
        ("decisive: N2", 3),
        ("decisive: N3", 3),
        ("decisive: N3-overlap", 3),
        ("decisive: N4", 3),
        ("decisive: tie", 3),
        ("random", 240),
    ];
    let found: Vec<(&str, usize)> = per_section.iter().map(|(k, &v)| (k.as_str(), v)).collect();
    assert_eq!(found, expected);
    assert!(
        masks.iter().all(|&m| m > 0),
        "every mask is chosen somewhere: {masks:?}"
    );
}

#[test]
fn too_long_input_is_refused_with_the_limit_of_its_level() {
    for (ecc, max) in [
        (Ecc::Low, 271),
        (Ecc::Medium, 213),
        (Ecc::Quartile, 151),
        (Ecc::High, 119),
    ] {
        assert_eq!(QrCode::max_len(ecc), max);
        let fits = QrCode::encode(&vec![b'a'; max], ecc).expect("exactly the capacity fits");
        assert_eq!(fits.version(), MAX_VERSION);
        let err = QrCode::encode(&vec![b'a'; max + 1], ecc).expect_err("one byte more does not");
        assert!(matches!(err, QrError::TooLong { len, max: m } if len == max + 1 && m == max));
    }
    let err = QrCode::encode(&[b'x'; 5000], Ecc::Medium).expect_err("far too long");
    assert_eq!(
        err.to_string(),
        "内容太长，无法生成二维码（5000 字节，最多 213 字节）"
    );
}

#[test]
fn smallest_version_that_fits_is_chosen() {
    // Version boundaries at level M: v1 holds 14 bytes, v2 26, v9 180 (8-bit count) and v10 213.
    for (len, version) in [
        (0, 1),
        (14, 1),
        (15, 2),
        (26, 2),
        (27, 3),
        (180, 9),
        (181, 10),
    ] {
        let qr = QrCode::encode(&vec![b'%'; len], Ecc::Medium).expect("fits");
        assert_eq!(qr.version(), version, "{len} bytes");
        assert_eq!(qr.size(), 17 + 4 * version);
    }
}

/// Parses a path made only of `M{x} {y}h{n}v1h-{n}z` rectangles into a grid of `n`×`n` cells,
/// counting how often each cell is painted. Anything else in the string fails the test.
fn paint(d: &str, n: usize) -> Vec<Vec<u32>> {
    let mut grid = vec![vec![0u32; n]; n];
    let mut rest = d;
    let number = |s: &str| -> (usize, usize) {
        let digits = s.bytes().take_while(u8::is_ascii_digit).count();
        assert!(digits > 0, "number expected at {:?}", &s[..s.len().min(20)]);
        (s[..digits].parse().expect("digits"), digits)
    };
    while !rest.is_empty() {
        rest = rest
            .strip_prefix('M')
            .expect("each rectangle starts with M");
        let (x, k) = number(rest);
        rest = rest[k..].strip_prefix(' ').expect("space between x and y");
        let (y, k) = number(rest);
        rest = rest[k..].strip_prefix('h').expect("h after M");
        let (w, k) = number(rest);
        rest = rest[k..].strip_prefix("v1h-").expect("v1h- closes the row");
        let (back, k) = number(rest);
        assert_eq!(back, w, "rectangle returns to its start");
        rest = rest[k..].strip_prefix('z').expect("z ends the rectangle");
        assert!(
            w > 0 && x + w <= n && y < n,
            "rectangle M{x} {y}h{w} inside the {n}×{n} view box"
        );
        for cell in &mut grid[y][x..x + w] {
            *cell += 1;
        }
    }
    grid
}

#[test]
fn svg_path_paints_exactly_the_dark_modules_once() {
    let url = b"https://www.qingshan.gov.cn/gongkai/item/mz-dibao-shenqing";
    for (quiet, ecc) in [(4, Ecc::Medium), (0, Ecc::High), (2, Ecc::Low)] {
        let qr = QrCode::encode(url, ecc).expect("fits");
        let n = qr.size() + 2 * quiet;
        let painted = paint(&qr.svg_path(quiet), n);
        for (y, row) in painted.iter().enumerate() {
            for (x, &count) in row.iter().enumerate() {
                let dark = x >= quiet && y >= quiet && qr.is_dark(x - quiet, y - quiet);
                assert_eq!(count, u32::from(dark), "cell ({x},{y}) quiet zone {quiet}");
            }
        }
    }
}

#[test]
fn svg_path_merges_horizontal_runs() {
    // Row 0 of every QR code starts with the 7-module top of the top-left finder.
    let qr = QrCode::encode(b"1", Ecc::Low).expect("fits");
    assert!(
        qr.svg_path(4).starts_with("M4 4h7v1h-7z"),
        "{}",
        &qr.svg_path(4)[..40]
    );
    // One rectangle per maximal run: a dark module starts a run when its left neighbour is light.
    let n = qr.size();
    let runs = (0..n)
        .flat_map(|y| (0..n).map(move |x| (x, y)))
        .filter(|&(x, y)| qr.is_dark(x, y) && (x == 0 || !qr.is_dark(x - 1, y)))
        .count();
    assert_eq!(qr.svg_path(0).matches('M').count(), runs);
}

#[test]
fn is_dark_outside_the_symbol_is_light() {
    let qr = QrCode::encode(b"https://www.qingshan.gov.cn/", Ecc::Medium).expect("fits");
    let s = qr.size();
    assert!(
        qr.is_dark(0, 0) && qr.is_dark(s - 1, 0) && qr.is_dark(0, s - 1),
        "finder corners"
    );
    assert!(!qr.is_dark(s, 0) && !qr.is_dark(0, s) && !qr.is_dark(usize::MAX, usize::MAX));
}
