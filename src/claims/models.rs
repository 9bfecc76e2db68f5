//! Model names of declared families: `Llama 5` when the rule file declares
//! the `Llama` family but only `Llama 4`.
//!
//! One regular expression per rule set finds a family name followed by a
//! version (`Llama 5`, `Llama-3.1`, `Llama4`); the version's skeleton is
//! compared with the skeletons of the declared models and their aliases and
//! misspellings, so a declared model in another spelling is left to the name
//! check.

use regex::{Regex, RegexBuilder};
use serde::Serialize;

use super::names::skeleton;
use super::words::caseless;
use super::{Claim, ClaimKind, Context};
use crate::rules::RuleSet;
use crate::span::Span;

/// A versioned name of a declared model family.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ModelClaim {
    /// The name as written (`Llama 5`).
    pub name: String,
    pub family: String,
    /// Whether the rule file declares this model.
    pub declared: bool,
    /// Where the family is declared.
    #[serde(skip)]
    pub fact: Span,
}

/// The declared families of a rule set, prepared once.
#[derive(Debug, Default)]
pub struct Families {
    regex: Option<Regex>,
    /// Lower-cased family name → its declaration.
    families: Vec<(String, String, Span)>,
    /// Lower-cased family → its index in `families`.
    index: std::collections::HashMap<String, usize>,
    /// Skeletons of every declared model name, alias and misspelling.
    declared: std::collections::HashSet<String>,
    /// The declared models of each family (as `families`), in the rule
    /// file's order: what a finding of an undeclared one lists.
    members: Vec<Vec<String>>,
}

impl Families {
    pub fn build(rules: &RuleSet) -> Families {
        // Hashed, not searched: a rule file of thousands of models must not
        // cost their number squared.
        let mut families: Vec<(String, String, Span)> = Vec::new();
        let mut index = std::collections::HashMap::new();
        let mut declared = std::collections::HashSet::new();
        let mut members: Vec<Vec<String>> = Vec::new();
        for model in &rules.models {
            if let Some(family) = &model.family {
                let lower = caseless(&family.value);
                let at = *index.entry(lower.clone()).or_insert_with(|| {
                    families.push((lower, family.value.clone(), family.span));
                    members.push(Vec::new());
                    families.len() - 1
                });
                members[at].push(model.name.value.clone());
            }
            declared.insert(skeleton(&model.name.value));
            declared.extend(model.aliases.iter().map(|a| skeleton(&a.value)));
            declared.extend(model.misspellings.iter().map(|a| skeleton(&a.value)));
        }
        if families.is_empty() {
            return Families::default();
        }
        // The regex crate folds case letter by letter, so a family whose
        // capitals are not its letters one for one (`Işık` is `IŞIK`,
        // `Straße` is `STRASSE`) is also searched for in capitals.
        let alternatives: Vec<String> = families
            .iter()
            .flat_map(|(_, f, _)| {
                let upper = f.to_uppercase();
                let upper =
                    (upper.to_lowercase() != f.to_lowercase()).then(|| regex::escape(&upper));
                std::iter::once(regex::escape(f)).chain(upper)
            })
            .collect();
        // A family, an optional space or hyphen, a version number with an
        // optional letter suffix (`4o`), and no further word characters.
        let pattern = format!(
            r"\b({})[ \-]?(\d+(?:\.\d+)*[a-z]?)\b",
            alternatives.join("|")
        );
        let regex = RegexBuilder::new(&pattern)
            .case_insensitive(true)
            .build()
            .ok();
        Families {
            regex,
            families,
            index,
            declared,
            members,
        }
    }

    /// The declared models of `family` (in any case), in the rule file's
    /// order.
    pub fn members(&self, family: &str) -> &[String] {
        self.index
            .get(&caseless(family))
            .and_then(|&i| self.members.get(i))
            .map_or(&[], Vec::as_slice)
    }

    /// Every versioned family name in `span` of `prose`.
    pub fn find(&self, prose: &str, span: Span) -> Vec<(Span, ModelClaim)> {
        let Some(regex) = &self.regex else {
            return Vec::new();
        };
        let text = span.slice(prose);
        regex
            .captures_iter(text)
            .filter_map(|c| {
                let whole = c.get(0)?;
                let family = caseless(c.get(1)?.as_str());
                let (_, name, fact) = self.families.get(*self.index.get(&family)?)?;
                let key = skeleton(whole.as_str());
                let declared = self.declared.contains(&key);
                Some((
                    Span::new(span.start + whole.start(), span.start + whole.end()),
                    ModelClaim {
                        name: whole.as_str().to_string(),
                        family: name.clone(),
                        declared,
                        fact: *fact,
                    },
                ))
            })
            .collect()
    }
}

pub(crate) fn extract(cx: &Context, out: &mut Vec<Claim>) {
    for (index, sentence) in cx.sentences.iter().enumerate() {
        for (span, claim) in cx.story.models.find(&cx.doc.prose, sentence.span) {
            out.push(Claim {
                span,
                sentence: index,
                kind: ClaimKind::Model(claim),
            });
        }
    }
}
