//! Words and punctuation of a sentence, with spans: the tokens extractors
//! that read phrases ("according to X", "X said") walk over.

use crate::span::Span;

/// A token of prose: a word (letters, digits, inner apostrophes, hyphens and
/// dots) or one punctuation character.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token<'a> {
    pub text: &'a str,
    pub span: Span,
    pub is_word: bool,
}

impl Token<'_> {
    /// Starts with an upper-case letter (a name, or the first word of a sentence).
    pub fn is_capitalized(&self) -> bool {
        self.is_word && self.text.chars().next().is_some_and(char::is_uppercase)
    }

    /// The word with a possessive `'s` / `’s` removed.
    pub fn stem(&self) -> &str {
        self.text
            .strip_suffix("'s")
            .or_else(|| self.text.strip_suffix("’s"))
            .unwrap_or(self.text)
    }

    pub fn is(&self, word: &str) -> bool {
        self.is_word && self.text.eq_ignore_ascii_case(word)
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

fn is_joiner(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '.' | '&')
}

/// Tokenizes `span` of `prose`. Whitespace separates tokens and is dropped.
pub fn tokens(prose: &str, span: Span) -> Vec<Token<'_>> {
    let text = span.slice(prose);
    let mut out = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        if !is_word_char(c) {
            let end = i + c.len_utf8();
            out.push(Token {
                text: &text[i..end],
                span: Span::new(span.start + i, span.start + end),
                is_word: false,
            });
            continue;
        }
        let mut end = i + c.len_utf8();
        loop {
            match chars.peek().copied() {
                Some((j, d)) if is_word_char(d) => {
                    end = j + d.len_utf8();
                    chars.next();
                }
                // A joiner stays inside the word only between word characters.
                Some((j, d)) if is_joiner(d) => {
                    let after = j + d.len_utf8();
                    if text[after..].chars().next().is_some_and(is_word_char) {
                        end = after;
                        chars.next();
                    } else {
                        break;
                    }
                }
                _ => break,
            }
        }
        out.push(Token {
            text: &text[i..end],
            span: Span::new(span.start + i, span.start + end),
            is_word: true,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_keep_inner_joiners() {
        let text = "Meta’s lab, per Scale.AI — “yes.”";
        let toks: Vec<&str> = tokens(text, Span::new(0, text.len()))
            .iter()
            .map(|t| t.text)
            .collect();
        assert_eq!(
            toks,
            [
                "Meta’s", "lab", ",", "per", "Scale.AI", "—", "“", "yes", ".", "”"
            ]
        );
    }
}
