//! Rule files: one story's canonical facts, loaded and validated.
//!
//! [`RuleSet`] is the validated model every check judges against. Every fact
//! keeps the span of its definition in the YAML file, so that a finding can
//! point at the fact it contradicts and a rule-file error at its line.

mod fold;
mod load;
pub(crate) mod yaml;

pub(crate) use load::Reader;
pub use load::{
    MAX_FOLDED_CODE_POINTS, MAX_NAME_BYTES, MAX_NAME_WORDS, MAX_PATTERNS_BYTES, RuleError, load,
};

use regex::Regex;

use crate::code::{Code, Level};
use crate::grammar::date::FactDate;
use crate::grammar::number::{Quantity, Tolerance};
use crate::span::Span;

/// A value with the span of its definition in the rule file.
#[derive(Clone, Debug, PartialEq)]
pub struct Located<T> {
    pub value: T,
    pub span: Span,
}

impl<T> Located<T> {
    pub fn new(value: T, span: Span) -> Self {
        Located { value, span }
    }
}

/// An organization, source or product: a canonical name and its aliases.
#[derive(Clone, Debug, PartialEq)]
pub struct Entity {
    pub name: Located<String>,
    pub aliases: Vec<Located<String>>,
}

/// A role a person holds or held: `CEO of Scale AI until 2025-06`.
#[derive(Clone, Debug, PartialEq)]
pub struct Role {
    pub title: String,
    /// The organization; `None` when the rule file gives none.
    pub of: Option<String>,
    pub since: Option<FactDate>,
    pub until: Option<FactDate>,
    pub span: Span,
}

/// A person the story may name.
#[derive(Clone, Debug, PartialEq)]
pub struct Person {
    pub name: Located<String>,
    pub aliases: Vec<Located<String>>,
    /// Every declared role; for a leader the first is the leadership role
    /// (`title` + `of`, with `of` defaulted to the story's subject).
    pub roles: Vec<Role>,
}

/// A leader: a person and the organization they lead.
#[derive(Clone, Debug, PartialEq)]
pub struct Leader {
    pub person: Person,
    /// Whose leader: the leader's `of`, else the story's subject.
    pub of: Located<String>,
}

/// A canonical model name.
#[derive(Clone, Debug, PartialEq)]
pub struct Model {
    pub name: Located<String>,
    pub aliases: Vec<Located<String>>,
    /// The family (`Llama`): names of this family not declared are unsupported.
    pub family: Option<Located<String>>,
    /// Known wrong forms.
    pub misspellings: Vec<Located<String>>,
}

/// A figure that may be stated.
#[derive(Clone, Debug, PartialEq)]
pub struct Figure {
    pub name: Located<String>,
    pub value: Located<Quantity>,
    /// Phrases that identify this figure in a sentence (lower-cased).
    pub matches: Vec<Located<String>>,
    pub tolerance: Tolerance,
}

/// A compiled pattern with its source text and span.
#[derive(Clone, Debug)]
pub struct Pattern {
    pub regex: Regex,
    pub span: Span,
}

/// A key statement and the patterns that support or contradict it.
#[derive(Clone, Debug)]
pub struct ClaimRule {
    pub id: Located<String>,
    pub statement: String,
    pub supports: Vec<Pattern>,
    pub contradicts: Vec<Pattern>,
}

/// A finding an editor has accepted for some articles.
#[derive(Clone, Debug)]
pub struct Exception {
    pub path: globset::GlobMatcher,
    pub code: Code,
    /// When set, only findings whose found text equals this are excepted.
    pub text: Option<String>,
    pub span: Span,
}

/// An example under `tests:`: a text and the codes it must produce.
#[derive(Clone, Debug, PartialEq)]
pub struct Example {
    pub text: String,
    pub expect: Vec<Code>,
    pub span: Span,
}

/// One story's validated rule file.
#[derive(Clone, Debug)]
pub struct RuleSet {
    /// The rule file's path as given (for diagnostics and `fact.path`).
    pub path: String,
    /// The rule file's text, for diagnostics pointing into it.
    pub source: String,
    pub story: Located<String>,
    pub title: Option<Located<String>>,
    pub subject: Option<Located<String>>,
    pub applies_to: Vec<Located<String>>,
    pub date: Option<Located<FactDate>>,
    pub sources: Vec<Entity>,
    pub leaders: Vec<Leader>,
    pub people: Vec<Person>,
    pub models: Vec<Model>,
    pub names: Vec<Entity>,
    pub numbers: Vec<Figure>,
    pub claims: Vec<ClaimRule>,
    pub distinct: Vec<Located<String>>,
    pub severity: Vec<(Code, Level)>,
    pub exceptions: Vec<Exception>,
    pub tests: Vec<Example>,
}

impl RuleSet {
    /// An empty rule set for `story`, for building rule sets in code.
    pub fn empty(story: &str) -> RuleSet {
        RuleSet {
            path: String::from("<memory>"),
            source: String::new(),
            story: Located::new(story.to_string(), Span::default()),
            title: None,
            subject: None,
            applies_to: Vec::new(),
            date: None,
            sources: Vec::new(),
            leaders: Vec::new(),
            people: Vec::new(),
            models: Vec::new(),
            names: Vec::new(),
            numbers: Vec::new(),
            claims: Vec::new(),
            distinct: Vec::new(),
            severity: Vec::new(),
            exceptions: Vec::new(),
            tests: Vec::new(),
        }
    }

    /// The severity a code has in this rule set (`None`: switched off).
    pub fn level(&self, code: Code) -> Level {
        Level::of(code, &self.severity)
    }

    /// Every person the story names: leaders first, then `people`.
    pub fn persons(&self) -> impl Iterator<Item = &Person> {
        self.leaders.iter().map(|l| &l.person).chain(&self.people)
    }
}
