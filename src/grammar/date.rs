//! Dates: the ISO 8601 forms of rule files and the forms of news text.
//!
//! News text writes dates as `April 6, 2026`, `Apr. 6, 2026`, `Sept. 6`,
//! `6 April 2026`, `2026-04-06`, `Monday, April 6` or `April 2026`. The nom
//! grammar below reads those at the start of its input and returns the
//! fields as written, unvalidated, so that an impossible date (`February
//! 30`) can be reported rather than skipped. Numeric forms such as
//! `04/06/2026` are not read: whether they are month-first or day-first
//! depends on a locale the text does not state.

use jiff::civil::{Date, Weekday};
use nom::branch::alt;
use nom::bytes::complete::take_while_m_n;
use nom::character::complete::{char, space0, space1};
use nom::combinator::{map_res, opt, recognize};
use nom::{IResult, Parser};

use super::tag_ascii_no_case;

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

/// Month names and their abbreviations, as news text writes them.
pub const MONTHS: &[(&str, i8)] = &[
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sept", 9),
    ("sep", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
];

/// Weekday names and their abbreviations.
pub const WEEKDAYS: &[(&str, Weekday)] = &[
    ("monday", Weekday::Monday),
    ("tuesday", Weekday::Tuesday),
    ("wednesday", Weekday::Wednesday),
    ("thursday", Weekday::Thursday),
    ("friday", Weekday::Friday),
    ("saturday", Weekday::Saturday),
    ("sunday", Weekday::Sunday),
    ("mon", Weekday::Monday),
    ("tues", Weekday::Tuesday),
    ("tue", Weekday::Tuesday),
    ("wed", Weekday::Wednesday),
    ("thurs", Weekday::Thursday),
    ("thu", Weekday::Thursday),
    ("fri", Weekday::Friday),
    ("sat", Weekday::Saturday),
    ("sun", Weekday::Sunday),
];

/// A date as news text writes it, fields unvalidated.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NewsDate {
    pub weekday: Option<Weekday>,
    pub year: Option<i16>,
    pub month: i8,
    /// `None` for a month (`April 2026`).
    pub day: Option<i8>,
    /// Bytes of the input the date takes.
    pub len: usize,
}

impl NewsDate {
    /// The calendar day, with `year` for a date written without one; `None`
    /// when it is a month, has no year to take, or does not exist.
    pub fn resolve(self, year: Option<i16>) -> Option<Date> {
        Date::new(self.year.or(year)?, self.month, self.day?).ok()
    }

    /// Whether the day does not exist in its month (February 30).
    pub fn impossible(self, year: Option<i16>) -> bool {
        let Some(day) = self.day else { return false };
        let year = self.year.or(year).unwrap_or(2024); // a leap year: Feb 29 may exist
        Date::new(year, self.month, 1).is_ok() && Date::new(year, self.month, day).is_err()
    }
}

/// A name from `table` at the start of `input` (whole word, any case),
/// optionally followed by a dot.
fn named<T: Copy>(table: &'static [(&'static str, T)]) -> impl Fn(&str) -> IResult<&str, T> {
    move |input: &str| {
        let word_len = input
            .char_indices()
            .find(|(_, c)| !c.is_alphabetic())
            .map_or(input.len(), |(i, _)| i);
        let word = &input[..word_len];
        let value = table
            .iter()
            .find(|(name, _)| name.eq_ignore_ascii_case(word))
            .map(|(_, v)| *v)
            .ok_or_else(|| {
                nom::Err::Error(nom::error::Error::new(input, nom::error::ErrorKind::Tag))
            })?;
        let rest = &input[word_len..];
        let rest = rest.strip_prefix('.').unwrap_or(rest);
        Ok((rest, value))
    }
}

fn number(min: usize, max: usize) -> impl Fn(&str) -> IResult<&str, i64> {
    move |input: &str| {
        let (rest, digits) = take_while_m_n(min, max, |c: char| c.is_ascii_digit())(input)?;
        // Not the start of a longer number.
        if rest.starts_with(|c: char| c.is_ascii_digit()) {
            return Err(nom::Err::Error(nom::error::Error::new(
                input,
                nom::error::ErrorKind::Digit,
            )));
        }
        let value = digits.parse::<i64>().map_err(|_| {
            nom::Err::Error(nom::error::Error::new(input, nom::error::ErrorKind::Digit))
        })?;
        Ok((rest, value))
    }
}

fn day(input: &str) -> IResult<&str, i8> {
    let (rest, d) = map_res(number(1, 2), i8::try_from).parse(input)?;
    let (rest, _) = opt(alt((
        tag_ascii_no_case("st"),
        tag_ascii_no_case("nd"),
        tag_ascii_no_case("rd"),
        tag_ascii_no_case("th"),
    )))
    .parse(rest)?;
    if rest.starts_with(|c: char| c.is_alphanumeric()) {
        return Err(nom::Err::Error(nom::error::Error::new(
            input,
            nom::error::ErrorKind::Digit,
        )));
    }
    Ok((rest, d))
}

fn year(input: &str) -> IResult<&str, i16> {
    let (rest, y) = map_res(number(4, 4), i16::try_from).parse(input)?;
    if !(1800..=2200).contains(&y) || rest.starts_with(|c: char| c.is_alphanumeric()) {
        return Err(nom::Err::Error(nom::error::Error::new(
            input,
            nom::error::ErrorKind::Digit,
        )));
    }
    Ok((rest, y))
}

/// `April 6, 2026`, `Apr. 6`, `April 6th 2026`.
fn month_day_year(input: &str) -> IResult<&str, (i8, Option<i8>, Option<i16>)> {
    let (rest, month) = named(MONTHS)(input)?;
    let (rest, _) = space1(rest)?;
    let (rest, d) = day(rest)?;
    let (rest, y) = opt((opt(char(',')), space1, year).map(|(_, _, y)| y)).parse(rest)?;
    Ok((rest, (month, Some(d), y)))
}

/// `6 April 2026`, `6 April`.
fn day_month_year(input: &str) -> IResult<&str, (i8, Option<i8>, Option<i16>)> {
    let (rest, d) = day(input)?;
    let (rest, _) = space1(rest)?;
    let (rest, month) = named(MONTHS)(rest)?;
    let (rest, y) = opt((opt(char(',')), space1, year).map(|(_, _, y)| y)).parse(rest)?;
    Ok((rest, (month, Some(d), y)))
}

/// `April 2026`.
fn month_year(input: &str) -> IResult<&str, (i8, Option<i8>, Option<i16>)> {
    let (rest, month) = named(MONTHS)(input)?;
    let (rest, _) = space1(rest)?;
    let (rest, y) = year(rest)?;
    Ok((rest, (month, None, Some(y))))
}

/// `2026-04-06`.
fn iso(input: &str) -> IResult<&str, (i8, Option<i8>, Option<i16>)> {
    let (rest, (y, _, m, _, d)) = (
        year_digits,
        char('-'),
        map_res(number(2, 2), i8::try_from),
        char('-'),
        map_res(number(2, 2), i8::try_from),
    )
        .parse(input)?;
    Ok((rest, (m, Some(d), Some(y))))
}

fn year_digits(input: &str) -> IResult<&str, i16> {
    map_res(
        recognize(take_while_m_n(4, 4, |c: char| c.is_ascii_digit())),
        |s: &str| s.parse::<i16>(),
    )
    .parse(input)
}

/// A news date at the start of `input`.
pub fn news_date(input: &str) -> Option<NewsDate> {
    let weekday = |i| -> IResult<&str, Weekday> {
        let (rest, w) = named(WEEKDAYS)(i)?;
        let (rest, _) = (opt(char(',')), space0).parse(rest)?;
        Ok((rest, w))
    };
    let (rest, weekday) = opt(weekday).parse(input).ok()?;
    let (rest, (month, day, year)) = alt((iso, month_day_year, day_month_year, month_year))
        .parse(rest)
        .ok()?;
    // `May 5` is a date, but `may` alone in a sentence is a verb; the
    // grammar only returns dates with a day or a year, so it never is.
    let len = input.len() - rest.len();
    Some(NewsDate {
        weekday,
        year,
        month,
        day,
        len: input[..len].trim_end_matches([',', ' ']).len(),
    })
}

/// Whether `word` names a month (`April`, `Sept.`).
pub fn month_named(word: &str) -> bool {
    named(MONTHS)(word).is_ok_and(|(rest, _)| rest.is_empty())
}

/// Whether `word` names a weekday (for "on Monday").
pub fn weekday_named(word: &str) -> Option<Weekday> {
    named(WEEKDAYS)(word)
        .ok()
        .filter(|(rest, _)| rest.is_empty())
        .map(|(_, w)| w)
}

/// A date written out as news text does: `April 6, 2026`.
pub fn written(date: Date) -> String {
    const NAMES: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let month = NAMES[(date.month() as usize).saturating_sub(1).min(11)];
    format!("{month} {}, {}", date.day(), date.year())
}

/// A rule-file date written out: a day, `April 2026` or `2026`.
pub fn written_fact(date: FactDate) -> String {
    match date {
        FactDate::Day(d) => written(d),
        FactDate::Month { .. } => {
            let first = written(date.first_day());
            let mut parts = first.split(' ');
            format!(
                "{} {}",
                parts.next().unwrap_or_default(),
                date.first_day().year()
            )
        }
        FactDate::Year(y) => y.to_string(),
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
