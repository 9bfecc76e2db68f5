//! Dates: the ISO 8601 forms of rule files and the forms of news text.

use jiff::civil::Date;

/// A date as a rule file states it: a day, a month or a year. A month or a
/// year stands for its whole span.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FactDate {
    Day(Date),
    Month { year: i16, month: i8 },
    Year(i16),
}

impl FactDate {
    /// Parses `2026-04-06`, `2025-06` or `2025`.
    pub fn parse_iso(text: &str) -> Option<FactDate> {
        let text = text.trim();
        let parts: Vec<&str> = text.split('-').collect();
        let num = |s: &str, len: usize| -> Option<i64> {
            (s.len() == len && s.bytes().all(|b| b.is_ascii_digit()))
                .then(|| s.parse().ok())
                .flatten()
        };
        match parts.as_slice() {
            [y] => Some(FactDate::Year(num(y, 4)? as i16)),
            [y, m] => {
                let (year, month) = (num(y, 4)? as i16, num(m, 2)? as i8);
                (1..=12)
                    .contains(&month)
                    .then_some(FactDate::Month { year, month })
            }
            [y, m, d] => Date::new(num(y, 4)? as i16, num(m, 2)? as i8, num(d, 2)? as i8)
                .ok()
                .map(FactDate::Day),
            _ => None,
        }
    }

    /// The first day of the span.
    pub fn first_day(self) -> Date {
        match self {
            FactDate::Day(d) => d,
            FactDate::Month { year, month } => Date::new(year, month, 1).unwrap_or_default(),
            FactDate::Year(year) => Date::new(year, 1, 1).unwrap_or_default(),
        }
    }

    /// The last day of the span.
    pub fn last_day(self) -> Date {
        match self {
            FactDate::Day(d) => d,
            FactDate::Month { .. } => self.first_day().last_of_month(),
            FactDate::Year(year) => Date::new(year, 12, 31).unwrap_or_default(),
        }
    }

    pub fn contains(self, day: Date) -> bool {
        self.first_day() <= day && day <= self.last_day()
    }
}

impl std::fmt::Display for FactDate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FactDate::Day(d) => write!(f, "{d}"),
            FactDate::Month { year, month } => write!(f, "{year:04}-{month:02}"),
            FactDate::Year(year) => write!(f, "{year:04}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_forms() {
        assert_eq!(
            FactDate::parse_iso("2026-04-06"),
            Some(FactDate::Day(Date::new(2026, 4, 6).unwrap()))
        );
        assert_eq!(
            FactDate::parse_iso("2025-06"),
            Some(FactDate::Month {
                year: 2025,
                month: 6
            })
        );
        assert_eq!(FactDate::parse_iso("2025"), Some(FactDate::Year(2025)));
        assert_eq!(FactDate::parse_iso("2026-02-30"), None);
        assert_eq!(FactDate::parse_iso("2025-13"), None);
        assert_eq!(FactDate::parse_iso("April 6"), None);
        let june = FactDate::parse_iso("2025-06").unwrap();
        assert!(june.contains(Date::new(2025, 6, 30).unwrap()));
        assert!(!june.contains(Date::new(2025, 7, 1).unwrap()));
    }
}
