//! A JSON reader with PHP `json_decode($text, true)` semantics, and a writer for the values we send back.
//!
//! Why not serde_json: the decode rules that decide the server's verdict are PHP's, not serde's
//! (nesting deeper than 512 fails the whole body, an unpaired `\uD800` escape fails the whole body,
//! integers that overflow become floats), and this is a fraction of serde_json's size in the module.

#[allow(unused_imports)]
use crate::prelude::*;

use crate::core::str_index::{hash_str, PosIndex};
use crate::core::value::{push_int, Key, Value};

fn key_hash(k: &Key) -> u32 {
    match k {
        Key::Str(s) => hash_str(s),
        Key::Int(n) => (*n as u32) ^ ((*n >> 32) as u32).wrapping_mul(0x9e37_79b9),
    }
}

/// `json_decode`'s default depth is 512, and PHP fails a document whose arrays/objects nest 512 deep
/// (the check counts one level more than the containers), so 511 is the deepest body the server reads.
pub const PHP_MAX_DEPTH: usize = 511;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DecodeError {
    Syntax,
    Depth,
    /// An escaped UTF-16 surrogate without its pair (what `JSON.stringify` emits for a lone surrogate).
    LoneSurrogate,
}

pub fn decode(text: &str) -> Result<Value, DecodeError> {
    let mut p = Parser {
        s: text.as_bytes(),
        i: 0,
    };
    p.skip_ws();
    let v = p.value(0)?;
    p.skip_ws();
    if p.i != p.s.len() {
        return Err(DecodeError::Syntax);
    }
    Ok(v)
}

struct Parser<'a> {
    s: &'a [u8],
    i: usize,
}

impl Parser<'_> {
    fn skip_ws(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.s.get(self.i) {
            self.i += 1;
        }
    }

    fn eat(&mut self, b: u8) -> bool {
        if self.s.get(self.i) == Some(&b) {
            self.i += 1;
            true
        } else {
            false
        }
    }

    fn literal(&mut self, word: &[u8], v: Value) -> Result<Value, DecodeError> {
        if self.s[self.i..].starts_with(word) {
            self.i += word.len();
            Ok(v)
        } else {
            Err(DecodeError::Syntax)
        }
    }

    fn value(&mut self, depth: usize) -> Result<Value, DecodeError> {
        match self.s.get(self.i) {
            Some(b'{') => self.object(depth + 1),
            Some(b'[') => self.array(depth + 1),
            Some(b'"') => Ok(Value::Str(self.string()?)),
            Some(b't') => self.literal(b"true", Value::Bool(true)),
            Some(b'f') => self.literal(b"false", Value::Bool(false)),
            Some(b'n') => self.literal(b"null", Value::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            _ => Err(DecodeError::Syntax),
        }
    }

    fn array(&mut self, depth: usize) -> Result<Value, DecodeError> {
        if depth > PHP_MAX_DEPTH {
            return Err(DecodeError::Depth);
        }
        self.i += 1;
        let mut items = Vec::new();
        self.skip_ws();
        if self.eat(b']') {
            return Ok(Value::Array(items));
        }
        loop {
            self.skip_ws();
            let v = self.value(depth)?;
            items.push((Key::Int(items.len() as i64), v));
            self.skip_ws();
            if self.eat(b']') {
                return Ok(Value::Array(items));
            }
            if !self.eat(b',') {
                return Err(DecodeError::Syntax);
            }
        }
    }

    fn object(&mut self, depth: usize) -> Result<Value, DecodeError> {
        if depth > PHP_MAX_DEPTH {
            return Err(DecodeError::Depth);
        }
        self.i += 1;
        let mut items: Vec<(Key, Value)> = Vec::new();
        // Past a few keys, repeated names are found through a hash index, so a huge object stays linear.
        let mut index: Option<PosIndex> = None;
        self.skip_ws();
        if self.eat(b'}') {
            return Ok(Value::Array(items));
        }
        loop {
            self.skip_ws();
            if self.s.get(self.i) != Some(&b'"') {
                return Err(DecodeError::Syntax);
            }
            let key = Key::from_name(self.string()?);
            self.skip_ws();
            if !self.eat(b':') {
                return Err(DecodeError::Syntax);
            }
            self.skip_ws();
            let v = self.value(depth)?;
            // A repeated name keeps its first position and takes the last value, as in a PHP array.
            let existing = match &index {
                None => items.iter().position(|(k, _)| *k == key),
                Some(idx) => idx
                    .find(key_hash(&key), |p| items[p as usize].0 == key)
                    .map(|p| p as usize),
            };
            match existing {
                Some(i) => items[i].1 = v,
                None => {
                    if let Some(idx) = &mut index {
                        idx.insert(key_hash(&key), items.len() as u32, |p| {
                            key_hash(&items[p as usize].0)
                        });
                    }
                    items.push((key, v));
                    if index.is_none() && items.len() == 16 {
                        let mut idx = PosIndex::with_capacity(64);
                        for (p, (k, _)) in items.iter().enumerate() {
                            idx.insert(key_hash(k), p as u32, |q| key_hash(&items[q as usize].0));
                        }
                        index = Some(idx);
                    }
                }
            }
            self.skip_ws();
            if self.eat(b'}') {
                return Ok(Value::Array(items));
            }
            if !self.eat(b',') {
                return Err(DecodeError::Syntax);
            }
        }
    }

    fn hex4(&mut self) -> Result<u32, DecodeError> {
        let h = self.s.get(self.i..self.i + 4).ok_or(DecodeError::Syntax)?;
        let mut n = 0u32;
        for &b in h {
            let d = (b as char).to_digit(16).ok_or(DecodeError::Syntax)?;
            n = n * 16 + d;
        }
        self.i += 4;
        Ok(n)
    }

    fn string(&mut self) -> Result<String, DecodeError> {
        self.i += 1;
        let mut out = String::new();
        loop {
            let start = self.i;
            while let Some(&b) = self.s.get(self.i) {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                self.i += 1;
            }
            // Input came from a &str and we only stop on ASCII bytes, so the slice is valid UTF-8.
            out.push_str(
                core::str::from_utf8(&self.s[start..self.i]).map_err(|_| DecodeError::Syntax)?,
            );
            match self.s.get(self.i) {
                Some(b'"') => {
                    self.i += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.i += 1;
                    let esc = *self.s.get(self.i).ok_or(DecodeError::Syntax)?;
                    self.i += 1;
                    let c = match esc {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => self.unicode_escape()?,
                        _ => return Err(DecodeError::Syntax),
                    };
                    out.push(c);
                }
                _ => return Err(DecodeError::Syntax),
            }
        }
    }

    fn unicode_escape(&mut self) -> Result<char, DecodeError> {
        let hi = self.hex4()?;
        if (0xDC00..0xE000).contains(&hi) {
            return Err(DecodeError::LoneSurrogate);
        }
        if !(0xD800..0xDC00).contains(&hi) {
            return char::from_u32(hi).ok_or(DecodeError::Syntax);
        }
        if !self.s[self.i..].starts_with(b"\\u") {
            return Err(DecodeError::LoneSurrogate);
        }
        self.i += 2;
        let lo = self.hex4()?;
        if !(0xDC00..0xE000).contains(&lo) {
            return Err(DecodeError::LoneSurrogate);
        }
        char::from_u32(0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)).ok_or(DecodeError::Syntax)
    }

    fn number(&mut self) -> Result<Value, DecodeError> {
        let start = self.i;
        self.eat(b'-');
        let int_start = self.i;
        self.digits();
        let int_len = self.i - int_start;
        if int_len == 0 || (int_len > 1 && self.s[int_start] == b'0') {
            return Err(DecodeError::Syntax);
        }
        let mut is_float = false;
        if self.eat(b'.') {
            is_float = true;
            if self.digits() == 0 {
                return Err(DecodeError::Syntax);
            }
        }
        if self.eat(b'e') || self.eat(b'E') {
            is_float = true;
            if !self.eat(b'+') {
                self.eat(b'-');
            }
            if self.digits() == 0 {
                return Err(DecodeError::Syntax);
            }
        }
        let text = core::str::from_utf8(&self.s[start..self.i]).map_err(|_| DecodeError::Syntax)?;
        if !is_float {
            if let Ok(n) = text.parse::<i64>() {
                return Ok(Value::Int(n));
            }
        }
        // PHP turns an integer literal that overflows 64 bits into a float, as here.
        Ok(Value::Float(text.into()))
    }

    fn digits(&mut self) -> usize {
        let start = self.i;
        while let Some(b'0'..=b'9') = self.s.get(self.i) {
            self.i += 1;
        }
        self.i - start
    }
}

/// Appends `s` as a JSON string literal.
pub fn write_str(out: &mut String, s: &str) {
    out.push('"');
    let mut start = 0;
    for (i, b) in s.bytes().enumerate() {
        let esc = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0..=0x1f => "",
            _ => continue,
        };
        out.push_str(&s[start..i]);
        if esc.is_empty() {
            out.push_str("\\u00");
            out.push(char::from_digit((b >> 4) as u32, 16).unwrap_or('0'));
            out.push(char::from_digit((b & 15) as u32, 16).unwrap_or('0'));
        } else {
            out.push_str(esc);
        }
        start = i + 1;
    }
    out.push_str(&s[start..]);
    out.push('"');
}

/// Appends `v` as JSON. PHP arrays whose keys are 0..n in order become JSON arrays; others become objects.
pub fn write_value(out: &mut String, v: &Value) {
    match v {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Int(n) => push_int(out, *n),
        Value::Float(text) => out.push_str(text),
        Value::Str(s) => write_str(out, s),
        Value::Array(items) => {
            let is_list = items
                .iter()
                .enumerate()
                .all(|(i, (k, _))| *k == Key::Int(i as i64));
            out.push(if is_list { '[' } else { '{' });
            for (i, (k, item)) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                if !is_list {
                    match k {
                        Key::Str(s) => write_str(out, s),
                        Key::Int(n) => {
                            out.push('"');
                            push_int(out, *n);
                            out.push('"');
                        }
                    }
                    out.push(':');
                }
                write_value(out, item);
            }
            out.push(if is_list { ']' } else { '}' });
        }
    }
}
