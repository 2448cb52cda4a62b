// The exact-substring ground truth: a plain scan over every searchable field, written
// independently of the engine from the rules in docs/search.md ("Normalisation"). If the engine
// and this file disagree, one of them is wrong.

/** Whether a non-ASCII code point is a separator (docs/search.md, rule 4). */
function isSeparator(cp) {
  return (
    (cp >= 0x80 && cp <= 0xbf) || cp === 0xd7 || cp === 0xf7 ||
    (cp >= 0x2000 && cp <= 0x2bff) ||
    (cp >= 0x3000 && cp <= 0x3004) || cp === 0x3006 || (cp >= 0x3008 && cp <= 0x303f) ||
    cp === 0x30fb ||
    (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xfe10 && cp <= 0xfe1f) || (cp >= 0xfe30 && cp <= 0xfe6f) ||
    cp === 0xfeff ||
    (cp >= 0xff5f && cp <= 0xff65) || (cp >= 0xffe0 && cp <= 0xffff) ||
    (cp >= 0x1f000 && cp <= 0x1fbff) || (cp >= 0xe0000 && cp <= 0xe0fff)
  );
}

const isAsciiAlnum = (c) => /^[0-9A-Za-z]$/.test(c);

/** One code point → its normalised string, or null for a separator. */
function fold(ch) {
  let cp = ch.codePointAt(0);
  if (cp >= 0xff01 && cp <= 0xff5e) {
    ch = String.fromCodePoint(cp - 0xfee0);
    cp = ch.codePointAt(0);
  }
  if (cp < 0x80) return isAsciiAlnum(ch) ? ch.toLowerCase() : null;
  if (cp === 0x3007 || cp === 0x25cb) return "零";
  if (isSeparator(cp)) return null;
  return ch;
}

/** Normalises text: rules 1–5 of docs/search.md. */
export function normalize(s) {
  let out = "";
  let pending = false;
  let lastAscii = false;
  for (const ch of s) {
    const m = fold(ch);
    if (m === null) {
      pending = true;
      continue;
    }
    const ascii = m.codePointAt(0) < 0x80;
    if (pending && lastAscii && ascii && out.length > 0) out += " ";
    pending = false;
    out += m;
    lastAscii = ascii;
  }
  return out;
}

/** Query terms: split at whitespace and ，、；, normalised, empties and duplicates dropped. */
export function terms(query) {
  const out = [];
  for (const raw of query.split(/[\s,，、;；]+/u)) {
    const t = normalize(raw);
    if (t && !out.includes(t)) out.push(t);
  }
  return out.slice(0, 8);
}

/** Whether `needle` occurs in `hay` where a word may start (rule: ASCII needles start words). */
export function occurs(hay, needle) {
  const word = isAsciiAlnum(needle[0]);
  let from = 0;
  for (;;) {
    const p = hay.indexOf(needle, from);
    if (p < 0) return false;
    if (!word || p === 0 || !isAsciiAlnum(hay[p - 1])) return true;
    from = p + 1;
  }
}

/** The searchable parts of a document (SearchDoc), each normalised. */
export function parts(doc) {
  return [doc.title, doc.code, doc.summary ?? "", doc.doc_number ?? "", ...(doc.keywords ?? []), ...(doc.text ?? [])]
    .map(normalize)
    .filter((p) => p.length > 0);
}

/** Indices of documents containing every term of `query` (all documents for an empty query). */
export function truth(normDocs, query) {
  const ts = terms(query);
  const hits = [];
  normDocs.forEach((ps, i) => {
    if (ts.every((t) => ps.some((p) => occurs(p, t)))) hits.push(i);
  });
  return hits;
}
