package org.clausewatch.extract;

/** One rendered Markdown block; its kind decides how it joins its neighbours inside a list item. */
record Block(Kind kind, String text) {
    enum Kind {
        PARAGRAPH,
        HEADING,
        LIST,
        TABLE,
        QUOTE,
        CODE,
        RULE
    }
}
