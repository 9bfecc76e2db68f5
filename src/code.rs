//! Finding codes and severities: the registry every check, rule file and
//! renderer agrees on.

use std::fmt;
use std::str::FromStr;

/// How serious a finding is. Ordered: `Info < Warning < Error`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

macro_rules! codes {
    ($($variant:ident => $name:literal, $severity:ident;)*) => {
        /// A finding code, `category/kind`.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Code {
            $($variant,)*
        }

        impl Code {
            /// Every code, in the order of the SPEC's table.
            pub const ALL: &'static [Code] = &[$(Code::$variant,)*];

            pub fn as_str(self) -> &'static str {
                match self {
                    $(Code::$variant => $name,)*
                }
            }

            /// The severity a finding of this code has unless a rule file or
            /// the config overrides it.
            pub fn default_severity(self) -> Severity {
                match self {
                    $(Code::$variant => Severity::$severity,)*
                }
            }
        }
    };
}

codes! {
    ContradictionName => "contradiction/name", Error;
    ContradictionLeader => "contradiction/leader", Error;
    ContradictionTitle => "contradiction/title", Error;
    ContradictionDate => "contradiction/date", Error;
    ContradictionNumber => "contradiction/number", Error;
    ContradictionClaim => "contradiction/claim", Error;
    UnsupportedSource => "unsupported/source", Warning;
    UnsupportedAnonymous => "unsupported/anonymous", Warning;
    UnsupportedNumber => "unsupported/number", Warning;
    UnsupportedModel => "unsupported/model", Warning;
    ConsistencyDate => "consistency/date", Warning;
    ConsistencyCrossArticle => "consistency/cross-article", Warning;
    // Findings about claimlint's own inputs rather than the article's claims.
    ConfigNoRules => "config/no-rules", Info;
    ConfigUnusedSuppression => "config/unused-suppression", Info;
}

impl Code {
    /// The part before the slash: `contradiction`, `unsupported`, `consistency`.
    pub fn category(self) -> &'static str {
        self.as_str().split('/').next().unwrap_or_default()
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Code {
    type Err = UnknownCode;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Code::ALL
            .iter()
            .copied()
            .find(|c| c.as_str() == s)
            .ok_or_else(|| UnknownCode(s.to_string()))
    }
}

/// A string that names no finding code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownCode(pub String);

impl fmt::Display for UnknownCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown finding code `{}`", self.0)
    }
}

/// A severity level as a rule file or the config sets it: a severity or `off`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Level {
    Off,
    On(Severity),
}

impl Level {
    /// The level of `code` under `overrides` (later entries win), else its
    /// default severity.
    pub fn of(code: Code, overrides: &[(Code, Level)]) -> Level {
        overrides
            .iter()
            .rev()
            .find(|(c, _)| *c == code)
            .map_or(Level::On(code.default_severity()), |&(_, l)| l)
    }

    /// Gives `finding` this level's severity; `false` when the level is off.
    pub fn apply(self, finding: &mut crate::check::Finding) -> bool {
        match self {
            Level::Off => false,
            Level::On(severity) => {
                finding.severity = severity;
                true
            }
        }
    }
}

impl FromStr for Level {
    type Err = ();

    fn from_str(s: &str) -> Result<Self, ()> {
        match s {
            "off" => Ok(Level::Off),
            "info" => Ok(Level::On(Severity::Info)),
            "warning" => Ok(Level::On(Severity::Warning)),
            "error" => Ok(Level::On(Severity::Error)),
            _ => Err(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for &code in Code::ALL {
            assert_eq!(code.as_str().parse::<Code>(), Ok(code));
        }
        assert_eq!(Code::ContradictionName.category(), "contradiction");
        assert!("contradiction/nmae".parse::<Code>().is_err());
    }
}
