//! Dates: the article's own date and the dates its sentences state.
//!
//! The article's date comes from front matter (`date:`) or a dateline:
//! a line `Date: …`, `Published …`, or a date opening the article followed
//! by a dash. A sentence's date is an *event date* when it is tied to the
//! story's event: the sentence names the story's subject, leader or their
//! organization, has an event verb (announced, unveiled, said, plans …)
//! before the date, and puts the date after `on` (or the date names a
//! weekday). Dates of other events ("In 2023, Meta released …", "founded
//! in 2016") are only checked for consistency. Relative dates (`on Monday`,
//! `yesterday`, `today`) are resolved against the article's date.

use jiff::civil::{Date, Weekday};
use serde::Serialize;

use super::words::Token;
use super::{Claim, ClaimKind, Context, cues};
use crate::document::Document;
use crate::grammar::date::{FactDate, NewsDate, month_named, news_date, weekday_named};
use crate::segment::Sentence;
use crate::span::Span;

/// The article's own date: from front matter or a dateline.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ArticleDate {
    pub date: jiff::civil::Date,
    pub span: Span,
}

/// Verbs that tie a date to the story's event.
pub(crate) const EVENT_VERBS: &[&str] = &[
    "announced",
    "announces",
    "announce",
    "unveiled",
    "unveils",
    "unveil",
    "said",
    "says",
    "revealed",
    "reveals",
    "plans",
    "planned",
    "released",
    "releases",
    "release",
    "launched",
    "launches",
    "launch",
    "confirmed",
    "confirms",
    "told",
    "disclosed",
    "introduced",
    "detailed",
    "outlined",
    "agreed",
    "agrees",
    "signed",
    "signs",
    "ruled",
    "rules",
    "approved",
    "approves",
    "voted",
    "decided",
];

/// Words opening a dateline line.
const DATELINE_WORDS: &[&str] = &["date", "dated", "published", "posted", "dateline"];

/// A date a sentence states.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DateClaim {
    /// The calendar day, when the text gives (or implies) one.
    pub date: Option<String>,
    /// The weekday the text names with it.
    pub weekday: Option<String>,
    /// A day that does not exist (February 30).
    pub impossible: bool,
    /// Tied to the story's event by its verb.
    pub event: bool,
    /// Resolved against the article's date (`on Monday`, `yesterday`).
    pub relative: bool,
    /// The article's own date (front matter or dateline).
    pub dateline: bool,
    #[serde(skip)]
    pub day: Option<Date>,
    #[serde(skip)]
    pub stated_weekday: Option<Weekday>,
}

/// Finds the article's own date.
pub fn article_date(doc: &Document, sentences: &[Sentence]) -> Option<ArticleDate> {
    if let Some(field) = &doc.front_matter.date {
        let text = field.value.trim();
        let date = FactDate::parse_iso(text.get(..10).unwrap_or(text))
            .and_then(|d| match d {
                FactDate::Day(d) => Some(d),
                _ => None,
            })
            .or_else(|| news_date(text).and_then(|d| d.resolve(None)));
        if let Some(date) = date {
            return Some(ArticleDate {
                date,
                span: field.span,
            });
        }
    }
    sentences
        .iter()
        .enumerate()
        .find_map(|(i, s)| dateline(&doc.prose, s.span, i < 3))
}

/// The date of a dateline sentence: `Date: April 6, 2026`, `Published
/// April 6, 2026`, or (near the top) `April 6, 2026 —`.
fn dateline(prose: &str, span: Span, near_top: bool) -> Option<ArticleDate> {
    let text = span.slice(prose);
    let word_end = text
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(text.len());
    let word = &text[..word_end];
    let (offset, need_dash) = if DATELINE_WORDS.iter().any(|w| w.eq_ignore_ascii_case(word)) {
        let rest = &text[word_end..];
        let skipped = rest.len() - rest.trim_start_matches([':', ' ', '\t']).len();
        let rest = &rest[skipped..];
        let on = rest.strip_prefix("on ").map_or(0, |_| 3);
        (word_end + skipped + on, false)
    } else if near_top {
        (0, true)
    } else {
        return None;
    };
    let found = news_date(&text[offset..])?;
    if need_dash {
        let after = text[offset + found.len..].trim_start();
        if !after.starts_with(['—', '–', '-']) {
            return None;
        }
    }
    let date = found.resolve(None)?;
    let start = span.start + offset;
    Some(ArticleDate {
        date,
        span: Span::new(start, start + found.len),
    })
}

/// The sentences that name the story's subject, its leader or the
/// leader's organization (by any declared form).
fn story_sentences(cx: &Context, claims: &[Claim]) -> Vec<usize> {
    let rules = cx.story.rules;
    let story_names: Vec<&str> = rules
        .subject
        .iter()
        .map(|s| s.value.as_str())
        .chain(rules.leaders.iter().map(|l| l.of.value.as_str()))
        .chain(rules.leaders.iter().map(|l| l.person.name.value.as_str()))
        .collect();
    let mut out: Vec<usize> = claims
        .iter()
        .filter_map(|c| match &c.kind {
            ClaimKind::Name(n) if story_names.contains(&&*n.canonical) => Some(c.sentence),
            _ => None,
        })
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

pub(crate) fn extract(cx: &Context, out: &mut Vec<Claim>) {
    let prose = &cx.doc.prose;
    let today = cx.article_date.map(|d| d.date);
    let year = today.map(|d| d.year()).or_else(|| {
        cx.story
            .rules
            .date
            .as_ref()
            .map(|d| d.value.first_day().year())
    });
    if let Some(article) = cx.article_date.filter(|_| cx.owns_article_date) {
        let sentence = cx
            .sentences
            .iter()
            .position(|s| s.span.contains(article.span))
            .unwrap_or(0);
        out.push(Claim {
            span: article.span,
            sentence,
            kind: ClaimKind::Date(DateClaim {
                date: Some(article.date.to_string()),
                weekday: None,
                impossible: false,
                event: false,
                relative: false,
                dateline: true,
                day: Some(article.date),
                stated_weekday: None,
            }),
        });
    }
    let story = story_sentences(cx, out);
    for (index, sentence) in cx.sentences.iter().enumerate() {
        let toks = cx.tokens(index);
        // A date has a digit or a month or weekday name.
        if !toks.iter().any(may_start_date) {
            continue;
        }
        let event_sentence = story.binary_search(&index).is_ok();
        let first_will = toks.iter().position(|p| p.is("will"));
        let mut verb_seen = false;
        let mut skip_until = 0;
        for (i, t) in toks.iter().enumerate() {
            if !t.is_word || t.span.start < skip_until {
                continue;
            }
            if t.cued(cues::EVENT_VERB) {
                verb_seen = true;
            }
            let after_on = i > 0 && toks[i - 1].is("on");
            // Relative dates.
            let relative = match t.text {
                w if w.eq_ignore_ascii_case("yesterday") => today.and_then(|d| d.yesterday().ok()),
                w if w.eq_ignore_ascii_case("today") => today,
                _ if after_on => weekday_named(t.text).and_then(|w| {
                    // A bare weekday: the last one on or before the
                    // article's date, or the next one after "will".
                    let future = first_will.is_some_and(|w| w < i);
                    today.and_then(|d| nearest(d, w, future))
                }),
                _ => None,
            };
            if let Some(day) = relative {
                if cx.article_date.is_some_and(|a| a.span.overlaps(t.span)) {
                    continue;
                }
                // `on Monday, April 6`: the full date below reads it.
                if news_date(&prose[t.span.start..sentence.span.end]).is_none() {
                    let event = event_sentence && verb_seen;
                    out.push(date_claim(
                        index,
                        t.span,
                        Some(day),
                        None,
                        false,
                        event,
                        true,
                    ));
                    continue;
                }
            }
            let Some(found) = (may_start_date(t) && may_start(t.text))
                .then(|| news_date(&prose[t.span.start..sentence.span.end]))
                .flatten()
            else {
                continue;
            };
            let span = Span::new(t.span.start, t.span.start + found.len);
            skip_until = span.end;
            if cx.article_date.is_some_and(|a| a.span == span) {
                continue;
            }
            let event = event_sentence
                && verb_seen
                && (after_on || found.weekday.is_some())
                && found.day.is_some();
            out.push(date_claim(
                index,
                span,
                found.resolve(year),
                Some(found),
                found.impossible(year),
                event,
                false,
            ));
        }
    }
}

fn date_claim(
    sentence: usize,
    span: Span,
    day: Option<Date>,
    found: Option<NewsDate>,
    impossible: bool,
    event: bool,
    relative: bool,
) -> Claim {
    let stated_weekday = found.and_then(|f| f.weekday);
    Claim {
        span,
        sentence,
        kind: ClaimKind::Date(DateClaim {
            date: day.map(|d| d.to_string()),
            weekday: stated_weekday.map(|w| format!("{w:?}")),
            impossible,
            event,
            relative,
            dateline: false,
            day,
            stated_weekday,
        }),
    }
}

/// Whether a token may start a date or a relative day, by its cue bits and
/// first character alone.
fn may_start_date(t: &Token) -> bool {
    t.cued(cues::DATE_WORD) || t.text.starts_with(|c: char| c.is_ascii_digit())
}

/// Whether a word can start a date: a month or weekday name, or a digit.
fn may_start(word: &str) -> bool {
    match word.as_bytes().first() {
        Some(b) if b.is_ascii_digit() => true,
        // The longest month or weekday name, with its full stop, is 10 bytes.
        Some(b) if b.is_ascii_alphabetic() && word.len() <= 10 => {
            month_named(word) || weekday_named(word).is_some()
        }
        _ => false,
    }
}

/// The `weekday` nearest to `from`: on or before it, or (for the future)
/// on or after it.
fn nearest(from: Date, weekday: Weekday, future: bool) -> Option<Date> {
    let mut day = from;
    for _ in 0..7 {
        if day.weekday() == weekday {
            return Some(day);
        }
        day = if future {
            day.tomorrow().ok()?
        } else {
            day.yesterday().ok()?
        };
    }
    None
}
