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
        for code in Code::ALL {
            println!("{code:<28} {}", code.default_severity());
        }
        return EXIT_OK;
    }
    match args.code.parse::<Code>() {
        Ok(code) => {
            let text = crate::check::explain(code);
            println!("# {code} ({})\n", code.default_severity());
            println!("{text}");
            EXIT_OK
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
