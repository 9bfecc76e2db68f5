//! Figures: a value and a unit, as rule files and news text state them.

/// What a figure counts.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Unit {
    /// A plain count or amount (3.96 billion, 40,000 GPUs).
    Count,
    /// A percentage: the value is in percent (14.3 for 14.3%).
    Percent,
    /// Money in a currency, by ISO code (USD, EUR, GBP, …).
    Currency(String),
}

/// A normalised figure: `3.96 billion` is `3_960_000_000.0` of `Count`.
#[derive(Clone, Debug, PartialEq)]
pub struct Quantity {
    pub value: f64,
    pub unit: Unit,
}

/// How far a stated figure may be from a declared one.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub enum Tolerance {
    /// Equal after normalisation (a relative error below 1e-9).
    #[default]
    Exact,
    /// A fraction of the declared value: `0.5%` is `Relative(0.005)`.
    Relative(f64),
    /// An absolute difference in the declared unit.
    Absolute(f64),
}

impl Tolerance {
    pub fn accepts(self, declared: f64, stated: f64) -> bool {
        let diff = (declared - stated).abs();
        match self {
            Tolerance::Exact => diff <= declared.abs() * 1e-9,
            Tolerance::Relative(r) => diff <= declared.abs() * r + declared.abs() * 1e-9,
            Tolerance::Absolute(a) => diff <= a + 1e-9,
        }
    }
}

/// Parses a figure as a rule file states it: `3.96 billion`, `3960000000`,
/// `14.3%`, `$14.3 billion`, `€2 bn`.
pub fn parse_quantity(text: &str) -> Option<Quantity> {
    let text = text.trim();
    let (text, unit) = if let Some(rest) = text.strip_suffix('%') {
        (rest.trim_end(), Unit::Percent)
    } else if let Some(rest) = text.strip_prefix('$') {
        (rest, Unit::Currency("USD".into()))
    } else if let Some(rest) = text.strip_prefix('€') {
        (rest, Unit::Currency("EUR".into()))
    } else if let Some(rest) = text.strip_prefix('£') {
        (rest, Unit::Currency("GBP".into()))
    } else {
        (text, Unit::Count)
    };
    let mut words = text.split_whitespace();
    let number: f64 = words.next()?.replace(',', "").parse().ok()?;
    let scale = match words.next() {
        None => 1.0,
        Some(w) => match w.to_ascii_lowercase().as_str() {
            "thousand" | "k" => 1e3,
            "million" | "m" | "mn" => 1e6,
            "billion" | "bn" | "b" => 1e9,
            "trillion" | "tn" => 1e12,
            _ => return None,
        },
    };
    if words.next().is_some() || !number.is_finite() {
        return None;
    }
    Some(Quantity {
        value: number * scale,
        unit,
    })
}

/// Parses a tolerance: `0.5%` (relative) or `1000` (absolute).
pub fn parse_tolerance(text: &str) -> Option<Tolerance> {
    let text = text.trim();
    if let Some(p) = text.strip_suffix('%') {
        let p: f64 = p.trim().parse().ok()?;
        (p.is_finite() && p >= 0.0).then_some(Tolerance::Relative(p / 100.0))
    } else {
        let a: f64 = text.replace(',', "").parse().ok()?;
        (a.is_finite() && a >= 0.0).then_some(Tolerance::Absolute(a))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rule_file_values() {
        let q = parse_quantity("3.96 billion").unwrap();
        assert_eq!(q.unit, Unit::Count);
        assert!((q.value - 3.96e9).abs() < 1.0);
        assert_eq!(parse_quantity("3960000000").unwrap().value, 3.96e9);
        assert_eq!(parse_quantity("14.3%").unwrap().unit, Unit::Percent);
        let usd = parse_quantity("$14.3 billion").unwrap();
        assert_eq!(usd.unit, Unit::Currency("USD".into()));
        assert_eq!(parse_quantity("3.96 bilion"), None);
        assert_eq!(parse_tolerance("0.5%"), Some(Tolerance::Relative(0.005)));
        assert!(Tolerance::Relative(0.005).accepts(3.96e9, 3.97e9));
        assert!(!Tolerance::Exact.accepts(3.96e9, 3.97e9));
    }
}
