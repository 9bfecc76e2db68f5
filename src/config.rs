//! `claimlint.yaml`: the project configuration at the repository root.
//!
//! ```yaml
//! rules: [rules/, desk/sports-rules/]   # rule files or directories of them (default: rules/)
//! articles: ["articles/**", "*.md"]     # what `check` reads when given no paths (default: all)
//! severity:                             # overrides for every rule file; a rule file's own win
//!   unsupported/anonymous: info
//! ```

use std::path::{Path, PathBuf};

use globset::{Glob, GlobSet, GlobSetBuilder};

use crate::code::{Code, Level};
use crate::rules::yaml::{self, Node, Value};
use crate::rules::{Reader, RuleError};
use crate::span::Span;

/// The project configuration.
#[derive(Clone, Debug, Default)]
pub struct Config {
    /// Rule files and directories, resolved against the root.
    pub rules: Vec<PathBuf>,
    /// Globs (relative to the root) of the articles `check` reads by
    /// default, matched together; empty when every article is read.
    pub articles: GlobSet,
    pub severity: Vec<(Code, Level)>,
    /// The project root, where `claimlint.yaml` is.
    root: PathBuf,
}

const KEYS: &[&str] = &["rules", "articles", "severity"];

/// Reads `root/claimlint.yaml`; `Ok(None)` when there is none.
pub fn load(root: &Path) -> Result<Option<Config>, (String, String, Vec<RuleError>)> {
    let path = root.join(crate::project::CONFIG_FILE);
    let shown = crate::project::display_path(&path);
    // A directory of that name is not a configuration (the root search
    // passes it by too).
    if path.is_dir() {
        return Ok(None);
    }
    let limit = crate::rules::yaml::MAX_RULE_FILE_BYTES as u64;
    let bytes = match crate::input::read_limited(
        &path,
        limit,
        "configuration files",
        crate::input::Pipes::Read,
    ) {
        Ok(bytes) => bytes,
        Err(crate::input::ReadError::Io(e)) if e.kind() == std::io::ErrorKind::NotFound => {
            return Ok(None);
        }
        Err(e) => {
            let error = RuleError {
                span: Span::default(),
                message: format!("cannot read it: {e}"),
                help: Some("make it a readable YAML file, or remove it".into()),
            };
            return Err((shown, String::new(), vec![error]));
        }
    };
    let source = match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => {
            // Shown in the text as far as it reads, the bad byte a U+FFFD
            // after the same valid prefix, so the snippet points at it.
            let offset = e.utf8_error().valid_up_to();
            let shown_text = String::from_utf8_lossy(e.as_bytes()).into_owned();
            let error = RuleError {
                span: Span::new(offset, offset + '\u{fffd}'.len_utf8()),
                message: format!("invalid UTF-8 at byte {offset}"),
                help: Some("re-save the file as UTF-8".into()),
            };
            return Err((shown, shown_text, vec![error]));
        }
    };
    match parse(root, &source) {
        Ok(config) => Ok(Some(config)),
        Err(errors) => Err((shown, source, errors)),
    }
}

fn parse(root: &Path, source: &str) -> Result<Config, Vec<RuleError>> {
    let tree = yaml::parse(source).map_err(|e| {
        let help = if e.message.contains("budget") || e.message.contains("limit") {
            "claimlint.yaml goes beyond claimlint's limits on aliases, nesting or size; write it out plainly"
        } else {
            "fix the YAML syntax; claimlint.yaml is one YAML mapping"
        };
        vec![RuleError {
            span: e.span,
            message: format!("this is not valid YAML: {}", e.message),
            help: Some(help.into()),
        }]
    })?;
    let mut reader = Reader::new(source);
    let mut config = Config {
        root: root.to_path_buf(),
        ..Config::default()
    };
    // An empty file (or one of comments) configures nothing.
    let entries = match tree.value {
        Value::Null => Vec::new(),
        _ => reader.mapping(&tree, KEYS, "claimlint.yaml"),
    };
    let this_file = std::fs::canonicalize(root.join(crate::project::CONFIG_FILE)).ok();
    for (key, value) in entries {
        match key {
            "rules" => {
                let paths = strings(
                    &mut reader,
                    value,
                    "rules",
                    "a rule file or directory",
                    "rules/",
                );
                for (text, span) in paths {
                    let path = root.join(&text);
                    if this_file.is_some() && std::fs::canonicalize(&path).ok() == this_file {
                        reader.error(
                            span,
                            format!("`{text}` is this configuration file, not a rule file"),
                            Some("name a rule file or a directory of rule files".to_string()),
                        );
                        continue;
                    }
                    // A path that cannot be looked at (a directory without
                    // permission) is reported when it is read.
                    if matches!(path.try_exists(), Ok(false)) {
                        let help = if text.contains(['*', '?', '[', '{']) {
                            "globs are not expanded here: name a rule file, or the directory that holds the rule files (its `*.yaml` are read)"
                        } else {
                            "name a rule file or a directory of rule files, relative to the directory of claimlint.yaml"
                        };
                        reader.error(
                            span,
                            format!("there is no rule file or directory `{text}`"),
                            Some(help.to_string()),
                        );
                        continue;
                    }
                    config.rules.push(path);
                }
            }
            "articles" => {
                let globs = strings(&mut reader, value, "articles", "a glob", "\"articles/**\"");
                let mut builder = GlobSetBuilder::new();
                let mut valid = true;
                for (text, span) in globs {
                    match Glob::new(&text) {
                        Ok(glob) => {
                            builder.add(glob);
                        }
                        Err(e) => {
                            valid = false;
                            reader.error(
                                span,
                                format!("invalid glob: {}", e.kind()),
                                Some(
                                    "write a glob relative to the project root, such as `articles/**`"
                                        .to_string(),
                                ),
                            );
                        }
                    }
                }
                if valid {
                    match builder.build() {
                        Ok(set) => config.articles = set,
                        Err(e) => reader.error(
                            value.span,
                            format!("the article globs cannot be compiled: {e}"),
                            Some("use fewer or simpler globs".to_string()),
                        ),
                    }
                }
            }
            "severity" => config.severity = reader.severity(value),
            // `mapping` keeps only the known keys.
            _ => {}
        }
    }
    let errors = reader.into_errors();
    if errors.is_empty() {
        Ok(config)
    } else {
        Err(errors)
    }
}

/// The value of `key`: one string or a list of them (`what`), each with its
/// span. Anything else (a number, a mapping, an empty string) is an error.
fn strings(
    reader: &mut Reader,
    node: &Node,
    key: &str,
    what: &str,
    example: &str,
) -> Vec<(String, Span)> {
    let items = match &node.value {
        Value::Seq(items) => items.as_slice(),
        Value::Null => &[],
        Value::Str(_) => std::slice::from_ref(node),
        _ => {
            reader.error(
                node.span,
                format!(
                    "`{key}` must be {what} or a list of them, not {}",
                    node.kind()
                ),
                Some(format!("write `{key}: [{example}]`")),
            );
            return Vec::new();
        }
    };
    let mut out = Vec::new();
    for item in items {
        match &item.value {
            Value::Str(text) if text.is_empty() => reader.error(
                item.span,
                format!("an entry of `{key}` is empty"),
                Some(format!("write {what}, or remove the entry")),
            ),
            Value::Str(text) => out.push((text.clone(), item.span)),
            Value::Scalar(text) => reader.error(
                item.span,
                format!("an entry of `{key}` must be a string, not {}", item.kind()),
                Some(format!(
                    "write it in quotes: `\"{}\"`",
                    text.escape_default()
                )),
            ),
            _ => reader.error(
                item.span,
                format!("an entry of `{key}` must be a string, not {}", item.kind()),
                Some(format!("write `{key}: [{example}]`")),
            ),
        }
    }
    out
}

impl Config {
    /// The rule files the configuration names: files as given, directories
    /// expanded to their `*.yaml`.
    pub fn rule_files(&self) -> Vec<PathBuf> {
        let mut files = Vec::new();
        // A rule directory that is the root holds claimlint.yaml too: that
        // is no rule file.
        let this_file = std::fs::canonicalize(self.root.join(crate::project::CONFIG_FILE)).ok();
        for path in &self.rules {
            if path.is_dir() {
                files.extend(
                    crate::project::default_rule_files_in(path)
                        .into_iter()
                        .filter(|f| {
                            this_file.is_none() || std::fs::canonicalize(f).ok() != this_file
                        }),
                );
            } else {
                files.push(path.clone());
            }
        }
        files
    }
}
