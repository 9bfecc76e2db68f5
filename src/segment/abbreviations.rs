//! What the segmenter knows about words, as data.
//!
//! A period after an abbreviation is not automatically the end of a
//! sentence. Entries are written without their final period and compared
//! case-sensitively ("No." is an abbreviation, "no." is a word). An editor can
//! add a word to the right table without touching the code.

/// Abbreviations that stand *before* a name, a number or a date: a capitalised
/// word or a digit after them never starts a new sentence ("Dr. Patel",
/// "No. 10", "Jan. 6", "e.g. Paris").
pub const BEFORE_NAME: &[&str] = &[
    // Titles and ranks.
    "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Sen", "Sens", "Rep", "Reps", "Gov", "Gen", "Lt", "Col",
    "Maj", "Capt", "Cpt", "Cmdr", "Adm", "Sgt", "Cpl", "Pvt", "Rev", "Hon", "Pres", "Supt", "Det",
    "Insp", "Amb", "Atty", "Fr", "Msgr", "Mme", "Mlle", // Labels before a number.
    "No", "Nos", "Vol", "Vols", "Art", "Fig", "Figs", "Sec", "Ch", "Chap", "Para", "pp", "p",
    "para", "vol", "fig", "nr", "Nr", "approx", "ca",
    // Months before a day ("Jan. 6"); "May" takes no period.
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    // Latin and connective abbreviations inside a sentence.
    "e.g", "i.e", "cf", "vs", "v", "viz", "Mt", "Ft",
];

/// Abbreviations that may also close a sentence ("… a unit of Acme Inc. The
/// deal …", "… in the U.S. The company …", "at 5 p.m. The court …"). After them,
/// a new sentence starts only at a typical sentence opener (see
/// [`SENTENCE_OPENERS`]); otherwise the capitalised word continues the
/// sentence ("Acme Inc. Chief Executive", "U.S. Supreme Court"). Dotted
/// acronyms (U.S., a.m., Ph.D.) and single initials (J.) are treated the same
/// way without being listed.
pub const MAY_END_SENTENCE: &[&str] = &[
    // Companies.
    "Inc", "Corp", "Co", "Ltd", "Bros", "Cos", "Plc", "plc", "LLC", "Assn", "Dept", "Univ",
    // Names.
    "Jr", "Sr", "Esq",
    // Places: "St." is also Saint, which this class handles ("St. Louis").
    "St", "Ave", "Rd", "Blvd", "Sq", "Ln", "Hwy", // Others.
    "etc", "al", "bn", "mn", "min", "hr", "hrs", "sq", "oz", "lb", "lbs", "ft",
];

/// Words that typically open a sentence. After an abbreviation that may end a
/// sentence (see [`MAY_END_SENTENCE`]), one of these starts a new sentence.
pub const SENTENCE_OPENERS: &[&str] = &[
    "A",
    "About",
    "According",
    "After",
    "Again",
    "Also",
    "Although",
    "An",
    "And",
    "Another",
    "As",
    "At",
    "Before",
    "Both",
    "But",
    "By",
    "Despite",
    "During",
    "Each",
    "Earlier",
    "Even",
    "Every",
    "Few",
    "For",
    "From",
    "He",
    "Her",
    "Here",
    "His",
    "How",
    "However",
    "I",
    "If",
    "In",
    "Instead",
    "It",
    "Its",
    "Last",
    "Later",
    "Like",
    "Many",
    "Meanwhile",
    "More",
    "Most",
    "My",
    "No",
    "Nor",
    "Not",
    "Now",
    "Of",
    "On",
    "One",
    "Only",
    "Or",
    "Other",
    "Our",
    "Over",
    "She",
    "Since",
    "So",
    "Some",
    "Still",
    "Such",
    "That",
    "The",
    "Their",
    "Then",
    "There",
    "These",
    "They",
    "This",
    "Those",
    "Though",
    "To",
    "Under",
    "Until",
    "We",
    "What",
    "When",
    "Where",
    "Whether",
    "Which",
    "While",
    "Who",
    "Why",
    "With",
    "Yet",
    "You",
    "Your",
];

/// Verbs that attribute a quotation: after a quoted question or exclamation,
/// a speaker and one of these continue the sentence (`"Why now?" Senator
/// Walsh asked.`).
pub const SPEECH_VERBS: &[&str] = &[
    "said", "says", "asked", "asks", "added", "told", "wrote", "writes", "shouted", "replied",
    "cried", "demanded", "wondered", "tweeted", "posted",
];

/// Lowercase words a line does not end on unless the sentence runs on to
/// the next line ("… ruled that the\nMinistry of Justice …").
pub const RUN_ON_WORDS: &[&str] = &[
    "a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "by", "for", "from",
    "with", "into", "onto", "over", "under", "about", "than", "that", "which", "who", "whose",
    "as", "is", "are", "was", "were", "be", "been", "has", "have", "had", "its", "their", "his",
    "her", "our", "my", "your", "this", "these", "those", "said", "says",
];
