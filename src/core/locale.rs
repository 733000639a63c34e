#[allow(unused_imports)]
use crate::prelude::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Locale {
    #[default]
    En,
    PtBr,
}

impl Locale {
    /// Accepts "en" and "pt-BR" (also "pt_BR", "pt-br", "pt"), as a browser or Laravel might spell them.
    pub fn parse(s: &str) -> Option<Locale> {
        match s.to_ascii_lowercase().replace('_', "-").as_str() {
            "en" | "en-us" | "en-gb" => Some(Locale::En),
            "pt-br" | "pt" => Some(Locale::PtBr),
            _ => None,
        }
    }

    pub fn pick(self, en: &'static str, pt_br: &'static str) -> &'static str {
        match self {
            Locale::En => en,
            Locale::PtBr => pt_br,
        }
    }
}
