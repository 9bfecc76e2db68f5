//! Reading a rule file: YAML → [`RuleSet`], with every error located.
//!
//! The YAML is parsed once into a tree of located nodes (`yaml`), then
//! validated here key by key. Validation never stops at the first problem:
//! every error of the file is collected, each pointing at its node.

use std::collections::HashMap;

use super::fold;
use super::yaml::{self, Node, Value};
use super::{
    ClaimRule, Entity, Example, Exception, Figure, Leader, Located, Model, Pattern, Person, Role,
    RuleSet,
};
use crate::code::{Code, Level};
use crate::grammar::date::FactDate;
use crate::grammar::number::{Tolerance, parse_quantity, parse_tolerance};
use crate::span::Span;

/// The largest compiled regular expression a pattern may make.
pub const MAX_PATTERN_BYTES: usize = 1 << 20;

/// The compiled size all the patterns of a rule file may take together.
/// Each pattern is compiled under the smallest of a few limits it fits
/// (16 KB, 128 KB, [`MAX_PATTERN_BYTES`]) and counted at that limit, so a
/// rule file of thousands of short patterns loads, while 8 MiB of
/// `\pL{10}` (each about 600 KB compiled) no longer takes all memory, and
/// at most 64 patterns can each take the time of compiling up to the
/// largest limit.
pub const MAX_PATTERNS_BYTES: usize = 64 << 20;

/// How many code points the case-insensitive classes of a rule file's
/// patterns may span together, bounded from their syntax before they are
/// compiled (see `fold`): the regex crate visits each of them to fold its
/// case, about 10 ms for a class of every character (`[\s\S]`,
/// `\p{Any}`, `[a[^b]]`). This allows 30 such classes, or 9,000 uses of
/// `\pL` (3,740 code points each), where 3 KB of `[a[^b]]` took seconds.
pub const MAX_FOLDED_CODE_POINTS: u64 = 32 << 20;

/// The limits a pattern is tried under, smallest first.
const PATTERN_LIMITS: [usize; 3] = [16 << 10, 128 << 10, MAX_PATTERN_BYTES];

/// The longest name (a name, an alias, a misspelling, a distinct name) in
/// words and in bytes. Every capitalized word of an article starts a search
/// for runs up to the longest name, so this bounds the cost per word.
pub const MAX_NAME_WORDS: usize = 16;
pub const MAX_NAME_BYTES: usize = 256;

/// One problem in a rule file, located in its text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RuleError {
    pub span: Span,
    pub message: String,
    /// How to fix it, when claimlint can tell (`did you mean `aliases`?`).
    pub help: Option<String>,
}

/// Loads and validates the rule file `path` whose text is `source`. Returns
/// every error found, not just the first.
pub fn load(path: &str, source: &str) -> Result<RuleSet, Vec<RuleError>> {
    let root = match yaml::parse(source) {
        Ok(root) => root,
        Err(e) => {
            let help = if e.message.contains("budget") || e.message.contains("limit") {
                "the rule file goes beyond claimlint's limits on aliases, nesting or size; write the facts out plainly"
            } else {
                "fix the YAML syntax; every rule file is one YAML mapping"
            };
            return Err(vec![RuleError {
                span: e.span,
                message: format!("this is not valid YAML: {}", e.message),
                help: Some(help.into()),
            }]);
        }
    };
    let mut reader = Reader::new(source);
    let mut rules = RuleSet::empty("");
    rules.path = path.to_string();
    rules.source = source.to_string();
    reader.rule_set(&root, &mut rules);
    let errors = reader.into_errors();
    if errors.is_empty() {
        Ok(rules)
    } else {
        Err(errors)
    }
}

const TOP_KEYS: &[&str] = &[
    "story",
    "title",
    "subject",
    "applies-to",
    "date",
    "sources",
    "leader",
    "people",
    "models",
    "names",
    "numbers",
    "claims",
    "distinct",
    "severity",
    "exceptions",
    "tests",
];
const ENTITY_KEYS: &[&str] = &["name", "aliases"];
const PERSON_KEYS: &[&str] = &["name", "aliases", "title", "of", "roles"];
const ROLE_KEYS: &[&str] = &["title", "of", "since", "until"];
const MODEL_KEYS: &[&str] = &["name", "aliases", "family", "misspellings"];
const NUMBER_KEYS: &[&str] = &["name", "value", "match", "tolerance"];
const CLAIM_KEYS: &[&str] = &["id", "statement", "supports", "contradicts"];
const EXCEPTION_KEYS: &[&str] = &["path", "code", "text"];
const TEST_KEYS: &[&str] = &["text", "expect"];

/// A person, with the `title` and `of` of their shorthand role.
type PersonEntry = (Person, Option<Located<String>>, Option<Located<String>>);

/// Reads a YAML tree and collects located errors; the project
/// configuration is read with it too.
pub(crate) struct Reader<'s> {
    source: &'s str,
    errors: Vec<RuleError>,
    /// Lower-cased declared names and aliases → where first declared.
    declared: HashMap<String, Span>,
    /// The rule file's lines, indexed the first time an error names one
    /// (counting newlines per error made many duplicates quadratic).
    lines: std::cell::OnceCell<crate::span::LineIndex>,
    /// The compiled size the patterns so far are counted at; past
    /// [`MAX_PATTERNS_BYTES`] no more are compiled.
    patterns_bytes: usize,
    /// Whether the patterns' budget has been reported exceeded.
    patterns_over: bool,
    /// The code points the patterns' classes span so far, against
    /// [`MAX_FOLDED_CODE_POINTS`].
    folded: u64,
}

impl<'s> Reader<'s> {
    pub(crate) fn new(source: &'s str) -> Reader<'s> {
        Reader {
            source,
            errors: Vec::new(),
            declared: HashMap::new(),
            lines: std::cell::OnceCell::new(),
            patterns_bytes: 0,
            patterns_over: false,
            folded: 0,
        }
    }

    /// Every error found, in the order of the file.
    pub(crate) fn into_errors(mut self) -> Vec<RuleError> {
        self.errors.sort_by_key(|e| (e.span.start, e.span.end));
        self.errors
    }

    pub(crate) fn error(
        &mut self,
        span: Span,
        message: impl Into<String>,
        help: impl Into<Option<String>>,
    ) {
        self.errors.push(RuleError {
            span,
            message: message.into(),
            help: help.into(),
        });
    }

    fn line_of(&self, span: Span) -> usize {
        let lines = self
            .lines
            .get_or_init(|| crate::span::LineIndex::new(self.source));
        lines.index_of(span.start.min(self.source.len())) + 1
    }

    /// The entries of a mapping whose keys must be in `known`; reports
    /// unknown keys (with a suggestion) and non-string keys.
    pub(crate) fn mapping<'n>(
        &mut self,
        node: &'n Node,
        known: &[&str],
        what: &str,
    ) -> Vec<(&'n str, &'n Node)> {
        let Value::Map(entries) = &node.value else {
            self.error(
                node.span,
                format!("{what} must be a mapping, not {}", node.kind()),
                None,
            );
            return Vec::new();
        };
        let mut out = Vec::new();
        let mut seen: HashMap<&str, Span> = HashMap::new();
        for (key, value) in entries {
            let Value::Str(name) = &key.value else {
                self.error(key.span, format!("keys of {what} must be strings"), None);
                continue;
            };
            if !known.contains(&name.as_str()) {
                let help = suggest(name, known)
                    .map(|s| format!("did you mean `{s}`?"))
                    .unwrap_or_else(|| format!("the keys of {what} are: {}", known.join(", ")));
                self.error(key.span, format!("unknown key `{name}` in {what}"), help);
                continue;
            }
            if let Some(first) = seen.insert(name.as_str(), key.span) {
                let line = self.line_of(first);
                self.error(
                    key.span,
                    format!("`{name}` is set twice in {what}"),
                    format!("it is first set on line {line}; keep one"),
                );
                continue;
            }
            out.push((name.as_str(), value));
        }
        out
    }

    /// A non-empty string (numbers and booleans are read as written).
    fn string(&mut self, node: &Node, what: &str) -> Option<Located<String>> {
        let text = match &node.value {
            Value::Str(s) => s.trim().to_string(),
            Value::Scalar(text) => text.clone(),
            _ => {
                self.error(
                    node.span,
                    format!("{what} must be a string, not {}", node.kind()),
                    None,
                );
                return None;
            }
        };
        if text.is_empty() {
            self.error(
                node.span,
                format!("{what} is empty"),
                Some("write it, or remove the entry".into()),
            );
            return None;
        }
        Some(Located::new(text, node.span))
    }

    /// A string or a list of strings.
    fn strings(&mut self, node: &Node, what: &str) -> Vec<Located<String>> {
        match &node.value {
            Value::Seq(items) => items.iter().filter_map(|i| self.string(i, what)).collect(),
            Value::Null => Vec::new(),
            _ => self.string(node, what).into_iter().collect(),
        }
    }

    fn list<'n>(&mut self, node: &'n Node, what: &str) -> &'n [Node] {
        match &node.value {
            Value::Seq(items) => items,
            Value::Null => &[],
            _ => {
                self.error(
                    node.span,
                    format!("{what} must be a list, not {}", node.kind()),
                    None,
                );
                &[]
            }
        }
    }

    /// Records a declared name or alias; a second declaration is an error.
    fn declare(&mut self, name: &Located<String>) {
        self.name_size(name);
        let key = name.value.to_lowercase();
        if let Some(&first) = self.declared.get(&key) {
            let line = self.line_of(first);
            self.error(
                name.span,
                format!("`{}` is declared twice", name.value),
                format!("it is first declared on line {line}; keep one declaration"),
            );
        } else {
            self.declared.insert(key, name.span);
        }
    }

    /// A string that is matched in articles like a name (a subject, a
    /// title, an organization), within the names' limits.
    fn name_string(&mut self, node: &Node, what: &str) -> Option<Located<String>> {
        let text = self.string(node, what)?;
        self.name_size(&text);
        Some(text)
    }

    /// Refuses a name longer than [`MAX_NAME_WORDS`] or [`MAX_NAME_BYTES`].
    fn name_size(&mut self, name: &Located<String>) {
        let words = name.value.split_whitespace().count();
        if words <= MAX_NAME_WORDS && name.value.len() <= MAX_NAME_BYTES {
            return;
        }
        // Line breaks in a quoted name would break the message's line.
        let mut shown: String = name
            .value
            .chars()
            .take(40)
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect();
        if name.value.chars().nth(40).is_some() {
            shown.push('…');
        }
        self.error(
            name.span,
            format!(
                "`{shown}` is too long ({words} word{}, {} bytes); names, titles and organizations are limited to {MAX_NAME_WORDS} words and {MAX_NAME_BYTES} bytes",
                if words == 1 { "" } else { "s" },
                name.value.len()
            ),
            Some("write the name as articles write it; a longer statement belongs under `claims:`".into()),
        );
    }

    fn date(&mut self, node: &Node, what: &str) -> Option<Located<FactDate>> {
        let text = self.string(node, what)?;
        match FactDate::parse_iso(&text.value) {
            Some(date) => Some(Located::new(date, text.span)),
            None => {
                self.error(
                    text.span,
                    format!("`{}` is not a valid date", text.value),
                    Some(
                        "write an ISO 8601 day, month or year: 2026-04-06, 2025-06 or 2025".into(),
                    ),
                );
                None
            }
        }
    }

    fn rule_set(&mut self, root: &Node, rules: &mut RuleSet) {
        if let Value::Null = root.value {
            self.error(
                Span::new(0, 0),
                "the rule file is empty",
                Some("start with `story: <id>`".to_string()),
            );
            return;
        }
        let entries = self.mapping(root, TOP_KEYS, "a rule file");
        if !matches!(root.value, Value::Map(_)) {
            return;
        }
        let mut story = None;
        let mut leader_node = None;
        for &(key, value) in &entries {
            match key {
                "story" => story = self.string(value, "`story`"),
                "title" => rules.title = self.string(value, "`title`"),
                "subject" => rules.subject = self.name_string(value, "`subject`"),
                "applies-to" => {
                    for glob in self.strings(value, "an `applies-to` glob") {
                        if let Err(e) = globset::Glob::new(&glob.value) {
                            self.error(glob.span, format!("invalid glob: {}", e.kind()), None);
                        } else {
                            rules.applies_to.push(glob);
                        }
                    }
                }
                "date" => rules.date = self.date(value, "`date`"),
                "sources" => rules.sources = self.entities(value, "`sources`", "a source"),
                "leader" => leader_node = Some(value),
                "people" => {
                    for item in self.list(value, "`people`") {
                        if let Some((mut person, title, of)) = self.person(item, "a person") {
                            // `title` + `of`: shorthand for one current role.
                            if let Some(title) = title {
                                person.roles.insert(
                                    0,
                                    Role {
                                        title: title.value,
                                        of: of.map(|o| o.value),
                                        since: None,
                                        until: None,
                                        span: title.span,
                                    },
                                );
                            }
                            rules.people.push(person);
                        }
                    }
                }
                "models" => {
                    for item in self.list(value, "`models`") {
                        if let Some(m) = self.model(item) {
                            rules.models.push(m);
                        }
                    }
                }
                "names" => rules.names = self.entities(value, "`names`", "a name"),
                "numbers" => {
                    for item in self.list(value, "`numbers`") {
                        if let Some(f) = self.figure(item) {
                            rules.numbers.push(f);
                        }
                    }
                }
                "claims" => {
                    for item in self.list(value, "`claims`") {
                        if let Some(c) = self.claim(item) {
                            rules.claims.push(c);
                        }
                    }
                }
                "distinct" => {
                    let distinct = self.strings(value, "a distinct name");
                    distinct.iter().for_each(|d| self.name_size(d));
                    rules.distinct = distinct;
                }
                "severity" => {
                    let severity = self.severity(value);
                    rules.severity.extend(severity);
                }
                "exceptions" => {
                    for item in self.list(value, "`exceptions`") {
                        if let Some(e) = self.exception(item) {
                            rules.exceptions.push(e);
                        }
                    }
                }
                "tests" => {
                    for item in self.list(value, "`tests`") {
                        if let Some(t) = self.example(item) {
                            rules.tests.push(t);
                        }
                    }
                }
                _ => {}
            }
        }
        // Leaders last: their `of` defaults to the subject.
        if let Some(node) = leader_node {
            let items: Vec<&Node> = match &node.value {
                Value::Seq(items) => items.iter().collect(),
                _ => vec![node],
            };
            for item in items {
                if let Some(leader) = self.leader(item, rules.subject.as_ref()) {
                    rules.leaders.push(leader);
                }
            }
        }
        match story {
            Some(story) => rules.story = story,
            None => {
                if !self.errors.iter().any(|e| e.message.contains("`story`")) {
                    self.error(
                        Span::new(0, 0),
                        "the rule file has no `story`",
                        Some("add `story: <id>`, a unique id for the story".to_string()),
                    );
                }
            }
        }
    }

    fn entities(&mut self, node: &Node, key: &str, what: &str) -> Vec<Entity> {
        let mut out = Vec::new();
        let items = self.list(node, key).to_vec();
        for item in &items {
            if let Value::Map(_) = item.value {
                let mut name = None;
                let mut named = false;
                let mut aliases = Vec::new();
                for (key, value) in self.mapping(item, ENTITY_KEYS, what) {
                    match key {
                        "name" => {
                            named = true;
                            name = self.string(value, "`name`");
                        }
                        "aliases" => aliases = self.strings(value, "an alias"),
                        _ => {}
                    }
                }
                let Some(name) = name else {
                    if !named {
                        self.missing(item, "name", what);
                    }
                    continue;
                };
                self.declare(&name);
                aliases.iter().for_each(|a| self.declare(a));
                out.push(Entity { name, aliases });
            } else if let Some(name) = self.string(item, what) {
                self.declare(&name);
                out.push(Entity {
                    name,
                    aliases: Vec::new(),
                });
            }
        }
        out
    }

    fn missing(&mut self, node: &Node, key: &str, what: &str) {
        self.error(
            Span::new(node.span.start, node.span.start),
            format!("{what} needs a `{key}`"),
            Some(format!("add `{key}:`")),
        );
    }

    /// A person, and the raw `of` of their shorthand role (for leaders).
    fn person(&mut self, node: &Node, what: &str) -> Option<PersonEntry> {
        let mut name = None;
        let mut aliases = Vec::new();
        let mut title = None;
        let mut of = None;
        let mut roles = Vec::new();
        if !matches!(node.value, Value::Map(_)) {
            let name = self.string(node, what)?;
            self.declare(&name);
            return Some((
                Person {
                    name,
                    aliases,
                    roles,
                },
                None,
                None,
            ));
        }
        for (key, value) in self.mapping(node, PERSON_KEYS, what) {
            match key {
                "name" => name = self.string(value, "`name`"),
                "aliases" => aliases = self.strings(value, "an alias"),
                "title" => title = self.name_string(value, "`title`"),
                "of" => of = self.name_string(value, "`of`"),
                "roles" => {
                    for item in self.list(value, "`roles`") {
                        if let Some(role) = self.role(item) {
                            roles.push(role);
                        }
                    }
                }
                _ => {}
            }
        }
        let Some(name) = name else {
            self.missing(node, "name", what);
            return None;
        };
        self.declare(&name);
        aliases.iter().for_each(|a| self.declare(a));
        Some((
            Person {
                name,
                aliases,
                roles,
            },
            title,
            of,
        ))
    }

    fn role(&mut self, node: &Node) -> Option<Role> {
        let mut title = None;
        let mut of = None;
        let mut since = None;
        let mut until = None;
        for (key, value) in self.mapping(node, ROLE_KEYS, "a role") {
            match key {
                "title" => title = self.name_string(value, "`title`"),
                "of" => of = self.name_string(value, "`of`"),
                "since" => since = self.date(value, "`since`"),
                "until" => until = self.date(value, "`until`"),
                _ => {}
            }
        }
        let Some(title) = title else {
            if matches!(node.value, Value::Map(_)) {
                self.missing(node, "title", "a role");
            }
            return None;
        };
        Some(Role {
            title: title.value,
            of: of.map(|o| o.value),
            since: since.map(|d| d.value),
            until: until.map(|d| d.value),
            span: node.span,
        })
    }

    fn leader(&mut self, node: &Node, subject: Option<&Located<String>>) -> Option<Leader> {
        let (mut person, title, of) = self.person(node, "the leader")?;
        let of = match of.or_else(|| subject.cloned()) {
            Some(of) => of,
            None => {
                self.error(
                    person.name.span,
                    "the leader leads nothing: give the leader an `of`, or the rule file a `subject`",
                    None,
                );
                return None;
            }
        };
        let title = title.map_or_else(|| "leader".to_string(), |t| t.value);
        person.roles.insert(
            0,
            Role {
                title,
                of: Some(of.value.clone()),
                since: None,
                until: None,
                span: node.span,
            },
        );
        Some(Leader { person, of })
    }

    fn model(&mut self, node: &Node) -> Option<Model> {
        if !matches!(node.value, Value::Map(_)) {
            let name = self.string(node, "a model")?;
            self.declare(&name);
            return Some(Model {
                name,
                aliases: Vec::new(),
                family: None,
                misspellings: Vec::new(),
            });
        }
        let mut name = None;
        let mut aliases = Vec::new();
        let mut family = None;
        let mut misspellings = Vec::new();
        for (key, value) in self.mapping(node, MODEL_KEYS, "a model") {
            match key {
                "name" => name = self.string(value, "`name`"),
                "aliases" => aliases = self.strings(value, "an alias"),
                "family" => family = self.string(value, "`family`"),
                "misspellings" => misspellings = self.strings(value, "a misspelling"),
                _ => {}
            }
        }
        let Some(name) = name else {
            self.missing(node, "name", "a model");
            return None;
        };
        self.declare(&name);
        aliases.iter().for_each(|a| self.declare(a));
        for wrong in &misspellings {
            self.name_size(wrong);
            if wrong.value == name.value {
                self.error(
                    wrong.span,
                    format!("`{}` is listed as a misspelling of itself", wrong.value),
                    Some("remove it from `misspellings`".to_string()),
                );
            }
        }
        Some(Model {
            name,
            aliases,
            family,
            misspellings,
        })
    }

    fn figure(&mut self, node: &Node) -> Option<Figure> {
        let mut name = None;
        let mut value = None;
        let mut valued = false;
        let mut matches = Vec::new();
        let mut tolerance = Tolerance::Exact;
        for (key, v) in self.mapping(node, NUMBER_KEYS, "a figure") {
            match key {
                "name" => name = self.string(v, "`name`"),
                "value" => {
                    valued = true;
                    let Some(text) = self.string(v, "`value`") else {
                        continue;
                    };
                    match parse_quantity(&text.value) {
                        Some(q) => value = Some(Located::new(q, text.span)),
                        None => self.error(
                            text.span,
                            format!("`{}` is not a figure claimlint can read", text.value),
                            Some(
                                "write a number with an optional scale word, currency or percent: 3.96 billion, $14.3 billion, 14.3%"
                                    .to_string(),
                            ),
                        ),
                    }
                }
                "match" => {
                    matches = self
                        .strings(v, "a `match` phrase")
                        .into_iter()
                        .map(|m| Located::new(m.value.to_lowercase(), m.span))
                        .collect();
                }
                "tolerance" => {
                    let Some(text) = self.string(v, "`tolerance`") else {
                        continue;
                    };
                    match parse_tolerance(&text.value) {
                        Some(t) => tolerance = t,
                        None => self.error(
                            text.span,
                            format!("`{}` is not a tolerance", text.value),
                            Some(
                                "write a percentage (0.5%) or an absolute amount (1000)"
                                    .to_string(),
                            ),
                        ),
                    }
                }
                _ => {}
            }
        }
        if !matches!(node.value, Value::Map(_)) {
            return None;
        }
        let Some(value) = value else {
            if !valued {
                self.missing(node, "value", "a figure");
            }
            return None;
        };
        if matches.is_empty() {
            self.missing(node, "match", "a figure");
            return None;
        }
        let name = name.unwrap_or_else(|| Located::new(matches[0].value.clone(), matches[0].span));
        Some(Figure {
            name,
            value,
            matches,
            tolerance,
        })
    }

    fn pattern(&mut self, node: &Node) -> Option<Pattern> {
        let text = self.string(node, "a pattern")?;
        let left = MAX_PATTERNS_BYTES.saturating_sub(self.patterns_bytes);
        if left == 0 {
            // The rest are neither compiled nor reported.
            self.patterns_over_budget(text.span);
            return None;
        }
        let folds_left = MAX_FOLDED_CODE_POINTS - self.folded;
        if let Some(cost) = fold::cost(&text.value, folds_left) {
            if cost > folds_left {
                self.folds_over_budget(text.span);
                return None;
            }
            self.folded += cost;
        }
        let mut built = None;
        for limit in PATTERN_LIMITS.map(|l| l.min(left)) {
            let result = regex::RegexBuilder::new(&text.value)
                .case_insensitive(true)
                .size_limit(limit)
                // The lazy DFA's cache grows while matching, up to this,
                // whatever the compiled size: as before, so that matching
                // stays fast.
                .dfa_size_limit(MAX_PATTERN_BYTES)
                .build();
            let too_big = matches!(result, Err(regex::Error::CompiledTooBig(_)));
            if too_big && limit < MAX_PATTERN_BYTES && limit < left {
                continue;
            }
            if result.is_ok() || too_big {
                self.patterns_bytes += limit;
            }
            if too_big && limit < MAX_PATTERN_BYTES {
                self.patterns_over_budget(text.span);
                return None;
            }
            built = Some(result);
            break;
        }
        match built? {
            Ok(regex) => Some(Pattern {
                regex,
                span: text.span,
            }),
            Err(e) => {
                let message = e.to_string();
                let detail = message.lines().last().unwrap_or(&message).trim();
                let detail = detail.strip_prefix("error: ").unwrap_or(detail);
                let help = if matches!(e, regex::Error::CompiledTooBig(_)) {
                    format!(
                        "simplify the pattern: a compiled pattern is limited to {} KB",
                        MAX_PATTERN_BYTES / 1024
                    )
                } else {
                    "patterns use the regex crate's syntax (https://docs.rs/regex)".to_string()
                };
                self.error(
                    text.span,
                    format!("invalid regular expression: {detail}"),
                    help,
                );
                None
            }
        }
    }

    fn folds_over_budget(&mut self, span: Span) {
        self.over_budget(
            span,
            format!(
                "the rule file's patterns have classes of more than {} million characters together",
                MAX_FOLDED_CODE_POINTS / 1_000_000
            ),
            "patterns are case-insensitive, and each class costs time in proportion to the \
             characters it spans: use fewer classes of nearly every character (such as \
             [\\s\\S], \\p{Any} or a negated class inside another)",
        );
    }

    fn patterns_over_budget(&mut self, span: Span) {
        self.over_budget(
            span,
            format!(
                "the rule file's patterns compile to more than {} MB together",
                MAX_PATTERNS_BYTES >> 20
            ),
            "use fewer or simpler patterns (classes of every letter such as \\w or \\pL, \
             repeated many times, compile largest)",
        );
    }

    /// Reports the first pattern past either budget of patterns, once.
    fn over_budget(&mut self, span: Span, message: String, help: &str) {
        if !self.patterns_over {
            self.patterns_over = true;
            self.error(span, message, help.to_string());
        }
    }

    fn patterns(&mut self, node: &Node) -> Vec<Pattern> {
        match &node.value {
            Value::Seq(items) => items.iter().filter_map(|i| self.pattern(i)).collect(),
            Value::Null => Vec::new(),
            _ => self.pattern(node).into_iter().collect(),
        }
    }

    fn claim(&mut self, node: &Node) -> Option<ClaimRule> {
        let mut id = None;
        let mut statement = String::new();
        let mut supports = Vec::new();
        let mut contradicts = Vec::new();
        for (key, value) in self.mapping(node, CLAIM_KEYS, "a claim") {
            match key {
                "id" => id = self.string(value, "`id`"),
                "statement" => {
                    statement = self
                        .string(value, "`statement`")
                        .map(|s| s.value)
                        .unwrap_or_default();
                }
                "supports" => supports = self.patterns(value),
                "contradicts" => contradicts = self.patterns(value),
                _ => {}
            }
        }
        if !matches!(node.value, Value::Map(_)) {
            return None;
        }
        let Some(id) = id else {
            self.missing(node, "id", "a claim");
            return None;
        };
        Some(ClaimRule {
            id,
            statement,
            supports,
            contradicts,
        })
    }

    fn code(&mut self, node: &Node) -> Option<Code> {
        let text = self.string(node, "a finding code")?;
        match text.value.parse::<Code>() {
            Ok(code) => Some(code),
            Err(e) => {
                let names: Vec<&str> = Code::ALL.iter().map(|c| c.as_str()).collect();
                let help = suggest(&text.value, &names)
                    .map(|s| format!("did you mean `{s}`?"))
                    .unwrap_or_else(|| "`claimlint explain all` lists every code".to_string());
                self.error(text.span, e.to_string(), help);
                None
            }
        }
    }

    /// A `severity:` mapping of finding codes to levels.
    pub(crate) fn severity(&mut self, node: &Node) -> Vec<(Code, Level)> {
        let Value::Map(entries) = &node.value else {
            self.error(
                node.span,
                format!(
                    "`severity` must be a mapping of code: level, not {}",
                    node.kind()
                ),
                None,
            );
            return Vec::new();
        };
        let mut severity = Vec::new();
        for (key, value) in entries {
            let Some(code) = self.code(key) else { continue };
            let Some(level) = self.string(value, "a severity") else {
                continue;
            };
            match level.value.parse::<Level>() {
                Ok(level) => severity.push((code, level)),
                Err(()) => self.error(
                    level.span,
                    format!("`{}` is not a severity", level.value),
                    Some("use error, warning, info or off".to_string()),
                ),
            }
        }
        severity
    }

    fn exception(&mut self, node: &Node) -> Option<Exception> {
        let mut path = None;
        let mut code = None;
        let mut text = None;
        let mut ok = true;
        for (key, value) in self.mapping(node, EXCEPTION_KEYS, "an exception") {
            match key {
                "path" => {
                    let Some(glob) = self.string(value, "`path`") else {
                        ok = false;
                        continue;
                    };
                    match globset::Glob::new(&glob.value) {
                        Ok(g) => path = Some(g.compile_matcher()),
                        Err(e) => {
                            ok = false;
                            self.error(glob.span, format!("invalid glob: {}", e.kind()), None);
                        }
                    }
                }
                "code" => {
                    code = self.code(value);
                    ok &= code.is_some();
                }
                "text" => text = self.string(value, "`text`").map(|t| t.value),
                _ => {}
            }
        }
        if !ok || !matches!(node.value, Value::Map(_)) {
            return None;
        }
        let (Some(path), Some(code)) = (path, code) else {
            let absent = if code.is_some() { "path" } else { "code" };
            self.missing(node, absent, "an exception");
            return None;
        };
        Some(Exception {
            path,
            code,
            text,
            span: node.span,
        })
    }

    fn example(&mut self, node: &Node) -> Option<Example> {
        let mut text = None;
        let mut expect = Vec::new();
        let mut ok = true;
        for (key, value) in self.mapping(node, TEST_KEYS, "a test") {
            match key {
                "text" => text = self.string(value, "`text`"),
                "expect" => {
                    let items: Vec<Node> = match &value.value {
                        Value::Seq(items) => items.clone(),
                        Value::Null => Vec::new(),
                        _ => vec![value.clone()],
                    };
                    for item in &items {
                        match self.code(item) {
                            Some(code) => expect.push(code),
                            None => ok = false,
                        }
                    }
                }
                _ => {}
            }
        }
        if !matches!(node.value, Value::Map(_)) {
            return None;
        }
        let Some(text) = text else {
            self.missing(node, "text", "a test");
            return None;
        };
        ok.then_some(Example {
            text: text.value,
            expect,
            span: node.span,
        })
    }
}

/// The known word closest to `word`, when it is close enough to be a typo.
fn suggest<'k>(word: &str, known: &[&'k str]) -> Option<&'k str> {
    known
        .iter()
        .map(|k| (similar::TextDiff::from_chars(*k, word).ratio(), *k))
        .filter(|(r, _)| *r >= 0.7)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, k)| k)
}
