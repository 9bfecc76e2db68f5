//! The `claimlint` command line: thin glue over the library.

use std::process::ExitCode;

pub fn main() -> ExitCode {
    ExitCode::SUCCESS
}
