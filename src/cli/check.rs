//! `claimlint check [PATHS…]`: lint articles against their rule files.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use clap::{Args, ValueEnum};
use rayon::prelude::*;

use super::{ColorChoice, EXIT_ERROR, EXIT_FINDINGS, EXIT_OK};
use crate::check::cross::Fact;
use crate::check::{Finding, Pending};
use crate::claims::Story;
use crate::code::{Code, Level, Severity};
use crate::document::Document;
use crate::input::Pipes;
use crate::project::{self, RuleFileError, Selector};
use crate::rules::RuleSet;
use crate::span::Span;

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Articles or directories to check (default: the current directory).
    paths: Vec<PathBuf>,
    /// A rule file, or a directory of them, to use (repeatable). Default:
    /// the configuration's `rules`, else every `rules/*.yaml` under the
    /// project root (the directory of `claimlint.yaml`, else the current one).
    #[arg(long = "rules", value_name = "FILE")]
    rules: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = crate::report::Format::Human)]
    format: crate::report::Format,
    /// The lowest severity that makes the exit code 1.
    #[arg(long, value_enum, default_value_t = FailOn::Error)]
    fail_on: FailOn,
    /// Print only the findings: no summary line, no info-level findings.
    #[arg(long, short)]
    quiet: bool,
    /// After the findings, count them per code.
    #[arg(long)]
    statistics: bool,
    /// When to colour the output.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    color: ColorChoice,
    /// Apply the safe canonical-name fixes in place (atomically), then
    /// report what is left.
    #[arg(long, conflicts_with = "diff")]
    fix: bool,
    /// Print the safe canonical-name fixes as unified diffs; change nothing.
    /// Exits 1 when there is something to fix.
    #[arg(long)]
    diff: bool,
}

/// `--fail-on`: which findings fail the run.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum FailOn {
    Error,
    Warning,
    Info,
    Never,
}

impl FailOn {
    fn fails(self, severity: Severity) -> bool {
        match self {
            FailOn::Never => false,
            FailOn::Error => severity >= Severity::Error,
            FailOn::Warning => severity >= Severity::Warning,
            FailOn::Info => true,
        }
    }
}

/// What the run does with each article besides checking it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Check,
    /// `--fix`: write the safe fixes, then check again.
    Fix,
    /// `--diff`: show the safe fixes.
    Diff,
}

/// What checking one article produced. Its text is not kept: the report
/// reads it again, and `digest` tells whether it is still what was checked.
struct Outcome {
    path: String,
    /// The article's path on disk.
    file: PathBuf,
    /// Its path relative to the project root (for globs).
    relative: PathBuf,
    /// A digest of the text the findings point into.
    digest: Option<u64>,
    /// `--diff`: the safe fixes as a unified diff.
    diff: String,
    /// `--fix`: how many findings were fixed; why a write failed; what to
    /// say when the fixed text could not be read again.
    fixed: usize,
    fix_error: Option<String>,
    fix_note: Option<String>,
    sentences: usize,
    findings: Vec<Finding>,
    /// Why the article could not be read.
    error: Option<String>,
    /// The rule sets that apply to the article.
    chosen: Vec<usize>,
    /// `(rule set, exception)` pairs that excused a finding here.
    used_exceptions: Vec<(usize, usize)>,
    /// `(rule set, exception)` pairs whose path matches this article.
    applicable_exceptions: Vec<(usize, usize)>,
    /// Per rule set, the facts to compare with the story's other articles,
    /// and the directives whose use the comparison decides.
    facts: Vec<(usize, Vec<Fact>, Pending)>,
}

pub fn run(args: CheckArgs) -> u8 {
    let cwd = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
    let root = project::find_root(&cwd).unwrap_or_else(|| cwd.clone());
    let Some((config, rule_files)) = super::configured(&root, &args.rules, args.color.enabled())
    else {
        return EXIT_ERROR;
    };
    let Some(mut sets) = load_rules(&rule_files, args.color.enabled()) else {
        return EXIT_ERROR;
    };
    // The configuration's severities come first: a rule file's own win.
    for set in &mut sets {
        set.severity.splice(0..0, config.severity.iter().copied());
    }

    let walk_all = args.paths.is_empty();
    let (mut files, walk_errors) = project::article_files(&super::default_paths(args.paths));
    if walk_all && !config.articles.is_empty() {
        files.retain(|f| {
            let relative = project::relative_to_root(f, &root);
            config.articles.is_match(&relative)
        });
    }
    // An article named twice (a link and its target, `a.md ./a.md`) is
    // checked once, and under `--fix` written once: two writers of one file
    // would race.
    let mut seen = std::collections::HashSet::new();
    files.retain(|f| seen.insert(std::fs::canonicalize(f).unwrap_or_else(|_| f.clone())));
    let mut failed_input = !walk_errors.is_empty();
    for (path, error) in walk_errors {
        super::error(format_args!("{}: {error}", project::display_path(&path)));
    }

    let stories: Vec<Story> = sets.par_iter().map(Story::new).collect();
    let selector = Selector::new(&sets);
    let mode = if args.fix {
        Mode::Fix
    } else if args.diff {
        Mode::Diff
    } else {
        Mode::Check
    };
    let mut outcomes: Vec<Outcome> = files
        .par_iter()
        .map(|path| check_file(path, &root, &sets, &stories, &selector, mode))
        .collect();

    if args.diff {
        return print_diffs(&outcomes, failed_input);
    }
    if args.fix {
        failed_input |= report_fixes(&outcomes);
    }

    let mut findings = cross_article(&mut outcomes, &sets);
    let mut sources = Vec::new();
    let mut sentences = 0;
    for outcome in &mut outcomes {
        if let Some(error) = &outcome.error {
            super::error(format_args!("{}: {error}", outcome.path));
            failed_input = true;
        }
        sentences += outcome.sentences;
        // No rule file applies: the configuration's severities do.
        outcome.findings.retain_mut(|f| {
            f.code != Code::ConfigNoRules || Level::of(f.code, &config.severity).apply(f)
        });
        findings.append(&mut outcome.findings);
    }
    let used: std::collections::HashSet<(usize, usize)> = outcomes
        .iter()
        .flat_map(|o| o.used_exceptions.iter().copied())
        .collect();
    // An exception is unused when it applies to an article checked in this
    // run and excused nothing there.
    let applicable: std::collections::HashSet<(usize, usize)> = outcomes
        .iter()
        .flat_map(|o| o.applicable_exceptions.iter().copied())
        .collect();
    for (i, set) in sets.iter().enumerate() {
        sources.push((set.path.clone(), set.source.clone()));
        for (e, exception) in set.exceptions.iter().enumerate() {
            let mut unused = unused_exception(set, exception.span);
            if applicable.contains(&(i, e))
                && !used.contains(&(i, e))
                && set.level(unused.code).apply(&mut unused)
            {
                findings.push(unused);
            }
        }
    }
    // The exit code judges every finding, shown or not.
    let fails = findings.iter().any(|f| args.fail_on.fails(f.severity));
    if args.quiet {
        findings.retain(|f| f.severity > Severity::Info);
    }
    findings.sort_by(|a, b| {
        (&a.path, a.span.start, a.span.end, a.code).cmp(&(
            &b.path,
            b.span.start,
            b.span.end,
            b.code,
        ))
    });

    // Articles are read again for the report, one at a time; one that
    // changed since it was checked is an error, not a wrong position.
    // Two files may show as one path (names that are not UTF-8): the one
    // whose digest matches is the one.
    let mut on_disk: std::collections::HashMap<&str, Vec<(&Path, u64)>> =
        std::collections::HashMap::new();
    for o in &outcomes {
        if let Some(digest) = o.digest {
            on_disk
                .entry(o.path.as_str())
                .or_default()
                .push((o.file.as_path(), digest));
        }
    }
    let changed = std::cell::RefCell::new(std::collections::BTreeSet::new());
    let read_again = |path: &str| -> Option<String> {
        let text = on_disk
            .get(path)?
            .iter()
            .find_map(|&(file, digest)| unchanged_text(file, digest));
        if text.is_none() {
            changed.borrow_mut().insert(path.to_string());
        }
        text
    };
    let report = crate::report::Report::with_articles(
        &sources,
        &findings,
        files.len(),
        sentences,
        &read_again,
    );
    let options = crate::report::Options {
        color: args.color.enabled(),
        statistics: args.statistics,
        quiet: args.quiet,
    };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let written = crate::report::render(args.format, &report, &options, &mut out)
        .and_then(|()| std::io::Write::flush(&mut out));
    if !super::Written::ok_or_gone(written, "the report") {
        return EXIT_ERROR;
    }
    for path in changed.borrow().iter() {
        super::error(format_args!(
            "{path}: changed while it was being checked, so its findings are shown without their place; run claimlint again"
        ));
        failed_input = true;
    }

    if failed_input {
        EXIT_ERROR
    } else if fails {
        EXIT_FINDINGS
    } else {
        EXIT_OK
    }
}

/// `consistency/cross-article` for every story with two articles or more,
/// at the rule file's severity. A finding an exception of the rule file
/// excuses is dropped and the exception counts as used; one the article's
/// directives suppress is dropped, and those directives are no longer
/// reported as suppressing nothing.
fn cross_article(outcomes: &mut [Outcome], sets: &[RuleSet]) -> Vec<Finding> {
    let mut out = Vec::new();
    for (story, set) in sets.iter().enumerate() {
        let Level::On(severity) = set.level(Code::ConsistencyCrossArticle) else {
            continue;
        };
        // Where each article's facts are: (outcome, entry of its facts).
        let mut at = Vec::new();
        let mut articles: Vec<(&str, &[Fact])> = Vec::new();
        for (o, outcome) in outcomes.iter().enumerate() {
            for (k, (i, facts, _)) in outcome.facts.iter().enumerate() {
                if *i == story {
                    at.push((o, k));
                    articles.push((&outcome.path, facts));
                }
            }
        }
        if articles.len() < 2 {
            continue;
        }
        let disagreements = crate::check::cross::compare(&articles);
        // Per article, the suppressed findings and their lines.
        let mut suppressed: BTreeMap<usize, (Vec<Finding>, Vec<usize>)> = BTreeMap::new();
        for d in disagreements {
            let (o, k) = at[d.article];
            let fact = &outcomes[o].facts[k].1[d.fact];
            let mut finding = d.finding;
            finding.severity = severity;
            if let Some(e) = fact.excused {
                outcomes[o].used_exceptions.push((story, e));
            } else if fact.suppressed {
                let (findings, lines) = suppressed.entry(d.article).or_default();
                lines.push(fact.line);
                findings.push(finding);
            } else {
                out.push(finding);
            }
        }
        for (a, (findings, lines)) in suppressed {
            let (o, k) = at[a];
            let outcome = &mut outcomes[o];
            let used = outcome.facts[k].2.settle(&findings, &lines);
            outcome.findings.retain(|f| !Pending::reported(f, &used));
        }
    }
    out
}

/// `--diff`: every safe fix as a unified diff on stdout.
fn print_diffs(outcomes: &[Outcome], mut failed_input: bool) -> u8 {
    let mut any = false;
    let mut written = true;
    for outcome in outcomes {
        // An article that could not be read has no diff, but is an error.
        if let Some(error) = &outcome.error {
            super::error(format_args!("{}: {error}", outcome.path));
            failed_input = true;
        }
        if !outcome.diff.is_empty() {
            any = true;
            written = written && super::to_stdout(format_args!("{}", outcome.diff));
        }
    }
    if failed_input || !written {
        EXIT_ERROR
    } else if any {
        EXIT_FINDINGS
    } else {
        EXIT_OK
    }
}

/// `--fix`: says what was fixed and what could not be. Returns whether a
/// write failed.
fn report_fixes(outcomes: &[Outcome]) -> bool {
    let mut failed = false;
    let (mut fixed, mut files) = (0, 0);
    for outcome in outcomes {
        if outcome.fixed > 0 {
            fixed += outcome.fixed;
            files += 1;
        }
        if let Some(note) = &outcome.fix_note {
            super::error(format_args!("{}: fixed, but {note}", outcome.path));
        }
        if let Some(e) = &outcome.fix_error {
            super::error(format_args!("{}: cannot apply fixes: {e}", outcome.path));
            failed = true;
        }
    }
    if fixed > 0 {
        super::to_stderr(format_args!(
            "fixed {fixed} finding{} in {files} file{}\n",
            if fixed == 1 { "" } else { "s" },
            if files == 1 { "" } else { "s" }
        ));
    }
    failed
}

/// `--fix` on one checked article: writes its safe fixes atomically and
/// checks the new text afresh, so that every span points into the file as
/// it now is. Returns the text now on disk.
fn fix_article(outcome: &mut Outcome, source: String, stories: &[Story]) -> Option<String> {
    let (after, applied) = crate::fix::apply(&source, &outcome.findings);
    if applied.is_empty() {
        return Some(source);
    }
    if let Err(e) = crate::fix::write_atomically(&outcome.file, source.as_bytes(), after.as_bytes())
    {
        outcome.fix_error = Some(e.to_string());
        return Some(source);
    }
    outcome.fixed = applied.len();
    let format = crate::document::Format::from_path(&outcome.file);
    match Document::from_source(&outcome.path, format, after) {
        Ok(doc) => {
            outcome.findings.clear();
            outcome.facts.clear();
            for &i in &outcome.chosen {
                let checked = crate::check_document_at(&stories[i], &doc, &outcome.relative);
                outcome.findings.extend(checked.findings);
                if !checked.facts.is_empty() {
                    outcome.facts.push((i, checked.facts, checked.pending));
                }
            }
            Some(doc.into_source())
        }
        Err(e) => {
            outcome.findings.clear();
            outcome.facts.clear();
            outcome.fix_note = Some(e.to_string());
            None
        }
    }
}

/// The text of `file` when it is still the text whose digest is `digest`.
fn unchanged_text(file: &Path, digest: u64) -> Option<String> {
    crate::input::read_limited(file, MAX_ARTICLE_BYTES, "articles", Pipes::Refused)
        .ok()
        .filter(|bytes| digest_of(bytes) == digest)
        .and_then(|bytes| String::from_utf8(bytes).ok())
}

/// The digest that tells whether an article read again for the report is
/// the text that was checked.
fn digest_of(bytes: &[u8]) -> u64 {
    use std::hash::BuildHasher;
    foldhash::quality::FixedState::with_seed(0x636c_6169_6d6c_696e).hash_one(bytes)
}

/// Loads every rule file; on any error prints every diagnostic and returns
/// `None`.
pub(super) fn load_rules(files: &[PathBuf], color: bool) -> Option<Vec<RuleSet>> {
    let mut sets = Vec::new();
    let mut ok = true;
    // Read and validated side by side; reported in the order given.
    let loaded: Vec<_> = files
        .par_iter()
        .map(|f| project::load_rule_file(f))
        .collect();
    for result in loaded {
        match result {
            Ok(set) => sets.push(set),
            Err(RuleFileError::Io { path, error }) => {
                super::error(format_args!("cannot read rule file `{path}`: {error}"));
                ok = false;
            }
            Err(RuleFileError::NotUtf8 {
                path,
                offset,
                line,
                column,
            }) => {
                super::error(format_args!(
                    "{path}: invalid UTF-8 at line {line}, column {column} (byte {offset}); re-save the rule file as UTF-8"
                ));
                ok = false;
            }
            Err(RuleFileError::Invalid {
                path,
                source,
                errors,
            }) => {
                super::to_stderr(format_args!(
                    "{}",
                    crate::report::rule_errors::render(&path, &source, &errors, color)
                ));
                ok = false;
            }
        }
    }
    // Articles name their story by id: two rule files of one id would make
    // the choice between them silent.
    let mut first_of: std::collections::HashMap<&str, &RuleSet> = std::collections::HashMap::new();
    for set in &sets {
        if let Some(first) = first_of.insert(&set.story.value, set) {
            let (line, column) = crate::span::LineIndex::new(&set.source)
                .line_col(&set.source, set.story.span.start);
            super::error(format_args!(
                "{}:{line}:{column}: story `{}` is also the story of {}; give each rule file its own `story` id",
                set.path, set.story.value, first.path
            ));
            first_of.insert(&first.story.value, first);
            ok = false;
        }
    }
    ok.then_some(sets)
}

fn check_file(
    path: &Path,
    root: &Path,
    sets: &[RuleSet],
    stories: &[Story],
    selector: &Selector,
    mode: Mode,
) -> Outcome {
    let shown = project::display_path(path);
    let mut outcome = Outcome {
        path: shown.clone(),
        file: path.to_path_buf(),
        relative: project::relative_to_root(path, root),
        digest: None,
        diff: String::new(),
        fixed: 0,
        fix_error: None,
        fix_note: None,
        sentences: 0,
        findings: Vec::new(),
        error: None,
        chosen: Vec::new(),
        used_exceptions: Vec::new(),
        applicable_exceptions: Vec::new(),
        facts: Vec::new(),
    };
    // The report reads the article again: a pipe would be empty by then.
    let bytes = match super::read_article(path, Pipes::Refused) {
        Ok(bytes) => bytes,
        Err(e) => {
            outcome.error = Some(e);
            return outcome;
        }
    };
    let doc = match Document::parse(&shown, bytes) {
        Ok(doc) => doc,
        Err(e) => {
            outcome.error = Some(e.to_string());
            return outcome;
        }
    };
    let relative = outcome.relative.clone();
    let chosen = selector.select(sets, &doc, &relative);
    if chosen.is_empty() {
        outcome.findings.push(no_rules(&doc, sets.len()));
    }
    outcome.chosen.clone_from(&chosen);
    for i in chosen {
        let checked = crate::check_document_at(&stories[i], &doc, &relative);
        outcome.sentences = checked.sentences.len();
        outcome.findings.extend(checked.findings);
        outcome
            .used_exceptions
            .extend(checked.used_exceptions.into_iter().map(|e| (i, e)));
        outcome.applicable_exceptions.extend(
            sets[i]
                .exceptions
                .iter()
                .enumerate()
                .filter(|(_, e)| e.path.is_match(&relative))
                .map(|(e, _)| (i, e)),
        );
        if !checked.facts.is_empty() {
            outcome.facts.push((i, checked.facts, checked.pending));
        }
    }
    if outcome.chosen.len() > 1 {
        one_report_per_directive(&mut outcome.findings, outcome.chosen.len());
    }
    let source = match mode {
        Mode::Check => Some(doc.into_source()),
        Mode::Diff => {
            let (after, applied) = crate::fix::apply(doc.source(), &outcome.findings);
            if !applied.is_empty() {
                outcome.diff = crate::fix::diff(&outcome.path, doc.source(), &after);
            }
            None
        }
        Mode::Fix => fix_article(&mut outcome, doc.into_source(), stories),
    };
    if let Some(source) = source
        && (!outcome.findings.is_empty() || !outcome.facts.is_empty())
    {
        outcome.digest = Some(digest_of(source.as_bytes()));
    }
    outcome
}

/// An article read against several stories has its directives read once
/// per story: a directive suppresses nothing only when it suppressed
/// nothing for any of the `stories`, and each problem of a directive is
/// reported once, at the highest severity a story gives it.
fn one_report_per_directive(findings: &mut Vec<Finding>, stories: usize) {
    let mut reports: std::collections::HashMap<(Span, String), (usize, Severity)> =
        std::collections::HashMap::new();
    for f in findings
        .iter()
        .filter(|f| f.code == Code::ConfigUnusedSuppression)
    {
        let entry = reports
            .entry((f.span, f.message.clone()))
            .or_insert((0, f.severity));
        entry.0 += 1;
        entry.1 = entry.1.max(f.severity);
    }
    findings.retain_mut(|f| {
        if f.code != Code::ConfigUnusedSuppression {
            return true;
        }
        let Some(&(count, severity)) = reports.get(&(f.span, f.message.clone())) else {
            // Its first copy was kept: the others go.
            return false;
        };
        if Pending::unused(f) && count < stories {
            // Another story's findings used it.
            return false;
        }
        reports.remove(&(f.span, f.message.clone()));
        f.severity = severity;
        true
    });
}

/// The finding for an exception of a rule file that excused nothing.
fn unused_exception(set: &RuleSet, span: Span) -> Finding {
    let code = Code::ConfigUnusedSuppression;
    Finding {
        path: set.path.clone(),
        code,
        severity: code.default_severity(),
        message: "this exception excuses no finding".into(),
        span,
        label: "unused".into(),
        found: set.source.get(span.range()).unwrap_or_default().to_string(),
        expected: None,
        sentence: span,
        fact: None,
        fix: None,
        help: vec!["remove it, or correct its path, code or text".into()],
        notes: Vec::new(),
        related: Vec::new(),
    }
}

/// The largest article read, so that one stray file cannot exhaust memory
/// (a Markdown or HTML document keeps the text twice: the original and its
/// prose view).
pub const MAX_ARTICLE_BYTES: u64 = 1 << 30;

/// The finding for an article no rule file applies to.
fn no_rules(doc: &Document, loaded: usize) -> Finding {
    let end = doc
        .source()
        .char_indices()
        .nth(1)
        .map_or(doc.source().len(), |(i, _)| i);
    let span = Span::new(0, end);
    let message = if loaded == 0 {
        "no rule file is loaded, so this article is not checked".to_string()
    } else {
        "no rule file applies to this article, so it is not checked".to_string()
    };
    Finding {
        path: doc.path.clone(),
        code: Code::ConfigNoRules,
        severity: Code::ConfigNoRules.default_severity(),
        message,
        span,
        label: "not checked".into(),
        found: doc.text_of(span).to_string(),
        expected: None,
        sentence: span,
        fact: None,
        fix: None,
        help: vec![
            "add `story: <id>` to the article's front matter, or an `applies-to` glob to a rule file, or pass `--rules FILE`".into(),
        ],
        notes: Vec::new(),
        related: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_article_read_again_must_be_the_text_checked() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.txt");
        std::fs::write(&file, "Helix Bio rose.").unwrap();
        let digest = digest_of(b"Helix Bio rose.");
        assert_eq!(
            unchanged_text(&file, digest).as_deref(),
            Some("Helix Bio rose.")
        );
        std::fs::write(&file, "Helix Bio fell.").unwrap();
        assert_eq!(unchanged_text(&file, digest), None);
        std::fs::remove_file(&file).unwrap();
        assert_eq!(unchanged_text(&file, digest), None);
    }
}
