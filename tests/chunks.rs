//! A large article is read in chunks of sentences on every core; what it
//! finds must be what the same sentences find read whole.

mod common;

use claimlint::{CHUNK_BYTES, WHOLE_BYTES};
use common::{findings, rules};

const RULES: &str = r#"
story: harbour-bridge
subject: Port Authority of Kelsey
date: 2026-02-14
leader:
  name: Maren Oyelaran
  aliases: [Oyelaran]
  title: chair
names:
  - name: Port Authority of Kelsey
  - name: Tasman Steel
"#;

/// One article's worth of sentences, with one misspelling and one wrong
/// leader among correct sentences.
const ARTICLE: &str = "Date: February 14, 2026\n\n\
The Port Authority of Kelsey approved the bridge on Saturday. \
Maren Oyelaran, the authority's chair, said the vote was close. \
Work by Tasman Steell starts in March. \
Residents asked about tolls and about the ferry timetable. \
Tomas Riegel now leads the Port Authority of Kelsey.\n\n";

#[test]
fn a_large_article_finds_what_its_parts_find() {
    let rules = rules(RULES);
    let one = findings(&rules, ARTICLE);
    let codes: Vec<&str> = one.iter().map(|(c, _)| c.as_str()).collect();
    assert!(
        codes.contains(&"contradiction/name") && codes.contains(&"contradiction/leader"),
        "{one:?}"
    );
    // Past the size read whole, so several chunks.
    let copies = WHOLE_BYTES / ARTICLE.len() + 2;
    let big = ARTICLE.repeat(copies);
    assert!(big.len() > WHOLE_BYTES && big.len() > 4 * CHUNK_BYTES);
    let all = findings(&rules, &big);
    // The article date is claimed once, at the top: later copies of the
    // dateline are sentences like any other, so compare per copy without it.
    let per_copy: Vec<_> = one
        .iter()
        .filter(|(code, _)| !code.starts_with("contradiction/date"))
        .cloned()
        .collect();
    let mut expected = Vec::new();
    for _ in 0..copies {
        expected.extend(per_copy.iter().cloned());
    }
    let got: Vec<_> = all
        .into_iter()
        .filter(|(code, _)| !code.starts_with("contradiction/date"))
        .collect();
    assert_eq!(got.len(), expected.len());
    assert_eq!(got, expected);
}

/// The chunks of a large article run on every core: the findings are the
/// same, in the same order, on one thread and on four.
#[test]
fn a_large_article_finds_the_same_on_any_number_of_threads() {
    let rules = rules(RULES);
    let story = claimlint::claims::Story::new(&rules);
    let big = ARTICLE.repeat(WHOLE_BYTES / ARTICLE.len() + 2);
    let doc = claimlint::document::Document::plain("big.txt", &big);
    let on = |threads: usize| {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .unwrap();
        let checked = pool.install(|| claimlint::check_document(&story, &doc));
        assert!(!checked.findings.is_empty());
        format!("{:?}", checked.findings)
    };
    assert_eq!(on(1), on(4));
}
