//! `claimlint.yaml`: the project configuration at the repository root.
//!
//! ```yaml
//! rules: [rules/, desk/sports-rules/]   # rule files or directories of them (default: rules/)
//! articles: ["articles/**", "*.md"]     # what `check` reads when given no paths (default: all)
//! severity:                             # overrides for every rule file; a rule file's own win
//!   unsupported/anonymous: info
//! ```

use std::path::{Path, PathBuf};

use crate::code::{Code, Level};
use crate::rules::RuleError;
use crate::rules::yaml::{self, Node, Value};
use crate::span::Span;

/// The project configuration.
#[derive(Clone, Debug, Default)]
pub struct Config {
    /// Rule files and directories, resolved against the root.
    pub rules: Vec<PathBuf>,
    /// Globs (relative to the root) of the articles `check` reads by default.
    pub articles: Vec<globset::GlobMatcher>,
    pub severity: Vec<(Code, Level)>,
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
            let offset = e.utf8_error().valid_up_to();
            let error = RuleError {
                span: Span::default(),
                message: format!("invalid UTF-8 at byte {offset}"),
                help: Some("re-save the file as UTF-8".into()),
            };
            return Err((shown, String::new(), vec![error]));
        }
    };
    match parse(root, &source) {
        Ok(config) => Ok(Some(config)),
        Err(errors) => Err((shown, source, errors)),
    }
}

fn parse(root: &Path, source: &str) -> Result<Config, Vec<RuleError>> {
    let tree = yaml::parse(source).map_err(|e| {
        vec![RuleError {
            span: e.span,
            message: format!("this is not valid YAML: {}", e.message),
            help: Some("fix the YAML syntax".into()),
        }]
    })?;
    let mut config = Config::default();
    let mut errors = Vec::new();
    let mut error = |span: Span, message: String, help: Option<String>| {
        errors.push(RuleError {
            span,
            message,
            help,
        });
    };
    let entries = match &tree.value {
        Value::Map(entries) => entries.as_slice(),
        Value::Null => &[],
        _ => {
            error(tree.span, "claimlint.yaml must be a mapping".into(), None);
            &[]
        }
    };
    let strings = |node: &Node| -> Vec<(String, Span)> {
        match &node.value {
            Value::Seq(items) => items
                .iter()
                .map(|i| (i.text(source).trim_matches(['"', '\'']).to_string(), i.span))
                .collect(),
            Value::Str(s) => vec![(s.clone(), node.span)],
            _ => Vec::new(),
        }
    };
    for (key, value) in entries {
        let name = match &key.value {
            Value::Str(s) => s.as_str(),
            _ => "",
        };
        match name {
            "rules" => {
                for (text, _) in strings(value) {
                    config.rules.push(root.join(text));
                }
            }
            "articles" => {
                for (text, span) in strings(value) {
                    match globset::Glob::new(&text) {
                        Ok(g) => config.articles.push(g.compile_matcher()),
                        Err(e) => error(span, format!("invalid glob: {}", e.kind()), None),
                    }
                }
            }
            "severity" => {
                let Value::Map(items) = &value.value else {
                    error(
                        value.span,
                        "`severity` must be a mapping of code: level".into(),
                        None,
                    );
                    continue;
                };
                for (code, level) in items {
                    let code_text = code.text(source);
                    let level_text = level.text(source);
                    match (code_text.parse::<Code>(), level_text.parse::<Level>()) {
                        (Ok(c), Ok(l)) => config.severity.push((c, l)),
                        (Err(e), _) => error(
                            code.span,
                            e.to_string(),
                            Some("`claimlint explain all` lists every code".into()),
                        ),
                        (_, Err(())) => error(
                            level.span,
                            format!("`{level_text}` is not a severity"),
                            Some("use error, warning, info or off".into()),
                        ),
                    }
                }
            }
            other => {
                let hint = KEYS
                    .iter()
                    .map(|k| (similar::TextDiff::from_chars(*k, other).ratio(), k))
                    .filter(|(r, _)| *r >= 0.7)
                    .max_by(|a, b| a.0.total_cmp(&b.0))
                    .map(|(_, k)| format!("did you mean `{k}`?"))
                    .unwrap_or_else(|| format!("the keys are: {}", KEYS.join(", ")));
                error(
                    key.span,
                    format!("unknown key `{other}` in claimlint.yaml"),
                    Some(hint),
                );
            }
        }
    }
    if errors.is_empty() {
        Ok(config)
    } else {
        Err(errors)
    }
}

impl Config {
    /// The rule files the configuration names: files as given, directories
    /// expanded to their `*.yaml`.
    pub fn rule_files(&self) -> Vec<PathBuf> {
        let mut files = Vec::new();
        for path in &self.rules {
            if path.is_dir() {
                files.extend(crate::project::default_rule_files_in(path));
            } else {
                files.push(path.clone());
            }
        }
        files
    }
}
