//! The document layer: what counts as prose in each input format.

use claimlint::document::{BlockKind, DirectiveKind, Document, DocumentError};

fn md(text: &str) -> Document {
    Document::parse("article.md", text.as_bytes().to_vec()).expect("valid Markdown")
}

fn html(text: &str) -> Document {
    Document::parse("article.html", text.as_bytes().to_vec()).expect("valid HTML")
}

/// The original text of every block, in order.
fn blocks(doc: &Document) -> Vec<&str> {
    doc.blocks.iter().map(|b| doc.text_of(b.span)).collect()
}

/// The prose view of every block with runs of blanks squeezed, in order.
fn words(doc: &Document) -> Vec<String> {
    assert_eq!(doc.prose.len(), doc.source().len());
    doc.blocks
        .iter()
        .map(|b| {
            doc.prose_of(b.span)
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

fn kinds(doc: &Document) -> Vec<BlockKind> {
    doc.blocks.iter().map(|b| b.kind).collect()
}

#[test]
fn markdown_paragraphs_and_headings() {
    let doc = md(
        "# Court blocks the merger\n\nThe tribunal ruled on **Tuesday** that the deal\nmust be unwound.\n\nShares fell 4%.\n",
    );
    assert_eq!(
        blocks(&doc),
        [
            "Court blocks the merger",
            "The tribunal ruled on **Tuesday** that the deal\nmust be unwound.",
            "Shares fell 4%."
        ]
    );
    assert_eq!(
        words(&doc)[1],
        "The tribunal ruled on Tuesday that the deal must be unwound."
    );
    assert_eq!(
        kinds(&doc),
        [
            BlockKind::Heading,
            BlockKind::Paragraph,
            BlockKind::Paragraph
        ]
    );
}

#[test]
fn markdown_lists_nested_lists_and_quotes() {
    let doc = md(
        "Findings:\n\n- The drug cut relapses by 31%.\n- Side effects were mild.\n  1. Nausea in 4% of patients.\n  2. Headache in 2%.\n\n> The trial was well run, said Dr. Okafor.\n> It enrolled 1,200 patients.\n",
    );
    assert_eq!(
        blocks(&doc),
        [
            "Findings:",
            "The drug cut relapses by 31%.",
            "Side effects were mild.",
            "Nausea in 4% of patients.",
            "Headache in 2%.",
            "The trial was well run, said Dr. Okafor.\n> It enrolled 1,200 patients.",
        ]
    );
    assert_eq!(
        kinds(&doc),
        [
            BlockKind::Paragraph,
            BlockKind::ListItem,
            BlockKind::ListItem,
            BlockKind::ListItem,
            BlockKind::ListItem,
            BlockKind::Other,
        ]
    );
    assert_eq!(
        words(&doc)[5],
        "The trial was well run, said Dr. Okafor. It enrolled 1,200 patients."
    );
}

#[test]
fn markdown_loose_list_items_keep_their_kind() {
    let doc = md("* The board approved the merger.\n\n* Regulators must still sign off.\n");
    assert_eq!(kinds(&doc), [BlockKind::ListItem, BlockKind::ListItem]);
    assert_eq!(
        words(&doc),
        [
            "The board approved the merger.",
            "Regulators must still sign off."
        ]
    );
}

#[test]
fn markdown_table_cells_are_blocks_without_pipes() {
    let doc = md("| Club | Fee |\n|---|---|\n| Ajax | €40 million |\n");
    assert_eq!(blocks(&doc), ["Club", "Fee", "Ajax", "€40 million"]);
    assert!(kinds(&doc).iter().all(|&k| k == BlockKind::Other));
    assert!(!doc.prose.contains('|'));
}

#[test]
fn markdown_code_is_not_prose() {
    let doc = md(
        "Run `claimlint check` first.\n\n```\nThe CEO is Jane Roe.\n```\n\n    indented code: 40% off\n\nAfter the code.\n",
    );
    assert_eq!(words(&doc), ["Run first.", "After the code."]);
    assert!(!doc.prose.contains("Jane Roe"));
    assert!(!doc.prose.contains("40%"));
    assert!(!doc.prose.contains("claimlint check"));
}

#[test]
fn markdown_links_keep_their_text_but_not_their_destination() {
    let doc = md(
        "The [ruling](https://court.example/ruling-2026 \"PDF\") was [published][r] today.\n\n[r]: https://court.example/press\n",
    );
    assert_eq!(words(&doc), ["The ruling was published today."]);
    assert!(!doc.prose.contains("court.example"));
    assert!(!doc.prose.contains("PDF"));
}

#[test]
fn markdown_urls_autolinks_and_images_are_blanked() {
    let doc = md(
        "Read <https://club.example/transfer> or www.club.example/news, and see https://club.example/a_b.\n\n![Striker signing the contract](photo.jpg)\n\nWrite to <press@club.example>.\n",
    );
    assert_eq!(words(&doc), ["Read or , and see .", "Write to ."]);
    assert!(!doc.prose.contains("Striker"));
}

#[test]
fn markdown_url_look_alikes_stay_prose() {
    let doc = md("The httpd team and the www.-less domain debate; Wwwise shipped.\n");
    assert_eq!(
        words(&doc),
        ["The httpd team and the www.-less domain debate; Wwwise shipped."]
    );
}

#[test]
fn markdown_entities_and_escapes_keep_length() {
    let doc = md("Smith &amp; Sons won \\*all\\* three bids &mdash; a first.\n");
    assert_eq!(doc.prose.len(), doc.source().len());
    // The decoded character is followed by padding, so an escape leaves a gap.
    assert_eq!(
        words(&doc),
        ["Smith & Sons won *all * three bids — a first."]
    );
}

#[test]
fn markdown_html_and_comments_are_blanked() {
    let doc = md(
        "<div class=\"note\">\nSponsored content\n</div>\n\nThe vote was <b>close</b>.<!-- check the tally -->\n",
    );
    // Tags become blanks of their own length.
    assert_eq!(words(&doc), ["The vote was close ."]);
    assert!(doc.directives.is_empty());
    assert!(!doc.prose.contains("tally"));
}

#[test]
fn markdown_directives_are_parsed() {
    let doc = md(
        "<!-- claimlint-disable-next-line contradiction/name unsupported/source -->\nAlexander Wang spoke.\n\nText <!-- claimlint-disable unsupported/anonymous --> more.\n\n<!-- claimlint-enable -->\n\n<!-- claimlint-disable contradiction/nmae -->\n<!-- claimlint-ignore everything -->\n",
    );
    let found: Vec<_> = doc
        .directives
        .iter()
        .map(|d| (d.kind, d.codes.clone(), doc.text_of(d.span)))
        .collect();
    assert_eq!(found.len(), 5, "{found:?}");
    assert_eq!(found[0].0, DirectiveKind::DisableNextLine);
    assert_eq!(found[0].1, ["contradiction/name", "unsupported/source"]);
    assert!(found[0].2.starts_with("<!--") && found[0].2.ends_with("-->"));
    assert_eq!(found[1].0, DirectiveKind::Disable);
    assert_eq!(found[1].1, ["unsupported/anonymous"]);
    assert_eq!(found[2].0, DirectiveKind::Enable);
    assert!(found[2].1.is_empty());
    // A misspelt code is kept as written, for the suppression layer to report.
    assert_eq!(found[3].1, ["contradiction/nmae"]);
    assert_eq!(found[4].0, DirectiveKind::Unknown);
    assert_eq!(words(&doc), ["Alexander Wang spoke.", "Text more."]);
}

#[test]
fn markdown_directive_over_several_lines() {
    let doc = md(
        "<!--\n  claimlint-disable\n  unsupported/anonymous\n-->\n\nSources say the deal is off.\n",
    );
    assert_eq!(doc.directives.len(), 1);
    assert_eq!(doc.directives[0].kind, DirectiveKind::Disable);
    assert_eq!(doc.directives[0].codes, ["unsupported/anonymous"]);
    assert_eq!(blocks(&doc), ["Sources say the deal is off."]);
}

#[test]
fn deeply_nested_html_does_not_overflow() {
    let divs = "<div>".repeat(10_000) + "deep";
    assert_eq!(words(&html(&divs)), ["deep"]);
    let quotes = "<blockquote><p>".repeat(10_000) + "quoted" + &"</p></blockquote>".repeat(10_000);
    assert_eq!(words(&html(&quotes)), ["quoted"]);
}

#[test]
fn markdown_front_matter_is_data_not_prose() {
    let text = "---\nstory: eu-merger-ruling\ndate: 2026-03-12 # day of the ruling\ntitle: \"Court blocks the merger\"\ntags: [courts]\n---\nThe court ruled on Thursday.\n";
    let doc = md(text);
    let front = &doc.front_matter;
    let story = front.story.as_ref().expect("story");
    assert_eq!(story.value, "eu-merger-ruling");
    assert_eq!(doc.text_of(story.span), "eu-merger-ruling");
    let date = front.date.as_ref().expect("date");
    assert_eq!(date.value, "2026-03-12");
    assert_eq!(doc.text_of(date.span), "2026-03-12");
    let title = front.title.as_ref().expect("title");
    assert_eq!(title.value, "Court blocks the merger");
    assert_eq!(doc.text_of(title.span), "Court blocks the merger");
    assert_eq!(
        front.span.map(|s| doc.text_of(s).ends_with("---")),
        Some(true)
    );
    assert_eq!(blocks(&doc), ["The court ruled on Thursday."]);
    assert!(!doc.prose.contains("eu-merger"));
}

#[test]
fn markdown_front_matter_after_a_bom_and_with_crlf() {
    let doc = md("\u{feff}---\r\nstory: 'transfer-window'\r\n---\r\nAjax signed him.\r\n");
    assert_eq!(
        doc.front_matter.story.as_ref().map(|f| f.value.as_str()),
        Some("transfer-window")
    );
    assert_eq!(blocks(&doc), ["Ajax signed him."]);
}

#[test]
fn markdown_unterminated_front_matter_is_an_error() {
    let err = Document::parse("a.md", b"---\nstory: x\nThe court ruled.\n".to_vec()).unwrap_err();
    assert_eq!(err, DocumentError::UnterminatedFrontMatter { offset: 0 });
}

#[test]
fn markdown_rule_that_is_not_front_matter() {
    let doc = md("The court ruled.\n\n---\n\nMore later.\n");
    assert!(doc.front_matter.span.is_none());
    assert_eq!(blocks(&doc), ["The court ruled.", "More later."]);
}

#[test]
fn invalid_utf8_names_the_byte() {
    let mut bytes = b"The vote: ".to_vec();
    bytes.push(0xC3);
    assert_eq!(
        Document::parse("a.md", bytes).unwrap_err(),
        DocumentError::InvalidUtf8 {
            offset: 10,
            line: 1,
            column: 11
        }
    );
}

#[test]
fn deeply_nested_markdown_does_not_overflow() {
    for text in [
        ">".repeat(10_000) + " deep",
        (0..10_000)
            .map(|i| format!("{}- x\n", " ".repeat(i * 2)))
            .collect::<String>(),
        "- ".repeat(10_000) + "deep",
        "*".repeat(10_000) + "a" + &"*".repeat(10_000),
        "[".repeat(10_000) + "a" + &"]".repeat(10_000),
    ] {
        let doc = md(&text);
        assert_eq!(doc.prose.len(), doc.source().len());
    }
}

#[test]
fn html_body_text_only() {
    let doc = html(
        "<!DOCTYPE html>\n<html><head><title>Transfer news</title>\n<meta name=\"story\" content=\"striker-transfer\">\n<style>p { color: red }</style></head>\n<body>\n<h1>Ajax sign the striker</h1>\n<p>The club paid <em>€40 million</em>, its record fee.</p>\n<script>var claim = \"Ajax paid 90 million\";</script>\n</body></html>\nTrailing junk after the body.",
    );
    assert_eq!(
        blocks(&doc),
        [
            "Ajax sign the striker",
            "The club paid <em>€40 million</em>, its record fee."
        ]
    );
    assert_eq!(
        words(&doc)[1],
        "The club paid €40 million , its record fee."
    );
    assert_eq!(kinds(&doc), [BlockKind::Heading, BlockKind::Paragraph]);
    assert!(!doc.prose.contains("Trailing"));
    assert!(!doc.prose.contains("90 million"));
    assert!(!doc.prose.contains("color"));
}

#[test]
fn html_fragment_without_body_is_all_prose() {
    let doc = html("<p>The senate passed the bill 52 to 48.</p><p>It now goes to the house.</p>");
    assert_eq!(
        words(&doc),
        [
            "The senate passed the bill 52 to 48.",
            "It now goes to the house."
        ]
    );
}

#[test]
fn html_block_elements_end_blocks() {
    let doc = html(
        "<body><div>Polls closed at 8 p.m.<br>Turnout was 61%.</div><ul><li>Labour: 34%</li><li>Greens <b>12%</b></li></ul><blockquote>We won, she said.</blockquote><table><tr><th>Party</th><td>Seats</td></tr></table><section>Final</section></body>",
    );
    assert_eq!(
        words(&doc),
        [
            "Polls closed at 8 p.m.",
            "Turnout was 61%.",
            "Labour: 34%",
            "Greens 12%",
            "We won, she said.",
            "Party",
            "Seats",
            "Final"
        ]
    );
    assert_eq!(
        kinds(&doc),
        [
            BlockKind::Paragraph,
            BlockKind::Paragraph,
            BlockKind::ListItem,
            BlockKind::ListItem,
            BlockKind::Other,
            BlockKind::Other,
            BlockKind::Other,
            BlockKind::Paragraph,
        ]
    );
}

#[test]
fn html_unclosed_paragraphs_and_items_close_each_other() {
    let doc = html("<ul><li>First <p>nested para</p> tail<li>Second</ul><p>One<p>Two");
    assert_eq!(
        words(&doc),
        ["First", "nested para", "tail", "Second", "One", "Two"]
    );
    assert_eq!(kinds(&doc)[..4], [BlockKind::ListItem; 4]);
    assert_eq!(kinds(&doc)[4..], [BlockKind::Paragraph; 2]);
}

#[test]
fn html_navigation_and_templates_are_not_prose() {
    let doc = html(
        "<body><nav><a href=\"/\">Home</a> <a href=\"/sport\">Sport</a></nav><template><p>Ajax paid 90 million.</p></template><noscript>Enable JavaScript.</noscript><p>Ajax paid 40 million.</p></body>",
    );
    assert_eq!(words(&doc), ["Ajax paid 40 million."]);
}

#[test]
fn html_character_references_keep_length() {
    let doc = html(
        "<p>Smith &amp; Sons&rsquo; bid &#8212; worth &#x20AC;2bn &mdash; failed&nbsp;today. &bogus; &#0; AT&T</p>",
    );
    assert_eq!(doc.prose.len(), doc.source().len());
    let prose = doc.prose_of(doc.blocks[0].span);
    assert!(prose.starts_with("Smith &     Sons’"), "{prose}");
    assert!(prose.contains("—"));
    assert!(prose.contains("€"));
    assert!(prose.contains("failed\u{a0}"));
    // Unknown, invalid and bare ampersands stay as written.
    assert!(prose.contains("&bogus;"));
    assert!(prose.contains("&#0;"));
    assert!(prose.contains("AT&T"));
}

#[test]
fn html_reference_longer_than_its_text_stays_as_written() {
    // `&#1;`… are controls; `&#128512;` decodes to 4 bytes in 9: it fits.
    let doc = html("<p>Fans cheered &#128512; loudly.</p>");
    assert!(doc.prose.contains("😀"));
    let doc = html("<p>A&lt;B</p>");
    assert_eq!(words(&doc), ["A< B"]);
}

#[test]
fn html_comments_and_directives() {
    let doc = html(
        "<body><!-- claimlint-disable-next-line unsupported/number -->\n<p>Revenue rose 12%.</p><!-- editor: verify --><p>Done.</p><!-- claimlint-enable unsupported/number --></body>",
    );
    assert_eq!(words(&doc), ["Revenue rose 12%.", "Done."]);
    assert_eq!(doc.directives.len(), 2);
    assert_eq!(doc.directives[0].kind, DirectiveKind::DisableNextLine);
    assert_eq!(doc.directives[0].codes, ["unsupported/number"]);
    assert_eq!(doc.directives[1].kind, DirectiveKind::Enable);
    assert!(doc.text_of(doc.directives[1].span).ends_with("-->"));
    assert!(!doc.prose.contains("verify"));
}

#[test]
fn html_metadata_fills_front_matter() {
    let doc = html(
        "<html><head><title> Court blocks merger </title><meta property='article:published_time' content=\"2026-03-12\"><meta name=story content=eu-merger-ruling></head><body><p>The court ruled.</p></body></html>",
    );
    let front = &doc.front_matter;
    let story = front.story.as_ref().expect("story");
    assert_eq!(
        (story.value.as_str(), doc.text_of(story.span)),
        ("eu-merger-ruling", "eu-merger-ruling")
    );
    let date = front.date.as_ref().expect("date");
    assert_eq!(doc.text_of(date.span), "2026-03-12");
    let title = front.title.as_ref().expect("title");
    assert_eq!(doc.text_of(title.span), "Court blocks merger");
    assert_eq!(blocks(&doc), ["The court ruled."]);
}

#[test]
fn html_malformed_input_does_not_break() {
    for text in [
        "<p>Unclosed <b title=\"x>y\">bold",
        "<p>3 < 4 and 5 > 2</p>",
        "<!-- never closed <p>hidden",
        "<p>a</p></div></li></p></body><p>b",
        "<script>never closed",
        "<<<>>></><!><?x",
        "<p title='unclosed>Still text?</p>",
        "&#xFFFFFFFF; &#99999999999; &;",
    ] {
        let doc = html(text);
        assert_eq!(doc.prose.len(), doc.source().len(), "{text}");
    }
    assert_eq!(words(&html("<p>3 < 4 and 5 > 2</p>")), ["3 < 4 and 5 > 2"]);
    assert!(html("<!-- never closed <p>hidden").blocks.is_empty());
}

#[test]
fn html_urls_in_text_are_blanked_but_link_text_kept() {
    let doc = html(
        "<p>See <a href=\"https://court.example/r\">the ruling</a> at https://court.example/r.</p>",
    );
    assert_eq!(words(&doc), ["See the ruling at ."]);
}

#[test]
fn plain_text_is_unchanged() {
    let doc = Document::parse("a.txt", b"Ajax paid <b>40</b> million.\n\nNext.".to_vec()).unwrap();
    assert_eq!(doc.prose, doc.source());
    assert_eq!(blocks(&doc), ["Ajax paid <b>40</b> million.", "Next."]);
}

#[test]
fn plain_text_after_a_bom_keeps_the_bom_in_its_source_only() {
    let bytes = "\u{feff}Ajax paid 40 million.\n".as_bytes().to_vec();
    let doc = Document::parse("a.txt", bytes.clone()).unwrap();
    assert_eq!(doc.source().as_bytes(), bytes.as_slice());
    assert_eq!(doc.prose, "   Ajax paid 40 million.\n");
    assert_eq!(doc.text_of(doc.blocks[0].span), "Ajax paid 40 million.");
    assert_eq!(doc.into_source().into_bytes(), bytes);
}

mod never_panics {
    use super::*;
    use proptest::prelude::*;

    /// Bytes that lean towards markup, so the parsers' edge cases are reached.
    fn markupish() -> impl Strategy<Value = Vec<u8>> {
        let pieces = prop_oneof![
            Just(b"<".to_vec()),
            Just(b">".to_vec()),
            Just(b"<!--".to_vec()),
            Just(b"-->".to_vec()),
            Just(b"<p>".to_vec()),
            Just(b"</p>".to_vec()),
            Just(b"<li>".to_vec()),
            Just(b"<body>".to_vec()),
            Just(b"<script>".to_vec()),
            Just(b"</script".to_vec()),
            Just(b"&amp;".to_vec()),
            Just(b"&#".to_vec()),
            Just(b"&".to_vec()),
            Just(b";".to_vec()),
            Just(b"\"".to_vec()),
            Just(b"'".to_vec()),
            Just(b"---\n".to_vec()),
            Just(b"\n".to_vec()),
            Just(b"> ".to_vec()),
            Just(b"- ".to_vec()),
            Just(b"`".to_vec()),
            Just(b"```\n".to_vec()),
            Just(b"*".to_vec()),
            Just(b"[".to_vec()),
            Just(b"](".to_vec()),
            Just(b")".to_vec()),
            Just(b"|".to_vec()),
            Just(b"\\".to_vec()),
            Just("é’€😀".as_bytes().to_vec()),
            Just(b"https://x.y ".to_vec()),
            Just(b"www.".to_vec()),
            Just(b"claimlint-disable ".to_vec()),
            Just(b"story: ".to_vec()),
            Just(b"  ".to_vec()),
            Just(b"\r\n".to_vec()),
            Just(b"\xef\xbb\xbf".to_vec()),
            Just(b"word ".to_vec()),
            proptest::collection::vec(any::<u8>(), 0..4),
        ];
        proptest::collection::vec(pieces, 0..60).prop_map(|v| v.concat())
    }

    fn check(path: &str, bytes: Vec<u8>) {
        let Ok(doc) = Document::parse(path, bytes) else {
            return;
        };
        assert_eq!(doc.prose.len(), doc.source().len());
        for (p, s) in doc.prose.bytes().zip(doc.source().bytes()) {
            assert!(
                p == s || p == b' ' || s == b'&' || s >= 0x80 || p >= 0x80 || s == b'\\',
                "prose byte {p} for {s}"
            );
            assert_eq!(p == b'\n', s == b'\n');
        }
        let mut last_end = 0;
        for block in &doc.blocks {
            assert!(block.span.start >= last_end && block.span.start < block.span.end);
            assert!(block.span.end <= doc.source().len());
            assert!(doc.source().is_char_boundary(block.span.start));
            assert!(doc.source().is_char_boundary(block.span.end));
            assert!(doc.prose.is_char_boundary(block.span.start));
            assert!(doc.prose.is_char_boundary(block.span.end));
            last_end = block.span.end;
        }
        let fields = [
            &doc.front_matter.story,
            &doc.front_matter.date,
            &doc.front_matter.title,
        ];
        let spans = doc
            .directives
            .iter()
            .map(|d| d.span)
            .chain(fields.into_iter().flatten().map(|f| f.span))
            .chain(doc.front_matter.span);
        for span in spans {
            assert!(span.start <= span.end && span.end <= doc.source().len());
            assert!(doc.source().get(span.range()).is_some());
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(400))]

        #[test]
        fn markdown(bytes in markupish()) { check("a.md", bytes); }

        #[test]
        fn html(bytes in markupish()) { check("a.html", bytes); }

        #[test]
        fn text(bytes in markupish()) { check("a.txt", bytes); }

        #[test]
        fn markdown_any_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..300)) { check("a.md", bytes); }

        #[test]
        fn html_any_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..300)) { check("a.html", bytes); }

        #[test]
        fn text_any_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..300)) { check("a.txt", bytes); }
    }
}
