//! `contradiction/number` and `unsupported/number`: figures that differ from
//! the declared ones, and figures that no declared one covers.
//!
//! A sentence names a declared figure when it contains one of its `match`
//! phrases. A stated figure is judged against a declared one only when their
//! units agree (same currency, both percentages, or both counts, and a unit
//! noun, if the text gives one, that the declared figure's name or phrases
//! use). How it is judged depends on its wording (see [`Qualifier`]).
//! Vague amounts (`tens of billions`) can contradict a figure but are never
//! unsupported on their own: they state no figure to check.

use super::{Context, Finding};
use crate::claims::figures::{DeclaredWords, FigureClaim, Qualifier, stem};
use crate::claims::{Claim, ClaimKind};
use crate::code::Code;
use crate::grammar::number::Precision;
use crate::rules::Figure;

/// How far `about` lets a figure stray, and `nearly` fall short: 10%.
const APPROXIMATE: f64 = 0.10;
/// The most a figure rounded to its written digits may differ: 5%
/// (`4 billion` stands for 3.96 billion, `1 billion` not for 1.4 billion).
const ROUNDING: f64 = 0.05;

/// The `explain` text of each code this check raises.
pub(super) const EXPLAIN: &[(Code, &str)] = &[
    (
        Code::ContradictionNumber,
        "## What it does
Finds a sentence that names a declared figure (one of its `match` phrases,
case-insensitive, on word boundaries) and states it with another value.
Figures are compared after normalisation, so `3,960 million` equals
`3.96 billion`, and only with figures of the same unit (the same currency,
percentages, or counts of the same noun).

A figure stated as is must equal the declared one within its `tolerance`, or
be the declared value rounded to the digits written (`4 billion` for 3.96
billion, at most 5% off). `about`/`roughly` allow 10%; `nearly`/`almost`
allow up to 10% less; `more than`/`over`/`at least` and `less than`/`under`/
`up to` are judged as bounds; `tens of billions` as a range.

## Why is this bad?
A wrong figure next to the words that identify it is the error readers
notice and corrections columns are made of.

## Example
```text
Helix Bio has 1,200 employees, and Northwind pays $4.1 billion for it.
```
```text
error[contradiction/number]: `$4.1 billion` contradicts the declared deal value: $4.7 billion
  = help: the deal value is $4.7 billion
```

## Fix safety
No automatic fix: the text may be right and the rule file out of date.",
    ),
    (
        Code::UnsupportedNumber,
        "## What it does
Finds figures that no declared figure covers: amounts with a scale word
(`3.96 billion`, `14.3bn`), currency (`$5m`, `€2 bn`), percentages (`49%`,
`12 per cent`), counts of a unit noun (`600 employees`, `40,000 GPUs`) and
numbers with thousands separators. A figure is covered when it equals a
declared figure of the same unit (judged as for `contradiction/number`).
Years, list numbers, ordinals, times, dates, model versions, phone numbers,
small bare numbers and vague amounts (`billions of users`) are not figures.

## Why is this bad?
Every figure in a story should be traceable to the fact sheet; a figure the
desk has not checked is the one most likely to be wrong.

## Example
```text
The regulator fined the bank €2 bn on Tuesday.
```
```text
warning[unsupported/number]: `€2 bn` is not a declared figure of this story
  = help: check it against a source, then add it under `numbers:`
```

## Fix safety
No automatic fix. Add the figure under `numbers:` in the rule file once it
is checked.",
    ),
];

pub(super) fn check(cx: &Context, out: &mut Vec<Finding>) {
    // Each figure with its unit noun's stem, made once.
    let figures: Vec<Stated> = cx
        .claims_of(|k| match k {
            ClaimKind::Figure(f) => Some(&**f),
            _ => None,
        })
        .map(|(claim, figure)| (claim, figure, figure.noun.as_deref().map(stem)))
        .collect();
    let declared: Vec<(&Figure, &DeclaredWords)> = cx
        .story
        .rules
        .numbers
        .iter()
        .zip(&cx.story.figures)
        .collect();
    // Figures are in file order: a sentence's are one run of them, and what
    // the sentence names is worked out once per run, so a sentence of
    // thousands of figures costs no more per figure than a short one.
    let mut rest = figures.as_slice();
    while let Some(&(first, _, _)) = rest.first() {
        let len = rest
            .iter()
            .take_while(|(c, _, _)| c.sentence == first.sentence)
            .count();
        let (run, after) = rest.split_at(len);
        rest = after;
        let named = named_in_sentence(cx, &declared, first.sentence, run);
        for (claim, figure, noun) in run {
            let (claim, figure, noun) = (*claim, *figure, noun.as_deref());
            let at = cx
                .sentences
                .get(claim.sentence)
                .map_or(0, |s| claim.span.start.saturating_sub(s.span.start));
            let candidates = named
                .iter()
                .filter(|n| compatible(n.declared, n.words, figure, noun));
            if candidates.clone().any(|n| agrees(n.declared, figure)) {
                continue;
            }
            // A declared figure another figure of this sentence states
            // rightly is that figure's; this one is something else (`from
            // 3.5 billion to 3.96 billion`).
            let contradicted = candidates
                .filter(|n| !n.agreeing.iter().any(|&s| s != claim.span))
                .min_by_key(|n| n.distance(at));
            if let Some(n) = contradicted {
                out.push(contradiction(cx, claim, figure, n.declared));
            } else if !matches!(figure.precision, Precision::Vague { .. })
                && !declared
                    .iter()
                    .any(|&(d, words)| compatible(d, words, figure, noun) && agrees(d, figure))
            {
                out.push(unsupported(cx, claim));
            }
        }
    }
}

/// A figure an article states, and its unit noun's stem.
type Stated<'c> = (&'c Claim, &'c FigureClaim, Option<String>);

/// A declared figure a sentence names.
struct Named<'r> {
    declared: &'r Figure,
    words: &'r DeclaredWords,
    /// Where its `match` phrases are in the sentence, in order.
    positions: Vec<usize>,
    /// Up to two distinct spans of the sentence's figures that state it
    /// rightly: enough to tell whether one other than a given figure does.
    agreeing: Vec<crate::span::Span>,
}

impl Named<'_> {
    /// The distance in bytes from the nearest `match` phrase to `at`.
    fn distance(&self, at: usize) -> usize {
        let i = self.positions.partition_point(|&p| p < at);
        let after = self.positions.get(i).map(|&p| p - at);
        let before = i.checked_sub(1).map(|j| at - self.positions[j]);
        after.into_iter().chain(before).min().unwrap_or(usize::MAX)
    }
}

/// The declared figures sentence `index` names (by a `match` phrase), in
/// the rule file's order, with which of the sentence's `figures` state each.
fn named_in_sentence<'r>(
    cx: &Context,
    declared: &[(&'r Figure, &'r DeclaredWords)],
    index: usize,
    figures: &[Stated],
) -> Vec<Named<'r>> {
    let Some(sentence) = cx.sentences.get(index) else {
        return Vec::new();
    };
    // Folded for any case (`İşlem hacmi` for `işlem hacmi`), positions
    // put back in the sentence as written.
    let (lower, from) =
        crate::claims::words::decomposed_caseless_mapped(cx.doc.prose_of(sentence.span));
    let found: Vec<(usize, usize)> = cx
        .story
        .phrases
        .find(&lower)
        .into_iter()
        .map(|(figure, at)| (figure, from.get(at).copied().unwrap_or(at)))
        .collect();
    declared
        .iter()
        .enumerate()
        .filter_map(|(i, &(d, words))| {
            let from = found.partition_point(|&(j, _)| j < i);
            let to = found.partition_point(|&(j, _)| j <= i);
            let positions: Vec<usize> = found[from..to].iter().map(|&(_, p)| p).collect();
            if positions.is_empty() {
                return None;
            }
            let mut agreeing = Vec::new();
            for (claim, g, noun) in figures {
                if agreeing.len() < 2
                    && !agreeing.contains(&claim.span)
                    && compatible(d, words, g, noun.as_deref())
                    && agrees(d, g)
                {
                    agreeing.push(claim.span);
                }
            }
            Some(Named {
                declared: d,
                words,
                positions,
                agreeing,
            })
        })
        .collect()
}

/// The same unit, and a unit noun (if stated) that the declared figure uses
/// (`words` are its words, `noun` the figure's noun's [`stem`]).
fn compatible(
    declared: &Figure,
    words: &DeclaredWords,
    figure: &FigureClaim,
    noun: Option<&str>,
) -> bool {
    declared.value.value.unit == figure.unit && noun.is_none_or(|noun| words.stems.contains(noun))
}

/// Whether `figure`, as worded, agrees with the declared value.
fn agrees(declared: &Figure, figure: &FigureClaim) -> bool {
    let d = declared.value.value.value;
    let s = figure.value;
    let within = declared.tolerance.accepts(d, s);
    match (figure.precision, figure.qualifier) {
        (Precision::Vague { low, high }, _) => within || (low <= d && d < high),
        (Precision::Rounded { step }, Qualifier::Exact) => within || rounded(d, s, step),
        (Precision::Rounded { step }, Qualifier::About) => {
            within || rounded(d, s, step) || (d - s).abs() <= d.abs() * APPROXIMATE
        }
        (_, Qualifier::Nearly) => within || (d <= s && d >= s * (1.0 - APPROXIMATE)),
        (_, Qualifier::AtLeast) => within || d >= s,
        (_, Qualifier::AtMost) => within || d <= s,
    }
}

/// `stated` is `declared` rounded to a `step` (the last digit written), and
/// not far from it.
fn rounded(declared: f64, stated: f64, step: f64) -> bool {
    let diff = (declared - stated).abs();
    diff <= step / 2.0 * (1.0 + 1e-9) && diff <= declared.abs() * ROUNDING
}

/// The declared value as the rule file writes it (`3.96 billion`), else its
/// canonical form.
fn as_written(cx: &Context, declared: &Figure) -> String {
    cx.story
        .rules
        .source
        .get(declared.value.span.range())
        .map(|s| s.trim().trim_matches(|c| c == '"' || c == '\'').trim())
        .filter(|s| !s.is_empty())
        .map_or_else(|| declared.value.value.to_string(), str::to_string)
}

fn contradiction(cx: &Context, claim: &Claim, figure: &FigureClaim, declared: &Figure) -> Finding {
    let written = as_written(cx, declared);
    let name = &declared.name.value;
    let mut f = Finding::new(
        cx,
        Code::ContradictionNumber,
        claim.span,
        format!(
            "`{}` contradicts the declared {name}: {written}",
            cx.doc.text_of(claim.span)
        ),
    )
    .with_fact(cx, declared.value.span);
    f.label = format!("the rule file says {written}");
    f.expected = Some(written);
    f.help
        .push(format!("the {name} is {}", declared.value.value));
    let reading = match (figure.precision, figure.qualifier) {
        (Precision::Vague { .. }, _) => Some("read as a range"),
        (_, Qualifier::Exact) => None,
        (_, Qualifier::About) => Some("read as within 10% of the figure"),
        (_, Qualifier::Nearly) => Some("read as at most 10% below the stated figure"),
        (_, Qualifier::AtLeast) => Some("read as a lower bound"),
        (_, Qualifier::AtMost) => Some("read as an upper bound"),
    };
    f.notes.extend(reading.map(String::from));
    f
}

fn unsupported(cx: &Context, claim: &Claim) -> Finding {
    let mut f = Finding::new(
        cx,
        Code::UnsupportedNumber,
        claim.span,
        format!(
            "`{}` is not a declared figure of this story",
            cx.doc.text_of(claim.span)
        ),
    );
    f.label = "no declared figure covers this".into();
    f.help.push(format!(
        "check it against a source, then add it under `numbers:` in {}",
        cx.story.rules.path
    ));
    f
}
