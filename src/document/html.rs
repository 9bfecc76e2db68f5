//! HTML: the text of the body.
//!
//! A small tokenizer, forgiving the way browsers are: an unclosed tag or
//! comment runs to the end of the file, a stray `<` is text, nothing panics.
//! Prose is the text inside `<body>` (the whole file when there is no body
//! tag), minus the elements listed in [`EXCLUDED`] and [`RAW_TEXT`]. Tags and
//! comments are blanked; comments are read for claimlint's directives;
//! `<meta name="story|date|title">` and `<title>` fill the front matter.

use super::prose::ProseView;
use super::{Block, BlockKind, Document, Field};
use crate::span::Span;

/// Elements whose content is not markup but raw text up to their end tag;
/// none of it is prose (`title` is read as metadata).
const RAW_TEXT: [&str; 5] = ["script", "style", "textarea", "title", "xmp"];

/// Elements whose text is not article prose: page metadata, templates,
/// site navigation (menus would read as fragments of sentences), fallbacks
/// and embedded graphics.
const EXCLUDED: [&str; 7] = [
    "head", "template", "nav", "noscript", "svg", "math", "select",
];

/// Elements that start and end a block, and the kind of block their text
/// makes (`None`: the enclosing element's kind, a paragraph at top level).
const BLOCKS: [(&str, Option<BlockKind>); 33] = [
    ("h1", Some(BlockKind::Heading)),
    ("h2", Some(BlockKind::Heading)),
    ("h3", Some(BlockKind::Heading)),
    ("h4", Some(BlockKind::Heading)),
    ("h5", Some(BlockKind::Heading)),
    ("h6", Some(BlockKind::Heading)),
    ("li", Some(BlockKind::ListItem)),
    ("dt", Some(BlockKind::ListItem)),
    ("dd", Some(BlockKind::ListItem)),
    ("td", Some(BlockKind::Other)),
    ("th", Some(BlockKind::Other)),
    ("blockquote", Some(BlockKind::Other)),
    ("figcaption", Some(BlockKind::Other)),
    ("caption", Some(BlockKind::Other)),
    ("p", None),
    ("div", None),
    ("article", None),
    ("section", None),
    ("main", None),
    ("header", None),
    ("footer", None),
    ("aside", None),
    ("figure", None),
    ("ul", None),
    ("ol", None),
    ("dl", None),
    ("table", None),
    ("tr", None),
    ("pre", None),
    ("address", None),
    ("body", None),
    ("br", None),
    ("hr", None),
];

/// Elements without content: they end a block but open nothing.
const VOID: [&str; 2] = ["br", "hr"];

/// Elements a new one of the same name closes (`<p>a<p>b`, `<li>a<li>b`).
const SELF_CLOSING_SIBLINGS: [&str; 6] = ["p", "li", "dt", "dd", "td", "th"];

/// How far up the open elements an end tag looks for its start tag; bounds
/// the work on malformed input.
const MATCH_DEPTH: usize = 64;

/// `<meta name=…>` names read as article metadata.
const META_FIELDS: [(&str, MetaField); 5] = [
    ("story", MetaField::Story),
    ("date", MetaField::Date),
    ("article:published_time", MetaField::Date),
    ("title", MetaField::Title),
    ("og:title", MetaField::Title),
];

/// Named character references decoded in prose: the ones news copy uses.
/// Others are left as written.
const NAMED_REFS: [(&str, char); 22] = [
    ("amp", '&'),
    ("lt", '<'),
    ("gt", '>'),
    ("quot", '"'),
    ("apos", '\''),
    ("nbsp", '\u{a0}'),
    ("rsquo", '’'),
    ("lsquo", '‘'),
    ("rdquo", '”'),
    ("ldquo", '“'),
    ("ndash", '–'),
    ("mdash", '—'),
    ("hellip", '…'),
    ("euro", '€'),
    ("pound", '£'),
    ("yen", '¥'),
    ("cent", '¢'),
    ("deg", '°'),
    ("eacute", 'é'),
    ("egrave", 'è'),
    ("ouml", 'ö'),
    ("uuml", 'ü'),
];

#[derive(Clone, Copy)]
enum MetaField {
    Story,
    Date,
    Title,
}

enum Token {
    Text(Span),
    Tag(Tag),
    /// A comment: the whole of it and its body.
    Comment(Span, Span),
    /// A doctype, processing instruction or raw-text content: never prose.
    Other,
}

struct Tag {
    span: Span,
    /// Lower-cased.
    name: String,
    closing: bool,
    self_closing: bool,
}

pub(super) fn build(doc: &mut Document) {
    // Markdown and HTML keep their source (only plain text is its own
    // prose view).
    let source = doc.source.as_deref().unwrap_or_default();
    let tokens = tokenize(source);
    let has_body = tokens
        .iter()
        .any(|t| matches!(t, Token::Tag(tag) if tag.name == "body" && !tag.closing));
    let mut walk = Walk {
        source,
        prose: ProseView::blank(source),
        blocks: Vec::new(),
        open: Vec::new(),
        hidden: 0,
        in_body: !has_body,
        run: None,
    };
    for token in &tokens {
        match token {
            Token::Text(span) => walk.text(*span),
            Token::Tag(tag) => {
                walk.tag(tag);
                if !tag.closing {
                    read_meta(source, tag, &mut doc.front_matter);
                }
            }
            Token::Comment(span, body) => {
                let closed = span.slice(source).ends_with("-->");
                if let Some(d) = super::directive(*span, body.slice(source), closed) {
                    doc.directives.push(d);
                }
            }
            Token::Other => {}
        }
    }
    walk.flush();
    if doc.front_matter.title.is_none() {
        doc.front_matter.title = title(source, &tokens);
    }
    doc.blocks = walk.blocks;
    doc.prose = walk.prose.finish();
}

struct Walk<'a> {
    source: &'a str,
    prose: ProseView,
    blocks: Vec<Block>,
    /// Open block elements: name and the kind of block their text makes.
    open: Vec<(String, BlockKind)>,
    /// How many [`EXCLUDED`] elements are open.
    hidden: usize,
    in_body: bool,
    run: Option<Span>,
}

impl Walk<'_> {
    fn text(&mut self, span: Span) {
        if self.hidden > 0 || !self.in_body {
            return;
        }
        self.prose.keep(self.source, span);
        decode_refs(self.source, span, &mut self.prose);
        match &mut self.run {
            Some(run) => run.end = span.end,
            None => self.run = Some(span),
        }
    }

    fn tag(&mut self, tag: &Tag) {
        let name = tag.name.as_str();
        if name == "body" {
            self.flush();
            self.in_body = !tag.closing;
        }
        if EXCLUDED.contains(&name) && !tag.self_closing {
            self.flush();
            self.hidden = if tag.closing {
                self.hidden.saturating_sub(1)
            } else {
                self.hidden + 1
            };
        }
        let Some(&(_, own)) = BLOCKS.iter().find(|(n, _)| *n == name) else {
            return;
        };
        self.flush();
        if VOID.contains(&name) || tag.self_closing {
            return;
        }
        let lowest = self.open.len().saturating_sub(MATCH_DEPTH);
        let matching = self.open[lowest..]
            .iter()
            .rposition(|(n, _)| n == name)
            .map(|i| lowest + i);
        if tag.closing {
            if let Some(i) = matching {
                self.open.truncate(i);
            }
            return;
        }
        if SELF_CLOSING_SIBLINGS.contains(&name) && self.open.last().is_some_and(|(n, _)| n == name)
        {
            self.open.pop();
        }
        let inherited = self.open.last().map_or(BlockKind::Paragraph, |&(_, k)| k);
        self.open.push((tag.name.clone(), own.unwrap_or(inherited)));
    }

    fn flush(&mut self) {
        let kind = self.open.last().map_or(BlockKind::Paragraph, |&(_, k)| k);
        if let Some(span) = self.run.take()
            && let Some(block) = self.prose.block(span, kind)
        {
            self.blocks.push(block);
        }
    }
}

fn tokenize(source: &str) -> Vec<Token> {
    let bytes = source.as_bytes();
    let mut tokens = Vec::new();
    let mut text_start = 0;
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'<' {
            i += 1;
            continue;
        }
        let (token, end) = if bytes[i..].starts_with(b"<!--") {
            let body = i + 4;
            match find(bytes, body, b"-->") {
                Some(j) => (
                    Token::Comment(Span::new(i, j + 3), Span::new(body, j)),
                    j + 3,
                ),
                None => (
                    Token::Comment(Span::new(i, bytes.len()), Span::new(body, bytes.len())),
                    bytes.len(),
                ),
            }
        } else if matches!(bytes.get(i + 1), Some(b'!' | b'?')) {
            let end = find(bytes, i, b">").map_or(bytes.len(), |j| j + 1);
            (Token::Other, end)
        } else if let Some(tag) = tag(source, i) {
            let end = tag.span.end;
            (Token::Tag(tag), end)
        } else {
            // A stray `<` ("3 < 4") is text.
            i += 1;
            continue;
        };
        if text_start < i {
            tokens.push(Token::Text(Span::new(text_start, i)));
        }
        let mut next = end;
        if let Token::Tag(tag) = &token
            && !tag.closing
            && !tag.self_closing
            && RAW_TEXT.contains(&tag.name.as_str())
        {
            // Raw text runs to the matching end tag, which is tokenized next.
            let close = format!("</{}", tag.name);
            next = find_ignore_case(bytes, end, close.as_bytes()).unwrap_or(bytes.len());
        }
        tokens.push(token);
        if next > end {
            tokens.push(Token::Other);
        }
        i = next;
        text_start = next;
    }
    if text_start < bytes.len() {
        tokens.push(Token::Text(Span::new(text_start, bytes.len())));
    }
    tokens
}

/// The start or end tag at `at` (which holds `<`), if a letter follows.
fn tag(source: &str, at: usize) -> Option<Tag> {
    let bytes = source.as_bytes();
    let closing = bytes.get(at + 1) == Some(&b'/');
    let name_start = at + 1 + usize::from(closing);
    if !bytes.get(name_start)?.is_ascii_alphabetic() {
        return None;
    }
    let name_end = bytes[name_start..]
        .iter()
        .position(|b| !(b.is_ascii_alphanumeric() || matches!(b, b'-' | b':')))
        .map_or(bytes.len(), |n| name_start + n);
    let end = tag_end(bytes, name_end);
    let self_closing = end >= 2 && bytes[end - 1] == b'>' && bytes[end - 2] == b'/';
    Some(Tag {
        span: Span::new(at, end),
        name: source[name_start..name_end].to_ascii_lowercase(),
        closing,
        self_closing,
    })
}

/// Just past the `>` that ends a tag whose attributes start at `from`,
/// skipping `>` inside quoted values; the end of the file when there is none.
fn tag_end(bytes: &[u8], from: usize) -> usize {
    let mut i = from;
    while i < bytes.len() {
        match bytes[i] {
            b'>' => return i + 1,
            // An unclosed quote is taken literally, as if it were not one.
            quote @ (b'"' | b'\'') => match find(bytes, i + 1, &[quote]) {
                Some(j) => i = j + 1,
                None => i += 1,
            },
            _ => i += 1,
        }
    }
    bytes.len()
}

/// The value of attribute `name` in a tag, with its span (inside the quotes).
fn attribute(source: &str, tag: &Tag, name: &str) -> Option<Span> {
    let bytes = source.as_bytes();
    let mut i = tag.span.start + 1 + tag.name.len();
    let end = tag.span.end;
    while i < end {
        while i < end && (bytes[i].is_ascii_whitespace() || bytes[i] == b'/') {
            i += 1;
        }
        let key_start = i;
        while i < end && !bytes[i].is_ascii_whitespace() && !matches!(bytes[i], b'=' | b'>' | b'/')
        {
            i += 1;
        }
        let key = &bytes[key_start..i];
        if key.is_empty() {
            return None;
        }
        if bytes.get(i) != Some(&b'=') {
            continue;
        }
        i += 1;
        let value = match bytes.get(i) {
            Some(&quote @ (b'"' | b'\'')) => {
                let close = find(bytes, i + 1, &[quote]).filter(|&j| j < end)?;
                let span = Span::new(i + 1, close);
                i = close + 1;
                span
            }
            _ => {
                let start = i;
                while i < end && !bytes[i].is_ascii_whitespace() && bytes[i] != b'>' {
                    i += 1;
                }
                Span::new(start, i)
            }
        };
        if key.eq_ignore_ascii_case(name.as_bytes()) {
            return Some(value);
        }
    }
    None
}

/// `<meta name="story" content="…">` (or `property=`) into the front matter;
/// the first of each field wins.
fn read_meta(source: &str, tag: &Tag, front: &mut super::FrontMatter) {
    if tag.name != "meta" {
        return;
    }
    let Some(key) = attribute(source, tag, "name").or_else(|| attribute(source, tag, "property"))
    else {
        return;
    };
    let key = key.slice(source).trim().to_ascii_lowercase();
    let Some(&(_, field)) = META_FIELDS.iter().find(|(k, _)| *k == key) else {
        return;
    };
    let Some(span) = attribute(source, tag, "content") else {
        return;
    };
    let slot = match field {
        MetaField::Story => &mut front.story,
        MetaField::Date => &mut front.date,
        MetaField::Title => &mut front.title,
    };
    slot.get_or_insert_with(|| Field {
        value: span.slice(source).trim().to_string(),
        span,
    });
}

/// The text of the `<title>` element, trimmed, with its span.
fn title(source: &str, tokens: &[Token]) -> Option<Field> {
    let mut tags = tokens.iter().filter_map(|t| match t {
        Token::Tag(tag) if tag.name == "title" => Some(tag),
        _ => None,
    });
    let open = tags.find(|tag| !tag.closing)?;
    let close = tags.find(|tag| tag.closing)?;
    let raw = source.get(open.span.end..close.span.start)?;
    let lead = raw.len() - raw.trim_start().len();
    let value = raw.trim();
    (!value.is_empty()).then(|| Field {
        value: value.to_string(),
        span: Span::new(open.span.end + lead, open.span.end + lead + value.len()),
    })
}

/// Writes the decoded character references of `span` into the prose view.
fn decode_refs(source: &str, span: Span, prose: &mut ProseView) {
    let text = span.slice(source);
    let mut from = 0;
    while let Some(amp) = text[from..].find('&').map(|i| from + i) {
        from = amp + 1;
        // Looked for among the next 33 bytes only: a search to the end of
        // the text from every `&` would make a page of them quadratic.
        let Some(len) = text.as_bytes()[amp + 1..]
            .iter()
            .take(33)
            .position(|&b| b == b';')
            .filter(|&n| (1..=32).contains(&n))
        else {
            continue;
        };
        let name = &text[amp + 1..amp + 1 + len];
        if let Some(c) = decode_ref(name) {
            let at = Span::new(amp, amp + len + 2).shift(span.start);
            prose.write(source, at, c.encode_utf8(&mut [0; 4]));
            from = amp + len + 2;
        }
    }
}

/// What `&name;` stands for: a numeric reference or one of [`NAMED_REFS`].
fn decode_ref(name: &str) -> Option<char> {
    let code = if let Some(hex) = name.strip_prefix("#x").or_else(|| name.strip_prefix("#X")) {
        u32::from_str_radix(hex, 16).ok()?
    } else if let Some(decimal) = name.strip_prefix('#') {
        decimal.parse().ok()?
    } else {
        return NAMED_REFS.iter().find(|(n, _)| *n == name).map(|&(_, c)| c);
    };
    // NUL and control characters would read as noise, not text.
    char::from_u32(code).filter(|c| !c.is_control())
}

fn find(bytes: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    bytes
        .get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|i| from + i)
}

fn find_ignore_case(bytes: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    bytes
        .get(from..)?
        .windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle))
        .map(|i| from + i)
}
