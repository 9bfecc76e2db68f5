//! The words of attribution, as data. Extend these tables to teach claimlint
//! a new way of citing; all entries are lower case.

/// Verbs that follow a named source: "Gizmodo reported", "Ortiz said".
pub const VERBS_AFTER_SOURCE: &[&str] = &[
    "said",
    "says",
    "say",
    "reported",
    "reports",
    "report",
    "told",
    "tells",
    "wrote",
    "writes",
    "confirmed",
    "confirms",
    "stated",
    "states",
    "noted",
    "notes",
    "added",
    "adds",
    "explained",
    "explains",
    "announced",
    "announces",
    "disclosed",
    "discloses",
    "revealed",
    "reveals",
    "claimed",
    "claims",
    "argued",
    "argues",
    "insisted",
    "insists",
    "acknowledged",
    "acknowledges",
    "testified",
    "testifies",
    "tweeted",
    "posted",
];

/// Phrases that introduce a named source: "according to Gizmodo", "per Reuters".
pub const PHRASES_BEFORE_SOURCE: &[&str] = &[
    "according to",
    "as reported by",
    "reported by",
    "per",
    "citing",
];

/// Verbs whose object is the outlet a statement was made to: "told Reuters".
pub const VERBS_TO_OUTLET: &[&str] = &[
    "told",
    "tells",
    "said to",
    "speaking to",
    "in an interview with",
];

/// Line labels that name a source: "Source: Gizmodo".
pub const SOURCE_LABELS: &[&str] = &["source", "sources", "via", "credit"];

/// Nouns for unnamed groups whose view is reported: "analysts suggest".
/// Matched in the plural, optionally after a qualifier ("industry analysts").
pub const ANONYMOUS_SUBJECTS: &[&str] = &[
    "analysts",
    "experts",
    "observers",
    "insiders",
    "critics",
    "sources",
    "officials",
    "specialists",
    "strategists",
    "commentators",
    "watchers",
    "pundits",
    "onlookers",
    "people familiar",
    "persons familiar",
    "people close",
    "people with knowledge",
    "those familiar",
    "those close",
];

/// Verbs that report the view of an unnamed group.
pub const ANONYMOUS_VERBS: &[&str] = &[
    "suggest",
    "suggested",
    "say",
    "said",
    "note",
    "noted",
    "highlight",
    "highlighted",
    "see",
    "saw",
    "believe",
    "believed",
    "argue",
    "argued",
    "caution",
    "cautioned",
    "emphasize",
    "emphasise",
    "emphasized",
    "emphasised",
    "warn",
    "warned",
    "expect",
    "expected",
    "predict",
    "predicted",
    "claim",
    "claimed",
    "contend",
    "point out",
    "pointed out",
    "think",
    "agree",
    "agreed",
    "estimate",
    "estimated",
    "told",
    "familiar with",
    "close to",
    "with knowledge of",
];

/// Self-contained anonymous attributions: "reportedly", "it is believed".
pub const ANONYMOUS_PHRASES: &[&str] = &[
    "reportedly",
    "allegedly",
    "purportedly",
    "rumoured",
    "rumored",
    "is said to",
    "are said to",
    "was said to",
    "were said to",
    "is believed to",
    "are believed to",
    "it is believed",
    "it is understood",
    "is understood to",
    "it is thought",
    "is thought to",
    "it is reported",
    "it has been reported",
    "according to sources",
    "according to people familiar",
    "according to insiders",
    "according to reports",
    "people familiar with the matter",
    "sources familiar with",
];

/// Words that stand for an already named source and are not themselves
/// attributions to check: "he said", "the company said".
pub const PRONOUNS: &[&str] = &[
    "he",
    "she",
    "they",
    "it",
    "we",
    "i",
    "you",
    "who",
    "which",
    "that",
    "this",
    "one",
    // Capitalised only at the start of a sentence, never a source's name.
    "everyone",
    "someone",
    "somebody",
    "nobody",
    "many",
    "some",
    "others",
    "most",
    "both",
    "all",
    "few",
    "people",
    "users",
    "developers",
    "investors",
    "researchers",
    "companies",
    "governments",
    "regulators",
    "leaders",
    "executives",
    "employees",
];

/// Qualifiers that may stand before an anonymous subject and start with a
/// capital at the start of a sentence: "Industry analysts suggest".
pub const DETERMINERS: &[&str] = &[
    "the", "a", "an", "some", "many", "several", "most", "other", "few", "two", "three",
];
