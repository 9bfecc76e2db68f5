//! Words and punctuation of a sentence, with spans: the tokens extractors
//! that read phrases ("according to X", "X said") walk over.

use super::cues::Cues;
use crate::span::Span;

/// A token of prose: a word (letters, digits, inner apostrophes, hyphens and
/// dots) or one punctuation character.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token<'a> {
    pub text: &'a str,
    pub span: Span,
    pub is_word: bool,
    /// The cue lists ([`super::cues`]) the word is in.
    pub cue: u32,
}

impl<'a> Token<'a> {
    /// Starts with an upper-case letter (a name, or the first word of a sentence).
    pub fn is_capitalized(&self) -> bool {
        self.is_word && self.text.chars().next().is_some_and(char::is_uppercase)
    }

    /// The word with a possessive `'s` / `’s` removed.
    pub fn stem(&self) -> &'a str {
        stem_of(self.text)
    }

    /// Whether the word is in any of the cue lists `bits` names.
    pub fn cued(&self, bits: u32) -> bool {
        self.cue & bits != 0
    }

    pub fn is(&self, word: &str) -> bool {
        self.is_word && self.text.eq_ignore_ascii_case(word)
    }
}

/// `word` with a possessive `'s` / `’s` removed.
fn stem_of(word: &str) -> &str {
    word.strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .unwrap_or(word)
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

fn is_joiner(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '.' | '&')
}

/// The tokens of every sentence of an article in one buffer, read once.
#[derive(Debug, Default)]
pub struct Tokens<'a> {
    all: Vec<Token<'a>>,
    /// Where each sentence's tokens end in `all`.
    ends: Vec<usize>,
}

impl<'a> Tokens<'a> {
    pub fn of_sentences(
        prose: &'a str,
        sentences: &[crate::segment::Sentence],
        cues: &Cues,
    ) -> Self {
        // About one token per five bytes of the sentences (a chunk of a
        // large article is not the whole of it).
        let bytes = match (sentences.first(), sentences.last()) {
            (Some(first), Some(last)) => last.span.end.saturating_sub(first.span.start),
            _ => 0,
        };
        let mut all = Vec::with_capacity(bytes / 5);
        let mut ends = Vec::with_capacity(sentences.len());
        for sentence in sentences {
            push_tokens(prose, sentence.span, cues, &mut all);
            ends.push(all.len());
        }
        Tokens { all, ends }
    }

    /// The tokens of sentence `index` (none for an index out of range).
    pub fn of(&self, index: usize) -> &[Token<'a>] {
        let Some(&end) = self.ends.get(index) else {
            return &[];
        };
        let start = index.checked_sub(1).map_or(0, |i| self.ends[i]);
        &self.all[start..end]
    }
}

/// Tokenizes `span` of `prose`. Whitespace separates tokens and is dropped.
pub fn tokens(prose: &str, span: Span) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    push_tokens(prose, span, Cues::standard(), &mut out);
    out
}

/// Appends the tokens of `span` of `prose` to `out`.
pub fn push_tokens<'a>(prose: &'a str, span: Span, cues: &Cues, out: &mut Vec<Token<'a>>) {
    let text = span.slice(prose);
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
                cue: 0,
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
        let word = &text[i..end];
        let stem = stem_of(word);
        out.push(Token {
            text: word,
            span: Span::new(span.start + i, span.start + end),
            is_word: true,
            cue: cues.of(word, stem),
        });
    }
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
