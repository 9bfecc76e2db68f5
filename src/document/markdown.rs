//! Markdown (CommonMark with tables, footnotes, strikethrough and task
//! lists), with optional YAML front matter.
//!
//! Only text events are prose: everything pulldown-cmark does not report as
//! text (markup characters, link destinations, code, HTML, front matter)
//! stays blank in the prose view. Autolinks, images' alt text and bare URLs
//! are blanked too. HTML comments are read for claimlint's directives.

use pulldown_cmark::{Event, LinkType, Options, Parser, Tag, TagEnd};

use super::prose::ProseView;
use super::{BlockKind, Document, DocumentError, front_matter};
use crate::span::Span;

const BOM: &str = "\u{feff}";

pub(super) fn build(doc: &mut Document) -> Result<(), DocumentError> {
    // Markdown and HTML keep their source (only plain text is its own
    // prose view).
    let source = doc.source.as_deref().unwrap_or_default();
    let start = if source.starts_with(BOM) {
        BOM.len()
    } else {
        0
    };
    let body_start = match front_matter::read(source, start)? {
        Some(front) => {
            let end = front.span.map_or(start, |s| s.end);
            doc.front_matter = front;
            end
        }
        None => start,
    };
    let mut walk = Walk {
        source,
        prose: ProseView::blank(source),
        blocks: Vec::new(),
        html: Vec::new(),
        containers: Vec::new(),
        hidden: 0,
        links: Vec::new(),
        run: None,
    };
    walk.events(body_start);
    doc.blocks = walk.blocks;
    doc.directives = walk
        .html
        .iter()
        .flat_map(|&span| super::comments(source, span))
        .filter_map(|(span, body)| {
            super::directive(span, body, span.slice(source).ends_with("-->"))
        })
        .collect();
    doc.prose = walk.prose.finish();
    Ok(())
}

/// The state of one pass over the parser's events. Containers are kept on an
/// explicit stack (never by recursion), so nesting depth costs heap, not stack.
struct Walk<'a> {
    source: &'a str,
    prose: ProseView,
    blocks: Vec<super::Block>,
    /// Raw HTML spans (blocks and inline), searched for directives.
    html: Vec<Span>,
    /// The block kind each open container gives the text inside it.
    containers: Vec<Option<BlockKind>>,
    /// How many open elements hide their text (images, autolinks, code).
    hidden: usize,
    /// For each open link, whether it is an autolink (its end event does not say).
    links: Vec<bool>,
    /// The prose run collected for the current block: its span and kind.
    run: Option<(Span, BlockKind)>,
}

impl Walk<'_> {
    fn events(&mut self, body_start: usize) {
        let Some(body) = self.source.get(body_start..) else {
            return;
        };
        let parser = Parser::new_ext(body, options()).into_offset_iter();
        for (event, range) in parser {
            let span = Span::from(range).shift(body_start);
            match event {
                Event::Start(tag) => self.start(&tag),
                Event::End(tag) => self.end(tag),
                Event::Text(text) if self.hidden == 0 => self.text(span, &text),
                Event::Html(_) | Event::InlineHtml(_) => self.push_html(span),
                Event::Rule => self.flush(),
                _ => {}
            }
        }
        self.flush();
    }

    fn start(&mut self, tag: &Tag) {
        match tag {
            Tag::Image { .. } | Tag::CodeBlock(_) | Tag::MetadataBlock(_) => self.hidden += 1,
            Tag::Link { link_type, .. } => {
                // An autolink's text is its URL.
                let is_url = matches!(link_type, LinkType::Autolink | LinkType::Email);
                self.hidden += usize::from(is_url);
                self.links.push(is_url);
            }
            _ => {}
        }
        if let Some(kind) = container(tag) {
            self.flush();
            let inherited = self.containers.last().copied().flatten();
            self.containers.push(kind.or(inherited));
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Image | TagEnd::CodeBlock | TagEnd::MetadataBlock(_) => {
                self.hidden = self.hidden.saturating_sub(1);
            }
            TagEnd::Link => {
                let was_url = self.links.pop().unwrap_or(false);
                self.hidden -= usize::from(was_url && self.hidden > 0);
            }
            _ => {}
        }
        if is_container_end(tag) {
            self.flush();
            self.containers.pop();
        }
    }

    fn text(&mut self, span: Span, text: &str) {
        match self.source.get(span.range()) {
            Some(original) if original == text => self.prose.keep(self.source, span),
            // An entity or escape: the decoded text, padded to the same length.
            Some(_) => self.prose.write(self.source, span, text),
            None => return,
        }
        let kind = self
            .containers
            .last()
            .copied()
            .flatten()
            .unwrap_or(BlockKind::Paragraph);
        match &mut self.run {
            Some((run, _)) => run.end = span.end,
            None => self.run = Some((span, kind)),
        }
    }

    /// Records raw HTML, joining the lines of one HTML block so that a
    /// comment spread over several lines is seen whole.
    fn push_html(&mut self, span: Span) {
        match self.html.last_mut() {
            Some(last) if last.end == span.start => last.end = span.end,
            _ => self.html.push(span),
        }
    }

    fn flush(&mut self) {
        if let Some((span, kind)) = self.run.take()
            && let Some(block) = self.prose.block(span, kind)
        {
            self.blocks.push(block);
        }
    }
}

fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
}

/// Whether `tag` opens a block of its own, and the kind it gives its text
/// (`None`: the kind of the enclosing container, a paragraph at top level).
fn container(tag: &Tag) -> Option<Option<BlockKind>> {
    Some(match tag {
        Tag::Heading { .. } => Some(BlockKind::Heading),
        Tag::Item => Some(BlockKind::ListItem),
        Tag::TableCell | Tag::BlockQuote(_) => Some(BlockKind::Other),
        Tag::Paragraph
        | Tag::CodeBlock(_)
        | Tag::HtmlBlock
        | Tag::List(_)
        | Tag::FootnoteDefinition(_)
        | Tag::Table(_)
        | Tag::TableHead
        | Tag::TableRow
        | Tag::MetadataBlock(_) => None,
        _ => return None,
    })
}

/// Whether `tag` closes an element [`container`] opened.
fn is_container_end(tag: TagEnd) -> bool {
    matches!(
        tag,
        TagEnd::Heading(_)
            | TagEnd::Item
            | TagEnd::TableCell
            | TagEnd::BlockQuote(_)
            | TagEnd::Paragraph
            | TagEnd::CodeBlock
            | TagEnd::HtmlBlock
            | TagEnd::List(_)
            | TagEnd::FootnoteDefinition
            | TagEnd::Table
            | TagEnd::TableHead
            | TagEnd::TableRow
            | TagEnd::MetadataBlock(_)
    )
}
