//! Leadership statements ("led by X", "X runs Y", "under X's leadership")
//! and titles ("Meta CEO X", "X, head of Y").
//!
//! Each statement is resolved to the organization it is about before it is
//! judged: a declared name near the phrase (`OpenAI, led by …`), a generic
//! noun that stands for the story's subject (`the company`) or for the
//! leader's organization (`the lab`), or nothing, in which case the check
//! stays quiet. Statements in a negated sentence ("it is not true that …")
//! are not claims.

use serde::Serialize;

use super::names::EntityKind;
use super::people::{PersonClaim, PersonRef, Reader, is_name_token};
use super::words::{Token, caseless};
use super::{Claim, ClaimKind, Context, cues};
use crate::rules::RuleSet;
use crate::span::Span;

/// "Y is led by X" in any of its phrasings.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct LeadershipClaim {
    pub person: PersonClaim,
    /// Where the person is named.
    #[serde(skip)]
    pub person_span: Span,
    /// The organization led (canonical when declared), if the sentence says.
    pub org: Option<String>,
    /// The words that make the statement (`led by`, `under`, `-led`, `runs`).
    pub phrase: String,
}

/// "Meta CEO X", "X, head of Y", "former Scale AI CEO X".
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TitleClaim {
    pub person: PersonClaim,
    /// Where the person is named.
    #[serde(skip)]
    pub person_span: Span,
    /// The title as written.
    pub title: String,
    /// The office it names (`ceo` for "chief executive").
    pub office: String,
    pub org: Option<String>,
    /// Stated as a past role ("former", "ex-").
    pub former: bool,
    /// The words of the title and its organization, for a fix.
    #[serde(skip)]
    pub title_span: Span,
}

/// Offices and the ways news text writes them, longest first within each
/// office. `head` is the generic office: whoever leads the organization.
pub const OFFICES: &[(&str, &[&str])] = &[
    (
        "ceo",
        &[
            "chief executive officer",
            "chief executive",
            "ceo",
            "chief exec",
        ],
    ),
    (
        "chief ai officer",
        &[
            "chief artificial intelligence officer",
            "chief ai officer",
            "caio",
        ],
    ),
    (
        "chief scientist",
        &["chief ai scientist", "chief scientist"],
    ),
    ("cto", &["chief technology officer", "cto"]),
    ("cfo", &["chief financial officer", "cfo"]),
    ("coo", &["chief operating officer", "coo"]),
    ("president", &["president"]),
    ("chair", &["chairman", "chairwoman", "chairperson", "chair"]),
    ("founder", &["co-founder", "cofounder", "founder"]),
    ("head", &["head", "leader", "boss", "chief"]),
    ("director", &["managing director", "director"]),
];

/// Offices that lead the organization they are of.
pub const LEADING_OFFICES: &[&str] = &["ceo", "head", "president"];

/// Who may be said to lead each organization the rule file names a leader
/// of, prepared once per rule set: the leadership and title checks ask it of
/// every statement, and an example of `claimlint test` is an article of its
/// own, so a rule file of thousands of leaders and examples must not cost
/// their number squared.
#[derive(Debug, Default)]
pub struct Leaders<'r> {
    /// Organization (as [`caseless`]) → who may be said to lead it.
    by_org: std::collections::HashMap<String, Leading<'r>>,
    /// Organization (as [`caseless`]) → the offices of the first roles of
    /// the leaders declared for it; a key for each organization a leader
    /// is declared for.
    offices: std::collections::HashMap<String, std::collections::HashSet<String>>,
    /// Declared name → the first person of that name with roles (leaders
    /// first, then `people`): whose roles a title is judged by.
    with_roles: std::collections::HashMap<&'r str, &'r crate::rules::Person>,
}

/// Who may be said to lead one organization: the leaders declared for it
/// (every leader, for the story's subject), then the people whose current
/// role leads it, each once, in the rule file's order.
#[derive(Debug, Default)]
pub struct Leading<'r> {
    pub people: Vec<&'r crate::rules::Person>,
    names: std::collections::HashSet<&'r str>,
}

impl<'r> Leading<'r> {
    /// Whether `name` (a declared name) is one of them.
    pub fn includes(&self, name: &str) -> bool {
        self.names.contains(name)
    }

    fn push(&mut self, person: &'r crate::rules::Person) {
        self.people.push(person);
        self.names.insert(&person.name.value);
    }
}

impl<'r> Leaders<'r> {
    pub fn of_rules(rules: &'r RuleSet) -> Leaders<'r> {
        use std::collections::HashMap;
        let mut leaders_of: HashMap<String, Vec<&crate::rules::Person>> = HashMap::new();
        let mut offices: HashMap<String, std::collections::HashSet<String>> = HashMap::new();
        for leader in &rules.leaders {
            let org = caseless(&leader.of.value);
            let of_org = offices.entry(org.clone()).or_default();
            if let Some(role) = leader.person.roles.first() {
                of_org.insert(office_of(&role.title));
            }
            leaders_of.entry(org).or_default().push(&leader.person);
        }
        // The people whose current role leads an organization, each once per
        // organization however many such roles they have.
        let mut people_leading: HashMap<String, Vec<&crate::rules::Person>> = HashMap::new();
        for person in &rules.people {
            for role in &person.roles {
                let Some(of) = role.of.as_deref() else {
                    continue;
                };
                if role.until.is_some()
                    || !LEADING_OFFICES.contains(&office_of(&role.title).as_str())
                {
                    continue;
                }
                let list = people_leading.entry(caseless(of)).or_default();
                if !list.last().is_some_and(|p| std::ptr::eq(*p, person)) {
                    list.push(person);
                }
            }
        }
        let subject = rules.subject.as_ref().map(|s| caseless(&s.value));
        let mut by_org: HashMap<String, Leading<'r>> = HashMap::new();
        let orgs = subject.iter().chain(leaders_of.keys());
        for org in orgs {
            if by_org.contains_key(org) {
                continue;
            }
            let mut leading = Leading::default();
            if subject.as_ref() == Some(org) {
                rules.leaders.iter().for_each(|l| leading.push(&l.person));
            } else {
                leaders_of[org].iter().for_each(|p| leading.push(p));
            }
            for person in people_leading.get(org).into_iter().flatten() {
                leading.push(person);
            }
            by_org.insert(org.clone(), leading);
        }
        let mut with_roles = HashMap::new();
        for person in rules.persons().filter(|p| !p.roles.is_empty()) {
            with_roles
                .entry(person.name.value.as_str())
                .or_insert(person);
        }
        Leaders {
            by_org,
            offices,
            with_roles,
        }
    }

    /// Whether a leader is declared for `org`.
    pub fn declared_for(&self, org: &str) -> bool {
        self.offices.contains_key(&caseless(org))
    }

    /// The first declared person named `name` (exactly) who has roles.
    pub fn with_roles(&self, name: &str) -> Option<&'r crate::rules::Person> {
        self.with_roles.get(name).copied()
    }

    /// Who may be said to lead `org`: `None` when the rule file does not say
    /// who leads it (it is neither the story's subject nor an organization
    /// a leader is declared for).
    pub fn of(&self, org: &str) -> Option<&Leading<'r>> {
        self.by_org.get(&caseless(org))
    }

    /// Whether a title of `office` of `org` names the organization's
    /// leader: a leading office, or the office of a leader declared for it.
    pub fn is_leading_title(&self, office: &str, org: &str) -> bool {
        LEADING_OFFICES.contains(&office)
            || self
                .offices
                .get(&caseless(org))
                .is_some_and(|o| o.contains(office))
    }
}

/// Nouns that stand for the story's subject ("the company said").
const SUBJECT_NOUNS: &[&str] = &["company", "firm", "giant", "corporation", "conglomerate"];

/// Nouns that stand for the organization the leader leads ("the lab").
const UNIT_NOUNS: &[&str] = &[
    "lab",
    "labs",
    "laboratory",
    "unit",
    "division",
    "team",
    "initiative",
    "effort",
    "group",
    "department",
];

/// Verbs of leading, in the present (or with a future auxiliary).
pub(crate) const LEAD_VERBS: &[&str] = &[
    "leads", "runs", "heads", "oversees", "directs", "helms", "manages", "chairs",
];

/// Participles of "led by X".
pub(crate) const LED_BY: &[&str] = &[
    "led", "headed", "run", "overseen", "helmed", "directed", "chaired", "managed",
];

/// Bare verbs of leading, after "will" or an adverb ("will lead").
pub(crate) const BARE_LEAD_VERBS: &[&str] = &["lead", "run", "head", "oversee"];

/// Nouns of "under X's leadership" and "under the leadership of X".
const LEADERSHIP_NOUNS: &[&str] = &["leadership", "direction", "stewardship", "watch", "helm"];

/// Words that make a sentence's statements not claims.
const NEGATIONS: &[&str] = &["not", "never", "no", "false", "untrue"];

/// Words that unsay every statement of their sentence.
const DENIALS: &[&str] = &[
    "denied",
    "denies",
    "deny",
    "dismissed",
    "rejected",
    "rumor",
    "rumour",
    "rumors",
    "rumours",
];

/// Words between a name and its verb that keep the statement ("now leads").
const ADVERBS: &[&str] = &["now", "also", "currently", "still", "already", "who"];

/// Every title phrase a sentence is read for: the rule file's own titles
/// and the table's, prepared once per rule set.
#[derive(Debug)]
pub struct Offices {
    /// A phrase's lower-cased words → its office: the first phrase of those
    /// words, the rule file's titles before the table's. A title is looked
    /// up by the words at a token, not sought among the phrases, so a rule
    /// file of thousands of titles that share a first word costs no more
    /// per token than a short one.
    phrases: foldhash::HashMap<Vec<String>, String>,
    /// The lower-cased first words, to reject most tokens at once.
    first_words: foldhash::HashSet<String>,
    /// The most words of any phrase.
    longest: usize,
}

impl Offices {
    /// The built-in table and the titles of the rule file's roles.
    pub fn of_rules(rules: &RuleSet) -> Offices {
        let mut titles: Vec<String> = rules
            .persons()
            .flat_map(|p| p.roles.iter().map(|r| r.title.to_lowercase()))
            .collect();
        titles.sort();
        titles.dedup();
        Offices::new(&titles)
    }

    pub fn new(extra: &[String]) -> Offices {
        let mut phrases: foldhash::HashMap<Vec<String>, String> = foldhash::HashMap::default();
        let mut first_words = foldhash::HashSet::default();
        let mut longest = 0;
        let all = extra
            .iter()
            .map(|t| (office_of(t), words_of(t)))
            .chain(OFFICES.iter().flat_map(|(office, phrases)| {
                phrases.iter().map(|p| ((*office).to_string(), words_of(p)))
            }));
        for (office, words) in all {
            let Some(first) = words.first() else { continue };
            first_words.insert(first.clone());
            longest = longest.max(words.len());
            phrases.entry(words).or_insert(office);
        }
        Offices {
            phrases,
            first_words,
            longest,
        }
    }

    /// The lower-cased first words of every title phrase.
    pub fn first_words(&self) -> impl Iterator<Item = &str> {
        self.first_words.iter().map(String::as_str)
    }

    /// The office a title phrase at token `i` names, with the phrase's
    /// length in tokens (the longest phrase that matches).
    pub fn at(&self, toks: &[Token], i: usize) -> Option<(&str, usize)> {
        let first = toks.get(i).filter(|t| t.is_word)?.stem();
        let mut buf = [0u8; 48];
        let folded;
        let lower = match ascii_lower(first, &mut buf) {
            Some(lower) => lower,
            // `Président`, `ÄRZTLICHE`: rare enough to fold in full.
            None if !first.is_ascii() && first.len() <= 48 => {
                folded = caseless(first);
                folded.as_str()
            }
            None => return None,
        };
        if !self.first_words.contains(lower) {
            return None;
        }
        // The words from here, as the phrases are written (lower-cased), up
        // to the longest phrase or the first token that is no word.
        let mut words = vec![lower.to_string()];
        words.extend(
            toks.iter()
                .skip(i + 1)
                .take(self.longest.saturating_sub(1))
                .map_while(|t| t.is_word.then(|| caseless(t.stem()))),
        );
        (1..=words.len()).rev().find_map(|len| {
            self.phrases
                .get(&words[..len])
                .map(|office| (office.as_str(), len))
        })
    }
}

fn words_of(phrase: &str) -> Vec<String> {
    phrase.split_whitespace().map(caseless).collect()
}

/// `word` in ASCII lower case, in `buf`; `None` when it is not short ASCII.
fn ascii_lower<'b>(word: &str, buf: &'b mut [u8; 48]) -> Option<&'b str> {
    let bytes = word.as_bytes();
    if bytes.len() > buf.len() || !word.is_ascii() {
        return None;
    }
    let out = &mut buf[..bytes.len()];
    out.copy_from_slice(bytes);
    out.make_ascii_lowercase();
    std::str::from_utf8(out).ok()
}

/// The office of a title written in a rule file.
pub fn office_of(title: &str) -> String {
    let lower = title.trim().to_lowercase();
    OFFICES
        .iter()
        .find(|(_, phrases)| phrases.contains(&lower.as_str()))
        .map_or(lower, |(office, _)| (*office).to_string())
}

/// Reads statements of one sentence.
struct Sentence<'a, 'r> {
    rules: &'r RuleSet,
    /// The title phrases to read.
    offices: &'r Offices,
    reader: &'a Reader<'a>,
    toks: &'a [Token<'a>],
    /// A heading or a line without punctuation: Title Case makes any
    /// capitalized words look like a name, so only declared people count.
    strict: bool,
    /// Whether the sentence has a word of leading (else only titles).
    leads: bool,
    /// The first negation of the sentence (a token index), if any, and
    /// whether it has a word of denial: read once, not per statement.
    first_negation: Option<usize>,
    denied: bool,
}

impl Sentence<'_, '_> {
    fn word(&self, i: usize) -> Option<&str> {
        self.toks.get(i).filter(|t| t.is_word).map(|t| t.text)
    }

    fn is(&self, i: usize, words: &[&str]) -> bool {
        self.word(i)
            .is_some_and(|w| words.iter().any(|x| w.eq_ignore_ascii_case(x)))
    }

    /// Whether the statement ending at token `end` is negated: a negation
    /// before it, or a denial anywhere in the sentence.
    fn negated_before(&self, end: usize) -> bool {
        self.first_negation.is_some_and(|n| n < end) || self.denied
    }

    /// The organization a generic noun or a declared name at token `i` stands for.
    fn org_at(&self, i: usize) -> Option<String> {
        let t = self.toks.get(i)?;
        if let Some(name) = self.reader.name_covering(t.span)
            && !matches!(name.entity, EntityKind::Leader | EntityKind::Person)
        {
            return Some(name.canonical.to_string());
        }
        let word = t.stem().to_lowercase();
        if SUBJECT_NOUNS.contains(&word.as_str()) {
            return self.rules.subject.as_ref().map(|s| s.value.clone());
        }
        if UNIT_NOUNS.contains(&word.as_str()) {
            return self
                .rules
                .leaders
                .first()
                .map(|l| l.of.value.clone())
                .or_else(|| self.rules.subject.as_ref().map(|s| s.value.clone()));
        }
        None
    }

    /// The nearest organization before token `i` (within a few words).
    fn org_before(&self, i: usize) -> Option<String> {
        (i.saturating_sub(8)..i).rev().find_map(|k| self.org_at(k))
    }

    /// The first organization from token `i` on (within a few words).
    fn org_after(&self, i: usize) -> Option<String> {
        (i..(i + 6).min(self.toks.len())).find_map(|k| self.org_at(k))
    }

    fn span(&self, from: usize, to: usize) -> Span {
        let end = to.saturating_sub(1).max(from);
        match (self.toks.get(from), self.toks.get(end)) {
            (Some(a), Some(b)) => Span::new(a.span.start, b.span.end),
            _ => Span::default(),
        }
    }

    fn read(&self, sentence: usize, out: &mut Vec<Claim>) {
        let n = self.toks.len();
        let strict = self.strict;
        let mut lead = |at: Span, person: PersonRef, org: Option<String>, phrase: &str| {
            if strict && person.claim.declared.is_none() {
                return;
            }
            out.push(Claim {
                span: Span::new(at.start.min(person.span.start), at.end.max(person.span.end)),
                sentence,
                kind: ClaimKind::Leadership(Box::new(LeadershipClaim {
                    person_span: person.span,
                    person: person.claim,
                    org,
                    phrase: phrase.to_string(),
                })),
            });
        };
        let mut titles = Vec::new();
        for i in 0..n {
            if !self.leads {
                // Titles only.
                if self.toks[i].cued(cues::OFFICE)
                    && let Some((office, len)) = self.offices.at(self.toks, i)
                {
                    titles.push((i, office.to_string(), len));
                }
                continue;
            }
            // led by X
            if self.is(i, LED_BY) && self.is(i + 1, &["by"]) {
                if let Some((end, person)) = self.reader.person_at(self.toks, i + 2)
                    && !self.negated_before(end)
                {
                    let phrase = format!("{} by", self.toks[i].text);
                    let org = self.org_before(i).or_else(|| self.org_after(end));
                    lead(self.span(i, i + 2), person, org, &phrase);
                }
                continue;
            }
            // under the leadership of X / under X's leadership / under X
            if self.is(i, &["under"]) {
                if self.is(i + 1, &["the"])
                    && self.is(i + 2, LEADERSHIP_NOUNS)
                    && self.is(i + 3, &["of"])
                {
                    if let Some((end, person)) = self.reader.person_at(self.toks, i + 4)
                        && !self.negated_before(end)
                    {
                        let org = self.org_before(i).or_else(|| self.org_after(end));
                        lead(self.span(i, i + 4), person, org, "under the leadership of");
                    }
                } else if let Some((end, person)) = self.reader.person_at(self.toks, i + 1) {
                    let possessive =
                        self.toks[end - 1].stem().len() != self.toks[end - 1].text.len();
                    let named = possessive && self.is(end, LEADERSHIP_NOUNS);
                    // "under Smith" alone is a claim only for a known person.
                    let known = person.claim.declared.is_some() || person.claim.name.contains(' ');
                    if (named || known) && !self.negated_before(end) {
                        let org = self
                            .org_before(i)
                            .or_else(|| self.org_after(end + usize::from(named)));
                        lead(self.span(i, i + 1), person, org, "under");
                    }
                }
                continue;
            }
            // X-led
            if let Some(t) = self.toks.get(i)
                && t.is_word
                && let Some(prefix) = strip_suffix_ci(t.text, "-led")
                && prefix.chars().next().is_some_and(char::is_uppercase)
            {
                let start = (i.saturating_sub(3)..i)
                    .find(|&s| (s..i).all(|k| is_name_token(&self.toks[k])))
                    .unwrap_or(i);
                let mut written = String::new();
                for k in start..i {
                    written.push_str(self.toks[k].text);
                    written.push(' ');
                }
                written.push_str(prefix);
                let span = Span::new(self.toks[start].span.start, t.span.start + prefix.len());
                if let Some(person) = self.reader.person_named(written, span, start < i)
                    && !self.negated_before(i + 1)
                {
                    let org = self.org_after(i + 1).or_else(|| self.org_before(start));
                    let at = Span::new(t.span.start + prefix.len(), t.span.end);
                    lead(at, person, org, "-led");
                }
                continue;
            }
            // X leads Y / X, who leads Y (from the first word of a name)
            let name_start = i == 0 || !is_name_token(&self.toks[i - 1]);
            if let Some(end) = self.reader.raw_name(self.toks, i).filter(|_| name_start) {
                let mut k = end;
                if self.word(k).is_none()
                    && self.toks.get(k).is_some_and(|t| t.text == ",")
                    && self.is(k + 1, &["who"])
                {
                    k += 1;
                }
                while self.is(k, ADVERBS) {
                    k += 1;
                }
                if self.is(k, &["will"]) && self.is(k + 1, BARE_LEAD_VERBS) {
                    k += 1;
                }
                let verb = self.is(k, LEAD_VERBS) || (k > end && self.is(k, BARE_LEAD_VERBS));
                if verb
                    && !self.negated_before(k + 1)
                    && let Some((_, person)) = self.reader.person_at(self.toks, i)
                {
                    let phrase = self.toks[k].text.to_string();
                    lead(self.span(k, k + 1), person, self.org_after(k + 1), &phrase);
                }
            }
            // Titles: "[former] [ORG('s)] TITLE X" and "X, [the|former] [ORG's] TITLE [of ORG]".
            if self.toks[i].cued(cues::OFFICE)
                && let Some((office, len)) = self.offices.at(self.toks, i)
            {
                titles.push((i, office.to_string(), len));
            }
        }
        for (i, office, len) in titles {
            self.read_title(sentence, i, &office, len, out);
        }
    }

    fn read_title(
        &self,
        sentence: usize,
        i: usize,
        office: &str,
        len: usize,
        out: &mut Vec<Claim>,
    ) {
        let after = i + len;
        let title = self.span(i, after);
        // Organization before the title: "Meta CEO", "Meta's chief AI officer",
        // "the company's CEO", "its CEO".
        let mut first = i;
        let mut org = None;
        if i > 0
            && let Some(prev) = self.toks.get(i - 1)
            && prev.is_word
        {
            let name = self
                .reader
                .names_in(Span::new(prev.span.start.saturating_sub(64), prev.span.end))
                .filter(|(s, n)| {
                    s.end <= prev.span.end
                        && s.end + 4 >= prev.span.start + prev.stem().len()
                        && !matches!(n.entity, EntityKind::Leader | EntityKind::Person)
                })
                .last();
            if let Some((span, name)) = name {
                org = Some(name.canonical.to_string());
                first = self.toks[..i].partition_point(|t| t.span.start < span.start);
            } else if self.is(i - 1, &["its"]) {
                org = self.rules.subject.as_ref().map(|s| s.value.clone());
                first = i - 1;
            } else if let Some(o) = self
                .org_at(i - 1)
                .filter(|_| prev.stem().len() != prev.text.len())
            {
                org = Some(o);
                first = i - 1;
            }
        }
        let mut former = first > 0 && self.is(first - 1, &["former", "ex", "then"]);
        if former {
            first -= 1;
        }
        // "…, the former chief executive of Scale AI" names the org after.
        let mut end = after;
        if self.is(after, &["of", "at"])
            && let Some(o) = self.org_after(after + 1).filter(|_| org.is_none())
        {
            org = Some(o);
            end = after + 2;
            while end < self.toks.len()
                && self.toks[end].is_capitalized()
                && self.toks[end].span.start < self.toks[after + 1].span.end + 48
            {
                end += 1;
                if self
                    .reader
                    .names_in(self.span(after + 1, end))
                    .next()
                    .is_some()
                {
                    break;
                }
            }
        }
        if self
            .toks
            .get(i)
            .is_some_and(|t| t.text.to_lowercase().starts_with("ex-"))
        {
            former = true;
        }
        let title_text = self.toks[i..after]
            .iter()
            .map(|t| t.text)
            .collect::<Vec<_>>()
            .join(" ");
        // Prenominal: the person follows the title (after an optional comma).
        let mut next = after;
        if self.toks.get(next).is_some_and(|t| t.text == ",") {
            next += 1;
        }
        let person = if end == after {
            self.reader.person_at(self.toks, next)
        } else {
            None
        };
        // Appositive: "X, [the|its|former] [ORG's] TITLE".
        let appositive = || {
            let mut k = first;
            while k > 0 && self.is(k - 1, &["the", "its", "former", "then", "a"]) {
                if self.is(k - 1, &["former"]) {
                    return None;
                }
                k -= 1;
            }
            (k > 0 && self.toks[k - 1].text == ",")
                .then(|| self.reader.person_ending_at(self.toks, k - 1))
                .flatten()
        };
        let (person, stop) = match person {
            Some((e, p)) if e > next => (p, e),
            _ => match appositive() {
                Some((_, p)) => (p, end),
                None => return,
            },
        };
        if self.negated_before(stop) || (self.strict && person.claim.declared.is_none()) {
            return;
        }
        let former = former
            || self.toks[first..i.max(first)]
                .iter()
                .any(|t| t.text.eq_ignore_ascii_case("former"));
        let title_span = self.span(first, end.max(after));
        out.push(Claim {
            span: Span::new(
                title_span.start.min(person.span.start),
                title_span.end.max(person.span.end),
            ),
            sentence,
            kind: ClaimKind::Title(Box::new(TitleClaim {
                person_span: person.span,
                person: person.claim,
                title: title_text,
                office: office.to_string(),
                org,
                former,
                title_span: Span::new(title.start.min(title_span.start), title_span.end),
            })),
        });
    }
}

fn strip_suffix_ci<'a>(text: &'a str, suffix: &str) -> Option<&'a str> {
    let cut = text.len().checked_sub(suffix.len())?;
    (text.is_char_boundary(cut) && text[cut..].eq_ignore_ascii_case(suffix)).then(|| &text[..cut])
}

pub(crate) fn extract(cx: &Context, out: &mut Vec<Claim>) {
    let reader = Reader::new(out, (0..cx.sentences.len()).map(|i| cx.tokens(i)));
    let offices = &cx.story.offices;
    let mut found = Vec::new();
    for (index, sentence) in cx.sentences.iter().enumerate() {
        let toks = cx.tokens(index);
        // Every statement turns on a word of leading or a title.
        let cued = toks.iter().fold(0, |bits, t| bits | t.cue);
        if cued & (cues::LEAD | cues::LED_SUFFIX | cues::OFFICE) == 0 {
            continue;
        }
        let word = |t: &Token, list: &[&str]| {
            t.is_word && list.iter().any(|n| t.text.eq_ignore_ascii_case(n))
        };
        let s = Sentence {
            rules: cx.story.rules,
            offices,
            reader: &reader,
            strict: sentence.kind != crate::segment::SentenceKind::Prose,
            toks,
            leads: cued & (cues::LEAD | cues::LED_SUFFIX) != 0,
            first_negation: toks.iter().position(|t| {
                word(t, NEGATIONS)
                    || t.is_word && (t.text.ends_with("n't") || t.text.ends_with("n’t"))
            }),
            denied: toks.iter().any(|t| word(t, DENIALS)),
        };
        s.read(index, &mut found);
    }
    out.extend(found);
}
