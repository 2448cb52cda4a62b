//! Rules for every piece of text in the feed: no HTML markup, not too long, not empty.
//!
//! Rather than list every string field by hand (and forget the next one added to the model), the
//! parsed elements are walked with a serde `Serializer` that sees each string together with its
//! JSON path. It allocates nothing unless it finds a problem.

use std::fmt;

use memchr::memchr_iter;
use serde::ser::{self, Serialize};

use super::Sink;
use crate::json::Seg;
use crate::types::clip;

/// Longest 标题 / 名称 / 表题, in characters.
pub const MAX_TITLE: usize = 200;
/// Longest 摘要 / 一句话说明.
pub const MAX_SUMMARY: usize = 1_000;
/// Longest paragraph of a record's 正文.
pub const MAX_PARAGRAPH: usize = 5_000;
/// Longest table cell.
pub const MAX_CELL: usize = 1_000;
/// Longest text of any kind.
pub const MAX_ANY: usize = 20_000;

/// Checks every string inside `value`, whose path is `prefix`.
pub(crate) fn check<T: Serialize + ?Sized>(value: &T, prefix: &[Seg], sink: &mut Sink) {
    let mut w = Walker { path: prefix.to_vec(), sink, optional: false };
    // The walker never fails; the Result only satisfies the trait.
    let _ = value.serialize(&mut w);
}

/// The limit for a string, by the field it belongs to.
fn limit_for(field: &str, in_cell: bool) -> usize {
    if in_cell {
        return MAX_CELL;
    }
    match field {
        "title" | "name" | "caption" => MAX_TITLE,
        "summary" => MAX_SUMMARY,
        "body" => MAX_PARAGRAPH,
        _ => MAX_ANY,
    }
}

/// The HTML-looking piece of `s`, if any: a tag (`<a `, `</p>`, `<!--`), or an event-handler
/// attribute (`onerror=`). A `<` followed by a digit, space or Chinese text (收入<1000元) is fine.
pub(crate) fn html_markup(s: &str) -> Option<&str> {
    let b = s.as_bytes();
    for i in memchr_iter(b'<', b) {
        let next = b.get(i + 1).copied().unwrap_or(b' ');
        let tag = next.is_ascii_alphabetic()
            || matches!(next, b'!' | b'?')
            || (next == b'/' && b.get(i + 2).is_some_and(|c| c.is_ascii_alphabetic()));
        if tag {
            return Some(snippet(s, i));
        }
    }
    for i in memchr_iter(b'=', b) {
        // Walk back over spaces, then letters: `onerror =`.
        let mut j = i;
        while j > 0 && b[j - 1] == b' ' {
            j -= 1;
        }
        let end = j;
        while j > 0 && b[j - 1].is_ascii_alphabetic() {
            j -= 1;
        }
        let word = &b[j..end];
        let at_word_start = j == 0 || !b[j - 1].is_ascii_alphanumeric();
        if at_word_start && word.len() > 2 && word[..2].eq_ignore_ascii_case(b"on") {
            return Some(snippet(s, j));
        }
    }
    None
}

fn snippet(s: &str, at: usize) -> &str {
    let rest = &s[at..];
    let end = rest.char_indices().nth(24).map_or(rest.len(), |(k, _)| k);
    &rest[..end]
}

struct Walker<'s> {
    path: Vec<Seg>,
    sink: &'s mut Sink,
    /// The string being visited is the content of an `Option` (a field that may be left out).
    optional: bool,
}

impl Walker<'_> {
    fn text(&mut self, s: &str, optional: bool) {
        let in_cell = self.path.contains(&Seg::Field("rows"));
        let field = self
            .path
            .iter()
            .rev()
            .find_map(|p| match p {
                Seg::Field(f) => Some(*f),
                _ => None,
            })
            .unwrap_or("");

        if s.trim().is_empty() && !in_cell {
            let (code, zh, en) = if optional {
                ("empty_optional", "这里是空的。选填的内容没有的话，请直接删掉这个字段。", "empty optional text: leave the field out instead")
            } else {
                ("empty_text", "这里不能是空的，请填写内容。", "this text must not be empty")
            };
            self.sink.at_path(code, self.path.clone(), zh, en);
        }

        let max = limit_for(field, in_cell);
        if s.len() > max {
            let n = s.chars().count();
            if n > max {
                self.sink.at_path(
                    "too_long",
                    self.path.clone(),
                    format!("这段文字太长：有 {n} 个字，最多 {max} 个字（开头是“{}”）。请精简，或把长内容分段、放进附件。", clip(s)),
                    format!("text too long: {n} characters, at most {max}"),
                );
            }
        }

        if let Some(tag) = html_markup(s) {
            self.sink.at_path(
                "html_in_text",
                self.path.clone(),
                format!("文字里有网页代码“{tag}”。这里只能写纯文字，网站会原样显示；请删掉 <…> 标记和 onerror= 这类代码（要表示“小于”请写“＜”或“小于”）。"),
                format!("HTML markup in text: “{tag}”; write plain text only"),
            );
        }
    }

    fn enter(&mut self, seg: Seg) {
        self.path.push(seg);
    }
    fn leave(&mut self) {
        self.path.pop();
    }
}

/// The walker's error type; never produced.
#[derive(Debug)]
pub(crate) struct Never;
impl fmt::Display for Never {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("never")
    }
}
impl std::error::Error for Never {}
impl ser::Error for Never {
    fn custom<T: fmt::Display>(_: T) -> Self {
        Never
    }
}

type R = Result<(), Never>;

impl<'a, 's> ser::Serializer for &'a mut Walker<'s> {
    type Ok = ();
    type Error = Never;
    type SerializeSeq = Compound<'a, 's>;
    type SerializeTuple = Compound<'a, 's>;
    type SerializeTupleStruct = Compound<'a, 's>;
    type SerializeTupleVariant = Compound<'a, 's>;
    type SerializeMap = Compound<'a, 's>;
    type SerializeStruct = Compound<'a, 's>;
    type SerializeStructVariant = Compound<'a, 's>;

    fn serialize_str(self, v: &str) -> R {
        let optional = std::mem::take(&mut self.optional);
        self.text(v, optional);
        Ok(())
    }
    fn collect_str<T: fmt::Display + ?Sized>(self, _: &T) -> R {
        // Only the model's value types (dates, times, money, links) serialize through Display.
        // They were validated when parsed and cannot hold markup; formatting each of them into a
        // String just to look at it would cost a tenth of the whole check on large feeds.
        self.optional = false;
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, v: &T) -> R {
        self.optional = true;
        let r = v.serialize(&mut *self);
        self.optional = false;
        r
    }
    fn serialize_bool(self, _: bool) -> R {
        self.optional = false;
        Ok(())
    }
    fn serialize_i8(self, _: i8) -> R {
        Ok(())
    }
    fn serialize_i16(self, _: i16) -> R {
        Ok(())
    }
    fn serialize_i32(self, _: i32) -> R {
        Ok(())
    }
    fn serialize_i64(self, _: i64) -> R {
        Ok(())
    }
    fn serialize_u8(self, _: u8) -> R {
        Ok(())
    }
    fn serialize_u16(self, _: u16) -> R {
        Ok(())
    }
    fn serialize_u32(self, _: u32) -> R {
        Ok(())
    }
    fn serialize_u64(self, _: u64) -> R {
        Ok(())
    }
    fn serialize_f32(self, _: f32) -> R {
        Ok(())
    }
    fn serialize_f64(self, _: f64) -> R {
        Ok(())
    }
    fn serialize_char(self, _: char) -> R {
        Ok(())
    }
    fn serialize_bytes(self, _: &[u8]) -> R {
        Ok(())
    }
    fn serialize_none(self) -> R {
        Ok(())
    }
    fn serialize_unit(self) -> R {
        Ok(())
    }
    fn serialize_unit_struct(self, _: &'static str) -> R {
        Ok(())
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, _: &'static str) -> R {
        // Closed enums: their values are fixed by the model, not typed by staff.
        self.optional = false;
        Ok(())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _: &'static str, v: &T) -> R {
        v.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(self, _: &'static str, _: u32, variant: &'static str, v: &T) -> R {
        self.optional = false;
        self.enter(Seg::Field(variant));
        let r = v.serialize(&mut *self);
        self.leave();
        r
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Compound<'a, 's>, Never> {
        self.optional = false;
        Ok(Compound { w: self, index: 0, entered: false })
    }
    fn serialize_tuple(self, len: usize) -> Result<Compound<'a, 's>, Never> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(self, _: &'static str, len: usize) -> Result<Compound<'a, 's>, Never> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(self, _: &'static str, _: u32, variant: &'static str, _: usize) -> Result<Compound<'a, 's>, Never> {
        self.optional = false;
        self.enter(Seg::Field(variant));
        Ok(Compound { w: self, index: 0, entered: true })
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Compound<'a, 's>, Never> {
        self.optional = false;
        Ok(Compound { w: self, index: 0, entered: false })
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Compound<'a, 's>, Never> {
        self.optional = false;
        Ok(Compound { w: self, index: 0, entered: false })
    }
    fn serialize_struct_variant(self, _: &'static str, _: u32, variant: &'static str, _: usize) -> Result<Compound<'a, 's>, Never> {
        self.optional = false;
        self.enter(Seg::Field(variant));
        Ok(Compound { w: self, index: 0, entered: true })
    }
}

/// Any container being walked: counts indices for sequences, names fields for structs.
pub(crate) struct Compound<'a, 's> {
    w: &'a mut Walker<'s>,
    index: usize,
    /// A variant segment was pushed on entry and must be popped at the end.
    entered: bool,
}

impl Compound<'_, '_> {
    fn element<T: Serialize + ?Sized>(&mut self, v: &T) -> R {
        self.w.enter(Seg::Index(self.index));
        self.index += 1;
        let r = v.serialize(&mut *self.w);
        self.w.leave();
        r
    }
    fn field<T: Serialize + ?Sized>(&mut self, key: &'static str, v: &T) -> R {
        self.w.enter(Seg::Field(key));
        let r = v.serialize(&mut *self.w);
        self.w.leave();
        r
    }
    fn done(self) -> R {
        if self.entered {
            self.w.leave();
        }
        Ok(())
    }
}

impl ser::SerializeSeq for Compound<'_, '_> {
    type Ok = ();
    type Error = Never;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, v: &T) -> R {
        self.element(v)
    }
    fn end(self) -> R {
        self.done()
    }
}
impl ser::SerializeTuple for Compound<'_, '_> {
    type Ok = ();
    type Error = Never;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, v: &T) -> R {
        self.element(v)
    }
    fn end(self) -> R {
        self.done()
    }
}
impl ser::SerializeTupleStruct for Compound<'_, '_> {
    type Ok = ();
    type Error = Never;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, v: &T) -> R {
        self.element(v)
    }
    fn end(self) -> R {
        self.done()
    }
}
impl ser::SerializeTupleVariant for Compound<'_, '_> {
    type Ok = ();
    type Error = Never;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, v: &T) -> R {
        self.element(v)
    }
    fn end(self) -> R {
        self.done()
    }
}
impl ser::SerializeMap for Compound<'_, '_> {
    type Ok = ();
    type Error = Never;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, _: &T) -> R {
        // The model has no maps; keys of any future map are not staff text to check here.
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, v: &T) -> R {
        v.serialize(&mut *self.w)
    }
    fn end(self) -> R {
        self.done()
    }
}
impl ser::SerializeStruct for Compound<'_, '_> {
    type Ok = ();
    type Error = Never;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, v: &T) -> R {
        self.field(key, v)
    }
    fn end(self) -> R {
        self.done()
    }
}
impl ser::SerializeStructVariant for Compound<'_, '_> {
    type Ok = ();
    type Error = Never;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, v: &T) -> R {
        self.field(key, v)
    }
    fn end(self) -> R {
        self.done()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_is_found_and_plain_comparisons_are_not() {
        for bad in ["<script>alert(1)</script>", "点击<a href=x>这里</a>", "</p>", "<img src=x onerror=alert(1)>", "x onError = y", "<!-- c -->", "<b"] {
            assert!(html_markup(bad).is_some(), "{bad}");
        }
        for ok in ["收入<1000元", "a < b", "人均收入<本地标准", "phone=1", "condition=2", "on=3", "1<2"] {
            assert_eq!(html_markup(ok), None, "{ok}");
        }
    }
}
