package dk.tvaers.gateway;

/**
 * The characters Spring Security's {@code StrictServerWebExchangeFirewall} allows in header names and values by
 * default, checked without its regular expressions. The firewall checks a header whenever the gateway reads it, the
 * bearer token of a thousand characters too; with the default expressions
 * ({@code [\p{IsAssigned}&&[^\p{IsControl}]]*}, tab allowed in values) those checks were 2.2 % of the gateway's CPU
 * per request, with this class 0.1 % (bench/README.md, 2026-12-06, late night). The rule is the same: every code
 * point assigned in Unicode and not a control character, except a tab in a value. {@code HeaderCharactersTest}
 * compares both over every code point.
 */
final class HeaderCharacters {

    private HeaderCharacters() {
    }

    /** A header name: assigned code points, no control characters. No name ({@code null}) passes, as there. */
    static boolean allowedInName(String name) {
        return allowed(name, false);
    }

    /** A header value: assigned code points, no control characters but the tab. No value passes, as there. */
    static boolean allowedInValue(String value) {
        return allowed(value, true);
    }

    private static boolean allowed(String text, boolean tab) {
        if (text == null) {
            // the firewall asks about a header the request does not have (getFirst of a missing name)
            return true;
        }
        int length = text.length();
        for (int i = 0; i < length; ) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7f) {
                // printable ASCII: all of a token, and nearly all of any header
                i++;
                continue;
            }
            int codePoint = text.codePointAt(i);
            int type = Character.getType(codePoint);
            if (type == Character.UNASSIGNED || type == Character.CONTROL && !(tab && codePoint == '\t')) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }
}
