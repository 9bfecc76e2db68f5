//! `claimlint sentences [FILE|-]`: the segmenter's view of one article.

use std::io::Write;
use std::path::PathBuf;

use clap::{Args, ValueEnum};

use super::{EXIT_ERROR, EXIT_OK, InputFormat};
use crate::document::{Document, Format};
use crate::segment;

#[derive(Debug, Args)]
pub struct SentencesArgs {
    /// The article to read; `-` reads stdin.
    #[arg(default_value = "-")]
    file: PathBuf,
    /// `jsonl`: one {"start","end","text"} object a line; `lines`: one sentence a line.
    #[arg(long, value_enum, default_value_t = SentencesFormat::Lines)]
    format: SentencesFormat,
    /// How to read stdin (files are read by their extension).
    #[arg(long = "as", value_enum, default_value_t = InputFormat::Text)]
    input: InputFormat,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum SentencesFormat {
    Jsonl,
    Lines,
}

pub fn run(args: SentencesArgs) -> u8 {
    let shown = if args.file.as_os_str() == "-" {
        "<stdin>".to_string()
    } else {
        crate::project::display_path(&args.file)
    };
    let bytes = match super::read_input(&args.file) {
        Ok(b) => b,
        Err(e) => {
            super::error(format_args!("cannot read `{shown}`: {e}"));
            return EXIT_ERROR;
        }
    };
    let format = if args.file.as_os_str() == "-" {
        args.input.into()
    } else {
        Format::from_path(&args.file)
    };
    let doc = match Document::parse_as(&shown, format, bytes) {
        Ok(doc) => doc,
        Err(e) => {
            super::error(format_args!("{shown}: {e}"));
            return EXIT_ERROR;
        }
    };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for sentence in segment::segment(&doc) {
        let text = doc.text_of(sentence.span);
        let line = match args.format {
            SentencesFormat::Lines => format!("{}\n", text.replace(['\n', '\r'], " ")),
            SentencesFormat::Jsonl => format!(
                "{}\n",
                serde_json::json!({
                    "start": sentence.span.start,
                    "end": sentence.span.end,
                    "text": text,
                })
            ),
        };
        if let Err(e) = out.write_all(line.as_bytes()) {
            return exit_code(Err(e));
        }
    }
    exit_code(out.flush())
}

/// A closed pipe (`| head`) is not an error; a full disk is.
fn exit_code(written: std::io::Result<()>) -> u8 {
    use super::Written;
    if written.ok_or_gone("to standard output") {
        EXIT_OK
    } else {
        EXIT_ERROR
    }
}
