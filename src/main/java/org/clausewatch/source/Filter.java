package org.clausewatch.source;

import java.util.List;
import java.util.regex.Pattern;

/** A built-in, declarative filter applied to a fetched page before extraction; never JavaScript. */
public sealed interface Filter {

    /** Removes the named query parameters from every link (Open Terms Archive's {@code removeQueryParams}). */
    record RemoveQueryParams(List<String> parameters) implements Filter {
        public RemoveQueryParams {
            parameters = List.copyOf(parameters);
        }
    }

    /** Removes every element matched by a CSS selector. */
    record RemoveElements(String query) implements Filter {}

    /** Replaces every match of a regular expression in the text of the page. */
    record ReplaceText(Pattern pattern, String replacement) implements Filter {
        @Override
        public boolean equals(Object other) {
            return other instanceof ReplaceText that
                    && pattern.pattern().equals(that.pattern.pattern())
                    && pattern.flags() == that.pattern.flags()
                    && replacement.equals(that.replacement);
        }

        @Override
        public int hashCode() {
            return pattern.pattern().hashCode() * 31 + replacement.hashCode();
        }
    }
}
