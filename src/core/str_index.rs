//! A small open-addressing hash index of positions, for the two places where a hostile body could
//! otherwise make us quadratic: repeated object keys, and `in:` against a long live event list.
//! (std's HashMap would bring SipHash and random seeding into the module for this one job.)

#[allow(unused_imports)]
use crate::prelude::*;

pub struct PosIndex {
    slots: Vec<u32>,
    len: usize,
}

const EMPTY: u32 = u32::MAX;

pub fn hash_str(s: &str) -> u32 {
    s.bytes().fold(0x811c_9dc5u32, |h, b| {
        (h ^ b as u32).wrapping_mul(0x0100_0193)
    })
}

impl PosIndex {
    pub fn with_capacity(n: usize) -> PosIndex {
        PosIndex {
            slots: vec![EMPTY; (n.max(8) * 2).next_power_of_two()],
            len: 0,
        }
    }

    /// The stored position whose entry `is_match` accepts, among those stored under `hash`.
    pub fn find(&self, hash: u32, is_match: impl Fn(u32) -> bool) -> Option<u32> {
        let mask = self.slots.len() - 1;
        let mut i = hash as usize & mask;
        loop {
            match self.slots[i] {
                EMPTY => return None,
                pos if is_match(pos) => return Some(pos),
                _ => i = (i + 1) & mask,
            }
        }
    }

    /// Records `pos` under `hash`; `hash_of` gives the hash of a stored position, for regrowing.
    pub fn insert(&mut self, hash: u32, pos: u32, hash_of: impl Fn(u32) -> u32) {
        if (self.len + 1) * 2 > self.slots.len() {
            let grown = vec![EMPTY; self.slots.len() * 2];
            let old = core::mem::replace(&mut self.slots, grown);
            for p in old.into_iter().filter(|&p| p != EMPTY) {
                self.place(hash_of(p), p);
            }
        }
        self.place(hash, pos);
        self.len += 1;
    }

    fn place(&mut self, hash: u32, pos: u32) {
        let mask = self.slots.len() - 1;
        let mut i = hash as usize & mask;
        while self.slots[i] != EMPTY {
            i = (i + 1) & mask;
        }
        self.slots[i] = pos;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_what_was_inserted() {
        let words: Vec<String> = (0..1000).map(|i| format!("k{i}")).collect();
        let mut idx = PosIndex::with_capacity(4);
        let hash_of = |p: u32| hash_str(&words[p as usize]);
        for (i, w) in words.iter().enumerate() {
            assert_eq!(idx.find(hash_str(w), |p| words[p as usize] == *w), None);
            idx.insert(hash_str(w), i as u32, hash_of);
        }
        for (i, w) in words.iter().enumerate() {
            assert_eq!(
                idx.find(hash_str(w), |p| words[p as usize] == *w),
                Some(i as u32)
            );
        }
        assert_eq!(
            idx.find(hash_str("nope"), |p| words[p as usize] == "nope"),
            None
        );
    }
}
