//! Reading claimlint's input files under size limits.
//!
//! Articles, rule files, `claimlint.yaml` and standard input are all read
//! through [`read_limited`]: a regular file over its limit is refused before
//! a byte of it is read, a pipe is read no further than one byte past the
//! limit, and a device (`/dev/zero`) or a socket is refused, so no input
//! path can make claimlint exhaust memory.

use std::fmt;
use std::io::{self, Read};
use std::path::Path;

/// Why a file was not read.
#[derive(Debug)]
pub enum ReadError {
    Io(io::Error),
    /// A device or a socket: nothing claimlint can read to an end.
    NotAFile,
    /// A pipe, where the caller reads the file again and needs a file.
    Pipe,
    /// Over the limit: `size` when the file says it, else a pipe that went
    /// on past it.
    TooLarge {
        size: Option<u64>,
        limit: u64,
        what: &'static str,
    },
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            ReadError::Io(e) => write!(f, "{e}"),
            ReadError::NotAFile => f.write_str(
                "not a regular file (a device or a socket); claimlint reads files and pipes",
            ),
            ReadError::Pipe => f.write_str("a pipe, where a file that can be read again is needed"),
            ReadError::TooLarge { size, limit, what } => {
                let mb = limit >> 20;
                match size {
                    Some(size) => {
                        write!(f, "the file is {size} bytes; {what} are limited to {mb} MB")
                    }
                    None => write!(
                        f,
                        "the input goes on past {mb} MB; {what} are limited to {mb} MB"
                    ),
                }
            }
        }
    }
}

impl std::error::Error for ReadError {}

impl From<ReadError> for io::Error {
    fn from(e: ReadError) -> io::Error {
        match e {
            ReadError::Io(e) => e,
            other => io::Error::other(other.to_string()),
        }
    }
}

/// Whether a pipe will do: it can be read only once.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pipes {
    Read,
    Refused,
}

/// The bytes of `path` (a regular file, or a pipe if `pipes` allows), at
/// most `limit` of them; `what` names such files in the error
/// (`"articles"`).
pub fn read_limited(
    path: &Path,
    limit: u64,
    what: &'static str,
    pipes: Pipes,
) -> Result<Vec<u8>, ReadError> {
    let meta = std::fs::metadata(path).map_err(ReadError::Io)?;
    let kind = meta.file_type();
    if kind.is_dir() {
        return Err(ReadError::Io(io::Error::other("is a directory")));
    }
    if !kind.is_file() {
        return match (is_fifo(&kind), pipes) {
            (false, _) => Err(ReadError::NotAFile),
            (true, Pipes::Refused) => Err(ReadError::Pipe),
            // A pipe says no size: it is cut at the limit as it is read.
            (true, Pipes::Read) => read_to_limit(open(path)?, 0, limit, what),
        };
    }
    if meta.len() > limit {
        return Err(ReadError::TooLarge {
            size: Some(meta.len()),
            limit,
            what,
        });
    }
    read_to_limit(open(path)?, meta.len(), limit, what)
}

fn open(path: &Path) -> Result<std::fs::File, ReadError> {
    std::fs::File::open(path).map_err(ReadError::Io)
}

/// Standard input, at most `limit` bytes of it.
pub fn read_stdin_limited(limit: u64, what: &'static str) -> Result<Vec<u8>, ReadError> {
    read_to_limit(io::stdin().lock(), 0, limit, what)
}

/// Reads `reader` to its end, or fails once it passes `limit` (a file that
/// grew since its size was read, or a pipe).
fn read_to_limit(
    reader: impl Read,
    expected: u64,
    limit: u64,
    what: &'static str,
) -> Result<Vec<u8>, ReadError> {
    let mut bytes = Vec::with_capacity(usize::try_from(expected.min(limit)).unwrap_or(0));
    reader
        .take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(ReadError::Io)?;
    if bytes.len() as u64 > limit {
        return Err(ReadError::TooLarge {
            size: None,
            limit,
            what,
        });
    }
    Ok(bytes)
}

#[cfg(unix)]
fn is_fifo(kind: &std::fs::FileType) -> bool {
    std::os::unix::fs::FileTypeExt::is_fifo(kind)
}

#[cfg(not(unix))]
fn is_fifo(_: &std::fs::FileType) -> bool {
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_within_the_limit_is_read_whole() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt");
        std::fs::write(&path, "Helix Bio").unwrap();
        assert_eq!(
            read_limited(&path, 9, "articles", Pipes::Read).unwrap(),
            b"Helix Bio"
        );
    }

    #[test]
    fn a_file_over_the_limit_is_refused_by_its_size() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt");
        std::fs::write(&path, "Helix Bio").unwrap();
        let e = read_limited(&path, 8, "articles", Pipes::Read).unwrap_err();
        assert_eq!(
            e.to_string(),
            "the file is 9 bytes; articles are limited to 0 MB"
        );
    }

    #[test]
    fn a_stream_is_cut_one_byte_past_the_limit() {
        let e = read_to_limit(io::repeat(0), 0, 1 << 20, "rule files").unwrap_err();
        assert_eq!(
            e.to_string(),
            "the input goes on past 1 MB; rule files are limited to 1 MB"
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_device_is_refused() {
        let e = read_limited(Path::new("/dev/zero"), 1 << 20, "articles", Pipes::Read).unwrap_err();
        assert!(matches!(e, ReadError::NotAFile), "{e}");
    }
}
