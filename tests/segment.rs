//! The sentence segmenter: what must split, the look-alikes that must not,
//! the line structure of plain text, and the seeds as the editor sees them.

use claimlint::document::{BlockKind, Document};
use claimlint::segment::{SentenceKind, segment};
use proptest::prelude::*;

fn doc(text: &str) -> Document {
    Document::parse("t.txt", text.as_bytes().to_vec()).expect("valid UTF-8")
}

/// The sentences of a plain-text article, as text.
fn sentences(text: &str) -> Vec<String> {
    let doc = doc(text);
    segment(&doc)
        .iter()
        .map(|s| doc.text_of(s.span).to_string())
        .collect()
}

/// The sentences with their kinds.
fn kinds(text: &str) -> Vec<(String, SentenceKind)> {
    let doc = doc(text);
    segment(&doc)
        .iter()
        .map(|s| (doc.text_of(s.span).to_string(), s.kind))
        .collect()
}

#[track_caller]
fn splits(text: &str, expected: &[&str]) {
    assert_eq!(sentences(text), expected, "segmenting {text:?}");
}

// ── Abbreviations ──────────────────────────────────────────────────────────

#[test]
fn titles_before_names_do_not_end_sentences() {
    splits(
        "Mr. Okafor told the court he was innocent. The jury disagreed.",
        &[
            "Mr. Okafor told the court he was innocent.",
            "The jury disagreed.",
        ],
    );
}

#[test]
fn doctor_leads_a_trial() {
    splits(
        "Dr. Ines Varga led the trial. Results are due in March.",
        &["Dr. Ines Varga led the trial.", "Results are due in March."],
    );
}

#[test]
fn legislators_and_generals() {
    splits(
        "Sen. Maria Lopez and Rep. Tom Ellis voted against the bill. Gen. Harris declined to comment.",
        &[
            "Sen. Maria Lopez and Rep. Tom Ellis voted against the bill.",
            "Gen. Harris declined to comment.",
        ],
    );
}

#[test]
fn chained_ranks() {
    splits(
        "She met Gov. Reyes and Lt. Col. Ahmed at the base.",
        &["She met Gov. Reyes and Lt. Col. Ahmed at the base."],
    );
}

#[test]
fn company_suffix_before_a_verb() {
    splits(
        "Shares of Northwind Inc. rose 4% on Monday. Analysts had expected a loss.",
        &[
            "Shares of Northwind Inc. rose 4% on Monday.",
            "Analysts had expected a loss.",
        ],
    );
}

#[test]
fn company_suffix_before_a_title() {
    splits(
        "Helix Bio Corp. Chief Executive Dana Whitfield resigned.",
        &["Helix Bio Corp. Chief Executive Dana Whitfield resigned."],
    );
}

#[test]
fn company_suffix_ends_a_sentence() {
    splits(
        "The buyer is Acme Holdings Ltd. The seller is a family trust.",
        &[
            "The buyer is Acme Holdings Ltd.",
            "The seller is a family trust.",
        ],
    );
}

#[test]
fn saint_is_not_a_street() {
    splits(
        "The team plays at St. James' Park on Saturday.",
        &["The team plays at St. James' Park on Saturday."],
    );
}

#[test]
fn street_ends_a_sentence() {
    splits(
        "The fire started on Fulton St. The owners were away.",
        &["The fire started on Fulton St.", "The owners were away."],
    );
}

#[test]
fn month_before_a_day() {
    splits(
        "The hearing was moved to Jan. 14, the clerk said. It will be public.",
        &[
            "The hearing was moved to Jan. 14, the clerk said.",
            "It will be public.",
        ],
    );
}

#[test]
fn number_label() {
    splits(
        "Ticket No. 4471 won the jackpot. Nobody has claimed it.",
        &["Ticket No. 4471 won the jackpot.", "Nobody has claimed it."],
    );
}

#[test]
fn lowercase_no_is_a_word() {
    splits(
        "The board said no. The bid lapsed at midnight.",
        &["The board said no.", "The bid lapsed at midnight."],
    );
}

#[test]
fn for_example_and_that_is() {
    splits(
        "Several clubs, e.g. Porto and Benfica, bid for him. The fee, i.e. the base amount, is secret.",
        &[
            "Several clubs, e.g. Porto and Benfica, bid for him.",
            "The fee, i.e. the base amount, is secret.",
        ],
    );
}

#[test]
fn etc_inside_and_at_the_end() {
    splits(
        "The fund holds bonds, loans, etc. and some cash. It sold shares, options, etc. The board approved.",
        &[
            "The fund holds bonds, loans, etc. and some cash.",
            "It sold shares, options, etc.",
            "The board approved.",
        ],
    );
}

#[test]
fn case_names_with_versus() {
    splits(
        "Lawyers in Smith v. Jones rested on Friday. A verdict is expected next week.",
        &[
            "Lawyers in Smith v. Jones rested on Friday.",
            "A verdict is expected next week.",
        ],
    );
}

#[test]
fn et_al_before_a_year() {
    splits(
        "The study by Novak et al. was retracted. Its data were flawed.",
        &[
            "The study by Novak et al. was retracted.",
            "Its data were flawed.",
        ],
    );
}

// ── Dotted acronyms ────────────────────────────────────────────────────────

#[test]
fn us_at_the_end_of_a_sentence() {
    splits(
        "The drug is already sold in the U.S. The company now wants approval in Europe.",
        &[
            "The drug is already sold in the U.S.",
            "The company now wants approval in Europe.",
        ],
    );
}

#[test]
fn us_before_an_institution() {
    splits(
        "The U.S. Supreme Court agreed to hear the case.",
        &["The U.S. Supreme Court agreed to hear the case."],
    );
}

#[test]
fn acronyms_inside_a_sentence() {
    splits(
        "Exports to the U.K. and the E.U. fell sharply last quarter.",
        &["Exports to the U.K. and the E.U. fell sharply last quarter."],
    );
}

#[test]
fn us_before_a_preposition_opener() {
    splits(
        "He left the U.S. In Canada, he found work as a welder.",
        &["He left the U.S.", "In Canada, he found work as a welder."],
    );
}

#[test]
fn academic_degree() {
    splits(
        "She earned a Ph.D. from Leiden and joined the lab.",
        &["She earned a Ph.D. from Leiden and joined the lab."],
    );
}

// ── Initials ───────────────────────────────────────────────────────────────

#[test]
fn several_initials() {
    splits(
        "J. R. R. Tolkien wrote the book in Oxford. It sold millions.",
        &[
            "J. R. R. Tolkien wrote the book in Oxford.",
            "It sold millions.",
        ],
    );
}

#[test]
fn middle_initial() {
    splits(
        "The bill was signed by George W. Bush in 2002.",
        &["The bill was signed by George W. Bush in 2002."],
    );
}

#[test]
fn initial_before_an_article_like_letter() {
    splits(
        "The award went to John Q. A. Smith of Ohio.",
        &["The award went to John Q. A. Smith of Ohio."],
    );
}

#[test]
fn single_letter_ending_a_sentence() {
    splits(
        "The club had to fall back on Plan B. The coach resigned in May.",
        &[
            "The club had to fall back on Plan B.",
            "The coach resigned in May.",
        ],
    );
}

// ── Numbers ────────────────────────────────────────────────────────────────

#[test]
fn decimals_and_money() {
    splits(
        "Revenue rose to $14.3 billion. Earnings were 3.96 per share.",
        &[
            "Revenue rose to $14.3 billion.",
            "Earnings were 3.96 per share.",
        ],
    );
}

#[test]
fn percentage_at_the_end() {
    splits(
        "The yield fell 0.25 points to 4.1%. Bonds rallied across Europe.",
        &[
            "The yield fell 0.25 points to 4.1%.",
            "Bonds rallied across Europe.",
        ],
    );
}

#[test]
fn number_at_the_end_before_a_number() {
    splits(
        "The match ended in the 94th minute. 40,000 fans stayed to applaud.",
        &[
            "The match ended in the 94th minute.",
            "40,000 fans stayed to applaud.",
        ],
    );
}

#[test]
fn euro_fee_with_decimal() {
    splits(
        "The transfer fee is €45.5m. It is a club record.",
        &["The transfer fee is €45.5m.", "It is a club record."],
    );
}

#[test]
fn version_numbers() {
    splits(
        "The lab released model 2.7.1 on Monday. Version 3.0 follows in June.",
        &[
            "The lab released model 2.7.1 on Monday.",
            "Version 3.0 follows in June.",
        ],
    );
}

#[test]
fn brand_name_in_lowercase_starts_a_sentence() {
    splits(
        "Apple unveiled a thinner model. iPhone sales rose 4% in the quarter.",
        &[
            "Apple unveiled a thinner model.",
            "iPhone sales rose 4% in the quarter.",
        ],
    );
}

// ── Ellipses ───────────────────────────────────────────────────────────────

#[test]
fn ellipsis_before_a_new_sentence() {
    splits(
        "He paused... Then he walked out of the courtroom.",
        &["He paused...", "Then he walked out of the courtroom."],
    );
}

#[test]
fn ellipsis_inside_a_sentence() {
    splits(
        "The minister said the budget was… under review.",
        &["The minister said the budget was… under review."],
    );
}

#[test]
fn spaced_ellipsis() {
    splits(
        "The witness hesitated . . . and then named the driver.",
        &["The witness hesitated . . . and then named the driver."],
    );
}

#[test]
fn ellipsis_inside_a_word() {
    splits(
        "Shares went up...down...up again. Traders shrugged.",
        &["Shares went up...down...up again.", "Traders shrugged."],
    );
}

// ── Quotes and brackets ────────────────────────────────────────────────────

#[test]
fn period_inside_a_closing_quote() {
    splits(
        "The judge said \"no.\" Then she adjourned the hearing.",
        &["The judge said \"no.\"", "Then she adjourned the hearing."],
    );
}

#[test]
fn curly_quotes_close_the_sentence() {
    splits(
        "The coach called the defeat “a disgrace.” Fans agreed.",
        &["The coach called the defeat “a disgrace.”", "Fans agreed."],
    );
}

#[test]
fn parenthesised_sentence() {
    splits(
        "The fund lost money in 2023. (See the table below.) Its manager left.",
        &[
            "The fund lost money in 2023.",
            "(See the table below.)",
            "Its manager left.",
        ],
    );
}

#[test]
fn brackets_inside_a_sentence() {
    splits(
        "The senator (a former judge) voted against the nominee.",
        &["The senator (a former judge) voted against the nominee."],
    );
}

#[test]
fn question_in_quotes_before_she_asked() {
    splits(
        "\"Why now?\" she asked. The minister did not answer.",
        &["\"Why now?\" she asked.", "The minister did not answer."],
    );
}

#[test]
fn question_in_quotes_before_a_named_speaker() {
    splits(
        "“Where did the money go?” Senator Walsh asked. Nobody replied.",
        &[
            "“Where did the money go?” Senator Walsh asked.",
            "Nobody replied.",
        ],
    );
}

#[test]
fn question_in_quotes_before_a_new_sentence() {
    splits(
        "“Is it over?” The chairman shook his head.",
        &["“Is it over?”", "The chairman shook his head."],
    );
}

#[test]
fn exclamation_in_quotes() {
    splits(
        "\"We will appeal!\" the lawyer shouted outside the court.",
        &["\"We will appeal!\" the lawyer shouted outside the court."],
    );
}

#[test]
fn questions_and_exclamations() {
    splits(
        "Is the merger legal? Regulators will decide by June. Goal! The stadium erupted.",
        &[
            "Is the merger legal?",
            "Regulators will decide by June.",
            "Goal!",
            "The stadium erupted.",
        ],
    );
}

#[test]
fn quotation_spanning_sentences_splits_inside() {
    splits(
        "The striker said: “I want to stay. This club is my home.” He signed on Monday.",
        &[
            "The striker said: “I want to stay.",
            "This club is my home.”",
            "He signed on Monday.",
        ],
    );
}

#[test]
fn attribution_stays_with_the_last_quoted_sentence() {
    splits(
        "“The verdict is wrong. We will appeal,” the defence lawyer said.",
        &[
            "“The verdict is wrong.",
            "We will appeal,” the defence lawyer said.",
        ],
    );
}

// ── Times ──────────────────────────────────────────────────────────────────

#[test]
fn time_before_a_lowercase_word() {
    splits(
        "The verdict is expected at 5 p.m. on Friday.",
        &["The verdict is expected at 5 p.m. on Friday."],
    );
}

#[test]
fn time_at_the_end_of_a_sentence() {
    splits(
        "The court adjourned at 5 p.m. The jury returns on Monday.",
        &[
            "The court adjourned at 5 p.m.",
            "The jury returns on Monday.",
        ],
    );
}

#[test]
fn morning_time_before_tomorrow() {
    splits(
        "Trading opens at 10 a.m. tomorrow in Frankfurt.",
        &["Trading opens at 10 a.m. tomorrow in Frankfurt."],
    );
}

#[test]
fn time_before_a_time_zone() {
    splits(
        "Kickoff is at 8 p.m. Eastern on Sunday.",
        &["Kickoff is at 8 p.m. Eastern on Sunday."],
    );
}

// ── URLs and e-mail ────────────────────────────────────────────────────────

#[test]
fn url_with_dots_inside() {
    splits(
        "Read the filing at https://courts.example.gov/case/2024.17.pdf before Monday. It runs to 90 pages.",
        &[
            "Read the filing at https://courts.example.gov/case/2024.17.pdf before Monday.",
            "It runs to 90 pages.",
        ],
    );
}

#[test]
fn email_at_the_end_of_a_sentence() {
    splits(
        "Send tips to news.desk@example.org. We read every message.",
        &[
            "Send tips to news.desk@example.org.",
            "We read every message.",
        ],
    );
}

#[test]
fn bare_domain_inside_a_sentence() {
    splits(
        "The company's site, www.helix-bio.com, was down for hours.",
        &["The company's site, www.helix-bio.com, was down for hours."],
    );
}

// ── Lists ──────────────────────────────────────────────────────────────────

#[test]
fn bullets_are_their_own_items() {
    assert_eq!(
        kinds("The court ordered three things:\n• a fine\n• a public apology\n• an audit"),
        [
            (
                "The court ordered three things:".to_string(),
                SentenceKind::Prose
            ),
            ("• a fine".to_string(), SentenceKind::ListItem),
            ("• a public apology".to_string(), SentenceKind::ListItem),
            ("• an audit".to_string(), SentenceKind::ListItem),
        ]
    );
}

#[test]
fn numbered_headings_are_their_own_items() {
    assert_eq!(
        kinds(
            "1. The Verdict\nThe jury found him guilty.\n2. The Appeal\nHis lawyers filed on Monday."
        ),
        [
            ("1. The Verdict".to_string(), SentenceKind::ListItem),
            (
                "The jury found him guilty.".to_string(),
                SentenceKind::Prose
            ),
            ("2. The Appeal".to_string(), SentenceKind::ListItem),
            (
                "His lawyers filed on Monday.".to_string(),
                SentenceKind::Prose
            ),
        ]
    );
}

#[test]
fn dash_and_star_bullets() {
    splits(
        "- Revenue fell 3%\n* Costs rose\n– Margins shrank",
        &["- Revenue fell 3%", "* Costs rose", "– Margins shrank"],
    );
}

#[test]
fn bullet_with_two_sentences() {
    splits(
        "• Security: The lab tests each model. It then publishes a report.",
        &[
            "• Security: The lab tests each model.",
            "It then publishes a report.",
        ],
    );
}

#[test]
fn hyphen_inside_a_line_is_not_a_bullet() {
    splits(
        "The vote was 5-4 - a narrow win for the chair.",
        &["The vote was 5-4 - a narrow win for the chair."],
    );
}

#[test]
fn numbered_items_with_parentheses() {
    splits(
        "The ruling has two parts:\n1) a fine of $2m\n2) a ban on new contracts",
        &[
            "The ruling has two parts:",
            "1) a fine of $2m",
            "2) a ban on new contracts",
        ],
    );
}

#[test]
fn year_at_a_line_start_is_not_a_list_number() {
    splits(
        "The club was founded in the spring of\n1905. It won its first title in 1921.",
        &[
            "The club was founded in the spring of 1905."
                .replace(" 1905", "\n1905")
                .as_str(),
            "It won its first title in 1921.",
        ],
    );
}

// ── Lines, headings and blank lines ────────────────────────────────────────

#[test]
fn headline_then_paragraph() {
    assert_eq!(
        kinds("Court Blocks Merger\nA federal judge on Tuesday blocked the deal."),
        [
            ("Court Blocks Merger".to_string(), SentenceKind::Line),
            (
                "A federal judge on Tuesday blocked the deal.".to_string(),
                SentenceKind::Prose
            ),
        ]
    );
}

#[test]
fn source_and_date_lines() {
    assert_eq!(
        kinds("The deal closes in June.\nSource: Reuters\nDate: March 3, 2026"),
        [
            ("The deal closes in June.".to_string(), SentenceKind::Prose),
            ("Source: Reuters".to_string(), SentenceKind::Line),
            ("Date: March 3, 2026".to_string(), SentenceKind::Line),
        ]
    );
}

#[test]
fn headline_with_a_question_mark() {
    splits(
        "Why Did the Fed Cut Rates?\nEconomists were surprised.",
        &["Why Did the Fed Cut Rates?", "Economists were surprised."],
    );
}

#[test]
fn navigation_lines_do_not_glue_to_prose() {
    splits(
        "Home\nWorld\nBusiness\nSport\nThe markets closed higher on Friday.",
        &[
            "Home",
            "World",
            "Business",
            "Sport",
            "The markets closed higher on Friday.",
        ],
    );
}

#[test]
fn advertising_lines_each_stand_alone() {
    splits(
        "Sponsored\nBest Savings Rates\nCompare accounts from 40 banks.\nTravel Deals\nFlights to Lisbon from £49!\nlisbonflights.example",
        &[
            "Sponsored",
            "Best Savings Rates",
            "Compare accounts from 40 banks.",
            "Travel Deals",
            "Flights to Lisbon from £49!",
            "lisbonflights.example",
        ],
    );
}

#[test]
fn sentence_ending_a_line_before_a_lowercase_line() {
    splits(
        "Book your seat today.\nlimited offer",
        &["Book your seat today.", "limited offer"],
    );
}

#[test]
fn blank_lines_separate_paragraphs() {
    splits(
        "The trial opened in Leeds\n\n\nThe defendant pleaded not guilty.",
        &[
            "The trial opened in Leeds",
            "The defendant pleaded not guilty.",
        ],
    );
}

#[test]
fn whitespace_only_article() {
    assert!(sentences(" \n\t\n  \r\n").is_empty());
}

#[test]
fn markdown_heading_and_list_blocks_keep_their_kind() {
    // The Markdown layer marks blocks; a heading stays one sentence whatever
    // its punctuation, and every sentence of a list block is a list item.
    let mut doc = Document::plain(
        "t.md",
        "Verdict Due. Markets Wait\n\nThe fine stands. An appeal is likely.",
    );
    doc.blocks[0].kind = BlockKind::Heading;
    doc.blocks[1].kind = BlockKind::ListItem;
    let found: Vec<_> = segment(&doc)
        .iter()
        .map(|s| (doc.text_of(s.span), s.kind))
        .collect();
    assert_eq!(
        found,
        [
            ("Verdict Due. Markets Wait", SentenceKind::Heading),
            ("The fine stands.", SentenceKind::ListItem),
            ("An appeal is likely.", SentenceKind::ListItem),
        ]
    );
}

// ── Soft-wrapped paragraphs ────────────────────────────────────────────────

#[test]
fn wrapped_line_before_a_lowercase_word() {
    splits(
        "The central bank raised rates by a quarter point\nto 4.5%, its highest level since 2008.",
        &[
            "The central bank raised rates by a quarter point\nto 4.5%, its highest level since 2008.",
        ],
    );
}

#[test]
fn wrapped_line_ending_in_a_comma() {
    splits(
        "The club signed Marco Silva,\nPaulo Dias and Rui Costa.",
        &["The club signed Marco Silva,\nPaulo Dias and Rui Costa."],
    );
}

#[test]
fn hard_wrapped_paragraph_before_capitalised_words() {
    let text = "The appeals court ruled on Thursday that the Ministry of\n\
                Justice had acted unlawfully when it deported Samuel\n\
                Okonkwo, a Nigerian national who had lived in Britain for\n\
                thirty years. His lawyers welcomed the decision.";
    assert_eq!(
        sentences(text),
        [
            "The appeals court ruled on Thursday that the Ministry of\nJustice had acted unlawfully when it deported Samuel\nOkonkwo, a Nigerian national who had lived in Britain for\nthirty years.",
            "His lawyers welcomed the decision.",
        ]
    );
}

#[test]
fn abbreviation_at_a_wrapped_line_end() {
    splits(
        "The court adjourned at 5 p.m.\non Friday. The drug is sold in the U.S.\nThe maker wants more.",
        &[
            "The court adjourned at 5 p.m.\non Friday.",
            "The drug is sold in the U.S.",
            "The maker wants more.",
        ],
    );
}

#[test]
fn short_lines_are_not_a_wrapped_paragraph() {
    splits(
        "Closed AI = iPhone\nOpen AI = Android",
        &["Closed AI = iPhone", "Open AI = Android"],
    );
}

#[test]
fn windows_line_endings() {
    splits(
        "Court Blocks Merger\r\nA judge blocked the deal. Shares fell.\r\n",
        &[
            "Court Blocks Merger",
            "A judge blocked the deal.",
            "Shares fell.",
        ],
    );
}

// ── Non-English letters ────────────────────────────────────────────────────

#[test]
fn accented_capitals_start_sentences() {
    splits(
        "Élodie Durand won the Zürich marathon. Östersund hosts the next race.",
        &[
            "Élodie Durand won the Zürich marathon.",
            "Östersund hosts the next race.",
        ],
    );
}

#[test]
fn german_quotes_and_sharp_s() {
    splits(
        "Der Trainer sagte: «Wir spielen morgen.» Die Straße bleibt gesperrt.",
        &[
            "Der Trainer sagte: «Wir spielen morgen.»",
            "Die Straße bleibt gesperrt.",
        ],
    );
}

#[test]
fn exclamation_before_an_umlaut() {
    splits(
        "Überraschung in München! Der FC Bayern verlor 0:3.",
        &["Überraschung in München!", "Der FC Bayern verlor 0:3."],
    );
}

#[test]
fn curly_apostrophes() {
    splits(
        "“It’s over,” said Ørsted’s chief. The players’ union rejected the offer.",
        &[
            "“It’s over,” said Ørsted’s chief.",
            "The players’ union rejected the offer.",
        ],
    );
}

#[test]
fn lowercase_sharp_s_continues_after_a_wrap() {
    splits(
        "Die Stadt sperrt die große\nstraße am Montag.",
        &["Die Stadt sperrt die große\nstraße am Montag."],
    );
}

// ── Properties ─────────────────────────────────────────────────────────────

/// Sentences are trimmed, non-empty, in order, disjoint, on character
/// boundaries, inside a block, and cover every non-blank character of every
/// block.
fn check_tiling(text: &str) {
    let doc = Document::plain("p.txt", text);
    let found = segment(&doc);
    let mut previous_end = 0;
    for s in &found {
        assert!(s.span.start < s.span.end, "empty sentence {s:?}");
        assert!(s.span.start >= previous_end, "overlap or disorder at {s:?}");
        assert!(doc.prose.is_char_boundary(s.span.start));
        assert!(doc.prose.is_char_boundary(s.span.end));
        let t = doc.prose_of(s.span);
        assert_eq!(t, t.trim(), "untrimmed sentence {t:?}");
        assert!(
            doc.blocks.iter().any(|b| b.span.contains(s.span)),
            "sentence {s:?} crosses a block boundary"
        );
        previous_end = s.span.end;
    }
    for block in &doc.blocks {
        for (i, c) in doc.prose_of(block.span).char_indices() {
            let at = block.span.start + i;
            if !c.is_whitespace() {
                let covering = found
                    .iter()
                    .filter(|s| s.span.start <= at && at < s.span.end)
                    .count();
                assert_eq!(covering, 1, "byte {at} ({c:?}) in {covering} sentences");
            }
        }
    }
}

proptest! {
    #[test]
    fn sentences_tile_news_like_text(text in "([A-Za-zÉéßü0-9]{1,8}|[ .?!…,\"“”’()$%•–*-]|\\. |\n|\r\n|1\\. |U\\.S\\.|p\\.m\\.){0,80}") {
        check_tiling(&text);
    }

    #[test]
    fn sentences_tile_arbitrary_unicode(text in any::<String>()) {
        check_tiling(&text);
    }
}

// ── The seeds ──────────────────────────────────────────────────────────────

#[test]
fn seeds_one_sentence_per_line() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .expect("seeds directory")
        .map(|e| {
            e.expect("seed entry")
                .file_name()
                .into_string()
                .expect("UTF-8 name")
        })
        .collect();
    names.sort();
    assert_eq!(names.len(), 5);
    for name in names {
        let bytes = std::fs::read(dir.join(&name)).expect("readable seed");
        let doc = Document::parse(&name, bytes).expect("seed parses");
        let lines: Vec<String> = segment(&doc)
            .iter()
            .map(|s| {
                let kind = match s.kind {
                    SentenceKind::Prose => "prose",
                    SentenceKind::Heading => "heading",
                    SentenceKind::ListItem => "item",
                    SentenceKind::Line => "line",
                };
                format!(
                    "{kind:>5} | {}",
                    doc.text_of(s.span).replace(['\n', '\r'], " ")
                )
            })
            .collect();
        insta::assert_snapshot!(name.trim_end_matches(".txt").to_string(), lines.join("\n"));
    }
}
