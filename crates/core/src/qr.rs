//! A small QR code encoder (ISO/IEC 18004), just big enough for a page address on the printed
//! 一次性告知单: byte mode, error correction level M (15 % of the symbol may be smudged or
//! folded), versions 1–10 (up to 213 bytes). The result is a module matrix; the portal draws
//! it as one SVG path, so no image, font or script is needed to print it.
//!
//! Written here rather than taken from a crate to keep the portal's wasm small: this is a few
//! kilobytes, and the general-purpose encoders carry every mode and all 40 versions.

/// Why a code could not be made.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum QrError {
    /// More bytes than a version-10 symbol at level M holds.
    #[error("内容太长（{0} 字节），二维码最多容纳 {max} 字节", max = MAX_BYTES)]
    TooLong(usize),
}

/// Most bytes this encoder accepts (version 10, level M, byte mode).
pub const MAX_BYTES: usize = 213;

/// Error-correction block structure at level M for versions 1–10:
/// (EC codewords per block, blocks in group 1, data codewords per group-1 block, blocks in group 2).
/// Group-2 blocks hold one more data codeword than group-1 blocks.
const BLOCKS_M: [(usize, usize, usize, usize); 10] = [
    (10, 1, 16, 0),
    (16, 1, 28, 0),
    (26, 1, 44, 0),
    (18, 2, 32, 0),
    (24, 2, 43, 0),
    (16, 4, 27, 0),
    (18, 4, 31, 0),
    (22, 2, 38, 2),
    (22, 3, 36, 2),
    (26, 4, 43, 1),
];

/// Alignment pattern centre coordinates for versions 1–10.
const ALIGNMENT: [&[usize]; 10] = [&[], &[6, 18], &[6, 22], &[6, 26], &[6, 30], &[6, 34], &[6, 22, 38], &[6, 24, 42], &[6, 26, 46], &[6, 28, 50]];

/// Format bits for level M (`00`) are XOR-ed with this fixed pattern (ISO/IEC 18004 §7.9).
const FORMAT_MASK: u32 = 0x5412;

/// A finished QR code: a square of dark (`true`) and light modules.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QrCode {
    version: usize,
    size: usize,
    mask: u8,
    modules: Vec<bool>,
}

impl QrCode {
    /// Encodes bytes with the smallest version that fits and the mask with the lowest penalty.
    pub fn encode(data: &[u8]) -> Result<QrCode, QrError> {
        Self::encode_inner(data, None)
    }

    /// Encodes with a fixed mask (0–7); used by tests to compare with other encoders.
    pub fn encode_with_mask(data: &[u8], mask: u8) -> Result<QrCode, QrError> {
        Self::encode_inner(data, Some(mask % 8))
    }

    fn encode_inner(data: &[u8], mask: Option<u8>) -> Result<QrCode, QrError> {
        let version = (1..=10).find(|&v| data.len() <= byte_capacity(v)).ok_or(QrError::TooLong(data.len()))?;
        let codewords = interleave(version, &data_codewords(version, data));
        let mut m = Matrix::new(version);
        m.draw_function_patterns();
        m.draw_codewords(&codewords);
        let mask = mask.unwrap_or_else(|| {
            (0..8u8)
                .min_by_key(|&k| {
                    let mut trial = m.clone();
                    trial.apply_mask(k);
                    trial.draw_format(k);
                    trial.penalty()
                })
                .unwrap_or(0)
        });
        m.apply_mask(mask);
        m.draw_format(mask);
        Ok(QrCode { version, size: m.size, mask, modules: m.dark })
    }

    /// Modules per side (21 for version 1, +4 per version).
    pub fn size(&self) -> usize {
        self.size
    }

    pub fn version(&self) -> usize {
        self.version
    }

    pub fn mask(&self) -> u8 {
        self.mask
    }

    /// Whether the module at column `x`, row `y` is dark; outside the symbol is light.
    pub fn is_dark(&self, x: usize, y: usize) -> bool {
        x < self.size && y < self.size && self.modules[y * self.size + x]
    }

    /// An SVG path drawing every dark module as 1×1 squares (horizontal runs merged), offset by
    /// a quiet zone of `quiet` modules; use with `viewBox="0 0 {size+2q} {size+2q}"`.
    pub fn svg_path(&self, quiet: usize) -> String {
        let mut d = String::new();
        for y in 0..self.size {
            let mut x = 0;
            while x < self.size {
                if self.is_dark(x, y) {
                    let start = x;
                    while x < self.size && self.is_dark(x, y) {
                        x += 1;
                    }
                    let len = x - start;
                    d.push_str(&format!("M{} {}h{}v1h-{}z", start + quiet, y + quiet, len, len));
                } else {
                    x += 1;
                }
            }
        }
        d
    }
}

fn char_count_bits(version: usize) -> usize {
    if version <= 9 {
        8
    } else {
        16
    }
}

fn data_capacity(version: usize) -> usize {
    let (_, g1, d1, g2) = BLOCKS_M[version - 1];
    g1 * d1 + g2 * (d1 + 1)
}

/// Bytes that fit in a version at level M in byte mode.
fn byte_capacity(version: usize) -> usize {
    (data_capacity(version) * 8 - 4 - char_count_bits(version)) / 8
}

/// Mode, length, data, terminator and padding, as codewords (before error correction).
fn data_codewords(version: usize, data: &[u8]) -> Vec<u8> {
    let capacity_bits = data_capacity(version) * 8;
    let mut bits: Vec<bool> = Vec::with_capacity(capacity_bits);
    let mut push = |value: u32, n: usize| (0..n).rev().for_each(|i| bits.push((value >> i) & 1 == 1));
    push(0b0100, 4); // byte mode
    push(data.len() as u32, char_count_bits(version));
    for &b in data {
        push(u32::from(b), 8);
    }
    let terminator = (capacity_bits - bits.len()).min(4);
    bits.extend(std::iter::repeat_n(false, terminator));
    while bits.len() % 8 != 0 {
        bits.push(false);
    }
    let mut out: Vec<u8> = bits.chunks(8).map(|c| c.iter().fold(0u8, |acc, &b| (acc << 1) | u8::from(b))).collect();
    for pad in [0xEC, 0x11].into_iter().cycle() {
        if out.len() >= data_capacity(version) {
            break;
        }
        out.push(pad);
    }
    out
}

/// Splits data into blocks, adds Reed–Solomon codewords to each, and interleaves them.
fn interleave(version: usize, data: &[u8]) -> Vec<u8> {
    let (ec_len, g1, d1, g2) = BLOCKS_M[version - 1];
    let generator = rs_generator(ec_len);
    let mut blocks: Vec<(&[u8], Vec<u8>)> = Vec::with_capacity(g1 + g2);
    let mut at = 0;
    for b in 0..g1 + g2 {
        let len = if b < g1 { d1 } else { d1 + 1 };
        let block = &data[at..at + len];
        at += len;
        blocks.push((block, rs_remainder(block, &generator)));
    }
    let mut out = Vec::with_capacity(data.len() + ec_len * blocks.len());
    for i in 0..=d1 {
        out.extend(blocks.iter().filter_map(|(d, _)| d.get(i)));
    }
    for i in 0..ec_len {
        out.extend(blocks.iter().map(|(_, ec)| ec[i]));
    }
    out
}

/// Multiplication in GF(2⁸) with the QR polynomial x⁸ + x⁴ + x³ + x² + 1.
fn gf_mul(mut a: u8, mut b: u8) -> u8 {
    let mut p = 0u8;
    while b != 0 {
        if b & 1 != 0 {
            p ^= a;
        }
        let carry = a & 0x80 != 0;
        a <<= 1;
        if carry {
            a ^= 0x1D;
        }
        b >>= 1;
    }
    p
}

/// Coefficients (highest degree first, leading 1 omitted) of ∏(x − αⁱ), i = 0..degree.
fn rs_generator(degree: usize) -> Vec<u8> {
    let mut g = vec![0u8; degree];
    g[degree - 1] = 1;
    let mut root = 1u8;
    for _ in 0..degree {
        for j in 0..degree {
            g[j] = gf_mul(g[j], root);
            if j + 1 < degree {
                g[j] ^= g[j + 1];
            }
        }
        root = gf_mul(root, 2);
    }
    g
}

/// The remainder of data·x^degree divided by the generator: the error-correction codewords.
fn rs_remainder(data: &[u8], generator: &[u8]) -> Vec<u8> {
    let mut r = vec![0u8; generator.len()];
    for &b in data {
        let factor = b ^ r[0];
        r.rotate_left(1);
        if let Some(last) = r.last_mut() {
            *last = 0;
        }
        for (ri, &gi) in r.iter_mut().zip(generator) {
            *ri ^= gf_mul(gi, factor);
        }
    }
    r
}

/// BCH code of the 5 format data bits (level M = `00`, then the mask), masked: 15 bits.
fn format_bits(mask: u8) -> u32 {
    let data = u32::from(mask & 7); // level M's two bits are 00
    let mut rem = data;
    for _ in 0..10 {
        rem = (rem << 1) ^ ((rem >> 9) * 0x537);
    }
    ((data << 10) | rem) ^ FORMAT_MASK
}

/// BCH code of the version number: 18 bits, for versions 7 and up.
fn version_bits(version: usize) -> u32 {
    let v = version as u32;
    let mut rem = v;
    for _ in 0..12 {
        rem = (rem << 1) ^ ((rem >> 11) * 0x1F25);
    }
    (v << 12) | rem
}

#[derive(Clone)]
struct Matrix {
    version: usize,
    size: usize,
    dark: Vec<bool>,
    function: Vec<bool>,
}

impl Matrix {
    fn new(version: usize) -> Matrix {
        let size = version * 4 + 17;
        Matrix { version, size, dark: vec![false; size * size], function: vec![false; size * size] }
    }

    fn set_function(&mut self, x: usize, y: usize, dark: bool) {
        let i = y * self.size + x;
        self.dark[i] = dark;
        self.function[i] = true;
    }

    fn draw_function_patterns(&mut self) {
        let n = self.size;
        for i in 0..n {
            self.set_function(6, i, i % 2 == 0);
            self.set_function(i, 6, i % 2 == 0);
        }
        for (cx, cy) in [(3, 3), (n - 4, 3), (3, n - 4)] {
            self.draw_finder(cx, cy);
        }
        let centres = ALIGNMENT[self.version - 1];
        let last = centres.len().saturating_sub(1);
        for (i, &cy) in centres.iter().enumerate() {
            for (j, &cx) in centres.iter().enumerate() {
                let on_finder = (i == 0 && j == 0) || (i == 0 && j == last) || (i == last && j == 0);
                if !on_finder {
                    for dy in -2i32..=2 {
                        for dx in -2i32..=2 {
                            let x = (cx as i32 + dx) as usize;
                            let y = (cy as i32 + dy) as usize;
                            self.set_function(x, y, dx.abs().max(dy.abs()) != 1);
                        }
                    }
                }
            }
        }
        // Reserve the format areas now (drawn for real after masking).
        self.draw_format(0);
        if self.version >= 7 {
            let bits = version_bits(self.version);
            for i in 0..18 {
                let bit = (bits >> i) & 1 == 1;
                let a = n - 11 + i % 3;
                let b = i / 3;
                self.set_function(a, b, bit);
                self.set_function(b, a, bit);
            }
        }
    }

    /// A 7×7 finder centred at (cx, cy) with its light separator, clipped to the symbol.
    fn draw_finder(&mut self, cx: usize, cy: usize) {
        for dy in -4i32..=4 {
            for dx in -4i32..=4 {
                let (x, y) = (cx as i32 + dx, cy as i32 + dy);
                if x >= 0 && y >= 0 && (x as usize) < self.size && (y as usize) < self.size {
                    let dist = dx.abs().max(dy.abs());
                    self.set_function(x as usize, y as usize, dist != 2 && dist != 4);
                }
            }
        }
    }

    /// Both copies of the 15 format bits, and the always-dark module.
    fn draw_format(&mut self, mask: u8) {
        let bits = format_bits(mask);
        let bit = |i: usize| (bits >> i) & 1 == 1;
        let n = self.size;
        for i in 0..6 {
            self.set_function(8, i, bit(i));
        }
        self.set_function(8, 7, bit(6));
        self.set_function(8, 8, bit(7));
        self.set_function(7, 8, bit(8));
        for i in 9..15 {
            self.set_function(14 - i, 8, bit(i));
        }
        for i in 0..8 {
            self.set_function(n - 1 - i, 8, bit(i));
        }
        for i in 8..15 {
            self.set_function(8, n - 15 + i, bit(i));
        }
        self.set_function(8, n - 8, true);
    }

    /// Places codeword bits in the zig-zag order: two-column strips from the right, up and down
    /// alternately, skipping the vertical timing column.
    fn draw_codewords(&mut self, codewords: &[u8]) {
        let n = self.size;
        let total_bits = codewords.len() * 8;
        let mut i = 0;
        let mut right = n - 1;
        loop {
            if right == 6 {
                right = 5;
            }
            let upward = (right + 1) & 2 == 0;
            for vert in 0..n {
                let y = if upward { n - 1 - vert } else { vert };
                for j in 0..2 {
                    let x = right - j;
                    let idx = y * n + x;
                    if !self.function[idx] && i < total_bits {
                        self.dark[idx] = (codewords[i / 8] >> (7 - i % 8)) & 1 == 1;
                        i += 1;
                    }
                }
            }
            if right < 2 {
                break;
            }
            right -= 2;
        }
    }

    fn apply_mask(&mut self, mask: u8) {
        let n = self.size;
        for y in 0..n {
            for x in 0..n {
                let flip = match mask {
                    0 => (x + y) % 2 == 0,
                    1 => y % 2 == 0,
                    2 => x % 3 == 0,
                    3 => (x + y) % 3 == 0,
                    4 => (x / 3 + y / 2) % 2 == 0,
                    5 => x * y % 2 + x * y % 3 == 0,
                    6 => (x * y % 2 + x * y % 3) % 2 == 0,
                    _ => ((x + y) % 2 + x * y % 3) % 2 == 0,
                };
                let i = y * n + x;
                if flip && !self.function[i] {
                    self.dark[i] = !self.dark[i];
                }
            }
        }
    }

    /// The standard's four penalty rules; the mask with the lowest total is used.
    fn penalty(&self) -> u32 {
        let n = self.size;
        let at = |x: usize, y: usize| self.dark[y * n + x];
        let mut score = 0u32;
        // Rules 1 and 3, on rows then columns.
        for horizontal in [true, false] {
            for a in 0..n {
                let line: Vec<bool> = (0..n).map(|b| if horizontal { at(b, a) } else { at(a, b) }).collect();
                let mut run = 1;
                for b in 1..=n {
                    if b < n && line[b] == line[b - 1] {
                        run += 1;
                    } else {
                        if run >= 5 {
                            score += 3 + (run as u32 - 5);
                        }
                        run = 1;
                    }
                }
                // 1:1:3:1:1 finder look-alikes with four light modules on one side
                // (outside the symbol counts as light).
                let get = |i: isize| i >= 0 && (i as usize) < n && line[i as usize];
                for s in -4isize..n as isize {
                    let core = [true, false, true, true, true, false, true];
                    if core.iter().enumerate().all(|(k, &want)| get(s + k as isize) == want) {
                        let before = (1..=4).all(|k| !get(s - k));
                        let after = (7..11).all(|k| !get(s + k));
                        score += 40 * (u32::from(before) + u32::from(after));
                    }
                }
            }
        }
        // Rule 2: 2×2 blocks of one colour.
        for y in 0..n - 1 {
            for x in 0..n - 1 {
                let c = at(x, y);
                if at(x + 1, y) == c && at(x, y + 1) == c && at(x + 1, y + 1) == c {
                    score += 3;
                }
            }
        }
        // Rule 4: distance of the dark share from 50 %, in 5 % steps.
        let dark = self.dark.iter().filter(|d| **d).count();
        let total = n * n;
        let k = (dark * 20).abs_diff(total * 10).div_ceil(total).saturating_sub(1);
        score + 10 * k as u32
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reed_solomon_matches_the_worked_hello_world_example() {
        // Version 1-M "HELLO WORLD" (alphanumeric), the standard's worked example.
        let data = [32, 91, 11, 120, 209, 114, 220, 77, 67, 64, 236, 17, 236, 17, 236, 17];
        assert_eq!(rs_remainder(&data, &rs_generator(10)), vec![196, 35, 39, 119, 235, 215, 231, 226, 93, 23]);
    }

    #[test]
    fn format_bits_match_the_standards_table_for_level_m() {
        let table = [
            0b101010000010010,
            0b101000100100101,
            0b101111001111100,
            0b101101101001011,
            0b100010111111001,
            0b100000011001110,
            0b100111110010111,
            0b100101010100000,
        ];
        for (mask, want) in table.into_iter().enumerate() {
            assert_eq!(format_bits(mask as u8), want, "mask {mask}");
        }
    }

    #[test]
    fn version_bits_match_the_standards_table() {
        assert_eq!(version_bits(7), 0x07C94);
        assert_eq!(version_bits(10), 0x0A4D3);
    }

    #[test]
    fn capacities_match_the_standard_for_byte_mode_level_m() {
        let caps: Vec<usize> = (1..=10).map(byte_capacity).collect();
        assert_eq!(caps, [14, 26, 42, 62, 84, 106, 122, 152, 180, 213]);
        assert_eq!(MAX_BYTES, byte_capacity(10));
    }

    #[test]
    fn the_smallest_version_that_fits_is_chosen() {
        assert_eq!(QrCode::encode(b"").unwrap().version(), 1);
        assert_eq!(QrCode::encode(&[b'a'; 14]).unwrap().version(), 1);
        assert_eq!(QrCode::encode(&[b'a'; 15]).unwrap().version(), 2);
        let url = "https://www.qingshan.gov.cn/qingxi/item/guihua-xuke";
        let code = QrCode::encode(url.as_bytes()).unwrap();
        assert_eq!((code.version(), code.size()), (4, 33));
        assert_eq!(QrCode::encode(&[b'a'; 213]).unwrap().size(), 57);
    }

    #[test]
    fn too_long_input_is_an_error_not_a_panic() {
        assert_eq!(QrCode::encode(&[0u8; 214]), Err(QrError::TooLong(214)));
    }

    /// Reads a symbol back the way a scanner would: finder corners, both format copies, then the
    /// codewords in zig-zag order, unmasked and de-interleaved, with every block's Reed–Solomon
    /// check passing and the byte-mode payload equal to the input.
    fn read_back(code: &QrCode) -> Vec<u8> {
        let n = code.size();
        let dark = |x: usize, y: usize| code.is_dark(x, y);
        for (ox, oy) in [(0, 0), (n - 7, 0), (0, n - 7)] {
            for d in 0..7 {
                assert!(dark(ox + d, oy) && dark(ox, oy + d) && dark(ox + 6, oy + d) && dark(ox + d, oy + 6), "finder at {ox},{oy}");
            }
            assert!(dark(ox + 3, oy + 3) && !dark(ox + 1, oy + 1));
        }
        let mut first = 0u32;
        let mut second = 0u32;
        let f1: Vec<(usize, usize)> =
            (0..6).map(|i| (8, i)).chain([(8, 7), (8, 8), (7, 8)]).chain((9..15).map(|i| (14 - i, 8))).collect();
        let f2: Vec<(usize, usize)> = (0..8).map(|i| (n - 1 - i, 8)).chain((8..15).map(|i| (8, n - 15 + i))).collect();
        for (i, ((x1, y1), (x2, y2))) in f1.into_iter().zip(f2).enumerate() {
            first |= u32::from(dark(x1, y1)) << i;
            second |= u32::from(dark(x2, y2)) << i;
        }
        assert_eq!(first, second, "both format copies agree");
        let mask = (0..8u8).find(|&m| format_bits(m) == first).expect("format decodes to level M");
        assert_eq!(mask, code.mask());

        // Rebuild the function-pattern map and read the data modules in placement order.
        let mut m = Matrix::new(code.version());
        m.draw_function_patterns();
        let mut unmasked = code.clone();
        let mut helper = Matrix { version: code.version(), size: n, dark: code.modules.clone(), function: m.function.clone() };
        helper.apply_mask(mask);
        unmasked.modules = helper.dark;
        let mut bits = Vec::new();
        let mut right = n - 1;
        loop {
            if right == 6 {
                right = 5;
            }
            let upward = (right + 1) & 2 == 0;
            for vert in 0..n {
                let y = if upward { n - 1 - vert } else { vert };
                for j in 0..2 {
                    let x = right - j;
                    if !m.function[y * n + x] {
                        bits.push(unmasked.is_dark(x, y));
                    }
                }
            }
            if right < 2 {
                break;
            }
            right -= 2;
        }
        let codewords: Vec<u8> = bits.chunks_exact(8).map(|c| c.iter().fold(0u8, |a, &b| (a << 1) | u8::from(b))).collect();

        // De-interleave and check each block.
        let (ec_len, g1, d1, g2) = BLOCKS_M[code.version() - 1];
        let nb = g1 + g2;
        let mut blocks: Vec<Vec<u8>> = vec![Vec::new(); nb];
        let mut it = codewords.iter();
        for i in 0..=d1 {
            for (b, block) in blocks.iter_mut().enumerate() {
                if i < d1 || b >= g1 {
                    block.push(*it.next().unwrap());
                }
            }
        }
        let generator = rs_generator(ec_len);
        let mut data = Vec::new();
        let rest: Vec<u8> = it.copied().collect();
        assert!(rest.len() >= ec_len * nb);
        for (b, block) in blocks.iter().enumerate() {
            let ec: Vec<u8> = (0..ec_len).map(|i| rest[i * nb + b]).collect();
            data.extend_from_slice(block);
            assert_eq!(rs_remainder(block, &generator), ec, "block error correction");
        }
        // Byte-mode payload.
        let bit = |i: usize| (data[i / 8] >> (7 - i % 8)) & 1;
        let read = |from: usize, len: usize| (from..from + len).fold(0usize, |a, i| (a << 1) | usize::from(bit(i)));
        assert_eq!(read(0, 4), 0b0100, "byte mode");
        let cc = char_count_bits(code.version());
        let len = read(4, cc);
        (0..len).map(|k| read(4 + cc + 8 * k, 8) as u8).collect()
    }

    #[test]
    fn every_mask_and_version_reads_back_to_the_input() {
        for len in [0usize, 1, 14, 20, 40, 62, 63, 100, 122, 123, 160, 213] {
            let input: Vec<u8> = (0..len).map(|i| (i * 37 + 11) as u8).collect();
            for mask in 0..8 {
                let code = QrCode::encode_with_mask(&input, mask).unwrap();
                assert_eq!(read_back(&code), input, "len {len} mask {mask}");
            }
        }
    }

    #[test]
    fn a_chinese_address_reads_back_as_utf8() {
        let url = "https://www.qingshan.gov.cn/清溪镇/item/dibao";
        let code = QrCode::encode(url.as_bytes()).unwrap();
        assert_eq!(String::from_utf8(read_back(&code)).unwrap(), url);
    }

    #[test]
    fn the_svg_path_draws_exactly_the_dark_modules() {
        let code = QrCode::encode(b"https://example.org/").unwrap();
        let d = code.svg_path(4);
        let drawn: usize = d.split('h').skip(1).step_by(2).map(|s| s.split('v').next().unwrap().parse::<usize>().unwrap()).sum();
        let dark = (0..code.size()).flat_map(|y| (0..code.size()).map(move |x| (x, y))).filter(|&(x, y)| code.is_dark(x, y)).count();
        assert_eq!(drawn, dark);
        assert!(d.starts_with("M4 4h7v1h-7z"), "the top-left finder's top edge comes first: {}", &d[..20]);
    }

    /// Matrices made by the Python `qrcode` package 8.2 (level M, byte mode, fixed mask),
    /// one hex number per row, most significant bit = leftmost module.
    const REFERENCE: [(&str, u8, &str); 3] = [
        ("https://example.org/", 2, "1fcc57f|1042b41|175115d|175fc5d|175815d|1054e41|1fd557f|14500|17c187c|100a8a2|9c6f2b|320761|13482d7|169192a|1758e7b|1195bf1|17e95f4|1c318|1fc7157|1052519|175e3f7|1755edf|1758e0d|104d9b9|1fd14ff"),
        ("https://www.qingshan.gov.cn/qingxi/item/guihua-xuke", 5, "1fcaccc7f|105714441|175763d5d|175d5785d|1749f125d|104c2a141|1fd55557f|1373500|1058da6ce|834ef61c|1477f89d6|5a4bf6bc|10c3895e2|1c0f8ca63|15c394ce|e29905b5|17fd287b1|238e3bcf|45d7ea2d|121306df|35b445ba|1b3502238|1575c94aa|1395364ef|19e7153fb|157ff15|1fc738b56|104a7d71c|174fb25fb|1745cf6b3|174262537|104fc56bc|1fd9287ea"),
        ("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", 6, "1fd772555597f|1057ff5835741|1752e8ca7cb5d|174607ffffa5d|175981fc7185d|1044d6c583441|1fd555555557f|6d3c560c00|13f4fffdc7297|1f98c77fffff4|1f4eeb329f091|14b314e0d61dd|157383955565b|6afd036db6d0|1be81f5f29d27|b3df6c44454f|ed620dc71f7f|b3825b6db66|371757bbb9b5|192a138d60c6b|d8c3b1c72c9|f80777fffff4|11f663fe9f1f1|91d00c4d611d|95be6d55575b|91e11c6db510|15feb07f29ff7|89429504461f|66c8da471fcf|1c81a81b6d966|bc2a117bbb55|18b49f1960f38|ee1d7c9c727b|1a8dab3fffdf4|ee85b5e9f271|17a2dc74d628d|1ffffaed556eb|1eb98976db4d0|8fdb83329fc7|e29f1504461f|1c739cfc71fff|196a476db16|1fd14157bbb55|1058eb4560d1b|1758577dc73f9|17586f07ffc47|17435f9e9f072|104a84d8d636f|1fdf0279557b9"),
    ];

    #[test]
    fn matrices_match_an_independent_encoder_module_for_module() {
        for (data, mask, rows) in REFERENCE {
            let code = QrCode::encode_with_mask(data.as_bytes(), mask).unwrap();
            let ours: Vec<String> = (0..code.size())
                .map(|y| {
                    let v = (0..code.size()).fold(0u128, |acc, x| (acc << 1) | u128::from(code.is_dark(x, y)));
                    format!("{v:x}")
                })
                .collect();
            assert_eq!(ours.join("|"), rows, "{data} mask {mask}");
        }
    }
}
