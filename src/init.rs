//! `claimlint init`: a first draft of a rule file, read from articles.
//!
//! The draft runs the same pipeline as `check` against an empty rule set and
//! counts what the articles state: runs of capitalized words (people when
//! they look like given name + surname and their surname recurs,
//! organizations when they recur), the people that leadership statements
//! name, the sources named attributions cite, versioned model names, the
//! articles' own dates and the figures they state. Every value carries a
//! comment with its count and where it was first seen, because a draft is
//! for an editor to correct, not to trust.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use crate::claims::words::{Token, tokens};
use crate::claims::{ClaimKind, Story};
use crate::document::Document;
use crate::rules::RuleSet;
use crate::segment::SentenceKind;
use crate::span::LineIndex;

/// Capitalized words that are not names, beyond those a person's name
/// never holds (`people::NOT_NAMES`), months and weekdays.
const NOT_NAMES: &[&str] = &[
    "What",
    "Why",
    "How",
    "Who",
    "Where",
    "Even",
    "Yet",
    "So",
    "Not",
    "No",
    "Yes",
    "From",
    "To",
    "Of",
    "AI",
    "Source",
    "Date",
    "Published",
    "Updated",
    "Today",
    "Yesterday",
    "Can",
    "Could",
    "Will",
    "Would",
    "Should",
    "Might",
    "Must",
    "Does",
    "Do",
    "Did",
    "Is",
    "Are",
    "Was",
    "Were",
    "Has",
    "Have",
    "Had",
    "Here",
    "There",
    "Then",
    "Now",
    "Also",
    "Still",
];

/// Whether a capitalized word says nothing about names.
fn not_a_name(word: &str) -> bool {
    NOT_NAMES.contains(&word)
        || crate::claims::people::NOT_NAMES.contains(&word)
        || crate::grammar::date::month_named(word)
        || crate::grammar::date::weekday_named(word).is_some()
}

/// Last words that make a run of capitalized words an organization.
const ORG_WORDS: &[&str] = &[
    "AI",
    "Labs",
    "Lab",
    "Inc",
    "Corp",
    "Corporation",
    "Group",
    "Bank",
    "Institute",
    "University",
    "Therapeutics",
    "Pharmaceuticals",
    "Health",
    "Capital",
    "Partners",
    "Holdings",
    "Ltd",
    "LLC",
    "Agency",
    "Commission",
    "Court",
    "Council",
    "Ministry",
    "Club",
    "FC",
    "Media",
    "Technologies",
    "Systems",
    "Research",
];

/// Where a value was first seen, and how often.
#[derive(Default)]
struct Tally {
    count: usize,
    articles: std::collections::BTreeSet<usize>,
    first: Option<(usize, usize)>,
}

impl Tally {
    fn add(&mut self, article: usize, line: usize) {
        self.count += 1;
        self.articles.insert(article);
        self.first.get_or_insert((article, line));
    }
}

#[derive(Default)]
struct Draft {
    people: BTreeMap<String, Tally>,
    surnames: BTreeMap<String, Tally>,
    /// Single capitalized words at the start of a sentence (counted only as
    /// later references to a person).
    initial_words: BTreeMap<String, Tally>,
    orgs: BTreeMap<String, Tally>,
    leaders: BTreeMap<String, Tally>,
    sources: BTreeMap<String, Tally>,
    models: BTreeMap<String, Tally>,
    dates: BTreeMap<String, Tally>,
    /// The first sentence of each article, and whether it is a headline.
    titles: Vec<(bool, String)>,
}

/// Drafts a rule file (YAML with comments) from `docs`.
pub fn draft(docs: &[Document]) -> String {
    let empty = RuleSet::empty("draft");
    let story = Story::new(&empty);
    let mut d = Draft::default();
    let model = regex::Regex::new(r"\b([A-Z][A-Za-z]{2,})[ -]?(\d{1,2}(?:\.\d+)?)\b")
        .expect("a fixed pattern");
    for (a, doc) in docs.iter().enumerate() {
        let lines = LineIndex::new(doc.source());
        let line = |offset: usize| lines.line_col(doc.source(), offset).0;
        let checked = crate::check_document(&story, doc);
        if let Some(s) = checked.sentences.first() {
            let headline = s.kind != SentenceKind::Prose;
            d.titles
                .push((headline, doc.text_of(s.span).trim().to_string()));
        }
        for s in &checked.sentences {
            if s.kind != SentenceKind::Prose {
                continue;
            }
            let toks = tokens(&doc.prose, s.span);
            for run in capitalized_runs(&toks) {
                let text = join(run);
                if !fits(&text) {
                    continue;
                }
                let at = line(run[0].span.start);
                let sentence_start = run[0].span.start == toks[0].span.start;
                if run.len() == 1 && sentence_start && name_like(&run[0]) {
                    d.initial_words.entry(text.clone()).or_default().add(a, at);
                }
                if run.len() == 1 && (sentence_start || !name_like(&run[0])) {
                    // A capitalized first word says nothing; a compound
                    // (`AI-powered`) or an abbreviation (`R&D`) is not a name.
                    continue;
                }
                if looks_like_org(run) {
                    d.orgs.entry(text).or_default().add(a, at);
                } else if run.len() >= 2 && run.len() <= 3 {
                    d.people.entry(text).or_default().add(a, at);
                } else if run.len() == 1 {
                    d.surnames.entry(text).or_default().add(a, at);
                }
            }
            for c in model.captures_iter(s.span.slice(&doc.prose)) {
                let (Some(whole), Some(family)) = (c.get(0), c.get(1)) else {
                    continue;
                };
                if not_a_name(family.as_str()) || !fits(whole.as_str()) {
                    continue;
                }
                d.models
                    .entry(whole.as_str().replace('-', " "))
                    .or_default()
                    .add(a, line(s.span.start + whole.start()));
            }
        }
        for claim in &checked.claims {
            let at = line(claim.span.start);
            match &claim.kind {
                ClaimKind::Leadership(l) => {
                    let name = l
                        .person
                        .full_name
                        .clone()
                        .unwrap_or_else(|| l.person.name.clone());
                    if fits(&name) {
                        d.leaders.entry(name).or_default().add(a, at);
                    }
                }
                ClaimKind::Attribution(at_claim)
                    if !at_claim.anonymous && fits(&at_claim.source) =>
                {
                    d.sources
                        .entry(at_claim.source.clone())
                        .or_default()
                        .add(a, at);
                }
                _ => {}
            }
        }
        if let Some(date) = crate::claims::dates::article_date(doc, &checked.sentences) {
            d.dates
                .entry(date.date.to_string())
                .or_default()
                .add(a, line(date.span.start));
        }
    }
    render(&d, docs)
}

/// Whether the rule-file loader takes `name` (a run of capitalized words in
/// a title-case line can be longer than any name).
fn fits(name: &str) -> bool {
    name.split_whitespace().count() <= crate::rules::MAX_NAME_WORDS
        && name.len() <= crate::rules::MAX_NAME_BYTES
}

/// Maximal runs of capitalized words, not counting a sentence's first word
/// when it is an ordinary word.
fn capitalized_runs<'t>(toks: &'t [Token<'t>]) -> Vec<&'t [Token<'t>]> {
    let mut runs = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let starts = |t: &Token| t.is_capitalized() && !not_a_name(t.stem());
        if !starts(&toks[i]) {
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < toks.len() && starts(&toks[end]) && toks[end - 1].stem() == toks[end - 1].text {
            end += 1;
        }
        runs.push(&toks[i..end]);
        i = end;
    }
    runs
}

/// A word that can be a name on its own: letters (and inner `.`/`’`), with
/// a lower-case letter or at least three capitals, and no hyphenated
/// lower-case part.
fn name_like(t: &Token) -> bool {
    let word = t.stem();
    let letters = word.chars().all(|c| c.is_alphanumeric() || c == '.');
    let lower = word.chars().any(char::is_lowercase);
    let caps = word.chars().filter(|c| c.is_uppercase()).count();
    letters && (lower || caps >= 3)
}

fn looks_like_org(run: &[Token]) -> bool {
    let last = run[run.len() - 1].stem();
    // CamelCase inside one part of a word (`OpenAI`, `WhatsApp`), not a
    // capital after a hyphen (`Mensah-Boateng`).
    let camel = run.iter().any(|t| {
        t.text.split('-').any(|part| {
            part.chars().skip(1).any(char::is_uppercase) && part.chars().any(char::is_lowercase)
        })
    });
    camel || ORG_WORDS.contains(&last)
}

fn join(run: &[Token]) -> String {
    let words: Vec<&str> = run
        .iter()
        .enumerate()
        .map(|(i, t)| if i + 1 == run.len() { t.stem() } else { t.text })
        .collect();
    words.join(" ")
}

/// Whether YAML takes `c` raw in a comment or a quoted scalar of a draft:
/// not a control character (a line break would end the comment; YAML
/// refuses DEL and most C1 controls), not a line or paragraph separator
/// (a line break to YAML 1.1 readers and to editors), not a byte-order mark
/// and not a noncharacter YAML refuses.
fn yaml_raw(c: char) -> bool {
    !(c.is_control()
        || matches!(
            c,
            '\u{2028}' | '\u{2029}' | '\u{feff}' | '\u{fffe}' | '\u{ffff}'
        ))
}

/// Text from the articles (a path) for a comment: a character YAML does
/// not take raw, a line break first, written as its escape (`\u{a}`), so
/// that the comment stays one comment. A tab is kept.
fn comment(text: &str) -> std::borrow::Cow<'_, str> {
    let escaped = |c: char| c != '\t' && !yaml_raw(c);
    if !text.chars().any(escaped) {
        return text.into();
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if escaped(c) {
            let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
        } else {
            out.push(c);
        }
    }
    out.into()
}

/// A YAML scalar: plain when that is unambiguous, else double-quoted
/// (JSON string syntax, which YAML reads the same way, with the characters
/// JSON leaves raw but YAML refuses raw as `\uXXXX` too).
fn q(text: &str) -> String {
    let plain = !text.is_empty()
        && text
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, ' ' | '.' | '-' | '’' | '&'))
        && text.chars().next().is_some_and(char::is_alphabetic)
        && !matches!(
            text.to_ascii_lowercase().as_str(),
            "yes" | "no" | "true" | "false" | "null" | "on" | "off" | "y" | "n"
        );
    if plain {
        text.to_string()
    } else {
        let json = serde_json::to_string(text).unwrap_or_else(|_| "\"\"".to_string());
        let mut quoted = String::with_capacity(json.len());
        for c in json.chars() {
            if yaml_raw(c) {
                quoted.push(c);
            } else {
                // All of them are in the Basic Multilingual Plane.
                let _ = write!(quoted, "\\u{:04x}", u32::from(c));
            }
        }
        quoted
    }
}

fn seen(t: &Tally, docs: &[Document]) -> String {
    let (a, line) = t.first.unwrap_or((0, 1));
    let path = comment(docs.get(a).map_or("?", |d| d.path.as_str()));
    format!(
        "{} mention{} in {} article{}; first {path}:{line}",
        t.count,
        if t.count == 1 { "" } else { "s" },
        t.articles.len(),
        if t.articles.len() == 1 { "" } else { "s" }
    )
}

/// Entries sorted by count (descending), then name.
fn ranked(map: &BTreeMap<String, Tally>) -> Vec<(&String, &Tally)> {
    let mut v: Vec<_> = map.iter().collect();
    v.sort_by(|a, b| b.1.count.cmp(&a.1.count).then(a.0.cmp(b.0)));
    v
}

fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
        if out.len() > 48 {
            break;
        }
    }
    let out = out.trim_end_matches('-').to_string();
    if out.is_empty() {
        "draft-story".to_string()
    } else {
        out
    }
}

fn render(d: &Draft, docs: &[Document]) -> String {
    let mut y = String::new();
    let _ = writeln!(
        y,
        "# Drafted by `claimlint init` from {} article{}.",
        docs.len(),
        if docs.len() == 1 { "" } else { "s" }
    );
    let _ = writeln!(
        y,
        "# Every value was read from the articles: check each one, delete what is"
    );
    let _ = writeln!(
        y,
        "# not a fact of the story, and add what the articles got wrong."
    );
    let title = d
        .titles
        .iter()
        .find(|(headline, _)| *headline)
        .or(d.titles.first())
        .map(|(_, t)| t.clone())
        .unwrap_or_default();
    let short: Vec<&str> = title.split_whitespace().take(6).collect();
    let _ = writeln!(y, "story: {}", q(&slug(&short.join(" "))));
    if !title.is_empty() {
        let _ = writeln!(y, "title: {}", q(&title));
    }
    // People: full names whose surname recurs, or seen more than once.
    // People: named in a statement (a leadership claim, a title, an
    // attribution), or whose surname recurs on its own.
    let orgs_named: Vec<&String> = d.orgs.keys().collect();
    let people: Vec<(&String, usize, &Tally)> = ranked(&d.people)
        .into_iter()
        .filter_map(|(name, t)| {
            let surname = name.rsplit(' ').next().unwrap_or(name);
            let later = d.surnames.get(surname).map_or(0, |s| s.count)
                + d.initial_words.get(surname).map_or(0, |s| s.count);
            let stated =
                d.leaders.contains_key(name.as_str()) || d.sources.contains_key(name.as_str());
            let org_word = name
                .split(' ')
                .any(|w| orgs_named.iter().any(|o| o.as_str() == w))
                || d.surnames
                    .get(name.split(' ').next().unwrap_or(""))
                    .is_some_and(|s| s.count > t.count + 1);
            let recurs = later >= 2 || (later >= 1 && t.count >= 2) || t.articles.len() >= 2;
            ((stated || recurs) && !org_word).then_some((name, later, t))
        })
        .collect();
    let surnames: Vec<&str> = people
        .iter()
        .filter_map(|(n, _, _)| n.rsplit(' ').next())
        .collect();
    let not_people: Vec<(&String, &Tally)> = ranked(&d.people)
        .into_iter()
        .filter(|(n, _)| {
            !people.iter().any(|(p, _, _)| p == n) && !d.leaders.contains_key(n.as_str())
        })
        .collect();
    let mut orgs: Vec<(&String, &Tally)> = ranked(&d.orgs)
        .into_iter()
        .chain(not_people)
        .chain(
            ranked(&d.surnames)
                .into_iter()
                .filter(|(n, _)| !surnames.contains(&n.as_str())),
        )
        .collect();
    orgs.sort_by(|a, b| b.1.count.cmp(&a.1.count).then(a.0.cmp(b.0)));
    let orgs: Vec<(&String, &Tally)> = orgs
        .into_iter()
        .filter(|(_, t)| t.count >= 2 && (docs.len() < 2 || t.articles.len() >= 2 || t.count >= 3))
        .collect();
    if let Some((subject, t)) = orgs.first() {
        let _ = writeln!(
            y,
            "subject: {}  # the most named organization: {}",
            q(subject),
            seen(t, docs)
        );
    }
    if let Some((date, t)) = ranked(&d.dates).first() {
        let _ = writeln!(
            y,
            "date: {date}  # the articles' own date: {}",
            seen(t, docs)
        );
    } else {
        let _ = writeln!(y, "# date: YYYY-MM-DD  # no article states its date");
    }
    // People cited by name are supported as people; sources are the rest.
    let person_words: Vec<&str> = d
        .people
        .keys()
        .chain(d.leaders.keys())
        .flat_map(|n| n.split(' '))
        .collect();
    let sources: Vec<(&String, &Tally)> = ranked(&d.sources)
        .into_iter()
        .filter(|(s, _)| !s.split(' ').all(|w| person_words.contains(&w)))
        .collect();
    if !sources.is_empty() {
        let _ = writeln!(y, "\nsources:  # named in attributions");
        for (s, t) in sources {
            let _ = writeln!(y, "  - {}  # {}", q(s), seen(t, docs));
        }
    }
    let leader = ranked(&d.leaders).into_iter().next();
    if let Some((name, t)) = leader {
        let _ = writeln!(
            y,
            "\nleader:  # named in {} leadership statement{}",
            t.count,
            if t.count == 1 { "" } else { "s" }
        );
        let _ = writeln!(y, "  name: {}  # {}", q(name), seen(t, docs));
        if let Some(surname) = name.rsplit(' ').next().filter(|s| *s != name) {
            let _ = writeln!(y, "  aliases: [{}]", q(surname));
        }
        let _ = writeln!(y, "  # title: …  # what the leader's title is");
    }
    let others: Vec<_> = people
        .iter()
        .filter(|(n, _, _)| leader.is_none_or(|(l, _)| l != *n))
        .collect();
    if !others.is_empty() {
        let _ = writeln!(y, "\npeople:");
        for (name, later, t) in others {
            let _ = writeln!(
                y,
                "  - name: {}  # {}; {later} later by surname",
                q(name),
                seen(t, docs)
            );
            if let Some(surname) = name.rsplit(' ').next().filter(|_| *later > 0) {
                let _ = writeln!(y, "    aliases: [{}]", q(surname));
            }
        }
    }
    // Models: a family named in two articles (one, when there is one).
    let models: Vec<(&String, &Tally)> = ranked(&d.models)
        .into_iter()
        .filter(|(m, t)| {
            let family = m.split(' ').next().unwrap_or(m);
            let family_articles = d
                .models
                .iter()
                .filter(|(other, _)| other.split(' ').next() == Some(family))
                .flat_map(|(_, t)| t.articles.iter())
                .chain(
                    d.orgs
                        .get(family)
                        .into_iter()
                        .flat_map(|t| t.articles.iter()),
                )
                .chain(
                    d.surnames
                        .get(family)
                        .into_iter()
                        .flat_map(|t| t.articles.iter()),
                )
                .collect::<std::collections::BTreeSet<_>>();
            t.count >= 1 && family_articles.len() >= docs.len().min(2)
        })
        .collect();
    if !models.is_empty() {
        let _ = writeln!(y, "\nmodels:  # versioned names");
        for (m, t) in models {
            let family = m.split(' ').next().unwrap_or(m);
            let _ = writeln!(y, "  - name: {}  # {}", q(m), seen(t, docs));
            let _ = writeln!(y, "    family: {}", q(family));
        }
    }
    // A name is declared once: not again under `names` when it is a source,
    // a person or a model family's model.
    let taken: Vec<String> = d
        .sources
        .keys()
        .chain(people.iter().map(|(n, _, _)| *n))
        .chain(leader.iter().map(|(n, _)| *n))
        .chain(people.iter().filter_map(|(n, later, _)| {
            (*later > 0)
                .then(|| n.rsplit(' ').next())
                .flatten()
                .map(|_| *n)
        }))
        .map(|n| n.to_lowercase())
        .collect();
    let aliases: Vec<String> = people
        .iter()
        .map(|(n, _, _)| *n)
        .chain(leader.iter().map(|(n, _)| *n))
        .filter_map(|n| n.rsplit(' ').next().map(str::to_lowercase))
        .collect();
    let names: Vec<_> = orgs
        .iter()
        .skip(1)
        .filter(|(n, _)| {
            let lower = n.to_lowercase();
            !taken.contains(&lower) && !aliases.contains(&lower)
        })
        .collect();
    if !names.is_empty() {
        let _ = writeln!(
            y,
            "\nnames:  # organizations and products named at least twice"
        );
        for (n, t) in names {
            let _ = writeln!(y, "  - {}  # {}", q(n), seen(t, docs));
        }
    }
    y
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Any text from an article, as a quoted value or in a comment,
        /// loads back as itself and keeps the comment one comment.
        #[test]
        fn values_and_comments_load_back(text in "A\\PC{0,20}|A.{0,20}|A[\\x00-\\x7f\\u{80}-\\u{9f}\\u{2028}\\u{feff}\\u{fffe}]{0,20}") {
            let yaml = format!("story: t\ntitle: {}  # {}\n", q(&text), comment(&text));
            let rules = crate::rules::load("t.yaml", &yaml);
            let rules = rules.map_err(|e| format!("{yaml:?}: {e:?}"));
            prop_assert!(rules.is_ok(), "{:?}", rules.err());
            // (The loader trims a value.)
            prop_assert_eq!(rules.unwrap().title.unwrap().value, text.trim());
            prop_assert_eq!(yaml.lines().count(), 2);
        }
    }
}
