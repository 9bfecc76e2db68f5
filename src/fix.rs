//! Applying canonical-name fixes: in memory, as a unified diff, and to the
//! file on disk, atomically.
//!
//! Only safe fixes are applied (a listed misspelling, an unambiguous near
//! miss); the others stay suggestions. A file is rewritten through a
//! temporary file in the same directory, with the original's permissions,
//! then renamed over it, so a reader never sees half a file and a failed
//! write leaves the original as it was. A file that changed since it was
//! read is left alone. An article reached through a symbolic link is
//! rewritten where the link points, and the link stays a link.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use crate::check::Finding;

/// The text with every safe fix of `findings` applied, and the findings
/// fixed. Overlapping fixes keep the first.
pub fn apply<'f>(source: &str, findings: &'f [Finding]) -> (String, Vec<&'f Finding>) {
    let mut fixes: Vec<&Finding> = findings
        .iter()
        .filter(|f| f.fix.as_ref().is_some_and(|x| x.safe))
        .filter(|f| source.get(f.span.range()).is_some())
        .collect();
    fixes.sort_by_key(|f| (f.span.start, f.span.end));
    let mut out = String::with_capacity(source.len());
    let mut at = 0;
    let mut applied = Vec::new();
    for f in fixes {
        if f.span.start < at {
            continue;
        }
        let Some(fix) = &f.fix else { continue };
        out.push_str(&source[at..f.span.start]);
        out.push_str(&fix.replacement);
        at = f.span.end;
        applied.push(f);
    }
    out.push_str(&source[at..]);
    (out, applied)
}

/// A unified diff of `before` → `after` for `path`, empty when equal.
pub fn diff(path: &str, before: &str, after: &str) -> String {
    if before == after {
        return String::new();
    }
    similar::TextDiff::from_lines(before, after)
        .unified_diff()
        .context_radius(2)
        .header(&format!("a/{path}"), &format!("b/{path}"))
        .to_string()
}

/// Why a fixed file was not written.
#[derive(Debug)]
pub enum WriteError {
    /// The file changed since it was read: it is left alone.
    Changed,
    Io(io::Error),
}

impl std::fmt::Display for WriteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            WriteError::Changed => f.write_str(
                "the file changed since it was read; it was left alone (run again to fix it)",
            ),
            WriteError::Io(e) => write!(f, "{e}; the file was left as it was"),
        }
    }
}

/// Whether `path` still holds exactly `before`; read no further than one
/// byte past it, whatever the file has become.
fn holds(path: &Path, before: &[u8]) -> io::Result<bool> {
    use crate::input::{Pipes, ReadError, read_limited};
    match read_limited(path, before.len() as u64, "articles", Pipes::Refused) {
        Ok(current) => Ok(current == before),
        Err(ReadError::TooLarge { .. }) => Ok(false),
        Err(e) => Err(e.into()),
    }
}

/// Replaces `path`'s contents with `after`, atomically, provided the file
/// still holds `before` (the bytes the findings were computed on).
pub fn write_atomically(path: &Path, before: &[u8], after: &[u8]) -> Result<(), WriteError> {
    // Renaming over a link would replace the link, not the article.
    let resolved;
    let path = if fs::symlink_metadata(path)
        .map_err(WriteError::Io)?
        .file_type()
        .is_symlink()
    {
        resolved = fs::canonicalize(path).map_err(WriteError::Io)?;
        resolved.as_path()
    } else {
        path
    };
    if !holds(path, before).map_err(WriteError::Io)? {
        return Err(WriteError::Changed);
    }
    let metadata = fs::metadata(path).map_err(WriteError::Io)?;
    let permissions = metadata.permissions();
    if permissions.readonly() {
        return Err(WriteError::Io(io::Error::new(
            io::ErrorKind::PermissionDenied,
            "the file is read-only",
        )));
    }
    // The file is replaced, not written: a user who may not write it could
    // still replace it in a directory they may write. Opening it for
    // writing (without truncating) asks the system what the user may do.
    fs::OpenOptions::new()
        .write(true)
        .open(path)
        .map_err(WriteError::Io)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        // Replacing a file with other names would leave them the old text.
        if metadata.nlink() > 1 {
            return Err(WriteError::Io(io::Error::other(format!(
                "the file has {} names (hard links), and a fix would leave the others with the old text; fix it by hand",
                metadata.nlink()
            ))));
        }
    }
    let temp = temp_path(path);
    // A temporary file that is there already is another writer's: it is
    // neither written nor removed. Only its owner may read it until it has
    // the article's permissions.
    let mut options = fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(&temp).map_err(WriteError::Io)?;
    let result = (|| {
        file.write_all(after)?;
        keep_owner(&file, &metadata)?;
        file.set_permissions(permissions)?;
        file.sync_all()?;
        drop(file);
        // A last look: a write between our read and now must not be lost.
        if !holds(path, before)? {
            return Err(io::Error::other("changed"));
        }
        fs::rename(&temp, path)
    })();
    match result {
        Ok(()) => Ok(()),
        Err(e) => {
            let _ = fs::remove_file(&temp);
            if e.to_string() == "changed" {
                Err(WriteError::Changed)
            } else {
                Err(WriteError::Io(e))
            }
        }
    }
}

/// Gives the new file the article's owner and group, which a file created
/// by another user does not have: one the user cannot hand over (only the
/// superuser can) is not replaced, so the article stays its owner's.
#[cfg(unix)]
fn keep_owner(file: &fs::File, article: &fs::Metadata) -> io::Result<()> {
    use std::os::unix::fs::MetadataExt;
    let new = file.metadata()?;
    if (new.uid(), new.gid()) == (article.uid(), article.gid()) {
        return Ok(());
    }
    std::os::unix::fs::fchown(file, Some(article.uid()), Some(article.gid())).map_err(|e| {
        io::Error::new(
            e.kind(),
            format!(
                "the file belongs to user {} and group {}, and a fixed copy could not be given to them ({e}); run the fix as its owner",
                article.uid(),
                article.gid()
            ),
        )
    })
}

#[cfg(not(unix))]
fn keep_owner(_: &fs::File, _: &fs::Metadata) -> io::Result<()> {
    Ok(())
}

/// `dir/.claimlint-PID-HASH.tmp`, HASH of the file's name: beside the
/// file, so the rename stays on one file system, and short, so that an
/// article whose name is as long as a name may be still has one.
pub fn temp_path(path: &Path) -> PathBuf {
    use std::hash::BuildHasher;
    let name = path.file_name().unwrap_or_default();
    let hash = foldhash::quality::FixedState::with_seed(0x7465_6d70).hash_one(name);
    path.with_file_name(format!(".claimlint-{}-{hash:016x}.tmp", std::process::id()))
}
