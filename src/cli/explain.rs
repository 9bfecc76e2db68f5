//! `claimlint explain CODE`: each check's own documentation.

use clap::Args;

use super::{EXIT_ERROR, EXIT_OK};
use crate::code::Code;

#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// A finding code, e.g. `contradiction/name`; `all` lists every code.
    code: String,
}

pub fn run(args: ExplainArgs) -> u8 {
    if args.code == "all" {
        let mut list = String::new();
        for code in Code::ALL {
            list.push_str(&format!("{code:<28} {}\n", code.default_severity()));
        }
        return written(super::to_stdout(format_args!("{list}")));
    }
    match args.code.parse::<Code>() {
        Ok(code) => {
            let text = crate::check::explain(code);
            written(super::to_stdout(format_args!(
                "# {code} ({})\n\n{text}\n",
                code.default_severity()
            )))
        }
        Err(e) => {
            let hint = Code::ALL
                .iter()
                .map(|c| {
                    (
                        similar::TextDiff::from_chars(c.as_str(), &args.code).ratio(),
                        c,
                    )
                })
                .filter(|(r, _)| *r > 0.7)
                .max_by(|a, b| a.0.total_cmp(&b.0))
                .map(|(_, c)| format!("\n  = help: did you mean `{c}`?"))
                .unwrap_or_default();
            super::error(format_args!(
                "{e}{hint}\n  = note: `claimlint explain all` lists every code"
            ));
            EXIT_ERROR
        }
    }
}

fn written(ok: bool) -> u8 {
    if ok { EXIT_OK } else { EXIT_ERROR }
}
