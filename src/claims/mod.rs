//! Stage 3: sentences → typed [`Claim`]s, one extractor per file.
//!
//! Extraction needs the rule set (the lexicon of canonical names is part of
//! what a sentence is read against), prepared once per rule set as a
//! [`Story`]. Claims only say what the text states; judging them against the
//! facts is the `check` stage's work.

pub mod attribution_phrases;
pub mod attributions;
pub mod cues;
pub mod dates;
pub mod figures;
pub mod leadership;
pub mod models;
pub mod names;
pub mod patterns;
pub mod people;
pub mod words;

use serde::Serialize;

use crate::document::Document;
use crate::rules::RuleSet;
use crate::segment::Sentence;
use crate::span::Span;

/// A rule set prepared for extraction: automata and tables built once and
/// shared by every article of the story.
#[derive(Debug)]
pub struct Story<'r> {
    pub rules: &'r RuleSet,
    pub names: names::Lexicon,
    pub models: models::Families,
    pub attributions: attributions::Roster,
    pub patterns: patterns::Matcher,
    /// Title phrases: the built-in table's and the rule file's roles'.
    pub offices: leadership::Offices,
    /// Who may be said to lead each organization.
    pub leaders: leadership::Leaders<'r>,
    pub cues: cues::Cues,
    /// The words of each declared figure, in the rule file's order.
    pub figures: Vec<figures::DeclaredWords>,
    /// The `match` phrases of every declared figure.
    pub phrases: figures::Phrases,
}

impl<'r> Story<'r> {
    pub fn new(rules: &'r RuleSet) -> Self {
        let offices = leadership::Offices::of_rules(rules);
        let cues = cues::Cues::new(&offices);
        Story {
            rules,
            names: names::Lexicon::build(rules),
            models: models::Families::build(rules),
            attributions: attributions::Roster::build(rules),
            patterns: patterns::Matcher::build(rules),
            offices,
            leaders: leadership::Leaders::of_rules(rules),
            cues,
            figures: figures::DeclaredWords::of_rules(rules),
            phrases: figures::Phrases::of_rules(rules),
        }
    }

    /// Whether a declared figure is about this unit noun: its name or a
    /// `match` phrase has it. Such figures are left to the rule-file checks.
    pub fn declares_noun(&self, noun: &str) -> bool {
        let stem = noun.trim_end_matches('s');
        self.figures
            .iter()
            .any(|f| f.texts.iter().any(|text| text.contains(stem)))
    }
}

/// What an extractor sees of one article.
pub struct Context<'a> {
    pub story: &'a Story<'a>,
    pub doc: &'a Document,
    pub sentences: &'a [Sentence],
    /// The article's own date (front matter or dateline), when it states one.
    pub article_date: Option<dates::ArticleDate>,
    /// The tokens of every sentence, read once and shared by the extractors.
    words: words::Tokens<'a>,
    /// Whether the article's date is claimed here (a large article is read
    /// in chunks, and only one of them claims it).
    pub owns_article_date: bool,
    /// The prose from the first sentence to the last, ASCII lower-cased
    /// (every byte offset kept), for the automata that ignore case: made
    /// once, not once per sentence and automaton.
    lower: String,
    /// Where `lower` starts in the prose.
    lower_from: usize,
}

impl<'a> Context<'a> {
    pub fn new(
        story: &'a Story<'a>,
        doc: &'a Document,
        sentences: &'a [Sentence],
        article_date: Option<dates::ArticleDate>,
    ) -> Self {
        let lower_from = sentences.first().map_or(0, |s| s.span.start);
        let lower_to = sentences.last().map_or(0, |s| s.span.end);
        let mut lower = doc
            .prose
            .get(lower_from..lower_to)
            .unwrap_or_default()
            .to_string();
        lower.make_ascii_lowercase();
        Context {
            story,
            doc,
            sentences,
            article_date,
            words: words::Tokens::of_sentences(&doc.prose, sentences, &story.cues),
            owns_article_date: true,
            lower,
            lower_from,
        }
    }

    /// The ASCII lower-cased prose of `span`: a slice of the copy made
    /// once for a span inside the sentences, a new copy for any other.
    pub fn lower_of(&self, span: Span) -> std::borrow::Cow<'_, str> {
        let copied = span
            .start
            .checked_sub(self.lower_from)
            .zip(span.end.checked_sub(self.lower_from))
            .and_then(|(from, to)| self.lower.get(from..to));
        match copied {
            Some(lower) => std::borrow::Cow::Borrowed(lower),
            None => std::borrow::Cow::Owned(self.doc.prose_of(span).to_ascii_lowercase()),
        }
    }

    /// The tokens of sentence `index`.
    pub fn tokens(&self, index: usize) -> &[words::Token<'a>] {
        self.words.of(index)
    }
}

/// One claim a sentence makes.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Claim {
    /// Where the claim is stated (the span a finding about it points at).
    pub span: Span,
    /// Index of the sentence in the article's sentence list.
    pub sentence: usize,
    pub kind: ClaimKind,
}

/// The typed content of a claim.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum ClaimKind {
    Name(names::NameClaim),
    Model(models::ModelClaim),
    Person(people::PersonClaim),
    // The rare, large kinds are boxed: a claim stays small, and an archive
    // holds millions of them.
    Leadership(Box<leadership::LeadershipClaim>),
    Title(Box<leadership::TitleClaim>),
    Date(dates::DateClaim),
    Attribution(attributions::AttributionClaim),
    Figure(Box<figures::FigureClaim>),
    Pattern(patterns::PatternClaim),
}

/// Every claim of one article, in file order.
pub fn extract(story: &Story, doc: &Document, sentences: &[Sentence]) -> Vec<Claim> {
    let cx = Context::new(story, doc, sentences, dates::article_date(doc, sentences));
    extract_in(&cx)
}

/// Every claim of one article, given a prepared context.
pub fn extract_in(cx: &Context) -> Vec<Claim> {
    let mut out = Vec::new();
    names::extract(cx, &mut out);
    models::extract(cx, &mut out);
    people::extract(cx, &mut out);
    leadership::extract(cx, &mut out);
    dates::extract(cx, &mut out);
    attributions::extract(cx, &mut out);
    figures::extract(cx, &mut out);
    patterns::extract(cx, &mut out);
    out.sort_by_key(|c| (c.span.start, c.span.end));
    out
}
