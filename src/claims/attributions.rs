//! Attributions: who a sentence says its claim comes from.
//!
//! Named attributions ("according to Gizmodo", "Ortiz said", "told Reuters",
//! "Source: Gizmodo") carry the source as written and, when it is one, the
//! declared source, leader or person it refers to. Anonymous attributions
//! ("reportedly", "analysts suggest", "people familiar with the matter")
//! carry the cue. The phrases are data, in `attribution_phrases`.

use std::collections::HashMap;
use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use serde::Serialize;

use super::attribution_phrases as phrases;
use super::cues;
use super::words::{Token, caseless};
use super::{Claim, ClaimKind, Context};
use crate::rules::RuleSet;
use crate::span::Span;

/// An attribution in a sentence.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct AttributionClaim {
    /// The source as written (`a Meta spokesperson`), or the anonymous cue
    /// (`analysts suggest`).
    pub source: String,
    /// The declared source, leader or person it refers to.
    pub resolved: Option<String>,
    pub anonymous: bool,
}

/// The names a claim may be attributed to, prepared once per rule set, and
/// hashed: a phrase is resolved in time that does not grow with the rule
/// file.
#[derive(Debug, Default)]
pub struct Roster {
    /// Lower-cased name or alias → canonical name, in the rule file's order
    /// (the first form a phrase meets wins).
    forms: Vec<(String, String)>,
    /// Each form → its first index in `forms`.
    exact: HashMap<String, usize>,
    /// Each form's words, joined by one space → its first index.
    by_words: HashMap<String, usize>,
    /// The most words of a form.
    longest: usize,
    /// Lower-cased surnames of declared persons → canonical name (the
    /// first person's).
    surnames: HashMap<String, String>,
}

impl Roster {
    pub fn build(rules: &RuleSet) -> Roster {
        let mut roster = Roster::default();
        let mut add = |name: &str, aliases: &mut dyn Iterator<Item = &str>| {
            roster.forms.push((caseless(name), name.to_string()));
            for alias in aliases {
                roster.forms.push((caseless(alias), name.to_string()));
            }
        };
        for source in &rules.sources {
            add(
                &source.name.value,
                &mut source.aliases.iter().map(|a| a.value.as_str()),
            );
        }
        for person in rules.persons() {
            add(
                &person.name.value,
                &mut person.aliases.iter().map(|a| a.value.as_str()),
            );
        }
        for person in rules.persons() {
            let name = &person.name.value;
            if let Some(last) = name
                .split_whitespace()
                .last()
                .filter(|_| name.contains(' '))
            {
                roster
                    .surnames
                    .entry(caseless(last))
                    .or_insert_with(|| name.clone());
            }
        }
        for (i, (form, _)) in roster.forms.iter().enumerate() {
            roster.exact.entry(form.clone()).or_insert(i);
            let words: Vec<&str> = form.split_whitespace().collect();
            if !words.is_empty() {
                roster.longest = roster.longest.max(words.len());
                roster.by_words.entry(words.join(" ")).or_insert(i);
            }
        }
        roster
    }

    /// The declared source a phrase refers to: the phrase itself, the phrase
    /// without its article, a declared name inside it ("a Meta spokesperson"),
    /// or a declared person's surname.
    pub fn resolve(&self, phrase: &str) -> Option<&str> {
        let lower = caseless(phrase.trim());
        let lower = lower
            .strip_suffix("'s")
            .or_else(|| lower.strip_suffix("’s"))
            .unwrap_or(&lower);
        let bare = ["the ", "a ", "an "]
            .iter()
            .find_map(|d| lower.strip_prefix(d))
            .unwrap_or(lower);
        let exact = [lower, bare]
            .iter()
            .filter_map(|k| self.exact.get(*k))
            .min();
        if let Some(&i) = exact {
            return Some(&self.forms[i].1);
        }
        let words: Vec<&str> = bare
            .split(|c: char| c.is_whitespace())
            .map(|w| w.trim_end_matches("'s").trim_end_matches("’s"))
            .collect();
        // The first form whose words occur together in the phrase: every
        // run of the phrase's words, up to the longest form, looked up.
        let mut inside: Option<usize> = None;
        for start in 0..words.len() {
            for end in start + 1..=words.len().min(start + self.longest) {
                if words[end - 1].is_empty() {
                    // Two spaces: no form has an empty word.
                    break;
                }
                if let Some(&i) = self.by_words.get(&words[start..end].join(" ")) {
                    inside = Some(inside.map_or(i, |j| j.min(i)));
                }
            }
        }
        if let Some(i) = inside {
            return Some(&self.forms[i].1);
        }
        match words.as_slice() {
            [one] => self.surnames.get(*one).map(String::as_str),
            _ => None,
        }
    }
}

fn anonymous_phrases() -> &'static AhoCorasick {
    static AUTOMATON: OnceLock<AhoCorasick> = OnceLock::new();
    AUTOMATON.get_or_init(|| {
        // Case-sensitive over the lower-case phrases, run on ASCII
        // lower-cased text: the matches of an ASCII case-insensitive
        // automaton, with a literal prefilter that one cannot have.
        AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .build(
                phrases::ANONYMOUS_PHRASES
                    .iter()
                    .map(|p| p.to_ascii_lowercase()),
            )
            .expect("a few hundred literal phrases always build")
    })
}

pub(crate) fn extract(cx: &Context, out: &mut Vec<Claim>) {
    let roster = &cx.story.attributions;
    for (index, sentence) in cx.sentences.iter().enumerate() {
        let prose = &cx.doc.prose;
        let mut found = Vec::new();
        anonymous_in(
            prose,
            &cx.lower_of(sentence.span),
            sentence.span,
            &mut found,
        );
        let toks = cx.tokens(index);
        let cued = toks.iter().fold(0, |bits, t| bits | t.cue);
        if cued & cues::ANONYMOUS_SUBJECT != 0 {
            anonymous_groups(toks, &mut found);
        }
        if cued & (cues::SPEECH | cues::SOURCE_BEFORE) != 0 || is_label_line(toks) {
            named_in(toks, roster, &mut found);
        }
        // One attribution per span: the first reading wins.
        found.sort_by_key(|(span, _): &(Span, AttributionClaim)| (span.start, span.end));
        found.dedup_by(|a, b| a.0.overlaps(b.0));
        out.extend(found.into_iter().map(|(span, claim)| Claim {
            span,
            sentence: index,
            kind: ClaimKind::Attribution(claim),
        }));
    }
}

fn anonymous(span: Span, cue: &str) -> (Span, AttributionClaim) {
    (
        span,
        AttributionClaim {
            source: cue.to_string(),
            resolved: None,
            anonymous: true,
        },
    )
}

fn is_boundary(text: &str, at: usize) -> bool {
    let before = text[..at].chars().next_back();
    !before.is_some_and(super::words::is_word_char)
}

/// "reportedly", "it is believed", "people familiar with the matter".
/// `lower` is the ASCII lower-cased text of `span`.
fn anonymous_in(prose: &str, lower: &str, span: Span, found: &mut Vec<(Span, AttributionClaim)>) {
    let text = span.slice(prose);
    debug_assert_eq!(lower.len(), text.len());
    for m in anonymous_phrases().find_iter(lower) {
        let after_ok = !text[m.end()..]
            .chars()
            .next()
            .is_some_and(super::words::is_word_char);
        if is_boundary(text, m.start()) && after_ok {
            let at = Span::new(span.start + m.start(), span.start + m.end());
            found.push(anonymous(at, at.slice(prose)));
        }
    }
}

/// "analysts suggest", "Industry analysts see", "experts widely expect".
fn anonymous_groups(toks: &[Token], found: &mut Vec<(Span, AttributionClaim)>) {
    for (i, tok) in toks.iter().enumerate() {
        if !tok.cued(cues::ANONYMOUS_SUBJECT) {
            continue;
        }
        // "Analysts at Morgan Stanley said" names its source: not anonymous.
        if toks
            .get(i + 1)
            .is_some_and(|t| t.is("at") || t.is("from") || t.is("with"))
            && toks.get(i + 2).is_some_and(Token::is_capitalized)
        {
            continue;
        }
        let mut j = i + 1;
        // An adverb or an auxiliary may stand between: "experts widely expect",
        // "critics have argued".
        while toks
            .get(j)
            .is_some_and(|t| t.is_word && (t.text.ends_with("ly") || is_auxiliary(t)))
            && j < i + 3
        {
            j += 1;
        }
        let Some(verb) = toks.get(j) else { continue };
        if phrases::ANONYMOUS_VERBS.iter().any(|v| verb.is(v)) {
            let start = qualifier_start(toks, i);
            found.push(anonymous(
                Span::new(toks[start].span.start, verb.span.end),
                &format!("{} {}", tok.text.to_lowercase(), verb.text.to_lowercase()),
            ));
        }
    }
}

/// Where "Industry analysts" or "Market observers" starts: one qualifying
/// word before the subject, when it is not an article or punctuation.
fn qualifier_start(toks: &[Token], subject: usize) -> usize {
    match subject
        .checked_sub(1)
        .and_then(|p| toks.get(p).map(|t| (p, t)))
    {
        Some((p, t))
            if t.is_word
                && !phrases::DETERMINERS.iter().any(|d| t.is(d))
                && !t.is("and")
                && !t.is("while") =>
        {
            p
        }
        _ => subject,
    }
}

fn is_auxiliary(t: &Token) -> bool {
    [
        "has", "have", "had", "also", "still", "now", "often", "would", "could", "may",
    ]
    .iter()
    .any(|a| t.is(a))
}

/// Verbs that are also ordinary transitive verbs ("Northwind reported a
/// loss", "Tolkien wrote The Hobbit"): attributions only when a clause or a
/// quote follows.
fn needs_clause(t: &Token) -> bool {
    [
        "reported", "reports", "report", "wrote", "writes", "claimed", "claims", "added", "adds",
        "noted", "notes",
    ]
    .iter()
    .any(|v| t.is(v))
}

fn clause_follows(next: Option<&Token>) -> bool {
    match next {
        None => true,
        Some(t) if t.is_word => t.is("that") || t.is("in") || t.is("on"),
        Some(t) => matches!(t.text, "," | ":" | "." | "\"" | "“" | "”" | ";" | "—" | "–"),
    }
}

/// The index after `phrase` (words separated by one space) when it is
/// written at `toks[i..]`.
fn phrase_at(toks: &[Token], i: usize, phrase: &str) -> Option<usize> {
    let mut k = i;
    for word in phrase.split(' ') {
        if !toks.get(k)?.is(word) {
            return None;
        }
        k += 1;
    }
    Some(k)
}

/// "Source: Gizmodo", "Via: Reuters".
fn is_label_line(toks: &[Token]) -> bool {
    matches!(toks, [label, colon, ..]
        if phrases::SOURCE_LABELS.iter().any(|l| label.is(l)) && colon.text == ":")
}

fn named_in(toks: &[Token], roster: &Roster, found: &mut Vec<(Span, AttributionClaim)>) {
    // A source is a name: a phrase with a capital letter, or a declared
    // lower-case alias ("the company"). Other phrases ("the report said")
    // are not attributions to check.
    let mut named = |span: Span, source: String| {
        let resolved = roster.resolve(&source).map(str::to_string);
        if resolved.is_some() || has_name_word(&source) {
            found.push((
                span,
                AttributionClaim {
                    source,
                    resolved,
                    anonymous: false,
                },
            ));
        }
    };
    // "Source: Gizmodo": the sentence is a label and a list of names.
    if let [_, _, rest @ ..] = toks
        && is_label_line(toks)
    {
        for part in rest.split(|t| !t.is_word && matches!(t.text, "," | ";" | "/" | "&")) {
            let part: Vec<&Token> = part.iter().filter(|t| t.is_word).collect();
            if let (Some(first), Some(last)) = (part.first(), part.last()) {
                let span = Span::new(first.span.start, last.span.end);
                named(span, joined(&part));
            }
        }
        return;
    }
    for i in 0..toks.len() {
        // "according to X", "per X", "citing X"
        let before = if toks[i].cued(cues::SOURCE_BEFORE) {
            phrases::PHRASES_BEFORE_SOURCE
        } else {
            &[]
        };
        for phrase in before {
            let Some(start) = phrase_at(toks, i, phrase) else {
                continue;
            };
            if let Some((span, text)) = phrase_after(toks, start) {
                // "according to the report", "per cent": not a source.
                named(span, text);
            }
        }
        let tok = &toks[i];
        if !tok.cued(cues::SPEECH) {
            continue;
        }
        if needs_clause(tok) && !clause_follows(toks.get(i + 1)) {
            continue;
        }
        // "X said", "X, Northwind's chief executive, said", "X has said".
        if let Some((span, text)) = phrase_before(toks, i) {
            named(span, text);
        } else if i > 0 && matches!(toks[i - 1].text, "," | "”" | "\"" | "’") {
            // "…," said Dana Ortiz.
            if let Some((span, text)) = phrase_after(toks, i + 1).filter(|(_, t)| starts_upper(t)) {
                named(span, text);
            }
        }
        // "told Reuters": the outlet is a source too.
        if (tok.is("told") || tok.is("tells"))
            && let Some((span, text)) = phrase_after(toks, i + 1).filter(|(_, t)| starts_upper(t))
        {
            named(span, text);
        }
    }
}

/// Whether a phrase has a capitalised word other than a leading article
/// ("The Financial Times" has; "The report" has not).
fn has_name_word(phrase: &str) -> bool {
    phrase
        .split_whitespace()
        .enumerate()
        .any(|(i, w)| starts_upper(w) && !(i == 0 && ["The", "A", "An"].contains(&w)))
}

fn starts_upper(text: &str) -> bool {
    text.chars().next().is_some_and(char::is_uppercase)
}

fn joined(toks: &[&Token]) -> String {
    toks.iter().map(|t| t.text).collect::<Vec<_>>().join(" ")
}

/// Connectors that may stand inside a name: "Bank of America", "Procter & Gamble".
fn is_connector(t: &Token) -> bool {
    t.is("of") || t.is("de") || t.is("for") || t.is("and") || t.text == "&"
}

/// Nouns of a person speaking for an organisation: "a Meta spokesperson".
fn is_role_noun(t: &Token) -> bool {
    [
        "spokesperson",
        "spokeswoman",
        "spokesman",
        "spokespeople",
        "representative",
        "statement",
        "filing",
        "official",
        "executive",
        "blog",
        "post",
        "report",
    ]
    .iter()
    .any(|r| t.is(r))
}

/// The most tokens a source phrase may have: a name (at most
/// [`crate::rules::MAX_NAME_WORDS`] words) with its article, connectors and
/// a role noun. A longer run of capitalized words is no source, and reading
/// it from every verb of a sentence of them would be quadratic.
const MAX_PHRASE_TOKENS: usize = 2 * crate::rules::MAX_NAME_WORDS;

/// The source phrase starting at `start`: an optional article, capitalised
/// words with connectors, and an optional role noun.
fn phrase_after(toks: &[Token], start: usize) -> Option<(Span, String)> {
    let mut i = start;
    let first = i;
    if toks
        .get(i)
        .is_some_and(|t| t.is("the") || t.is("a") || t.is("an"))
    {
        i += 1;
    }
    let mut last = None;
    while let Some(t) = toks.get(i) {
        if t.is_capitalized() {
            last = Some(i);
        } else if !(is_connector(t)
            && last.is_some()
            && toks.get(i + 1).is_some_and(Token::is_capitalized))
        {
            break;
        }
        if i + 1 - first > MAX_PHRASE_TOKENS {
            return None;
        }
        i += 1;
    }
    if let Some(t) = toks.get(i).filter(|t| is_role_noun(t)) {
        let _ = t;
        last = Some(i);
    }
    let last = last?;
    let span = Span::new(toks[first].span.start, toks[last].span.end);
    let words: Vec<&Token> = toks[first..=last].iter().collect();
    Some((span, joined(&words)))
}

/// The source phrase ending right before the verb at `verb`: capitalised
/// words, skipping an appositive set off by commas and an auxiliary.
fn phrase_before(toks: &[Token], verb: usize) -> Option<(Span, String)> {
    let mut end = verb;
    while end > 0
        && (is_auxiliary(&toks[end - 1])
            || toks[end - 1].text.ends_with("ly") && toks[end - 1].is_word)
    {
        end -= 1;
    }
    if end > 0 && toks[end - 1].text == "," {
        // Skip back over the appositive to the comma that opens it.
        let open = toks[..end - 1].iter().rposition(|t| t.text == ",")?;
        end = open;
    }
    let last = end.checked_sub(1)?;
    let tok = &toks[last];
    // "is said to", "was told": a passive, not a speaker.
    if ["is", "are", "was", "were", "been", "be"]
        .iter()
        .any(|p| tok.is(p))
    {
        return None;
    }
    if phrases::PRONOUNS.iter().any(|p| tok.is(p))
        || phrases::ANONYMOUS_SUBJECTS.iter().any(|s| tok.is(s))
    {
        return None;
    }
    // "the company said", "a Meta spokesperson said".
    let mut first = last;
    if is_role_noun(tok) || !tok.is_capitalized() {
        if !tok.is_word {
            return None;
        }
        while first > 0 && toks[first - 1].is_capitalized() {
            first -= 1;
            if last + 1 - first > MAX_PHRASE_TOKENS {
                return None;
            }
        }
        let article = first > 0
            && (toks[first - 1].is("the") || toks[first - 1].is("a") || toks[first - 1].is("an"));
        if article {
            first -= 1;
        } else if !is_role_noun(tok) {
            // A lower-case word alone ("Helix is said") is no speaker.
            return None;
        }
        let words: Vec<&Token> = toks[first..=last].iter().collect();
        let text = joined(&words);
        return Some((Span::new(toks[first].span.start, tok.span.end), text));
    }
    while first > 0 {
        let prev = &toks[first - 1];
        if prev.is_capitalized() {
            first -= 1;
        } else if is_connector(prev) && first >= 2 && toks[first - 2].is_capitalized() {
            first -= 2;
        } else {
            break;
        }
        if last + 1 - first > MAX_PHRASE_TOKENS {
            return None;
        }
    }
    // A capitalised first word of the sentence that is an ordinary word
    // ("Officials said") is handled as an anonymous group instead.
    if phrases::ANONYMOUS_SUBJECTS
        .iter()
        .any(|s| toks[first].is(s))
    {
        return None;
    }
    if first > 0 && toks[first - 1].is("the") {
        first -= 1;
    }
    let words: Vec<&Token> = toks[first..=last].iter().collect();
    Some((
        Span::new(toks[first].span.start, tok.span.end),
        joined(&words),
    ))
}
