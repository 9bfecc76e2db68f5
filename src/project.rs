//! A project: the repository root, its rule files and its articles.
//!
//! The root is the nearest directory upward from the current one that holds
//! `claimlint.yaml`, else the current directory. Rule files default to
//! `rules/*.yaml` under the root; articles are found by walking the paths
//! given, honouring `.gitignore`.

use std::path::{Path, PathBuf};

use globset::{Glob, GlobSet, GlobSetBuilder};

use crate::document::{Document, Format};
use crate::rules::{self, RuleError, RuleSet};

/// The file name of the project configuration.
pub const CONFIG_FILE: &str = "claimlint.yaml";

/// The nearest directory at or above `start` holding [`CONFIG_FILE`].
pub fn find_root(start: &Path) -> Option<PathBuf> {
    start
        .ancestors()
        .find(|dir| dir.join(CONFIG_FILE).is_file())
        .map(Path::to_path_buf)
}

/// The default rule files of a root: `rules/*.yaml` and `rules/*.yml`, sorted.
pub fn default_rule_files(root: &Path) -> Vec<PathBuf> {
    default_rule_files_in(&root.join("rules"))
}

/// The rule files directly in `dir`: `*.yaml` and `*.yml` but `claimlint.yaml`, sorted.
pub fn default_rule_files_in(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            p.is_file()
                && matches!(p.extension().and_then(|e| e.to_str()), Some("yaml" | "yml"))
                // The configuration is no rule file, wherever it is.
                && p.file_name().is_none_or(|n| n != CONFIG_FILE)
        })
        .collect();
    files.sort();
    files
}

/// Why a rule file could not be used.
#[derive(Debug)]
pub enum RuleFileError {
    /// The file could not be read.
    Io { path: String, error: std::io::Error },
    /// The file is not UTF-8.
    NotUtf8 {
        path: String,
        offset: usize,
        line: usize,
        column: usize,
    },
    /// The file was read but is not a valid rule file.
    Invalid {
        path: String,
        source: String,
        errors: Vec<RuleError>,
    },
}

/// Reads and validates one rule file.
pub fn load_rule_file(path: &Path) -> Result<RuleSet, RuleFileError> {
    let shown = display_path(path);
    let limit = crate::rules::yaml::MAX_RULE_FILE_BYTES as u64;
    let bytes = crate::input::read_limited(path, limit, "rule files", crate::input::Pipes::Read)
        .map_err(|error| RuleFileError::Io {
            path: shown.clone(),
            error: error.into(),
        })?;
    let source = String::from_utf8(bytes).map_err(|e| {
        let offset = e.utf8_error().valid_up_to();
        let (line, column) = crate::span::line_col_of_bytes(e.as_bytes(), offset);
        RuleFileError::NotUtf8 {
            path: shown.clone(),
            offset,
            line,
            column,
        }
    })?;
    rules::load(&shown, &source).map_err(|errors| RuleFileError::Invalid {
        path: shown,
        source,
        errors,
    })
}

/// A path as claimlint shows it: relative to the current directory when it
/// is under it (the current directory itself is `.`), with forward slashes
/// on Windows. Elsewhere a backslash is a character of the file's name and
/// is kept.
pub fn display_path(path: &Path) -> String {
    let cwd = std::env::current_dir().ok();
    let rel = cwd
        .as_deref()
        .and_then(|c| path.strip_prefix(c).ok())
        .unwrap_or(path);
    let rel = rel.strip_prefix(".").unwrap_or(rel);
    if rel.as_os_str().is_empty() {
        return ".".to_string();
    }
    let shown = rel.to_string_lossy();
    if cfg!(windows) {
        shown.replace('\\', "/")
    } else {
        shown.into_owned()
    }
}

/// What a walk of `root` could not read, and what to do about it: the
/// entry's own path (not the walk's root) and the system's reason.
fn walk_error(root: &Path, err: &ignore::Error) -> (PathBuf, String) {
    fn entry(err: &ignore::Error) -> Option<&Path> {
        match err {
            ignore::Error::WithPath { path, .. } => Some(path),
            ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => {
                entry(err)
            }
            ignore::Error::Loop { child, .. } => Some(child),
            _ => None,
        }
    }
    let path = entry(err).unwrap_or(root).to_path_buf();
    // The system's reason alone (`Permission denied (os error 13)`), found
    // down the chain of causes: the walk's own wording repeats the path.
    let reason = |io: &std::io::Error| {
        let mut cause: Option<&(dyn std::error::Error + 'static)> = Some(io);
        while let Some(e) = cause {
            if let Some(code) = e
                .downcast_ref::<std::io::Error>()
                .and_then(std::io::Error::raw_os_error)
            {
                return std::io::Error::from_raw_os_error(code);
            }
            cause = e.source();
        }
        std::io::Error::from(io.kind())
    };
    let message = match err.io_error().map(reason) {
        Some(io) => format!(
            "cannot read it: {io}; give claimlint read permission, or list it in .gitignore or .ignore to pass it by"
        ),
        None => err.to_string(),
    };
    (path, message)
}

/// The article files under `paths`: files given explicitly are taken as
/// they are; directories are walked honouring `.gitignore`, keeping
/// `.txt`, `.md` and `.html` files. Sorted, without duplicates.
pub fn article_files(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<(PathBuf, String)>) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for path in paths {
        if !path.is_dir() {
            // A file given by name is read whatever its extension; a missing
            // path, a device or a socket is reported when it is read.
            files.push(path.clone());
            continue;
        }
        let walk = ignore::WalkBuilder::new(path)
            .hidden(true)
            .require_git(false)
            .follow_links(false)
            .build();
        for entry in walk {
            match entry {
                Ok(e) if e.file_type().is_some_and(|t| t.is_file()) => {
                    if Format::is_article(e.path()) {
                        files.push(e.into_path());
                    }
                }
                Ok(_) => {}
                Err(err) => errors.push(walk_error(path, &err)),
            }
        }
    }
    files.sort();
    files.dedup();
    (files, errors)
}

/// `path` relative to the project root, for matching `applies-to` and
/// `exceptions` globs. `..` is folded into the path it leaves
/// (`articles/../drafts/a.md` is `drafts/a.md`), as a reader means it.
pub fn relative_to_root(path: &Path, root: &Path) -> PathBuf {
    use std::path::Component;
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut folded = PathBuf::new();
    for part in absolute.components() {
        match part {
            Component::ParentDir
                if matches!(folded.components().next_back(), Some(Component::Normal(_))) =>
            {
                folded.pop();
            }
            Component::CurDir => {}
            other => folded.push(other),
        }
    }
    folded
        .strip_prefix(root)
        .map_or_else(|_| path.to_path_buf(), Path::to_path_buf)
}

/// Picks the rule set for each article, as the SPEC orders it: the one whose
/// `story` equals the article's front-matter `story:`, else those whose
/// `applies-to` globs match the article's path (relative to the root), else
/// the only one loaded.
pub struct Selector {
    globs: Vec<GlobSet>,
}

impl Selector {
    pub fn new(sets: &[RuleSet]) -> Selector {
        let globs = sets
            .iter()
            .map(|set| {
                let mut builder = GlobSetBuilder::new();
                for pattern in &set.applies_to {
                    // Globs were validated when the rule file was loaded.
                    if let Ok(glob) = Glob::new(&pattern.value) {
                        builder.add(glob);
                    }
                }
                builder.build().unwrap_or_else(|_| GlobSet::empty())
            })
            .collect();
        Selector { globs }
    }

    /// Indices of the rule sets that apply to `doc` at `relative` (its path
    /// relative to the project root).
    pub fn select(&self, sets: &[RuleSet], doc: &Document, relative: &Path) -> Vec<usize> {
        if let Some(story) = &doc.front_matter.story
            && let Some(i) = sets.iter().position(|s| s.story.value == story.value)
        {
            return vec![i];
        }
        let by_glob: Vec<usize> = (0..sets.len())
            .filter(|&i| self.globs[i].is_match(relative))
            .collect();
        if !by_glob.is_empty() {
            return by_glob;
        }
        if sets.len() == 1 { vec![0] } else { Vec::new() }
    }
}
