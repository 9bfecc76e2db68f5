//! Figures: a value and a unit, as rule files and news text state them.
//!
//! One nom grammar reads both: `3.96 billion`, `3,960 million`, `$14.3 billion`,
//! `US$5m`, `€2 bn`, `14.3%`, `12 per cent`, `two million`, and vague amounts
//! such as `tens of billions`. The words it knows are the tables below.
//! Which numbers in a sentence are figures at all (not years, versions, list
//! numbers) is the extractor's decision, in `claims::figures`.

use std::fmt;

use nom::branch::alt;
use nom::bytes::complete::{tag, take_while_m_n};
use nom::character::complete::{char, digit1, satisfy, space0, space1};
use nom::combinator::{all_consuming, map, not, opt, recognize};
use nom::multi::many_m_n;
use nom::sequence::{preceded, terminated};
use nom::{IResult, Parser};

use super::tag_ascii_no_case;
use serde::Serialize;

/// Scale words after a number, as whole words: `3.96 billion`, `14.3bn`, `€2 bn`.
const SCALES: &[(&str, f64)] = &[
    ("thousand", 1e3),
    ("million", 1e6),
    ("mln", 1e6),
    ("mn", 1e6),
    ("billion", 1e9),
    ("bn", 1e9),
    ("trillion", 1e12),
    ("trn", 1e12),
    ("tn", 1e12),
];

/// One-letter scales, read only attached to a currency amount (`$5m`, `£3k`):
/// without a currency `5m` is as often five metres and `5k` a race.
const LETTER_SCALES: &[(&str, f64)] = &[("k", 1e3), ("m", 1e6), ("b", 1e9)];

/// Plural scales: alone (`billions of users`) or after a vague multiplier
/// (`tens of billions`) they state an amount only to its order of magnitude.
const PLURAL_SCALES: &[(&str, f64)] = &[
    ("thousands", 1e3),
    ("millions", 1e6),
    ("billions", 1e9),
    ("trillions", 1e12),
];

/// Vague multipliers before a scale, with the range they allow:
/// `tens of billions` lies between 10 and 100 billion.
const VAGUE_MULTIPLIERS: &[(&str, (f64, f64))] = &[
    ("tens of", (10.0, 100.0)),
    ("hundreds of", (100.0, 1000.0)),
    ("several", (2.0, 10.0)),
    ("a few", (2.0, 10.0)),
];

/// Currency signs before an amount, longest first, with their ISO code.
const CURRENCY_SIGNS: &[(&str, &str)] = &[
    ("US$", "USD"),
    ("HK$", "HKD"),
    ("A$", "AUD"),
    ("C$", "CAD"),
    ("$", "USD"),
    ("€", "EUR"),
    ("£", "GBP"),
    ("¥", "JPY"),
    ("₹", "INR"),
];

/// ISO codes written before an amount (`USD 5 million`), upper case only.
const CURRENCY_CODES: &[&str] = &[
    "USD", "EUR", "GBP", "JPY", "CHF", "CNY", "INR", "AUD", "CAD",
];

/// Currency names after an amount: `300 million pounds`, `2 billion euros`.
const CURRENCY_WORDS: &[(&str, &str)] = &[
    ("dollars", "USD"),
    ("dollar", "USD"),
    ("euros", "EUR"),
    ("euro", "EUR"),
    ("pounds sterling", "GBP"),
    ("pounds", "GBP"),
    ("yen", "JPY"),
    ("swiss francs", "CHF"),
];

/// How a percentage is written after its number.
const PERCENT_SIGNS: &[(&str, ())] = &[("%", ()), ("per cent", ()), ("percent", ()), ("pct", ())];

/// Spelt-out numbers up to nineteen.
const ONES: &[(&str, f64)] = &[
    ("one", 1.0),
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
    ("thirteen", 13.0),
    ("fourteen", 14.0),
    ("fifteen", 15.0),
    ("sixteen", 16.0),
    ("seventeen", 17.0),
    ("eighteen", 18.0),
    ("nineteen", 19.0),
];

/// Spelt-out tens; `twenty-five` joins one of `ONES` with a hyphen.
const TENS: &[(&str, f64)] = &[
    ("twenty", 20.0),
    ("thirty", 30.0),
    ("forty", 40.0),
    ("fifty", 50.0),
    ("sixty", 60.0),
    ("seventy", 70.0),
    ("eighty", 80.0),
    ("ninety", 90.0),
];

/// What a figure counts.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
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

/// How precisely a text states its figure.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Precision {
    /// To its last written digit: `4 billion` has a step of one billion,
    /// `3.96 billion` of ten million, `40,000` of one.
    Rounded { step: f64 },
    /// Only an order of magnitude: `tens of billions` is `low..high`.
    Vague { low: f64, high: f64 },
}

/// A figure as news text states it.
#[derive(Clone, Debug, PartialEq)]
pub struct Stated {
    pub quantity: Quantity,
    pub precision: Precision,
    /// Has a scale word, a currency or a percent sign: a figure whatever
    /// surrounds it.
    pub marked: bool,
    /// Written with thousands separators (`40,000`).
    pub separated: bool,
    /// Spelt out (`two million`, `a dozen`).
    pub written: bool,
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
/// `14.3%`, `$14.3 billion`, `€2 bn`. Vague amounts are not values.
pub fn parse_quantity(text: &str) -> Option<Quantity> {
    all_consuming(exact)
        .parse(text.trim())
        .ok()
        .map(|(_, stated)| stated.quantity)
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

/// Reads one figure at the start of `input`: a vague amount or an exact one.
pub fn stated(input: &str) -> IResult<&str, Stated> {
    alt((vague, exact)).parse(input)
}

/// A cheap test that `stated` may succeed at the start of `input`: a digit,
/// a currency sign, or a word some amount starts with. Extractors call it
/// before every word, so it must not parse.
pub fn may_start(input: &str) -> bool {
    let Some(&first) = input.as_bytes().first() else {
        return false;
    };
    let starts = Starts::get();
    // Most positions are ruled out by their first byte alone.
    if !starts.first_bytes[usize::from(first)] {
        return false;
    }
    if first.is_ascii_digit()
        || (starts.sign_bytes[usize::from(first)]
            && CURRENCY_SIGNS.iter().any(|(s, _)| input.starts_with(s)))
    {
        return true;
    }
    // The word's letters: ASCII ones byte by byte, others (rare) by char.
    let ascii = input
        .bytes()
        .position(|b| !b.is_ascii_alphabetic())
        .unwrap_or(input.len());
    let word = if input.as_bytes().get(ascii).is_some_and(|b| !b.is_ascii()) {
        input
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("")
    } else {
        &input[..ascii]
    };
    // Codes are upper case: `the` and `and` are not looked up.
    if word.len() == 3 && word.as_bytes()[0].is_ascii_uppercase() && CURRENCY_CODES.contains(&word)
    {
        return true;
    }
    let mut buf = [0u8; 24];
    if word.is_empty() || word.len() > buf.len() || !word.is_ascii() {
        return false;
    }
    // No amount word has this first letter and this length: no hashing.
    if !starts.shapes.may_hold(word.as_bytes()) {
        return false;
    }
    let lower = &mut buf[..word.len()];
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    match &*lower {
        // An article is an amount only before a scale: `a million`, `a few
        // hundred`, `a dozen`. Most of them are not, and cost no parse.
        b"a" | b"an" => article_may_start(&input[word.len()..]),
        w => starts.words.contains(w),
    }
}

/// What [`may_start`] looks up, built once.
struct Starts {
    /// The bytes an amount can start with: digits, the first bytes of
    /// currency signs and codes, and both cases of the first letters of
    /// the words below.
    first_bytes: [bool; 256],
    /// The first bytes of currency signs.
    sign_bytes: [bool; 256],
    /// The first words of every spelt-out amount, lower-cased.
    words: foldhash::HashSet<Vec<u8>>,
    /// The first bytes and lengths of the words above.
    shapes: super::WordShapes,
}

impl Starts {
    fn get() -> &'static Starts {
        static STARTS: std::sync::OnceLock<Starts> = std::sync::OnceLock::new();
        STARTS.get_or_init(|| {
            let words: foldhash::HashSet<Vec<u8>> = ["a", "an"]
                .into_iter()
                .chain(
                    ONES.iter()
                        .chain(TENS)
                        .chain(PLURAL_SCALES)
                        .map(|(k, _)| *k),
                )
                .chain(VAGUE_MULTIPLIERS.iter().map(|(k, _)| *k))
                .filter_map(|k| k.split(' ').next())
                .map(|k| k.to_ascii_lowercase().into_bytes())
                .collect();
            let mut sign_bytes = [false; 256];
            for (sign, _) in CURRENCY_SIGNS {
                if let Some(&b) = sign.as_bytes().first() {
                    sign_bytes[usize::from(b)] = true;
                }
            }
            let mut first_bytes = [false; 256];
            for b in b'0'..=b'9' {
                first_bytes[usize::from(b)] = true;
            }
            let firsts = CURRENCY_SIGNS
                .iter()
                .map(|(s, _)| *s)
                .chain(CURRENCY_CODES.iter().copied())
                .filter_map(|s| s.as_bytes().first().copied())
                .chain(words.iter().filter_map(|w| w.first().copied()));
            for b in firsts {
                first_bytes[usize::from(b)] = true;
                first_bytes[usize::from(b.to_ascii_uppercase())] = true;
            }
            let mut shapes = super::WordShapes::default();
            for w in &words {
                shapes.insert(w);
            }
            Starts {
                first_bytes,
                sign_bytes,
                words,
                shapes,
            }
        })
    }
}

/// Whether the text after an article starts with a word `written` or
/// `vague` accepts after it (a prefix test, so a superset of theirs).
fn article_may_start(after: &str) -> bool {
    let after = after.trim_start();
    let after = after.strip_prefix('-').unwrap_or(after);
    let next = after
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    ["hundred", "dozen", "few"]
        .into_iter()
        .chain(SCALES.iter().map(|(k, _)| *k))
        .any(|k| {
            next.get(..k.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(k))
        })
}

fn fail(input: &str) -> nom::Err<nom::error::Error<&str>> {
    nom::Err::Error(nom::error::Error::new(input, nom::error::ErrorKind::Verify))
}

/// `w` as a whole word, in any case.
fn word<'a>(w: &'static str) -> impl FnMut(&'a str) -> IResult<&'a str, &'a str> {
    move |i| terminated(tag_ascii_no_case(w), not(satisfy(char::is_alphanumeric))).parse(i)
}

/// The first key of `table` that starts `input` as a whole word, and its value.
fn keyword<'a, T: Copy>(
    table: &'static [(&'static str, T)],
) -> impl FnMut(&'a str) -> IResult<&'a str, T> {
    move |i| {
        // Most keys are ruled out by their first letter, without a parse
        // (only where both first bytes are ASCII: a non-ASCII letter may
        // lower-case to an ASCII one).
        let first = i.as_bytes().first().copied().unwrap_or(0);
        table
            .iter()
            .filter(|(key, _)| {
                let k = key.as_bytes().first().copied().unwrap_or(0);
                !(k.is_ascii() && first.is_ascii()) || k.eq_ignore_ascii_case(&first)
            })
            .find_map(|&(key, value)| word(key)(i).ok().map(|(rest, _)| (rest, value)))
            .ok_or_else(|| fail(i))
    }
}

/// A number as read before its scale.
struct Number {
    value: f64,
    step: f64,
    separated: bool,
    written: bool,
    /// `a`/`an`: a number only before a scale word (`a billion`).
    article: bool,
}

fn is_digit(c: char) -> bool {
    c.is_ascii_digit()
}

/// The most groups of three digits after the first a number may have:
/// 309 digits, past the largest finite `f64` (about 1.8 × 10^308).
const MAX_GROUPS: usize = 102;

/// `40,000`, `3.96`, `3960000000`.
fn digits(i: &str) -> IResult<&str, Number> {
    let group = || terminated(take_while_m_n(3, 3, is_digit), not(satisfy(is_digit)));
    let grouped = recognize((
        take_while_m_n(1, 3, is_digit),
        many_m_n(1, MAX_GROUPS, (char(','), group())),
    ));
    let (rest, int) = alt((grouped, digit1)).parse(i)?;
    // A longer chain is no amount. The extractor tries one at every group
    // of a chain (a comma joins no word), so reading no further than this
    // keeps a chain of any length linear, where reading it to its end at
    // every group took 37 s for 200 KB.
    if int.contains(',') && (char(','), group()).parse(rest).is_ok() {
        return Err(fail(i));
    }
    let (rest, frac) = opt(preceded(char('.'), digit1)).parse(rest)?;
    let text = format!("{}.{}", int.replace(',', ""), frac.unwrap_or("0"));
    let value: f64 = text.parse().map_err(|_| fail(i))?;
    let decimals = frac.map_or(0, str::len).min(300) as i32;
    Ok((
        rest,
        Number {
            value,
            step: 10f64.powi(-decimals),
            separated: int.contains(','),
            written: false,
            article: false,
        },
    ))
}

/// `two`, `twenty-five`, `three hundred`, `a dozen`, `a` (before a scale).
fn written(i: &str) -> IResult<&str, Number> {
    let tens_ones = map(
        (keyword(TENS), opt(preceded(char('-'), keyword(ONES)))),
        |(tens, ones)| tens + ones.filter(|&o| o < 10.0).unwrap_or(0.0),
    );
    let article = map(alt((word("a"), word("an"))), |_| 1.0);
    let (rest, (value, is_article)) = alt((
        map(tens_ones, |v| (v, false)),
        map(keyword(ONES), |v| (v, false)),
        map(article, |v| (v, true)),
    ))
    .parse(i)?;
    let (rest, hundred) = opt(preceded(space1, word("hundred"))).parse(rest)?;
    let (rest, dozen) = opt(preceded(space1, word("dozen"))).parse(rest)?;
    let multiplier =
        if hundred.is_some() { 100.0 } else { 1.0 } * if dozen.is_some() { 12.0 } else { 1.0 };
    Ok((
        rest,
        Number {
            value: value * multiplier,
            step: 1.0,
            separated: false,
            written: true,
            article: is_article && hundred.is_none() && dozen.is_none(),
        },
    ))
}

/// A currency sign or an upper-case ISO code and a space, as its ISO code.
fn currency_prefix(i: &str) -> IResult<&str, &'static str> {
    if let Some(&(sign, code)) = CURRENCY_SIGNS.iter().find(|(s, _)| i.starts_with(s)) {
        return Ok((&i[sign.len()..], code));
    }
    CURRENCY_CODES
        .iter()
        .find_map(|&code| {
            let (rest, _) = terminated(tag::<_, _, nom::error::Error<&str>>(code), space1)
                .parse(i)
                .ok()?;
            Some((rest, code))
        })
        .ok_or_else(|| fail(i))
}

/// A scale word after a number: spaced, hyphenated or attached; one-letter
/// scales only attached, and only after a currency.
fn scale(i: &str, currency: bool) -> IResult<&str, f64> {
    let mut spaced = preceded(opt(alt((space1, tag("-")))), keyword(SCALES));
    if currency {
        alt((spaced, keyword(LETTER_SCALES))).parse(i)
    } else {
        spaced.parse(i)
    }
}

/// An exact amount: `$14.3 billion`, `3,960 million`, `49%`, `two million euros`.
fn exact(i: &str) -> IResult<&str, Stated> {
    let (rest, prefix) = opt(currency_prefix).parse(i)?;
    let (rest, number) = if prefix.is_some() {
        preceded(space0, digits).parse(rest)?
    } else {
        alt((digits, written)).parse(rest)?
    };
    let (rest, multiplier) = opt(|r| scale(r, prefix.is_some())).parse(rest)?;
    if number.article && multiplier.is_none() {
        return Err(fail(i));
    }
    let (rest, unit) = match prefix {
        Some(code) => (rest, Unit::Currency(code.to_string())),
        None => {
            let percent = map(preceded(space0, keyword(PERCENT_SIGNS)), |_| Unit::Percent);
            let currency = map(preceded(space1, keyword(CURRENCY_WORDS)), |code| {
                Unit::Currency(code.to_string())
            });
            let (rest, unit) = opt(alt((percent, currency))).parse(rest)?;
            (rest, unit.unwrap_or(Unit::Count))
        }
    };
    let multiplier_or_one = multiplier.unwrap_or(1.0);
    let value = number.value * multiplier_or_one;
    if !value.is_finite() {
        return Err(fail(i));
    }
    Ok((
        rest,
        Stated {
            marked: multiplier.is_some() || unit != Unit::Count,
            quantity: Quantity { value, unit },
            precision: Precision::Rounded {
                step: number.step * multiplier_or_one,
            },
            separated: number.separated,
            written: number.written,
        },
    ))
}

/// A vague amount: `tens of billions`, `several million`, `billions`,
/// optionally `of dollars`.
fn vague(i: &str) -> IResult<&str, Stated> {
    let (rest, multiplier) = opt(terminated(keyword(VAGUE_MULTIPLIERS), space1)).parse(i)?;
    let (rest, scale) = if multiplier.is_some() {
        alt((keyword(PLURAL_SCALES), keyword(SCALES))).parse(rest)?
    } else {
        keyword(PLURAL_SCALES).parse(rest)?
    };
    let (rest, currency) = opt(preceded(
        (space1, word("of"), space1),
        keyword(CURRENCY_WORDS),
    ))
    .parse(rest)?;
    let (low, high) = multiplier.unwrap_or((1.0, 1000.0));
    let unit = currency.map_or(Unit::Count, |code| Unit::Currency(code.to_string()));
    Ok((
        rest,
        Stated {
            quantity: Quantity {
                value: low * scale,
                unit,
            },
            precision: Precision::Vague {
                low: low * scale,
                high: high * scale,
            },
            marked: true,
            separated: false,
            written: true,
        },
    ))
}

/// The canonical way to write a figure in a help line: `3.96 billion`,
/// `$14.3 billion`, `14.3%`, `40,000`.
impl fmt::Display for Quantity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = match &self.unit {
            Unit::Currency(code) => CURRENCY_SIGNS
                .iter()
                .rev()
                .find(|(_, c)| c == code)
                .map_or(format!("{code} "), |(s, _)| s.to_string()),
            _ => String::new(),
        };
        let magnitude = self.value.abs();
        let scale = [(1e12, " trillion"), (1e9, " billion"), (1e6, " million")]
            .into_iter()
            .find(|&(s, _)| magnitude >= s);
        let number = match scale {
            Some((s, name)) => format!("{}{name}", decimal(self.value / s)),
            None => grouped(self.value),
        };
        let percent = if self.unit == Unit::Percent { "%" } else { "" };
        write!(f, "{sign}{number}{percent}")
    }
}

/// Up to three decimals, trailing zeros dropped: `3.96`, `14.3`, `2`.
fn decimal(value: f64) -> String {
    let text = format!("{value:.3}");
    text.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// An amount below a million, with thousands separators: `40,000`, `12.5`.
fn grouped(value: f64) -> String {
    let text = decimal(value);
    let (int, frac) = text
        .split_once('.')
        .map_or((text.as_str(), None), |(i, f)| (i, Some(f)));
    let (minus, int) = int.strip_prefix('-').map_or(("", int), |i| ("-", i));
    let mut out = String::from(minus);
    for (n, c) in int.chars().enumerate() {
        if n > 0 && (int.len() - n) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if let Some(frac) = frac {
        out.push('.');
        out.push_str(frac);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn usd(value: f64) -> Quantity {
        Quantity {
            value,
            unit: Unit::Currency("USD".into()),
        }
    }

    fn count(value: f64) -> Quantity {
        Quantity {
            value,
            unit: Unit::Count,
        }
    }

    fn close(a: &Quantity, b: &Quantity) -> bool {
        a.unit == b.unit && (a.value - b.value).abs() <= b.value.abs() * 1e-12
    }

    /// Reads `text` as news text: the figure at its start and what it consumed.
    fn read(text: &str) -> Option<(Quantity, &str)> {
        stated(text)
            .ok()
            .map(|(rest, s)| (s.quantity, &text[..text.len() - rest.len()]))
    }

    #[test]
    fn rule_file_values() {
        let cases: &[(&str, Quantity)] = &[
            ("3.96 billion", count(3.96e9)),
            ("3960000000", count(3.96e9)),
            ("3,960,000,000", count(3.96e9)),
            ("3,960 million", count(3.96e9)),
            (
                "14.3%",
                Quantity {
                    value: 14.3,
                    unit: Unit::Percent,
                },
            ),
            (
                "14.3 %",
                Quantity {
                    value: 14.3,
                    unit: Unit::Percent,
                },
            ),
            ("$14.3 billion", usd(14.3e9)),
            ("  $14.3 billion ", usd(14.3e9)),
            (
                "€2 bn",
                Quantity {
                    value: 2e9,
                    unit: Unit::Currency("EUR".into()),
                },
            ),
            (
                "£300 million",
                Quantity {
                    value: 3e8,
                    unit: Unit::Currency("GBP".into()),
                },
            ),
            ("US$5m", usd(5e6)),
            ("USD 5 million", usd(5e6)),
            ("1.2 trillion", count(1.2e12)),
            ("600", count(600.0)),
        ];
        for (text, want) in cases {
            let got = parse_quantity(text);
            assert!(
                got.as_ref().is_some_and(|g| close(g, want)),
                "{text}: {got:?}"
            );
        }
        for bad in [
            "3.96 bilion",
            "",
            "billion",
            "tens of billions",
            "a",
            "14.3% more",
            "$",
        ] {
            assert_eq!(parse_quantity(bad), None, "{bad}");
        }
        assert_eq!(parse_tolerance("0.5%"), Some(Tolerance::Relative(0.005)));
        assert_eq!(parse_tolerance("1,000"), Some(Tolerance::Absolute(1000.0)));
        assert_eq!(parse_tolerance("-1%"), None);
        assert!(Tolerance::Relative(0.005).accepts(3.96e9, 3.97e9));
        assert!(!Tolerance::Exact.accepts(3.96e9, 3.97e9));
    }

    #[test]
    fn news_text_figures() {
        let eur = |v: f64| Quantity {
            value: v,
            unit: Unit::Currency("EUR".into()),
        };
        let gbp = |v: f64| Quantity {
            value: v,
            unit: Unit::Currency("GBP".into()),
        };
        let pct = |v: f64| Quantity {
            value: v,
            unit: Unit::Percent,
        };
        let cases: &[(&str, Quantity, &str)] = &[
            ("3.96 billion monthly users", count(3.96e9), "3.96 billion"),
            ("1.2 trillion tokens", count(1.2e12), "1.2 trillion"),
            ("14.3bn in sales", count(14.3e9), "14.3bn"),
            ("$5m fine", usd(5e6), "$5m"),
            ("$14.3 billion deal", usd(14.3e9), "$14.3 billion"),
            ("€2 bn.", eur(2e9), "€2 bn"),
            ("US$5m.", usd(5e6), "US$5m"),
            ("£300 million transfer", gbp(3e8), "£300 million"),
            ("£85k a week", gbp(85e3), "£85k"),
            ("49% of", pct(49.0), "49%"),
            ("12 per cent rise", pct(12.0), "12 per cent"),
            ("12 percent", pct(12.0), "12 percent"),
            ("ten percent", pct(10.0), "ten percent"),
            ("40,000 GPUs", count(4e4), "40,000"),
            ("600 employees", count(600.0), "600"),
            ("two million", count(2e6), "two million"),
            ("twenty-five billion", count(25e9), "twenty-five billion"),
            ("three hundred million", count(3e8), "three hundred million"),
            ("a billion users", count(1e9), "a billion"),
            ("a dozen", count(12.0), "a dozen"),
            ("two dozen", count(24.0), "two dozen"),
            ("5 million dollars", usd(5e6), "5 million dollars"),
            ("300 million pounds", gbp(3e8), "300 million pounds"),
            ("2 billion euros", eur(2e9), "2 billion euros"),
            ("$1.5-billion fine", usd(1.5e9), "$1.5-billion"),
            (
                "tens of billions of dollars",
                usd(1e10),
                "tens of billions of dollars",
            ),
            ("hundreds of millions", count(1e8), "hundreds of millions"),
            ("several million", count(2e6), "several million"),
            ("billions of users", count(1e9), "billions"),
            ("2026", count(2026.0), "2026"),
            ("4th", count(4.0), "4"),
            ("10:30", count(10.0), "10"),
            ("3.5.", count(3.5), "3.5"),
            ("1,2,3", count(1.0), "1"),
            ("40,0001", count(40.0), "40"),
        ];
        for (text, want, consumed) in cases {
            let got = read(text);
            assert!(
                got.as_ref()
                    .is_some_and(|(q, c)| close(q, want) && c == consumed),
                "{text}: {got:?}"
            );
        }
        for not_a_number in [
            "fourth", "about", "an apple", "a firm", "alone", "onerous", "$x",
        ] {
            assert_eq!(read(not_a_number), None, "{not_a_number}");
        }
        assert!(
            read("million").is_none(),
            "a lone singular scale is not an amount"
        );
        assert!(read("5 millionaires").is_some_and(|(_, c)| c == "5"));
        assert!(read("3 percentage points").is_some_and(|(_, c)| c == "3"));
    }

    #[test]
    fn only_likely_starts_are_parsed() {
        for start in [
            "3.96",
            "$5m",
            "US$5m",
            "€2",
            "two million",
            "Tens of",
            "a billion",
            "USD 5",
        ] {
            assert!(may_start(start), "{start}");
        }
        for other in ["", "the", "about", "Meta", "-5", "tensor"] {
            assert!(!may_start(other), "{other}");
        }
    }

    /// Every word of the grammar's tables, in three cases, with digits,
    /// signs and words that join or end an amount.
    fn vocabulary() -> Vec<String> {
        let words = ONES
            .iter()
            .chain(TENS)
            .chain(SCALES)
            .chain(PLURAL_SCALES)
            .chain(LETTER_SCALES)
            .map(|(k, _)| *k)
            .chain(VAGUE_MULTIPLIERS.iter().map(|(k, _)| *k))
            .chain(CURRENCY_SIGNS.iter().map(|(k, _)| *k))
            .chain(CURRENCY_WORDS.iter().map(|(k, _)| *k))
            .chain(PERCENT_SIGNS.iter().map(|(k, _)| *k))
            .chain(CURRENCY_CODES.iter().copied())
            .chain([
                "a", "an", "of", "and", "few", "-", "5", "3.96", "40,000", "1",
            ]);
        words
            .flat_map(|w| {
                let mut title = w.to_string();
                if let Some(first) = title.get_mut(..1) {
                    first.make_ascii_uppercase();
                }
                [w.to_string(), title, w.to_ascii_uppercase()]
            })
            .collect()
    }

    proptest::proptest! {
        /// `may_start` only saves work: wherever `stated` reads an amount,
        /// it says one may start.
        #[test]
        fn may_start_admits_every_amount(
            words in proptest::collection::vec(proptest::sample::select(vocabulary()), 1..5),
            glue in proptest::sample::select(vec![" ", "", "-"]),
        ) {
            let text = words.join(glue);
            if stated(&text).is_ok() {
                proptest::prop_assert!(may_start(&text), "{text:?}");
            }
        }
    }

    #[test]
    fn precision_follows_the_written_digits() {
        let step = |text: &str| match stated(text).map(|(_, s)| s.precision) {
            Ok(Precision::Rounded { step }) => step,
            other => panic!("{text}: {other:?}"),
        };
        assert_eq!(step("4 billion"), 1e9);
        assert!((step("3.96 billion") - 1e7).abs() < 1.0);
        assert_eq!(step("40,000"), 1.0);
        assert!(matches!(
            stated("tens of billions").map(|(_, s)| s.precision),
            Ok(Precision::Vague { low, high }) if low == 1e10 && high == 1e11
        ));
    }

    #[test]
    fn canonical_forms() {
        assert_eq!(count(3.96e9).to_string(), "3.96 billion");
        assert_eq!(usd(14.3e9).to_string(), "$14.3 billion");
        assert_eq!(
            Quantity {
                value: 14.3,
                unit: Unit::Percent
            }
            .to_string(),
            "14.3%"
        );
        assert_eq!(count(40_000.0).to_string(), "40,000");
        assert_eq!(
            Quantity {
                value: 2e6,
                unit: Unit::Currency("CHF".into())
            }
            .to_string(),
            "CHF 2 million"
        );
    }
}
