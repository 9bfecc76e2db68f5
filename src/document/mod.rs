//! Stage 1: file bytes → [`Document`].
//!
//! A document keeps the original text and a *prose view* of it: a copy of the
//! same byte length in which everything that is not prose (Markdown markup,
//! code, URLs, HTML tags, comments, front matter) is blanked with spaces while
//! newlines are kept. Because the two have the same length, every offset found
//! in the prose view is an offset into the original file, and no later stage
//! needs a map back.

mod front_matter;
mod html;
mod markdown;
mod prose;
mod text;

use std::fmt;
use std::path::Path;

use crate::span::Span;

/// The input formats claimlint reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Format {
    Text,
    Markdown,
    Html,
}

impl Format {
    /// The format a path's extension names: `.md`/`.markdown`, `.html`/`.htm`,
    /// anything else is plain text.
    pub fn from_path(path: &Path) -> Format {
        match path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .as_deref()
        {
            Some("md" | "markdown") => Format::Markdown,
            Some("html" | "htm") => Format::Html,
            _ => Format::Text,
        }
    }

    /// Whether a directory walk picks up files of this path.
    pub fn is_article(path: &Path) -> bool {
        matches!(
            path.extension()
                .and_then(|e| e.to_str())
                .map(str::to_ascii_lowercase)
                .as_deref(),
            Some("txt" | "md" | "markdown" | "html" | "htm")
        )
    }
}

/// What kind of block a run of prose came from. The segmenter never lets a
/// sentence cross a block boundary.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockKind {
    /// A paragraph (in plain text: a run of non-blank lines).
    Paragraph,
    Heading,
    ListItem,
    /// A table cell, a block quote line or other short block.
    Other,
}

/// A block of prose: a byte range of the original file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Block {
    pub span: Span,
    pub kind: BlockKind,
}

/// A value read from front matter, with where it stands in the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Field {
    pub value: String,
    pub span: Span,
}

/// The article metadata claimlint uses from YAML front matter (Markdown) or
/// `<meta>` tags (HTML).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FrontMatter {
    /// The whole front matter block, delimiters included.
    pub span: Option<Span>,
    pub story: Option<Field>,
    pub date: Option<Field>,
    pub title: Option<Field>,
}

/// A `<!-- claimlint-… -->` comment, kept for the suppression layer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Directive {
    /// The whole comment.
    pub span: Span,
    /// The comment's body, trimmed: `claimlint-disable-next-line contradiction/name`.
    pub text: String,
    pub kind: DirectiveKind,
    /// The codes named after the keyword, as written. They are not checked
    /// here, so that the suppression layer can report an unknown one.
    pub codes: Vec<String>,
}

/// What a directive asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DirectiveKind {
    /// `claimlint-disable-next-line CODE…`
    DisableNextLine,
    /// `claimlint-disable CODE…` until the next `claimlint-enable`.
    Disable,
    /// `claimlint-enable [CODE…]` (no code: all of them).
    Enable,
    /// `claimlint-` followed by a keyword claimlint does not know (kept so
    /// that it can be reported rather than silently ignored).
    Unknown,
    /// A directive whose comment is never closed: the comment runs to the
    /// end of the article, hiding it, and its codes cannot be told apart
    /// from the text after them.
    Unclosed,
}

/// One article, ready for segmentation.
#[derive(Clone, Debug)]
pub struct Document {
    pub path: String,
    pub format: Format,
    /// The original file, as UTF-8 (a leading BOM stays in place; no span
    /// ever covers it); `None` when it is the prose view byte for byte
    /// (plain text without a BOM), which is then not held twice: a large
    /// archive in one file costs its size once less. Read it with
    /// [`Document::source`].
    source: Option<String>,
    /// Same length as the source; non-prose bytes are spaces, newlines kept.
    /// Read-only once the document is built: for plain text it is the
    /// source as well.
    pub prose: String,
    /// The prose blocks, in file order, non-overlapping.
    pub blocks: Vec<Block>,
    pub front_matter: FrontMatter,
    pub directives: Vec<Directive>,
}

/// Why a file could not be read as an article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DocumentError {
    /// The bytes are not UTF-8; `offset` is the first bad byte, on 1-based
    /// `line` and `column`.
    InvalidUtf8 {
        offset: usize,
        line: usize,
        column: usize,
    },
    /// UTF-16 (detected by its byte-order mark).
    Utf16,
    /// A NUL byte (the first at `offset`, on 1-based `line` and `column`):
    /// a binary file, not an article.
    Binary {
        offset: usize,
        line: usize,
        column: usize,
    },
    /// Front matter opened with `---` and never closed.
    UnterminatedFrontMatter { offset: usize },
}

impl fmt::Display for DocumentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DocumentError::InvalidUtf8 {
                offset,
                line,
                column,
            } => write!(
                f,
                "invalid UTF-8 at line {line}, column {column} (byte {offset}); re-save the file as UTF-8"
            ),
            DocumentError::Utf16 => write!(
                f,
                "the file is UTF-16; re-save it as UTF-8 (claimlint reads UTF-8 only)"
            ),
            DocumentError::Binary {
                offset,
                line,
                column,
            } => write!(
                f,
                "NUL byte at line {line}, column {column} (byte {offset}): this looks like a binary file, not an article"
            ),
            // Front matter opens only on the file's first line.
            DocumentError::UnterminatedFrontMatter { .. } => write!(
                f,
                "the front matter opened by `---` on line 1 is never closed; add a `---` line after it"
            ),
        }
    }
}

impl std::error::Error for DocumentError {}

impl Document {
    /// Reads an article from its bytes; the format comes from `path`'s extension.
    pub fn parse(path: &str, bytes: Vec<u8>) -> Result<Document, DocumentError> {
        Self::parse_as(path, Format::from_path(Path::new(path)), bytes)
    }

    /// Reads an article from its bytes in the given format.
    pub fn parse_as(path: &str, format: Format, bytes: Vec<u8>) -> Result<Document, DocumentError> {
        let source = decode(bytes)?;
        Self::from_source(path, format, source)
    }

    /// Builds the prose view of text already known to be valid UTF-8. Fails
    /// only on Markdown front matter that is never closed.
    pub fn from_source(
        path: &str,
        format: Format,
        source: String,
    ) -> Result<Document, DocumentError> {
        let mut doc = Self::empty(path, format, source);
        match format {
            Format::Text => text::build(&mut doc),
            Format::Markdown => markdown::build(&mut doc)?,
            Format::Html => html::build(&mut doc),
        }
        debug_assert_eq!(doc.prose.len(), doc.source().len());
        Ok(doc)
    }

    /// A plain-text document made from a string (tests, `claimlint test` examples, stdin).
    pub fn plain(path: &str, text: &str) -> Document {
        let mut doc = Self::empty(path, Format::Text, text.to_string());
        text::build(&mut doc);
        doc
    }

    fn empty(path: &str, format: Format, source: String) -> Document {
        Document {
            path: path.to_string(),
            format,
            prose: String::new(),
            source: Some(source),
            blocks: Vec::new(),
            front_matter: FrontMatter::default(),
            directives: Vec::new(),
        }
    }

    /// The prose view of a span.
    pub fn prose_of(&self, span: Span) -> &str {
        span.slice(&self.prose)
    }

    /// The original text of a span.
    pub fn text_of(&self, span: Span) -> &str {
        span.slice(self.source())
    }

    /// The original file, as UTF-8.
    pub fn source(&self) -> &str {
        self.source.as_deref().unwrap_or(&self.prose)
    }

    /// The original file, without a copy.
    pub fn into_source(self) -> String {
        self.source.unwrap_or(self.prose)
    }
}

/// Checks that the bytes are an article claimlint can read and turns them into
/// a `String` without copying.
fn decode(bytes: Vec<u8>) -> Result<String, DocumentError> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(DocumentError::Utf16);
    }
    // `contains` looks for a byte with memchr; `position` goes byte by byte.
    if bytes.contains(&0) {
        let offset = bytes.iter().position(|&b| b == 0).unwrap_or_default();
        let (line, column) = crate::span::line_col_of_bytes(&bytes, offset);
        return Err(DocumentError::Binary {
            offset,
            line,
            column,
        });
    }
    String::from_utf8(bytes).map_err(|e| {
        let offset = e.utf8_error().valid_up_to();
        let (line, column) = crate::span::line_col_of_bytes(e.as_bytes(), offset);
        DocumentError::InvalidUtf8 {
            offset,
            line,
            column,
        }
    })
}

/// Blanks `span` in a prose view: every byte but `\n` becomes a space. Works
/// on whole characters, so the view stays valid UTF-8.
pub(crate) fn blank(prose: &mut String, span: Span) {
    // SAFETY-free approach: rebuild the range as ASCII of the same length.
    let replacement: String = prose[span.range()]
        .bytes()
        .map(|b| if b == b'\n' { '\n' } else { ' ' })
        .collect();
    prose.replace_range(span.range(), &replacement);
}

/// The directive an HTML comment carries, if its body starts with
/// `claimlint-`. `span` is the whole comment, `body` what lies between
/// `<!--` and `-->` (or the end, when the comment is not `closed`). Codes
/// are separated by spaces or commas.
pub(crate) fn directive(span: Span, body: &str, closed: bool) -> Option<Directive> {
    let text = body.trim();
    let rest = text.strip_prefix("claimlint-")?;
    if !closed {
        // Shown at its first line, not at the whole rest of the article.
        let line = body.split(['\n', '\r']).next().unwrap_or_default();
        return Some(Directive {
            span: Span::new(span.start, (span.start + 4 + line.len()).min(span.end)),
            text: text.lines().next().unwrap_or_default().to_string(),
            kind: DirectiveKind::Unclosed,
            codes: Vec::new(),
        });
    }
    let mut words = rest.split(|c: char| c.is_whitespace() || c == ',');
    let kind = match words.next().unwrap_or_default() {
        "disable-next-line" => DirectiveKind::DisableNextLine,
        "disable" => DirectiveKind::Disable,
        "enable" => DirectiveKind::Enable,
        _ => DirectiveKind::Unknown,
    };
    Some(Directive {
        span,
        text: text.to_string(),
        kind,
        codes: words
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect(),
    })
}

/// Every `<!-- … -->` comment in `span` of `source`: its span and its body.
/// A comment left open runs to the end of `span`.
pub(crate) fn comments(source: &str, span: Span) -> Vec<(Span, &str)> {
    let mut found = Vec::new();
    let text = span.slice(source);
    let mut from = 0;
    while let Some(open) = text[from..].find("<!--").map(|i| from + i) {
        let body_start = open + 4;
        let (body_end, end) = match text[body_start..].find("-->") {
            Some(i) => (body_start + i, body_start + i + 3),
            None => (text.len(), text.len()),
        };
        found.push((
            Span::new(open, end).shift(span.start),
            &text[body_start..body_end],
        ));
        from = end;
    }
    found
}
