//! What case-insensitive matching costs a pattern before it is compiled.
//!
//! Rule-file patterns are case-insensitive. The regex crate makes a
//! character class case-insensitive by visiting every code point of the
//! class's ranges that holds a cased letter (simple case folding), so a
//! class that spans nearly every character, such as `\p{Any}`, `[\s\S]`,
//! `[a-\x{10FFFF}]` or `[a[^b]]`, takes about 10 ms to compile, and a
//! few kilobytes of them took seconds. [`cost`] bounds that work from
//! the pattern's syntax alone, so that a rule file past its budget is
//! refused before any of it is compiled.
//!
//! The walk evaluates each class as the crate does, folding where it
//! folds: every Unicode or ASCII class (`\pL`, `[:alpha:]`, before its
//! negation), every bracketed class (the union of its items, before its
//! negation) and both sides of a class operation (`&&`, `--`, `~~`). At
//! each fold it counts what the crate visits: the whole of every range of
//! the class that holds a cased letter (a range of none, such as the Han
//! ideographs of `\pL`, is skipped). Its own folds look at the cased
//! letters only, so the walk costs little. Folds the crate skips (a class it knows to be
//! folded already, a part where inline flags turn case-insensitivity off)
//! are counted all the same, so the count is never below the crate's work
//! on classes. (A letter outside a class costs the crate one visit, and
//! is not counted.)

use std::collections::HashMap;
use std::sync::OnceLock;

use regex_syntax::ast::{self, Ast, ClassSet, ClassSetBinaryOpKind, ClassSetItem};
use regex_syntax::hir::{Class, ClassUnicode, ClassUnicodeRange, HirKind};

/// The code points the regex crate may visit to fold the classes of
/// `pattern`, counted until they pass `budget` (the walk stops there).
/// `None` when the pattern does not parse: compiling it reports why.
pub(crate) fn cost(pattern: &str, budget: u64) -> Option<u64> {
    let ast = ast::parse::Parser::new().parse(pattern).ok()?;
    let mut walk = Walk {
        pattern,
        budget,
        cost: 0,
        classes: HashMap::new(),
    };
    walk.ast(&ast);
    Some(walk.cost)
}

/// Every code point whose case maps to another (the Unicode property
/// Changes_When_Casemapped): a superset of those the regex crate's simple
/// case folding maps, as a test checks. All of them, should the crate
/// not know the property: too many, never too few.
fn cased() -> &'static [(u32, u32)] {
    static CASED: OnceLock<Vec<(u32, u32)>> = OnceLock::new();
    CASED.get_or_init(|| {
        match regex_syntax::parse(r"\p{Changes_When_Casemapped}").map(|hir| hir.into_kind()) {
            Ok(HirKind::Class(Class::Unicode(class))) => class
                .ranges()
                .iter()
                .map(|r| (u32::from(r.start()), u32::from(r.end())))
                .collect(),
            _ => vec![(0, u32::from(char::MAX))],
        }
    })
}

/// The cased code points of `class`.
fn cased_part(class: &ClassUnicode) -> ClassUnicode {
    let cased = cased();
    let mut part = Vec::new();
    for range in class.ranges() {
        let (start, end) = (u32::from(range.start()), u32::from(range.end()));
        let first = cased.partition_point(|&(_, e)| e < start);
        for &(s, e) in cased[first..].iter().take_while(|&&(s, _)| s <= end) {
            let (s, e) = (s.max(start), e.min(end));
            if let (Some(s), Some(e)) = (char::from_u32(s), char::from_u32(e)) {
                part.push(ClassUnicodeRange::new(s, e));
            }
        }
    }
    ClassUnicode::new(part)
}

/// What the regex crate visits to fold `class`: every range that holds a
/// cased code point, whole.
fn visits(class: &ClassUnicode) -> u64 {
    let cased = cased();
    class
        .ranges()
        .iter()
        .filter(|range| {
            let (start, end) = (u32::from(range.start()), u32::from(range.end()));
            let first = cased.partition_point(|&(_, e)| e < start);
            cased.get(first).is_some_and(|&(s, _)| s <= end)
        })
        .map(|range| u64::from(u32::from(range.end()) - u32::from(range.start())) + 1)
        .sum()
}

struct Walk<'p> {
    pattern: &'p str,
    budget: u64,
    cost: u64,
    /// Each Unicode, Perl and ASCII class as written (`\pL`, `\W`,
    /// `[:alpha:]`), looked up once.
    classes: HashMap<&'p str, ClassUnicode>,
}

impl<'p> Walk<'p> {
    fn over(&self) -> bool {
        self.cost > self.budget
    }

    /// Counts folding `class` and folds it, as the crate would.
    fn fold(&mut self, class: &mut ClassUnicode) {
        let visits = visits(class);
        self.cost = self.cost.saturating_add(visits);
        if visits > 0 {
            let mut cased = cased_part(class);
            cased.case_fold_simple();
            class.union(&cased);
        }
    }

    fn ast(&mut self, ast: &Ast) {
        if self.over() {
            return;
        }
        match ast {
            Ast::ClassUnicode(class) => {
                self.unicode(class);
            }
            Ast::ClassBracketed(class) => {
                self.bracketed(class);
            }
            Ast::Repetition(repetition) => self.ast(&repetition.ast),
            Ast::Group(group) => self.ast(&group.ast),
            Ast::Alternation(alternation) => {
                for ast in &alternation.asts {
                    self.ast(ast);
                }
            }
            Ast::Concat(concat) => {
                for ast in &concat.asts {
                    self.ast(ast);
                }
            }
            _ => {}
        }
    }

    fn bracketed(&mut self, class: &ast::ClassBracketed) -> ClassUnicode {
        let mut set = self.set(&class.kind);
        self.fold(&mut set);
        if class.negated {
            set.negate();
        }
        set
    }

    fn set(&mut self, set: &ClassSet) -> ClassUnicode {
        if self.over() {
            return ClassUnicode::empty();
        }
        match set {
            ClassSet::Item(item) => self.item(item),
            ClassSet::BinaryOp(op) => {
                let mut lhs = self.set(&op.lhs);
                let mut rhs = self.set(&op.rhs);
                self.fold(&mut lhs);
                self.fold(&mut rhs);
                match op.kind {
                    ClassSetBinaryOpKind::Intersection => lhs.intersect(&rhs),
                    ClassSetBinaryOpKind::Difference => lhs.difference(&rhs),
                    ClassSetBinaryOpKind::SymmetricDifference => lhs.symmetric_difference(&rhs),
                }
                lhs
            }
        }
    }

    fn item(&mut self, item: &ClassSetItem) -> ClassUnicode {
        if self.over() {
            return ClassUnicode::empty();
        }
        let range = |start, end| ClassUnicode::new([ClassUnicodeRange::new(start, end)]);
        match item {
            ClassSetItem::Empty(_) => ClassUnicode::empty(),
            ClassSetItem::Literal(literal) => range(literal.c, literal.c),
            ClassSetItem::Range(r) => range(r.start.c, r.end.c),
            ClassSetItem::Ascii(class) => {
                let text = self.text(&class.span);
                self.folded(text, true, class.negated)
            }
            ClassSetItem::Unicode(class) => self.unicode(class),
            // Perl classes are not folded on their own, only as part of
            // the bracketed class around them.
            ClassSetItem::Perl(class) => {
                let text = self.text(&class.span);
                self.class(text, false)
            }
            ClassSetItem::Bracketed(class) => self.bracketed(class),
            ClassSetItem::Union(union) => {
                let mut set = ClassUnicode::empty();
                for item in &union.items {
                    set.union(&self.item(item));
                }
                set
            }
        }
    }

    fn unicode(&mut self, class: &ast::ClassUnicode) -> ClassUnicode {
        let text = self.text(&class.span);
        self.folded(text, false, class.is_negated())
    }

    /// A Unicode or ASCII class: the crate folds its positive form, then
    /// negates.
    fn folded(&mut self, text: &'p str, bracket: bool, negated: bool) -> ClassUnicode {
        let mut set = self.class(text, bracket);
        if negated {
            set.negate();
        }
        self.fold(&mut set);
        if negated {
            set.negate();
        }
        set
    }

    fn text(&self, span: &ast::Span) -> &'p str {
        self.pattern
            .get(span.start.offset..span.end.offset)
            .unwrap_or_default()
    }

    /// A class written alone (`\pL`, `\W`; `[:alpha:]` inside brackets),
    /// unfolded. Every character when it does not parse alone (a name
    /// only inline flags make valid, for one): too many, never too few.
    fn class(&mut self, text: &'p str, bracket: bool) -> ClassUnicode {
        if let Some(class) = self.classes.get(text) {
            return class.clone();
        }
        let parsed = if bracket {
            regex_syntax::parse(&format!("[{text}]"))
        } else {
            regex_syntax::parse(text)
        };
        let class = match parsed.map(|hir| hir.into_kind()) {
            Ok(HirKind::Class(Class::Unicode(class))) => class,
            _ => {
                let mut all = ClassUnicode::empty();
                all.negate();
                all
            }
        };
        self.classes.insert(text, class.clone());
        class
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every code point, surrogates included.
    const ALL: u64 = 0x11_0000;

    fn cost_of(pattern: &str) -> u64 {
        cost(pattern, u64::MAX).expect("parses")
    }

    /// The class the walk computes for a pattern that is one class.
    fn walked(pattern: &str) -> ClassUnicode {
        let ast = ast::parse::Parser::new().parse(pattern).expect("parses");
        let mut walk = Walk {
            pattern,
            budget: u64::MAX,
            cost: 0,
            classes: HashMap::new(),
        };
        match &ast {
            Ast::ClassBracketed(class) => walk.bracketed(class),
            Ast::ClassUnicode(class) => walk.unicode(class),
            _ => panic!("{pattern} is not one class"),
        }
    }

    #[test]
    fn the_walk_folds_classes_as_the_regex_crate_does() {
        for pattern in [
            "[a-z]",
            "[k--K]",
            "[a[^b]]",
            r"[\pL--[a-z]]",
            r"[\p{Greek}&&[^α]]",
            r"[^\w~~[ſ-ǅ]]",
            "[[:alpha:]ß]",
            r"\P{Lu}",
            r"[\x{10400}-\x{1044F}]",
            "[Ωω-ϐ]",
        ] {
            let expected = crate_class(pattern).expect(pattern);
            assert_eq!(walked(pattern), expected, "{pattern}");
        }
    }

    /// The crate's class for a pattern that is one class, if it is.
    fn crate_class(pattern: &str) -> Option<ClassUnicode> {
        let hir = regex_syntax::ParserBuilder::new()
            .case_insensitive(true)
            .build()
            .parse(pattern)
            .ok()?;
        match hir.into_kind() {
            HirKind::Class(Class::Unicode(class)) => Some(class),
            // The crate writes a class of nothing as one of no bytes.
            HirKind::Class(Class::Bytes(class)) if class.ranges().is_empty() => {
                Some(ClassUnicode::empty())
            }
            _ => None,
        }
    }

    proptest::proptest! {
        /// Any class built of these pieces that parses: the walk computes
        /// the crate's class.
        #[test]
        fn the_walk_folds_any_class_as_the_regex_crate_does(
            pieces in proptest::collection::vec(
                proptest::sample::select(vec![
                    "[", "[^", "]", "a", "K", "k", "\u{212A}", "ß", "ſ", "s", "Σ", "ς",
                    "-", "a-z", "A-Z", "&&", "--", "~~", r"\pL", r"\PL", r"\p{Lu}",
                    r"\w", r"\W", r"\s", r"\S", r"\d", "[:alpha:]", "[:^upper:]",
                    r"\x{10FFFF}", "0-9", "İ", "ǅ",
                ]),
                1..12,
            )
        ) {
            let pattern = format!("[{}]", pieces.concat());
            let ast = ast::parse::Parser::new().parse(&pattern);
            let expected = crate_class(&pattern);
            // Fewer than one pattern in five that is one class would fail
            // the test on its rejections: it cannot pass with none.
            let one_class = matches!(ast, Ok(Ast::ClassBracketed(_)));
            proptest::prop_assume!(one_class && expected.is_some());
            let expected = expected.unwrap_or_else(ClassUnicode::empty);
            proptest::prop_assert_eq!(walked(&pattern), expected, "{}", pattern);
        }
    }

    /// The walk folds only the code points of `cased()`: every other one
    /// must fold to itself in the regex crate.
    #[test]
    fn no_code_point_outside_the_cased_ones_folds() {
        let cased = ClassUnicode::new(cased().iter().filter_map(|&(s, e)| {
            Some(ClassUnicodeRange::new(
                char::from_u32(s)?,
                char::from_u32(e)?,
            ))
        }));
        let mut others = cased.clone();
        others.negate();
        for range in others.ranges() {
            let mut folded = ClassUnicode::new([*range]);
            folded.case_fold_simple();
            assert_eq!(folded.ranges(), [*range], "{range:?}");
        }
        // The crate knows the property: the last cased letters are Adlam's.
        assert!(cased.ranges().last().is_some_and(|r| r.end() < '\u{20000}'));
    }

    #[test]
    fn literals_and_classes_without_cased_letters_cost_nothing() {
        assert_eq!(cost_of("open[- ]source models?"), 0);
        assert_eq!(cost_of("[^.]+ said"), 0);
        assert_eq!(cost_of(r"\w+ \d{4}"), 0);
        assert_eq!(cost_of(r"[0-9,.]+ \p{Han}+"), 0);
        assert_eq!(cost_of("[Oo]pen"), 2);
    }

    #[test]
    fn letters_cost_the_ranges_that_hold_cased_ones() {
        // Far below every character: the ideographs are skipped.
        let letters = cost_of(r"\pL");
        assert!(letters > 1_000 && letters < 40_000, "{letters}");
        assert!(cost_of(r"[\p{L}\s-]") < 3 * letters);
    }

    #[test]
    fn classes_of_nearly_every_character_cost_all_of_them() {
        // Every scalar value: all code points but the 2,048 surrogates.
        let nearly = ALL - 0x800;
        for pattern in [r"\p{Any}", r"[\s\S]", r"[a-\x{10FFFF}]", "[a[^b]]"] {
            assert!(cost_of(pattern) >= nearly, "{pattern}");
        }
        // Nested: each level folds again.
        assert!(cost_of("[a[a[^b]]]") >= 2 * nearly);
        // Both sides of an operation are folded, then the class.
        assert!(cost_of(r"[\p{Any}&&\p{Any}]") >= 3 * nearly);
    }

    #[test]
    fn the_walk_stops_past_the_budget() {
        let pattern = "[a[^b]]".repeat(10_000);
        let cost = cost(&pattern, 4 * ALL).expect("parses");
        assert!(cost > 4 * ALL && cost < 8 * ALL, "{cost}");
    }

    #[test]
    fn a_pattern_that_does_not_parse_has_no_cost() {
        assert_eq!(cost("[unclosed", u64::MAX), None);
    }
}
